#include "core/transcript/TranscriptExporter.h"

#include "core/smtp/SessionStage.h"
#include "core/smtp/WireText.h"
#include "core/transcript/Transcript.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace {

using Direction = TranscriptEntry::Direction;
using Severity = TranscriptEntry::Severity;

// Wide enough for "999999 ms"; a slower reply only pushes its own line to the right.
constexpr qsizetype kLatencyWidth = 9;

QString clockTime(const QDateTime &time)
{
    return time.toLocalTime().toString(QStringLiteral("hh:mm:ss.zzz"));
}

QString latencyText(const TranscriptEntry &entry)
{
    return entry.hasLatency() ? QString::number(entry.latencyMs()) + QStringLiteral(" ms") : QString();
}

// The entry's lines, safe for a terminal and for HTML. Client and server text went through
// WireText already; notes may quote things from the network (a certificate's subject, a host
// name), so every line goes through it once more, which changes nothing in text already safe.
QStringList safeLines(const TranscriptEntry &entry)
{
    QStringList lines = entry.text().split(u'\n');
    for (QString &line : lines)
        line = WireText::toDisplay(line.toUtf8());
    return lines;
}

// The sentences that follow a reply: why it is malformed, then what else is odd about it.
QStringList replyRemarks(const TranscriptEntry &entry)
{
    if (entry.direction() != Direction::Server)
        return {};
    QStringList remarks;
    if (entry.reply().isMalformed())
        remarks.append(entry.reply().problemDescription());
    remarks.append(entry.reply().warnings());
    return remarks;
}

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// Local time with its UTC offset, so the header says which clock the lines' times are on.
QString isoLocal(const QDateTime &time)
{
    const QDateTime local = time.toLocalTime();
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODateWithMs);
}

QJsonObject replyObject(const SmtpReply &reply)
{
    QJsonObject object;
    object.insert(QStringLiteral("code"), reply.code() != 0 ? QJsonValue(reply.code()) : QJsonValue());
    object.insert(QStringLiteral("enhancedCode"),
                  reply.enhancedCode().isValid() ? QJsonValue(reply.enhancedCode().toString()) : QJsonValue());
    object.insert(QStringLiteral("lines"), QJsonArray::fromStringList(reply.lines()));
    QJsonValue problem;
    if (reply.isMalformed()) {
        QJsonObject details;
        details.insert(QStringLiteral("key"), TranscriptExporter::problemKey(reply.problem()));
        details.insert(QStringLiteral("line"), reply.problemLine());
        details.insert(QStringLiteral("description"), reply.problemDescription());
        problem = details;
    }
    object.insert(QStringLiteral("problem"), problem);
    object.insert(QStringLiteral("flags"), QJsonArray::fromStringList(TranscriptExporter::flagKeys(reply.flags())));
    object.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(reply.warnings()));
    // The bytes may be anything a server sent, not UTF-8: base64 keeps them exact.
    object.insert(QStringLiteral("rawBase64"), QString::fromLatin1(reply.raw().toBase64()));
    object.insert(QStringLiteral("discardedBytes"), reply.discardedBytes());
    return object;
}

// Row classes come only from this fixed vocabulary, never from transcript text.
QString rowClasses(const TranscriptEntry &entry)
{
    QStringList classes{TranscriptEntry::directionKey(entry.direction())};
    if (entry.direction() == Direction::Note) {
        classes.append(TranscriptEntry::severityKey(entry.severity()));
    } else if (entry.direction() == Direction::Server) {
        const SmtpReply &reply = entry.reply();
        if (reply.isMalformed())
            classes.append(QStringLiteral("malformed"));
        else if (reply.replyClass() != SmtpReply::Class::None)
            classes.append(QStringLiteral("c") + QString::number(int(reply.replyClass())));
    }
    if (entry.insideTls())
        classes.append(QStringLiteral("tls"));
    return classes.join(u' ');
}

constexpr QLatin1String kStyle{R"(
:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1f2328; --muted: #656d76; --rule: #d8dee4; --tls: #8c959f;
  --client: #0550ae; --c2: #116329; --c3: #0a6a75; --c4: #9a6700; --c5: #cf222e;
  --malformed: #8250df; --malformed-bg: #fbefff; --warning: #9a6700; --error: #cf222e;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117; --fg: #e6edf3; --muted: #8d96a0; --rule: #30363d; --tls: #6e7681;
    --client: #79c0ff; --c2: #56d364; --c3: #39c5cf; --c4: #e3b341; --c5: #ff7b72;
    --malformed: #d2a8ff; --malformed-bg: #271a3d; --warning: #e3b341; --error: #ff7b72;
  }
}
body { margin: 1.5em; background: var(--bg); color: var(--fg); font: 14px/1.4 system-ui, sans-serif; }
h1 { font-size: 1.3em; margin: 0 0 0.3em; }
p { margin: 0.2em 0; color: var(--muted); }
table { border-collapse: collapse; width: 100%; margin-top: 1em;
        font: 13px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; }
th, td { text-align: left; vertical-align: top; padding: 1px 8px; border-bottom: 1px solid var(--rule); }
th { color: var(--muted); font-weight: normal; }
td.time, td.latency { color: var(--muted); white-space: nowrap; }
td.latency { text-align: right; }
td.marker { font-weight: bold; white-space: nowrap; }
tr.tls td.marker { border-left: 3px solid var(--tls); }
td.text { white-space: pre-wrap; overflow-wrap: anywhere; width: 100%; }
tr.client { color: var(--client); }
tr.c2 { color: var(--c2); }
tr.c3 { color: var(--c3); }
tr.c4 { color: var(--c4); }
tr.c5 { color: var(--c5); }
tr.malformed { color: var(--malformed); background: var(--malformed-bg); }
tr.note { color: var(--muted); font-style: italic; }
tr.note.warning { color: var(--warning); }
tr.note.error { color: var(--error); }
.hint { color: var(--muted); font-style: italic; }
.remark { color: var(--error); font-style: italic; }
)"};

} // namespace

std::optional<TranscriptExporter::Format> TranscriptExporter::formatFromName(QStringView name)
{
    const auto is = [name](QStringView candidate) {
        return name.compare(candidate, Qt::CaseInsensitive) == 0;
    };
    if (is(u"text") || is(u"txt"))
        return Format::Text;
    if (is(u"json"))
        return Format::Json;
    if (is(u"jsonl") || is(u"ndjson"))
        return Format::JsonLines;
    if (is(u"html") || is(u"htm"))
        return Format::Html;
    return std::nullopt;
}

QString TranscriptExporter::toText(const QList<TranscriptEntry> &entries, const QDateTime &startTime)
{
    QString out = QStringLiteral("# ") + tr("SMTP Doctor transcript") + u'\n';
    if (startTime.isValid())
        out += QStringLiteral("# ") + tr("Session started %1").arg(isoLocal(startTime)) + u'\n';
    out += QStringLiteral("# ") + tr("-> client, <- server, ~> <~ inside TLS, == note, !! warning or error") + u'\n';
    for (const TranscriptEntry &entry : entries)
        out += textLine(entry);
    return out;
}

QString TranscriptExporter::marker(const TranscriptEntry &entry)
{
    switch (entry.direction()) {
    case Direction::Client:
        return entry.insideTls() ? QStringLiteral("~>") : QStringLiteral("->");
    case Direction::Server:
        return entry.insideTls() ? QStringLiteral("<~") : QStringLiteral("<-");
    case Direction::Note:
        break;
    }
    return entry.severity() == Severity::Info ? QStringLiteral("==") : QStringLiteral("!!");
}

QString TranscriptExporter::textLine(const TranscriptEntry &entry)
{
    // "hh:mm:ss.zzz  latency  mk text": every line carries the time and a marker, so grep and sort
    // keep working on any single line; the latency stands on the first line of its reply only.
    const QString time = clockTime(entry.time());
    const QString noLatency(kLatencyWidth, u' ');
    QString out;
    const auto appendLine = [&](const QString &latency, const QString &mark, const QString &text) {
        out += time + u' ' + latency + QStringLiteral("  ") + mark;
        if (!text.isEmpty())
            out += u' ' + text;
        out += u'\n';
    };

    const QString mark = marker(entry);
    const QStringList lines = safeLines(entry);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString text = lines.at(i);
        if (entry.isRedacted() && i == lines.size() - 1)
            text += QStringLiteral("  ") + tr("(hidden)");
        appendLine(i == 0 ? latencyText(entry).rightJustified(kLatencyWidth) : noLatency, mark, text);
    }
    for (const QString &remark : replyRemarks(entry))
        appendLine(noLatency, QStringLiteral("!!"), remark);
    return out;
}

QJsonObject TranscriptExporter::toJsonObject(const TranscriptEntry &entry)
{
    QJsonObject object;
    object.insert(QStringLiteral("index"), entry.index());
    object.insert(QStringLiteral("time"), isoUtc(entry.time()));
    object.insert(QStringLiteral("elapsedMs"), entry.elapsedMs());
    object.insert(QStringLiteral("latencyMs"), entry.hasLatency() ? QJsonValue(entry.latencyMs()) : QJsonValue());
    object.insert(QStringLiteral("direction"), TranscriptEntry::directionKey(entry.direction()));
    if (entry.direction() == Direction::Note)
        object.insert(QStringLiteral("severity"), TranscriptEntry::severityKey(entry.severity()));
    object.insert(QStringLiteral("tls"), entry.insideTls());
    object.insert(QStringLiteral("stage"), SessionStages::key(entry.stage()));
    object.insert(QStringLiteral("text"), entry.text());
    object.insert(QStringLiteral("redacted"), entry.isRedacted());
    if (entry.direction() == Direction::Server)
        object.insert(QStringLiteral("reply"), replyObject(entry.reply()));
    return object;
}

QByteArray TranscriptExporter::toJson(const QList<TranscriptEntry> &entries, const QDateTime &startTime)
{
    QJsonArray array;
    for (const TranscriptEntry &entry : entries)
        array.append(toJsonObject(entry));
    QJsonObject document;
    document.insert(QStringLiteral("format"), kJsonFormat);
    document.insert(QStringLiteral("version"), kJsonVersion);
    document.insert(QStringLiteral("startTime"), startTime.isValid() ? QJsonValue(isoUtc(startTime)) : QJsonValue());
    document.insert(QStringLiteral("entries"), array);
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

QByteArray TranscriptExporter::toJsonLines(const QList<TranscriptEntry> &entries)
{
    QByteArray out;
    for (const TranscriptEntry &entry : entries)
        out += QJsonDocument(toJsonObject(entry)).toJson(QJsonDocument::Compact) + '\n';
    return out;
}

QString TranscriptExporter::toHtml(const QList<TranscriptEntry> &entries, const QDateTime &startTime)
{
    // Everything that is not a literal of this function goes through toHtmlEscaped(), translations
    // included. The policy forbids scripts and remote loads, a second wall should escaping ever fail.
    // The page is also well-formed XML (void elements closed), so an XML reader can check it.
    const QString title = tr("SMTP Doctor transcript").toHtmlEscaped();
    QString html = QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\"/>\n"
                                  "<meta http-equiv=\"Content-Security-Policy\" "
                                  "content=\"default-src 'none'; style-src 'unsafe-inline'\"/>\n"
                                  "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
                                  "<meta name=\"color-scheme\" content=\"light dark\"/>\n<title>") +
                   title + QStringLiteral("</title>\n<style>") + kStyle +
                   QStringLiteral("</style>\n</head>\n<body>\n<h1>") + title + QStringLiteral("</h1>\n");
    if (startTime.isValid()) {
        const QString time = QStringLiteral("<time datetime=\"") + isoUtc(startTime).toHtmlEscaped() +
                             QStringLiteral("\">") + isoLocal(startTime).toHtmlEscaped() + QStringLiteral("</time>");
        // The placeholder is filled after escaping, so the <time> element survives.
        html += QStringLiteral("<p>") + tr("Session started %1").toHtmlEscaped().arg(time) + QStringLiteral("</p>\n");
    }
    html += QStringLiteral("<p>") +
            tr("-> client, <- server, ~> <~ inside TLS, == note, !! warning or error").toHtmlEscaped() +
            QStringLiteral("</p>\n<table>\n<thead><tr><th>") + tr("Time").toHtmlEscaped() +
            QStringLiteral("</th><th>") + tr("Latency").toHtmlEscaped() + QStringLiteral("</th><th></th><th>") +
            tr("Text").toHtmlEscaped() + QStringLiteral("</th></tr></thead>\n<tbody>\n");

    for (const TranscriptEntry &entry : entries) {
        html += QStringLiteral("<tr class=\"") + rowClasses(entry) + QStringLiteral("\"><td class=\"time\" title=\"+") +
                QString::number(entry.elapsedMs()) + QStringLiteral(" ms\">") +
                clockTime(entry.time()).toHtmlEscaped() + QStringLiteral("</td><td class=\"latency\">") +
                latencyText(entry).toHtmlEscaped() + QStringLiteral("</td><td class=\"marker\">") +
                marker(entry).toHtmlEscaped() + QStringLiteral("</td><td class=\"text\">") +
                safeLines(entry).join(u'\n').toHtmlEscaped();
        if (entry.isRedacted())
            html +=
                QStringLiteral("<span class=\"hint\"> ") + tr("(hidden)").toHtmlEscaped() + QStringLiteral("</span>");
        for (const QString &remark : replyRemarks(entry))
            html += QStringLiteral("<div class=\"remark\">!! ") + remark.toHtmlEscaped() + QStringLiteral("</div>");
        html += QStringLiteral("</td></tr>\n");
    }
    html += QStringLiteral("</tbody>\n</table>\n</body>\n</html>\n");
    return html;
}

QByteArray TranscriptExporter::render(const QList<TranscriptEntry> &entries, const QDateTime &startTime, Format format)
{
    switch (format) {
    case Format::Json:
        return toJson(entries, startTime);
    case Format::JsonLines:
        return toJsonLines(entries);
    case Format::Html:
        return toHtml(entries, startTime).toUtf8();
    case Format::Text:
        break;
    }
    return toText(entries, startTime).toUtf8();
}

bool TranscriptExporter::write(const Transcript &transcript, Format format, const QString &path, QString *error)
{
    return write(transcript.entries(), transcript.startTime(), format, path, error);
}

bool TranscriptExporter::write(const QList<TranscriptEntry> &entries, const QDateTime &startTime, Format format,
                               const QString &path, QString *error)
{
    const QByteArray bytes = render(entries, startTime, format);
    // QSaveFile writes to a temporary file and renames it over the target only in commit(), so a
    // full disk or a crash leaves the old file (or none), never half a transcript.
    QSaveFile file(path);
    const bool written = file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
    if (!written) {
        if (error) {
            *error =
                tr("Could not save the transcript to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        }
    }
    // Without commit(), QSaveFile's destructor removes the temporary file.
    return written;
}

QString TranscriptExporter::problemKey(SmtpReply::Problem problem)
{
    using Problem = SmtpReply::Problem;
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::EmptyLine:
        return QStringLiteral("empty-line");
    case Problem::NoCode:
        return QStringLiteral("no-code");
    case Problem::CodeOutOfRange:
        return QStringLiteral("code-out-of-range");
    case Problem::MissingSeparator:
        return QStringLiteral("missing-separator");
    case Problem::CodeMismatch:
        return QStringLiteral("code-mismatch");
    case Problem::NulByte:
        return QStringLiteral("nul-byte");
    case Problem::LineTooLong:
        return QStringLiteral("line-too-long");
    case Problem::SkippedBytes:
        return QStringLiteral("skipped-bytes");
    case Problem::TooManyLines:
        return QStringLiteral("too-many-lines");
    case Problem::ReplyTooLarge:
        return QStringLiteral("reply-too-large");
    case Problem::Incomplete:
        return QStringLiteral("incomplete");
    }
    return {};
}

QStringList TranscriptExporter::flagKeys(SmtpReply::Flags flags)
{
    using Flag = SmtpReply::Flag;
    static const std::pair<Flag, QLatin1String> keys[] = {
        {Flag::BareLineFeed, QLatin1String("bare-line-feed")},
        {Flag::BareCarriageReturn, QLatin1String("bare-carriage-return")},
        {Flag::InvalidUtf8, QLatin1String("invalid-utf8")},
        {Flag::ControlCharacters, QLatin1String("control-characters")},
        {Flag::EnhancedClassMismatch, QLatin1String("enhanced-class-mismatch")},
    };
    QStringList result;
    for (const auto &[flag, key] : keys) {
        if (flags.testFlag(flag))
            result.append(key);
    }
    return result;
}

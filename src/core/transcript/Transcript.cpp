#include "core/transcript/Transcript.h"

#include "core/Logging.h"
#include "core/smtp/WireText.h"

#include <QElapsedTimer>

namespace {

qint64 steadyClock()
{
    static QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer.elapsed();
}

QByteArrayView withoutLineEnding(QByteArrayView line)
{
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

// RFC 5321 §4.1.1 separates arguments with SP, but servers split on any blank (Postfix on space and
// tab), so "AUTH\tPLAIN\t<response>" delivers credentials just as well and must be read the same way.
// The set matches what QByteArrayView::trimmed() removes.
bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

// RFC 4422 §3.1: a mechanism name is letters, digits, "-" and "_" (clients may send lower case).
bool isMechanismCharacter(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

// "AUTH" alone or followed by a blank: the command that starts a SASL exchange (RFC 4954 §4).
bool isAuthCommand(QByteArrayView trimmed)
{
    return trimmed.size() >= 4 && trimmed.first(4).compare("AUTH", Qt::CaseInsensitive) == 0 &&
           (trimmed.size() == 4 || isBlank(trimmed[4]));
}

} // namespace

Transcript::Transcript(QObject *parent)
    : QObject(parent)
{
    setClock(steadyClock);
}

void Transcript::setClock(Clock clock)
{
    m_clock = std::move(clock);
    m_epoch = m_clock();
    m_startTime = QDateTime::currentDateTimeUtc();
}

qint64 Transcript::now() const
{
    return m_clock() - m_epoch;
}

QString Transcript::redact(QByteArrayView line, Sensitivity sensitivity, bool inSaslExchange, bool *redacted)
{
    line = withoutLineEnding(line);
    *redacted = false;
    if (sensitivity == Sensitivity::Secret) {
        *redacted = true;
        return kMask;
    }
    // RFC 4954 §4: "AUTH mechanism [initial-response]"; the response carries credentials.
    const QByteArrayView trimmed = line.trimmed();
    // Whatever follows the mechanism name, however it is separated, is the initial response.
    if (isAuthCommand(trimmed) && trimmed.size() > 4) {
        const QByteArrayView args = trimmed.sliced(4).trimmed();
        qsizetype mechanismEnd = 0;
        while (mechanismEnd < args.size() && isMechanismCharacter(args[mechanismEnd]))
            ++mechanismEnd;
        if (mechanismEnd == args.size())
            return WireText::toDisplay(line);
        *redacted = true;
        return QStringLiteral("AUTH ") + WireText::toDisplay(args.first(mechanismEnd)) + u' ' + kMask;
    }
    // Inside the SASL exchange every client line is a response (user name, password, digest,
    // token); only "*" (cancel) says nothing secret.
    if (inSaslExchange && trimmed != "*") {
        *redacted = true;
        return kMask;
    }
    return WireText::toDisplay(line);
}

int Transcript::addClientLine(QByteArrayView line, SessionStage stage, Sensitivity sensitivity, Expectation expectation)
{
    const QByteArrayView trimmed = withoutLineEnding(line).trimmed();
    const bool startsAuth = isAuthCommand(trimmed);

    TranscriptEntry entry;
    entry.m_direction = TranscriptEntry::Direction::Client;
    entry.m_stage = stage;
    entry.m_text = redact(line, sensitivity, m_inSaslExchange && !startsAuth, &entry.m_redacted);
    if (startsAuth)
        m_inSaslExchange = true;
    if (expectation == Expectation::Reply)
        m_pendingSince.enqueue(now());
    return append(std::move(entry));
}

int Transcript::addReply(const SmtpReply &reply, SessionStage stage)
{
    TranscriptEntry entry;
    entry.m_direction = TranscriptEntry::Direction::Server;
    entry.m_stage = stage;
    entry.m_reply = reply;
    entry.m_text = reply.displayLines().join(u'\n');
    // A malformed item without a code (garbage, a skipped tail) answers no command: it does not
    // use up a command's latency clock; anything with a code, even broken, does.
    if (reply.code() != 0 && !m_pendingSince.isEmpty())
        entry.m_latencyMs = now() - m_pendingSince.dequeue();
    // RFC 4954 §4: 334 continues the SASL exchange; any other well-formed reply ends it. A broken
    // reply proves nothing, so the client lines after it stay masked.
    if (reply.isValid() && reply.code() != 334)
        m_inSaslExchange = false;
    return append(std::move(entry));
}

int Transcript::addNote(const QString &text, SessionStage stage, TranscriptEntry::Severity severity)
{
    TranscriptEntry entry;
    entry.m_direction = TranscriptEntry::Direction::Note;
    entry.m_stage = stage;
    entry.m_severity = severity;
    entry.m_text = text;
    return append(std::move(entry));
}

void Transcript::expectReply()
{
    m_pendingSince.enqueue(now());
}

int Transcript::append(TranscriptEntry entry)
{
    entry.m_elapsedMs = now();
    entry.m_time = m_startTime.addMSecs(entry.m_elapsedMs);
    entry.m_insideTls = m_insideTls;
    entry.m_index = int(m_entries.size());
    qCDebug(lcTranscript) << TranscriptEntry::directionKey(entry.direction()) << entry.elapsedMs()
                          << (entry.isRedacted() ? QStringLiteral("[redacted]") : entry.text());
    m_entries.append(std::move(entry));
    Q_EMIT entryAdded(int(m_entries.size()) - 1);
    return int(m_entries.size()) - 1;
}

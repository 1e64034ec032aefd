#pragma once

#include "core/smtp/SmtpReply.h"
#include "core/transcript/TranscriptEntry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

class Transcript;

/// Turns a transcript into a file an admin can keep, attach to a ticket or feed to a script.
///
/// Text uses swaks's markers: "->" client, "<-" server, "~>" and "<~" inside TLS, "==" an
/// SMTP Doctor note and "!!" a warning or error (a note's, or a reply's problem). Every line
/// starts with the local time and, on a reply's first line, its latency:
///     12:00:01.234    120 ms  <- 250 2.0.0 Ok
/// JSON is one document ("format": "smtp-doctor-transcript", "version": 1); JSON Lines is one
/// compact entry object per line. HTML is a standalone page in which every piece of transcript
/// text is escaped: server text is data, never markup.
class TranscriptExporter final
{
    Q_DECLARE_TR_FUNCTIONS(TranscriptExporter)

public:
    enum class Format
    {
        Text,
        Json,
        JsonLines,
        Html
    };

    /// The JSON document's "format" and "version" values.
    static constexpr QLatin1String kJsonFormat{"smtp-doctor-transcript"};
    static constexpr int kJsonVersion = 1;

    /// "text"/"txt", "json", "jsonl"/"ndjson", "html"/"htm", in any case; nullopt for anything else.
    static std::optional<Format> formatFromName(QStringView name);

    /// The whole transcript as text: a header with the session's start, then textLine() of each entry.
    static QString toText(const QList<TranscriptEntry> &entries, const QDateTime &startTime);
    /// One entry as text, for live printing: one line per reply or note line, each ending in '\n',
    /// plus "!!" lines for a reply's problem and warnings.
    static QString textLine(const TranscriptEntry &entry);
    /// The marker of one entry: "->" / "<-", "~>" / "<~" inside TLS, "==" note, "!!" warning or error.
    static QString marker(const TranscriptEntry &entry);

    /// One entry as a JSON object (the CLI's --json prints these as they happen).
    static QJsonObject toJsonObject(const TranscriptEntry &entry);
    /// The whole transcript as an indented JSON document.
    static QByteArray toJson(const QList<TranscriptEntry> &entries, const QDateTime &startTime);
    /// One compact JSON object per entry, each ending in '\n'.
    static QByteArray toJsonLines(const QList<TranscriptEntry> &entries);

    /// The whole transcript as a standalone UTF-8 HTML page.
    static QString toHtml(const QList<TranscriptEntry> &entries, const QDateTime &startTime);

    /// The transcript in `format`, encoded for a file (UTF-8).
    static QByteArray render(const QList<TranscriptEntry> &entries, const QDateTime &startTime, Format format);

    /// Writes atomically (QSaveFile): either the whole file is there or nothing changed. On failure
    /// returns false and, when `error` is set, a sentence for the user naming the file and the reason.
    static bool write(const Transcript &transcript, Format format, const QString &path, QString *error);
    static bool write(const QList<TranscriptEntry> &entries, const QDateTime &startTime, Format format,
                      const QString &path, QString *error);

    /// Stable kebab-case keys for files and scripts: "no-code", "line-too-long", …; empty for None.
    static QString problemKey(SmtpReply::Problem problem);
    /// "bare-line-feed", "invalid-utf8", …, in the order of the Flag values.
    static QStringList flagKeys(SmtpReply::Flags flags);
};

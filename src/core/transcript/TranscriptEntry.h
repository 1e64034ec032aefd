#pragma once

#include "core/smtp/SessionStage.h"
#include "core/smtp/SmtpReply.h"

#include <QDateTime>
#include <QString>

/// One line of a session's transcript: something the client sent, a reply the server sent,
/// or a note from SMTP Doctor itself. A value, made only by Transcript, never changed after.
class TranscriptEntry final
{
public:
    enum class Direction
    {
        Client, ///< sent to the server
        Server, ///< received from the server (a reply or a malformed item)
        Note,   ///< SMTP Doctor's own remark: connected, TLS established, bytes discarded, …
    };
    enum class Severity
    {
        Info,
        Warning,
        Error
    };

    TranscriptEntry() = default;

    /// Stable lower-case names for files and the command line: "client", "server", "note".
    static QString directionKey(Direction direction);
    /// "info", "warning", "error".
    static QString severityKey(Severity severity);

    int index() const { return m_index; }
    /// Wall-clock time the entry was made (UTC; show it in local time).
    const QDateTime &time() const { return m_time; }
    /// Milliseconds since the session started.
    qint64 elapsedMs() const { return m_elapsedMs; }
    /// For a reply: milliseconds since the command it answers; -1 when it answers nothing.
    qint64 latencyMs() const { return m_latencyMs; }
    bool hasLatency() const { return m_latencyMs >= 0; }
    Direction direction() const { return m_direction; }
    Severity severity() const { return m_severity; }
    bool insideTls() const { return m_insideTls; }
    SessionStage stage() const { return m_stage; }
    /// What to show: a client line without its CRLF (secrets already replaced), the reply's
    /// lines joined by newlines, or the note. Always plain text.
    const QString &text() const { return m_text; }
    /// True when a secret was replaced in text() before the entry was made.
    bool isRedacted() const { return m_redacted; }
    /// The parsed reply, for Direction::Server; a null reply otherwise.
    const SmtpReply &reply() const { return m_reply; }

private:
    friend class Transcript;

    QDateTime m_time;
    QString m_text;
    SmtpReply m_reply;
    qint64 m_elapsedMs = 0;
    qint64 m_latencyMs = -1;
    int m_index = -1;
    Direction m_direction = Direction::Note;
    Severity m_severity = Severity::Info;
    SessionStage m_stage = SessionStage::None;
    bool m_insideTls = false;
    bool m_redacted = false;
};

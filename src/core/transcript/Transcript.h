#pragma once

#include "core/transcript/TranscriptEntry.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QQueue>

#include <functional>

/// The append-only record of one session. Secrets never enter it: a client line marked Secret,
/// the initial response of "AUTH <mechanism> <response>" and every client line of a SASL exchange
/// are replaced by asterisks before the entry exists, so no view, export or log can leak them.
class Transcript final : public QObject
{
    Q_OBJECT

public:
    /// How the caller classifies a client line. Secret lines are masked whole.
    enum class Sensitivity
    {
        Normal,
        Secret
    };
    /// Whether a client line waits for a reply (message body lines do not; the final "." does).
    enum class Expectation
    {
        Reply,
        NoReply
    };
    /// A monotonic clock in milliseconds; tests replace it to make times exact.
    using Clock = std::function<qint64()>;

    static constexpr QLatin1String kMask{"********"};

    explicit Transcript(QObject *parent = nullptr);

    /// Replaces the clock; the session starts (elapsed 0) at the moment of the call.
    void setClock(Clock clock);
    QDateTime startTime() const { return m_startTime; }

    /// Whether the lines that follow travel inside TLS.
    void setInsideTls(bool inside) { m_insideTls = inside; }
    bool insideTls() const { return m_insideTls; }

    /// Records a line the client sent (with or without its CRLF); returns the entry's index.
    int addClientLine(QByteArrayView line, SessionStage stage, Sensitivity sensitivity,
                      Expectation expectation = Expectation::Reply);
    /// Records a reply or malformed item; its latency runs from the oldest unanswered command.
    int addReply(const SmtpReply &reply, SessionStage stage);
    /// Records a note from SMTP Doctor itself.
    int addNote(const QString &text, SessionStage stage,
                TranscriptEntry::Severity severity = TranscriptEntry::Severity::Info);
    /// Starts a latency clock for a reply no command asked for, such as the greeting after connect.
    void expectReply();

    int size() const { return int(m_entries.size()); }
    bool isEmpty() const { return m_entries.isEmpty(); }
    const TranscriptEntry &at(int index) const { return m_entries.at(index); }
    const QList<TranscriptEntry> &entries() const { return m_entries; }
    /// Commands sent whose replies have not arrived yet.
    int unansweredCommands() const { return int(m_pendingSince.size()); }

    /// The text a client line is recorded as (exposed for tests and exporters' self-checks).
    static QString redact(QByteArrayView line, Sensitivity sensitivity, bool inSaslExchange, bool *redacted);

Q_SIGNALS:
    void entryAdded(int index);

private:
    int append(TranscriptEntry entry);
    qint64 now() const;

    QList<TranscriptEntry> m_entries;
    QQueue<qint64> m_pendingSince; ///< send times of unanswered commands, oldest first (pipelining)
    Clock m_clock;
    qint64 m_epoch = 0;
    QDateTime m_startTime;
    bool m_insideTls = false;
    bool m_inSaslExchange = false; ///< between "AUTH …" and a reply other than 334 (RFC 4954 §4)
};

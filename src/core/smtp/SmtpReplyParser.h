#pragma once

#include "core/smtp/SmtpReply.h"

#include <QByteArray>
#include <QList>

#include <optional>

/// Incremental, bounded reader of SMTP replies (RFC 5321 §4.2). Feed it bytes exactly as they
/// arrive, split anywhere; it returns every item completed so far. Every byte fed ends up in
/// exactly one item, either kept in SmtpReply::raw() or counted in SmtpReply::discardedBytes(),
/// so nothing is ever dropped silently, and memory stays bounded by the limits whatever a server sends.
class SmtpReplyParser final
{
public:
    struct Limits
    {
        /// Longest line kept, without its line ending. RFC 5321 §4.5.3.1.5 allows 512 octets;
        /// real servers exceed that, so the default is generous.
        qsizetype maxLineLength = 64 * 1024;
        /// Most lines in one multi-line reply (a long EHLO or HELP answer has a few dozen).
        int maxLines = 1000;
        /// Most bytes in one multi-line reply.
        qsizetype maxReplyBytes = 1024 * 1024;
    };

    SmtpReplyParser();
    explicit SmtpReplyParser(const Limits &limits);

    /// Consumes `bytes`; returns the items they completed, in order.
    QList<SmtpReply> feed(QByteArrayView bytes);
    /// The stream has ended: returns an Incomplete (or SkippedBytes) item for anything left over.
    std::optional<SmtpReply> finish();
    /// Forgets everything buffered and returns how many bytes that was. STARTTLS uses this: bytes
    /// received before the TLS handshake must not be read after it (RFC 3207 §4.2).
    qsizetype discardPending();

    /// Bytes held for a line or reply not yet complete (always within the limits).
    qsizetype pendingBytes() const;
    bool hasPendingData() const { return pendingBytes() > 0 || m_skipping; }
    const Limits &limits() const { return m_limits; }

private:
    void consumeLine(QByteArrayView line, QList<SmtpReply> &out);
    void overlongLine(QByteArrayView kept, qint64 discarded, QList<SmtpReply> &out);
    void appendLine(QByteArrayView line, QByteArrayView content, bool hasCode);
    void emitPending(SmtpReply::Problem problem, int problemValue, QList<SmtpReply> &out);

    Limits m_limits;
    QByteArray m_partialLine; ///< bytes of a line whose LF has not arrived
    SmtpReply m_pending;      ///< lines of a reply whose final line has not arrived
    bool m_skipping = false;  ///< inside the rest of an over-long line
    qint64 m_skipped = 0;
};

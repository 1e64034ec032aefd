#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <utility>

/// The mail data a client sends after "354" (RFC 5321 §4.1.1.4): a message read from a QIODevice and
/// handed out in bounded chunks with every line ending made CRLF, leading dots doubled (§4.5.2) and the
/// terminating "." line at the end. Reads in bounded steps, so memory stays flat for any message size;
/// does no network I/O. Move-only.
class MessageSource final
{
    Q_DECLARE_TR_FUNCTIONS(MessageSource)

public:
    /// What the client must know before MAIL FROM; scan() measures it in one streaming pass.
    struct Facts
    {
        /// RFC 1870 §5 SIZE=: the octets of the message with CRLF line endings, without stuffing dots and
        /// without the final ".\r\n". The CRLF added to an unterminated last line is counted: the server
        /// receives and stores it as part of the message. So size == payloadSize - stuffing dots - 3.
        qint64 size = 0;
        qint64 payloadSize = 0; ///< octets nextChunk() hands out in all (stuffing and terminator included)
        qint64 lines = 0;       ///< lines, the unterminated last one included; 0 for an empty message
        qint64 bareLf = 0;      ///< LF without CR before it (RFC 5321 §2.3.8), sent as CRLF
        qint64 bareCr = 0;      ///< CR without LF after it, sent as CRLF
        qint64 nulBytes = 0;    ///< NUL octets, which RFC 5321 §4.5.2 text must not contain; sent as they are
        qint64 longLines = 0;   ///< lines over kMaxLineLength octets (RFC 5321 §4.5.3.1.6); sent as they are
        qint64 longestLine = 0; ///< octets of the longest line, without its CRLF and without a stuffing dot
        bool eightBit = false;  ///< an octet >= 0x80 anywhere: the message needs BODY=8BITMIME (RFC 6152)
        /// An octet >= 0x80 before the first empty line: UTF-8 headers, a hint for SMTPUTF8 (RFC 6531, 6532).
        bool nonAsciiHeaders = false;

        bool hasBareLineEndings() const { return bareLf > 0 || bareCr > 0; }
    };

    /// The fields of a plain-text message for compose().
    struct Composition
    {
        QString from;    ///< required: "a@example.org" or "Name <a@example.org>"; UTF-8 (EAI) allowed
        QStringList to;  ///< may be empty (RFC 5322 §3.6.3); blank entries are skipped
        QStringList cc;  ///< blank entries are skipped
        QString subject; ///< non-ASCII becomes RFC 2047 encoded-words
        QString body;    ///< any line endings; sent as CRLF
        QList<std::pair<QString, QString>> extraHeaders; ///< name and value, written after the generated ones
        QDateTime date;                                  ///< invalid: the current local time
        QString messageId; ///< empty: "<uuid@domain of from>"; angle brackets are added when missing
    };

    /// RFC 5321 §4.5.3.1.6: a text line holds at most 998 octets before its CRLF.
    static constexpr qint64 kMaxLineLength = 998;
    /// How much nextChunk() returns by default, and the read size of scan() and spooling.
    static constexpr qsizetype kDefaultChunkSize = 64 * 1024;

    /// Reads `device` (not owned; it must outlive this object), from its position now on. It must be open
    /// for reading; text mode is switched off, because it would hide carriage returns. A read() of 0
    /// bytes is taken as the end of the message: pass files and buffers, and spool anything that may
    /// merely have no data yet (sockets, processes) with spoolToTemporaryFile().
    explicit MessageSource(QIODevice *device);
    /// The same, owning `device`.
    explicit MessageSource(std::unique_ptr<QIODevice> device);
    /// A source over a copy of `message` (a composed message, a paste, a test case).
    static MessageSource fromBytes(const QByteArray &message);

    MessageSource(MessageSource &&) noexcept;
    MessageSource &operator=(MessageSource &&) noexcept;
    ~MessageSource();

    /// Reads the whole message once, in bounded steps, and returns to the start, so that the next
    /// nextChunk() begins the payload afresh. Needs a random-access device; fails (with a reason for the
    /// user in `error`) on a sequential one, which must be spooled first.
    std::optional<Facts> scan(QString *error);

    /// The next at most `maxBytes` (at least 1) octets of the payload; after the last data it holds the
    /// terminator, then every call returns an empty array. If the device fails, the rest is withheld:
    /// hasError() turns true and the terminator never comes, so a cut message is not delivered. The
    /// engine must then close the connection, the only way to abandon DATA.
    QByteArray nextChunk(qsizetype maxBytes = kDefaultChunkSize);
    /// Whether the terminator has been handed out, or reading failed.
    bool atEnd() const;
    bool hasError() const { return m_state == State::Failed; }
    /// Why reading failed, for the user; empty when it did not.
    QString errorString() const { return m_error; }
    /// Octets read from the device so far (progress against its size()).
    qint64 bytesRead() const { return m_bytesRead; }
    /// Octets of payload handed out so far (progress against Facts::payloadSize).
    qint64 bytesProduced() const { return m_bytesProduced; }

    /// Copies `in` to the end into a new temporary file (owner-only permissions, removed when the
    /// returned device is destroyed) and returns it open and at its start, or nullptr with a reason in
    /// `error`. When `in` has no data yet, waits with waitForReadyRead(): it blocks, so run it off the
    /// GUI thread for a pipe or socket.
    static std::unique_ptr<QIODevice> spoolToTemporaryFile(QIODevice &in, QString *error);

    /// Builds an RFC 5322 message with CRLF line endings (not dot-stuffed: that is nextChunk()'s job).
    /// A value that holds CR, LF or NUL, a malformed header name, a missing From, or an extra header
    /// that duplicates a generated one is refused, never silently altered, so nothing can inject a
    /// header: the result is then empty and `error` says why.
    static std::optional<QByteArray> compose(const Composition &composition, QString *error);

private:
    /// The line-ending and dot-stuffing state carried from one read to the next.
    struct Normaliser
    {
        Facts facts;
        qint64 lineLength = 0;
        bool atLineStart = true;
        bool afterCr = false; ///< the last octet was a CR, already sent as CRLF: an LF next belongs to it
        bool inHeaders = true;

        /// Appends the payload for `size` octets to `out` (nullptr: only count).
        void feed(const char *data, qsizetype size, QByteArray *out);
        /// Ends the last line if needed and appends the terminator.
        void finish(QByteArray *out);
        void endLine(QByteArray *out);
    };

    enum class State
    {
        Reading,
        Finished, ///< the terminator is in m_pending or handed out
        Failed
    };

    void restart();
    void fail(const QString &reason);

    std::unique_ptr<QIODevice> m_owned;
    QIODevice *m_device = nullptr;
    qint64 m_start = 0;
    Normaliser m_normaliser;
    QByteArray m_pending; ///< payload made but not handed out yet; at most about twice a chunk
    QByteArray m_readBuffer;
    QString m_error;
    qint64 m_bytesRead = 0;
    qint64 m_bytesProduced = 0;
    State m_state = State::Reading;
};

#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslError>
#include <QString>
#include <QStringList>

#include <optional>

class QSslSocket;

/// A scriptable SMTP server on 127.0.0.1 (port 0: chosen at run time) for misbehaviour no real
/// server shows on demand (qtbase's MiniHttpServer idea). Every accepted connection runs a Script:
/// send bytes (whole, or in pieces with a pause between them), wait for a client line and check it,
/// pause, close, abort, start server-side TLS (STARTTLS or implicit), or serve a small well-behaved
/// dialogue for the rest of the connection. Everything the client sends is recorded per connection.
/// Whatever the client sends, buffers stay bounded; stop() (or the destructor) ends everything.
class FakeSmtpServer final : public QObject
{
    Q_OBJECT

public:
    /// The test certificates in tests/data/tls the server can present.
    enum class Certificate
    {
        Server,     ///< localhost, 127.0.0.1, ::1, issued by the test CA
        WrongName,  ///< wrong.example only, issued by the test CA
        SelfSigned, ///< localhost, 127.0.0.1, self-signed
        Expired,    ///< localhost, 127.0.0.1, issued by the test CA, valid only in 2001
    };

    /// A small, well-behaved SMTP server for the rest of a connection (Script::serve()): answers
    /// EHLO/HELO, STARTTLS, AUTH PLAIN, MAIL, RCPT, DATA (and the message), RSET, NOOP, VRFY and QUIT
    /// in any order, one reply per line as it is read, so pipelined commands (RFC 2920) are answered
    /// back to back; anything else gets 502.
    struct Dialogue
    {
        bool greet = true;               ///< send the 220 greeting first
        QByteArray domain = "fake.test"; ///< the name in the greeting and EHLO reply
        QList<QByteArray> extensions{"PIPELINING", "8BITMIME", "SIZE 52428800"};
        std::optional<Certificate> startTls; ///< offer STARTTLS (before TLS) with this certificate
        /// Offer AUTH PLAIN and accept exactly this base64 response (235); anything else gets 535.
        QByteArray authPlain;
    };

    /// One thing the server does; made by Script.
    struct Step
    {
        enum class Kind
        {
            Send,             ///< write bytes (in pieces when pieceSize > 0)
            ExpectLine,       ///< wait for one client line; check it against pattern when set
            Delay,            ///< do nothing for delayMs (the client's bytes are buffered meanwhile)
            Close,            ///< flush and close politely (FIN)
            Abort,            ///< drop the connection at once (RST where the platform allows)
            StartTls,         ///< start the server side of a TLS handshake and wait for it
            SendThenStartTls, ///< write bytes and start TLS in the same event-loop turn
            ReceiveMessage,   ///< read a message up to its final "." line, then send bytes
            Serve,            ///< serve `dialogue` until the connection ends
        };
        Kind kind = Kind::Send;
        QByteArray bytes;
        QString pattern;
        int pieceSize = 0;
        int delayMs = 0;
        qint64 closeAfterBytes = -1; ///< ReceiveMessage: close once this many message bytes arrived
        Certificate certificate = Certificate::Server;
        Dialogue dialogue;
    };

    /// What one connection does, built fluently: Script().greet().ehlo().acceptMessage().quit().
    /// After the last step the connection stays open and keeps recording what the client sends.
    class Script
    {
    public:
        /// Writes from here on go out in pieces of `pieceSize` bytes, `delayMs` apart (0: whole).
        Script &split(int pieceSize, int delayMs = 1);
        Script &send(const QByteArray &bytes);
        /// Waits for one line; records a mismatch when `pattern` (a regular expression) does not match.
        Script &expect(const QString &pattern = {});
        /// Waits for one line, checks it, then sends `reply`.
        Script &expect(const QString &pattern, const QByteArray &reply);
        Script &delay(int ms);
        Script &close();
        Script &abort();
        Script &startTls(Certificate certificate = Certificate::Server);
        /// Writes `bytes` (whole) and starts TLS at once, as if they were pipelined before the handshake.
        Script &sendThenStartTls(const QByteArray &bytes, Certificate certificate = Certificate::Server);
        /// Reads the message after 354 up to its "." line, then sends `reply`. With `closeAfterBytes`
        /// >= 0 it closes the connection instead once that many message bytes have arrived.
        Script &receiveMessage(const QByteArray &reply = "250 2.0.0 Ok: queued as FAKE1\r\n",
                               qint64 closeAfterBytes = -1);
        /// Hands the rest of the connection to a well-behaved dialogue.
        Script &serve(const Dialogue &dialogue);
        Script &serve();

        // Shortcuts for the usual dialogue.
        Script &greet(const QByteArray &line = "220 fake.test ESMTP SMTP Doctor test server\r\n");
        /// Expects EHLO and answers "250-fake.test" plus one line per extension.
        Script &ehlo(const QList<QByteArray> &extensions = {});
        /// Expects STARTTLS, answers 220 and starts TLS.
        Script &acceptStartTls(Certificate certificate = Certificate::Server);
        /// Expects MAIL, `recipients` RCPT and DATA, accepts each, then reads and accepts the message.
        Script &acceptMessage(int recipients = 1);
        /// Expects QUIT, answers 221 and closes.
        Script &quit();

        const QList<Step> &steps() const { return m_steps; }

    private:
        Script &add(Step step);

        QList<Step> m_steps;
        int m_pieceSize = 0;
        int m_pieceDelayMs = 0;
    };

    /// What the client of one connection did.
    struct Record
    {
        QList<QByteArray> lines;    ///< command lines, without CRLF (over-long lines cut at 64 KiB)
        QStringList mismatches;     ///< expect() steps whose pattern did not match, as sentences
        qint64 bytesReceived = 0;   ///< every byte received (decrypted), message included
        qint64 messageBytes = 0;    ///< message bytes received after 354, without the final "." line
        QByteArray message;         ///< the head of the message (at most 256 KiB)
        int messages = 0;           ///< messages received up to their final "."
        int droppedLines = 0;       ///< lines received beyond the record's limit (not kept)
        bool encrypted = false;     ///< a TLS handshake completed
        QList<QSslError> tlsErrors; ///< what the server side saw go wrong in a handshake
        QString tlsError;           ///< the server side's socket error during a handshake
        bool finished = false;      ///< the connection has ended
    };

    explicit FakeSmtpServer(QObject *parent = nullptr);
    ~FakeSmtpServer() override;

    /// Listens on 127.0.0.1 on a free port; false (with errorString()) when that fails.
    bool start();
    /// Stops listening and drops every connection at once.
    void stop();
    quint16 port() const;
    QString errorString() const;

    /// Every connection from now on runs `script`.
    void setScript(const Script &script) { setScripts({script}); }
    /// Connection n runs script n; later connections run the last one. Without any script a
    /// connection is accepted and hears nothing (a server that never greets).
    void setScripts(const QList<Script> &scripts) { m_scripts = scripts; }

    int connectionCount() const { return int(m_records.size()); }
    /// The record of connection `index` (0 = the first accepted); an empty record when there is none.
    Record record(int index = 0) const { return m_records.value(index); }
    /// Connections still open.
    int openConnections() const;

    /// The test data folder, and a file in its tls/ subfolder ("ca.pem").
    static QString testDataPath();
    static QString tlsFile(const QString &name);
    static QString caFile() { return tlsFile(QStringLiteral("ca.pem")); }

Q_SIGNALS:
    void connectionAccepted(int index);
    void lineReceived(int index, const QByteArray &line);
    void messageReceived(int index);
    void tlsEstablished(int index);
    void connectionFinished(int index);

private:
    class Connection;
    class Listener;
    friend class Connection;
    friend class Listener;

    void accept(qintptr descriptor);

    Listener *m_listener;
    QList<Script> m_scripts;
    QList<Record> m_records;
    QList<Connection *> m_connections;
};

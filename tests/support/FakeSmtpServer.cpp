#include "support/FakeSmtpServer.h"

#include <QFile>
#include <QHostAddress>
#include <QQueue>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>

#include <utility>

#if defined(Q_OS_UNIX)
#include <sys/socket.h>
#endif

namespace {

constexpr qsizetype kMaxLine = 64 * 1024;         ///< longest client line kept; the rest of it is skipped
constexpr qsizetype kMaxInput = 256 * 1024;       ///< client bytes buffered at most (the socket's too)
constexpr qsizetype kMaxMessageKept = 256 * 1024; ///< head of a message kept in the record
constexpr int kMaxLines = 10'000;                 ///< command lines kept in the record

using Certificate = FakeSmtpServer::Certificate;
using Step = FakeSmtpServer::Step;

QString certificateBaseName(Certificate certificate)
{
    switch (certificate) {
    case Certificate::Server:
        return QStringLiteral("server");
    case Certificate::WrongName:
        return QStringLiteral("wrongname");
    case Certificate::SelfSigned:
        return QStringLiteral("selfsigned");
    case Certificate::Expired:
        break;
    }
    return QStringLiteral("expired");
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Step sendStep(const QByteArray &bytes, int pieceSize = 0, int delayMs = 0)
{
    Step step;
    step.kind = Step::Kind::Send;
    step.bytes = bytes;
    step.pieceSize = pieceSize;
    step.delayMs = delayMs;
    return step;
}

/// "250-a\r\n250-b\r\n250 c\r\n" from a code and lines.
QByteArray multiline(const QByteArray &code, const QList<QByteArray> &lines)
{
    QByteArray reply;
    for (qsizetype i = 0; i < lines.size(); ++i)
        reply += code + (i + 1 < lines.size() ? "-" : " ") + lines.at(i) + "\r\n";
    return reply;
}

} // namespace

// --- Script ------------------------------------------------------------------------------------

FakeSmtpServer::Script &FakeSmtpServer::Script::add(Step step)
{
    m_steps.append(std::move(step));
    return *this;
}

FakeSmtpServer::Script &FakeSmtpServer::Script::split(int pieceSize, int delayMs)
{
    m_pieceSize = qMax(0, pieceSize);
    m_pieceDelayMs = qMax(0, delayMs);
    return *this;
}

FakeSmtpServer::Script &FakeSmtpServer::Script::send(const QByteArray &bytes)
{
    return add(sendStep(bytes, m_pieceSize, m_pieceDelayMs));
}

FakeSmtpServer::Script &FakeSmtpServer::Script::expect(const QString &pattern)
{
    Step step;
    step.kind = Step::Kind::ExpectLine;
    step.pattern = pattern;
    return add(step);
}

FakeSmtpServer::Script &FakeSmtpServer::Script::expect(const QString &pattern, const QByteArray &reply)
{
    return expect(pattern).send(reply);
}

FakeSmtpServer::Script &FakeSmtpServer::Script::delay(int ms)
{
    Step step;
    step.kind = Step::Kind::Delay;
    step.delayMs = ms;
    return add(step);
}

FakeSmtpServer::Script &FakeSmtpServer::Script::close()
{
    Step step;
    step.kind = Step::Kind::Close;
    return add(step);
}

FakeSmtpServer::Script &FakeSmtpServer::Script::abort()
{
    Step step;
    step.kind = Step::Kind::Abort;
    return add(step);
}

FakeSmtpServer::Script &FakeSmtpServer::Script::startTls(Certificate certificate)
{
    Step step;
    step.kind = Step::Kind::StartTls;
    step.certificate = certificate;
    return add(step);
}

FakeSmtpServer::Script &FakeSmtpServer::Script::sendThenStartTls(const QByteArray &bytes, Certificate certificate)
{
    Step step;
    step.kind = Step::Kind::SendThenStartTls;
    step.bytes = bytes;
    step.certificate = certificate;
    return add(step);
}

FakeSmtpServer::Script &FakeSmtpServer::Script::receiveMessage(const QByteArray &reply, qint64 closeAfterBytes)
{
    Step step = sendStep(reply, m_pieceSize, m_pieceDelayMs);
    step.kind = Step::Kind::ReceiveMessage;
    step.closeAfterBytes = closeAfterBytes;
    return add(step);
}

FakeSmtpServer::Script &FakeSmtpServer::Script::serve(const Dialogue &dialogue)
{
    Step step = sendStep({}, m_pieceSize, m_pieceDelayMs);
    step.kind = Step::Kind::Serve;
    step.dialogue = dialogue;
    return add(step);
}

FakeSmtpServer::Script &FakeSmtpServer::Script::serve()
{
    return serve(Dialogue());
}

FakeSmtpServer::Script &FakeSmtpServer::Script::greet(const QByteArray &line)
{
    return send(line);
}

FakeSmtpServer::Script &FakeSmtpServer::Script::ehlo(const QList<QByteArray> &extensions)
{
    return expect(QStringLiteral("^EHLO "), multiline("250", QList<QByteArray>{"fake.test"} + extensions));
}

FakeSmtpServer::Script &FakeSmtpServer::Script::acceptStartTls(Certificate certificate)
{
    return expect(QStringLiteral("^STARTTLS$"), "220 2.0.0 Ready to start TLS\r\n").startTls(certificate);
}

FakeSmtpServer::Script &FakeSmtpServer::Script::acceptMessage(int recipients)
{
    expect(QStringLiteral("^MAIL FROM:<"), "250 2.1.0 Ok\r\n");
    for (int i = 0; i < recipients; ++i)
        expect(QStringLiteral("^RCPT TO:<"), "250 2.1.5 Ok\r\n");
    return expect(QStringLiteral("^DATA$"), "354 End data with <CR><LF>.<CR><LF>\r\n").receiveMessage();
}

FakeSmtpServer::Script &FakeSmtpServer::Script::quit()
{
    return expect(QStringLiteral("^QUIT$"), "221 2.0.0 Bye\r\n").close();
}

// --- one connection ----------------------------------------------------------------------------

/// Runs a script on one accepted socket. Steps run until one has to wait (for input, a timer or
/// a handshake); every event resumes run(). Input is pulled from the socket only as far as the
/// bounded buffer has room, so a flooding client meets TCP back-pressure, not growing memory.
class FakeSmtpServer::Connection final : public QObject
{
public:
    Connection(FakeSmtpServer *server, int index, QSslSocket *socket, const QList<Step> &steps)
        : QObject(server)
        , m_server(server)
        , m_socket(socket)
        , m_steps(steps)
        , m_index(index)
    {
        m_socket->setParent(this);
        m_socket->setReadBufferSize(kMaxInput);
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); // pieces leave one by one
        connect(m_socket, &QSslSocket::readyRead, this, &Connection::run);
        connect(m_socket, &QSslSocket::encrypted, this, &Connection::onEncrypted);
        connect(m_socket, &QSslSocket::disconnected, this, &Connection::finish);
        connect(m_socket, &QSslSocket::errorOccurred, this, &Connection::onError);
        connect(m_socket, &QSslSocket::sslErrors, this,
                [this](const QList<QSslError> &errors) { record().tlsErrors += errors; });
    }

    /// Ends at once, without running anything more (FakeSmtpServer::stop()).
    void drop()
    {
        m_closing = true;
        m_socket->disconnect(this);
        m_socket->abort();
        markFinished();
        deleteLater();
    }

    void run()
    {
        while (!m_closing && !m_finished && !m_busy) {
            if (m_receiving) {
                if (!receiveMessage())
                    return;
                continue;
            }
            if (!m_queue.isEmpty()) {
                const Step step = m_queue.dequeue();
                if (!execute(step)) {
                    m_queue.prepend(step);
                    return;
                }
                continue;
            }
            if (m_dialogue) {
                const auto line = takeLine();
                if (!line)
                    return;
                answer(*line);
                continue;
            }
            if (m_next < m_steps.size()) {
                const Step &step = m_steps.at(m_next++);
                if (!execute(step)) {
                    m_queue.prepend(step);
                    return;
                }
                continue;
            }
            // The script is over: keep recording what the client sends.
            if (!takeLine())
                return;
        }
    }

private:
    Record &record() { return m_server->m_records[m_index]; }

    /// Runs one step; false when it needs input that has not arrived yet.
    bool execute(const Step &step)
    {
        switch (step.kind) {
        case Step::Kind::Send:
            write(step.bytes, step.pieceSize, step.delayMs);
            return true;
        case Step::Kind::ExpectLine: {
            const auto line = takeLine();
            if (!line)
                return false;
            check(step.pattern, *line);
            return true;
        }
        case Step::Kind::Delay:
            m_busy = true;
            QTimer::singleShot(step.delayMs, this, [this] {
                m_busy = false;
                run();
            });
            return true;
        case Step::Kind::Close:
            m_closing = true;
            m_socket->disconnectFromHost(); // flushes what is queued, then FIN
            return true;
        case Step::Kind::Abort:
#if defined(Q_OS_UNIX)
        {
            // SO_LINGER 0: close() sends RST instead of FIN, like a crashing server or a firewall.
            const linger noLinger{1, 0};
            ::setsockopt(int(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &noLinger, sizeof noLinger);
        }
#endif
            m_closing = true;
            m_socket->abort();
            return true;
        case Step::Kind::StartTls:
            startTls(step.certificate);
            return true;
        case Step::Kind::SendThenStartTls:
            // Same event-loop turn: the bytes reach the client together with (before) the handshake.
            write(step.bytes, 0, 0);
            startTls(step.certificate);
            return true;
        case Step::Kind::ReceiveMessage:
            m_receiving = true;
            m_messageLineStart = true;
            m_messageReply = sendStep(step.bytes, step.pieceSize, step.delayMs);
            m_closeAfterBytes = step.closeAfterBytes >= 0 ? record().messageBytes + step.closeAfterBytes : -1;
            return true;
        case Step::Kind::Serve:
            m_dialogue = step.dialogue;
            m_pieceSize = step.pieceSize;
            m_pieceDelayMs = step.delayMs;
            if (m_dialogue->greet)
                reply("220 " + m_dialogue->domain + " ESMTP SMTP Doctor test server\r\n");
            return true;
        }
        return true;
    }

    void check(const QString &pattern, const QByteArray &line)
    {
        if (pattern.isEmpty())
            return;
        const QRegularExpression re(pattern);
        const QString text = QString::fromUtf8(line.left(1000));
        if (!re.isValid())
            record().mismatches.append(QStringLiteral("invalid pattern /%1/: %2").arg(pattern, re.errorString()));
        else if (!re.match(text).hasMatch())
            record().mismatches.append(QStringLiteral("expected /%1/, got \"%2\"").arg(pattern, text));
    }

    void write(const QByteArray &bytes, int pieceSize, int delayMs)
    {
        if (m_closing || m_finished || bytes.isEmpty())
            return;
        if (pieceSize <= 0 || bytes.size() <= pieceSize) {
            m_socket->write(bytes);
            return;
        }
        m_pieces = bytes;
        m_writePieceSize = pieceSize;
        m_writeDelayMs = delayMs;
        m_busy = true;
        writeNextPiece();
    }

    void writeNextPiece()
    {
        if (m_closing || m_finished)
            return;
        m_socket->write(m_pieces.left(m_writePieceSize));
        m_socket->flush();
        m_pieces.remove(0, m_writePieceSize);
        if (m_pieces.isEmpty()) {
            m_busy = false;
            run();
            return;
        }
        QTimer::singleShot(m_writeDelayMs, this, &Connection::writeNextPiece);
    }

    void reply(const QByteArray &bytes)
    {
        m_queue.enqueue(sendStep(bytes, m_pieceSize, m_pieceDelayMs));
    }

    void startTls(Certificate certificate)
    {
        if (m_closing || m_finished)
            return;
        // RFC 3207 §4.2: whatever the client sent before the handshake is not to be used.
        m_input.clear();
        m_pos = 0;
        const QString base = FakeSmtpServer::tlsFile(certificateBaseName(certificate));
        const QSslCertificate local(readFile(base + QStringLiteral(".pem")), QSsl::Pem);
        const QSslKey key(readFile(base + QStringLiteral(".key")), QSsl::Rsa, QSsl::Pem);
        if (local.isNull() || key.isNull()) {
            record().tlsError = QStringLiteral("cannot load %1.pem / .key").arg(base);
            m_closing = true;
            m_socket->abort();
            return;
        }
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(local);
        config.setPrivateKey(key);
        config.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
        m_socket->setSslConfiguration(config);
        m_busy = true;
        m_socket->startServerEncryption();
    }

    void onEncrypted()
    {
        record().encrypted = true;
        Q_EMIT m_server->tlsEstablished(m_index);
        m_busy = false;
        run();
    }

    void onError(QAbstractSocket::SocketError error)
    {
        if (m_socket->mode() != QSslSocket::UnencryptedMode && !m_socket->isEncrypted() && record().tlsError.isEmpty())
            record().tlsError = m_socket->errorString();
        if (error == QAbstractSocket::SslHandshakeFailedError) {
            // The client refused the certificate: nothing more can happen on this connection.
            QTimer::singleShot(0, this, [this] {
                if (!m_finished)
                    m_socket->abort();
            });
        }
    }

    // --- input ---------------------------------------------------------------------------------

    /// Pulls what the socket has, as far as the buffer has room; true when something arrived.
    bool readInput()
    {
        if (m_pos > 0) {
            m_input.remove(0, m_pos);
            m_pos = 0;
        }
        bool got = false;
        while (m_input.size() < kMaxInput) {
            const QByteArray chunk = m_socket->read(kMaxInput - m_input.size());
            if (chunk.isEmpty())
                break;
            m_input += chunk;
            record().bytesReceived += chunk.size();
            got = true;
        }
        return got;
    }

    QByteArrayView pending() const
    {
        return QByteArrayView(m_input).sliced(m_pos);
    }

    /// The next command line (without CRLF), recorded; nullopt when none is complete yet.
    std::optional<QByteArray> takeLine()
    {
        for (;;) {
            const QByteArrayView rest = pending();
            const qsizetype lf = rest.indexOf('\n');
            if (m_skippingLine) {
                m_pos += lf < 0 ? rest.size() : lf + 1;
                m_skippingLine = lf < 0;
                if (lf < 0 && !readInput())
                    return std::nullopt;
                continue;
            }
            if (lf >= 0 && lf <= kMaxLine) {
                QByteArray line = rest.first(lf).toByteArray();
                m_pos += lf + 1;
                if (line.endsWith('\r'))
                    line.chop(1);
                keep(line);
                return line;
            }
            if (rest.size() > kMaxLine) {
                // Over-long: keep its head, skip the rest of it.
                const QByteArray line = rest.first(kMaxLine).toByteArray();
                m_pos += kMaxLine;
                m_skippingLine = true;
                keep(line);
                return line;
            }
            if (!readInput())
                return std::nullopt;
        }
    }

    void keep(const QByteArray &line)
    {
        if (record().lines.size() < kMaxLines)
            record().lines.append(line);
        else
            ++record().droppedLines;
        Q_EMIT m_server->lineReceived(m_index, line);
    }

    /// Reads message lines up to the final "." line; false when more input is needed.
    bool receiveMessage()
    {
        for (;;) {
            if (m_closing || m_finished)
                return false;
            const QByteArrayView rest = pending();
            const qsizetype lf = rest.indexOf('\n');
            if (lf < 0) {
                if (rest.size() >= kMaxLine) {
                    // A very long line: count what is here so the buffer never fills.
                    countMessageBytes(rest);
                    m_pos += rest.size();
                    m_messageLineStart = false;
                } else if (!readInput()) {
                    return false;
                }
                continue;
            }
            const QByteArrayView line = rest.first(lf + 1);
            m_pos += lf + 1;
            // RFC 5321 §4.1.1.4: a line holding only "." ends the message.
            if (m_messageLineStart && (line == QByteArrayView(".\r\n") || line == QByteArrayView(".\n"))) {
                m_receiving = false;
                ++record().messages;
                Q_EMIT m_server->messageReceived(m_index);
                m_queue.prepend(m_messageReply);
                return true;
            }
            m_messageLineStart = true;
            countMessageBytes(line);
            if (m_closeAfterBytes >= 0 && record().messageBytes >= m_closeAfterBytes) {
                m_receiving = false;
                m_closing = true;
                m_socket->disconnectFromHost();
                return false;
            }
        }
    }

    void countMessageBytes(QByteArrayView bytes)
    {
        Record &r = record();
        r.messageBytes += bytes.size();
        if (r.message.size() < kMaxMessageKept)
            r.message += bytes.first(qMin(bytes.size(), kMaxMessageKept - r.message.size()));
    }

    // --- the well-behaved dialogue ---------------------------------------------------------------

    void answer(const QByteArray &line)
    {
        const Dialogue &d = *m_dialogue;
        if (m_authPending) {
            // RFC 4954 §4: the line after "334" is the response, or "*" to cancel.
            m_authPending = false;
            if (line == "*")
                reply("501 5.7.0 Authentication cancelled\r\n");
            else
                reply(line == d.authPlain ? "235 2.7.0 Authentication successful\r\n"
                                          : "535 5.7.8 Authentication credentials invalid\r\n");
            return;
        }
        const qsizetype space = line.indexOf(' ');
        const QByteArray verb = (space < 0 ? line : line.left(space)).toUpper();
        const QByteArray argument = space < 0 ? QByteArray() : line.mid(space + 1);
        if (verb == "EHLO") {
            QList<QByteArray> lines{d.domain + " greets " + argument};
            lines += d.extensions;
            if (d.startTls && !m_socket->isEncrypted())
                lines.append("STARTTLS");
            if (!d.authPlain.isEmpty())
                lines.append("AUTH PLAIN");
            reply(multiline("250", lines));
        } else if (verb == "HELO") {
            reply("250 " + d.domain + "\r\n");
        } else if (verb == "STARTTLS") {
            if (!d.startTls || m_socket->isEncrypted()) {
                reply("454 4.7.0 TLS not available\r\n");
                return;
            }
            m_queue.enqueue(sendStep("220 2.0.0 Ready to start TLS\r\n"));
            Step tls;
            tls.kind = Step::Kind::StartTls;
            tls.certificate = *d.startTls;
            m_queue.enqueue(tls);
        } else if (verb == "AUTH") {
            const QList<QByteArray> parts = argument.split(' ');
            if (d.authPlain.isEmpty() || parts.value(0).toUpper() != "PLAIN") {
                reply("504 5.5.4 Unrecognized authentication type\r\n");
            } else if (parts.size() < 2) {
                m_authPending = true;
                reply("334 \r\n");
            } else {
                reply(parts.at(1) == d.authPlain ? "235 2.7.0 Authentication successful\r\n"
                                                 : "535 5.7.8 Authentication credentials invalid\r\n");
            }
        } else if (verb == "MAIL") {
            reply("250 2.1.0 Ok\r\n");
        } else if (verb == "RCPT") {
            reply("250 2.1.5 Ok\r\n");
        } else if (verb == "DATA") {
            reply("354 End data with <CR><LF>.<CR><LF>\r\n");
            Step message = sendStep("250 2.0.0 Ok: queued as FAKE" + QByteArray::number(record().messages + 1) + "\r\n",
                                    m_pieceSize, m_pieceDelayMs);
            message.kind = Step::Kind::ReceiveMessage;
            m_queue.enqueue(message);
        } else if (verb == "RSET" || verb == "NOOP") {
            reply("250 2.0.0 Ok\r\n");
        } else if (verb == "VRFY") {
            reply("252 2.0.0 Cannot VRFY user, but will accept message\r\n");
        } else if (verb == "HELP") {
            reply("214 2.0.0 See RFC 5321\r\n");
        } else if (verb == "QUIT") {
            reply("221 2.0.0 Bye\r\n");
            Step close;
            close.kind = Step::Kind::Close;
            m_queue.enqueue(close);
        } else {
            reply("502 5.5.2 Command not recognized\r\n");
        }
    }

    // --- the end -------------------------------------------------------------------------------

    void finish()
    {
        if (m_finished)
            return;
        // Record what arrived with the close (unless it belongs to a message being cut off).
        if (!m_receiving && !m_closing) {
            while (takeLine()) {
            }
        }
        m_closing = true;
        markFinished();
        m_server->m_connections.removeOne(this);
        Q_EMIT m_server->connectionFinished(m_index);
        deleteLater();
    }

    void markFinished()
    {
        m_finished = true;
        record().finished = true;
    }

    FakeSmtpServer *m_server;
    QSslSocket *m_socket;
    QList<Step> m_steps;
    QQueue<Step> m_queue; ///< steps made on the fly (replies, the message), run before the script's
    std::optional<Dialogue> m_dialogue;
    Step m_messageReply;
    QByteArray m_input;
    QByteArray m_pieces;
    qsizetype m_pos = 0;
    qsizetype m_next = 0;
    qint64 m_closeAfterBytes = -1;
    int m_index;
    int m_pieceSize = 0; ///< how the dialogue's replies are split
    int m_pieceDelayMs = 0;
    int m_writePieceSize = 0; ///< how the write under way is split
    int m_writeDelayMs = 0;
    bool m_busy = false;    ///< a timer, a write in pieces or a handshake is under way
    bool m_closing = false; ///< no more steps: closed, aborted or being dropped
    bool m_finished = false;
    bool m_receiving = false;
    bool m_messageLineStart = true;
    bool m_skippingLine = false;
    bool m_authPending = false;
};

// --- the server --------------------------------------------------------------------------------

/// QTcpServer hands over the descriptor so the server can make a QSslSocket of it (STARTTLS needs
/// a plain start; QSslServer would start TLS at once).
class FakeSmtpServer::Listener final : public QTcpServer
{
public:
    explicit Listener(FakeSmtpServer *server)
        : QTcpServer(server)
        , m_server(server)
    {}

protected:
    void incomingConnection(qintptr descriptor) override { m_server->accept(descriptor); }

private:
    FakeSmtpServer *m_server;
};

FakeSmtpServer::FakeSmtpServer(QObject *parent)
    : QObject(parent)
    , m_listener(new Listener(this))
{}

FakeSmtpServer::~FakeSmtpServer()
{
    stop();
}

bool FakeSmtpServer::start()
{
    return m_listener->isListening() || m_listener->listen(QHostAddress::LocalHost, 0);
}

void FakeSmtpServer::stop()
{
    m_listener->close();
    const QList<Connection *> connections = std::exchange(m_connections, {});
    for (Connection *connection : connections)
        connection->drop();
}

quint16 FakeSmtpServer::port() const
{
    return m_listener->serverPort();
}

QString FakeSmtpServer::errorString() const
{
    return m_listener->errorString();
}

int FakeSmtpServer::openConnections() const
{
    return int(m_connections.size());
}

QString FakeSmtpServer::testDataPath()
{
    return QString::fromUtf8(SMTPDOCTOR_TEST_DATA);
}

QString FakeSmtpServer::tlsFile(const QString &name)
{
    return testDataPath() + QStringLiteral("/tls/") + name;
}

void FakeSmtpServer::accept(qintptr descriptor)
{
    auto *socket = new QSslSocket;
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    const int index = int(m_records.size());
    m_records.append(Record{});
    const Script script = m_scripts.isEmpty() ? Script() : m_scripts.value(index, m_scripts.constLast());
    auto *connection = new Connection(this, index, socket, script.steps());
    m_connections.append(connection);
    Q_EMIT connectionAccepted(index);
    connection->run();
}

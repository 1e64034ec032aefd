#include "core/practice/PracticeServer.h"

#include "core/practice/PracticeClient.h"

#include <QFile>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>

#include <cmath>
#include <memory>
#include <utility>

Q_LOGGING_CATEGORY(lcPractice, "smtpdoctor.practice", QtWarningMsg)

namespace {

constexpr int kMaxRefusing = 16;     ///< refused sockets saying goodbye at once; more are cut at once
constexpr int kRefuseGraceMs = 2000; ///< how long a refused client may take to hear its 421
constexpr int kMaxGreylistEntries = 10'000;

QByteArray readResource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

/// QTcpServer hands over the descriptor so that each client can be a QSslSocket that starts in
/// plain text (STARTTLS); QSslServer would start TLS at once.
class PracticeServer::Listener final : public QTcpServer
{
public:
    explicit Listener(PracticeServer *server)
        : QTcpServer(server)
        , m_server(server)
    {}

protected:
    void incomingConnection(qintptr descriptor) override { m_server->accept(descriptor); }

private:
    PracticeServer *m_server;
};

qsizetype PracticeServer::maxBufferedBytesPerClient()
{
    // The line buffer, the socket's read buffers (plain and decrypted), the output allowed to pile
    // up before reading stops, and one more reply (and TLS record overhead) on top of it.
    return PracticeClient::kInputCapacity + 2 * PracticeClient::kReadBufferSize + PracticeClient::kMaxPendingOutput +
           32 * 1024;
}

PracticeServer::PracticeServer(QObject *parent)
    : QObject(parent)
    , m_listener(new Listener(this))
{
    m_clock.start();
    const Scenario *clean = Scenario::find(Scenario::defaultId());
    m_scenario = clean ? *clean : Scenario::fallback();

    // The public practice certificate (resources/practice/README.md); without it (or without a TLS
    // backend) the server simply does not offer STARTTLS.
    const QSslCertificate certificate(readResource(QStringLiteral(":/practice/server.pem")), QSsl::Pem);
    const QSslKey key(readResource(QStringLiteral(":/practice/server.key")), QSsl::Ec, QSsl::Pem);
    if (QSslSocket::supportsSsl() && !certificate.isNull() && !key.isNull()) {
        m_tls = QSslConfiguration::defaultConfiguration();
        m_tls.setLocalCertificate(certificate);
        m_tls.setPrivateKey(key);
        m_tls.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
        m_tlsReady = true;
    } else {
        qCWarning(lcPractice) << "no TLS for the practice server: the certificate, the key or a TLS backend is missing";
    }
}

PracticeServer::~PracticeServer()
{
    close();
}

bool PracticeServer::listen(quint16 port)
{
    if (m_listener->isListening())
        return true;
    m_errorString.clear();
    // Loopback only: the practice server is never reachable from another machine.
    if (!m_listener->listen(QHostAddress::LocalHost, port)) {
        m_errorString = port == 0
                            ? tr("The practice server cannot listen on 127.0.0.1: %1").arg(m_listener->errorString())
                            : tr("The practice server cannot listen on 127.0.0.1 port %1: %2. Another "
                                 "program may be using that port; choose another, or 0 for any free port.")
                                  .arg(port)
                                  .arg(m_listener->errorString());
        return false;
    }
    qCDebug(lcPractice) << "listening on 127.0.0.1 port" << m_listener->serverPort();
    return true;
}

void PracticeServer::close()
{
    m_listener->close();
    const QList<PracticeClient *> clients = std::exchange(m_clients, {});
    for (PracticeClient *client : clients) {
        // Later, not now: close() may be called from a slot of a signal the client emitted.
        client->drop();
        client->deleteLater();
        Q_EMIT clientDisconnected(client->peer());
    }
}

bool PracticeServer::isListening() const
{
    return m_listener->isListening();
}

quint16 PracticeServer::port() const
{
    return m_listener->isListening() ? m_listener->serverPort() : 0;
}

void PracticeServer::setScenario(const Scenario &scenario)
{
    m_scenario = scenario;
    resetGreylisting();
}

SessionSettings PracticeServer::clientSettings() const
{
    SessionSettings s = clientHints(m_scenario);
    s.host = QStringLiteral("127.0.0.1");
    s.port = port();
    s.ipFamily = SessionSettings::IpFamily::IPv4;
    s.caFile = caCertificatePath();
    return s;
}

SessionSettings PracticeServer::clientHints(const Scenario &scenario)
{
    SessionSettings s;
    s.security = scenario.client.security;
    if (scenario.client.authenticate) {
        s.authMechanism = SaslAuthenticator::Mechanism::Plain;
        s.authUser = practiceUser();
        s.authSecret = practicePassword();
    }
    s.ehloName = QStringLiteral("client.practice.test");
    s.mailFrom = QStringLiteral("student@client.practice.test");
    s.recipients = QStringList{QStringLiteral("friend@example.net")};
    return s;
}

void PracticeServer::setDelayScale(double scale)
{
    m_delayScale = std::isfinite(scale) ? qBound(0.0, scale, 100.0) : 1.0;
}

void PracticeServer::setIdleTimeout(int ms)
{
    m_idleTimeoutMs = qMax(1, ms);
}

void PracticeServer::setMaxClients(int count)
{
    m_maxClients = qMax(1, count);
}

qsizetype PracticeServer::bufferedBytes() const
{
    qsizetype total = 0;
    for (const PracticeClient *client : m_clients)
        total += client->bufferedBytes();
    return total;
}

int PracticeServer::scaled(int ms) const
{
    return int(std::lround(ms * m_delayScale));
}

void PracticeServer::accept(qintptr descriptor)
{
    auto *socket = new QSslSocket;
    if (!socket->setSocketDescriptor(descriptor)) {
        qCWarning(lcPractice) << "cannot take a connection:" << socket->errorString();
        delete socket;
        return;
    }
    if (m_clients.size() >= m_maxClients) {
        refuse(socket);
        return;
    }
    auto *client = new PracticeClient(this, socket, m_scenario);
    m_clients.append(client);
    connect(client, &PracticeClient::finished, this, [this, client] { clientFinished(client); });
    Q_EMIT clientConnected(client->peer());
    client->start();
}

void PracticeServer::refuse(QSslSocket *socket)
{
    const QString peer = QStringLiteral("%1:%2").arg(socket->peerAddress().toString()).arg(socket->peerPort());
    qCDebug(lcPractice) << "refused" << peer << "(" << m_clients.size() << "clients )";
    Q_EMIT clientRefused(peer);
    if (m_refusing >= kMaxRefusing) {
        delete socket; // a flood of connections: no goodbye for the rest
        return;
    }
    ++m_refusing;
    socket->setParent(this);
    socket->setReadBufferSize(1024);
    // RFC 5321 §3.1 / RFC 3463 X.3.2: the system is not accepting this connection now.
    socket->write("421 4.3.2 " + hostName().toLatin1() + " Too many connections, try again later\r\n");
    auto finished = std::make_shared<bool>(false);
    auto done = [this, socket, finished] {
        if (std::exchange(*finished, true))
            return;
        --m_refusing;
        socket->abort();
        socket->deleteLater();
    };
    connect(socket, &QSslSocket::disconnected, this, done);
    connect(socket, &QSslSocket::readyRead, socket, [socket] { socket->readAll(); });
    QTimer::singleShot(kRefuseGraceMs, socket, done);
    socket->disconnectFromHost();
}

void PracticeServer::clientFinished(PracticeClient *client)
{
    if (!m_clients.removeOne(client))
        return;
    Q_EMIT clientDisconnected(client->peer());
    client->deleteLater();
}

bool PracticeServer::greylistPasses(const QString &triplet, int retryAfterMs)
{
    const qint64 now = m_clock.elapsed();
    const auto it = m_greylist.constFind(triplet);
    if (it != m_greylist.cend())
        return now - *it >= scaled(retryAfterMs);
    if (m_greylist.size() >= kMaxGreylistEntries)
        m_greylist.clear(); // bounded: at worst some clients are greylisted once more
    m_greylist.insert(triplet, now);
    return false;
}

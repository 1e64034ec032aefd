#include "core/smtp/SmtpConnection.h"

#include "core/Logging.h"
#include "core/smtp/SmtpSession.h"

#include <QSslConfiguration>
#include <QSslSocket>

namespace {

constexpr qint64 kWriteHighWater = 1024 * 1024; ///< bytes queued in the socket before we wait
constexpr int kCloseGraceMs = 3000;             ///< how long a server may take to close after QUIT

QAbstractSocket::NetworkLayerProtocol protocolFor(SessionSettings::IpFamily family)
{
    switch (family) {
    case SessionSettings::IpFamily::IPv4:
        return QAbstractSocket::IPv4Protocol;
    case SessionSettings::IpFamily::IPv6:
        return QAbstractSocket::IPv6Protocol;
    case SessionSettings::IpFamily::Any:
        break;
    }
    return QAbstractSocket::AnyIPProtocol;
}

SessionOutcome::NetworkFailure classify(QAbstractSocket::SocketError error, const QString &text)
{
    switch (error) {
    case QAbstractSocket::HostNotFoundError:
        return SessionOutcome::NetworkFailure::HostNotFound;
    case QAbstractSocket::ConnectionRefusedError:
        return SessionOutcome::NetworkFailure::Refused;
    case QAbstractSocket::SocketTimeoutError:
        return SessionOutcome::NetworkFailure::ConnectTimeout;
    case QAbstractSocket::RemoteHostClosedError:
        return SessionOutcome::NetworkFailure::Reset;
    default:
        break;
    }
    // Qt has no code of its own for these; its text comes from strerror().
    if (text.contains(QLatin1String("unreachable"), Qt::CaseInsensitive) ||
        text.contains(QLatin1String("No route"), Qt::CaseInsensitive))
        return SessionOutcome::NetworkFailure::NoRoute;
    if (text.contains(QLatin1String("reset"), Qt::CaseInsensitive))
        return SessionOutcome::NetworkFailure::Reset;
    return SessionOutcome::NetworkFailure::Other;
}

} // namespace

SmtpConnection::SmtpConnection(SmtpSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_socket(new QSslSocket(this))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SmtpConnection::onTimeout);

    connect(m_socket, &QSslSocket::connected, this, &SmtpConnection::onConnected);
    connect(m_socket, &QSslSocket::encrypted, this, &SmtpConnection::onEncrypted);
    connect(m_socket, &QSslSocket::disconnected, this, &SmtpConnection::onDisconnected);
    connect(m_socket, &QSslSocket::errorOccurred, this, &SmtpConnection::onSocketError);
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        m_sslErrors = errors;
        if (m_session->settings().acceptTlsErrors) {
            QStringList messages;
            for (const QSslError &error : errors)
                messages.append(error.errorString());
            m_session->tlsErrorsAccepted(messages);
            m_socket->ignoreSslErrors(errors);
        }
    });
    connect(m_socket, &QSslSocket::readyRead, this, [this] {
        if (m_socket->isEncrypted() || m_socket->mode() == QSslSocket::UnencryptedMode)
            m_session->receive(m_socket->readAll());
    });
    connect(m_socket, &QSslSocket::bytesWritten, this, [this] {
        if (m_session->hasMessageData())
            pumpMessage();
    });

    connect(m_session, &SmtpSession::writeRequested, this, [this](const QByteArray &bytes) { m_socket->write(bytes); });
    connect(m_session, &SmtpSession::messageDataReady, this, &SmtpConnection::pumpMessage);
    connect(m_session, &SmtpSession::startTlsRequested, this, &SmtpConnection::startTls);
    connect(m_session, &SmtpSession::closeRequested, this, &SmtpConnection::close);
    connect(m_session, &SmtpSession::waitingForReply, this, [this](int ms) { startTimer(Timer::Reply, ms); });
    connect(m_session, &SmtpSession::replyWaitEnded, this, [this] {
        if (m_timerPurpose == Timer::Reply)
            startTimer(Timer::None, 0);
    });
    connect(m_session, &SmtpSession::finished, this, [this] {
        if (m_socket->state() != QAbstractSocket::UnconnectedState)
            m_socket->abort();
        done();
    });
}

SmtpConnection::~SmtpConnection()
{
    m_socket->disconnect(this);
    m_socket->abort();
}

void SmtpConnection::open()
{
    const SessionSettings &s = m_session->settings();
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    if (!s.caFile.isEmpty())
        config.addCaCertificates(s.caFile);
    // Verification is on unless the user explicitly accepts errors (then they are recorded).
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_socket->setSslConfiguration(config);
    m_socket->setPeerVerifyName(s.host);

    // An address found beforehand (an MX host's) is used as it is; the certificate must still carry the name.
    const QString peer = s.connectAddress.isEmpty() ? s.host : s.connectAddress;
    QString target = peer.contains(u':') ? QStringLiteral("[%1]:%2").arg(peer).arg(s.port)
                                         : QStringLiteral("%1:%2").arg(peer).arg(s.port);
    if (!s.connectAddress.isEmpty())
        target = s.host + QStringLiteral(" (") + target + u')';
    m_session->connecting(target);
    startTimer(Timer::Connect, s.connectTimeoutMs);
    if (s.security == SessionSettings::Security::ImplicitTls)
        m_socket->connectToHostEncrypted(peer, s.port, s.host, QIODevice::ReadWrite, protocolFor(s.ipFamily));
    else
        m_socket->connectToHost(peer, s.port, QIODevice::ReadWrite, protocolFor(s.ipFamily));
}

void SmtpConnection::cancel()
{
    m_session->cancel();
    m_socket->abort();
    if (m_session->state() != SmtpSession::State::Finished)
        m_session->disconnected();
    done();
}

void SmtpConnection::startTimer(Timer purpose, int ms)
{
    m_timerPurpose = purpose;
    if (purpose == Timer::None)
        m_timer.stop();
    else
        m_timer.start(ms);
}

void SmtpConnection::onTimeout()
{
    const Timer purpose = m_timerPurpose;
    m_timerPurpose = Timer::None;
    switch (purpose) {
    case Timer::Close:
        m_socket->abort();
        if (m_session->state() != SmtpSession::State::Finished)
            m_session->disconnected();
        done();
        return;
    case Timer::Handshake:
        m_session->tlsFailed(tr("the TLS handshake did not finish in time"));
        return;
    case Timer::Connect:
    case Timer::Reply:
    case Timer::Write:
        m_session->timedOut();
        return;
    case Timer::None:
        return;
    }
}

void SmtpConnection::onConnected()
{
    m_tcpConnected = true;
    m_peerAddress = m_socket->peerAddress();
    if (m_session->settings().security == SessionSettings::Security::ImplicitTls) {
        startTimer(Timer::Handshake, m_session->settings().connectTimeoutMs);
        return; // the session starts when the handshake is done
    }
    startTimer(Timer::None, 0);
    m_announced = true;
    m_session->connected(peerName());
}

void SmtpConnection::onEncrypted()
{
    m_tlsReport = TlsReport::fromSocket(*m_socket, m_sslErrors);
    Q_EMIT tlsReportChanged(m_tlsReport);
    if (m_timerPurpose == Timer::Handshake)
        startTimer(Timer::None, 0);
    m_session->tlsEstablished(tr("TLS established: %1").arg(m_tlsReport.summary()), m_tlsReport.details());
    if (!m_announced) {
        m_announced = true;
        m_session->connected(peerName());
    }
    if (m_socket->bytesAvailable() > 0)
        m_session->receive(m_socket->readAll());
}

void SmtpConnection::onSocketError()
{
    const QAbstractSocket::SocketError error = m_socket->error();
    const QString text = m_socket->errorString();
    qCDebug(lcSmtp) << "socket error" << error << text;
    if (error == QAbstractSocket::RemoteHostClosedError && m_announced)
        return; // reported by disconnected()
    if (error == QAbstractSocket::SslHandshakeFailedError || error == QAbstractSocket::SslInvalidUserDataError ||
        (m_tcpConnected && !m_socket->isEncrypted() && m_socket->mode() != QSslSocket::UnencryptedMode)) {
        m_tlsReport = TlsReport::fromSocket(*m_socket, m_sslErrors);
        Q_EMIT tlsReportChanged(m_tlsReport);
        QString reason = text;
        for (const TlsReport::Problem &p : m_tlsReport.problems())
            reason += u' ' + p.explanation;
        m_session->tlsFailed(reason);
        return;
    }
    m_session->networkFailed(classify(error, text), text);
}

void SmtpConnection::onDisconnected()
{
    startTimer(Timer::None, 0);
    if (m_socket->bytesAvailable() > 0)
        m_session->receive(m_socket->readAll());
    m_session->disconnected();
    done();
}

void SmtpConnection::startTls()
{
    // RFC 3207 §4.2: anything the server sent after "220" and before the handshake is not to be
    // trusted; read it out of the socket and throw it away (the session records how much).
    const QByteArray early = m_socket->readAll();
    m_session->plaintextDiscarded(early.size());
    startTimer(Timer::Handshake, m_session->settings().commandTimeoutMs);
    m_socket->startClientEncryption();
}

void SmtpConnection::close()
{
    if (m_session->outcome().kind == SessionOutcome::Kind::Timeout ||
        m_session->outcome().kind == SessionOutcome::Kind::Cancelled) {
        m_socket->abort(); // a hung server will not close politely
        if (m_session->state() != SmtpSession::State::Finished)
            m_session->disconnected();
        done();
        return;
    }
    startTimer(Timer::Close, kCloseGraceMs);
    m_socket->disconnectFromHost();
}

void SmtpConnection::pumpMessage()
{
    // Pull the message in chunks only as fast as the socket drains: memory stays flat.
    while (m_session->hasMessageData() && m_socket->bytesToWrite() < kWriteHighWater) {
        const QByteArray chunk = m_session->nextMessageChunk();
        if (chunk.isEmpty())
            break;
        m_socket->write(chunk);
    }
    if (m_session->hasMessageData())
        startTimer(Timer::Write, m_session->settings().commandTimeoutMs);
}

QString SmtpConnection::peerName() const
{
    const QHostAddress address = m_socket->peerAddress();
    const QString host =
        address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + address.toString() + u']' : address.toString();
    return QStringLiteral("%1:%2").arg(host).arg(m_socket->peerPort());
}

void SmtpConnection::done()
{
    if (m_done)
        return;
    m_done = true;
    startTimer(Timer::None, 0);
    Q_EMIT closed();
}

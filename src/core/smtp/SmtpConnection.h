#pragma once

#include "core/tls/TlsReport.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QSslSocket;
class SmtpSession;

/// The network side of a session (Konsole's Session idea): owns the socket and its timers, wires
/// socket events into the SmtpSession and the session's requests back into the socket. Connect,
/// STARTTLS and implicit TLS, certificate checks, timeouts and cancel at any moment live here.
class SmtpConnection final : public QObject
{
    Q_OBJECT

public:
    explicit SmtpConnection(SmtpSession *session, QObject *parent = nullptr);
    ~SmtpConnection() override;

    /// Starts connecting; everything after that is reported through the session.
    void open();
    /// Stops at once, whatever is happening (the session records that the user stopped it).
    void cancel();

    const TlsReport &tlsReport() const { return m_tlsReport; }
    /// The server's address once connected (kept after the connection closes); null before.
    QHostAddress peerAddress() const { return m_peerAddress; }

Q_SIGNALS:
    /// The socket is closed and the session has finished.
    void closed();
    /// The TLS report changed (after a handshake, or a failed one).
    void tlsReportChanged(const TlsReport &report);

private:
    enum class Timer
    {
        None,
        Connect,
        Reply,
        Handshake,
        Write,
        Close
    };

    void startTimer(Timer purpose, int ms);
    void onTimeout();
    void onConnected();
    void onEncrypted();
    void onSocketError();
    void onDisconnected();
    void startTls();
    void close();
    void pumpMessage();
    QString peerName() const;
    void done();

    SmtpSession *m_session;
    QSslSocket *m_socket;
    QTimer m_timer;
    Timer m_timerPurpose = Timer::None;
    TlsReport m_tlsReport;
    QList<QSslError> m_sslErrors;
    bool m_tcpConnected = false;
    bool m_announced = false;
    QHostAddress m_peerAddress;
    bool m_done = false;
};

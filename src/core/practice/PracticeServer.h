#pragma once

#include "core/practice/Scenario.h"
#include "core/smtp/SessionSettings.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QString>

class PracticeClient;
class QSslSocket;
class QTcpServer;

/// A real SMTP server (RFC 5321) on 127.0.0.1 that plays a Scenario, so that an admin can meet the
/// failures of real servers on demand, with SMTP Doctor or any other client (swaks, telnet). It
/// speaks EHLO/HELO, STARTTLS (with the public practice certificate), AUTH PLAIN / LOGIN / CRAM-MD5
/// with the practice credentials, MAIL, RCPT, DATA, RSET, NOOP, VRFY, HELP and QUIT, and answers
/// pipelined commands in order. Several clients at once; nothing a client sends can make it grow
/// without bound: lines, messages, clients, time and buffered bytes are all capped.
class PracticeServer final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultMaxClients = 32;
    static constexpr int kDefaultIdleTimeoutMs = 5 * 60 * 1000;
    static constexpr qsizetype kMaxLineLength = 4096; ///< longer command lines get 500 5.5.2
    static constexpr int kMaxRecipients = 100;        ///< RFC 5321 §4.5.3.1.8's minimum; more get 452 4.5.3
    static constexpr int kMaxErrors = 20;             ///< protocol errors before 421 4.7.0 and a close

    /// The practice account: AUTH with it succeeds (except where the scenario refuses every login).
    static QString practiceUser() { return QStringLiteral("practice"); }
    static QString practicePassword() { return QStringLiteral("practice"); }
    /// The practice CA (":/practice/ca.pem"), for SessionSettings::caFile: the practice server's
    /// certificate verifies against it. Trust it for practice sessions only.
    static QString caCertificatePath() { return QStringLiteral(":/practice/ca.pem"); }
    /// The name the server gives itself in its replies.
    static QString hostName() { return QStringLiteral("mx.practice.test"); }
    /// The most one client can make the server hold in buffers (input, output, socket buffers).
    static qsizetype maxBufferedBytesPerClient();

    explicit PracticeServer(QObject *parent = nullptr);
    ~PracticeServer() override;

    /// Listens on 127.0.0.1 (port 0: a free port chosen now); false with errorString() when it cannot.
    bool listen(quint16 port = 0);
    /// Stops listening and drops every client at once.
    void close();
    bool isListening() const;
    /// The port listened on (0 when not listening).
    quint16 port() const;
    /// Why listen() failed, as a sentence for the user.
    QString errorString() const { return m_errorString; }

    /// The scenario new connections play (connections already open keep theirs). Forgets the
    /// greylisting state. The built-in clean scenario until set.
    void setScenario(const Scenario &scenario);
    const Scenario &scenario() const { return m_scenario; }

    /// Settings for an SMTP Doctor session that meets the current scenario's lesson: loopback, this
    /// port, the scenario's security and login hints, the practice CA and credentials, an envelope.
    SessionSettings clientSettings() const;
    /// The same for `scenario`, without a server: no host or port (the panel and first launch use it).
    static SessionSettings clientHints(const Scenario &scenario);

    /// Multiplies every scenario delay and greylisting wait (tests make them short); 1 by default.
    void setDelayScale(double scale);
    double delayScale() const { return m_delayScale; }
    /// A client that sends nothing this long gets 421 4.4.2 and is closed (for connections from now on).
    void setIdleTimeout(int ms);
    int idleTimeout() const { return m_idleTimeoutMs; }
    /// Clients served at once; more get 421 4.3.2 and are closed.
    void setMaxClients(int count);
    int maxClients() const { return m_maxClients; }
    /// Forgets every greylisting triplet: the next attempt of each is a first attempt again.
    void resetGreylisting() { m_greylist.clear(); }

    /// Clients connected now.
    int sessionCount() const { return int(m_clients.size()); }
    /// Bytes held for all clients now (input, pending output and the sockets' buffers).
    qsizetype bufferedBytes() const;

Q_SIGNALS:
    void clientConnected(const QString &peer);
    void clientDisconnected(const QString &peer);
    /// A client beyond maxClients() was told 421 4.3.2 and closed.
    void clientRefused(const QString &peer);
    /// A message arrived up to its final "." (whatever the verdict).
    void messageReceived(const QString &peer, qint64 bytes);
    /// One line of the dialogue, "C: …" or "S: …", for debugging (AUTH data masked). Client text:
    /// show it as plain text only.
    void logLine(const QString &peer, const QString &line);

private:
    friend class PracticeClient;
    class Listener;

    void accept(qintptr descriptor);
    void refuse(QSslSocket *socket);
    void clientFinished(PracticeClient *client);
    /// Greylisting (RFC 6647): whether this triplet may pass now; remembers its first attempt.
    bool greylistPasses(const QString &triplet, int retryAfterMs);
    int scaled(int ms) const;
    const QSslConfiguration *tlsConfiguration() const { return m_tlsReady ? &m_tls : nullptr; }

    Listener *m_listener;
    Scenario m_scenario;
    QList<PracticeClient *> m_clients;
    QHash<QString, qint64> m_greylist; ///< triplet -> first attempt (ms on m_clock)
    QElapsedTimer m_clock;
    QSslConfiguration m_tls;
    QString m_errorString;
    double m_delayScale = 1.0;
    int m_idleTimeoutMs = kDefaultIdleTimeoutMs;
    int m_maxClients = kDefaultMaxClients;
    int m_refusing = 0; ///< refused sockets still saying goodbye
    bool m_tlsReady = false;
};

#pragma once

#include "core/practice/PracticeAuth.h"
#include "core/practice/Scenario.h"

#include <QByteArray>
#include <QLoggingCategory>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

class PracticeServer;
class QSslSocket;

Q_DECLARE_LOGGING_CATEGORY(lcPractice)

/// One connection to the PracticeServer: the server side of an SMTP session (RFC 5321), played as
/// its scenario says. Commands are answered one by one in the order they arrive (so pipelining,
/// RFC 2920, just works). Input is read only as far as a small buffer has room, and not at all while
/// a reply is being held back (a scenario delay, a TLS handshake, a client that does not read what
/// it is sent): a flooding client meets TCP back-pressure, never growing memory. Internal to
/// PracticeServer.
class PracticeClient final : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype kInputCapacity = 4096 + 2;  ///< PracticeServer::kMaxLineLength and CR LF
    static constexpr qint64 kReadBufferSize = 16 * 1024;   ///< the socket's own buffer, per layer
    static constexpr qint64 kMaxPendingOutput = 64 * 1024; ///< unsent replies before input is paused

    PracticeClient(PracticeServer *server, QSslSocket *socket, const Scenario &scenario);
    ~PracticeClient() override;

    /// Sends the greeting (after the scenario's delay) and starts serving.
    void start();
    /// Ends at once without a word (the server is closing); finished() is not emitted.
    void drop();
    const QString &peer() const { return m_peer; }
    /// Bytes held for this client now.
    qsizetype bufferedBytes() const;

Q_SIGNALS:
    /// The connection has ended; the server deletes this object later.
    void finished();

private:
    enum class Phase
    {
        Greeting, ///< before the greeting went out
        Command,  ///< reading commands
        Refused,  ///< the greeting refused: only QUIT is taken (RFC 5321 §3.1)
        Auth,     ///< waiting for the client's answer to a "334" challenge
        Data,     ///< reading the message up to its final "."
        Closing,
    };
    enum class Take
    {
        Line,
        TooLong,
        More
    };
    /// Called after a reply went out and the connection stays open; `accepted` when it was positive.
    using Then = std::function<void(bool accepted)>;

    void process();
    bool fill();
    Take takeLine(QByteArray *line);
    bool readMessage();
    void countMessage(qint64 bytes);
    void handleLine(const QByteArray &line);

    void handleHello(const QByteArray &verb, const QString &argument);
    void handleStartTls(const QString &argument);
    void handleAuth(const QString &argument);
    void authStep(const PracticeAuth::Step &step);
    void handleMail(const QByteArray &argument);
    void handleRcpt(const QByteArray &argument);
    void handleData(const QString &argument);
    void endOfData();
    void verdict(bool credentialsValid);

    /// Answers `event` with the scenario's rule for it, or with `usual` when there is none.
    void respond(Scenario::Event event, const Scenario::Reply &usual, Then then = {});
    void run(const Scenario::Action &action, Then then = {});
    void conclude(const Scenario::Action &action, const Then &then);
    void send(const Scenario::Reply &reply);
    void protocolError(int code, const char *enhanced, const char *text);
    void startTls();
    void resetTransaction();
    void closeConnection();
    void finish();
    void log(const QString &line);
    qint64 pendingOutput() const;

    PracticeServer *m_server;
    QSslSocket *m_socket;
    Scenario m_scenario; ///< a copy: a scenario changed meanwhile applies to new connections only
    QString m_peer;
    QString m_clientAddress;
    QTimer m_idle;
    QTimer m_closeGrace;
    QByteArray m_input;
    qsizetype m_pos = 0; ///< start of the unread part of m_input
    Phase m_phase = Phase::Greeting;

    QString m_helo;
    QString m_sender;
    QString m_address; ///< the address of the MAIL or RCPT being answered, for {address}
    QString m_queueId;
    PracticeAuth m_auth;
    qint64 m_messageBytes = 0;
    int m_recipients = 0; ///< accepted in this transaction
    int m_rcptCommands = 0;
    int m_errors = 0;
    bool m_busy = false; ///< a delayed reply or a handshake is under way: read nothing
    bool m_processing = false;
    bool m_discarding = false; ///< skipping the rest of an over-long line
    bool m_lineStart = true;   ///< in a message: the next byte starts a line (after CR LF)
    bool m_messageRuleFired = false;
    bool m_helloDone = false;
    bool m_tls = false;
    bool m_authenticated = false;
    bool m_maskNextLine = false; ///< the line after a refused AUTH is not logged (it may be a credential)
    bool m_mailGiven = false;
    bool m_finished = false;
};

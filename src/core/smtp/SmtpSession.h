#pragma once

#include "core/smtp/SessionOutcome.h"
#include "core/smtp/SessionSettings.h"
#include "core/smtp/SmtpCapabilities.h"
#include "core/smtp/SmtpCommand.h"
#include "core/smtp/SmtpReplyParser.h"
#include "core/transcript/TranscriptEntry.h"

#include <QObject>
#include <QQueue>

#include <memory>
#include <optional>

class MessageSource;
class QIODevice;
class SaslAuthenticator;
class Transcript;

/// The SMTP protocol, without any I/O (Konsole's Emulation idea): the connection feeds it what
/// happened on the network; it answers with bytes to write and requests (start TLS, close). It
/// knows the stage, the server's capabilities, what is legal next and the suggested next command.
/// Step mode and run mode are the same engine: run mode just keeps taking the suggested step.
class SmtpSession final : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Idle,           ///< not started
        Connecting,     ///< TCP connect (and implicit TLS handshake) in progress
        AwaitingReply,  ///< a command (or the connection itself) waits for its reply
        Ready,          ///< connected, nothing outstanding: the next command is the caller's choice
        TlsHandshake,   ///< STARTTLS accepted, handshake in progress
        SendingMessage, ///< the message is being streamed after 354
        Closing,        ///< QUIT sent or the session is over; waiting for the connection to close
        Finished,
    };
    Q_ENUM(State)

    SmtpSession(SessionSettings settings, Transcript *transcript, QObject *parent = nullptr);
    ~SmtpSession() override;

    /// Opens the message (file or composed) and checks the settings before any connection;
    /// returns an explained error, or an empty string when the session can start.
    QString prepare();

    // What the connection reports.
    void connecting(const QString &target);
    void connected(const QString &peer);
    void receive(QByteArrayView bytes);
    void tlsEstablished(const QString &summary, const QStringList &details = {});
    void tlsFailed(const QString &reason);
    /// Plaintext bytes the connection found in its buffer when the TLS handshake started.
    void plaintextDiscarded(qsizetype bytes);
    /// The user chose to go on past these certificate errors: recorded as a warning.
    void tlsErrorsAccepted(const QStringList &errors);
    void disconnected();
    void networkFailed(SessionOutcome::NetworkFailure failure, const QString &detail);
    void timedOut();
    void cancel();

    // What the user (or run mode) does.
    State state() const { return m_state; }
    bool canSend() const;
    SmtpCommand suggestedCommand() const;
    QList<SmtpCommand> availableCommands() const;
    void send(const SmtpCommand &command);
    void sendRaw(const QString &line);
    void step();
    void setRunMode(bool run);
    bool runMode() const { return m_runMode; }

    // The message after 354, pulled by the connection so that memory stays flat.
    bool hasMessageData() const { return m_state == State::SendingMessage; }
    QByteArray nextMessageChunk();

    SessionStage stage() const { return m_stage; }
    const SmtpCapabilities &capabilities() const { return m_capabilities; }
    bool isTlsActive() const { return m_tlsActive; }
    const SessionOutcome &outcome() const { return m_outcome; }
    const SessionSettings &settings() const { return m_settings; }
    /// Time allowed for the reply now awaited.
    int replyTimeoutMs() const;

Q_SIGNALS:
    void writeRequested(const QByteArray &bytes);
    void messageDataReady();
    void startTlsRequested();
    void closeRequested();
    void replyReceived(const SmtpReply &reply, SessionStage stage);
    void stateChanged(SmtpSession::State state);
    void waitingForReply(int timeoutMs);
    void replyWaitEnded();
    void finished(const SessionOutcome &outcome);

private:
    struct Expected
    {
        SmtpCommand::Kind kind;
        SessionStage stage;
        QString argument; ///< the recipient, for RCPT
    };

    void setState(State state);
    void handleReply(const SmtpReply &reply);
    void handleGreeting(const SmtpReply &reply);
    void handleEhlo(const SmtpReply &reply, bool helo);
    void handleStartTls(const SmtpReply &reply);
    void handleAuth(const SmtpReply &reply);
    void handleRcpt(const SmtpReply &reply, const QString &recipient);
    void handleData(const SmtpReply &reply);
    void handleEndOfData(const SmtpReply &reply);
    void stop(SessionOutcome::Kind kind, SessionStage stage, const SmtpReply &reply = {}, const QString &detail = {});
    void rejectedBy(const SmtpReply &reply, SessionStage stage);
    void stageCompleted(SessionStage stage);
    void note(const QString &text, TranscriptEntry::Severity severity = TranscriptEntry::Severity::Info);
    void write(const SmtpCommand &command);
    void startMessage();
    void finish();
    void afterInput();
    QByteArray mailFromLine() const;
    bool transactionPlanned() const { return !m_settings.recipients.isEmpty(); }
    bool wantsTls() const;

    SessionSettings m_settings;
    Transcript *m_transcript;
    SmtpReplyParser m_parser;
    SmtpCapabilities m_capabilities;
    QQueue<Expected> m_expected;
    SessionOutcome m_outcome;
    std::unique_ptr<MessageSource> m_message;
    std::unique_ptr<SaslAuthenticator> m_sasl;
    State m_state = State::Idle;
    SessionStage m_stage = SessionStage::None;
    SessionStage m_lastCompleted = SessionStage::None;
    qint64 m_messageSize = 0;
    qint64 m_discardedBeforeTls = 0;
    qint64 m_messageBytesSent = 0;
    int m_messageLinesShown = 0;
    QByteArray m_messageLineBuffer;
    int m_rcptIndex = 0;
    int m_rcptAnswered = 0;
    bool m_runMode = false;
    bool m_connected = false;
    bool m_greeted = false;
    bool m_ehloDone = false;
    bool m_ehloRefused = false;
    bool m_tlsActive = false;
    bool m_tlsAttempted = false;
    bool m_authDone = false;
    bool m_mailDone = false;
    bool m_dataAccepted = false;
    bool m_messageSent = false;
    bool m_planComplete = false; ///< quit-after reached, or nothing left to do
    bool m_quitSent = false;
    bool m_anyRecipientDeferred = false;
    bool m_needsEightBit = false;
    bool m_needsSmtpUtf8 = false;
};

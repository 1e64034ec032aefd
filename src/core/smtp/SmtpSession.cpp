#include "core/smtp/SmtpSession.h"

#include "core/Logging.h"
#include "core/smtp/MessageSource.h"
#include "core/smtp/SaslAuthenticator.h"
#include "core/transcript/Transcript.h"

#include <QBuffer>
#include <QFile>

namespace {

constexpr qsizetype kMessageChunk = 64 * 1024;
constexpr int kMessageLinesShown = 20; ///< the head of the message shown in the transcript

constexpr auto Warning = TranscriptEntry::Severity::Warning;
constexpr auto Error = TranscriptEntry::Severity::Error;

bool isAscii(const QString &text)
{
    for (const QChar ch : text) {
        if (ch.unicode() > 0x7F)
            return false;
    }
    return true;
}

} // namespace

SmtpSession::SmtpSession(SessionSettings settings, Transcript *transcript, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_transcript(transcript)
{}

SmtpSession::~SmtpSession() = default;

QString SmtpSession::prepare()
{
    if (m_settings.host.isEmpty())
        return tr("No server given.");
    if (m_settings.authMechanism) {
        const SaslAuthenticator check(*m_settings.authMechanism, m_settings.authUser, m_settings.authSecret);
        if (const QString problem = check.credentialsProblem(); !problem.isEmpty())
            return problem;
    }
    if (!transactionPlanned())
        return {};

    QString error;
    std::unique_ptr<QIODevice> device;
    if (!m_settings.messageFile.isEmpty()) {
        if (m_settings.messageFile == QLatin1String("-")) {
            QFile in;
            if (!in.open(stdin, QIODevice::ReadOnly))
                return tr("Cannot read the message from standard input.");
            // Standard input cannot be read twice (once to measure, once to send): spool it.
            device = MessageSource::spoolToTemporaryFile(in, &error);
        } else {
            auto file = std::make_unique<QFile>(m_settings.messageFile);
            if (!file->open(QIODevice::ReadOnly))
                return tr("Cannot read the message file %1: %2").arg(m_settings.messageFile, file->errorString());
            device = std::move(file);
        }
        if (!device)
            return error;
    } else {
        MessageSource::Composition composition;
        // The null sender has no From of its own; the header still needs one (RFC 5322 §3.6.2).
        composition.from = m_settings.mailFrom.isEmpty()
                               ? QStringLiteral("SMTP Doctor <postmaster@%1>").arg(m_settings.effectiveEhloName())
                               : m_settings.mailFrom;
        composition.to = m_settings.recipients;
        // The default message is plain ASCII whatever the UI language, so it needs no 8BITMIME.
        composition.subject =
            m_settings.subject.isEmpty() ? QStringLiteral("SMTP Doctor test message") : m_settings.subject;
        composition.body = m_settings.body.isEmpty()
                               ? QStringLiteral("This is a test message sent by SMTP Doctor to check mail delivery.\n")
                               : m_settings.body;
        composition.extraHeaders = m_settings.extraHeaders;
        composition.date = QDateTime::currentDateTime();
        const auto composed = MessageSource::compose(composition, &error);
        if (!composed)
            return error;
        auto buffer = std::make_unique<QBuffer>();
        buffer->setData(*composed);
        buffer->open(QIODevice::ReadOnly);
        device = std::move(buffer);
    }

    m_message = std::make_unique<MessageSource>(std::move(device));
    const auto facts = m_message->scan(&error);
    if (!facts)
        return error;
    m_messageSize = facts->size;
    m_needsEightBit = facts->eightBit;
    m_needsSmtpUtf8 = facts->nonAsciiHeaders || !isAscii(m_settings.mailFrom);
    for (const QString &recipient : std::as_const(m_settings.recipients))
        m_needsSmtpUtf8 = m_needsSmtpUtf8 || !isAscii(recipient);
    if (facts->bareLf > 0 || facts->bareCr > 0) {
        note(tr("The message holds %1 bare LF and %2 bare CR line endings; they are sent as CR LF, as RFC 5321 "
                "§2.3.8 requires.")
                 .arg(facts->bareLf)
                 .arg(facts->bareCr),
             Warning);
    }
    if (facts->longLines > 0) {
        note(tr("%n line(s) of the message are longer than 998 bytes, the limit of RFC 5321 §4.5.3.1.6; "
                "servers may reject or break them.",
                nullptr, int(qMin<qint64>(facts->longLines, INT_MAX))),
             Warning);
    }
    return {};
}

// --- network events ----------------------------------------------------------------------------

void SmtpSession::connecting(const QString &target)
{
    m_stage = SessionStage::Connect;
    setState(State::Connecting);
    note(tr("Connecting to %1 …").arg(target));
}

void SmtpSession::connected(const QString &peer)
{
    m_connected = true;
    m_stage = SessionStage::Greeting;
    note(tr("Connected to %1.").arg(peer));
    // RFC 5321 §3.1: the server speaks first; the greeting's latency counts from the connection.
    m_transcript->expectReply();
    m_expected.enqueue({SmtpCommand::Kind::None, SessionStage::Greeting, {}});
    stageCompleted(SessionStage::Connect); // --quit-after connect: QUIT right after the greeting
    setState(State::AwaitingReply);
    Q_EMIT waitingForReply(m_settings.greetingTimeoutMs);
    afterInput();
}

void SmtpSession::receive(QByteArrayView bytes)
{
    if (m_state == State::Finished)
        return;
    const QList<SmtpReply> replies = m_parser.feed(bytes);
    // RFC 3207 §4.2: whatever else came with the 220 to STARTTLS must not be used. The connection
    // starts the handshake (and calls plaintextDiscarded()) from inside handleReply(), so the bytes
    // after each reply are counted before it is handled.
    qint64 after = 0;
    for (const SmtpReply &reply : replies)
        after += reply.raw().size() + reply.discardedBytes();
    for (qsizetype i = 0; i < replies.size(); ++i) {
        after -= replies.at(i).raw().size() + replies.at(i).discardedBytes();
        m_discardedBeforeTls = after;
        handleReply(replies.at(i));
        if (m_state == State::TlsHandshake)
            break; // the rest is discarded, never read
        m_discardedBeforeTls = 0;
        if (m_state == State::Finished)
            break;
    }
    afterInput();
}

void SmtpSession::tlsEstablished(const QString &summary, const QStringList &details)
{
    m_tlsActive = true;
    m_transcript->setInsideTls(true);
    note(summary);
    for (const QString &line : details)
        note(line);
    if (m_state == State::TlsHandshake) {
        // RFC 3207 §4.2: forget everything learnt before TLS and greet again.
        m_expected.clear();
        m_capabilities = SmtpCapabilities();
        m_ehloDone = false;
        m_ehloRefused = false;
        m_stage = SessionStage::Ehlo;
        setState(State::Ready);
        stageCompleted(SessionStage::StartTls);
    }
    afterInput();
}

void SmtpSession::tlsFailed(const QString &reason)
{
    stop(SessionOutcome::Kind::TlsFailed,
         m_state == State::TlsHandshake ? SessionStage::StartTls : SessionStage::Connect, {}, reason);
    finish();
}

void SmtpSession::plaintextDiscarded(qsizetype bytes)
{
    const qint64 total = bytes + m_parser.discardPending() + m_discardedBeforeTls;
    m_discardedBeforeTls = 0;
    if (total > 0) {
        note(tr("Discarded %n byte(s) the server sent after its 220 reply to STARTTLS and before the TLS "
                "handshake. A correct server sends nothing there; such bytes could be an injection attack "
                "(RFC 3207 §4.2).",
                nullptr, int(qMin<qint64>(total, INT_MAX))),
             Warning);
    }
}

void SmtpSession::tlsErrorsAccepted(const QStringList &errors)
{
    note(tr("Certificate errors ACCEPTED because verification was turned off: %1")
             .arg(errors.join(QStringLiteral("; "))),
         Warning);
}

void SmtpSession::disconnected()
{
    if (m_state == State::Finished)
        return;
    if (const auto rest = m_parser.finish()) {
        note(tr("The connection closed in the middle of a reply."), Error);
        handleReply(*rest);
    }
    m_connected = false;
    if (!m_outcome.isFinished()) {
        if (m_quitSent || (m_expected.isEmpty() && m_planComplete)) {
            stop(SessionOutcome::Kind::Completed, m_lastCompleted);
        } else {
            const SessionStage stage = m_state == State::SendingMessage ? SessionStage::EndOfData : m_stage;
            stop(SessionOutcome::Kind::UnexpectedDisconnect, stage);
        }
    }
    note(tr("Connection closed."));
    finish();
}

void SmtpSession::networkFailed(SessionOutcome::NetworkFailure failure, const QString &detail)
{
    if (m_state == State::Finished)
        return;
    if (!m_connected) {
        m_outcome.network = failure;
        stop(SessionOutcome::Kind::ConnectionFailed, SessionStage::Connect, {}, detail);
    } else if (!m_outcome.isFinished()) {
        m_outcome.network = failure;
        stop(SessionOutcome::Kind::UnexpectedDisconnect, m_stage, {}, detail);
    }
    finish();
}

void SmtpSession::timedOut()
{
    if (m_state == State::Finished)
        return;
    if (!m_connected) {
        m_outcome.network = SessionOutcome::NetworkFailure::ConnectTimeout;
        stop(SessionOutcome::Kind::ConnectionFailed, SessionStage::Connect, {},
             tr("no connection within %1 s").arg(m_settings.connectTimeoutMs / 1000.0));
        finish();
        return;
    }
    const SessionStage stage = m_expected.isEmpty() ? m_stage : m_expected.head().stage;
    note(tr("No reply within %1 s.").arg(replyTimeoutMs() / 1000.0), Error);
    if (!m_outcome.isFinished())
        stop(SessionOutcome::Kind::Timeout, stage);
    setState(State::Closing);
    Q_EMIT closeRequested();
}

void SmtpSession::cancel()
{
    if (m_state == State::Finished || m_state == State::Idle)
        return;
    if (!m_outcome.isFinished())
        stop(SessionOutcome::Kind::Cancelled, m_stage);
    setState(State::Closing);
    Q_EMIT closeRequested();
}

// --- replies -----------------------------------------------------------------------------------

void SmtpSession::handleReply(const SmtpReply &reply)
{
    // A malformed item without a code answers nothing; it is recorded, and we keep waiting. Nor does a
    // reply cut off by the end of the stream: without its last line it is no reply (RFC 5321 §4.2), and a
    // cut "250-" after the final "." must not count as delivered.
    if (reply.code() == 0 || reply.problem() == SmtpReply::Problem::Incomplete) {
        m_transcript->addReply(reply, m_expected.isEmpty() ? m_stage : m_expected.head().stage);
        Q_EMIT replyReceived(reply, m_stage);
        return;
    }
    if (m_expected.isEmpty() && m_state == State::SendingMessage && !reply.isPositive()) {
        // A verdict while we are still sending (a server that answers 354 and rejects at once):
        // stop sending; closing the connection is the only way to abandon DATA (RFC 5321 §4.1.1.4).
        m_transcript->addReply(reply, SessionStage::EndOfData);
        Q_EMIT replyReceived(reply, SessionStage::EndOfData);
        note(tr("The server answered before the message was complete; the rest is not sent."), Warning);
        rejectedBy(reply, SessionStage::EndOfData);
        setState(State::Closing);
        Q_EMIT closeRequested();
        return;
    }
    if (m_expected.isEmpty()) {
        m_transcript->addReply(reply, m_stage);
        note(tr("This reply answers no command: the server sent it unasked."), Warning);
        Q_EMIT replyReceived(reply, m_stage);
        if (reply.code() == 421 && !m_outcome.isFinished())
            rejectedBy(reply, m_stage);
        return;
    }
    const Expected expected = m_expected.dequeue();
    m_stage = expected.stage;
    m_transcript->addReply(reply, expected.stage);
    Q_EMIT replyReceived(reply, expected.stage);
    if (m_expected.isEmpty())
        Q_EMIT replyWaitEnded();
    else
        Q_EMIT waitingForReply(replyTimeoutMs());
    if (m_state == State::AwaitingReply && m_expected.isEmpty())
        setState(State::Ready);

    // RFC 5321 §3.8: 421 can answer any command; the server is closing the connection.
    if (reply.code() == 421 && expected.kind != SmtpCommand::Kind::Quit) {
        if (!m_outcome.isFinished())
            rejectedBy(reply, expected.stage);
        return;
    }

    switch (expected.kind) {
    case SmtpCommand::Kind::None:
        handleGreeting(reply);
        break;
    case SmtpCommand::Kind::Ehlo:
        handleEhlo(reply, false);
        break;
    case SmtpCommand::Kind::Helo:
        handleEhlo(reply, true);
        break;
    case SmtpCommand::Kind::StartTls:
        handleStartTls(reply);
        break;
    case SmtpCommand::Kind::Auth:
    case SmtpCommand::Kind::AuthResponse:
        handleAuth(reply);
        break;
    case SmtpCommand::Kind::Mail:
        if (reply.isPositive()) {
            m_mailDone = true;
            stageCompleted(SessionStage::Mail);
        } else if (!m_outcome.isFinished()) {
            rejectedBy(reply, SessionStage::Mail);
        }
        break;
    case SmtpCommand::Kind::Rcpt:
        handleRcpt(reply, expected.argument);
        break;
    case SmtpCommand::Kind::Data:
        handleData(reply);
        break;
    case SmtpCommand::Kind::Message:
    case SmtpCommand::Kind::Bdat:
        handleEndOfData(reply);
        break;
    case SmtpCommand::Kind::Rset:
        if (reply.isPositive()) {
            // RFC 5321 §4.1.1.5: RSET aborts the transaction; the envelope starts over.
            m_mailDone = m_dataAccepted = m_messageSent = false;
            m_rcptIndex = m_rcptAnswered = 0;
            m_anyRecipientDeferred = false;
            m_outcome.acceptedRecipients = m_outcome.rejectedRecipients = 0;
        }
        break;
    case SmtpCommand::Kind::Quit:
        // RFC 5321 §4.1.1.10: after 221 the server closes; we close too.
        setState(State::Closing);
        Q_EMIT closeRequested();
        break;
    case SmtpCommand::Kind::Noop:
    case SmtpCommand::Kind::Vrfy:
    case SmtpCommand::Kind::Expn:
    case SmtpCommand::Kind::Help:
    case SmtpCommand::Kind::Other:
        break;
    }
}

void SmtpSession::handleGreeting(const SmtpReply &reply)
{
    if (reply.code() == 220) {
        m_greeted = true;
        stageCompleted(SessionStage::Greeting);
        return;
    }
    if (reply.isPositive()) {
        // Not 220, but positive: note it and go on, as a lenient client would.
        note(tr("The greeting should be 220 (RFC 5321 §4.2); this server sent %1.").arg(reply.code()), Warning);
        m_greeted = true;
        stageCompleted(SessionStage::Greeting);
        return;
    }
    // 554 or 521 instead of 220: the server will not talk to us (RFC 5321 §3.1, RFC 7504).
    rejectedBy(reply, SessionStage::Greeting);
}

void SmtpSession::handleEhlo(const SmtpReply &reply, bool helo)
{
    if (!reply.isPositive()) {
        if (!helo && reply.isPermanentFailure()) {
            // RFC 5321 §3.2: a server that does not know EHLO answers 500/502; fall back to HELO.
            m_ehloRefused = true;
            note(tr("The server refused EHLO; falling back to HELO (no extensions: no STARTTLS, AUTH or SIZE)."),
                 Warning);
            return;
        }
        rejectedBy(reply, SessionStage::Ehlo);
        return;
    }
    m_ehloDone = true;
    m_capabilities = helo ? SmtpCapabilities() : SmtpCapabilities::fromEhloReply(reply);
    if (!m_tlsActive && wantsTls() && !m_capabilities.startTls()) {
        if (m_settings.security == SessionSettings::Security::StartTlsRequired) {
            stop(SessionOutcome::Kind::TlsFailed, SessionStage::StartTls, reply,
                 tr("the server does not offer STARTTLS, and TLS is required"));
            return;
        }
        m_tlsAttempted = true;
        note(tr("The server does not offer STARTTLS: the session continues WITHOUT encryption."), Warning);
    }
    stageCompleted(SessionStage::Ehlo);
}

void SmtpSession::handleStartTls(const SmtpReply &reply)
{
    m_tlsAttempted = true;
    if (reply.code() == 220) {
        setState(State::TlsHandshake);
        Q_EMIT startTlsRequested();
        return;
    }
    if (m_settings.security == SessionSettings::Security::StartTlsRequired) {
        stop(SessionOutcome::Kind::TlsFailed, SessionStage::StartTls, reply,
             tr("the server refused STARTTLS, and TLS is required"));
        return;
    }
    note(tr("STARTTLS was refused: the session continues WITHOUT encryption."), Warning);
}

void SmtpSession::handleAuth(const SmtpReply &reply)
{
    if (reply.code() == 334) {
        // RFC 4954 §4: a challenge; the response is a line of its own (masked in the transcript).
        if (!m_sasl) {
            m_stage = SessionStage::Auth;
            return; // a raw AUTH typed by the user: the user answers by hand
        }
        QString error;
        const QByteArray challenge = reply.lines().isEmpty() ? QByteArray() : reply.lines().constFirst().toUtf8();
        const auto response = m_sasl->respond(challenge, &error);
        if (!response) {
            note(error, Error);
            write(SmtpCommand::make(SmtpCommand::Kind::AuthResponse, SaslAuthenticator::cancelLine()));
            return;
        }
        write(SmtpCommand::make(SmtpCommand::Kind::AuthResponse, *response));
        return;
    }
    if (reply.code() == 235 || reply.isPositive()) {
        m_authDone = true;
        stageCompleted(SessionStage::Auth);
        return;
    }
    QString detail;
    if (m_sasl && !m_sasl->serverError().isEmpty())
        detail = m_sasl->serverError();
    stop(SessionOutcome::Kind::AuthFailed, SessionStage::Auth, reply, detail);
}

void SmtpSession::handleRcpt(const SmtpReply &reply, const QString &recipient)
{
    ++m_rcptAnswered;
    if (reply.isPositive()) {
        ++m_outcome.acceptedRecipients;
        note(tr("Recipient accepted: %1").arg(recipient));
    } else {
        ++m_outcome.rejectedRecipients;
        m_anyRecipientDeferred = m_anyRecipientDeferred || reply.isTransientFailure();
        note(tr("Recipient rejected: %1").arg(recipient), Warning);
    }
    if (m_rcptAnswered < m_settings.recipients.size() || m_outcome.isFinished())
        return;
    if (m_outcome.acceptedRecipients == 0 && !reply.isPositive()) {
        // No recipient accepted: no transaction to finish. If any refusal was temporary, a later
        // attempt may still succeed for that recipient, so the whole is temporary.
        stop(m_anyRecipientDeferred ? SessionOutcome::Kind::TemporaryRejection
                                    : SessionOutcome::Kind::PermanentRejection,
             SessionStage::Rcpt, reply);
        return;
    }
    stageCompleted(SessionStage::Rcpt);
}

void SmtpSession::handleData(const SmtpReply &reply)
{
    if (reply.code() == 354) {
        m_dataAccepted = true;
        stageCompleted(SessionStage::Data);
        return;
    }
    if (!m_outcome.isFinished())
        rejectedBy(reply, SessionStage::Data);
}

void SmtpSession::handleEndOfData(const SmtpReply &reply)
{
    if (reply.isPositive() && !m_outcome.isFinished()) {
        // RFC 5321 §4.2.5: from now on the server is responsible for the message.
        stop(SessionOutcome::Kind::Delivered, SessionStage::EndOfData, reply);
        return;
    }
    if (!m_outcome.isFinished())
        rejectedBy(reply, SessionStage::EndOfData);
}

void SmtpSession::rejectedBy(const SmtpReply &reply, SessionStage stage)
{
    stop(reply.isTransientFailure() ? SessionOutcome::Kind::TemporaryRejection
                                    : SessionOutcome::Kind::PermanentRejection,
         stage, reply);
}

void SmtpSession::stop(SessionOutcome::Kind kind, SessionStage stage, const SmtpReply &reply, const QString &detail)
{
    if (m_outcome.isFinished())
        return;
    m_outcome.kind = kind;
    m_outcome.stage = stage;
    m_outcome.reply = reply;
    m_outcome.detail = detail;
    m_planComplete = true;
    if (kind == SessionOutcome::Kind::Delivered)
        note(m_outcome.summary());
    else if (kind != SessionOutcome::Kind::Completed)
        note(m_outcome.summary(), kind == SessionOutcome::Kind::Cancelled ? Warning : Error);
    qCDebug(lcSmtp) << "stopped:" << m_outcome.key() << SessionStages::key(stage);
}

void SmtpSession::stageCompleted(SessionStage stage)
{
    m_lastCompleted = stage;
    if (m_settings.quitAfter != SessionStage::None && stage == m_settings.quitAfter)
        m_planComplete = true;
}

// --- sending -----------------------------------------------------------------------------------

bool SmtpSession::wantsTls() const
{
    return m_settings.security == SessionSettings::Security::StartTls ||
           m_settings.security == SessionSettings::Security::StartTlsRequired;
}

bool SmtpSession::canSend() const
{
    if (!m_connected || (m_state != State::Ready && m_state != State::AwaitingReply))
        return false;
    // RFC 2920 §3.1: DATA, STARTTLS and AUTH end a pipelined batch; nothing may follow them before
    // their reply (after STARTTLS or DATA it would land in the handshake or in the message).
    if (!m_expected.isEmpty()) {
        switch (m_expected.last().kind) {
        case SmtpCommand::Kind::Data:
        case SmtpCommand::Kind::StartTls:
        case SmtpCommand::Kind::Auth:
        case SmtpCommand::Kind::AuthResponse:
        case SmtpCommand::Kind::Message:
            return false;
        default:
            break;
        }
    }
    return true;
}

SmtpCommand SmtpSession::suggestedCommand() const
{
    using Kind = SmtpCommand::Kind;
    if (m_state != State::Ready || m_quitSent)
        return {};
    if (m_planComplete || !m_greeted)
        return SmtpCommand::make(Kind::Quit, "QUIT");
    const QByteArray name = m_settings.effectiveEhloName().toUtf8();
    if (!m_ehloDone)
        return m_ehloRefused ? SmtpCommand::make(Kind::Helo, "HELO " + name)
                             : SmtpCommand::make(Kind::Ehlo, "EHLO " + name);
    if (wantsTls() && !m_tlsActive && !m_tlsAttempted && m_capabilities.startTls())
        return SmtpCommand::make(Kind::StartTls, "STARTTLS");
    if (m_settings.authMechanism && !m_authDone) {
        // Only the mechanism: the initial response (the credentials) is made when it is sent, so
        // that no suggestion shown or edited anywhere carries a secret.
        return SmtpCommand::make(Kind::Auth,
                                 "AUTH " + SaslAuthenticator::mechanismName(*m_settings.authMechanism).toLatin1());
    }
    if (!transactionPlanned())
        return SmtpCommand::make(Kind::Quit, "QUIT");
    if (!m_mailDone)
        return SmtpCommand::make(Kind::Mail, mailFromLine());
    if (m_rcptIndex < m_settings.recipients.size())
        return SmtpCommand::make(Kind::Rcpt, "RCPT TO:<" + m_settings.recipients.at(m_rcptIndex).toUtf8() + '>');
    if (m_rcptAnswered < m_settings.recipients.size())
        return {}; // RCPT replies still outstanding
    if (!m_dataAccepted)
        return SmtpCommand::make(Kind::Data, "DATA");
    if (!m_messageSent)
        return SmtpCommand::make(Kind::Message);
    return SmtpCommand::make(Kind::Quit, "QUIT");
}

QList<SmtpCommand> SmtpSession::availableCommands() const
{
    using Kind = SmtpCommand::Kind;
    QList<SmtpCommand> commands;
    if (!canSend())
        return commands;
    const SmtpCommand suggested = suggestedCommand();
    if (suggested.isValid())
        commands.append(suggested);
    const auto add = [&](Kind kind, const QByteArray &line) {
        if (suggested.kind != kind)
            commands.append(SmtpCommand::make(kind, line));
    };
    const QByteArray name = m_settings.effectiveEhloName().toUtf8();
    add(Kind::Ehlo, "EHLO " + name);
    add(Kind::Helo, "HELO " + name);
    if (!m_tlsActive)
        add(Kind::StartTls, "STARTTLS");
    add(Kind::Rset, "RSET");
    add(Kind::Noop, "NOOP");
    if (!m_settings.recipients.isEmpty())
        add(Kind::Vrfy, "VRFY " + m_settings.recipients.constFirst().toUtf8());
    add(Kind::Help, "HELP");
    add(Kind::Quit, "QUIT");
    return commands;
}

QByteArray SmtpSession::mailFromLine() const
{
    QByteArray line = "MAIL FROM:<" + m_settings.mailFrom.toUtf8() + '>';
    // RFC 1870: declare the size when the server takes SIZE; RFC 6152 / 6531: say what the body needs.
    if (m_capabilities.sizeLimit())
        line += " SIZE=" + QByteArray::number(m_messageSize);
    if (m_needsEightBit && m_capabilities.eightBitMime())
        line += " BODY=8BITMIME";
    if (m_needsSmtpUtf8 && m_capabilities.smtpUtf8())
        line += " SMTPUTF8";
    return line;
}

void SmtpSession::send(const SmtpCommand &command)
{
    if (!command.isValid() || !canSend())
        return;
    using Kind = SmtpCommand::Kind;
    switch (command.kind) {
    case Kind::Message:
        if (!m_dataAccepted || m_messageSent || !m_message)
            return;
        startMessage();
        return;
    case Kind::Auth:
        if (!m_tlsActive && !m_settings.allowAuthWithoutTls) {
            // Security by default: credentials never cross an unencrypted connection unasked.
            stop(SessionOutcome::Kind::AuthFailed, SessionStage::Auth, {},
                 tr("the connection is not encrypted, and sending credentials in clear text was not allowed"));
            afterInput(); // run mode says goodbye
            return;
        }
        if (m_settings.authMechanism &&
            command.line.trimmed().compare(suggestedCommand().line, Qt::CaseInsensitive) == 0) {
            m_sasl = std::make_unique<SaslAuthenticator>(*m_settings.authMechanism, m_settings.authUser,
                                                         m_settings.authSecret);
            const QStringList offered = m_capabilities.authMechanisms();
            const QString name = SaslAuthenticator::mechanismName(*m_settings.authMechanism);
            if (offered.isEmpty()) {
                // Credentials go only to a server that asks for them: an MX host, or a server reached
                // by mistake, must not receive the user's password.
                m_sasl.reset();
                stop(SessionOutcome::Kind::AuthFailed, SessionStage::Auth, {},
                     tr("the server does not offer AUTH (its EHLO reply lists no AUTH), so the credentials were "
                        "not sent; submission servers usually offer it on port 587 after STARTTLS"));
                afterInput();
                return;
            }
            if (!offered.contains(name, Qt::CaseInsensitive)) {
                note(tr("The server does not offer AUTH %1 (it offers: %2); trying anyway.")
                         .arg(name, offered.isEmpty() ? tr("nothing") : offered.join(u' ')),
                     Warning);
            }
            write(SmtpCommand::make(Kind::Auth, m_sasl->command()));
            return;
        }
        break;
    case Kind::Mail:
        if (const auto limit = m_capabilities.sizeLimit(); limit && *limit > 0 && m_messageSize > *limit) {
            note(tr("The message (%1 bytes) is larger than the server's SIZE limit (%2 bytes).")
                     .arg(m_messageSize)
                     .arg(*limit),
                 Warning);
        }
        if (m_needsEightBit && !m_capabilities.eightBitMime())
            note(tr("The message has 8-bit content, but the server does not offer 8BITMIME."), Warning);
        if (m_needsSmtpUtf8 && !m_capabilities.smtpUtf8())
            note(tr("The message or an address needs SMTPUTF8, but the server does not offer it."), Warning);
        break;
    case Kind::Quit:
        m_quitSent = true;
        break;
    default:
        break;
    }
    write(command);
}

void SmtpSession::sendRaw(const QString &line)
{
    const QByteArray bytes = line.toUtf8();
    if (bytes.contains('\n') || bytes.contains('\r')) {
        note(tr("A command is one line; line breaks were removed."), Warning);
    }
    QByteArray clean = bytes;
    clean.replace('\r', "").replace('\n', " ");
    const SmtpCommand command = SmtpCommand::fromLine(clean);
    if (!canSend())
        return;
    if (command.kind == SmtpCommand::Kind::Quit)
        m_quitSent = true;
    write(command);
}

void SmtpSession::step()
{
    send(suggestedCommand());
}

void SmtpSession::setRunMode(bool run)
{
    m_runMode = run;
    afterInput();
}

void SmtpSession::write(const SmtpCommand &command)
{
    using Kind = SmtpCommand::Kind;
    const Transcript::Sensitivity sensitivity =
        command.secret ? Transcript::Sensitivity::Secret : Transcript::Sensitivity::Normal;
    m_transcript->addClientLine(command.line, command.stage(), sensitivity);
    m_stage = command.stage();
    Expected expected{command.kind, command.stage(), {}};
    if (command.kind == Kind::Rcpt) {
        const qsizetype open = command.line.indexOf('<');
        const qsizetype close = command.line.indexOf('>', open);
        expected.argument = QString::fromUtf8(open >= 0 && close > open ? command.line.mid(open + 1, close - open - 1)
                                                                        : command.line.mid(8));
        // The planned recipient, whether sent as the suggestion or pipelined (RFC 2920) while replies
        // are outstanding, when suggestedCommand() is empty.
        const bool planned = m_rcptIndex < m_settings.recipients.size() &&
                             command.line == "RCPT TO:<" + m_settings.recipients.at(m_rcptIndex).toUtf8() + '>';
        if (planned)
            ++m_rcptIndex;
    }
    m_expected.enqueue(expected);
    setState(State::AwaitingReply);
    Q_EMIT writeRequested(command.line + "\r\n");
    Q_EMIT waitingForReply(replyTimeoutMs());
}

void SmtpSession::startMessage()
{
    m_messageBytesSent = 0;
    m_messageLinesShown = 0;
    m_messageLineBuffer.clear();
    m_stage = SessionStage::EndOfData;
    note(tr("Sending the message (%1 bytes) …").arg(m_messageSize));
    setState(State::SendingMessage);
    Q_EMIT messageDataReady();
}

QByteArray SmtpSession::nextMessageChunk()
{
    if (m_state != State::SendingMessage || !m_message)
        return {};
    const QByteArray chunk = m_message->nextChunk(kMessageChunk);
    m_messageBytesSent += chunk.size();
    if (m_message->hasError()) {
        // The terminator is withheld, so a cut message is never delivered; closing the connection
        // is the only way to abandon DATA (RFC 5321 §4.1.1.4).
        stop(SessionOutcome::Kind::Cancelled, SessionStage::EndOfData, {},
             tr("reading the message failed: %1").arg(m_message->errorString()));
        setState(State::Closing);
        Q_EMIT closeRequested();
        return chunk;
    }

    // Show the head of the message (its header, usually) in the transcript, line by line.
    if (m_messageLinesShown < kMessageLinesShown) {
        m_messageLineBuffer += chunk.left(16 * 1024);
        qsizetype start = 0;
        for (qsizetype lf = m_messageLineBuffer.indexOf('\n'); lf >= 0 && m_messageLinesShown < kMessageLinesShown;
             lf = m_messageLineBuffer.indexOf('\n', start)) {
            const QByteArray line = m_messageLineBuffer.mid(start, lf + 1 - start);
            start = lf + 1;
            if (line == ".\r\n" && m_message->atEnd())
                break;
            m_transcript->addClientLine(line, SessionStage::EndOfData, Transcript::Sensitivity::Normal,
                                        Transcript::Expectation::NoReply);
            ++m_messageLinesShown;
        }
        m_messageLineBuffer.remove(0, start);
        if (m_messageLinesShown >= kMessageLinesShown || m_messageLineBuffer.size() > 8 * 1024)
            m_messageLineBuffer.clear();
    }

    if (m_message->atEnd()) {
        m_messageSent = true;
        if (m_messageLinesShown >= kMessageLinesShown)
            note(tr("… the rest of the message is not shown (%1 bytes sent in all).").arg(m_messageBytesSent));
        // RFC 5321 §4.1.1.4: the final "." line; its reply is the delivery verdict.
        m_transcript->addClientLine(".", SessionStage::EndOfData, Transcript::Sensitivity::Normal);
        m_expected.enqueue({SmtpCommand::Kind::Message, SessionStage::EndOfData, {}});
        setState(State::AwaitingReply);
        Q_EMIT waitingForReply(m_settings.dataTimeoutMs);
    }
    return chunk;
}

int SmtpSession::replyTimeoutMs() const
{
    if (m_expected.isEmpty())
        return m_settings.commandTimeoutMs;
    switch (m_expected.head().kind) {
    case SmtpCommand::Kind::None:
        return m_settings.greetingTimeoutMs;
    case SmtpCommand::Kind::Message:
        return m_settings.dataTimeoutMs;
    default:
        return m_settings.commandTimeoutMs;
    }
}

// --- bookkeeping -------------------------------------------------------------------------------

void SmtpSession::afterInput()
{
    if (!m_runMode || m_state != State::Ready)
        return;
    const SmtpCommand next = suggestedCommand();
    if (next.isValid())
        send(next);
}

void SmtpSession::note(const QString &text, TranscriptEntry::Severity severity)
{
    m_transcript->addNote(text, m_stage, severity);
}

void SmtpSession::setState(State state)
{
    if (m_state == state)
        return;
    qCDebug(lcSmtp) << "state" << m_state << "->" << state;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void SmtpSession::finish()
{
    if (m_state == State::Finished)
        return;
    m_connected = false;
    m_expected.clear();
    setState(State::Finished);
    Q_EMIT replyWaitEnded();
    Q_EMIT finished(m_outcome);
}

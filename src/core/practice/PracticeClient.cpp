#include "core/practice/PracticeClient.h"

#include "core/practice/PracticeServer.h"

#include <QHostAddress>
#include <QRandomGenerator>
#include <QSslCipher>
#include <QSslSocket>

#include <optional>
#include <utility>

namespace {

constexpr int kCloseGraceMs = 5000; ///< a closing client that does not read its last reply is dropped then
constexpr qsizetype kMaxPath = 256; ///< RFC 5321 §4.5.3.1.3

using Event = Scenario::Event;
using Reply = Scenario::Reply;

Reply reply(int code, const char *enhanced, const char *text)
{
    return {code, QLatin1String(enhanced), {QString::fromUtf8(text)}};
}

/// The command line as text for the log: control characters shown as "?".
QString printable(QByteArrayView line)
{
    QString text = QString::fromUtf8(line.first(qMin<qsizetype>(line.size(), 512)));
    for (QChar &c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            c = u'?';
    }
    return line.size() > 512 ? text + QStringLiteral("…") : text;
}

struct Path
{
    QString address;
    QList<QByteArray> parameters;
};

/// "FROM:<a@b> SIZE=10" or "TO:<a@b>" (RFC 5321 §4.1.1.2–3); nullopt when it is not that shape.
std::optional<Path> parsePath(const QByteArray &argument, QByteArrayView prefix)
{
    if (!argument.toUpper().startsWith(prefix))
        return std::nullopt;
    const QByteArray rest = argument.mid(prefix.size()).trimmed(); // a space after the colon is common
    const qsizetype close = rest.indexOf('>');
    if (!rest.startsWith('<') || close < 0 || close - 1 > kMaxPath)
        return std::nullopt;
    const QByteArray address = rest.mid(1, close - 1);
    for (const char c : address) {
        if (uchar(c) <= 0x20 || c == 0x7F || c == '<')
            return std::nullopt;
    }
    const QByteArray parameters = rest.mid(close + 1).simplified();
    return Path{QString::fromUtf8(address), parameters.isEmpty() ? QList<QByteArray>() : parameters.split(' ')};
}

QString randomId()
{
    return QString::number(QRandomGenerator::global()->generate64() & 0xFFFFFFFFFFULL, 16).toUpper();
}

} // namespace

PracticeClient::PracticeClient(PracticeServer *server, QSslSocket *socket, const Scenario &scenario)
    : QObject(server)
    , m_server(server)
    , m_socket(socket)
    , m_scenario(scenario)
    , m_auth(PracticeServer::practiceUser(), PracticeServer::practicePassword(), PracticeServer::hostName())
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(kReadBufferSize);
    const QHostAddress address = m_socket->peerAddress();
    m_clientAddress = address.toString();
    m_peer = address.protocol() == QAbstractSocket::IPv6Protocol
                 ? QStringLiteral("[%1]:%2").arg(m_clientAddress).arg(m_socket->peerPort())
                 : QStringLiteral("%1:%2").arg(m_clientAddress).arg(m_socket->peerPort());

    m_idle.setSingleShot(true);
    m_idle.setInterval(m_server->idleTimeout());
    connect(&m_idle, &QTimer::timeout, this, [this] {
        log(QStringLiteral("-- idle for %1 s").arg(m_idle.interval() / 1000.0));
        send(reply(421, "4.4.2", "{host} Error: timeout exceeded, closing connection"));
        closeConnection();
    });
    m_closeGrace.setSingleShot(true);
    connect(&m_closeGrace, &QTimer::timeout, this, [this] {
        m_socket->abort();
        finish();
    });

    connect(m_socket, &QSslSocket::readyRead, this, &PracticeClient::process);
    connect(m_socket, &QSslSocket::bytesWritten, this, &PracticeClient::process);
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, &PracticeClient::process);
    connect(m_socket, &QSslSocket::disconnected, this, &PracticeClient::finish);
    connect(m_socket, &QSslSocket::encrypted, this, [this] {
        // RFC 3207 §4.2: forget everything learnt before TLS; the client must greet again.
        log(QStringLiteral("-- TLS established (%1)").arg(m_socket->sessionCipher().name()));
        m_tls = true;
        m_helloDone = false;
        m_authenticated = false;
        m_helo.clear();
        resetTransaction();
        m_busy = false;
        m_idle.start();
        process();
    });
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::RemoteHostClosedError)
            return; // disconnected() follows
        log(QStringLiteral("-- %1").arg(m_socket->errorString()));
        if (m_socket->state() != QAbstractSocket::UnconnectedState)
            m_socket->abort();
        finish();
    });
}

PracticeClient::~PracticeClient() = default;

void PracticeClient::start()
{
    m_idle.start();
    Scenario::Action greeting = m_scenario.greeting;
    if (!greeting.reply && greeting.disconnect != Scenario::Disconnect::BeforeReply)
        greeting.reply = Scenario::fallback().greeting.reply; // a scenario not read from a file
    run(greeting, [this](bool accepted) {
        // RFC 5321 §3.1: after a refusal the server may wait for QUIT, answering 503 to anything else.
        m_phase = accepted ? Phase::Command : Phase::Refused;
    });
    process();
}

void PracticeClient::drop()
{
    m_phase = Phase::Closing;
    m_finished = true;
    m_idle.stop();
    m_closeGrace.stop();
    m_socket->disconnect(this);
    m_socket->abort();
}

qsizetype PracticeClient::bufferedBytes() const
{
    return m_input.size() + m_socket->bytesAvailable() + m_socket->encryptedBytesAvailable() + pendingOutput();
}

qint64 PracticeClient::pendingOutput() const
{
    return m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite();
}

// --- input -------------------------------------------------------------------------------------

void PracticeClient::process()
{
    if (m_processing)
        return;
    m_processing = true;
    while (!m_busy && m_phase != Phase::Closing && m_phase != Phase::Greeting) {
        // A client that sends commands without reading the replies: stop reading until it does.
        if (pendingOutput() > kMaxPendingOutput)
            break;
        if (m_phase == Phase::Data) {
            if (!readMessage())
                break;
            continue;
        }
        QByteArray line;
        const Take take = takeLine(&line);
        if (take == Take::More)
            break;
        if (take == Take::TooLong) {
            log(QStringLiteral("C: (a line longer than %1 bytes)").arg(PracticeServer::kMaxLineLength));
            protocolError(500, "5.5.2", "Error: line too long");
            continue;
        }
        handleLine(line);
    }
    m_processing = false;
}

bool PracticeClient::fill()
{
    if (m_pos > 0) {
        m_input.remove(0, m_pos);
        m_pos = 0;
    }
    const qsizetype room = kInputCapacity - m_input.size();
    if (room <= 0)
        return false;
    const QByteArray chunk = m_socket->read(room);
    if (chunk.isEmpty())
        return false;
    m_input += chunk;
    if (!m_busy)
        m_idle.start();
    return true;
}

PracticeClient::Take PracticeClient::takeLine(QByteArray *line)
{
    for (;;) {
        const QByteArrayView rest = QByteArrayView(m_input).sliced(m_pos);
        const qsizetype lf = rest.indexOf('\n');
        if (m_discarding) {
            // The rest of an over-long line, already answered: skip it up to its end.
            m_pos += lf < 0 ? rest.size() : lf + 1;
            m_discarding = lf < 0;
            if (lf < 0 && !fill())
                return Take::More;
            continue;
        }
        if (lf >= 0) {
            QByteArrayView text = rest.first(lf);
            m_pos += lf + 1;
            if (text.endsWith('\r'))
                text.chop(1);
            if (text.size() > PracticeServer::kMaxLineLength)
                return Take::TooLong;
            *line = text.toByteArray();
            return Take::Line;
        }
        if (rest.size() > PracticeServer::kMaxLineLength + 1) {
            m_pos += rest.size();
            m_discarding = true;
            return Take::TooLong;
        }
        if (!fill())
            return Take::More;
    }
}

bool PracticeClient::readMessage()
{
    while (m_phase == Phase::Data && !m_busy) {
        const QByteArrayView rest = QByteArrayView(m_input).sliced(m_pos);
        const qsizetype lf = rest.indexOf('\n');
        if (lf < 0) {
            if (rest.size() <= PracticeServer::kMaxLineLength + 1) {
                if (!fill())
                    return false;
                continue;
            }
            // A very long line: count what is here and read on; the buffer never grows.
            countMessage(rest.size() - (m_lineStart && rest.startsWith('.') ? 1 : 0));
            m_pos += rest.size();
            m_lineStart = false;
            continue;
        }
        const QByteArrayView line = rest.first(lf + 1);
        m_pos += lf + 1;
        // RFC 5321 §4.1.1.4: the message ends with CR LF "." CR LF, nothing looser (a bare LF
        // before or after the dot is how SMTP smuggling starts).
        if (m_lineStart && line == QByteArrayView(".\r\n")) {
            endOfData();
            return true;
        }
        // RFC 5321 §4.5.2: a leading dot was doubled by the client; one of them is not content.
        countMessage(line.size() - (m_lineStart && line.startsWith('.') ? 1 : 0));
        m_lineStart = line.endsWith("\r\n");
    }
    return true;
}

void PracticeClient::countMessage(qint64 bytes)
{
    // Nothing of the message is kept: it is only counted, so a huge one costs no memory.
    m_messageBytes += bytes;
    if (m_messageRuleFired)
        return;
    const Scenario::Rule *rule = m_scenario.ruleFor(Event::Message, m_tls, m_authenticated);
    if (rule && m_messageBytes >= rule->afterBytes) {
        m_messageRuleFired = true;
        log(QStringLiteral("-- %1 message bytes received").arg(m_messageBytes));
        run(rule->action);
    }
}

void PracticeClient::handleLine(const QByteArray &line)
{
    if (m_phase == Phase::Auth) {
        log(QStringLiteral("C: ****")); // credentials never reach a log
        authStep(m_auth.respond(line));
        return;
    }
    // The verb ends at the first space or tab: "AUTH\tPLAIN …" is AUTH too.
    qsizetype space = 0;
    while (space < line.size() && line.at(space) != ' ' && line.at(space) != '\t')
        ++space;
    const QByteArray verb = line.left(space).toUpper();
    const QByteArray argument = line.mid(space + 1).trimmed();
    // Credentials never reach the log: AUTH shows its mechanism only, and the line after an AUTH that
    // was refused (a client may send its response anyway) is hidden too.
    const bool afterRefusedAuth = std::exchange(m_maskNextLine, false);
    if (afterRefusedAuth) {
        log(QStringLiteral("C: **** (hidden: it may be a credential sent after a refused AUTH)"));
    } else if (verb == "AUTH") {
        const QByteArray mechanism = argument.simplified().split(' ').value(0);
        log(QStringLiteral("C: AUTH %1%2").arg(printable(mechanism),
                                               argument.simplified().contains(' ') ? QStringLiteral(" ****")
                                                                                   : QString()));
    } else {
        log(QStringLiteral("C: ") + printable(line));
    }
    const QString text = QString::fromUtf8(argument);

    if (m_phase == Phase::Refused) {
        if (verb == "QUIT") {
            send(reply(221, "2.0.0", "Bye"));
            closeConnection();
        } else {
            protocolError(503, "5.5.1", "Error: this server does not accept mail from you; please send QUIT");
        }
        return;
    }

    if (verb == "EHLO" || verb == "HELO") {
        handleHello(verb, text);
    } else if (verb == "STARTTLS") {
        handleStartTls(text);
    } else if (verb == "AUTH") {
        handleAuth(QString::fromUtf8(argument.simplified()));
        // Refused without an initial response: the client may send its response anyway.
        m_maskNextLine = m_phase != Phase::Auth && !m_authenticated && !argument.simplified().contains(' ');
    } else if (verb == "MAIL") {
        handleMail(argument);
    } else if (verb == "RCPT") {
        handleRcpt(argument);
    } else if (verb == "DATA") {
        handleData(text);
    } else if (verb == "RSET") {
        respond(Event::Rset, reply(250, "2.0.0", "Ok"), [this](bool accepted) {
            if (accepted) // RFC 5321 §4.1.1.5
                resetTransaction();
        });
    } else if (verb == "NOOP") {
        respond(Event::Noop, reply(250, "2.0.0", "Ok"));
    } else if (verb == "VRFY") {
        if (argument.isEmpty()) {
            protocolError(501, "5.5.4", "Syntax: VRFY address");
            return;
        }
        // RFC 5321 §3.5.3: 252 is the usual answer of a server that does not reveal its users.
        respond(Event::Vrfy, reply(252, "2.0.0", "Cannot VRFY user, but will accept message and attempt delivery"));
    } else if (verb == "HELP") {
        send(reply(214, "2.0.0",
                   "Commands: EHLO HELO STARTTLS AUTH MAIL RCPT DATA RSET NOOP VRFY HELP QUIT (RFC 5321)"));
    } else if (verb == "QUIT") {
        // RFC 5321 §4.1.1.10: 221, then the server closes the connection.
        respond(Event::Quit, reply(221, "2.0.0", "Bye"), [this](bool) { closeConnection(); });
    } else if (verb == "EXPN" || verb == "TURN" || verb == "ETRN" || verb == "ATRN" || verb == "BDAT" ||
               verb == "SEND" || verb == "SOML" || verb == "SAML") {
        protocolError(502, "5.5.1", "Error: command not implemented");
    } else {
        protocolError(500, "5.5.1", "Error: command not recognized");
    }
}

// --- commands ----------------------------------------------------------------------------------

void PracticeClient::handleHello(const QByteArray &verb, const QString &argument)
{
    if (argument.isEmpty()) {
        protocolError(501, "5.5.4", verb == "EHLO" ? "Syntax: EHLO hostname" : "Syntax: HELO hostname");
        return;
    }
    const bool ehlo = verb == "EHLO";
    QStringList lines{QStringLiteral("{host} Hello {helo} [{client}]")};
    if (ehlo) {
        for (const QString &capability : std::as_const(m_scenario.capabilities)) {
            const bool startTls = capability.compare(QLatin1String("STARTTLS"), Qt::CaseInsensitive) == 0;
            if (!startTls || (!m_tls && m_server->tlsConfiguration()))
                lines.append(capability);
        }
    }
    const QString name = argument.section(u' ', 0, 0);
    m_helo = name; // for {helo} in the reply
    respond(ehlo ? Event::Ehlo : Event::Helo, Reply{250, {}, lines}, [this, name](bool accepted) {
        if (!accepted)
            return;
        // RFC 5321 §4.1.4: EHLO (or HELO) in the middle of a transaction resets it.
        m_helloDone = true;
        m_helo = name;
        resetTransaction();
    });
}

void PracticeClient::handleStartTls(const QString &argument)
{
    if (!m_scenario.offers(QStringLiteral("STARTTLS")) || !m_server->tlsConfiguration()) {
        protocolError(502, "5.5.1", "Error: command not implemented");
    } else if (m_tls) {
        protocolError(503, "5.5.1", "Error: TLS already active");
    } else if (!argument.isEmpty()) {
        protocolError(501, "5.5.4", "Syntax: STARTTLS");
    } else {
        respond(Event::StartTls, reply(220, "2.0.0", "Ready to start TLS"), [this](bool accepted) {
            if (accepted)
                startTls();
        });
    }
}

void PracticeClient::startTls()
{
    // RFC 3207 §4.2: anything the client pipelined after STARTTLS is not to be trusted: throw it
    // away (the CVE-2011-0411 class of bugs), then hand the connection to the handshake.
    const qsizetype early = m_socket->readAll().size() + m_input.size() - m_pos;
    if (early > 0)
        log(QStringLiteral("-- %1 bytes sent after STARTTLS and before the handshake discarded").arg(early));
    m_input.clear();
    m_pos = 0;
    m_discarding = false;
    m_busy = true;
    m_socket->setSslConfiguration(*m_server->tlsConfiguration());
    m_socket->startServerEncryption();
}

void PracticeClient::handleAuth(const QString &argument)
{
    const QStringList parts = argument.split(u' ', Qt::SkipEmptyParts);
    const QString mechanism = parts.value(0).toUpper();
    if (!m_scenario.offers(QStringLiteral("AUTH"))) {
        protocolError(503, "5.5.1", "Error: authentication not enabled");
    } else if (!m_helloDone) {
        protocolError(503, "5.5.1", "Error: send EHLO first");
    } else if (m_authenticated) {
        protocolError(503, "5.5.1", "Error: already authenticated");
    } else if (m_mailGiven) {
        protocolError(503, "5.5.1", "Error: MAIL transaction in progress");
    } else if (parts.isEmpty() || parts.size() > 2) {
        protocolError(501, "5.5.4", "Syntax: AUTH mechanism [initial-response]");
    } else if (!m_scenario.authMechanisms().contains(mechanism)) {
        protocolError(504, "5.5.4", "Unrecognized authentication type");
    } else {
        // RFC 4954 §4: an initial response may come with the command.
        authStep(m_auth.start(mechanism, parts.value(1).toLatin1(), parts.size() == 2));
    }
}

void PracticeClient::authStep(const PracticeAuth::Step &step)
{
    using Kind = PracticeAuth::Step::Kind;
    switch (step.kind) {
    case Kind::Challenge:
        m_phase = Phase::Auth;
        send(Reply{334, {}, {QString::fromLatin1(step.challenge)}});
        return;
    case Kind::Cancelled:
        m_phase = Phase::Command;
        protocolError(501, "5.7.0", "Authentication cancelled"); // RFC 4954 §4
        return;
    case Kind::BadResponse:
        m_phase = Phase::Command;
        protocolError(501, "5.5.2", "Cannot decode the response (base64 expected)");
        return;
    case Kind::Verdict:
        m_phase = Phase::Command;
        verdict(step.valid);
        return;
    }
}

void PracticeClient::verdict(bool credentialsValid)
{
    if (!credentialsValid)
        ++m_errors;
    respond(Event::Auth,
            credentialsValid ? reply(235, "2.7.0", "Authentication successful")
                             : reply(535, "5.7.8", "Error: authentication failed: credentials invalid"),
            [this](bool accepted) { m_authenticated = accepted; });
}

void PracticeClient::handleMail(const QByteArray &argument)
{
    if (!m_helloDone) {
        protocolError(503, "5.5.1", "Error: send HELO/EHLO first");
        return;
    }
    if (m_mailGiven) {
        protocolError(503, "5.5.1", "Error: nested MAIL command");
        return;
    }
    const auto path = parsePath(argument, "FROM:");
    if (!path) {
        protocolError(501, "5.5.4", "Syntax: MAIL FROM:<address>");
        return;
    }
    m_address = path->address;
    // RFC 1870 §6: a declared size over the limit is refused at once.
    const qint64 limit = m_scenario.sizeLimit().value_or(0);
    for (const QByteArray &parameter : path->parameters) {
        if (!parameter.toUpper().startsWith("SIZE="))
            continue;
        bool ok = false;
        const qint64 size = parameter.mid(5).toLongLong(&ok);
        if (!ok || size < 0) {
            protocolError(501, "5.5.4", "Bad SIZE parameter");
            return;
        }
        if (limit > 0 && size > limit) {
            send(reply(552, "5.3.4", "Error: message size exceeds the fixed limit of {limit} bytes"));
            return;
        }
    }
    const QString sender = path->address;
    respond(Event::Mail, reply(250, "2.1.0", "Ok"), [this, sender](bool accepted) {
        if (!accepted)
            return;
        m_mailGiven = true;
        m_sender = sender;
    });
}

void PracticeClient::handleRcpt(const QByteArray &argument)
{
    if (!m_mailGiven) {
        protocolError(503, "5.5.1", "Error: need MAIL command");
        return;
    }
    const auto path = parsePath(argument, "TO:");
    if (!path || path->address.isEmpty()) {
        protocolError(501, "5.1.3", "Bad recipient address syntax");
        return;
    }
    ++m_rcptCommands;
    m_address = path->address;
    if (m_recipients >= PracticeServer::kMaxRecipients) {
        send(reply(452, "4.5.3", "Error: too many recipients"));
        return;
    }
    Reply usual = reply(250, "2.1.5", "Ok");
    const Scenario::Rule *rule = m_scenario.ruleFor(Event::Rcpt, m_tls, m_authenticated);
    if ((!rule || !rule->action.reply) && m_scenario.greylisting) {
        const QString triplet = m_clientAddress + u'\n' + m_sender.toLower() + u'\n' + m_address.toLower();
        if (!m_server->greylistPasses(triplet, m_scenario.greylisting->retryAfterMs))
            usual = m_scenario.greylisting->reply;
    }
    respond(Event::Rcpt, usual, [this](bool accepted) {
        if (accepted)
            ++m_recipients;
    });
}

void PracticeClient::handleData(const QString &argument)
{
    if (!m_mailGiven) {
        protocolError(503, "5.5.1", "Error: need MAIL command");
    } else if (m_recipients == 0 && m_rcptCommands == 0) {
        protocolError(503, "5.5.1", "Error: need RCPT command");
    } else if (m_recipients == 0) {
        // Every RCPT was refused; a pipelining client may still send DATA (RFC 2920 §3.1).
        send(reply(554, "5.5.1", "Error: no valid recipients"));
    } else if (!argument.isEmpty()) {
        protocolError(501, "5.5.4", "Syntax: DATA");
    } else {
        respond(Event::Data, Reply{354, {}, {QStringLiteral("End data with <CR><LF>.<CR><LF>")}},
                [this](bool accepted) {
                    if (!accepted)
                        return;
                    m_phase = Phase::Data;
                    m_messageBytes = 0;
                    m_lineStart = true; // the CR LF that ended DATA starts the first line
                    m_messageRuleFired = false;
                    m_queueId = randomId();
                });
    }
}

void PracticeClient::endOfData()
{
    m_phase = Phase::Command;
    log(QStringLiteral("-- message of %1 bytes received").arg(m_messageBytes));
    Q_EMIT m_server->messageReceived(m_peer, m_messageBytes);
    const qint64 limit = m_scenario.sizeLimit().value_or(0);
    if (limit > 0 && m_messageBytes > limit) {
        // RFC 1870 §6: the data beyond the limit was dropped; the whole message is refused.
        send(reply(552, "5.3.4", "Error: message size exceeds the fixed limit of {limit} bytes"));
    } else {
        respond(Event::EndOfData, reply(250, "2.0.0", "Ok: queued as {id}"));
    }
    resetTransaction();
}

// --- replies -----------------------------------------------------------------------------------

void PracticeClient::respond(Event event, const Reply &usual, Then then)
{
    Scenario::Action action;
    if (const Scenario::Rule *rule = m_scenario.ruleFor(event, m_tls, m_authenticated))
        action = rule->action;
    if (!action.reply && action.disconnect != Scenario::Disconnect::BeforeReply)
        action.reply = usual;
    run(action, std::move(then));
}

void PracticeClient::run(const Scenario::Action &action, Then then)
{
    const int ms = m_server->scaled(action.delayMs);
    if (ms <= 0) {
        conclude(action, then);
        return;
    }
    // Hold everything back (input stays unread) until the reply goes out; the idle clock stops,
    // since it is the server that keeps the client waiting.
    m_busy = true;
    m_idle.stop();
    log(QStringLiteral("-- waiting %1 s").arg(ms / 1000.0));
    QTimer::singleShot(ms, this, [this, action, then = std::move(then)] {
        m_busy = false;
        if (m_phase == Phase::Closing)
            return;
        m_idle.start();
        conclude(action, then);
        process();
    });
}

void PracticeClient::conclude(const Scenario::Action &action, const Then &then)
{
    if (m_phase == Phase::Closing)
        return;
    if (action.disconnect == Scenario::Disconnect::BeforeReply) {
        log(QStringLiteral("-- closing the connection without a reply"));
        closeConnection();
        return;
    }
    if (action.reply)
        send(*action.reply);
    // RFC 5321 §3.8: 421 means the server is closing the connection.
    if (action.disconnect == Scenario::Disconnect::AfterReply || (action.reply && action.reply->code == 421)) {
        closeConnection();
        return;
    }
    if (then)
        then(action.reply && action.reply->isPositive());
}

void PracticeClient::send(const Reply &r)
{
    if (m_phase == Phase::Closing)
        return;
    const qint64 limit = m_scenario.sizeLimit().value_or(0);
    const QHash<QString, QString> values{
        {QStringLiteral("address"), m_address},
        {QStringLiteral("domain"), m_address.section(u'@', -1)},
        {QStringLiteral("client"), m_clientAddress},
        {QStringLiteral("helo"), m_helo},
        {QStringLiteral("limit"), QString::number(limit)},
        {QStringLiteral("id"), m_queueId},
        {QStringLiteral("host"), PracticeServer::hostName()},
    };
    const QByteArray bytes = r.render(values);
    for (const QByteArray &line : bytes.split('\n')) {
        if (!line.isEmpty())
            log(QStringLiteral("S: ") + QString::fromUtf8(line.chopped(line.endsWith('\r') ? 1 : 0)));
    }
    m_socket->write(bytes);
}

void PracticeClient::protocolError(int code, const char *enhanced, const char *text)
{
    send(reply(code, enhanced, text));
    // Like real servers, a client that keeps making mistakes is shown the door (a bound on garbage).
    if (++m_errors >= PracticeServer::kMaxErrors) {
        send(reply(421, "4.7.0", "{host} Error: too many errors, closing connection"));
        closeConnection();
    }
}

// --- the end -----------------------------------------------------------------------------------

void PracticeClient::resetTransaction()
{
    m_mailGiven = false;
    m_sender.clear();
    m_recipients = 0;
    m_rcptCommands = 0;
}

void PracticeClient::closeConnection()
{
    if (m_phase == Phase::Closing)
        return;
    m_phase = Phase::Closing;
    m_idle.stop();
    m_closeGrace.start(kCloseGraceMs);
    m_socket->disconnectFromHost(); // sends what is queued first
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        finish();
}

void PracticeClient::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_phase = Phase::Closing;
    m_idle.stop();
    m_closeGrace.stop();
    Q_EMIT finished();
}

void PracticeClient::log(const QString &line)
{
    qCDebug(lcPractice).noquote() << m_peer << line;
    Q_EMIT m_server->logLine(m_peer, line);
}

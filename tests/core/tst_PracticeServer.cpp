// The built-in practice server on 127.0.0.1: every scenario end to end through SMTP Doctor's own
// session engine and through a real external client (swaks), the protocol details, and robustness
// against hostile clients (tst_Scenario checks the scenario files). Every wait is bounded; scenario
// delays are scaled down except where a real delay is the point.

#include "core/practice/PracticeServer.h"
#include "core/practice/Scenario.h"
#include "core/smtp/SmtpConnection.h"
#include "core/smtp/SmtpSession.h"
#include "core/transcript/Transcript.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>
#include <memory>

class tst_PracticeServer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    // Every scenario, end to end.
    void sessionMeetsExpectation_data();
    void sessionMeetsExpectation();
    void swaksMeetsExpectation_data();
    void swaksMeetsExpectation();
    void greylistingPassesOnRetry();
    void startTlsVerifiesAgainstPracticeCa();
    void authMechanisms_data();
    void authMechanisms();
    void fixingTheClientPasses_data();
    void fixingTheClientPasses();

    // The protocol, by hand.
    void protocolDetails();
    void logNeverShowsCredentials();
    void pipelinedCommandsInOneWrite();
    void dotUnstuffingAndSize();
    void authByHand();
    void startTlsDiscardsPipelinedCommands();
    void refusedGreetingWaitsForQuit();
    void listenErrors();

    // Robustness.
    void overlongLine();
    void garbageWithoutLineEnds();
    void garbageLines();
    void hugeMessage();
    void manyClients();
    void clientDisconnectsMidData();
    void idleTimeout();

private:
    bool m_swaksRequired = false;
};

namespace {

constexpr int kWaitMs = 10'000;         ///< the longest any single wait may take
constexpr int kSessionTimeoutMs = 5000; ///< the session's own timeouts
constexpr double kFastDelays = 0.05;    ///< scenario delays at 5 %: an 8 s tarpit takes 0.4 s
const QString kSwaks = QStringLiteral("/usr/bin/swaks");

using Kind = SessionOutcome::Kind;

/// One SMTP Doctor session against the practice server, wired as the CLI wires it (run mode).
struct Run
{
    explicit Run(SessionSettings settings)
        : session(std::make_unique<SmtpSession>(withTimeouts(std::move(settings)), &transcript))
        , connection(std::make_unique<SmtpConnection>(session.get()))
        , closed(connection.get(), &SmtpConnection::closed)
    {
        QObject::connect(session.get(), &SmtpSession::replyReceived, session.get(),
                         [this](const SmtpReply &reply, SessionStage stage) {
                             replies.append({stage, reply});
                         });
    }

    static SessionSettings withTimeouts(SessionSettings s)
    {
        s.connectTimeoutMs = s.greetingTimeoutMs = s.commandTimeoutMs = s.dataTimeoutMs = kSessionTimeoutMs;
        return s;
    }

    /// Runs the session to its end; the reason when it could not.
    QString run()
    {
        if (const QString problem = session->prepare(); !problem.isEmpty())
            return problem;
        session->setRunMode(true);
        connection->open();
        if (closed.count() == 0 && !closed.wait(kWaitMs))
            return QStringLiteral("the session did not end within %1 s\n%2").arg(kWaitMs / 1000).arg(dump());
        return {};
    }

    const SessionOutcome &outcome() const { return session->outcome(); }

    /// The first reply received at `stage` with `code`, or nullptr.
    const SmtpReply *reply(SessionStage stage, int code) const
    {
        for (const auto &[s, r] : replies) {
            if (s == stage && r.code() == code)
                return &r;
        }
        return nullptr;
    }

    QString dump() const
    {
        QString text = QStringLiteral("outcome: %1 at %2: %3\n")
                           .arg(outcome().key(), SessionStages::key(outcome().stage), outcome().summary());
        for (const TranscriptEntry &e : transcript.entries())
            text += QStringLiteral("  %1 %2\n").arg(TranscriptEntry::directionKey(e.direction()), e.text());
        return text;
    }

    Transcript transcript;
    std::unique_ptr<SmtpSession> session;
    std::unique_ptr<SmtpConnection> connection;
    QSignalSpy closed;
    QList<std::pair<SessionStage, SmtpReply>> replies;
};

/// A bare TCP client for what no well-behaved client does.
class RawClient
{
public:
    bool connectTo(quint16 port)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        return m_socket.waitForConnected(kWaitMs);
    }

    void send(const QByteArray &bytes) { m_socket.write(bytes); }

    /// The next complete reply (all its lines), or empty when none came in time.
    QByteArray reply(int ms = kWaitMs)
    {
        QByteArray out;
        (void)QTest::qWaitFor(
            [&] {
                m_buffer += readAll();
                out = takeReply();
                return !out.isEmpty() || m_socket.state() == QAbstractSocket::UnconnectedState;
            },
            ms);
        if (out.isEmpty()) {
            m_buffer += readAll();
            out = takeReply();
        }
        return out;
    }

    /// The code of the next reply (0 when none came).
    int code(int ms = kWaitMs) { return reply(ms).left(3).toInt(); }

    /// Waits until the server has closed the connection.
    bool waitClosed(int ms = kWaitMs)
    {
        return QTest::qWaitFor(
            [&] {
                m_buffer += readAll();
                return m_socket.state() == QAbstractSocket::UnconnectedState;
            },
            ms);
    }

    /// Bytes received and not yet taken as a reply.
    QByteArray rest()
    {
        m_buffer += readAll();
        return m_buffer;
    }

    QTcpSocket &socket() { return m_socket; }

private:
    QByteArray readAll() { return m_socket.isOpen() ? m_socket.readAll() : QByteArray(); }

    QByteArray takeReply()
    {
        // RFC 5321 §4.2: the last line of a reply has a space (or nothing) after the code.
        qsizetype start = 0;
        for (qsizetype lf = m_buffer.indexOf('\n'); lf >= 0; lf = m_buffer.indexOf('\n', start)) {
            const QByteArray line = m_buffer.mid(start, lf + 1 - start);
            start = lf + 1;
            if (line.size() < 4 || line.at(3) != '-') {
                const QByteArray out = m_buffer.left(start);
                m_buffer.remove(0, start);
                return out;
            }
        }
        return {};
    }

    QTcpSocket m_socket;
    QByteArray m_buffer;
};

/// A practice server playing `id`, listening; nullptr (with a failure recorded) when it cannot.
std::unique_ptr<PracticeServer> startServer(const QString &id = Scenario::defaultId(), double scale = kFastDelays)
{
    auto server = std::make_unique<PracticeServer>();
    const Scenario *scenario = Scenario::find(id);
    if (!scenario) {
        QTest::qFail(qPrintable(QStringLiteral("no scenario %1").arg(id)), __FILE__, __LINE__);
        return nullptr;
    }
    server->setScenario(*scenario);
    server->setDelayScale(scale);
    if (!server->listen()) {
        QTest::qFail(qPrintable(server->errorString()), __FILE__, __LINE__);
        return nullptr;
    }
    return server;
}

QByteArray plain(const QString &user, const QString &password)
{
    const QByteArray message = QByteArray(1, '\0') + user.toUtf8() + QByteArray(1, '\0') + password.toUtf8();
    return message.toBase64();
}

} // namespace

void tst_PracticeServer::initTestCase()
{
    m_swaksRequired = qEnvironmentVariable("SMTPDOCTOR_REAL_SERVERS") == QLatin1String("required");
    QVERIFY2(Scenario::builtInErrors().isEmpty(), qPrintable(Scenario::builtInErrors().join(u'\n')));
}

// --- every scenario, end to end --------------------------------------------------------------------

void tst_PracticeServer::sessionMeetsExpectation_data()
{
    QTest::addColumn<QString>("id");
    for (const Scenario &s : Scenario::builtIn())
        QTest::newRow(qPrintable(s.id)) << s.id;
}

void tst_PracticeServer::sessionMeetsExpectation()
{
    QFETCH(QString, id);
    const auto server = startServer(id);
    QVERIFY(server);
    const Scenario &scenario = server->scenario();
    const Scenario::Expectation &expected = scenario.expected;

    QElapsedTimer clock;
    clock.start();
    Run run(server->clientSettings());
    const QString problem = run.run();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    QVERIFY2(run.outcome().key() == expected.outcome,
             qPrintable(QStringLiteral("expected %1\n%2").arg(expected.outcome, run.dump())));
    if (expected.code == 0) {
        QCOMPARE(run.outcome().stage, expected.stage);
        for (const auto &[stage, reply] : std::as_const(run.replies))
            QVERIFY2(stage != expected.stage, qPrintable(run.dump()));
    } else {
        const SmtpReply *reply = run.reply(expected.stage, expected.code);
        QVERIFY2(reply, qPrintable(QStringLiteral("no %1 at %2\n%3")
                                       .arg(expected.code)
                                       .arg(SessionStages::key(expected.stage), run.dump())));
        QCOMPARE(reply->enhancedCode().isValid() ? reply->enhancedCode().toString() : QString(), expected.enhanced);
        QVERIFY2(reply->warnings().isEmpty() && reply->isValid(), qPrintable(reply->warnings().join(u' ')));
    }
    if (!run.outcome().isSuccess() && expected.code != 0) {
        QCOMPARE(run.outcome().stage, expected.stage); // the deciding reply is the expected one
        QCOMPARE(run.outcome().reply.code(), expected.code);
    }
    // The session always goes through TLS when the scenario offers it and the hints ask for it.
    if (scenario.client.security != SessionSettings::Security::None && scenario.offers(QStringLiteral("STARTTLS")) &&
        expected.stage != SessionStage::Greeting && expected.stage != SessionStage::Ehlo)
        QVERIFY2(run.session->isTlsActive(), qPrintable(run.dump()));
    // Delays happen (scaled): the tarpit's greeting comes late.
    if (scenario.greeting.delayMs > 0) {
        const qint64 delay = qint64(scenario.greeting.delayMs * kFastDelays * 0.9); // timers may be early
        QVERIFY2(clock.elapsed() >= delay, qPrintable(QString::number(clock.elapsed())));
        bool late = false;
        for (const TranscriptEntry &e : run.transcript.entries())
            late = late || (e.stage() == SessionStage::Greeting && e.hasLatency() && e.latencyMs() >= delay);
        QVERIFY2(late, qPrintable(run.dump()));
    }
    QTRY_COMPARE_WITH_TIMEOUT(server->sessionCount(), 0, kWaitMs);
}

void tst_PracticeServer::swaksMeetsExpectation_data()
{
    sessionMeetsExpectation_data();
}

void tst_PracticeServer::swaksMeetsExpectation()
{
    QFETCH(QString, id);
    if (!QFile::exists(kSwaks)) {
        const QString missing = QStringLiteral("%1 is not installed (scripts/test installs swaks)").arg(kSwaks);
        if (m_swaksRequired)
            QFAIL(qPrintable(missing + QStringLiteral(", and SMTPDOCTOR_REAL_SERVERS=required")));
        QSKIP(qPrintable(missing));
    }
    const auto server = startServer(id);
    QVERIFY(server);
    const Scenario &scenario = server->scenario();
    QStringList arguments{QStringLiteral("--server"),  QStringLiteral("127.0.0.1"),
                          QStringLiteral("--port"),    QString::number(server->port()),
                          QStringLiteral("--from"),    QStringLiteral("student@client.practice.test"),
                          QStringLiteral("--to"),      QStringLiteral("friend@example.net"),
                          QStringLiteral("--helo"),    QStringLiteral("client.practice.test"),
                          QStringLiteral("--timeout"), QStringLiteral("10")};
    if (scenario.client.security != SessionSettings::Security::None)
        arguments << QStringLiteral("--tls");
    if (scenario.client.authenticate) {
        arguments << QStringLiteral("--auth") << QStringLiteral("PLAIN") << QStringLiteral("--auth-user")
                  << PracticeServer::practiceUser() << QStringLiteral("--auth-password")
                  << PracticeServer::practicePassword();
    }

    // The server lives in this thread: wait with an event loop, never with waitForFinished().
    QProcess swaks;
    swaks.setProcessChannelMode(QProcess::MergedChannels);
    swaks.setStandardInputFile(QProcess::nullDevice());
    QSignalSpy finished(&swaks, &QProcess::finished);
    swaks.start(kSwaks, arguments);
    const bool done = finished.wait(30'000);
    if (!done) {
        swaks.kill();
        swaks.waitForFinished(5000);
    }
    const QString output = QString::fromUtf8(swaks.readAll());
    QVERIFY2(done, qPrintable(QStringLiteral("swaks did not finish in time:\n") + output));

    const Scenario::Expectation &expected = scenario.expected;
    if (expected.code == 0) {
        QVERIFY2(output.contains(QLatin1String("closed connection unexpectedly")) ||
                     output.contains(QLatin1String("Connection reset")),
                 qPrintable(output));
    } else {
        // swaks marks replies "<-  " (plain), "<~  " (TLS), "<** " / "<~* " (an error reply).
        const QString code = QString::number(expected.code);
        const QRegularExpression line(
            QStringLiteral("^<[-~*]\\*? +%1[ -]%2").arg(code, QRegularExpression::escape(expected.enhanced)),
            QRegularExpression::MultilineOption);
        QVERIFY2(line.match(output).hasMatch(),
                 qPrintable(QStringLiteral("no %1 %2 in:\n%3").arg(code, expected.enhanced, output)));
    }
    // swaks exits 0 only after a delivery.
    QCOMPARE(swaks.exitCode() == 0, expected.outcome == QLatin1String("delivered"));
}

void tst_PracticeServer::greylistingPassesOnRetry()
{
    // The one real delay: the scenario's own 2 seconds, unscaled.
    const auto server = startServer(QStringLiteral("greylisting"), 1.0);
    QVERIFY(server);
    const int retryAfterMs = server->scenario().greylisting->retryAfterMs;
    {
        Run first(server->clientSettings());
        QVERIFY2(first.run().isEmpty(), qPrintable(first.dump()));
        QVERIFY2(first.outcome().kind == Kind::TemporaryRejection && first.outcome().reply.code() == 451,
                 qPrintable(first.dump()));
    }
    QElapsedTimer clock; // started after the first attempt, so waiting retryAfterMs on it is enough
    clock.start();
    {
        // Too early: still deferred.
        Run early(server->clientSettings());
        QVERIFY2(early.run().isEmpty(), qPrintable(early.dump()));
        QVERIFY2(early.outcome().reply.code() == 451, qPrintable(early.dump()));
    }
    {
        // Another sender is a new triplet, deferred in its turn.
        SessionSettings other = server->clientSettings();
        other.mailFrom = QStringLiteral("someone-else@client.practice.test");
        Run run(other);
        QVERIFY2(run.run().isEmpty(), qPrintable(run.dump()));
        QVERIFY2(run.outcome().reply.code() == 451, qPrintable(run.dump()));
    }
    QTest::qWait(int(qMax<qint64>(0, retryAfterMs - clock.elapsed() + 100)));
    Run retry(server->clientSettings());
    QVERIFY2(retry.run().isEmpty(), qPrintable(retry.dump()));
    QVERIFY2(retry.outcome().kind == Kind::Delivered, qPrintable(retry.dump()));
    QVERIFY(clock.elapsed() >= retryAfterMs);

    // A new scenario (or resetGreylisting()) starts with a clean slate.
    server->resetGreylisting();
    Run again(server->clientSettings());
    QVERIFY2(again.run().isEmpty(), qPrintable(again.dump()));
    QCOMPARE(again.outcome().reply.code(), 451);
}

void tst_PracticeServer::startTlsVerifiesAgainstPracticeCa()
{
    const auto server = startServer();
    QVERIFY(server);
    SessionSettings settings = server->clientSettings();
    settings.security = SessionSettings::Security::StartTlsRequired;
    QCOMPARE(settings.caFile, PracticeServer::caCertificatePath());
    QVERIFY(settings.caFile.startsWith(QLatin1String(":/")));
    {
        Run run(settings);
        QVERIFY2(run.run().isEmpty(), qPrintable(run.dump()));
        QVERIFY2(run.outcome().kind == Kind::Delivered, qPrintable(run.dump()));
        QVERIFY(run.session->isTlsActive());
        QVERIFY2(run.connection->tlsReport().problems().isEmpty(), qPrintable(run.dump()));
    }
    {
        // Verification is real: without the practice CA the same certificate is refused.
        settings.caFile.clear();
        Run run(settings);
        QVERIFY2(run.run().isEmpty(), qPrintable(run.dump()));
        QVERIFY2(run.outcome().kind == Kind::TlsFailed, qPrintable(run.dump()));
    }
    {
        // "localhost" is a name of the certificate too.
        settings.caFile = PracticeServer::caCertificatePath();
        settings.host = QStringLiteral("localhost");
        Run run(settings);
        QVERIFY2(run.run().isEmpty(), qPrintable(run.dump()));
        QVERIFY2(run.outcome().kind == Kind::Delivered, qPrintable(run.dump()));
    }
}

void tst_PracticeServer::authMechanisms_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("mechanism");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("kind");

    using M = SaslAuthenticator::Mechanism;
    const QString right = PracticeServer::practicePassword();
    const QString clean = Scenario::defaultId();
    QTest::newRow("PLAIN") << clean << int(M::Plain) << right << int(Kind::Delivered);
    QTest::newRow("LOGIN") << clean << int(M::Login) << right << int(Kind::Delivered);
    QTest::newRow("CRAM-MD5") << clean << int(M::CramMd5) << right << int(Kind::Delivered);
    QTest::newRow("PLAIN, wrong password")
        << clean << int(M::Plain) << QStringLiteral("wrong") << int(Kind::AuthFailed);
    QTest::newRow("LOGIN, wrong password")
        << clean << int(M::Login) << QStringLiteral("wrong") << int(Kind::AuthFailed);
    QTest::newRow("CRAM-MD5, wrong password")
        << clean << int(M::CramMd5) << QStringLiteral("wrong") << int(Kind::AuthFailed);
    QTest::newRow("auth-failed refuses the right password")
        << QStringLiteral("auth-failed") << int(M::Login) << right << int(Kind::AuthFailed);
}

void tst_PracticeServer::authMechanisms()
{
    QFETCH(QString, scenario);
    QFETCH(int, mechanism);
    QFETCH(QString, password);
    QFETCH(int, kind);

    const auto server = startServer(scenario);
    QVERIFY(server);
    SessionSettings settings = server->clientSettings();
    settings.security = SessionSettings::Security::StartTlsRequired;
    settings.authMechanism = SaslAuthenticator::Mechanism(mechanism);
    settings.authUser = PracticeServer::practiceUser();
    settings.authSecret = password;
    Run run(settings);
    QVERIFY2(run.run().isEmpty(), qPrintable(run.dump()));
    QVERIFY2(run.outcome().kind == Kind(kind), qPrintable(run.dump()));
    if (Kind(kind) == Kind::AuthFailed) {
        QCOMPARE(run.outcome().reply.code(), 535);
        QCOMPARE(run.outcome().reply.enhancedCode().toString(), QStringLiteral("5.7.8"));
    } else {
        QVERIFY(run.reply(SessionStage::Auth, 235));
    }
}

void tst_PracticeServer::fixingTheClientPasses_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("tls");
    QTest::addColumn<bool>("login");

    // Each lesson's fix, applied: the same server then delivers.
    QTest::newRow("starttls-required with STARTTLS") << QStringLiteral("starttls-required") << true << false;
    QTest::newRow("auth-required after logging in") << QStringLiteral("auth-required") << true << true;
    QTest::newRow("relay-denied after logging in") << QStringLiteral("relay-denied") << true << true;
}

void tst_PracticeServer::fixingTheClientPasses()
{
    QFETCH(QString, id);
    QFETCH(bool, tls);
    QFETCH(bool, login);

    const auto server = startServer(id);
    QVERIFY(server);
    SessionSettings settings = server->clientSettings();
    settings.security = tls ? SessionSettings::Security::StartTlsRequired : SessionSettings::Security::None;
    if (login) {
        settings.authMechanism = SaslAuthenticator::Mechanism::Plain;
        settings.authUser = PracticeServer::practiceUser();
        settings.authSecret = PracticeServer::practicePassword();
    }
    Run run(settings);
    QVERIFY2(run.run().isEmpty(), qPrintable(run.dump()));
    QVERIFY2(run.outcome().kind == Kind::Delivered, qPrintable(run.dump()));
}

// --- the protocol, by hand ---------------------------------------------------------------------------

void tst_PracticeServer::logNeverShowsCredentials()
{
    const auto server = startServer();
    QVERIFY(server);
    QSignalSpy logged(server.get(), &PracticeServer::logLine);
    RawClient c;
    QVERIFY(c.connectTo(server->port()));
    QVERIFY(c.reply().startsWith("220 "));
    const QByteArray secret = QByteArrayLiteral("\0practice\0SECRETPW").toBase64();
    const auto exchange = [&](const QByteArray &command) {
        c.send(command + "\r\n");
        return c.reply();
    };
    // Refused before EHLO; a client may send its response anyway, which is then an unknown command.
    QVERIFY(exchange("AUTH PLAIN").startsWith("503 "));
    QVERIFY(exchange(secret).startsWith("500 "));
    QVERIFY(exchange("EHLO client.test").startsWith("250"));
    // A tab between the mechanism and the initial response.
    const QByteArray refused = exchange("AUTH PLAIN\t" + secret);
    QVERIFY2(!refused.startsWith("235 "), refused.constData()); // a wrong password, or TLS first
    const QByteArray bye = exchange("QUIT");
    QVERIFY2(bye.startsWith("221"), QByteArray(refused + "|" + bye).constData());
    QStringList lines;
    for (const QList<QVariant> &entry : std::as_const(logged))
        lines.append(entry.at(1).toString());
    const QString all = lines.join(u'\n');
    QVERIFY2(!all.contains(QString::fromLatin1(secret)), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("C: AUTH PLAIN ****")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("refused AUTH")), qPrintable(all));
}

void tst_PracticeServer::protocolDetails()
{
    const auto server = startServer();
    QVERIFY(server);
    QSignalSpy connected(server.get(), &PracticeServer::clientConnected);
    QSignalSpy disconnected(server.get(), &PracticeServer::clientDisconnected);
    QSignalSpy logged(server.get(), &PracticeServer::logLine);
    RawClient c;
    QVERIFY(c.connectTo(server->port()));
    QVERIFY(c.reply().startsWith("220 mx.practice.test ESMTP"));
    QCOMPARE(connected.count(), 1);
    QCOMPARE(server->sessionCount(), 1);

    const auto exchange = [&](const QByteArray &command) {
        c.send(command + "\r\n");
        return c.reply();
    };
    QVERIFY(exchange("MAIL FROM:<a@b.test>").startsWith("503 5.5.1")); // before EHLO
    QVERIFY(exchange("EHLO").startsWith("501 5.5.4"));
    const QByteArray ehlo = exchange("EHLO client.test");
    QVERIFY2(ehlo.startsWith("250-mx.practice.test Hello client.test [127.0.0.1]\r\n"), ehlo.constData());
    for (const char *keyword :
         {"250-PIPELINING\r\n", "250-SIZE 10485760\r\n", "250-STARTTLS\r\n", "250 AUTH PLAIN LOGIN CRAM-MD5\r\n"})
        QVERIFY2(ehlo.contains(keyword), ehlo.constData());
    QVERIFY(exchange("helo client.test").startsWith("250 mx.practice.test Hello client.test"));
    QVERIFY(exchange("NOOP").startsWith("250 2.0.0"));
    QVERIFY(exchange("VRFY postmaster").startsWith("252 2.0.0"));
    QVERIFY(exchange("VRFY").startsWith("501 5.5.4"));
    QVERIFY(exchange("HELP").startsWith("214 2.0.0"));
    QVERIFY(exchange("EXPN staff").startsWith("502 5.5.1"));
    QVERIFY(exchange("BDAT 10 LAST").startsWith("502 5.5.1"));
    QVERIFY(exchange("FROB").startsWith("500 5.5.1"));
    QVERIFY(exchange("").startsWith("500 5.5.1"));
    QVERIFY(exchange("RCPT TO:<x@y.test>").startsWith("503 5.5.1")); // before MAIL
    QVERIFY(exchange("DATA").startsWith("503 5.5.1"));
    QVERIFY(exchange("MAIL FROM:a@b.test").startsWith("501 5.5.4"));     // no angle brackets
    QVERIFY(exchange("MAIL FROM:<> SIZE=1000").startsWith("250 2.1.0")); // the null sender
    QVERIFY(exchange("MAIL FROM:<a@b.test>").startsWith("503 5.5.1"));   // nested
    QVERIFY(exchange("DATA").startsWith("503 5.5.1"));                   // no RCPT yet
    QVERIFY(exchange("RCPT TO:<>").startsWith("501 5.1.3"));
    QVERIFY(exchange("RCPT TO: <x@y.test> NOTIFY=NEVER").startsWith("250 2.1.5"));
    QVERIFY(exchange("DATA extra").startsWith("501 5.5.4"));
    QVERIFY(exchange("RSET").startsWith("250 2.0.0"));
    QVERIFY(exchange("DATA").startsWith("503 5.5.1")); // RSET forgot the transaction
    QVERIFY(exchange("MAIL FROM:<a@b.test> SIZE=20000000").startsWith("552 5.3.4"));
    QVERIFY(exchange("STARTTLS now").startsWith("501 5.5.4"));
    QVERIFY(exchange("QUIT").startsWith("221 2.0.0"));
    QVERIFY(c.waitClosed());
    QTRY_COMPARE_WITH_TIMEOUT(disconnected.count(), 1, kWaitMs);
    QCOMPARE(disconnected.at(0).at(0), connected.at(0).at(0));
    QCOMPARE(server->sessionCount(), 0);
    // The debugging log has both directions.
    bool sawClient = false;
    bool sawServer = false;
    for (const QList<QVariant> &args : std::as_const(logged)) {
        sawClient = sawClient || args.at(1).toString() == QLatin1String("C: EHLO client.test");
        sawServer = sawServer || args.at(1).toString() == QLatin1String("S: 221 2.0.0 Bye");
    }
    QVERIFY(sawClient && sawServer);
}

void tst_PracticeServer::pipelinedCommandsInOneWrite()
{
    const auto server = startServer(QStringLiteral("unknown-recipient"));
    QVERIFY(server);
    RawClient c;
    QVERIFY(c.connectTo(server->port()));
    QCOMPARE(c.code(), 220);
    // RFC 2920: everything up to DATA in one write; the replies come back in order.
    c.send("EHLO client.test\r\nMAIL FROM:<a@b.test>\r\nRCPT TO:<one@y.test>\r\nRCPT TO:<two@y.test>\r\n"
           "DATA\r\nNOOP\r\nQUIT\r\n");
    QCOMPARE(c.code(), 250);
    QCOMPARE(c.code(), 250);
    QVERIFY(c.reply().startsWith("550 5.1.1 <one@y.test>:"));
    QVERIFY(c.reply().startsWith("550 5.1.1 <two@y.test>:"));
    QVERIFY(c.reply().startsWith("554 5.5.1")); // no valid recipients
    QCOMPARE(c.code(), 250);
    QCOMPARE(c.code(), 221);
    QVERIFY(c.waitClosed());
}

void tst_PracticeServer::dotUnstuffingAndSize()
{
    const auto server = startServer();
    QVERIFY(server);
    QSignalSpy received(server.get(), &PracticeServer::messageReceived);
    RawClient c;
    QVERIFY(c.connectTo(server->port()));
    QCOMPARE(c.code(), 220);
    c.send("EHLO c.test\r\nMAIL FROM:<a@b.test>\r\nRCPT TO:<x@y.test>\r\nDATA\r\n");
    for (int expected : {250, 250, 250, 354})
        QCOMPARE(c.code(), expected);
    // "..x" is ".x" stuffed (RFC 5321 §4.5.2); ".\n" with a bare LF and "x\n.\r\n" do not end it. A
    // dot that starts a line (after CR LF) is taken away: two here, in "..x" and ".\n".
    const QByteArray body = "Subject: t\r\n\r\n..x\r\n.\nx\n.\r\nlast\r\n";
    c.send(body + ".\r\n");
    const QByteArray verdict = c.reply();
    QVERIFY2(verdict.startsWith("250 2.0.0 Ok: queued as "), verdict.constData());
    QCOMPARE(received.count(), 1);
    QCOMPARE(received.at(0).at(1).toLongLong(), qint64(body.size() - 2));
    // The transaction is over: a second one works on the same connection.
    c.send("MAIL FROM:<a@b.test>\r\nRCPT TO:<x@y.test>\r\nDATA\r\n.\r\nQUIT\r\n");
    for (int expected : {250, 250, 354, 250, 221})
        QCOMPARE(c.code(), expected);
    QCOMPARE(received.count(), 2);
    QCOMPARE(received.at(1).at(1).toLongLong(), qint64(0));
}

void tst_PracticeServer::authByHand()
{
    const auto server = startServer();
    QVERIFY(server);
    QSignalSpy logged(server.get(), &PracticeServer::logLine);
    RawClient c;
    QVERIFY(c.connectTo(server->port()));
    QCOMPARE(c.code(), 220);
    const auto exchange = [&](const QByteArray &command) {
        c.send(command + "\r\n");
        return c.reply();
    };
    const QString user = PracticeServer::practiceUser();
    const QString password = PracticeServer::practicePassword();
    QVERIFY(exchange("AUTH PLAIN " + plain(user, password)).startsWith("503 5.5.1")); // before EHLO
    QCOMPARE(exchange("EHLO c.test").left(3), QByteArray("250"));
    QVERIFY(exchange("AUTH XOAUTH2 abc").startsWith("504 5.5.4"));
    QVERIFY(exchange("AUTH PLAIN " + plain(user, QStringLiteral("nope"))).startsWith("535 5.7.8"));
    QVERIFY(exchange("AUTH PLAIN !!!").startsWith("501 5.5.2"));
    QVERIFY(exchange("AUTH PLAIN").startsWith("334 "));
    QVERIFY(exchange("*").startsWith("501 5.7.0")); // cancelled (RFC 4954 §4)
    // LOGIN: two prompts.
    QCOMPARE(exchange("AUTH LOGIN"), QByteArray("334 VXNlcm5hbWU6\r\n"));
    QCOMPARE(exchange(user.toUtf8().toBase64()), QByteArray("334 UGFzc3dvcmQ6\r\n"));
    QVERIFY(exchange(password.toUtf8().toBase64()).startsWith("235 2.7.0"));
    QVERIFY(exchange("AUTH LOGIN").startsWith("503 5.5.1")); // already authenticated
    QCOMPARE(exchange("QUIT").left(3), QByteArray("221"));

    // CRAM-MD5 on a new connection (RFC 2195).
    RawClient d;
    QVERIFY(d.connectTo(server->port()));
    QCOMPARE(d.code(), 220);
    d.send("EHLO c.test\r\nAUTH CRAM-MD5\r\n");
    QCOMPARE(d.code(), 250);
    const QByteArray challengeLine = d.reply();
    QVERIFY(challengeLine.startsWith("334 "));
    const QByteArray challenge = QByteArray::fromBase64(challengeLine.mid(4).trimmed());
    QVERIFY2(challenge.startsWith('<') && challenge.endsWith("@mx.practice.test>"), challenge.constData());
    const QByteArray digest =
        QMessageAuthenticationCode::hash(challenge, password.toUtf8(), QCryptographicHash::Md5).toHex();
    const QByteArray response = user.toUtf8() + ' ' + digest;
    d.send(response.toBase64() + "\r\n");
    QVERIFY(d.reply().startsWith("235 2.7.0"));

    // No credential reaches the log.
    for (const QList<QVariant> &args : std::as_const(logged)) {
        const QString line = args.at(1).toString();
        QVERIFY2(!line.contains(QString::fromLatin1(plain(user, password))) &&
                     !line.contains(QString::fromLatin1(password.toUtf8().toBase64())) &&
                     !line.contains(QString::fromLatin1(digest)),
                 qPrintable(line));
    }
}

void tst_PracticeServer::startTlsDiscardsPipelinedCommands()
{
    const auto server = startServer();
    QVERIFY(server);
    RawClient c;
    QVERIFY(c.connectTo(server->port()));
    QCOMPARE(c.code(), 220);
    c.send("EHLO c.test\r\n");
    QCOMPARE(c.code(), 250);
    // RFC 3207 §4.2: a command pipelined after STARTTLS is never answered in plain text.
    c.send("STARTTLS\r\nNOOP\r\n");
    QVERIFY(c.reply().startsWith("220 2.0.0"));
    QTest::qWait(300);
    QCOMPARE(c.rest(), QByteArray());
}

void tst_PracticeServer::refusedGreetingWaitsForQuit()
{
    const auto server = startServer(QStringLiteral("no-smtp-service"));
    QVERIFY(server);
    RawClient c;
    QVERIFY(c.connectTo(server->port()));
    QVERIFY(c.reply().startsWith("554 5.7.1 mx.practice.test No SMTP service here for [127.0.0.1]"));
    // RFC 5321 §3.1: after a 554 greeting, 503 to everything but QUIT.
    c.send("EHLO c.test\r\nMAIL FROM:<a@b.test>\r\nQUIT\r\n");
    QVERIFY(c.reply().startsWith("503 5.5.1"));
    QVERIFY(c.reply().startsWith("503 5.5.1"));
    QCOMPARE(c.code(), 221);
    QVERIFY(c.waitClosed());

    // 521 (RFC 7504) closes at once.
    const auto closing = startServer(QStringLiteral("host-not-accepting"));
    QVERIFY(closing);
    RawClient d;
    QVERIFY(d.connectTo(closing->port()));
    QVERIFY(d.reply().startsWith("521 5.3.2"));
    QVERIFY(d.waitClosed());
}

void tst_PracticeServer::listenErrors()
{
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
    PracticeServer server;
    QCOMPARE(server.port(), quint16(0));
    QVERIFY(!server.listen(occupant.serverPort()));
    QVERIFY(!server.isListening());
    QVERIFY2(server.errorString().contains(QString::number(occupant.serverPort())), qPrintable(server.errorString()));
    QVERIFY(server.listen());
    QVERIFY(server.isListening());
    QVERIFY(server.port() != 0);
    QVERIFY(server.errorString().isEmpty());
    QCOMPARE(server.clientSettings().port, server.port());
    QCOMPARE(server.clientSettings().host, QStringLiteral("127.0.0.1"));
    server.close();
    QVERIFY(!server.isListening());
    QCOMPARE(server.scenario().id, Scenario::defaultId());
}

// --- robustness -------------------------------------------------------------------------------------

namespace {

/// Samples the server's buffered bytes while something runs, keeping the highest value.
struct BufferWatch
{
    explicit BufferWatch(const PracticeServer *server)
    {
        timer.setInterval(5);
        QObject::connect(&timer, &QTimer::timeout, &timer, [this, server] {
            highest = qMax(highest, server->bufferedBytes());
            clients = qMax(clients, server->sessionCount());
        });
        timer.start();
    }

    QString check() const
    {
        const qsizetype bound = qMax(1, clients) * PracticeServer::maxBufferedBytesPerClient();
        return highest <= bound ? QString() : QStringLiteral("buffered %1 bytes, bound %2").arg(highest).arg(bound);
    }

    QTimer timer;
    qsizetype highest = 0;
    int clients = 0;
};

/// The server still answers a new client at once.
bool stillResponsive(quint16 port)
{
    RawClient probe;
    if (!probe.connectTo(port) || probe.code() != 220)
        return false;
    probe.send("NOOP\r\n");
    return probe.code() == 250;
}

} // namespace

void tst_PracticeServer::overlongLine()
{
    const auto server = startServer();
    QVERIFY(server);
    BufferWatch watch(server.get());
    RawClient c;
    QVERIFY(c.connectTo(server->port()));
    QCOMPARE(c.code(), 220);
    c.send("NOOP " + QByteArray(100 * 1024, 'x') + "\r\nNOOP\r\n");
    QVERIFY(c.reply().startsWith("500 5.5.2"));
    QCOMPARE(c.code(), 250); // the rest of the long line was skipped; the next command works
    // Just at the limit is fine.
    c.send("NOOP " + QByteArray(PracticeServer::kMaxLineLength - 5, 'x') + "\r\n");
    QCOMPARE(c.code(), 250);
    c.send("NOOP " + QByteArray(PracticeServer::kMaxLineLength - 4, 'x') + "\r\n");
    QCOMPARE(c.code(), 500);
    QVERIFY(stillResponsive(server->port()));
    QVERIFY2(watch.check().isEmpty(), qPrintable(watch.check()));
}

void tst_PracticeServer::garbageWithoutLineEnds()
{
    const auto server = startServer();
    QVERIFY(server);
    BufferWatch watch(server.get());
    RawClient c;
    QVERIFY(c.connectTo(server->port()));
    QCOMPARE(c.code(), 220);
    // 10 MB without a line end: one "line too long", everything else skipped, nothing kept.
    QByteArray garbage(10 * 1024 * 1024, '\0');
    for (qsizetype i = 0; i < garbage.size(); ++i)
        garbage[i] = char(0x20 + QRandomGenerator::global()->bounded(0x5F));
    c.send(garbage + "\r\nNOOP\r\n");
    QVERIFY(c.reply(30'000).startsWith("500 5.5.2"));
    QCOMPARE(c.code(30'000), 250);
    QVERIFY(stillResponsive(server->port()));
    QVERIFY2(watch.check().isEmpty(), qPrintable(watch.check()));
    QVERIFY(watch.highest > 0);
}

void tst_PracticeServer::garbageLines()
{
    const auto server = startServer();
    QVERIFY(server);
    BufferWatch watch(server.get());
    RawClient c;
    QVERIFY(c.connectTo(server->port()));
    QCOMPARE(c.code(), 220);
    // 10 MB of random bytes (line ends included): after kMaxErrors mistakes the server says 421 and closes.
    QByteArray garbage(10 * 1024 * 1024, '\0');
    for (qsizetype i = 0; i < garbage.size(); ++i)
        garbage[i] = char(QRandomGenerator::global()->bounded(256));
    QSignalSpy logged(server.get(), &PracticeServer::logLine);
    c.send(garbage);
    QVERIFY(c.waitClosed(30'000));
    // (What the client reads of it is up to the TCP reset its unread garbage causes.)
    const auto said = [&](const QString &prefix) {
        return std::any_of(logged.cbegin(), logged.cend(),
                           [&](const QList<QVariant> &args) { return args.at(1).toString().startsWith(prefix); });
    };
    QVERIFY(said(QStringLiteral("S: 421 4.7.0")));
    QTRY_COMPARE_WITH_TIMEOUT(server->sessionCount(), 0, kWaitMs);
    QVERIFY(stillResponsive(server->port()));
    QVERIFY2(watch.check().isEmpty(), qPrintable(watch.check()));
}

void tst_PracticeServer::hugeMessage()
{
    const auto server = startServer();
    QVERIFY(server);
    QSignalSpy received(server.get(), &PracticeServer::messageReceived);
    BufferWatch watch(server.get());
    RawClient c;
    QVERIFY(c.connectTo(server->port()));
    QCOMPARE(c.code(), 220);
    c.send("EHLO c.test\r\nMAIL FROM:<a@b.test>\r\nRCPT TO:<x@y.test>\r\nDATA\r\n");
    for (int expected : {250, 250, 250, 354})
        QCOMPARE(c.code(), expected);
    // 11 MB, more than the advertised 10 MB: counted, dropped, refused after the final dot (RFC 1870).
    const QByteArray line = QByteArray(998, 'm') + "\r\n";
    QByteArray message;
    while (message.size() < 11 * 1024 * 1024)
        message += line;
    c.send(message + ".\r\n");
    const QByteArray verdict = c.reply(30'000);
    QVERIFY2(verdict.startsWith("552 5.3.4"), verdict.constData());
    QCOMPARE(received.count(), 1);
    QCOMPARE(received.at(0).at(1).toLongLong(), qint64(message.size()));
    c.send("NOOP\r\n");
    QCOMPARE(c.code(), 250);
    QVERIFY2(watch.check().isEmpty(), qPrintable(watch.check()));
}

void tst_PracticeServer::manyClients()
{
    const auto server = startServer();
    QVERIFY(server);
    QSignalSpy refused(server.get(), &PracticeServer::clientRefused);
    QSignalSpy disconnected(server.get(), &PracticeServer::clientDisconnected);
    constexpr int kClients = 40;
    std::vector<std::unique_ptr<RawClient>> clients;
    for (int i = 0; i < kClients; ++i) {
        clients.push_back(std::make_unique<RawClient>());
        QVERIFY(clients.back()->connectTo(server->port()));
        // One at a time, so that the first 32 are the ones served.
        QTRY_COMPARE_WITH_TIMEOUT(server->sessionCount() + refused.count(), i + 1, kWaitMs);
    }
    int greeted = 0;
    int turnedAway = 0;
    for (const auto &client : clients) {
        const QByteArray first = client->reply();
        if (first.startsWith("220 "))
            ++greeted;
        if (!first.startsWith("421 4.3.2"))
            continue;
        ++turnedAway;
        QVERIFY(client->waitClosed());
    }
    QCOMPARE(greeted, PracticeServer::kDefaultMaxClients);
    QCOMPARE(turnedAway, kClients - PracticeServer::kDefaultMaxClients);
    QCOMPARE(refused.count(), turnedAway);
    QCOMPARE(server->sessionCount(), PracticeServer::kDefaultMaxClients);
    // All of them at once, pipelined, still get their answers.
    for (const auto &client : clients)
        client->send("EHLO c.test\r\nNOOP\r\n");
    for (int i = 0; i < PracticeServer::kDefaultMaxClients; ++i) {
        QCOMPARE(clients.at(size_t(i))->code(), 250);
        QCOMPARE(clients.at(size_t(i))->code(), 250);
    }
    clients.clear();
    QTRY_COMPARE_WITH_TIMEOUT(server->sessionCount(), 0, kWaitMs);
    QCOMPARE(disconnected.count(), PracticeServer::kDefaultMaxClients);
    QVERIFY(stillResponsive(server->port()));
}

void tst_PracticeServer::clientDisconnectsMidData()
{
    const auto server = startServer();
    QVERIFY(server);
    QSignalSpy disconnected(server.get(), &PracticeServer::clientDisconnected);
    QSignalSpy received(server.get(), &PracticeServer::messageReceived);
    {
        RawClient c;
        QVERIFY(c.connectTo(server->port()));
        QCOMPARE(c.code(), 220);
        c.send("EHLO c.test\r\nMAIL FROM:<a@b.test>\r\nRCPT TO:<x@y.test>\r\nDATA\r\n");
        for (int expected : {250, 250, 250, 354})
            QCOMPARE(c.code(), expected);
        c.send("Subject: cut\r\n\r\nhalf a mess");
        QTest::qWait(50);
        c.socket().abort();
    }
    QTRY_COMPARE_WITH_TIMEOUT(disconnected.count(), 1, kWaitMs);
    QCOMPARE(server->sessionCount(), 0);
    QCOMPARE(received.count(), 0); // a cut message is no message
    QVERIFY(stillResponsive(server->port()));
}

void tst_PracticeServer::idleTimeout()
{
    const auto server = startServer();
    QVERIFY(server);
    server->setIdleTimeout(300);
    QElapsedTimer clock;
    clock.start();
    RawClient c;
    QVERIFY(c.connectTo(server->port()));
    QCOMPARE(c.code(), 220);
    QVERIFY(c.reply().startsWith("421 4.4.2"));
    QVERIFY(clock.elapsed() >= 250);
    QVERIFY(c.waitClosed());
    QTRY_COMPARE_WITH_TIMEOUT(server->sessionCount(), 0, kWaitMs);
}

QTEST_GUILESS_MAIN(tst_PracticeServer)
#include "tst_PracticeServer.moc"

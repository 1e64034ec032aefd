// SmtpSession has no socket: every protocol rule is tested here by feeding bytes and reading what
// it asks to write.
#include "core/smtp/SmtpSession.h"
#include "core/transcript/Transcript.h"

#include <QtTest>

namespace {

using Kind = SessionOutcome::Kind;

const QByteArray kEhloPlain = "250-mx.example.com\r\n250-PIPELINING\r\n250-SIZE 10000000\r\n250-8BITMIME\r\n"
                              "250 ENHANCEDSTATUSCODES\r\n";
const QByteArray kEhloTls = "250-mx.example.com\r\n250-SIZE 10000000\r\n250-STARTTLS\r\n250 8BITMIME\r\n";
const QByteArray kEhloAuth = "250-mx.example.com\r\n250-AUTH PLAIN LOGIN\r\n250 8BITMIME\r\n";

SessionSettings baseSettings()
{
    SessionSettings s;
    s.host = QStringLiteral("mx.example.com");
    s.ehloName = QStringLiteral("client.example.org");
    s.security = SessionSettings::Security::None;
    s.mailFrom = QStringLiteral("alice@example.org");
    s.recipients = {QStringLiteral("bob@example.net")};
    s.subject = QStringLiteral("Hello");
    s.body = QStringLiteral("Line one\n.hidden\n.\nLast line");
    return s;
}

// Holds a session and records everything it asks of the network.
class Harness
{
public:
    explicit Harness(const SessionSettings &settings, bool run = true)
        : session(settings, &transcript)
    {
        QObject::connect(&session, &SmtpSession::writeRequested, [this](const QByteArray &b) { written.append(b); });
        QObject::connect(&session, &SmtpSession::startTlsRequested, [this] { ++startTls; });
        QObject::connect(&session, &SmtpSession::closeRequested, [this] { ++closes; });
        QObject::connect(&session, &SmtpSession::finished, [this](const SessionOutcome &o) {
            outcome = o;
            ++finishes;
        });
        QObject::connect(&session, &SmtpSession::messageDataReady, [this] {
            while (session.hasMessageData())
                message += session.nextMessageChunk();
        });
        const QString problem = session.prepare();
        if (!problem.isEmpty())
            qWarning() << "prepare:" << problem;
        session.setRunMode(run);
        session.connecting(QStringLiteral("mx.example.com:25"));
        session.connected(QStringLiteral("192.0.2.1:25"));
    }

    void feed(const QByteArray &bytes) { session.receive(bytes); }
    QByteArray last() const { return written.isEmpty() ? QByteArray() : written.constLast(); }
    bool transcriptContains(const QString &text) const
    {
        for (const TranscriptEntry &e : transcript.entries()) {
            if (e.text().contains(text))
                return true;
        }
        return false;
    }
    // Plays the server through a whole delivery; returns at the QUIT.
    void deliverPlain()
    {
        feed("220 mx.example.com ESMTP\r\n");
        feed(kEhloPlain);
        feed("250 2.1.0 Ok\r\n");
        feed("250 2.1.5 Ok\r\n");
        feed("354 End data with <CR><LF>.<CR><LF>\r\n");
        feed("250 2.0.0 Ok: queued as ABC\r\n");
    }

    Transcript transcript;
    SmtpSession session;
    QList<QByteArray> written;
    QByteArray message;
    SessionOutcome outcome;
    int startTls = 0;
    int closes = 0;
    int finishes = 0;
};

} // namespace

class tst_SmtpSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deliversInRunMode();
    void messageIsDotStuffedAndTerminated();
    void stepModeWaitsAndSuggests();
    void ehloRefusedFallsBackToHelo();
    void heloRefusedStops();
    void rejections_data();
    void rejections();
    void someRecipientsRejected();
    void quitAfter_data();
    void quitAfter();
    void startTlsFlow();
    void startTlsInjectionIsDiscarded();
    void startTlsRequiredButNotOffered();
    void startTlsOpportunisticNotOffered();
    void startTlsRefused();
    void authNeverOverPlainTextUnlessAllowed();
    void authPlainOverTls();
    void noCredentialsToAServerWithoutAuth();
    void authLoginMasksEveryResponse();
    void authFailure();
    void suggestedAuthCarriesNoSecret();
    void mailParameters();
    void smtpUtf8ForInternationalAddress();
    void disconnectMidReply();
    void disconnectDuringData();
    void disconnectWhileIdleIsUnexpected();
    void timeout();
    void connectionRefused();
    void cancel();
    void garbageDoesNotConsumeAnExpectedReply();
    void replyToNothingIsRecorded();
    void laxModeRawCommands();
    void commandBeforeGreeting();
    void server421ClosesAtAnyStage();
    void nullSender();
    void rsetStartsTheEnvelopeOver();
    void verdictDuringDataStopsTheMessage();
    void mixedRecipientRefusalsAreTemporary();
    void nothingFollowsDataStartTlsOrAuth();
};

void tst_SmtpSession::deliversInRunMode()
{
    Harness h(baseSettings());
    h.deliverPlain();
    QCOMPARE(h.written.at(0), QByteArray("EHLO client.example.org\r\n"));
    QVERIFY(h.written.at(1).startsWith("MAIL FROM:<alice@example.org> SIZE="));
    QCOMPARE(h.written.at(2), QByteArray("RCPT TO:<bob@example.net>\r\n"));
    QCOMPARE(h.written.at(3), QByteArray("DATA\r\n"));
    QCOMPARE(h.last(), QByteArray("QUIT\r\n"));
    QCOMPARE(h.session.outcome().kind, Kind::Delivered);
    QCOMPARE(h.session.capabilities().sizeLimit(), std::optional<qint64>(10000000));
    h.feed("221 2.0.0 Bye\r\n");
    QCOMPARE(h.closes, 1);
    h.session.disconnected();
    QCOMPARE(h.finishes, 1);
    QCOMPARE(h.outcome.kind, Kind::Delivered);
    QCOMPARE(h.outcome.exitCode(), 0);
    QCOMPARE(h.outcome.acceptedRecipients, 1);
    QCOMPARE(h.session.state(), SmtpSession::State::Finished);
    // The greeting's latency is measured from the connection; every reply has a stage.
    const TranscriptEntry &greeting = h.transcript.at(2);
    QCOMPARE(greeting.direction(), TranscriptEntry::Direction::Server);
    QCOMPARE(greeting.stage(), SessionStage::Greeting);
    QVERIFY(greeting.hasLatency());
}

void tst_SmtpSession::messageIsDotStuffedAndTerminated()
{
    Harness h(baseSettings());
    h.deliverPlain();
    QVERIFY(h.message.contains("\r\nLine one\r\n..hidden\r\n..\r\nLast line\r\n.\r\n"));
    QVERIFY(h.message.endsWith("Last line\r\n.\r\n"));
    QVERIFY(!h.message.contains("\n\n"));
    // RFC 1870: the SIZE declared is the message with CRLF endings (without stuffing or the final dot).
    const QByteArray mail = h.written.at(1);
    const qint64 declared = mail.mid(mail.indexOf("SIZE=") + 5).trimmed().toLongLong();
    QCOMPARE(declared, qint64(h.message.size() - 2 - 3)); // two stuffed dots, ".\r\n"
    // The head of the message is shown, and the final dot is a client line waiting for the verdict.
    QVERIFY(h.transcriptContains(QStringLiteral("Subject: Hello")));
    const auto dot = std::find_if(h.transcript.entries().cbegin(), h.transcript.entries().cend(),
                                  [](const TranscriptEntry &e) { return e.text() == QLatin1String("."); });
    QVERIFY(dot != h.transcript.entries().cend());
    QCOMPARE(dot->stage(), SessionStage::EndOfData);
}

void tst_SmtpSession::stepModeWaitsAndSuggests()
{
    Harness h(baseSettings(), false);
    h.feed("220 mx.example.com ESMTP\r\n");
    QVERIFY(h.written.isEmpty());
    QCOMPARE(h.session.state(), SmtpSession::State::Ready);
    QCOMPARE(h.session.suggestedCommand().kind, SmtpCommand::Kind::Ehlo);
    QVERIFY(h.session.availableCommands().size() > 3);
    h.session.step();
    QCOMPARE(h.last(), QByteArray("EHLO client.example.org\r\n"));
    QCOMPARE(h.session.state(), SmtpSession::State::AwaitingReply);
    QVERIFY(!h.session.suggestedCommand().isValid()); // nothing to suggest while waiting
    h.feed(kEhloPlain);
    QCOMPARE(h.session.suggestedCommand().kind, SmtpCommand::Kind::Mail);
    // The caller may edit the suggestion before sending it.
    SmtpCommand edited = h.session.suggestedCommand();
    edited.line = "MAIL FROM:<other@example.org>";
    h.session.send(edited);
    QCOMPARE(h.last(), QByteArray("MAIL FROM:<other@example.org>\r\n"));
    h.feed("250 2.1.0 Ok\r\n");
    QCOMPARE(h.session.suggestedCommand().line, QByteArray("RCPT TO:<bob@example.net>"));
    // Switching to run mode takes it from here.
    h.session.setRunMode(true);
    QCOMPARE(h.last(), QByteArray("RCPT TO:<bob@example.net>\r\n"));
}

void tst_SmtpSession::ehloRefusedFallsBackToHelo()
{
    Harness h(baseSettings());
    h.feed("220 old.example.com SMTP\r\n");
    h.feed("502 5.5.1 Command not implemented\r\n");
    QCOMPARE(h.last(), QByteArray("HELO client.example.org\r\n"));
    h.feed("250 old.example.com\r\n");
    QVERIFY(h.last().startsWith("MAIL FROM:<alice@example.org>"));
    QVERIFY(!h.last().contains("SIZE=")); // HELO: no extensions
    QVERIFY(h.session.capabilities().isEmpty());
}

void tst_SmtpSession::heloRefusedStops()
{
    Harness h(baseSettings());
    h.feed("220 x\r\n");
    h.feed("500 what\r\n");
    h.feed("550 5.7.1 Go away\r\n");
    QCOMPARE(h.session.outcome().kind, Kind::PermanentRejection);
    QCOMPARE(h.session.outcome().stage, SessionStage::Ehlo);
    QCOMPARE(h.session.outcome().exitCode(), 11);
    QCOMPARE(h.last(), QByteArray("QUIT\r\n"));
}

void tst_SmtpSession::rejections_data()
{
    QTest::addColumn<QList<QByteArray>>("replies");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("stage");
    QTest::addColumn<int>("exitCode");

    const QByteArray g = "220 mx ESMTP\r\n";
    const QByteArray m = "250 2.1.0 Ok\r\n";
    const QByteArray r = "250 2.1.5 Ok\r\n";
    const QByteArray d = "354 go ahead\r\n";
    auto row = [](const char *name, const QList<QByteArray> &replies, Kind kind, SessionStage stage, int code) {
        QTest::newRow(name) << replies << int(kind) << int(stage) << code;
    };
    row("554 greeting", {"554 5.7.1 No SMTP service here\r\n"}, Kind::PermanentRejection, SessionStage::Greeting, 10);
    row("521 greeting", {"521 5.3.2 mx does not accept mail\r\n"}, Kind::PermanentRejection, SessionStage::Greeting,
        10);
    row("421 greeting", {"421 4.3.2 Too busy\r\n"}, Kind::TemporaryRejection, SessionStage::Greeting, 20);
    row("MAIL 550", {g, kEhloPlain, "550 5.7.1 Sender rejected\r\n"}, Kind::PermanentRejection, SessionStage::Mail, 12);
    row("MAIL 451", {g, kEhloPlain, "451 4.7.1 Try later\r\n"}, Kind::TemporaryRejection, SessionStage::Mail, 22);
    row("RCPT 550", {g, kEhloPlain, m, "550 5.1.1 User unknown\r\n"}, Kind::PermanentRejection, SessionStage::Rcpt, 13);
    row("RCPT 450 greylisted", {g, kEhloPlain, m, "450 4.2.0 Greylisted\r\n"}, Kind::TemporaryRejection,
        SessionStage::Rcpt, 23);
    row("DATA 554", {g, kEhloPlain, m, r, "554 5.5.1 No valid recipients\r\n"}, Kind::PermanentRejection,
        SessionStage::Data, 14);
    row("end of data 550", {g, kEhloPlain, m, r, d, "550 5.7.26 Unauthenticated email\r\n"}, Kind::PermanentRejection,
        SessionStage::EndOfData, 15);
    row("end of data 452", {g, kEhloPlain, m, r, d, "452 4.3.1 Insufficient storage\r\n"}, Kind::TemporaryRejection,
        SessionStage::EndOfData, 25);
}

void tst_SmtpSession::rejections()
{
    QFETCH(QList<QByteArray>, replies);
    QFETCH(int, kind);
    QFETCH(int, stage);
    QFETCH(int, exitCode);

    Harness h(baseSettings());
    for (const QByteArray &reply : replies)
        h.feed(reply);
    QCOMPARE(int(h.session.outcome().kind), kind);
    QCOMPARE(int(h.session.outcome().stage), stage);
    QCOMPARE(h.session.outcome().exitCode(), exitCode);
    QCOMPARE(h.session.outcome().reply.raw(), replies.constLast());
    // A careful client says goodbye after a rejection (unless the server is closing anyway).
    if (!replies.constLast().startsWith("421"))
        QCOMPARE(h.last(), QByteArray("QUIT\r\n"));
    h.feed("221 Bye\r\n");
    h.session.disconnected();
    QCOMPARE(int(h.outcome.kind), kind); // the disconnect after QUIT changes nothing
    QVERIFY(!h.outcome.summary().isEmpty());
}

void tst_SmtpSession::someRecipientsRejected()
{
    SessionSettings s = baseSettings();
    s.recipients = {QStringLiteral("nobody@example.net"), QStringLiteral("bob@example.net")};
    Harness h(s);
    h.feed("220 mx\r\n");
    h.feed(kEhloPlain);
    h.feed("250 2.1.0 Ok\r\n");
    h.feed("550 5.1.1 nobody: User unknown\r\n");
    QCOMPARE(h.last(), QByteArray("RCPT TO:<bob@example.net>\r\n"));
    h.feed("250 2.1.5 Ok\r\n");
    QCOMPARE(h.last(), QByteArray("DATA\r\n"));
    h.feed("354 go\r\n");
    h.feed("250 2.0.0 queued\r\n");
    QCOMPARE(h.session.outcome().kind, Kind::Delivered);
    QCOMPARE(h.session.outcome().acceptedRecipients, 1);
    QCOMPARE(h.session.outcome().rejectedRecipients, 1);
    QVERIFY(h.transcriptContains(QStringLiteral("Recipient rejected: nobody@example.net")));
}

void tst_SmtpSession::quitAfter_data()
{
    QTest::addColumn<int>("stage");
    QTest::addColumn<int>("writes"); // commands before QUIT
    QTest::newRow("connect") << int(SessionStage::Connect) << 0;
    QTest::newRow("greeting") << int(SessionStage::Greeting) << 0;
    QTest::newRow("ehlo") << int(SessionStage::Ehlo) << 1;
    QTest::newRow("mail") << int(SessionStage::Mail) << 2;
    QTest::newRow("rcpt") << int(SessionStage::Rcpt) << 3;
    QTest::newRow("data") << int(SessionStage::Data) << 4;
}

void tst_SmtpSession::quitAfter()
{
    QFETCH(int, stage);
    QFETCH(int, writes);
    SessionSettings s = baseSettings();
    s.quitAfter = SessionStage(stage);
    Harness h(s);
    const QList<QByteArray> replies = {"220 mx\r\n", kEhloPlain, "250 Ok\r\n", "250 Ok\r\n", "354 go\r\n"};
    for (const QByteArray &reply : replies) {
        if (h.last() == "QUIT\r\n")
            break;
        h.feed(reply);
    }
    QCOMPARE(h.last(), QByteArray("QUIT\r\n"));
    QCOMPARE(h.written.size(), writes + 1);
    h.feed("221 Bye\r\n");
    h.session.disconnected();
    QCOMPARE(h.outcome.kind, Kind::Completed);
    // Stopping after the connection still reads the greeting (the server speaks first).
    QCOMPARE(int(h.outcome.stage), stage == int(SessionStage::Connect) ? int(SessionStage::Greeting) : stage);
    QCOMPARE(h.outcome.exitCode(), 0);
}

void tst_SmtpSession::startTlsFlow()
{
    SessionSettings s = baseSettings();
    s.security = SessionSettings::Security::StartTls;
    Harness h(s);
    h.feed("220 mx\r\n");
    h.feed(kEhloTls);
    QCOMPARE(h.last(), QByteArray("STARTTLS\r\n"));
    h.feed("220 2.0.0 Ready to start TLS\r\n");
    QCOMPARE(h.startTls, 1);
    QCOMPARE(h.session.state(), SmtpSession::State::TlsHandshake);
    h.session.plaintextDiscarded(0);
    h.session.tlsEstablished(QStringLiteral("TLS 1.3"));
    // RFC 3207 §4.2: EHLO again; the old capability list is forgotten.
    QCOMPARE(h.last(), QByteArray("EHLO client.example.org\r\n"));
    QVERIFY(h.session.capabilities().isEmpty());
    QVERIFY(h.session.isTlsActive());
    QVERIFY(h.transcript.at(h.transcript.size() - 1).insideTls());
    h.feed("250-mx\r\n250 8BITMIME\r\n");
    QVERIFY(h.last().startsWith("MAIL FROM:"));
}

void tst_SmtpSession::startTlsInjectionIsDiscarded()
{
    SessionSettings s = baseSettings();
    s.security = SessionSettings::Security::StartTls;
    Harness h(s);
    h.feed("220 mx\r\n");
    h.feed(kEhloTls);
    // The classic STARTTLS injection: replies smuggled in the same packet as the 220.
    h.feed("220 Go ahead\r\n250-injected\r\n250 injected too\r\n");
    h.session.plaintextDiscarded(5);
    QVERIFY(!h.transcriptContains(QStringLiteral("injected")));
    QVERIFY(h.transcriptContains(QStringLiteral("RFC 3207")));
    h.session.tlsEstablished(QStringLiteral("TLS 1.3"));
    h.feed("250 mx\r\n"); // the real EHLO reply after the handshake is read normally
    QVERIFY(h.last().startsWith("MAIL FROM:"));
}

void tst_SmtpSession::startTlsRequiredButNotOffered()
{
    SessionSettings s = baseSettings();
    s.security = SessionSettings::Security::StartTlsRequired;
    Harness h(s);
    h.feed("220 mx\r\n");
    h.feed(kEhloPlain);
    QCOMPARE(h.session.outcome().kind, Kind::TlsFailed);
    QCOMPARE(h.session.outcome().exitCode(), 4);
    QCOMPARE(h.last(), QByteArray("QUIT\r\n"));
    QVERIFY(!h.written.join().contains("MAIL"));
}

void tst_SmtpSession::startTlsOpportunisticNotOffered()
{
    SessionSettings s = baseSettings();
    s.security = SessionSettings::Security::StartTls;
    Harness h(s);
    h.feed("220 mx\r\n");
    h.feed(kEhloPlain);
    QVERIFY(h.transcriptContains(QStringLiteral("WITHOUT encryption")));
    QVERIFY(h.last().startsWith("MAIL FROM:"));
}

void tst_SmtpSession::startTlsRefused()
{
    SessionSettings s = baseSettings();
    s.security = SessionSettings::Security::StartTlsRequired;
    Harness h(s);
    h.feed("220 mx\r\n");
    h.feed(kEhloTls);
    h.feed("454 4.7.0 TLS not available due to local problem\r\n");
    QCOMPARE(h.session.outcome().kind, Kind::TlsFailed);
    QCOMPARE(h.startTls, 0);
}

void tst_SmtpSession::authNeverOverPlainTextUnlessAllowed()
{
    SessionSettings s = baseSettings();
    s.authMechanism = SaslAuthenticator::Mechanism::Plain;
    s.authUser = QStringLiteral("alice");
    s.authSecret = QStringLiteral("s3cret-pass");
    {
        Harness h(s);
        h.feed("220 mx\r\n");
        h.feed(kEhloAuth);
        QCOMPARE(h.session.outcome().kind, Kind::AuthFailed);
        QCOMPARE(h.session.outcome().exitCode(), 5);
        QVERIFY(!h.written.join().contains("AUTH"));
        QCOMPARE(h.last(), QByteArray("QUIT\r\n"));
    }
    s.allowAuthWithoutTls = true;
    Harness h(s);
    h.feed("220 mx\r\n");
    h.feed(kEhloAuth);
    QVERIFY(h.last().startsWith("AUTH PLAIN "));
}

void tst_SmtpSession::authPlainOverTls()
{
    SessionSettings s = baseSettings();
    s.security = SessionSettings::Security::StartTls;
    s.authMechanism = SaslAuthenticator::Mechanism::Plain;
    s.authUser = QStringLiteral("test");
    s.authSecret = QStringLiteral("1234");
    Harness h(s);
    h.feed("220 mx\r\n");
    h.feed(kEhloTls);
    h.feed("220 go\r\n");
    h.session.tlsEstablished(QStringLiteral("TLS 1.3"));
    h.feed(kEhloAuth);
    QCOMPARE(h.last(), QByteArray("AUTH PLAIN AHRlc3QAMTIzNA==\r\n"));
    h.feed("235 2.7.0 Authentication successful\r\n");
    QVERIFY(h.last().startsWith("MAIL FROM:"));
    for (const TranscriptEntry &e : h.transcript.entries())
        QVERIFY2(!e.text().contains(QStringLiteral("AHRlc3QAMTIzNA")), qPrintable(e.text()));
}

void tst_SmtpSession::noCredentialsToAServerWithoutAuth()
{
    // An MX host (or a server reached by mistake) offers no AUTH after STARTTLS: the password stays here.
    SessionSettings s = baseSettings();
    s.security = SessionSettings::Security::StartTls;
    s.authMechanism = SaslAuthenticator::Mechanism::Plain;
    s.authUser = QStringLiteral("alice");
    s.authSecret = QStringLiteral("never-sent-7");
    Harness h(s);
    h.feed("220 mx\r\n");
    h.feed(kEhloTls);
    h.feed("220 go\r\n");
    h.session.tlsEstablished(QStringLiteral("TLS 1.3"));
    h.feed("250-mx.example.com\r\n250 8BITMIME\r\n");
    QCOMPARE(h.session.outcome().kind, Kind::AuthFailed);
    QVERIFY(!h.written.join().contains("AUTH"));
    QVERIFY(!h.written.join().contains("bmV2ZXI"));
    QCOMPARE(h.last(), QByteArray("QUIT\r\n"));
    QVERIFY(h.session.outcome().summary().contains(QStringLiteral("does not offer AUTH")));
}

void tst_SmtpSession::authLoginMasksEveryResponse()
{
    SessionSettings s = baseSettings();
    s.security = SessionSettings::Security::ImplicitTls;
    s.authMechanism = SaslAuthenticator::Mechanism::Login;
    s.authUser = QStringLiteral("alice");
    s.authSecret = QStringLiteral("hunter2");
    Transcript transcript;
    SmtpSession session(s, &transcript);
    QList<QByteArray> written;
    connect(&session, &SmtpSession::writeRequested, this, [&](const QByteArray &b) { written.append(b); });
    QVERIFY(session.prepare().isEmpty());
    session.setRunMode(true);
    session.connecting(QStringLiteral("mx:465"));
    session.tlsEstablished(QStringLiteral("TLS 1.3"));
    session.connected(QStringLiteral("192.0.2.1:465"));
    session.receive("220 mx\r\n");
    session.receive(kEhloAuth);
    QCOMPARE(written.constLast(), QByteArray("AUTH LOGIN\r\n"));
    session.receive("334 VXNlcm5hbWU6\r\n");
    QCOMPARE(written.constLast(), QByteArray("YWxpY2U=\r\n"));
    session.receive("334 UGFzc3dvcmQ6\r\n");
    QCOMPARE(written.constLast(), QByteArray("aHVudGVyMg==\r\n"));
    session.receive("235 2.7.0 Ok\r\n");
    QVERIFY(written.constLast().startsWith("MAIL FROM:"));
    int masked = 0;
    for (const TranscriptEntry &e : transcript.entries()) {
        QVERIFY(!e.text().contains(QStringLiteral("aHVudGVyMg")));
        QVERIFY(!e.text().contains(QStringLiteral("hunter2")));
        masked += e.isRedacted() ? 1 : 0;
    }
    QCOMPARE(masked, 2);
}

void tst_SmtpSession::authFailure()
{
    SessionSettings s = baseSettings();
    s.security = SessionSettings::Security::ImplicitTls;
    s.authMechanism = SaslAuthenticator::Mechanism::Plain;
    s.authUser = QStringLiteral("alice");
    s.authSecret = QStringLiteral("wrong");
    Harness h(s);
    h.session.tlsEstablished(QStringLiteral("TLS 1.3"));
    h.feed("220 mx\r\n");
    h.feed(kEhloAuth);
    h.feed("535 5.7.8 Authentication credentials invalid\r\n");
    QCOMPARE(h.session.outcome().kind, Kind::AuthFailed);
    QCOMPARE(h.session.outcome().exitCode(), 5);
    QCOMPARE(h.session.outcome().reply.code(), 535);
    QCOMPARE(h.last(), QByteArray("QUIT\r\n"));
}

void tst_SmtpSession::suggestedAuthCarriesNoSecret()
{
    SessionSettings s = baseSettings();
    s.security = SessionSettings::Security::ImplicitTls;
    s.authMechanism = SaslAuthenticator::Mechanism::Plain;
    s.authUser = QStringLiteral("alice");
    s.authSecret = QStringLiteral("topsecret");
    Harness h(s, false);
    h.session.tlsEstablished(QStringLiteral("TLS 1.3"));
    h.feed("220 mx\r\n");
    h.session.step();
    h.feed(kEhloAuth);
    const SmtpCommand suggested = h.session.suggestedCommand();
    QCOMPARE(suggested.kind, SmtpCommand::Kind::Auth);
    QCOMPARE(suggested.line, QByteArray("AUTH PLAIN"));
    h.session.step();
    QVERIFY(h.last().startsWith("AUTH PLAIN ")); // the credentials are added only on the wire
    QVERIFY(h.last().size() > 14);
}

void tst_SmtpSession::mailParameters()
{
    SessionSettings s = baseSettings();
    s.body = QStringLiteral("Grüße aus Köln\n");
    Harness h(s);
    h.feed("220 mx\r\n");
    h.feed(kEhloPlain);
    QVERIFY(h.last().contains(" BODY=8BITMIME"));
    QVERIFY(h.last().contains(" SIZE="));
    QVERIFY(!h.last().contains("SMTPUTF8"));

    Harness noEightBit(s);
    noEightBit.feed("220 mx\r\n");
    noEightBit.feed("250-mx\r\n250 PIPELINING\r\n");
    QVERIFY(!noEightBit.last().contains("BODY="));
    QVERIFY(!noEightBit.last().contains("SIZE="));
    QVERIFY(noEightBit.transcriptContains(QStringLiteral("8BITMIME")));
}

void tst_SmtpSession::smtpUtf8ForInternationalAddress()
{
    SessionSettings s = baseSettings();
    s.recipients = {QStringLiteral("用户@例子.广告")};
    Harness h(s);
    h.feed("220 mx\r\n");
    h.feed("250-mx\r\n250-SMTPUTF8\r\n250 8BITMIME\r\n");
    QVERIFY(h.last().contains(" SMTPUTF8"));
    h.feed("250 Ok\r\n");
    QCOMPARE(h.last(), QByteArray("RCPT TO:<用户@例子.广告>\r\n"));
}

void tst_SmtpSession::disconnectMidReply()
{
    Harness h(baseSettings());
    h.feed("220 mx\r\n");
    h.feed("250-mx.example.com\r\n250-SIZE");
    h.session.disconnected();
    QCOMPARE(h.finishes, 1);
    QCOMPARE(h.outcome.kind, Kind::UnexpectedDisconnect);
    QCOMPARE(h.outcome.exitCode(), 7);
    QVERIFY(h.transcriptContains(QStringLiteral("middle of a reply")));
    // The partial reply is kept, marked incomplete.
    bool incomplete = false;
    for (const TranscriptEntry &e : h.transcript.entries())
        incomplete = incomplete || e.reply().problem() == SmtpReply::Problem::Incomplete;
    QVERIFY(incomplete);
}

void tst_SmtpSession::disconnectDuringData()
{
    SessionSettings s = baseSettings();
    s.body = QString(300 * 1024, u'x');
    Transcript transcript;
    SmtpSession session(s, &transcript);
    QVERIFY(session.prepare().isEmpty());
    session.setRunMode(true);
    session.connecting(QStringLiteral("mx:25"));
    session.connected(QStringLiteral("192.0.2.1:25"));
    session.receive("220 mx\r\n");
    session.receive(kEhloPlain);
    session.receive("250 Ok\r\n");
    session.receive("250 Ok\r\n");
    session.receive("354 go\r\n");
    QVERIFY(session.hasMessageData());
    QCOMPARE(session.nextMessageChunk().size(), 64 * 1024); // pulled in bounded chunks
    session.disconnected();
    QCOMPARE(session.outcome().kind, Kind::UnexpectedDisconnect);
    QCOMPARE(session.outcome().stage, SessionStage::EndOfData);
}

void tst_SmtpSession::disconnectWhileIdleIsUnexpected()
{
    Harness h(baseSettings(), false);
    h.feed("220 mx\r\n");
    h.session.disconnected();
    QCOMPARE(h.outcome.kind, Kind::UnexpectedDisconnect);
}

void tst_SmtpSession::timeout()
{
    Harness h(baseSettings());
    h.feed("220 mx\r\n");
    h.feed(kEhloPlain);
    QCOMPARE(h.session.replyTimeoutMs(), baseSettings().commandTimeoutMs);
    h.session.timedOut();
    QCOMPARE(h.session.outcome().kind, Kind::Timeout);
    QCOMPARE(h.session.outcome().stage, SessionStage::Mail);
    QCOMPARE(h.session.outcome().exitCode(), 6);
    QCOMPARE(h.closes, 1);
    h.session.disconnected();
    QCOMPARE(h.outcome.kind, Kind::Timeout);
}

void tst_SmtpSession::connectionRefused()
{
    Transcript transcript;
    SmtpSession session(baseSettings(), &transcript);
    QSignalSpy finished(&session, &SmtpSession::finished);
    session.connecting(QStringLiteral("mx:25"));
    session.networkFailed(SessionOutcome::NetworkFailure::Refused, QStringLiteral("Connection refused"));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(session.outcome().kind, Kind::ConnectionFailed);
    QCOMPARE(session.outcome().network, SessionOutcome::NetworkFailure::Refused);
    QCOMPARE(session.outcome().exitCode(), 3);
    QVERIFY(session.outcome().summary().contains(QStringLiteral("refused")));
}

void tst_SmtpSession::cancel()
{
    Harness h(baseSettings(), false);
    h.feed("220 mx\r\n");
    h.session.cancel();
    QCOMPARE(h.closes, 1);
    h.session.disconnected();
    QCOMPARE(h.outcome.kind, Kind::Cancelled);
}

void tst_SmtpSession::garbageDoesNotConsumeAnExpectedReply()
{
    Harness h(baseSettings());
    h.feed("SSH-2.0-OpenSSH_9.2\r\n");
    QVERIFY(h.written.isEmpty());
    h.feed("220 mx\r\n");
    QCOMPARE(h.last(), QByteArray("EHLO client.example.org\r\n"));
}

void tst_SmtpSession::replyToNothingIsRecorded()
{
    Harness h(baseSettings(), false);
    h.feed("220 mx\r\n");
    h.feed("250 surprise\r\n");
    QVERIFY(h.transcriptContains(QStringLiteral("answers no command")));
    QCOMPARE(h.session.outcome().kind, Kind::None);
}

void tst_SmtpSession::laxModeRawCommands()
{
    Harness h(baseSettings(), false);
    h.feed("220 mx\r\n");
    // Anything the user types goes out as typed, even what the server did not advertise.
    h.session.sendRaw(QStringLiteral("VRFY postmaster"));
    h.session.sendRaw(QStringLiteral("XYZZY"));
    QCOMPARE(h.written, QList<QByteArray>({"VRFY postmaster\r\n", "XYZZY\r\n"}));
    h.feed("252 2.0.0 Cannot VRFY user\r\n500 5.5.2 Error: command not recognized\r\n");
    QCOMPARE(h.session.state(), SmtpSession::State::Ready);
    const TranscriptEntry &last = h.transcript.at(h.transcript.size() - 1);
    QCOMPARE(last.reply().code(), 500);
    QCOMPARE(last.stage(), SessionStage::Other);
    QVERIFY(last.hasLatency());
    QCOMPARE(h.session.outcome().kind, Kind::None); // a refused raw command stops nothing
    // Line breaks cannot smuggle a second command.
    h.session.sendRaw(QStringLiteral("NOOP\r\nRCPT TO:<x@y>"));
    QCOMPARE(h.last(), QByteArray("NOOP RCPT TO:<x@y>\r\n"));
}

void tst_SmtpSession::commandBeforeGreeting()
{
    Harness h(baseSettings(), false);
    h.session.sendRaw(QStringLiteral("NOOP")); // an early talker, on purpose
    h.feed("220 mx\r\n250 2.0.0 Ok\r\n");
    QCOMPARE(h.transcript.at(h.transcript.size() - 2).stage(), SessionStage::Greeting);
    QCOMPARE(h.transcript.at(h.transcript.size() - 1).stage(), SessionStage::Other);
    QCOMPARE(h.session.suggestedCommand().kind, SmtpCommand::Kind::Ehlo);
}

void tst_SmtpSession::server421ClosesAtAnyStage()
{
    Harness h(baseSettings());
    h.feed("220 mx\r\n");
    h.feed(kEhloPlain);
    h.feed("421 4.7.0 Too many errors, closing connection\r\n");
    QCOMPARE(h.session.outcome().kind, Kind::TemporaryRejection);
    QCOMPARE(h.session.outcome().stage, SessionStage::Mail);
    QCOMPARE(h.session.outcome().exitCode(), 22);
    h.session.disconnected();
    QCOMPARE(h.outcome.kind, Kind::TemporaryRejection);
}

void tst_SmtpSession::nullSender()
{
    SessionSettings s = baseSettings();
    s.mailFrom.clear();
    Harness h(s);
    h.feed("220 mx\r\n");
    h.feed("250 mx\r\n");
    QCOMPARE(h.last(), QByteArray("MAIL FROM:<>\r\n"));
}

void tst_SmtpSession::rsetStartsTheEnvelopeOver()
{
    Harness h(baseSettings(), false);
    h.feed("220 mx\r\n");
    h.session.step();
    h.feed(kEhloPlain);
    h.session.step();
    h.feed("250 Ok\r\n");
    QCOMPARE(h.session.suggestedCommand().kind, SmtpCommand::Kind::Rcpt);
    h.session.sendRaw(QStringLiteral("RSET"));
    h.feed("250 2.0.0 Ok\r\n");
    QCOMPARE(h.session.suggestedCommand().kind, SmtpCommand::Kind::Mail);
}

void tst_SmtpSession::verdictDuringDataStopsTheMessage()
{
    SessionSettings s = baseSettings();
    s.body = QString(300 * 1024, u'x');
    Transcript transcript;
    SmtpSession session(s, &transcript);
    QSignalSpy closes(&session, &SmtpSession::closeRequested);
    QVERIFY(session.prepare().isEmpty());
    session.setRunMode(true);
    session.connecting(QStringLiteral("mx:25"));
    session.connected(QStringLiteral("192.0.2.1:25"));
    for (const QByteArray &reply : {QByteArray("220 mx\r\n"), kEhloPlain, QByteArray("250 Ok\r\n"),
                                    QByteArray("250 Ok\r\n"), QByteArray("354 go\r\n")})
        session.receive(reply);
    QVERIFY(!session.nextMessageChunk().isEmpty());
    // The server rejects before the message is complete (smtp-sink -A, some filters).
    session.receive("550 5.7.1 This violates SMTP\r\n");
    QCOMPARE(session.outcome().kind, Kind::PermanentRejection);
    QCOMPARE(session.outcome().stage, SessionStage::EndOfData);
    QCOMPARE(session.outcome().exitCode(), 15);
    QVERIFY(!session.hasMessageData()); // nothing more is sent
    QCOMPARE(closes.count(), 1);
}

void tst_SmtpSession::mixedRecipientRefusalsAreTemporary()
{
    for (const bool deferFirst : {true, false}) {
        SessionSettings s = baseSettings();
        s.recipients = {QStringLiteral("a@example.net"), QStringLiteral("b@example.net")};
        Harness h(s);
        h.feed("220 mx\r\n");
        h.feed(kEhloPlain);
        h.feed("250 Ok\r\n");
        h.feed(deferFirst ? "450 4.2.0 Greylisted\r\n" : "550 5.1.1 Unknown\r\n");
        h.feed(deferFirst ? "550 5.1.1 Unknown\r\n" : "450 4.2.0 Greylisted\r\n");
        // Whatever the order: one recipient may still succeed later, so the whole is temporary.
        QCOMPARE(h.session.outcome().kind, Kind::TemporaryRejection);
        QCOMPARE(h.session.outcome().exitCode(), 23);
    }
}

void tst_SmtpSession::nothingFollowsDataStartTlsOrAuth()
{
    // RFC 2920 §3.1: DATA and STARTTLS end a pipelined batch; a command typed while their reply is
    // outstanding would land in the message or the TLS handshake.
    SessionSettings s = baseSettings();
    s.security = SessionSettings::Security::StartTls;
    Harness h(s, false);
    h.feed("220 mx\r\n");
    h.session.step();
    h.feed(kEhloTls);
    h.session.step();
    QCOMPARE(h.last(), QByteArray("STARTTLS\r\n"));
    QVERIFY(!h.session.canSend());
    h.session.sendRaw(QStringLiteral("NOOP"));
    QCOMPARE(h.last(), QByteArray("STARTTLS\r\n"));
    h.feed("220 go\r\n");
    h.session.tlsEstablished(QStringLiteral("TLS 1.3"));
    QVERIFY(h.session.canSend());
    h.session.step();
    h.feed("250 mx\r\n");
    h.session.step();
    h.feed("250 Ok\r\n");
    h.session.step();
    h.feed("250 Ok\r\n");
    h.session.step();
    QCOMPARE(h.last(), QByteArray("DATA\r\n"));
    QVERIFY(!h.session.canSend());
    h.session.sendRaw(QStringLiteral("QUIT"));
    QCOMPARE(h.last(), QByteArray("DATA\r\n"));
    h.feed("354 go\r\n");
    QVERIFY(h.session.canSend());
}

QTEST_GUILESS_MAIN(tst_SmtpSession)
#include "tst_SmtpSession.moc"

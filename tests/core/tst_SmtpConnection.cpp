#include "core/smtp/SmtpConnection.h"
#include "core/smtp/SmtpSession.h"
#include "core/tls/TlsReport.h"
#include "core/transcript/Transcript.h"
#include "support/FakeSmtpServer.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryFile>
#include <QTest>

#include <memory>

Q_DECLARE_METATYPE(FakeSmtpServer::Certificate)
Q_DECLARE_METATYPE(SessionSettings::Security)

// A real SmtpConnection and SmtpSession in run mode (as the CLI runs them) against FakeSmtpServer on
// 127.0.0.1. Every wait is bounded; session timeouts are a second or two, so the whole test is quick.
class tst_SmtpConnection final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deliversCleanly_data();
    void deliversCleanly();
    void deliversWithPipelinedReplies();
    void startTlsVerified();
    void startTlsDiscardsInjectedReply();
    void certificateRefused_data();
    void certificateRefused();
    void certificateAccepted_data();
    void certificateAccepted();
    void implicitTls();
    void implicitTlsRefused();
    void startTlsNotOffered_data();
    void startTlsNotOffered();
    void greetingTimeout();
    void timeoutAfterMail();
    void disconnectMidReply();
    void disconnectMidFinalReply();
    void disconnectDuringData();
    void resetAfterMail();
    void garbageBeforeGreeting();
    void connectionRefused();
    void cancelMidway();
    void authPlainOverStartTls_data();
    void authPlainOverStartTls();
    void authRefusedWithoutTls();
    void fakeServerSurvivesFlood();
};

namespace {

constexpr int kWaitMs = 5000; ///< the longest any single wait may take
constexpr int kSessionTimeoutMs = 2000;

using Kind = SessionOutcome::Kind;
using Direction = TranscriptEntry::Direction;
using Severity = TranscriptEntry::Severity;
using Script = FakeSmtpServer::Script;
using Certificate = FakeSmtpServer::Certificate;

const QString kRecipient = QStringLiteral("rcpt@fake.test");

SessionSettings settingsFor(quint16 port, SessionSettings::Security security = SessionSettings::Security::None)
{
    SessionSettings s;
    s.host = QStringLiteral("127.0.0.1"); // never anything but loopback
    s.port = port;
    s.ipFamily = SessionSettings::IpFamily::IPv4;
    s.security = security;
    s.connectTimeoutMs = kSessionTimeoutMs;
    s.greetingTimeoutMs = kSessionTimeoutMs;
    s.commandTimeoutMs = kSessionTimeoutMs;
    s.dataTimeoutMs = kSessionTimeoutMs;
    s.ehloName = QStringLiteral("client.test");
    s.mailFrom = QStringLiteral("sender@client.test");
    return s;
}

/// One session, wired as the CLI wires it.
struct Run
{
    explicit Run(const SessionSettings &settings)
        : session(std::make_unique<SmtpSession>(settings, &transcript))
        , connection(std::make_unique<SmtpConnection>(session.get()))
        , closed(connection.get(), &SmtpConnection::closed)
    {}

    /// prepare() and open(); the reason when prepare() refused.
    QString start(bool runMode = true)
    {
        const QString problem = session->prepare();
        if (!problem.isEmpty())
            return problem;
        session->setRunMode(runMode);
        connection->open();
        return {};
    }

    bool waitClosed(int ms = kWaitMs) { return closed.count() > 0 || closed.wait(ms); }

    const SessionOutcome &outcome() const { return session->outcome(); }

    QList<TranscriptEntry> entries(Direction direction) const
    {
        QList<TranscriptEntry> out;
        for (const TranscriptEntry &e : transcript.entries()) {
            if (e.direction() == direction)
                out.append(e);
        }
        return out;
    }

    bool hasNote(Severity severity, const QString &fragment) const
    {
        for (const TranscriptEntry &e : transcript.entries()) {
            if (e.direction() == Direction::Note && e.severity() == severity && e.text().contains(fragment))
                return true;
        }
        return false;
    }

    bool anyTextContains(const QString &fragment) const
    {
        for (const TranscriptEntry &e : transcript.entries()) {
            if (e.text().contains(fragment))
                return true;
        }
        return false;
    }

    /// The transcript, one entry a line, for failure messages.
    QString dump() const
    {
        QString text = QStringLiteral("outcome: %1 at %2: %3\n")
                           .arg(outcome().key(), SessionStages::key(outcome().stage), outcome().summary());
        for (const TranscriptEntry &e : transcript.entries()) {
            text += QStringLiteral("  %1 %2%3 %4\n")
                        .arg(TranscriptEntry::directionKey(e.direction()), TranscriptEntry::severityKey(e.severity()),
                             e.insideTls() ? QStringLiteral(" tls") : QString(), e.text());
        }
        return text;
    }

    /// Empty when the outcome is as expected; otherwise what differs, with the transcript.
    QString outcomeMismatch(Kind kind, SessionStage stage, int exitCode) const
    {
        const SessionOutcome &o = outcome();
        if (o.kind == kind && o.stage == stage && o.exitCode() == exitCode)
            return {};
        SessionOutcome expected;
        expected.kind = kind;
        return QStringLiteral("expected %1 at %2 (exit %3), got exit %4\n%5")
            .arg(expected.key(), SessionStages::key(stage))
            .arg(exitCode)
            .arg(o.exitCode())
            .arg(dump());
    }

    Transcript transcript;
    std::unique_ptr<SmtpSession> session;
    std::unique_ptr<SmtpConnection> connection;
    QSignalSpy closed;
};

#define CHECK_OUTCOME(run, kind, stage, exitCode)                                                                      \
    do {                                                                                                               \
        const QString mismatch_ = (run).outcomeMismatch(kind, stage, exitCode);                                        \
        QVERIFY2(mismatch_.isEmpty(), qPrintable(mismatch_));                                                          \
    } while (false)

QList<int> codes(const QList<TranscriptEntry> &entries)
{
    QList<int> out;
    for (const TranscriptEntry &e : entries)
        out.append(e.reply().code());
    return out;
}

int countStartingWith(const QList<QByteArray> &lines, const QByteArray &prefix)
{
    int n = 0;
    for (const QByteArray &line : lines)
        n += line.startsWith(prefix) ? 1 : 0;
    return n;
}

bool hasProblem(const TlsReport &report, QSslError::SslError error)
{
    for (const TlsReport::Problem &p : report.problems()) {
        if (p.error == error)
            return !p.message.isEmpty() && !p.explanation.isEmpty() && p.explanation == TlsReport::explain(error);
    }
    return false;
}

QByteArray plainResponse(const QString &user, const QString &secret)
{
    // RFC 4616 §2: [authzid] NUL authcid NUL passwd
    const QByteArray message = QByteArray(1, '\0') + user.toUtf8() + QByteArray(1, '\0') + secret.toUtf8();
    return message.toBase64();
}

} // namespace

// --- delivery ----------------------------------------------------------------------------------

void tst_SmtpConnection::deliversCleanly_data()
{
    QTest::addColumn<int>("pieceSize");
    QTest::addColumn<int>("pieceDelayMs");

    QTest::newRow("whole replies") << 0 << 0;
    QTest::newRow("1-byte pieces") << 1 << 1;
    QTest::newRow("5-byte pieces, no pause") << 5 << 0;
}

void tst_SmtpConnection::deliversCleanly()
{
    QFETCH(int, pieceSize);
    QFETCH(int, pieceDelayMs);

    FakeSmtpServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    server.setScript(Script()
                         .split(pieceSize, pieceDelayMs)
                         .greet()
                         .ehlo({"PIPELINING", "SIZE 1000000", "8BITMIME"})
                         .acceptMessage()
                         .quit());
    SessionSettings settings = settingsFor(server.port());
    settings.recipients = {kRecipient};
    settings.subject = QStringLiteral("Split replies");
    Run run(settings);
    QCOMPARE(run.start(), QString());
    QVERIFY2(run.waitClosed(), qPrintable(run.dump()));

    CHECK_OUTCOME(run, Kind::Delivered, SessionStage::EndOfData, 0);
    QCOMPARE(run.closed.count(), 1);
    QCOMPARE(run.outcome().acceptedRecipients, 1);
    QCOMPARE(run.outcome().reply.code(), 250);
    QCOMPARE(run.session->capabilities().sizeLimit(), std::optional<qint64>(1000000));

    const QList<TranscriptEntry> replies = run.entries(Direction::Server);
    QCOMPARE(codes(replies), (QList<int>{220, 250, 250, 250, 354, 250, 221}));
    for (const TranscriptEntry &e : replies)
        QVERIFY2(e.reply().isValid(), qPrintable(run.dump()));
    QVERIFY2(!run.hasNote(Severity::Error, QString()), qPrintable(run.dump()));

    const FakeSmtpServer::Record record = server.record();
    QVERIFY2(record.mismatches.isEmpty(), qPrintable(record.mismatches.join(u'\n')));
    QCOMPARE(record.lines.size(), 5);
    QCOMPARE(record.lines.at(0), QByteArray("EHLO client.test"));
    QVERIFY(record.lines.at(1).startsWith("MAIL FROM:<sender@client.test> SIZE="));
    QCOMPARE(record.lines.at(2), QByteArray("RCPT TO:<rcpt@fake.test>"));
    QCOMPARE(record.lines.at(3), QByteArray("DATA"));
    QCOMPARE(record.lines.at(4), QByteArray("QUIT"));
    QCOMPARE(record.messages, 1);
    QVERIFY(record.message.contains("Subject: Split replies\r\n"));
    QTRY_VERIFY_WITH_TIMEOUT(server.record().finished, kWaitMs);
}

void tst_SmtpConnection::deliversWithPipelinedReplies()
{
    // RFC 2920: MAIL, RCPT and DATA go out together; the server answers all three in one write,
    // so one read holds several replies, to be matched to their commands in order.
    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setScript(Script()
                         .greet()
                         .ehlo({"PIPELINING"})
                         .expect(QStringLiteral("^MAIL FROM:<"))
                         .expect(QStringLiteral("^RCPT TO:<"))
                         .expect(QStringLiteral("^DATA$"), "250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n354 Go ahead\r\n")
                         .receiveMessage()
                         .quit());
    SessionSettings settings = settingsFor(server.port());
    settings.recipients = {kRecipient};
    Run run(settings);
    QCOMPARE(run.start(false), QString()); // step mode: the test sends the pipelined commands itself
    QTRY_COMPARE_WITH_TIMEOUT(run.session->state(), SmtpSession::State::Ready, kWaitMs);
    run.session->step(); // EHLO
    QTRY_COMPARE_WITH_TIMEOUT(run.session->state(), SmtpSession::State::Ready, kWaitMs);
    QCOMPARE(run.session->suggestedCommand().kind, SmtpCommand::Kind::Mail);
    run.session->step();
    run.session->send(SmtpCommand::make(SmtpCommand::Kind::Rcpt, "RCPT TO:<rcpt@fake.test>"));
    run.session->send(SmtpCommand::make(SmtpCommand::Kind::Data, "DATA"));
    run.session->setRunMode(true);
    QVERIFY2(run.waitClosed(), qPrintable(run.dump()));

    CHECK_OUTCOME(run, Kind::Delivered, SessionStage::EndOfData, 0);
    const QList<TranscriptEntry> replies = run.entries(Direction::Server);
    QCOMPARE(codes(replies), (QList<int>{220, 250, 250, 250, 354, 250, 221}));
    QCOMPARE(replies.at(2).stage(), SessionStage::Mail);
    QCOMPARE(replies.at(3).stage(), SessionStage::Rcpt);
    QCOMPARE(replies.at(4).stage(), SessionStage::Data);
    const FakeSmtpServer::Record record = server.record();
    QVERIFY2(record.mismatches.isEmpty(), qPrintable(record.mismatches.join(u'\n')));
    QCOMPARE(record.lines, (QList<QByteArray>{"EHLO client.test", "MAIL FROM:<sender@client.test>",
                                              "RCPT TO:<rcpt@fake.test>", "DATA", "QUIT"}));
}

// --- TLS ---------------------------------------------------------------------------------------

void tst_SmtpConnection::startTlsVerified()
{
    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setScript(Script()
                         .greet()
                         .ehlo({"STARTTLS"})
                         .acceptStartTls(Certificate::Server)
                         .ehlo({"AUTH PLAIN"})
                         .acceptMessage()
                         .quit());
    SessionSettings settings = settingsFor(server.port(), SessionSettings::Security::StartTlsRequired);
    settings.caFile = FakeSmtpServer::caFile();
    settings.recipients = {kRecipient};
    Run run(settings);
    QSignalSpy reportChanged(run.connection.get(), &SmtpConnection::tlsReportChanged);
    QCOMPARE(run.start(), QString());
    QVERIFY2(run.waitClosed(), qPrintable(run.dump()));

    CHECK_OUTCOME(run, Kind::Delivered, SessionStage::EndOfData, 0);
    QVERIFY(run.session->isTlsActive());
    QCOMPARE(reportChanged.count(), 1);

    const TlsReport &report = run.connection->tlsReport();
    QVERIFY2(report.isVerified(), qPrintable(report.details().join(u'\n')));
    QVERIFY(report.protocol().startsWith(QLatin1String("TLS 1.")));
    QVERIFY(!report.cipher().isEmpty());
    QVERIFY(!report.chain().isEmpty());
    QCOMPARE(report.chain().constFirst().subject, QStringLiteral("localhost"));
    QCOMPARE(report.chain().constFirst().issuer, QStringLiteral("SMTP Doctor Test CA"));
    QVERIFY(report.chain().constFirst().subjectAltNames.contains(QStringLiteral("127.0.0.1")));

    // EHLO again after the handshake (RFC 3207 §4.2); everything from the handshake on is inside TLS.
    const FakeSmtpServer::Record record = server.record();
    QVERIFY(record.encrypted);
    QVERIFY2(record.mismatches.isEmpty(), qPrintable(record.mismatches.join(u'\n')));
    QCOMPARE(countStartingWith(record.lines, "EHLO "), 2);
    QCOMPARE(record.lines.at(1), QByteArray("STARTTLS"));
    QCOMPARE(record.lines.at(2), QByteArray("EHLO client.test"));

    const QList<TranscriptEntry> &entries = run.transcript.entries();
    qsizetype firstTls = -1;
    for (qsizetype i = 0; i < entries.size() && firstTls < 0; ++i) {
        if (entries.at(i).insideTls())
            firstTls = i;
    }
    QVERIFY2(firstTls > 0, qPrintable(run.dump()));
    QCOMPARE(entries.at(firstTls).direction(), Direction::Note); // "TLS established: …"
    for (qsizetype i = firstTls; i < entries.size(); ++i)
        QVERIFY2(entries.at(i).insideTls(), qPrintable(run.dump()));
    int ehloInside = 0;
    for (const TranscriptEntry &e : run.entries(Direction::Client)) {
        if (e.text().startsWith(QLatin1String("EHLO ")))
            ehloInside += e.insideTls() ? 1 : 0;
        if (e.text() == QLatin1String("STARTTLS"))
            QVERIFY(!e.insideTls());
    }
    QCOMPARE(ehloInside, 1);
}

void tst_SmtpConnection::startTlsDiscardsInjectedReply()
{
    // RFC 3207 §4.2: bytes sent after "220" and before the handshake must not be read as replies.
    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setScript(Script()
                         .greet()
                         .ehlo({"STARTTLS"})
                         .expect(QStringLiteral("^STARTTLS$"))
                         .sendThenStartTls("220 Go ahead\r\n250 injected\r\n")
                         .ehlo()
                         .quit());
    SessionSettings settings = settingsFor(server.port(), SessionSettings::Security::StartTls);
    settings.caFile = FakeSmtpServer::caFile();
    Run run(settings);
    QCOMPARE(run.start(), QString());
    QVERIFY2(run.waitClosed(), qPrintable(run.dump()));

    CHECK_OUTCOME(run, Kind::Completed, SessionStage::Ehlo, 0);
    QVERIFY(server.record().encrypted);
    for (const TranscriptEntry &e : run.entries(Direction::Server))
        QVERIFY2(!e.text().contains(QLatin1String("injected")), qPrintable(run.dump()));
    // "250 injected\r\n": 14 bytes, counted and thrown away.
    QVERIFY2(run.hasNote(Severity::Warning, QStringLiteral("Discarded 14 byte(s)")), qPrintable(run.dump()));
    QVERIFY2(run.hasNote(Severity::Warning, QStringLiteral("RFC 3207")), qPrintable(run.dump()));
    QCOMPARE(countStartingWith(server.record().lines, "EHLO "), 2);
}

void tst_SmtpConnection::certificateRefused_data()
{
    QTest::addColumn<Certificate>("certificate");
    QTest::addColumn<bool>("withCaFile");
    QTest::addColumn<QList<int>>("expectedErrors"); // any one of them

    QTest::newRow("wrong name") << Certificate::WrongName << true << QList<int>{QSslError::HostNameMismatch};
    QTest::newRow("self-signed") << Certificate::SelfSigned << true << QList<int>{QSslError::SelfSignedCertificate};
    QTest::newRow("expired") << Certificate::Expired << true << QList<int>{QSslError::CertificateExpired};
    QTest::newRow("unknown issuer") << Certificate::Server << false
                                    << QList<int>{QSslError::UnableToGetLocalIssuerCertificate,
                                                  QSslError::UnableToGetIssuerCertificate,
                                                  QSslError::UnableToVerifyFirstCertificate};
}

void tst_SmtpConnection::certificateRefused()
{
    QFETCH(Certificate, certificate);
    QFETCH(bool, withCaFile);
    QFETCH(QList<int>, expectedErrors);

    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setScript(Script().greet().ehlo({"STARTTLS"}).acceptStartTls(certificate).ehlo().quit());
    SessionSettings settings = settingsFor(server.port(), SessionSettings::Security::StartTls);
    if (withCaFile)
        settings.caFile = FakeSmtpServer::caFile();
    settings.recipients = {kRecipient};
    Run run(settings);
    QCOMPARE(run.start(), QString());
    QVERIFY2(run.waitClosed(), qPrintable(run.dump()));

    CHECK_OUTCOME(run, Kind::TlsFailed, SessionStage::StartTls, 4);
    QCOMPARE(run.closed.count(), 1);
    const TlsReport &report = run.connection->tlsReport();
    QVERIFY(!report.isVerified());
    bool listed = false;
    for (int error : expectedErrors)
        listed = listed || hasProblem(report, QSslError::SslError(error));
    QVERIFY2(listed, qPrintable(report.details().join(u'\n')));
    QVERIFY2(run.hasNote(Severity::Error, QStringLiteral("TLS failed")), qPrintable(run.dump()));
    // Nothing after the failed handshake went anywhere: no second EHLO, no MAIL.
    QTRY_VERIFY_WITH_TIMEOUT(server.record().finished, kWaitMs);
    const FakeSmtpServer::Record record = server.record();
    QVERIFY(!record.encrypted);
    QVERIFY2(!record.tlsError.isEmpty(), "the server side saw the handshake fail");
    QCOMPARE(record.lines, (QList<QByteArray>{"EHLO client.test", "STARTTLS"}));
}

void tst_SmtpConnection::certificateAccepted_data()
{
    certificateRefused_data();
}

void tst_SmtpConnection::certificateAccepted()
{
    QFETCH(Certificate, certificate);
    QFETCH(bool, withCaFile);
    QFETCH(QList<int>, expectedErrors);

    FakeSmtpServer server;
    QVERIFY(server.start());
    FakeSmtpServer::Dialogue dialogue;
    dialogue.startTls = certificate;
    server.setScript(Script().serve(dialogue));
    SessionSettings settings = settingsFor(server.port(), SessionSettings::Security::StartTlsRequired);
    if (withCaFile)
        settings.caFile = FakeSmtpServer::caFile();
    settings.acceptTlsErrors = true;
    settings.recipients = {kRecipient};
    Run run(settings);
    QCOMPARE(run.start(), QString());
    QVERIFY2(run.waitClosed(), qPrintable(run.dump()));

    CHECK_OUTCOME(run, Kind::Delivered, SessionStage::EndOfData, 0);
    QVERIFY(server.record().encrypted);
    QCOMPARE(server.record().messages, 1);
    const TlsReport &report = run.connection->tlsReport();
    QVERIFY(!report.isVerified()); // accepted, not verified: the report still says what is wrong
    bool listed = false;
    for (int error : expectedErrors)
        listed = listed || hasProblem(report, QSslError::SslError(error));
    QVERIFY2(listed, qPrintable(report.details().join(u'\n')));
    QVERIFY2(run.hasNote(Severity::Warning, QStringLiteral("ACCEPTED")), qPrintable(run.dump()));
    bool named = false;
    for (const TlsReport::Problem &p : report.problems())
        named = named || run.hasNote(Severity::Warning, p.message);
    QVERIFY2(named, qPrintable(run.dump()));
}

void tst_SmtpConnection::implicitTls()
{
    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setScript(Script().startTls(Certificate::Server).greet().ehlo().quit());
    SessionSettings settings = settingsFor(server.port(), SessionSettings::Security::ImplicitTls);
    settings.caFile = FakeSmtpServer::caFile();
    Run run(settings);
    QCOMPARE(run.start(), QString());
    QVERIFY2(run.waitClosed(), qPrintable(run.dump()));

    CHECK_OUTCOME(run, Kind::Completed, SessionStage::Ehlo, 0);
    QVERIFY(run.connection->tlsReport().isVerified());
    QVERIFY(!run.connection->tlsReport().protocol().isEmpty());
    const QList<TranscriptEntry> replies = run.entries(Direction::Server);
    QCOMPARE(codes(replies), (QList<int>{220, 250, 221}));
    for (const TranscriptEntry &e : replies)
        QVERIFY(e.insideTls());
    for (const TranscriptEntry &e : run.entries(Direction::Client))
        QVERIFY(e.insideTls());
    QCOMPARE(server.record().lines, (QList<QByteArray>{"EHLO client.test", "QUIT"}));
}

void tst_SmtpConnection::implicitTlsRefused()
{
    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setScript(Script().startTls(Certificate::Expired).greet().ehlo().quit());
    SessionSettings settings = settingsFor(server.port(), SessionSettings::Security::ImplicitTls);
    settings.caFile = FakeSmtpServer::caFile();
    Run run(settings);
    QCOMPARE(run.start(), QString());
    QVERIFY2(run.waitClosed(), qPrintable(run.dump()));

    CHECK_OUTCOME(run, Kind::TlsFailed, SessionStage::Connect, 4);
    QVERIFY(hasProblem(run.connection->tlsReport(), QSslError::CertificateExpired));
    QVERIFY(run.entries(Direction::Server).isEmpty());
    QVERIFY(server.record().lines.isEmpty());
}

void tst_SmtpConnection::startTlsNotOffered_data()
{
    QTest::addColumn<SessionSettings::Security>("security");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("stage");
    QTest::addColumn<int>("exitCode");

    QTest::newRow("required") << SessionSettings::Security::StartTlsRequired << int(Kind::TlsFailed)
                              << int(SessionStage::StartTls) << 4;
    QTest::newRow("opportunistic") << SessionSettings::Security::StartTls << int(Kind::Completed)
                                   << int(SessionStage::Ehlo) << 0;
}

void tst_SmtpConnection::startTlsNotOffered()
{
    QFETCH(SessionSettings::Security, security);
    QFETCH(int, kind);
    QFETCH(int, stage);
    QFETCH(int, exitCode);

    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setScript(Script().greet().ehlo({"8BITMIME"}).quit());
    Run run(settingsFor(server.port(), security));
    QCOMPARE(run.start(), QString());
    QVERIFY2(run.waitClosed(), qPrintable(run.dump()));

    CHECK_OUTCOME(run, Kind(kind), SessionStage(stage), exitCode);
    // Either way the session ends politely, and never asks for what is not offered.
    QCOMPARE(server.record().lines, (QList<QByteArray>{"EHLO client.test", "QUIT"}));
    if (security == SessionSettings::Security::StartTls)
        QVERIFY2(run.hasNote(Severity::Warning, QStringLiteral("WITHOUT encryption")), qPrintable(run.dump()));
}

// --- timeouts and disconnects ------------------------------------------------------------------

void tst_SmtpConnection::greetingTimeout()
{
    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setScript(Script()); // accepts, then says nothing
    SessionSettings settings = settingsFor(server.port());
    settings.greetingTimeoutMs = 1000;
    Run run(settings);
    QElapsedTimer elapsed;
    elapsed.start();
    QCOMPARE(run.start(), QString());
    QVERIFY2(run.waitClosed(), qPrintable(run.dump()));

    QVERIFY2(elapsed.elapsed() >= 900 && elapsed.elapsed() < 3000, qPrintable(QString::number(elapsed.elapsed())));
    CHECK_OUTCOME(run, Kind::Timeout, SessionStage::Greeting, 6);
    QVERIFY2(run.hasNote(Severity::Error, QStringLiteral("No reply within 1 s")), qPrintable(run.dump()));
    QTRY_VERIFY_WITH_TIMEOUT(server.record().finished, kWaitMs);
    QVERIFY(server.record().lines.isEmpty());
}

void tst_SmtpConnection::timeoutAfterMail()
{
    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setScript(Script().greet().ehlo().expect(QStringLiteral("^MAIL FROM:"))); // then silence
    SessionSettings settings = settingsFor(server.port());
    settings.commandTimeoutMs = 1000;
    settings.recipients = {kRecipient};
    Run run(settings);
    QElapsedTimer elapsed;
    elapsed.start();
    QCOMPARE(run.start(), QString());
    QVERIFY2(run.waitClosed(), qPrintable(run.dump()));

    QVERIFY(elapsed.elapsed() < 3000);
    CHECK_OUTCOME(run, Kind::Timeout, SessionStage::Mail, 6);
    QTRY_VERIFY_WITH_TIMEOUT(server.record().finished, kWaitMs);
}

void tst_SmtpConnection::disconnectMidReply()
{
    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setScript(Script().greet().expect(QStringLiteral("^EHLO ")).send("250-partial\r\n250-mo").close());
    Run run(settingsFor(server.port()));
    QCOMPARE(run.start(), QString());
    QVERIFY2(run.waitClosed(), qPrintable(run.dump()));

    CHECK_OUTCOME(run, Kind::UnexpectedDisconnect, SessionStage::Ehlo, 7);
    QVERIFY2(run.hasNote(Severity::Error, QStringLiteral("closed in the middle of a reply")), qPrintable(run.dump()));
    const QList<TranscriptEntry> replies = run.entries(Direction::Server);
    QCOMPARE(replies.size(), 2);
    QCOMPARE(replies.at(1).reply().problem(), SmtpReply::Problem::Incomplete);
    QVERIFY(replies.at(1).text().contains(QLatin1String("250-mo")));
}

void tst_SmtpConnection::disconnectMidFinalReply()
{
    // The verdict after the final "." is cut off: not a reply, so not "delivered" (RFC 5321 §4.2).
    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setScript(Script()
                         .greet()
                         .ehlo()
                         .expect(QStringLiteral("^MAIL FROM:"), "250 2.1.0 Ok\r\n")
                         .expect(QStringLiteral("^RCPT TO:"), "250 2.1.5 Ok\r\n")
                         .expect(QStringLiteral("^DATA$"), "354 Go ahead\r\n")
                         .receiveMessage("250-2.0.0 Ok\r\n250-qu")
                         .close());
    SessionSettings settings = settingsFor(server.port());
    settings.recipients = {kRecipient};
    Run run(settings);
    QCOMPARE(run.start(), QString());
    QVERIFY2(run.waitClosed(), qPrintable(run.dump()));

    CHECK_OUTCOME(run, Kind::UnexpectedDisconnect, SessionStage::EndOfData, 7);
    QVERIFY2(run.hasNote(Severity::Error, QStringLiteral("closed in the middle of a reply")), qPrintable(run.dump()));
    QCOMPARE(server.record().messages, 1);
    const TranscriptEntry last = run.entries(Direction::Server).constLast();
    QCOMPARE(last.reply().problem(), SmtpReply::Problem::Incomplete);
    QCOMPARE(last.stage(), SessionStage::EndOfData);
}

void tst_SmtpConnection::disconnectDuringData()
{
    // A message of a few MB; the server closes after 256 KiB of it.
    QTemporaryFile message;
    QVERIFY(message.open());
    QByteArray text = "From: <sender@client.test>\r\nTo: <rcpt@fake.test>\r\nSubject: big\r\n\r\n";
    const QByteArray line = QByteArray(76, 'x') + "\r\n";
    for (int i = 0; i < 40'000; ++i)
        text += line;
    QCOMPARE(message.write(text), qint64(text.size()));
    QVERIFY(message.flush());

    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setScript(Script()
                         .greet()
                         .ehlo()
                         .expect(QStringLiteral("^MAIL FROM:"), "250 2.1.0 Ok\r\n")
                         .expect(QStringLiteral("^RCPT TO:"), "250 2.1.5 Ok\r\n")
                         .expect(QStringLiteral("^DATA$"), "354 Go ahead\r\n")
                         .receiveMessage({}, 256 * 1024));
    SessionSettings settings = settingsFor(server.port());
    settings.recipients = {kRecipient};
    settings.messageFile = message.fileName();
    Run run(settings);
    QCOMPARE(run.start(), QString());
    QVERIFY2(run.waitClosed(), qPrintable(run.dump()));

    CHECK_OUTCOME(run, Kind::UnexpectedDisconnect, SessionStage::EndOfData, 7);
    const FakeSmtpServer::Record record = server.record();
    QVERIFY(record.messageBytes >= 256 * 1024);
    QVERIFY(record.messageBytes < text.size());
    QCOMPARE(record.messages, 0);
}

void tst_SmtpConnection::resetAfterMail()
{
    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setScript(Script().greet().ehlo().expect(QStringLiteral("^MAIL FROM:")).abort());
    SessionSettings settings = settingsFor(server.port());
    settings.recipients = {kRecipient};
    Run run(settings);
    QCOMPARE(run.start(), QString());
    QVERIFY2(run.waitClosed(), qPrintable(run.dump()));

    CHECK_OUTCOME(run, Kind::UnexpectedDisconnect, SessionStage::Mail, 7);
    QCOMPARE(run.closed.count(), 1);
}

void tst_SmtpConnection::garbageBeforeGreeting()
{
    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setScript(Script().send("SSH-2.0-OpenSSH_9.2\r\n220 ok\r\n").ehlo().quit());
    Run run(settingsFor(server.port()));
    QCOMPARE(run.start(), QString());
    QVERIFY2(run.waitClosed(), qPrintable(run.dump()));

    CHECK_OUTCOME(run, Kind::Completed, SessionStage::Ehlo, 0);
    const QList<TranscriptEntry> replies = run.entries(Direction::Server);
    QVERIFY2(replies.size() == 4, qPrintable(run.dump()));
    QVERIFY(replies.at(0).reply().isMalformed());
    QCOMPARE(replies.at(0).reply().problem(), SmtpReply::Problem::NoCode);
    QVERIFY(replies.at(0).text().contains(QLatin1String("SSH-2.0-OpenSSH_9.2")));
    QCOMPARE(replies.at(0).stage(), SessionStage::Greeting);
    QCOMPARE(codes(replies.mid(1)), (QList<int>{220, 250, 221}));
    QCOMPARE(server.record().lines, (QList<QByteArray>{"EHLO client.test", "QUIT"}));
}

void tst_SmtpConnection::connectionRefused()
{
    // A port nothing listens on: take a free one, then let it go.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();

    Run run(settingsFor(port));
    QCOMPARE(run.start(), QString());
    QVERIFY2(run.waitClosed(), qPrintable(run.dump()));

    CHECK_OUTCOME(run, Kind::ConnectionFailed, SessionStage::Connect, 3);
    QCOMPARE(run.outcome().network, SessionOutcome::NetworkFailure::Refused);
    QCOMPARE(run.closed.count(), 1);
}

void tst_SmtpConnection::cancelMidway()
{
    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setScript(Script().greet().ehlo().expect(QStringLiteral("^MAIL FROM:"))); // then silence
    SessionSettings settings = settingsFor(server.port());
    settings.recipients = {kRecipient};
    Run run(settings);
    QCOMPARE(run.start(), QString());
    QTRY_COMPARE_WITH_TIMEOUT(server.record().lines.size(), 2, kWaitMs);
    QCOMPARE(run.closed.count(), 0);

    run.connection->cancel();
    QCOMPARE(run.closed.count(), 1); // at once, not after a timeout
    CHECK_OUTCOME(run, Kind::Cancelled, SessionStage::Mail, 1);
    QCOMPARE(run.session->state(), SmtpSession::State::Finished);
    QTRY_VERIFY_WITH_TIMEOUT(server.record().finished, kWaitMs);
    QCOMPARE(run.closed.count(), 1);
}

// --- authentication ----------------------------------------------------------------------------

void tst_SmtpConnection::authPlainOverStartTls_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("stage");
    QTest::addColumn<int>("exitCode");

    QTest::newRow("235") << QStringLiteral("correct horse battery") << int(Kind::Completed) << int(SessionStage::Auth)
                         << 0;
    QTest::newRow("535") << QStringLiteral("wrong staple") << int(Kind::AuthFailed) << int(SessionStage::Auth) << 5;
}

void tst_SmtpConnection::authPlainOverStartTls()
{
    QFETCH(QString, secret);
    QFETCH(int, kind);
    QFETCH(int, stage);
    QFETCH(int, exitCode);

    const QString user = QStringLiteral("alice");
    FakeSmtpServer server;
    QVERIFY(server.start());
    FakeSmtpServer::Dialogue dialogue;
    dialogue.startTls = Certificate::Server;
    dialogue.authPlain = plainResponse(user, QStringLiteral("correct horse battery"));
    server.setScript(Script().serve(dialogue));
    SessionSettings settings = settingsFor(server.port(), SessionSettings::Security::StartTlsRequired);
    settings.caFile = FakeSmtpServer::caFile();
    settings.authMechanism = SaslAuthenticator::Mechanism::Plain;
    settings.authUser = user;
    settings.authSecret = secret;
    Run run(settings);
    QCOMPARE(run.start(), QString());
    QVERIFY2(run.waitClosed(), qPrintable(run.dump()));

    CHECK_OUTCOME(run, Kind(kind), SessionStage(stage), exitCode);
    const QByteArray sent = plainResponse(user, secret);
    const FakeSmtpServer::Record record = server.record();
    QVERIFY(record.encrypted);
    QVERIFY2(record.lines.contains("AUTH PLAIN " + sent), qPrintable(QString::fromUtf8(record.lines.join('\n'))));
    QCOMPARE(record.lines.constLast(), QByteArray("QUIT"));
    const QList<TranscriptEntry> replies = run.entries(Direction::Server);
    QVERIFY(codes(replies).contains(kind == int(Kind::Completed) ? 235 : 535));

    // The secret never reaches the transcript, in clear or in base64.
    QVERIFY2(!run.anyTextContains(secret), qPrintable(run.dump()));
    QVERIFY2(!run.anyTextContains(QString::fromLatin1(sent)), qPrintable(run.dump()));
    bool masked = false;
    for (const TranscriptEntry &e : run.entries(Direction::Client))
        masked = masked || (e.text().startsWith(QLatin1String("AUTH PLAIN")) && e.isRedacted() && e.insideTls());
    QVERIFY2(masked, qPrintable(run.dump()));
}

void tst_SmtpConnection::authRefusedWithoutTls()
{
    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setScript(Script().greet().ehlo({"AUTH PLAIN LOGIN"}).quit());
    SessionSettings settings = settingsFor(server.port());
    settings.authMechanism = SaslAuthenticator::Mechanism::Plain;
    settings.authUser = QStringLiteral("alice");
    settings.authSecret = QStringLiteral("never-in-clear");
    Run run(settings);
    QCOMPARE(run.start(), QString());
    QVERIFY2(run.waitClosed(), qPrintable(run.dump()));

    CHECK_OUTCOME(run, Kind::AuthFailed, SessionStage::Auth, 5);
    QCOMPARE(server.record().lines, (QList<QByteArray>{"EHLO client.test", "QUIT"})); // no AUTH line
    QVERIFY(!run.anyTextContains(QStringLiteral("never-in-clear")));
}

// --- the fake server itself --------------------------------------------------------------------

void tst_SmtpConnection::fakeServerSurvivesFlood()
{
    // Whatever a client sends, the fake server stays bounded and keeps answering.
    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setScript(Script().serve());
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.port());
    QVERIFY(client.waitForConnected(kWaitMs));
    client.write(QByteArray(1024 * 1024, 'A')); // one line of 1 MiB
    client.write(QByteArray("\r\n\0\xff\x01 binary\r\nNOOP\r\n", 20));
    QByteArray received;
    QTRY_VERIFY_WITH_TIMEOUT((received += client.readAll()).contains("250 2.0.0 Ok\r\n"), kWaitMs);
    QVERIFY(received.startsWith("220 "));

    const FakeSmtpServer::Record record = server.record();
    QCOMPARE(record.lines.size(), 3);
    QCOMPARE(record.lines.at(0).size(), 64 * 1024); // cut, the rest skipped
    QCOMPARE(record.lines.at(2), QByteArray("NOOP"));
    QCOMPARE(server.openConnections(), 1);
    server.stop();
    QCOMPARE(server.openConnections(), 0);
    QVERIFY(server.record().finished);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::UnconnectedState, kWaitMs);
}

QTEST_GUILESS_MAIN(tst_SmtpConnection)
#include "tst_SmtpConnection.moc"

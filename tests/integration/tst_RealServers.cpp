// smtp-doctor-cli against real SMTP servers on 127.0.0.1, started and stopped by this test:
// aiosmtpd (tests/servers/aiosmtpd_server.py: STARTTLS, AUTH, stores what it receives byte for byte)
// and Postfix's smtp-sink (tests/servers/smtp_sink.sh: rejects, drops or delays chosen commands).
// scripts/test installs both; without them the tests are skipped, or fail when the environment
// variable SMTPDOCTOR_REAL_SERVERS is "required".

#include "servers/TestServers.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

namespace {

using TestServers::ServerProcess;
using TestServers::startSmtpSink;
using TestServers::tlsFile;

constexpr int kRunTimeoutMs = 30'000; ///< one run of the CLI

const char *const kUser = "smtp-doctor-test";
const char *const kPassword = "c0rrect-H0rse-B4ttery-7Qz";
const char *const kSender = "sender@example.org";
const char *const kRecipient = "rcpt@example.org";
const char *const kSecondRecipient = "second@example.org";

// aiosmtpd for the test user, storing what it receives in `store`.
QString startAiosmtpd(ServerProcess &server, const QString &store, const QStringList &more = {})
{
    return TestServers::startAiosmtpd(server, store, QLatin1String(kUser), QLatin1String(kPassword), more);
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString failure; ///< why the CLI could not be run to the end; empty when it was
};

// Runs the CLI with English output and no password in its environment unless `password` is given;
// `input` is its standard input (an empty one when none is given).
Run runCli(const QStringList &arguments, const QByteArray &password = {}, const QByteArray &input = {})
{
    Run run;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.remove(QStringLiteral("SMTPDOCTOR_PASSWORD"));
    if (!password.isEmpty())
        environment.insert(QStringLiteral("SMTPDOCTOR_PASSWORD"), QString::fromUtf8(password));
    process.setProcessEnvironment(environment);
    if (input.isEmpty())
        process.setStandardInputFile(QProcess::nullDevice()); // no terminal: never a prompt
    const QString description = QStringLiteral("smtp-doctor-cli ") + arguments.join(u' ');
    process.start(QStringLiteral(SMTPDOCTOR_CLI_PATH), arguments);
    if (!input.isEmpty()) {
        process.write(input);
        process.closeWriteChannel();
    }
    if (!process.waitForFinished(kRunTimeoutMs)) {
        process.kill();
        process.waitForFinished(TestServers::kStopTimeoutMs);
        run.failure = QStringLiteral("%1 did not finish within %2 s: %3")
                          .arg(description)
                          .arg(kRunTimeoutMs / 1000)
                          .arg(process.errorString());
        return run;
    }
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    if (process.exitStatus() != QProcess::NormalExit) {
        run.failure = QStringLiteral("%1 crashed\nstdout:\n%2\nstderr:\n%3")
                          .arg(description, QString::fromUtf8(run.out), QString::fromUtf8(run.err));
        return run;
    }
    run.exitCode = process.exitCode();
    return run;
}

// The arguments of a session with one server on loopback, for `recipients`.
QStringList sessionArguments(quint16 port, const QStringList &recipients, const QStringList &more)
{
    QStringList arguments{QStringLiteral("--server"),  QStringLiteral("127.0.0.1:%1").arg(port),
                          QStringLiteral("--ehlo"),    QStringLiteral("client.example.org"),
                          QStringLiteral("--from"),    QLatin1String(kSender),
                          QStringLiteral("--timeout"), QStringLiteral("10")};
    for (const QString &recipient : recipients)
        arguments << QStringLiteral("--to") << recipient;
    return arguments + more;
}

QStringList sessionArguments(quint16 port, const QStringList &more)
{
    return sessionArguments(port, {QLatin1String(kRecipient)}, more);
}

QStringList authArguments(const QString &mechanism)
{
    return {QStringLiteral("--auth"), mechanism, QStringLiteral("--user"), QLatin1String(kUser)};
}

// Every form in which the password could leak: as is, and base64 as AUTH PLAIN and LOGIN send it.
bool revealsPassword(const QByteArray &output)
{
    const QByteArray password(kPassword);
    const QByteArray plain = QByteArray(1, '\0') + kUser + '\0' + password;
    return output.contains(password) || output.contains(password.toBase64()) || output.contains(plain.toBase64());
}

QJsonValue field(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key));
}

// Checks that every line is a JSON object and the last one the outcome; returns a problem, or empty.
QString jsonProblem(const QByteArray &out, int exitCode, QList<QJsonObject> *objects)
{
    const QList<QByteArray> lines = out.trimmed().split('\n');
    for (const QByteArray &line : lines) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return QStringLiteral("not a JSON object (%1): %2").arg(error.errorString(), QString::fromUtf8(line));
        objects->append(document.object());
    }
    const QJsonObject last = objects->constLast();
    if (!last.contains(QLatin1String("outcome")) || !last.contains(QLatin1String("exitCode")))
        return QStringLiteral("the last line has no outcome or exitCode: ") + QString::fromUtf8(lines.constLast());
    if (field(last, "exitCode").toInt(-1) != exitCode)
        return QStringLiteral("exitCode %1 in the JSON, %2 from the process")
            .arg(field(last, "exitCode").toInt(-1))
            .arg(exitCode);
    return {};
}

// RFC 5321 §2.3.8: what a server receives is the message with every line ending CRLF, the last line
// ended too; dot-stuffing (§4.5.2) is the client's to add and the server's to remove, so it never shows.
QByteArray withCrlf(QByteArray message)
{
    message.replace("\r\n", "\n").replace("\n", "\r\n");
    if (!message.isEmpty() && !message.endsWith("\r\n"))
        message += "\r\n";
    return message;
}

QByteArray mixedMessage()
{
    QByteArray message = "From: Sender <sender@example.org>\r\n"
                         "To: <rcpt@example.org>\r\n"
                         "Subject: dots, bare LF and 8-bit text\r\n"
                         "MIME-Version: 1.0\r\n"
                         "Content-Type: text/plain; charset=UTF-8\r\n"
                         "Content-Transfer-Encoding: 8bit\r\n"
                         "\r\n"
                         ".\r\n"
                         "..\r\n"
                         ". x\r\n"
                         ".hidden\r\n"
                         ".\n"
                         "...\n"
                         "a bare LF line\n"
                         "\n"
                         "\r\n";
    message += QStringLiteral("8-bit: Grüße, ça va, 日本語のテキスト, 🙂\r\n").toUtf8();
    message += QStringLiteral(".Ünïcode after a dot\n").toUtf8();
    return message + "the last line has no line ending";
}

// About 300 KiB of lines that start with dots at every offset, so stuffing meets the engine's 64 KiB
// chunk boundaries; line endings alternate between CRLF and bare LF.
QByteArray largeMessage()
{
    QByteArray message = "Subject: large\r\n\r\n";
    for (int i = 0; message.size() < 300 * 1024; ++i)
        message += QByteArray(i % 4, '.') + QByteArray(i % 113, char('a' + i % 26)) + (i % 2 ? "\n" : "\r\n");
    return message + ".";
}

QList<QJsonObject> readEvents(const QString &store)
{
    QList<QJsonObject> events;
    QFile file(store + QStringLiteral("/events.jsonl"));
    if (!file.open(QIODevice::ReadOnly))
        return events;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (!line.isEmpty())
            events.append(QJsonDocument::fromJson(line).object());
    }
    return events;
}

QList<QJsonObject> eventsOf(const QString &store, const QString &kind)
{
    QList<QJsonObject> matching;
    for (const QJsonObject &event : readEvents(store)) {
        if (field(event, "event").toString() == kind)
            matching.append(event);
    }
    return matching;
}

QStringList storedMessages(const QString &store)
{
    return QDir(store).entryList({QStringLiteral("message-*.eml")}, QDir::Files, QDir::Name);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The envelope aiosmtpd_server.py stored with its first message.
QJsonObject firstEnvelope(const QString &store)
{
    return QJsonDocument::fromJson(readAll(store + QStringLiteral("/message-1.json"))).object();
}

QString describe(const Run &run)
{
    return QStringLiteral("exit code %1\nstdout:\n%2\nstderr:\n%3")
        .arg(run.exitCode)
        .arg(QString::fromUtf8(run.out), QString::fromUtf8(run.err));
}

} // namespace

// Fails the current test with the CLI's output when it did not run to the end.
#define RUN_CLI(run, ...)                                                                                              \
    const Run run = runCli(__VA_ARGS__);                                                                               \
    QVERIFY2(run.failure.isEmpty(), qPrintable(run.failure))

#define COMPARE_EXIT(run, expected)                                                                                    \
    QVERIFY2(run.exitCode == (expected),                                                                               \
             qPrintable(QStringLiteral("expected exit code %1, got ").arg(expected) + describe(run)))

// Parses the output of a --json run into `objects`, failing the test when any line is not an object.
#define PARSE_JSON(run, objects)                                                                                       \
    QList<QJsonObject> objects;                                                                                        \
    do {                                                                                                               \
        const QString problem = jsonProblem(run.out, run.exitCode, &objects);                                          \
        QVERIFY2(problem.isEmpty(), qPrintable(problem + u'\n' + describe(run)));                                      \
    } while (false)

class tst_RealServers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void aiosmtpdDeliversExactBytes_data();
    void aiosmtpdDeliversExactBytes();
    void aiosmtpdWrongPassword();
    void aiosmtpdCertificateCheck_data();
    void aiosmtpdCertificateCheck();
    void aiosmtpdNoCredentialsInClear_data();
    void aiosmtpdNoCredentialsInClear();
    void aiosmtpdRecipientsRefused_data();
    void aiosmtpdRecipientsRefused();

    void smtpSinkDelivers();
    void smtpSinkOutcomes_data();
    void smtpSinkOutcomes();
    void smtpSinkTimeouts_data();
    void smtpSinkTimeouts();

private:
    QString m_missingAiosmtpd; ///< why aiosmtpd cannot run here; empty when it can
    QString m_missingSmtpSink;
    bool m_serversRequired = false;
};

void tst_RealServers::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(SMTPDOCTOR_CLI_PATH)), SMTPDOCTOR_CLI_PATH " was not built");
    m_serversRequired = qEnvironmentVariable("SMTPDOCTOR_REAL_SERVERS") == QLatin1String("required");

    m_missingAiosmtpd = TestServers::aiosmtpdMissing();
    m_missingSmtpSink = TestServers::smtpSinkMissing();
}

void tst_RealServers::init()
{
    const QByteArray function(QTest::currentTestFunction());
    const QString missing = function.startsWith("aiosmtpd") ? m_missingAiosmtpd : m_missingSmtpSink;
    if (missing.isEmpty())
        return;
    if (m_serversRequired)
        QFAIL(qPrintable(missing + QStringLiteral(", and SMTPDOCTOR_REAL_SERVERS=required")));
    QSKIP(qPrintable(missing));
}

void tst_RealServers::aiosmtpdDeliversExactBytes_data()
{
    QTest::addColumn<QString>("mechanism");
    QTest::addColumn<bool>("json");
    QTest::addColumn<bool>("passwordFile");  ///< else SMTPDOCTOR_PASSWORD
    QTest::addColumn<bool>("standardInput"); ///< --data -, else a file
    QTest::addColumn<QByteArray>("message");

    const QString plain = QStringLiteral("PLAIN");
    const QString login = QStringLiteral("LOGIN");
    QTest::newRow("PLAIN, text") << plain << false << false << false << mixedMessage();
    QTest::newRow("LOGIN, json") << login << true << true << false << mixedMessage();
    QTest::newRow("PLAIN, json, standard input") << plain << true << false << true << mixedMessage();
    QTest::newRow("PLAIN, json, ends in a lone dot")
        << plain << true << false << false << QByteArray("Subject: x\n\nbody\n..\n.");
    QTest::newRow("LOGIN, text, bare LF only")
        << login << false << true << false << QByteArray("Subject: y\n\n.\n. \n..\n");
    QTest::newRow("PLAIN, text, dots across chunks") << plain << false << true << false << largeMessage();
    QTest::newRow("LOGIN, json, dots across chunks, standard input") << login << true << true << true << largeMessage();
}

// STARTTLS verified with the test CA, AUTH, then a raw message: the server stores exactly the bytes
// the RFCs say it must receive, and the password appears nowhere in what the CLI prints.
void tst_RealServers::aiosmtpdDeliversExactBytes()
{
    QFETCH(QString, mechanism);
    QFETCH(bool, json);
    QFETCH(bool, passwordFile);
    QFETCH(bool, standardInput);
    QFETCH(QByteArray, message);

    QTemporaryDir work;
    QVERIFY(work.isValid());
    const QString store = work.filePath(QStringLiteral("store"));
    ServerProcess server;
    const QString error = startAiosmtpd(server, store);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QString messagePath = QStringLiteral("-");
    if (!standardInput) {
        messagePath = work.filePath(QStringLiteral("message.eml"));
        QFile messageFile(messagePath);
        QVERIFY(messageFile.open(QIODevice::WriteOnly));
        QCOMPARE(messageFile.write(message), message.size());
    }
    QStringList arguments = sessionArguments(server.port(), authArguments(mechanism)) +
                            QStringList{QStringLiteral("--security"), QStringLiteral("starttls-required"),
                                        QStringLiteral("--ca-file"),  tlsFile("ca.pem"),
                                        QStringLiteral("--data"),     messagePath};
    QByteArray passwordInEnvironment;
    if (passwordFile) {
        const QString path = work.filePath(QStringLiteral("password"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(kPassword) + '\n');
        arguments << QStringLiteral("--password-file") << path;
    } else {
        passwordInEnvironment = kPassword;
    }
    if (json)
        arguments << QStringLiteral("--json");

    RUN_CLI(run, arguments, passwordInEnvironment, standardInput ? message : QByteArray());
    COMPARE_EXIT(run, 0);
    QVERIFY2(!revealsPassword(run.out + run.err), qPrintable(describe(run)));
    if (json) {
        PARSE_JSON(run, objects);
        QCOMPARE(field(objects.constLast(), "outcome").toString(), QStringLiteral("delivered"));
    } else {
        QVERIFY2(run.out.contains("\nOutcome: Delivered"), qPrintable(describe(run)));
    }

    const QStringList messages = storedMessages(store);
    QCOMPARE(messages, QStringList{QStringLiteral("message-1.eml")});
    const QByteArray received = readAll(store + QStringLiteral("/message-1.eml"));
    const QByteArray expected = withCrlf(message);
    QVERIFY2(received == expected, qPrintable(QStringLiteral("received %1 bytes, expected %2:\n%3")
                                                  .arg(received.size())
                                                  .arg(expected.size())
                                                  .arg(QString::fromUtf8(received.left(2000)))));

    const QJsonObject envelope = firstEnvelope(store);
    QCOMPARE(field(envelope, "tls").toBool(), true);
    QCOMPARE(field(envelope, "authenticated").toBool(), true);
    QCOMPARE(field(envelope, "mail_from").toString(), QLatin1String(kSender));
    QCOMPARE(field(envelope, "rcpt_tos").toArray(), QJsonArray{QLatin1String(kRecipient)});
    // RFC 1870: the declared SIZE is what the server stores.
    const QJsonArray options = field(envelope, "mail_options").toArray();
    QVERIFY2(options.contains(QStringLiteral("SIZE=%1").arg(expected.size())),
             QJsonDocument(envelope).toJson().constData());
    const bool eightBit = std::any_of(message.cbegin(), message.cend(), [](char c) { return uchar(c) >= 0x80; });
    QCOMPARE(options.contains(QStringLiteral("BODY=8BITMIME")), eightBit);

    const QList<QJsonObject> commands = eventsOf(store, QStringLiteral("auth-command"));
    QCOMPARE(commands.size(), 1);
    QCOMPARE(field(commands.constFirst(), "mechanism").toString(), mechanism);
    QCOMPARE(field(commands.constFirst(), "tls").toBool(), true);
    const QList<QJsonObject> results = eventsOf(store, QStringLiteral("auth-result"));
    QCOMPARE(results.size(), 1);
    QCOMPARE(field(results.constFirst(), "user").toString(), QLatin1String(kUser));
    QCOMPARE(field(results.constFirst(), "success").toBool(), true);
}

void tst_RealServers::aiosmtpdWrongPassword()
{
    QTemporaryDir work;
    QVERIFY(work.isValid());
    const QString store = work.filePath(QStringLiteral("store"));
    ServerProcess server;
    const QString error = startAiosmtpd(server, store);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    RUN_CLI(run,
            sessionArguments(server.port(), authArguments(QStringLiteral("PLAIN"))) +
                QStringList{QStringLiteral("--ca-file"), tlsFile("ca.pem"), QStringLiteral("--json")},
            "not-the-password");
    COMPARE_EXIT(run, 5);
    PARSE_JSON(run, objects);
    QCOMPARE(field(objects.constLast(), "outcome").toString(), QStringLiteral("auth-failed"));
    QCOMPARE(field(objects.constLast(), "code").toInt(), 535);
    QVERIFY(!run.out.contains("not-the-password"));

    const QList<QJsonObject> results = eventsOf(store, QStringLiteral("auth-result"));
    QCOMPARE(results.size(), 1);
    QCOMPARE(field(results.constFirst(), "success").toBool(), false);
    QVERIFY(storedMessages(store).isEmpty());
}

void tst_RealServers::aiosmtpdCertificateCheck_data()
{
    QTest::addColumn<bool>("implicitTls"); ///< else STARTTLS
    QTest::addColumn<QStringList>("tlsArguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<bool>("warned");

    const QStringList trusted{QStringLiteral("--ca-file"), tlsFile("ca.pem")};
    const QStringList insecure{QStringLiteral("--insecure")};
    QTest::newRow("STARTTLS, test CA trusted") << false << trusted << 0 << false;
    QTest::newRow("STARTTLS, unknown issuer") << false << QStringList() << 4 << false;
    QTest::newRow("STARTTLS, unknown issuer, --insecure") << false << insecure << 0 << true;
    QTest::newRow("implicit TLS, test CA trusted") << true << trusted << 0 << false;
    QTest::newRow("implicit TLS, unknown issuer") << true << QStringList() << 4 << false;
    QTest::newRow("implicit TLS, unknown issuer, --insecure") << true << insecure << 0 << true;
}

// A certificate from an issuer the client does not know stops the session before AUTH: the
// credentials never travel. --insecure goes on, and says so.
void tst_RealServers::aiosmtpdCertificateCheck()
{
    QFETCH(bool, implicitTls);
    QFETCH(QStringList, tlsArguments);
    QFETCH(int, exitCode);
    QFETCH(bool, warned);

    QTemporaryDir work;
    QVERIFY(work.isValid());
    const QString store = work.filePath(QStringLiteral("store"));
    ServerProcess server;
    const QString error =
        startAiosmtpd(server, store, implicitTls ? QStringList{QStringLiteral("--implicit-tls")} : QStringList());
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const QString tlsStage = implicitTls ? QStringLiteral("connect") : QStringLiteral("starttls");
    RUN_CLI(run,
            sessionArguments(server.port(), authArguments(QStringLiteral("PLAIN"))) +
                QStringList{QStringLiteral("--json"), QStringLiteral("--subject"), QStringLiteral("TLS check"),
                            QStringLiteral("--security"),
                            implicitTls ? QStringLiteral("tls") : QStringLiteral("starttls-required")} +
                tlsArguments,
            kPassword);
    COMPARE_EXIT(run, exitCode);
    QVERIFY2(!revealsPassword(run.out + run.err), qPrintable(describe(run)));
    PARSE_JSON(run, objects);

    const bool tlsWarning = std::any_of(objects.cbegin(), objects.cend() - 1, [&](const QJsonObject &entry) {
        return field(entry, "severity").toString() == QLatin1String("warning") &&
               field(entry, "stage").toString() == tlsStage;
    });
    QVERIFY2(tlsWarning == warned, qPrintable(describe(run)));

    const QJsonObject outcome = objects.constLast();
    if (exitCode == 4) {
        QCOMPARE(field(outcome, "outcome").toString(), QStringLiteral("tls-failed"));
        QCOMPARE(field(outcome, "stage").toString(), tlsStage);
        QVERIFY(readEvents(store).isEmpty()); // no AUTH command at all
        QVERIFY(storedMessages(store).isEmpty());
    } else {
        QCOMPARE(field(outcome, "outcome").toString(), QStringLiteral("delivered"));
        QCOMPARE(storedMessages(store), QStringList{QStringLiteral("message-1.eml")});
        const QJsonObject envelope = firstEnvelope(store);
        QCOMPARE(field(envelope, "tls").toBool(), true);
        QCOMPARE(field(envelope, "authenticated").toBool(), true);
    }
}

void tst_RealServers::aiosmtpdNoCredentialsInClear_data()
{
    QTest::addColumn<QString>("mechanism");
    QTest::addColumn<bool>("allowed");

    QTest::newRow("PLAIN refused") << QStringLiteral("PLAIN") << false;
    QTest::newRow("LOGIN refused") << QStringLiteral("LOGIN") << false;
    // The control: with the explicit opt-in the server does see (and count) the AUTH command.
    QTest::newRow("PLAIN with --allow-plaintext-auth") << QStringLiteral("PLAIN") << true;
}

// The server offers and would accept AUTH without TLS; the client must not send it unasked.
void tst_RealServers::aiosmtpdNoCredentialsInClear()
{
    QFETCH(QString, mechanism);
    QFETCH(bool, allowed);

    QTemporaryDir work;
    QVERIFY(work.isValid());
    const QString store = work.filePath(QStringLiteral("store"));
    ServerProcess server;
    const QString error = startAiosmtpd(server, store, {QStringLiteral("--auth-allow-plaintext")});
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QStringList arguments = sessionArguments(server.port(), authArguments(mechanism)) +
                            QStringList{QStringLiteral("--security"), QStringLiteral("none"), QStringLiteral("--json")};
    if (allowed)
        arguments << QStringLiteral("--allow-plaintext-auth");
    RUN_CLI(run, arguments, kPassword);
    COMPARE_EXIT(run, allowed ? 0 : 5);
    QVERIFY2(!revealsPassword(run.out + run.err), qPrintable(describe(run)));
    PARSE_JSON(run, objects);

    const QList<QJsonObject> commands = eventsOf(store, QStringLiteral("auth-command"));
    if (allowed) {
        QCOMPARE(commands.size(), 1);
        QCOMPARE(field(commands.constFirst(), "tls").toBool(), false);
        QCOMPARE(storedMessages(store).size(), 1);
    } else {
        QCOMPARE(field(objects.constLast(), "outcome").toString(), QStringLiteral("auth-failed"));
        QCOMPARE(field(objects.constLast(), "stage").toString(), QStringLiteral("auth"));
        QVERIFY2(commands.isEmpty(), "the client sent AUTH over plain TCP");
        QVERIFY(readEvents(store).isEmpty());
        QVERIFY(storedMessages(store).isEmpty());
    }
}

void tst_RealServers::aiosmtpdRecipientsRefused_data()
{
    QTest::addColumn<QStringList>("recipients");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("accepted");

    // aiosmtpd_server.py refuses reject...@ with 550 and defer...@ with 450.
    const QString rejected = QStringLiteral("reject-1@example.org");
    const QString deferred = QStringLiteral("defer-1@example.org");
    QTest::newRow("one of three accepted") << QStringList{rejected, QLatin1String(kRecipient), deferred} << 0 << 1;
    QTest::newRow("all refused, 5xx") << QStringList{rejected, QStringLiteral("reject-2@example.org")} << 13 << 0;
    QTest::newRow("all refused, 4xx") << QStringList{deferred, QStringLiteral("defer-2@example.org")} << 23 << 0;
}

// Refused recipients are counted; the message goes to those accepted, and to no one when none is.
void tst_RealServers::aiosmtpdRecipientsRefused()
{
    QFETCH(QStringList, recipients);
    QFETCH(int, exitCode);
    QFETCH(int, accepted);

    QTemporaryDir work;
    QVERIFY(work.isValid());
    const QString store = work.filePath(QStringLiteral("store"));
    ServerProcess server;
    const QString error = startAiosmtpd(server, store);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    RUN_CLI(run, sessionArguments(server.port(), recipients,
                                  {QStringLiteral("--ca-file"), tlsFile("ca.pem"), QStringLiteral("--json")}));
    COMPARE_EXIT(run, exitCode);
    PARSE_JSON(run, objects);
    QCOMPARE(field(objects.constLast(), "acceptedRecipients").toInt(), accepted);
    QCOMPARE(field(objects.constLast(), "rejectedRecipients").toInt(), int(recipients.size()) - accepted);
    if (accepted == 0) {
        QCOMPARE(field(objects.constLast(), "stage").toString(), QStringLiteral("rcpt"));
        QVERIFY(storedMessages(store).isEmpty());
    } else {
        QCOMPARE(storedMessages(store), QStringList{QStringLiteral("message-1.eml")});
        QCOMPARE(field(firstEnvelope(store), "rcpt_tos").toArray(), QJsonArray{QLatin1String(kRecipient)});
    }
}

// A composed message (the CLI's own headers) through a clean smtp-sink session, in text and JSON.
void tst_RealServers::smtpSinkDelivers()
{
    ServerProcess server;
    const QString error = startSmtpSink(server, {});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QStringList arguments = sessionArguments(
        server.port(), {QStringLiteral("--security"), QStringLiteral("none"), QStringLiteral("--subject"),
                        QStringLiteral("Grüße"), QStringLiteral("--body"), QStringLiteral(".\n..\nend"),
                        QStringLiteral("--header"), QStringLiteral("X-Test: smtp-sink")});

    RUN_CLI(text, arguments);
    COMPARE_EXIT(text, 0);
    QVERIFY2(text.out.contains("\nOutcome: Delivered"), qPrintable(describe(text)));

    RUN_CLI(json, arguments + QStringList{QStringLiteral("--json")});
    COMPARE_EXIT(json, 0);
    PARSE_JSON(json, objects);
    QCOMPARE(field(objects.constLast(), "outcome").toString(), QStringLiteral("delivered"));
    QCOMPARE(field(objects.constLast(), "code").toInt(), 250);
}

void tst_RealServers::smtpSinkOutcomes_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("stage");

    const auto row = [](const char *name, const QStringList &options, int exitCode, const char *outcome,
                        const char *stage) {
        QTest::newRow(name) << options << exitCode << QString::fromLatin1(outcome) << QString::fromLatin1(stage);
    };
    const auto hard = [](const char *commands) {
        return QStringList{QStringLiteral("-f"), QLatin1String(commands)};
    };
    const auto soft = [](const char *commands) {
        return QStringList{QStringLiteral("-r"), QLatin1String(commands)};
    };
    const auto drop = [](const char *commands) {
        return QStringList{QStringLiteral("-q"), QLatin1String(commands)};
    };

    // smtp-sink(1): -f rejects with 500 5.3.0, -r with 450 4.3.0, -q disconnects without a reply,
    // -Q replies 421 and disconnects; "connect" is the greeting, "." the end of data.
    row("EHLO refused, HELO accepted", hard("ehlo"), 0, "delivered", "end-of-data");
    row("greeting 5xx", hard("connect"), 10, "rejected-permanent", "greeting");
    row("EHLO and HELO 5xx", hard("ehlo,helo"), 11, "rejected-permanent", "ehlo");
    row("MAIL 5xx", hard("mail"), 12, "rejected-permanent", "mail");
    row("every RCPT 5xx", hard("rcpt"), 13, "rejected-permanent", "rcpt");
    row("DATA 5xx", hard("data"), 14, "rejected-permanent", "data");
    row("end of data 5xx", hard("."), 15, "rejected-permanent", "end-of-data");
    row("greeting 4xx", soft("connect"), 20, "rejected-temporary", "greeting");
    row("EHLO and HELO 4xx", soft("ehlo,helo"), 21, "rejected-temporary", "ehlo");
    row("MAIL 4xx", soft("mail"), 22, "rejected-temporary", "mail");
    row("every RCPT 4xx", soft("rcpt"), 23, "rejected-temporary", "rcpt");
    row("DATA 4xx", soft("data"), 24, "rejected-temporary", "data");
    row("end of data 4xx", soft("."), 25, "rejected-temporary", "end-of-data");
    row("421 at MAIL", {QStringLiteral("-Q"), QStringLiteral("mail")}, 22, "rejected-temporary", "mail");
    row("disconnect at greeting", drop("connect"), 7, "disconnected", "greeting");
    row("disconnect at MAIL", drop("mail"), 7, "disconnected", "mail");
    row("disconnect at DATA", drop("data"), 7, "disconnected", "data");
    row("disconnect at end of data", drop("."), 7, "disconnected", "end-of-data");
}

void tst_RealServers::smtpSinkOutcomes()
{
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(QString, outcome);
    QFETCH(QString, stage);

    ServerProcess server;
    const QString error = startSmtpSink(server, options);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    RUN_CLI(run, sessionArguments(server.port(),
                                  {QStringLiteral("--security"), QStringLiteral("none"), QStringLiteral("--to"),
                                   QLatin1String(kSecondRecipient), QStringLiteral("--json")}));
    COMPARE_EXIT(run, exitCode);
    PARSE_JSON(run, objects);
    QCOMPARE(field(objects.constLast(), "outcome").toString(), outcome);
    QCOMPARE(field(objects.constLast(), "stage").toString(), stage);
    if (stage == QLatin1String("rcpt") && exitCode != 7)
        QCOMPARE(field(objects.constLast(), "rejectedRecipients").toInt(), 2);
}

void tst_RealServers::smtpSinkTimeouts_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("timeout");
    QTest::addColumn<QString>("stage");

    // Each delay is five times the client's timeout, and the replies before the delayed one have the
    // whole timeout each: the outcome does not depend on the machine's speed (sanitizers, a busy CI).
    QTest::newRow("greeting") << QStringList{QStringLiteral("-W"), QStringLiteral("connect:5")} << QStringLiteral("1")
                              << QStringLiteral("greeting");
    QTest::newRow("reply to DATA") << QStringList{QStringLiteral("-w"), QStringLiteral("10")} << QStringLiteral("2")
                                   << QStringLiteral("data");
}

void tst_RealServers::smtpSinkTimeouts()
{
    QFETCH(QStringList, options);
    QFETCH(QString, timeout);
    QFETCH(QString, stage);

    ServerProcess server;
    const QString error = startSmtpSink(server, options);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    RUN_CLI(run, sessionArguments(server.port(), {QStringLiteral("--security"), QStringLiteral("none"),
                                                  QStringLiteral("--json"), QStringLiteral("--timeout"), timeout}));
    COMPARE_EXIT(run, 6);
    PARSE_JSON(run, objects);
    QCOMPARE(field(objects.constLast(), "outcome").toString(), QStringLiteral("timeout"));
    QCOMPARE(field(objects.constLast(), "stage").toString(), stage);
}

QTEST_GUILESS_MAIN(tst_RealServers)
#include "tst_RealServers.moc"

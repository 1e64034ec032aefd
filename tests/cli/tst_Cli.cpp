#include <QDeadlineTimer>
#include <QDir>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTcpSocket>
#include <QFile>
#include <QProcess>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QtTest>

namespace {

constexpr int kTimeoutMs = 30000;

// Exit codes the CLI documents in its --help text.
constexpr int kOk = 0;
constexpr int kMalformedFound = 1;
constexpr int kUsageError = 2;

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString failure; ///< why the process could not be run to the end; empty when it was
};

// Runs the CLI as a user would, with a fixed English locale so the default language is known.
Run runCli(const QStringList &arguments, const QByteArray &input = {})
{
    Run run;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));
    process.setProcessEnvironment(environment);
    const QString description = QStringLiteral("smtp-doctor-cli ") + arguments.join(u' ');

    process.start(QStringLiteral(SMTPDOCTOR_CLI_PATH), arguments);
    if (!process.waitForStarted(kTimeoutMs)) {
        run.failure = QStringLiteral("could not start %1: %2").arg(description, process.errorString());
        return run;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel(); // "-" reads standard input up to its end
    if (!process.waitForFinished(kTimeoutMs)) {
        process.kill();
        process.waitForFinished(kTimeoutMs);
        run.failure = QStringLiteral("%1 did not finish within %2 s").arg(description).arg(kTimeoutMs / 1000);
        return run;
    }
    if (process.exitStatus() != QProcess::NormalExit) {
        run.failure = QStringLiteral("%1 crashed: %2").arg(description, process.errorString());
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QString dataFile(const char *name)
{
    return QStringLiteral(SMTPDOCTOR_TEST_DATA) + u'/' + QLatin1String(name);
}

// Output for a failure message, with control characters (C0, DEL, C1 in UTF-8) written as \xNN so
// that a regression cannot send escape sequences to the terminal that shows the test log.
QByteArray escaped(const QByteArray &bytes)
{
    QByteArray result;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto byte = uchar(bytes.at(i));
        const bool c1 =
            byte == 0xC2 && i + 1 < bytes.size() && uchar(bytes.at(i + 1)) >= 0x80 && uchar(bytes.at(i + 1)) <= 0x9F;
        if ((byte < 0x20 && byte != '\n' && byte != '\t') || byte == 0x7F || c1) {
            result += "\\x" + QByteArray::number(byte, 16).rightJustified(2, '0');
            if (c1)
                result += "\\x" + QByteArray::number(uchar(bytes.at(++i)), 16);
        } else {
            result += char(byte);
        }
    }
    return result;
}

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    Q_UNUSED(text)
    return !decoder.hasError();
}

} // namespace

// Fails the current test with the process's output when it did not run to the end.
#define RUN_CLI(run, ...)                                                                                              \
    const Run run = runCli(__VA_ARGS__);                                                                               \
    QVERIFY2(run.failure.isEmpty(), qPrintable(run.failure))

// Shows what the CLI printed when an exit code is not the expected one.
#define COMPARE_EXIT(run, expected)                                                                                    \
    QVERIFY2(run.exitCode == (expected),                                                                               \
             qPrintable(QStringLiteral("exit code %1, expected %2\nstdout:\n%3\nstderr:\n%4")                          \
                            .arg(run.exitCode)                                                                         \
                            .arg(expected)                                                                             \
                            .arg(QString::fromUtf8(escaped(run.out)), QString::fromUtf8(escaped(run.err)))))

class tst_Cli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void immediateConnectionFailureEnds();
    void listsScenarios();
    void practiceScenario_data();
    void practiceScenario();
    void practiceUsageErrors_data();
    void practiceUsageErrors();
    void servesPracticeForOtherClients();
    void suggestsTheDnsCheckThatFits();
    void version();
    void help();
    void noArgumentsShowsHelp();
    void parseMixedReplies();
    void parseFile_data();
    void parseFile();
    void missingFile();
    void directoryInsteadOfFile();
    void standardInput_data();
    void standardInput();
    void hostileBytesNeverReachTheTerminal();
    void unknownLanguage_data();
    void unknownLanguage();
    void japanese();
    void usageErrorsExitWithTwo_data();
    void usageErrorsExitWithTwo();
};

void tst_Cli::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(SMTPDOCTOR_CLI_PATH)), SMTPDOCTOR_CLI_PATH " was not built");
    QVERIFY2(QFile::exists(dataFile("mixed-replies.txt")), SMTPDOCTOR_TEST_DATA "/mixed-replies.txt is missing");
}

void tst_Cli::version()
{
    RUN_CLI(run, {QStringLiteral("--version")});
    COMPARE_EXIT(run, kOk);
    QCOMPARE(run.out.trimmed(), QByteArray("smtp-doctor-cli 0.1.0"));
    QVERIFY(run.err.isEmpty());
}

void tst_Cli::help()
{
    RUN_CLI(run, {QStringLiteral("--help")});
    COMPARE_EXIT(run, kOk);
    QVERIFY(run.out.contains("--parse"));
    QVERIFY(run.out.contains("--lang"));
    QVERIFY(run.out.contains("--version"));
    QVERIFY(run.out.contains("Exit status"));
}

void tst_Cli::noArgumentsShowsHelp()
{
    RUN_CLI(run, {});
    COMPARE_EXIT(run, kUsageError);
    QVERIFY(run.out.contains("--parse"));
}

void tst_Cli::parseMixedReplies()
{
    RUN_CLI(run,
            {QStringLiteral("--parse"), dataFile("mixed-replies.txt"), QStringLiteral("--lang"), QStringLiteral("en")});
    COMPARE_EXIT(run, kMalformedFound);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.contains(QStringLiteral("[1] 220\n")), escaped(run.out).constData());
    QVERIFY2(out.contains(QStringLiteral("[2] MALFORMED\n")), escaped(run.out).constData());
    QVERIFY2(out.contains(QStringLiteral("    hello there\n")), escaped(run.out).constData());
    QVERIFY2(out.contains(QStringLiteral("does not start with a three-digit reply code")),
             escaped(run.out).constData());
    QVERIFY2(out.contains(QStringLiteral("[3] 250 ")), escaped(run.out).constData());
    QVERIFY2(out.contains(QStringLiteral("    250 8BITMIME\n")), escaped(run.out).constData());
    QVERIFY2(out.contains(QStringLiteral("[4] 550 5.1.1\n")), escaped(run.out).constData());
    QVERIFY2(out.contains(QStringLiteral("4 item")), escaped(run.out).constData());
    QCOMPARE(out.count(QStringLiteral("MALFORMED")), 1);
    QVERIFY(run.err.isEmpty());
}

void tst_Cli::parseFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("well-formed session")
        << QByteArray("220 mail.example.com ESMTP\r\n250-mail.example.com\r\n250-PIPELINING\r\n250 SIZE 1000\r\n"
                      "250 2.1.0 Sender OK\r\n221 2.0.0 Bye\r\n")
        << kOk
        << QStringList{QStringLiteral("[1] 220\n"), QStringLiteral("[3] 250 2.1.0\n"),
                       QStringLiteral("[4] 221 2.0.0\n"), QStringLiteral("    250-PIPELINING\n"),
                       QStringLiteral("4 item")};
    QTest::newRow("empty file") << QByteArray() << kOk << QStringList{QStringLiteral("0 item")};
    QTest::newRow("bare LF is tolerated")
        << QByteArray("250 OK\n") << kOk << QStringList{QStringLiteral("[1] 250\n"), QStringLiteral("bare LF")};
    QTest::newRow("code out of range") << QByteArray("650 Nope\r\n") << kMalformedFound
                                       << QStringList{QStringLiteral("[1] MALFORMED\n"), QStringLiteral("650")};
    QTest::newRow("missing separator") << QByteArray("250OK\r\n") << kMalformedFound
                                       << QStringList{QStringLiteral("[1] MALFORMED\n")};
    QTest::newRow("code changes mid-reply") << QByteArray("250-first\r\n550 second\r\n") << kMalformedFound
                                            << QStringList{QStringLiteral("[1] MALFORMED 250\n")};
    QTest::newRow("cut off in the middle") << QByteArray("220 ready\r\n250-more to come\r\n") << kMalformedFound
                                           << QStringList{QStringLiteral("[1] 220\n"), QStringLiteral("[2] MALFORMED")};
    QTest::newRow("malformed after good ones") << QByteArray("220 ready\r\n250 OK\r\n\r\n") << kMalformedFound
                                               << QStringList{QStringLiteral("[3] MALFORMED\n")};
}

void tst_Cli::parseFile()
{
    QFETCH(QByteArray, content);
    QFETCH(int, exitCode);
    QFETCH(QStringList, expected);

    QTemporaryDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString path = dir.filePath(QStringLiteral("replies.txt"));
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(file.errorString()));
    QCOMPARE(file.write(content), content.size());
    file.close();

    RUN_CLI(run, {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--parse"), path});
    COMPARE_EXIT(run, exitCode);
    const QString out = QString::fromUtf8(run.out);
    for (const QString &text : std::as_const(expected))
        QVERIFY2(out.contains(text),
                 qPrintable(QStringLiteral("no \"%1\" in:\n%2").arg(text, QString::fromUtf8(escaped(run.out)))));
    QCOMPARE(out.contains(QStringLiteral("MALFORMED")), exitCode == kMalformedFound);
    QVERIFY(run.err.isEmpty());
}

void tst_Cli::missingFile()
{
    QTemporaryDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString path = dir.filePath(QStringLiteral("does-not-exist.txt"));

    RUN_CLI(run, {QStringLiteral("--parse"), path, QStringLiteral("--lang"), QStringLiteral("en")});
    COMPARE_EXIT(run, kUsageError);
    QVERIFY2(run.err.contains(path.toUtf8()), escaped(run.err).constData());
    QVERIFY(run.out.isEmpty()); // nothing that a script could mistake for results
}

void tst_Cli::directoryInsteadOfFile()
{
    QTemporaryDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));

    RUN_CLI(run, {QStringLiteral("--parse"), dir.path(), QStringLiteral("--lang"), QStringLiteral("en")});
    COMPARE_EXIT(run, kUsageError);
    QVERIFY(!run.err.isEmpty());
}

void tst_Cli::standardInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected");

    QTest::newRow("well-formed") << QByteArray("220 stdin.example.com ESMTP\r\n250 OK\r\n") << kOk
                                 << QStringLiteral("    220 stdin.example.com ESMTP\n");
    QTest::newRow("malformed") << QByteArray("hello from stdin\r\n") << kMalformedFound
                               << QStringLiteral("[1] MALFORMED\n");
    // Larger than the CLI's 64 KiB read block, so the reading loop goes round more than once.
    QTest::newRow("large")
        << QByteArray("250 ").append(QByteArray(70, 'x')).append("\r\n").repeated(2000).append("221 end\r\n") << kOk
        << QStringLiteral("[2001] 221\n");
}

void tst_Cli::standardInput()
{
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);

    RUN_CLI(run, {QStringLiteral("--parse"), QStringLiteral("-"), QStringLiteral("--lang"), QStringLiteral("en")},
            input);
    COMPARE_EXIT(run, exitCode);
    QVERIFY2(run.out.contains(expected.toUtf8()), escaped(run.out.left(2000)).constData());
    QVERIFY(run.err.isEmpty());
}

void tst_Cli::hostileBytesNeverReachTheTerminal()
{
    // ESC sequences that would recolour, clear or retitle the terminal, a BEL, an 8-bit CSI and
    // bytes that are not UTF-8, both inside a good reply and inside a malformed line.
    const QByteArray hostile = QByteArray("250-hello \x1b[31mred\x1b[0m\r\n") + "250 bad \xff\xfe \xc2\x9b" +
                               "2J bell\x07\r\n" + "\x1b]0;pwned\x07 \x1b[2J\r\n";
    QTemporaryDir dir;
    QVERIFY2(dir.isValid(), qPrintable(dir.errorString()));
    const QString path = dir.filePath(QStringLiteral("hostile.txt"));
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(file.errorString()));
    QCOMPARE(file.write(hostile), hostile.size());
    file.close();

    RUN_CLI(run, {QStringLiteral("--parse"), path, QStringLiteral("--lang"), QStringLiteral("en")});
    COMPARE_EXIT(run, kMalformedFound);
    QVERIFY(!run.out.isEmpty());
    QVERIFY2(!run.out.contains('\x1b'), escaped(run.out).constData());
    QVERIFY2(!run.out.contains('\x07'), escaped(run.out).constData());
    QVERIFY2(!run.out.contains("\xc2\x9b"), escaped(run.out).constData());
    QVERIFY2(!run.err.contains('\x1b'), escaped(run.err).constData());
    QVERIFY(isValidUtf8(run.out));
    // The bytes are shown, not dropped: ESC as U+241B, the bad bytes as U+FFFD.
    QVERIFY(run.out.contains("\xe2\x90\x9b[31mred"));
    QVERIFY(run.out.contains("\xef\xbf\xbd"));
}

void tst_Cli::unknownLanguage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("with --parse") << QStringList{QStringLiteral("--lang"), QStringLiteral("xx"),
                                                 QStringLiteral("--parse"), dataFile("mixed-replies.txt")};
    QTest::newRow("alone") << QStringList{QStringLiteral("--lang"), QStringLiteral("xx")};
}

void tst_Cli::unknownLanguage()
{
    QFETCH(QStringList, arguments);

    RUN_CLI(run, arguments);
    COMPARE_EXIT(run, kUsageError);
    QVERIFY2(run.err.contains("\"xx\""), escaped(run.err).constData());
    QVERIFY(!run.out.contains("MALFORMED")); // it stops before reading anything
}

void tst_Cli::japanese()
{
    // The Japanese catalogue is being filled in; until it is, only the contract is checked: the
    // language is accepted and the file is read as usual.
    RUN_CLI(run,
            {QStringLiteral("--parse"), dataFile("mixed-replies.txt"), QStringLiteral("--lang"), QStringLiteral("ja")});
    COMPARE_EXIT(run, kMalformedFound);
    QVERIFY(!run.out.isEmpty());
    QVERIFY(run.out.contains("[4] 550 5.1.1"));
    QVERIFY(isValidUtf8(run.out));
    QVERIFY(run.err.isEmpty());
}

void tst_Cli::usageErrorsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus")};
    QTest::newRow("--parse without a file") << QStringList{QStringLiteral("--parse")};
}

void tst_Cli::usageErrorsExitWithTwo()
{
    QFETCH(QStringList, arguments);

    RUN_CLI(run, arguments);
    QVERIFY(!run.err.isEmpty());
    QVERIFY(!run.out.contains("item"));
    COMPARE_EXIT(run, kUsageError);
}

void tst_Cli::immediateConnectionFailureEnds()
{
    // An IPv4 literal with -6 fails inside connectToHost(), before the event loop runs: the CLI must
    // still end, with the connection-failure status (it used to wait forever).
    const Run run = runCli({QStringLiteral("--server"), QStringLiteral("127.0.0.1:9"), QStringLiteral("-6"),
                            QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY2(run.failure.isEmpty(), qPrintable(run.failure));
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.out.contains("Connection failed"));
}

void tst_Cli::listsScenarios()
{
    RUN_CLI(run, {QStringLiteral("--list-scenarios"), QStringLiteral("--lang"), QStringLiteral("en")});
    COMPARE_EXIT(run, kOk);
    QVERIFY(run.out.contains("clean-delivery"));
    QVERIFY(run.out.contains("unknown-recipient"));
    QVERIFY(run.out.contains("[RCPT TO]"));
    RUN_CLI(japanese, {QStringLiteral("--list-scenarios"), QStringLiteral("--lang"), QStringLiteral("ja")});
    QVERIFY(QString::fromUtf8(japanese.out).contains(QStringLiteral("宛先")));

    RUN_CLI(json, {QStringLiteral("--list-scenarios"), QStringLiteral("--json")});
    COMPARE_EXIT(json, kOk);
    const QJsonArray list = QJsonDocument::fromJson(json.out).array();
    QVERIFY2(list.size() >= 16, qPrintable(QString::number(list.size())));
    for (const QJsonValue &scenario : list) {
        QVERIFY(!scenario[u"title"][u"en"].toString().isEmpty());
        QVERIFY(!scenario[u"title"][u"ja"].toString().isEmpty());
        QVERIFY(!scenario[u"lesson"][u"ja"].toString().isEmpty());
    }
}

void tst_Cli::practiceScenario_data()
{
    // Every built-in scenario, end to end through the CLI: the CLI lists them and what they end with.
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("enhanced");
    QTest::addColumn<QString>("outcome");
    const Run run = runCli({QStringLiteral("--list-scenarios"), QStringLiteral("--json")});
    QVERIFY2(run.failure.isEmpty() && run.exitCode == kOk, qPrintable(run.failure));
    for (const QJsonValue &scenario : QJsonDocument::fromJson(run.out).array()) {
        const QString id = scenario[u"id"].toString();
        QTest::newRow(qPrintable(id)) << id << scenario[u"expected"][u"code"].toInt()
                                      << scenario[u"expected"][u"enhanced"].toString()
                                      << scenario[u"expected"][u"outcome"].toString();
    }
}

void tst_Cli::practiceScenario()
{
    QFETCH(QString, id);
    QFETCH(int, code);
    QFETCH(QString, enhanced);
    QFETCH(QString, outcome);
    RUN_CLI(run, {QStringLiteral("--practice"), id, QStringLiteral("--lang"), QStringLiteral("en")});
    const QString out = QString::fromUtf8(run.out);
    if (code != 0) {
        const QString expected = enhanced.isEmpty() ? QString::number(code) : QString::number(code) + u' ' + enhanced;
        QVERIFY2(out.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + out));
    }
    // The exit status says how it ended: 0 only for the scenarios that end well.
    QVERIFY2((run.exitCode == kOk) == (outcome == QLatin1String("delivered")),
             qPrintable(QStringLiteral("exit %1\n").arg(run.exitCode) + out));
    // The practice login never shows in the transcript.
    QVERIFY(!out.contains(QStringLiteral("AHByYWN0aWNlAHByYWN0aWNl"))); // base64 of "\0practice\0practice"
}

void tst_Cli::practiceUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown scenario") << QStringList{QStringLiteral("--practice"), QStringLiteral("no-such-thing")};
    QTest::newRow("server and practice") << QStringList{QStringLiteral("--practice"), QStringLiteral("clean-delivery"),
                                                        QStringLiteral("--server"), QStringLiteral("127.0.0.1")};
    QTest::newRow("practice with a port") << QStringList{QStringLiteral("--practice"), QStringLiteral("clean-delivery"),
                                                         QStringLiteral("--port"), QStringLiteral("25")};
    QTest::newRow("serve unknown scenario") << QStringList{QStringLiteral("--serve-practice"), QStringLiteral("nope")};
}

void tst_Cli::practiceUsageErrors()
{
    QFETCH(QStringList, arguments);
    RUN_CLI(run, arguments);
    COMPARE_EXIT(run, kUsageError);
    QVERIFY(!run.err.isEmpty());
}

void tst_Cli::servesPracticeForOtherClients()
{
    QProcess server;
    server.start(QStringLiteral(SMTPDOCTOR_CLI_PATH),
                 {QStringLiteral("--serve-practice"), QStringLiteral("unknown-recipient"), QStringLiteral("--port"),
                  QStringLiteral("0"), QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY(server.waitForStarted(kTimeoutMs));
    const auto stop = qScopeGuard([&server] {
        server.kill();
        server.waitForFinished(kTimeoutMs);
    });
    // "Practice server "…" on 127.0.0.1:PORT (Ctrl+C stops it)."
    QByteArray said;
    const QRegularExpression portPattern(QStringLiteral("127\\.0\\.0\\.1:(\\d+)"));
    QRegularExpressionMatch match;
    QDeadlineTimer deadline(kTimeoutMs);
    while (!(match = portPattern.match(QString::fromUtf8(said))).hasMatch() && !deadline.hasExpired()) {
        server.waitForReadyRead(100);
        said += server.readAllStandardError();
    }
    QVERIFY2(match.hasMatch(), said.constData());
    QVERIFY(said.contains("swaks --server 127.0.0.1:"));

    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, quint16(match.captured(1).toUInt()));
    QVERIFY(client.waitForConnected(kTimeoutMs));
    QByteArray dialogue;
    const auto exchange = [&](const QByteArray &line, const QByteArray &expected) {
        if (!line.isEmpty())
            client.write(line + "\r\n");
        QDeadlineTimer wait(kTimeoutMs);
        while (!dialogue.contains(expected) && !wait.hasExpired()) {
            client.waitForReadyRead(100);
            dialogue += client.readAll();
        }
        return dialogue.contains(expected);
    };
    QVERIFY2(exchange({}, "220 "), dialogue.constData());
    QVERIFY2(exchange("HELO telnet.example", "250 "), dialogue.constData());
    QVERIFY2(exchange("MAIL FROM:<a@example.com>", "250 2.1.0"), dialogue.constData());
    QVERIFY2(exchange("RCPT TO:<nobody@example.net>", "550 5.1.1"), dialogue.constData());
    QVERIFY2(exchange("QUIT", "221"), dialogue.constData());
    // The server shows the dialogue as it goes.
    deadline = QDeadlineTimer(kTimeoutMs);
    while (!said.contains("RCPT TO:<nobody@example.net>") && !deadline.hasExpired()) {
        server.waitForReadyRead(100);
        said += server.readAllStandardError();
    }
    QVERIFY2(said.contains("RCPT TO:<nobody@example.net>"), said.constData());
}

void tst_Cli::suggestsTheDnsCheckThatFits()
{
    // 5.7.26 after the message: DMARC (and SPF) of the sender's domain.
    RUN_CLI(dmarc, {QStringLiteral("--practice"), QStringLiteral("dmarc-failure"), QStringLiteral("--from"),
                    QStringLiteral("me@sender.example"), QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY2(dmarc.out.contains("DNS may explain this (SPF, DMARC): smtp-doctor-cli --dns-check sender.example"),
             dmarc.out.constData());
    // A null MX: the recipient's domain.
    RUN_CLI(nullMx, {QStringLiteral("--practice"), QStringLiteral("null-mx"), QStringLiteral("--to"),
                     QStringLiteral("x@nomail.example"), QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY2(nullMx.out.contains("(MX): smtp-doctor-cli --dns-check nomail.example"), nullMx.out.constData());
    // An unknown user is not a DNS matter.
    RUN_CLI(unknown, {QStringLiteral("--practice"), QStringLiteral("unknown-recipient"), QStringLiteral("--lang"),
                      QStringLiteral("en")});
    QVERIFY(!unknown.out.contains("DNS may explain this"));
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_Cli.moc"

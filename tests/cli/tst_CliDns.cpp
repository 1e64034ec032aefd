#include "gui/DnsTestZone.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QtTest>

// smtp-doctor-cli's --dns-check and --mx, run as a user would, against the test's own dnsmasq on
// 127.0.0.1:53 inside a private network namespace (tests/dns/run-in-netns.sh), and the CLI's own
// practice server as the MX host. Loopback only, never the internet.
namespace {

constexpr int kTimeoutMs = 30000;

const QHostAddress kServer(QStringLiteral("127.0.0.1"));

// shop.test: two MX hosts on loopback (the second without a server), two SPF records (an error).
// null.test publishes a null MX; nomx.test has only an address (implicit MX).
const QStringList kZone{
    QStringLiteral("local=/test/"),
    QStringLiteral("mx-host=shop.test,mx2.shop.test,20"),
    QStringLiteral("mx-host=shop.test,mx1.shop.test,10"),
    QStringLiteral("host-record=mx1.shop.test,127.0.0.1"),
    QStringLiteral("host-record=mx2.shop.test,127.0.0.12"),
    QStringLiteral("txt-record=shop.test,\"v=spf1 mx -all\""),
    QStringLiteral("txt-record=shop.test,\"v=spf1 ip4:192.0.2.0/24 -all\""),
    QStringLiteral("txt-record=_dmarc.shop.test,\"v=DMARC1; p=none\""),
    QStringLiteral("mx-host=null.test,.,0"),
    QStringLiteral("host-record=nomx.test,127.0.0.1"),
    // failover.test: the most preferred MX refuses (nothing listens on 127.0.0.12), the next is 127.0.0.1.
    QStringLiteral("mx-host=failover.test,mx1.failover.test,10"),
    QStringLiteral("mx-host=failover.test,mx2.failover.test,20"),
    QStringLiteral("host-record=mx1.failover.test,127.0.0.12"),
    QStringLiteral("host-record=mx2.failover.test,127.0.0.1"),
};

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList &arguments)
{
    Run run;
    QProcess process;
    process.start(QStringLiteral(SMTPDOCTOR_CLI_PATH), arguments);
    if (!process.waitForStarted(kTimeoutMs) || !process.waitForFinished(kTimeoutMs)) {
        process.kill();
        process.waitForFinished(kTimeoutMs);
        run.err = QStringLiteral("did not run to the end: ") + arguments.join(u' ');
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString shown(const Run &run)
{
    return QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3").arg(run.exitCode).arg(run.out, run.err);
}

} // namespace

class tst_CliDns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dnsCheckReportsEveryPart();
    void dnsCheckJson();
    void dnsCheckInJapanese();
    void mxConnectsToTheMostPreferredHost();
    void nullMxStopsBeforeConnecting();
    void usageErrors_data();
    void usageErrors();

private:
    DnsTestZone::Dnsmasq m_dnsmasq;
};

void tst_CliDns::initTestCase()
{
    qputenv("RES_OPTIONS", "timeout:1 attempts:1");
    qputenv("LANG", "C.UTF-8");
    qputenv("LC_ALL", "C.UTF-8");
    if (const QString why = DnsTestZone::unavailable(); !why.isEmpty()) {
        if (DnsTestZone::required())
            QFAIL(qPrintable(why + QStringLiteral(", and SMTPDOCTOR_REAL_SERVERS=required")));
        QSKIP(qPrintable(why));
    }
    const QString error = m_dnsmasq.start(kZone, kServer);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void tst_CliDns::dnsCheckReportsEveryPart()
{
    const Run run = runCli({QStringLiteral("--dns-check"), QStringLiteral("shop.test"), QStringLiteral("--nameserver"),
                            QStringLiteral("127.0.0.1"), QStringLiteral("--ip"), QStringLiteral("127.0.0.1"),
                            QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY2(run.exitCode == 1, qPrintable(shown(run))); // two SPF records are an error
    // MX in preference order, whatever order the DNS answer had.
    const qsizetype mx1 = run.out.indexOf(QStringLiteral("mx1.shop.test"));
    const qsizetype mx2 = run.out.indexOf(QStringLiteral("mx2.shop.test"));
    QVERIFY2(mx1 >= 0 && mx2 > mx1, qPrintable(shown(run)));
    QVERIFY2(run.out.contains(QStringLiteral("SPF"), Qt::CaseSensitive), qPrintable(shown(run)));
    QVERIFY2(run.out.contains(QStringLiteral("p=none")) || run.out.contains(QStringLiteral("monitor")),
             qPrintable(shown(run)));
}

void tst_CliDns::dnsCheckJson()
{
    const Run run = runCli({QStringLiteral("--dns-check"), QStringLiteral("shop.test"), QStringLiteral("--nameserver"),
                            QStringLiteral("127.0.0.1"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1);
    QJsonParseError error;
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + u'\n' + run.out));
    QCOMPARE(report.value(QStringLiteral("domain")).toString(), QStringLiteral("shop.test"));
    QVERIFY2(run.out.contains(QStringLiteral("spf.multiple")), qPrintable(run.out));
}

void tst_CliDns::dnsCheckInJapanese()
{
    const Run run = runCli({QStringLiteral("--dns-check"), QStringLiteral("null.test"), QStringLiteral("--nameserver"),
                            QStringLiteral("127.0.0.1"), QStringLiteral("--lang"), QStringLiteral("ja")});
    QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(shown(run)));
    QVERIFY2(run.out.contains(QStringLiteral("ヌル MX")) || run.out.contains(QStringLiteral("null MX")),
             qPrintable(shown(run)));
    QVERIFY2(run.out.contains(QRegularExpression(QStringLiteral("[\\x{3040}-\\x{30ff}]"))), qPrintable(shown(run)));
}

void tst_CliDns::mxConnectsToTheMostPreferredHost()
{
    // The CLI's own practice server plays the MX host (mx1.shop.test = 127.0.0.1).
    QProcess server;
    server.start(QStringLiteral(SMTPDOCTOR_CLI_PATH), {QStringLiteral("--serve-practice"),
                                                        QStringLiteral("unknown-recipient"), QStringLiteral("--port"),
                                                        QStringLiteral("0"), QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY(server.waitForStarted(kTimeoutMs));
    const auto stop = qScopeGuard([&server] {
        server.kill();
        server.waitForFinished(kTimeoutMs);
    });
    QByteArray said;
    const QRegularExpression portPattern(QStringLiteral("127\\.0\\.0\\.1:(\\d+)"));
    QRegularExpressionMatch match;
    const QDeadlineTimer deadline(kTimeoutMs);
    while (!(match = portPattern.match(QString::fromUtf8(said))).hasMatch() && !deadline.hasExpired()) {
        server.waitForReadyRead(100);
        said += server.readAllStandardError();
    }
    QVERIFY2(match.hasMatch(), said.constData());

    const Run run = runCli({QStringLiteral("--mx"), QStringLiteral("shop.test"), QStringLiteral("--port"),
                            match.captured(1), QStringLiteral("--security"), QStringLiteral("none"),
                            QStringLiteral("--nameserver"), QStringLiteral("127.0.0.1"), QStringLiteral("--from"),
                            QStringLiteral("a@client.test"), QStringLiteral("--to"), QStringLiteral("nobody@shop.test"),
                            QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY2(run.exitCode == 13, qPrintable(shown(run))); // rejected at RCPT
    QVERIFY2(run.out.contains(QStringLiteral("MX records of shop.test")), qPrintable(shown(run)));
    QVERIFY2(run.out.contains(QStringLiteral("Connecting to mx1.shop.test, the most preferred MX")),
             qPrintable(shown(run)));
    // Connected to the address the MX lookup found, never resolving the name elsewhere.
    QVERIFY2(run.out.contains(QStringLiteral("mx1.shop.test (127.0.0.1:")), qPrintable(shown(run)));
    QVERIFY2(run.out.contains(QStringLiteral("550 5.1.1")), qPrintable(shown(run)));

    // The most preferred MX does not answer: on to the next, both reported.
    const Run failover = runCli({QStringLiteral("--mx"), QStringLiteral("failover.test"), QStringLiteral("--port"),
                                 match.captured(1), QStringLiteral("--security"), QStringLiteral("none"),
                                 QStringLiteral("--nameserver"), QStringLiteral("127.0.0.1"), QStringLiteral("--to"),
                                 QStringLiteral("nobody@failover.test"), QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY2(failover.exitCode == 13, qPrintable(shown(failover)));
    QVERIFY2(failover.out.contains(QStringLiteral("Connecting to mx1.failover.test, the most preferred MX")),
             qPrintable(shown(failover)));
    QVERIFY2(failover.out.contains(QStringLiteral("Connecting to mx2.failover.test, the next MX in order")),
             qPrintable(shown(failover)));
    QVERIFY2(failover.out.indexOf(QStringLiteral("mx1.failover.test")) < failover.out.indexOf(QStringLiteral("550 5.1.1")),
             qPrintable(shown(failover)));
}

void tst_CliDns::nullMxStopsBeforeConnecting()
{
    const Run run = runCli({QStringLiteral("--mx"), QStringLiteral("null.test"), QStringLiteral("--nameserver"),
                            QStringLiteral("127.0.0.1"), QStringLiteral("--to"), QStringLiteral("x@null.test"),
                            QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY2(run.exitCode == 3, qPrintable(shown(run)));
    QVERIFY2(run.err.contains(QStringLiteral("null MX")), qPrintable(shown(run)));
    QVERIFY2(run.err.contains(QStringLiteral("556 5.1.10")), qPrintable(shown(run)));
    QVERIFY(!run.out.contains(QStringLiteral("Connecting")));
}

void tst_CliDns::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("mx and server") << QStringList{QStringLiteral("--mx"), QStringLiteral("shop.test"),
                                                  QStringLiteral("--server"), QStringLiteral("127.0.0.1")};
    QTest::newRow("mx with an address") << QStringList{QStringLiteral("--mx"), QStringLiteral("192.0.2.1")};
    QTest::newRow("dns-check with a mail address")
        << QStringList{QStringLiteral("--dns-check"), QStringLiteral("bob@shop.test")};
    QTest::newRow("bad --ip") << QStringList{QStringLiteral("--dns-check"), QStringLiteral("shop.test"),
                                             QStringLiteral("--ip"), QStringLiteral("not-an-address")};
    QTest::newRow("bad --nameserver") << QStringList{QStringLiteral("--dns-check"), QStringLiteral("shop.test"),
                                                     QStringLiteral("--nameserver"), QStringLiteral("ns.example")};
}

void tst_CliDns::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run run = runCli(arguments);
    QVERIFY2(run.exitCode == 2, qPrintable(shown(run)));
}

QTEST_GUILESS_MAIN(tst_CliDns)
#include "tst_CliDns.moc"

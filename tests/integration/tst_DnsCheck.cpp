// DnsCheck against a real name server: Debian's dnsmasq, started by this test on 127.0.0.1:53
// inside a private network namespace (tests/dns/run-in-netns.sh, which ctest uses). Only loopback,
// never the internet. Without a namespace, or without dnsmasq, the test skips, or fails when the
// environment variable SMTPDOCTOR_REAL_SERVERS is "required" (CI).

#include "core/dns/DnsCheck.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUdpSocket>
#include <QtTest>

#include <csignal>
#include <optional>
#include <sys/prctl.h>

namespace {

const QHostAddress kServer(QStringLiteral("127.0.0.1"));
const QHostAddress kSilentServer(QStringLiteral("127.0.0.2")); // a UDP socket that never answers
const QHostAddress kNoServer(QStringLiteral("127.0.0.3"));     // nothing listens: port unreachable

QStringList ids(const QList<DnsFinding> &findings)
{
    QStringList result;
    for (const DnsFinding &f : findings)
        result.append(f.id);
    return result;
}

// Starts an operation and waits (bounded) for the one signal that ends it; nullopt on timeout.
template<typename Result, typename Signal, typename Start>
std::optional<Result> await(DnsCheck &check, Signal signal, Start start, int ms = 15000)
{
    std::optional<Result> result;
    int emitted = 0;
    QObject context;
    QObject::connect(&check, signal, &context, [&](const Result &r) {
        result = r;
        ++emitted;
    });
    start();
    if (emitted != 0) // must be asynchronous
        return std::nullopt;
    if (!QTest::qWaitFor([&] { return emitted > 0; }, ms))
        return std::nullopt;
    QTest::qWait(20); // a second emission would show here
    return emitted == 1 ? result : std::nullopt;
}

} // namespace

class tst_DnsCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void mxInPreferenceOrder();
    void nullMx();
    void implicitMx();
    void noMailAndNoDomain();
    void mxHostWithoutAddress();
    void ptr_data();
    void ptr();
    void ptrIpv6();
    void spf_data();
    void spf();
    void dmarc_data();
    void dmarc();
    void fullCheck();
    void fullCheckOfBrokenDomain();
    void invalidDomain();
    void cancel();
    void serverNotThere();
    void timeout(); // last: Qt's resolver threads stay blocked for ~10 s after it

private:
    DnsCheck *newCheck(const QHostAddress &server = kServer, int timeoutMs = 5000);
    void startDnsmasq();

    QTemporaryDir m_dir;
    QProcess m_dnsmasq;
    QList<DnsCheck *> m_checks;
};

void tst_DnsCheck::initTestCase()
{
    const bool required = qEnvironmentVariable("SMTPDOCTOR_REAL_SERVERS") == QLatin1String("required");
    const auto unavailable = [required](const QString &why) {
        if (required)
            QFAIL(qPrintable(why + QStringLiteral(", and SMTPDOCTOR_REAL_SERVERS=required")));
        QSKIP(qPrintable(why));
    };
    if (qEnvironmentVariable("SMTPDOCTOR_DNS_NETNS") != QLatin1String("private")) {
        const QString why = qEnvironmentVariable("SMTPDOCTOR_DNS_NETNS_UNAVAILABLE");
        unavailable(QStringLiteral("no private network namespace (%1): the test needs 127.0.0.1:53 of its own; run it "
                                   "through ctest or tests/dns/run-in-netns.sh")
                        .arg(why.isEmpty() ? QStringLiteral("not started through tests/dns/run-in-netns.sh") : why));
        return;
    }
    if (QStandardPaths::findExecutable(QStringLiteral("dnsmasq"),
                                       {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")})
            .isEmpty()) {
        unavailable(QStringLiteral("dnsmasq is not installed (Debian package dnsmasq-base)"));
        return;
    }
    QVERIFY(m_dir.isValid());
    startDnsmasq();
}

void tst_DnsCheck::startDnsmasq()
{
    // The zone is tests/dns/dnsmasq-test.conf; a copy in the temporary folder keeps the run self-contained.
    const QString config = m_dir.filePath(QStringLiteral("dnsmasq.conf"));
    QVERIFY(QFile::copy(QStringLiteral(SMTPDOCTOR_DNS_TEST_DIR "/dnsmasq-test.conf"), config));
    const QString program = QStandardPaths::findExecutable(QStringLiteral("dnsmasq"),
                                                           {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
    m_dnsmasq.setProcessChannelMode(QProcess::MergedChannels);
    // Should the test crash, dnsmasq goes with it (it would otherwise outlive us in the namespace).
    m_dnsmasq.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    // --user/--group root: in a user namespace "root" is the caller; dnsmasq cannot switch to nobody there.
    m_dnsmasq.start(program,
                    {QStringLiteral("--no-daemon"), QStringLiteral("--conf-file=") + config,
                     QStringLiteral("--port=53"), QStringLiteral("--listen-address=127.0.0.1"),
                     QStringLiteral("--bind-interfaces"), QStringLiteral("--user="), QStringLiteral("--group="),
                     QStringLiteral("--pid-file=") + m_dir.filePath(QStringLiteral("pid")),
                     QStringLiteral("--log-queries"), QStringLiteral("--log-facility=-")});
    QVERIFY2(m_dnsmasq.waitForStarted(5000), qPrintable(m_dnsmasq.errorString()));
    // Ready when it answers (bounded: 5 s).
    QElapsedTimer clock;
    clock.start();
    bool ready = false;
    while (!ready && clock.elapsed() < 5000 && m_dnsmasq.state() == QProcess::Running) {
        QDnsLookup probe(QDnsLookup::A, QStringLiteral("ready.test"), kServer);
        QSignalSpy finished(&probe, &QDnsLookup::finished);
        probe.lookup();
        ready = finished.wait(1000) && probe.error() == QDnsLookup::NoError && !probe.hostAddressRecords().isEmpty();
        if (!ready)
            QTest::qWait(100);
    }
    QVERIFY2(ready,
             qPrintable(QStringLiteral("dnsmasq did not answer: ") + QString::fromLocal8Bit(m_dnsmasq.readAll())));
}

void tst_DnsCheck::cleanupTestCase()
{
    qDeleteAll(m_checks); // before the application: no lookup may outlive it
    m_checks.clear();
    if (m_dnsmasq.state() != QProcess::NotRunning) {
        m_dnsmasq.terminate();
        if (!m_dnsmasq.waitForFinished(3000))
            m_dnsmasq.kill();
        m_dnsmasq.waitForFinished(1000);
    }
    if (QTest::currentTestFailed())
        qInfo().noquote() << "dnsmasq said:" << QString::fromLocal8Bit(m_dnsmasq.readAll());
}

DnsCheck *tst_DnsCheck::newCheck(const QHostAddress &server, int timeoutMs)
{
    auto *check = new DnsCheck;
    check->setNameserver(server);
    check->setTimeout(timeoutMs);
    m_checks.append(check);
    return check;
}

void tst_DnsCheck::mxInPreferenceOrder()
{
    DnsCheck *check = newCheck();
    const auto mx =
        await<MxResult>(*check, &DnsCheck::mxResolved, [&] { check->resolveMx(QStringLiteral("Mail.Test.")); });
    QVERIFY(mx);
    QCOMPARE(mx->domain, QStringLiteral("mail.test"));
    QCOMPARE(mx->kind, MxResult::Kind::Hosts);
    QCOMPARE(mx->hosts.size(), 2);
    QCOMPARE(mx->hosts.at(0).name, QStringLiteral("mx1.mail.test"));
    QCOMPARE(mx->hosts.at(0).preference, quint16(10));
    QCOMPARE(mx->hosts.at(0).addresses, QList<QHostAddress>{QHostAddress(QStringLiteral("127.0.0.11"))});
    QCOMPARE(mx->hosts.at(1).name, QStringLiteral("mx2.mail.test"));
    QCOMPARE(mx->hosts.at(1).addresses, (QList<QHostAddress>{QHostAddress(QStringLiteral("127.0.0.12")),
                                                             QHostAddress(QStringLiteral("2001:db8::12"))}));
    QCOMPARE(mx->nextCandidate(), 0);
    QCOMPARE(mx->nextCandidate(0), 1);
    QCOMPARE(mx->nextCandidate(1), -1);
    QCOMPARE(ids(mx->findings), QStringList{QStringLiteral("mx.ok")});
    QVERIFY(!check->isRunning());
}

void tst_DnsCheck::nullMx()
{
    DnsCheck *check = newCheck();
    const auto mx =
        await<MxResult>(*check, &DnsCheck::mxResolved, [&] { check->resolveMx(QStringLiteral("null.test")); });
    QVERIFY(mx);
    QCOMPARE(mx->kind, MxResult::Kind::NullMx);
    QVERIFY(mx->hosts.isEmpty());
    QVERIFY(!mx->acceptsMail());
    QCOMPARE(ids(mx->findings), QStringList{QStringLiteral("mx.null")});
    const DnsFindingEntry *entry = mx->findings.constFirst().entry();
    QVERIFY(entry);
    QVERIFY(entry->related.contains(QStringLiteral("556")) && entry->related.contains(QStringLiteral("5.1.10")));
}

void tst_DnsCheck::implicitMx()
{
    DnsCheck *check = newCheck();
    const auto mx =
        await<MxResult>(*check, &DnsCheck::mxResolved, [&] { check->resolveMx(QStringLiteral("implicit.test")); });
    QVERIFY(mx);
    QCOMPARE(mx->kind, MxResult::Kind::Implicit);
    QCOMPARE(mx->hosts.size(), 1);
    QVERIFY(mx->hosts.at(0).implicit);
    QCOMPARE(mx->hosts.at(0).name, QStringLiteral("implicit.test"));
    QCOMPARE(mx->hosts.at(0).addresses, QList<QHostAddress>{QHostAddress(QStringLiteral("127.0.0.13"))});
    QCOMPARE(mx->nextCandidate(), 0);
    QCOMPARE(ids(mx->findings), QStringList{QStringLiteral("mx.implicit")});
}

void tst_DnsCheck::noMailAndNoDomain()
{
    DnsCheck *check = newCheck();
    // The name exists (a TXT record) but has no MX and no address: told apart from NXDOMAIN.
    const auto none =
        await<MxResult>(*check, &DnsCheck::mxResolved, [&] { check->resolveMx(QStringLiteral("nomail.test")); });
    QVERIFY(none);
    QCOMPARE(none->kind, MxResult::Kind::NoMail);
    QCOMPARE(ids(none->findings), QStringList{QStringLiteral("mx.none")});
    const auto nx =
        await<MxResult>(*check, &DnsCheck::mxResolved, [&] { check->resolveMx(QStringLiteral("nowhere.test")); });
    QVERIFY(nx);
    QCOMPARE(nx->kind, MxResult::Kind::NoDomain);
    QCOMPARE(nx->status, DnsStatus::NoDomain);
    QCOMPARE(ids(nx->findings), QStringList{QStringLiteral("mx.nxdomain")});
}

void tst_DnsCheck::mxHostWithoutAddress()
{
    DnsCheck *check = newCheck();
    const auto mx =
        await<MxResult>(*check, &DnsCheck::mxResolved, [&] { check->resolveMx(QStringLiteral("broken.test")); });
    QVERIFY(mx);
    QCOMPARE(mx->hosts.size(), 2);
    QCOMPARE(mx->hosts.at(0).status, DnsStatus::NoDomain);
    QVERIFY(mx->hosts.at(0).error.en.contains(QLatin1String("NXDOMAIN")));
    QCOMPARE(mx->nextCandidate(), 1); // "try every MX in order" skips the host without an address
    QCOMPARE(ids(mx->findings), QStringList{QStringLiteral("mx.host-no-address")});
    QCOMPARE(mx->findings.constFirst().severity, DnsSeverity::Warning); // the other host works
}

void tst_DnsCheck::ptr_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("confirmed");
    QTest::newRow("confirmed") << QStringLiteral("127.0.0.11") << QStringList{QStringLiteral("ptr.ok")}
                               << QStringLiteral("mx1.mail.test");
    QTest::newRow("not confirmed") << QStringLiteral("127.0.0.21") << QStringList{QStringLiteral("ptr.not-confirmed")}
                                   << QString();
    QTest::newRow("missing") << QStringLiteral("127.0.0.31") << QStringList{QStringLiteral("ptr.missing")} << QString();
    QTest::newRow("generic") << QStringLiteral("127.0.0.41")
                             << QStringList{QStringLiteral("ptr.ok"), QStringLiteral("ptr.generic")}
                             << QStringLiteral("127-0-0-41.dyn.isp.test");
    QTest::newRow("mapped ipv4") << QStringLiteral("::ffff:127.0.0.11") << QStringList{QStringLiteral("ptr.ok")}
                                 << QStringLiteral("mx1.mail.test");
}

void tst_DnsCheck::ptr()
{
    QFETCH(QString, address);
    QFETCH(QStringList, expected);
    QFETCH(QString, confirmed);
    DnsCheck *check = newCheck();
    const auto ptr =
        await<PtrResult>(*check, &DnsCheck::ptrResolved, [&] { check->resolvePtr(QHostAddress(address)); });
    QVERIFY(ptr);
    QCOMPARE(ids(ptr->findings), expected);
    QCOMPARE(ptr->confirmedName(), confirmed);
    if (!confirmed.isEmpty()) {
        QCOMPARE(ids(ptr->compareWithNames({confirmed})), QStringList{QStringLiteral("ptr.greeting-match")});
        QCOMPARE(ids(ptr->compareWithNames({QStringLiteral("localhost")})),
                 QStringList{QStringLiteral("ptr.greeting-mismatch")});
    }
}

void tst_DnsCheck::ptrIpv6()
{
    DnsCheck *check = newCheck();
    const auto ptr = await<PtrResult>(*check, &DnsCheck::ptrResolved,
                                      [&] { check->resolvePtr(QHostAddress(QStringLiteral("2001:db8::12"))); });
    QVERIFY(ptr);
    QVERIFY(ptr->reverseName.endsWith(QLatin1String("8.b.d.0.1.0.0.2.ip6.arpa")));
    QCOMPARE(ptr->confirmedName(), QStringLiteral("mx2.mail.test"));
    QCOMPARE(ids(ptr->findings), QStringList{QStringLiteral("ptr.ok")});
}

void tst_DnsCheck::spf_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("lookups");
    QTest::newRow("joined strings, one include")
        << QStringLiteral("mail.test") << QStringList{QStringLiteral("spf.ok")} << 2;
    QTest::newRow("large answer") << QStringLiteral("big.test") << QStringList{QStringLiteral("spf.ok")} << 0;
    QTest::newRow("two records") << QStringLiteral("twospf.test") << QStringList{QStringLiteral("spf.multiple")} << 0;
    // 3 includes + 3 + 2×3 + 1 (through s4) = 14.
    QTest::newRow("too many lookups") << QStringLiteral("many.test")
                                      << QStringList{QStringLiteral("spf.too-many-lookups")} << 14;
    QTest::newRow("void lookups") << QStringLiteral("void.test")
                                  << QStringList{QStringLiteral("spf.include-error"),
                                                 QStringLiteral("spf.include-error"),
                                                 QStringLiteral("spf.include-error"),
                                                 QStringLiteral("spf.void-lookups")}
                                  << 4;
    QTest::newRow("loop") << QStringLiteral("loop.test") << QStringList{QStringLiteral("spf.include-error")} << 2;
    QTest::newRow("syntax") << QStringLiteral("broken.test") << QStringList{QStringLiteral("spf.syntax")} << 0;
    QTest::newRow("none") << QStringLiteral("implicit.test") << QStringList{QStringLiteral("spf.none")} << 0;
}

void tst_DnsCheck::spf()
{
    QFETCH(QString, domain);
    QFETCH(QStringList, expected);
    QFETCH(int, lookups);
    DnsCheck *check = newCheck();
    const auto spf = await<SpfResult>(*check, &DnsCheck::spfChecked, [&] { check->checkSpf(domain); });
    QVERIFY(spf);
    QCOMPARE(ids(spf->findings), expected);
    QCOMPARE(spf->totalLookups, lookups);
    if (domain == QLatin1String("mail.test")) {
        QCOMPARE(spf->selection.record(), QStringLiteral("v=spf1 mx include:_spf.mail.test -all"));
        QCOMPARE(spf->nodes.size(), 1);
        QCOMPARE(spf->nodes.at(0).domain, QStringLiteral("_spf.mail.test"));
    }
    if (domain == QLatin1String("many.test")) {
        QStringList order;
        for (const SpfNode &node : spf->nodes)
            order.append(node.domain);
        // Depth-first, in the order the records name them, whatever order the answers came in.
        QCOMPARE(order, (QStringList{QStringLiteral("s1.many.test"), QStringLiteral("s4.many.test"),
                                     QStringLiteral("s2.many.test"), QStringLiteral("s3.many.test")}));
    }
    if (domain == QLatin1String("void.test"))
        QCOMPARE(spf->voidLookups, 3);
}

void tst_DnsCheck::dmarc_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("name");
    QTest::newRow("reject") << QStringLiteral("mail.test") << QStringList{QStringLiteral("dmarc.ok")}
                            << QStringLiteral("_dmarc.mail.test");
    QTest::newRow("organisational") << QStringLiteral("sub.mail.test")
                                    << QStringList{QStringLiteral("dmarc.organizational"), QStringLiteral("dmarc.ok")}
                                    << QStringLiteral("_dmarc.mail.test");
    QTest::newRow("broken") << QStringLiteral("broken.test")
                            << QStringList{QStringLiteral("dmarc.syntax"), QStringLiteral("dmarc.syntax"),
                                           QStringLiteral("dmarc.no-rua")}
                            << QStringLiteral("_dmarc.broken.test");
    QTest::newRow("two") << QStringLiteral("twospf.test") << QStringList{QStringLiteral("dmarc.multiple")}
                         << QStringLiteral("_dmarc.twospf.test");
    QTest::newRow("none") << QStringLiteral("implicit.test") << QStringList{QStringLiteral("dmarc.none")}
                          << QStringLiteral("_dmarc.implicit.test");
}

void tst_DnsCheck::dmarc()
{
    QFETCH(QString, domain);
    QFETCH(QStringList, expected);
    QFETCH(QString, name);
    DnsCheck *check = newCheck();
    const auto dmarc = await<DmarcResult>(*check, &DnsCheck::dmarcChecked, [&] { check->checkDmarc(domain); });
    QVERIFY(dmarc);
    QCOMPARE(ids(dmarc->findings), expected);
    QCOMPARE(dmarc->name, name);
}

void tst_DnsCheck::fullCheck()
{
    DnsCheck *check = newCheck();
    QElapsedTimer clock;
    clock.start();
    const auto report = await<DnsReport>(*check, &DnsCheck::finished, [&] {
        check->check(QStringLiteral("mail.test"), QHostAddress(QStringLiteral("127.0.0.11")));
        QVERIFY(check->isRunning());
    });
    QVERIFY(report);
    QVERIFY(clock.elapsed() < 5000);
    QVERIFY(!check->isRunning());
    QCOMPARE(ids(report->findings()),
             (QStringList{QStringLiteral("mx.ok"), QStringLiteral("ptr.ok"), QStringLiteral("spf.ok"),
                          QStringLiteral("dmarc.ok"), QStringLiteral("mta-sts.ok"), QStringLiteral("tls-rpt.ok")}));
    QCOMPARE(report->worstSeverity(), DnsSeverity::Ok);
    QCOMPARE(report->nameserver, kServer);

    const QJsonObject json = report->toJson();
    QCOMPARE(json.value(QLatin1String("domain")).toString(), QStringLiteral("mail.test"));
    QCOMPARE(json.value(QLatin1String("severity")).toString(), QStringLiteral("ok"));
    QCOMPARE(json.value(QLatin1String("mx")).toObject().value(QLatin1String("hosts")).toArray().size(), 2);
    QCOMPARE(json.value(QLatin1String("ptr")).toObject().value(QLatin1String("confirmedName")).toString(),
             QStringLiteral("mx1.mail.test"));
    QCOMPARE(json.value(QLatin1String("spf")).toObject().value(QLatin1String("totalLookups")).toInt(), 2);
    QCOMPARE(json.value(QLatin1String("dmarc")).toObject().value(QLatin1String("policy")).toString(),
             QStringLiteral("reject"));
    QCOMPARE(json.value(QLatin1String("mtaSts")).toObject().value(QLatin1String("id")).toString(),
             QStringLiteral("20240101T000000"));
    QCOMPARE(json.value(QLatin1String("findings")).toArray().size(), 6);

    const QString en = report->toText(ExplanationLanguage::English);
    QVERIFY2(en.contains(QLatin1String("10 mx1.mail.test  127.0.0.11")), qPrintable(en));
    QVERIFY(en.contains(QLatin1String("mx1.mail.test -> 127.0.0.11  (FCrDNS)")));
    QVERIFY(en.contains(QLatin1String("v=DMARC1; p=reject")));
    const QString ja = report->toText(ExplanationLanguage::Japanese);
    QVERIFY2(ja.contains(QStringLiteral("[正常] MX レコードは正常です")), qPrintable(ja));
}

void tst_DnsCheck::fullCheckOfBrokenDomain()
{
    DnsCheck *check = newCheck();
    const auto report = await<DnsReport>(*check, &DnsCheck::finished, [&] {
        check->check(QStringLiteral("broken.test"), QHostAddress(QStringLiteral("127.0.0.31")));
    });
    QVERIFY(report);
    const QStringList found = ids(report->findings());
    for (const char *id :
         {"mx.host-no-address", "ptr.missing", "spf.syntax", "dmarc.syntax", "mta-sts.syntax", "tls-rpt.syntax"})
        QVERIFY2(found.contains(QLatin1String(id)), qPrintable(found.join(u' ')));
    QCOMPARE(report->worstSeverity(), DnsSeverity::Error);
    for (const DnsFinding &f : report->findings())
        QVERIFY2(f.entry(), qPrintable(f.id));
}

void tst_DnsCheck::invalidDomain()
{
    DnsCheck *check = newCheck();
    const auto report =
        await<DnsReport>(*check, &DnsCheck::finished, [&] { check->check(QStringLiteral("not a domain")); });
    QVERIFY(report);
    QCOMPARE(ids(report->findings()), QStringList{QStringLiteral("dns.failure")});
    const auto mx = await<MxResult>(*check, &DnsCheck::mxResolved, [&] { check->resolveMx(QString()); });
    QVERIFY(mx);
    QCOMPARE(mx->status, DnsStatus::Failed);
}

void tst_DnsCheck::cancel()
{
    DnsCheck *check = newCheck();
    int emitted = 0;
    connect(check, &DnsCheck::finished, this, [&] { ++emitted; });
    connect(check, &DnsCheck::mxResolved, this, [&] { ++emitted; });
    check->check(QStringLiteral("mail.test"), QHostAddress(QStringLiteral("127.0.0.11")));
    QVERIFY(check->isRunning());
    check->cancel();
    QVERIFY(!check->isRunning());
    QTest::qWait(300);
    QCOMPARE(emitted, 0);
    // Starting another operation cancels the one running: only the second one reports.
    check->check(QStringLiteral("mail.test"));
    const auto mx =
        await<MxResult>(*check, &DnsCheck::mxResolved, [&] { check->resolveMx(QStringLiteral("null.test")); });
    QVERIFY(mx);
    QCOMPARE(mx->kind, MxResult::Kind::NullMx);
    QTest::qWait(300);
    QCOMPARE(emitted, 1);
    check->disconnect(this);
}

void tst_DnsCheck::serverNotThere()
{
    // Nothing listens at 127.0.0.3: Qt 6.4 reports that like an empty answer, and the report says so.
    DnsCheck *check = newCheck(kNoServer, 2000);
    const auto report =
        await<DnsReport>(*check, &DnsCheck::finished, [&] { check->check(QStringLiteral("mail.test")); });
    QVERIFY(report);
    QVERIFY2(ids(report->findings()).contains(QStringLiteral("dns.no-answers")),
             qPrintable(ids(report->findings()).join(u' ')));
}

void tst_DnsCheck::timeout()
{
    // A name server that reads and never answers: every lookup ends at its own timeout, bounded.
    QUdpSocket silent;
    QVERIFY2(silent.bind(kSilentServer, 53), qPrintable(silent.errorString()));
    DnsCheck *check = newCheck(kSilentServer, 1000);
    QElapsedTimer clock;
    clock.start();
    const auto mx =
        await<MxResult>(*check, &DnsCheck::mxResolved, [&] { check->resolveMx(QStringLiteral("mail.test")); });
    QVERIFY(mx);
    QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(mx->kind, MxResult::Kind::Failed);
    QCOMPARE(mx->status, DnsStatus::TimedOut);
    QCOMPARE(ids(mx->findings), QStringList{QStringLiteral("dns.timeout")});
    QVERIFY(mx->findings.constFirst().detail.en.contains(QLatin1String("No answer from the name server within 1 s")));
    QVERIFY(mx->findings.constFirst().detail.ja.contains(QStringLiteral("1 秒以内")));

    clock.restart();
    const auto report = await<DnsReport>(*check, &DnsCheck::finished, [&] {
        check->check(QStringLiteral("mail.test"), QHostAddress(QStringLiteral("127.0.0.11")));
    });
    QVERIFY(report);
    QVERIFY2(clock.elapsed() < 4000, qPrintable(QString::number(clock.elapsed())));
    for (const DnsFinding &f : report->findings())
        QCOMPARE(f.id, QStringLiteral("dns.timeout"));
    QCOMPARE(report->findings().size(), 6);
}

QTEST_GUILESS_MAIN(tst_DnsCheck)
#include "tst_DnsCheck.moc"

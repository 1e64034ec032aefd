#include "core/dns/DnsAnalysis.h"
#include "core/dns/DnsCheck.h"
#include "core/dns/DnsRecords.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QtTest>

namespace {

bool hasJapanese(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return (c.unicode() >= 0x3040 && c.unicode() <= 0x30FF) || (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF);
    });
}

QStringList codes(const QList<RecordProblem> &problems)
{
    QStringList result;
    for (const RecordProblem &p : problems) {
        result.append(p.code);
        // Every problem explains itself in both languages, with the term filled in.
        if (p.message.en.isEmpty() || !hasJapanese(p.message.ja) || p.message.en.contains(QLatin1String("%1")) ||
            p.message.ja.contains(QLatin1String("%1")))
            result.append(QStringLiteral("<bad message for %1>").arg(p.code));
    }
    return result;
}

QStringList ids(const QList<DnsFinding> &findings)
{
    QStringList result;
    for (const DnsFinding &f : findings)
        result.append(f.id);
    return result;
}

MxHost host(const QString &name, quint16 preference, const QStringList &addresses)
{
    MxHost h;
    h.name = name;
    h.preference = preference;
    for (const QString &a : addresses)
        h.addresses.append(QHostAddress(a));
    h.status = addresses.isEmpty() ? DnsStatus::NoRecords : DnsStatus::Found;
    return h;
}

} // namespace

class tst_DnsRecords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cancelledChecksStaySilent();
    void joinTxt_data();
    void joinTxt();
    void selectSpf_data();
    void selectSpf();
    void parseSpf_data();
    void parseSpf();
    void spfMechanismsInOrder();
    void selectPolicies_data();
    void selectPolicies();
    void parseDmarc_data();
    void parseDmarc();
    void dmarcPolicyExplained();
    void parseMtaSts_data();
    void parseMtaSts();
    void parseTlsRpt_data();
    void parseTlsRpt();
    void reverseName_data();
    void reverseName();
    void names_data();
    void names();
    void looksGeneric_data();
    void looksGeneric();
    void classifyMx_data();
    void classifyMx();
    void nextCandidate();
    void mxFindings_data();
    void mxFindings();
    void ptrFindings();
    void compareWithNames();
    void spfFindings();
    void dmarcFindings();
    void policyFindings();
    void everyFindingIdIsInTheCatalog();
    void findingRendering();
    void reportJsonAndText();
    void checksForReply_data();
    void checksForReply();
};

void tst_DnsRecords::joinTxt_data()
{
    QTest::addColumn<QList<QByteArray>>("strings");
    QTest::addColumn<QString>("joined");
    QTest::newRow("one") << QList<QByteArray>{"v=spf1 -all"} << QStringLiteral("v=spf1 -all");
    // RFC 7208 §3.3: the strings are joined with no space between them.
    QTest::newRow("split in a word") << QList<QByteArray>{"v=spf1 include:_spf.exa", "mple.com -all"}
                                     << QStringLiteral("v=spf1 include:_spf.example.com -all");
    QTest::newRow("split at a space") << QList<QByteArray>{"v=spf1 ip4:192.0.2.1", " -all"}
                                      << QStringLiteral("v=spf1 ip4:192.0.2.1 -all");
    QTest::newRow("empty") << QList<QByteArray>{} << QString();
}

void tst_DnsRecords::joinTxt()
{
    QFETCH(QList<QByteArray>, strings);
    QFETCH(QString, joined);
    QCOMPARE(DnsRecords::joinTxt(strings), joined);
}

void tst_DnsRecords::selectSpf_data()
{
    QTest::addColumn<QStringList>("txt");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("nearMisses");
    QTest::newRow("none") << QStringList{QStringLiteral("google-site-verification=abc")}
                          << int(TxtSelection::Status::None) << 0;
    QTest::newRow("one") << QStringList{QStringLiteral("v=spf1 -all"), QStringLiteral("other")}
                         << int(TxtSelection::Status::One) << 0;
    QTest::newRow("bare") << QStringList{QStringLiteral("v=spf1")} << int(TxtSelection::Status::One) << 0;
    QTest::newRow("upper case") << QStringList{QStringLiteral("V=SPF1 -all")} << int(TxtSelection::Status::One) << 0;
    QTest::newRow("two") << QStringList{QStringLiteral("v=spf1 mx -all"),
                                        QStringLiteral("v=spf1 include:x.example ~all")}
                         << int(TxtSelection::Status::Multiple) << 0;
    QTest::newRow("spf10 is not spf1") << QStringList{QStringLiteral("v=spf10 -all")} << int(TxtSelection::Status::None)
                                       << 1;
    QTest::newRow("leading junk") << QStringList{QStringLiteral("\"v=spf1 -all\"")} << int(TxtSelection::Status::None)
                                  << 1;
}

void tst_DnsRecords::selectSpf()
{
    QFETCH(QStringList, txt);
    QFETCH(int, status);
    QFETCH(int, nearMisses);
    const TxtSelection s = DnsRecords::selectSpf(txt);
    QCOMPARE(int(s.status), status);
    QCOMPARE(s.nearMisses.size(), nearMisses);
}

void tst_DnsRecords::parseSpf_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<QStringList>("problems");
    QTest::addColumn<int>("lookups");
    const auto row = [](const char *name, const char *record, QStringList problems, int lookups) {
        QTest::newRow(name) << QString::fromUtf8(record) << problems << lookups;
    };
    row("minimal", "v=spf1 -all", {}, 0);
    row("typical", "v=spf1 mx a ip4:192.0.2.0/24 ip6:2001:db8::/32 include:_spf.example.com ~all", {}, 3);
    row("redirect instead of all", "v=spf1 include:a.example include:b.example redirect=c.example", {}, 3);
    row("dual cidr", "v=spf1 a/24//64 mx:mail.example.com/28 a:web.example.com -all", {}, 3);
    row("exists with macro", "v=spf1 exists:%{i}.spf.example.com -all", {}, 1);
    row("size suffix free ip4", "v=spf1 ip4:192.0.2.1 -all", {}, 0);
    row("unknown mechanism", "v=spf1 ipv4:192.0.2.1 -all", {QStringLiteral("unknown-mechanism")}, 0);
    row("bad qualifier", "v=spf1 mx !all", {QStringLiteral("bad-qualifier"), QStringLiteral("no-all")}, 1);
    row("double qualifier", "v=spf1 --all", {QStringLiteral("bad-qualifier"), QStringLiteral("no-all")}, 0);
    row("ip4 prefix too long", "v=spf1 ip4:192.0.2.0/33 -all", {QStringLiteral("bad-cidr")}, 0);
    row("ip4 short address", "v=spf1 ip4:192.0.2 -all", {QStringLiteral("bad-ip")}, 0);
    row("ip4 holding ipv6", "v=spf1 ip4:2001:db8::1 -all", {QStringLiteral("bad-ip")}, 0);
    row("ip6 prefix too long", "v=spf1 ip6:2001:db8::/129 -all", {QStringLiteral("bad-cidr")}, 0);
    row("ip6 holding ipv4", "v=spf1 ip6:192.0.2.1 -all", {QStringLiteral("bad-ip")}, 0);
    row("a prefix too long", "v=spf1 a/33 -all", {QStringLiteral("bad-cidr")}, 1);
    row("include without domain", "v=spf1 include: -all", {QStringLiteral("missing-domain")}, 1);
    row("include with cidr", "v=spf1 include:x.example/24 -all", {QStringLiteral("bad-cidr")}, 1);
    row("all with argument", "v=spf1 -all:x", {QStringLiteral("bad-argument")}, 0);
    row("ptr discouraged", "v=spf1 ptr -all", {QStringLiteral("ptr")}, 1);
    row("all not last", "v=spf1 -all include:x.example", {QStringLiteral("all-not-last")}, 1);
    row("redirect with all", "v=spf1 mx -all redirect=x.example", {QStringLiteral("redirect-with-all")}, 2);
    row("no all", "v=spf1 mx", {QStringLiteral("no-all")}, 1);
    row("plus all", "v=spf1 mx +all", {QStringLiteral("plus-all")}, 1);
    row("bare all is pass", "v=spf1 all", {QStringLiteral("plus-all")}, 0);
    row("neutral all", "v=spf1 mx ?all", {QStringLiteral("neutral-all")}, 1);
    row("duplicate redirect", "v=spf1 redirect=a.example redirect=b.example", {QStringLiteral("duplicate-modifier")},
        2);
    row("duplicate exp", "v=spf1 exp=a.example exp=b.example -all", {QStringLiteral("duplicate-modifier")}, 0);
    row("empty redirect", "v=spf1 redirect=", {QStringLiteral("missing-domain"), QStringLiteral("no-all")}, 1);
    row("unknown modifier", "v=spf1 redirct=a.example -all", {QStringLiteral("unknown-modifier")}, 0);
    row("not spf", "v=spf2 -all", {QStringLiteral("version")}, 0);
    row("eleven includes",
        "v=spf1 include:a.example include:b.example include:c.example include:d.example include:e.example "
        "include:f.example include:g.example include:h.example include:i.example include:j.example "
        "include:k.example -all",
        {}, 11);
}

void tst_DnsRecords::parseSpf()
{
    QFETCH(QString, record);
    QFETCH(QStringList, problems);
    QFETCH(int, lookups);
    const SpfRecord r = DnsRecords::parseSpf(record);
    QCOMPARE(codes(r.problems), problems);
    QCOMPARE(r.lookupCount, lookups);
    const bool fatal = std::any_of(r.problems.cbegin(), r.problems.cend(),
                                   [](const RecordProblem &p) { return p.severity == DnsSeverity::Error; });
    QCOMPARE(r.hasErrors(), fatal);
}

void tst_DnsRecords::spfMechanismsInOrder()
{
    const SpfRecord r =
        DnsRecords::parseSpf(QStringLiteral("v=spf1 +mx a:web.example.com/24 ip4:192.0.2.0/24 include:_spf.example.com "
                                            "exp=explain.example.com ~all"));
    QCOMPARE(r.mechanisms(),
             (QStringList{QStringLiteral("mx"), QStringLiteral("a:web.example.com/24"),
                          QStringLiteral("ip4:192.0.2.0/24"), QStringLiteral("include:_spf.example.com"),
                          QStringLiteral("exp=explain.example.com"), QStringLiteral("all")}));
    QCOMPARE(r.includes, QStringList{QStringLiteral("_spf.example.com")});
    QCOMPARE(r.allQualifier, SpfTerm::Qualifier::SoftFail);
    QCOMPARE(r.terms.at(0).qualifier, SpfTerm::Qualifier::Pass);
    QVERIFY(r.terms.at(4).isModifier);
    QVERIFY(r.problems.isEmpty());
    const SpfRecord redirect = DnsRecords::parseSpf(QStringLiteral("v=spf1 redirect=_spf.example.net"));
    QCOMPARE(redirect.redirect, QStringLiteral("_spf.example.net"));
    QVERIFY(!redirect.allQualifier);
}

void tst_DnsRecords::selectPolicies_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("txt");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("nearMisses");
    QTest::newRow("dmarc one") << QStringLiteral("dmarc") << QStringList{QStringLiteral("v=DMARC1; p=none")}
                               << int(TxtSelection::Status::One) << 0;
    QTest::newRow("dmarc no space") << QStringLiteral("dmarc") << QStringList{QStringLiteral("v=DMARC1;p=none")}
                                    << int(TxtSelection::Status::One) << 0;
    QTest::newRow("dmarc two") << QStringLiteral("dmarc")
                               << QStringList{QStringLiteral("v=DMARC1; p=none"), QStringLiteral("v=DMARC1; p=reject")}
                               << int(TxtSelection::Status::Multiple) << 0;
    QTest::newRow("dmarc lower case") << QStringLiteral("dmarc") << QStringList{QStringLiteral("v=dmarc1; p=none")}
                                      << int(TxtSelection::Status::None) << 1;
    QTest::newRow("dmarc version not first")
        << QStringLiteral("dmarc") << QStringList{QStringLiteral("p=none; v=DMARC1")} << int(TxtSelection::Status::None)
        << 1;
    QTest::newRow("dmarc unrelated") << QStringLiteral("dmarc") << QStringList{QStringLiteral("hello")}
                                     << int(TxtSelection::Status::None) << 0;
    QTest::newRow("sts one") << QStringLiteral("mta-sts") << QStringList{QStringLiteral("v=STSv1; id=abc")}
                             << int(TxtSelection::Status::One) << 0;
    QTest::newRow("sts two") << QStringLiteral("mta-sts")
                             << QStringList{QStringLiteral("v=STSv1; id=a"), QStringLiteral("v=STSv1; id=b")}
                             << int(TxtSelection::Status::Multiple) << 0;
    QTest::newRow("tlsrpt one") << QStringLiteral("tls-rpt")
                                << QStringList{QStringLiteral("v=TLSRPTv1; rua=mailto:a@example.com")}
                                << int(TxtSelection::Status::One) << 0;
    QTest::newRow("tlsrpt wrong case") << QStringLiteral("tls-rpt")
                                       << QStringList{QStringLiteral("v=tlsrptv1; rua=mailto:a@example.com")}
                                       << int(TxtSelection::Status::None) << 1;
}

void tst_DnsRecords::selectPolicies()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, txt);
    QFETCH(int, status);
    QFETCH(int, nearMisses);
    const TxtSelection s = kind == QLatin1String("dmarc")     ? DnsRecords::selectDmarc(txt)
                           : kind == QLatin1String("mta-sts") ? DnsRecords::selectMtaSts(txt)
                                                              : DnsRecords::selectTlsRpt(txt);
    QCOMPARE(int(s.status), status);
    QCOMPARE(s.nearMisses.size(), nearMisses);
}

void tst_DnsRecords::parseDmarc_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<QStringList>("problems");
    QTest::addColumn<QString>("policy");
    QTest::addColumn<int>("percent");
    const auto row = [](const char *name, const char *record, QStringList problems, const char *policy, int pct) {
        QTest::newRow(name) << QString::fromUtf8(record) << problems << QString::fromUtf8(policy) << pct;
    };
    row("reject", "v=DMARC1; p=reject; rua=mailto:dmarc@example.com", {}, "reject", 100);
    row("monitoring", "v=DMARC1; p=none", {}, "none", 100);
    row("every tag",
        "v=DMARC1;p=quarantine;pct=50;sp=reject;adkim=s;aspf=r;fo=1:d;rf=afrf;ri=3600;ruf=mailto:f@example.com;"
        "rua=mailto:a@example.com!10m,mailto:b@example.net",
        {}, "quarantine", 50);
    row("upper-case policy value", "v=DMARC1; p=Reject", {}, "reject", 100);
    row("version not first", "p=reject; v=DMARC1", {QStringLiteral("version"), QStringLiteral("p-not-second")},
        "reject", 100);
    row("lower-case version", "v=dmarc1; p=reject", {QStringLiteral("version")}, "reject", 100);
    row("p missing", "v=DMARC1; rua=mailto:d@example.com", {QStringLiteral("p-missing")}, "", 100);
    row("p not second", "v=DMARC1; rua=mailto:d@example.com; p=none", {QStringLiteral("p-not-second")}, "none", 100);
    row("bad policy", "v=DMARC1; p=block", {QStringLiteral("bad-value")}, "", 100);
    row("bad subdomain policy", "v=DMARC1; p=none; sp=drop", {QStringLiteral("bad-value")}, "none", 100);
    row("pct over 100", "v=DMARC1; p=reject; pct=150", {QStringLiteral("bad-value")}, "reject", 100);
    row("pct not a number", "v=DMARC1; p=reject; pct=half", {QStringLiteral("bad-value")}, "reject", 100);
    row("rua without scheme", "v=DMARC1; p=reject; rua=dmarc@example.com", {QStringLiteral("bad-uri")}, "reject", 100);
    row("rua bad mailto", "v=DMARC1; p=reject; rua=mailto:nobody", {QStringLiteral("bad-uri")}, "reject", 100);
    row("rua https", "v=DMARC1; p=reject; rua=https://reports.example/d", {QStringLiteral("non-mailto")}, "reject",
        100);
    row("bad adkim", "v=DMARC1; p=reject; adkim=x", {QStringLiteral("bad-value")}, "reject", 100);
    row("bad fo", "v=DMARC1; p=reject; fo=2", {QStringLiteral("bad-value")}, "reject", 100);
    row("bad rf", "v=DMARC1; p=reject; rf=json", {QStringLiteral("bad-value")}, "reject", 100);
    row("bad ri", "v=DMARC1; p=reject; ri=daily", {QStringLiteral("bad-value")}, "reject", 100);
    row("duplicate tag", "v=DMARC1; p=reject; p=none", {QStringLiteral("duplicate-tag")}, "none", 100);
    row("unknown tag", "v=DMARC1; p=reject; policy=reject", {QStringLiteral("unknown-tag")}, "reject", 100);
    row("not a pair", "v=DMARC1; p=reject; junk", {QStringLiteral("bad-tag")}, "reject", 100);
}

void tst_DnsRecords::parseDmarc()
{
    QFETCH(QString, record);
    QFETCH(QStringList, problems);
    QFETCH(QString, policy);
    QFETCH(int, percent);
    const DmarcRecord r = DnsRecords::parseDmarc(record);
    QCOMPARE(codes(r.problems), problems);
    QCOMPARE(r.policy, policy);
    QCOMPARE(r.percent, percent);
}

void tst_DnsRecords::dmarcPolicyExplained()
{
    const DmarcRecord none = DnsRecords::parseDmarc(QStringLiteral("v=DMARC1; p=none"));
    QVERIFY(none.policyExplanation().en.contains(QLatin1String("monitoring only")));
    QVERIFY(none.policyExplanation().ja.contains(QStringLiteral("監視のみ")));
    const DmarcRecord partial = DnsRecords::parseDmarc(QStringLiteral("v=DMARC1; p=reject; pct=25; sp=none"));
    QVERIFY(partial.policyExplanation().en.contains(QLatin1String("25%")));
    QCOMPARE(partial.subdomainPolicy, QStringLiteral("none"));
    QCOMPARE(DnsRecords::parseDmarc(QStringLiteral("v=DMARC1; p=quarantine")).subdomainPolicy,
             QStringLiteral("quarantine"));
}

void tst_DnsRecords::parseMtaSts_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<QStringList>("problems");
    QTest::addColumn<QString>("id");
    QTest::newRow("good") << QStringLiteral("v=STSv1; id=20240101T000000;") << QStringList()
                          << QStringLiteral("20240101T000000");
    QTest::newRow("extension field") << QStringLiteral("v=STSv1; id=abc; ext=1") << QStringList()
                                     << QStringLiteral("abc");
    QTest::newRow("id with dashes") << QStringLiteral("v=STSv1; id=2024-01-01") << QStringList{QStringLiteral("bad-id")}
                                    << QStringLiteral("2024-01-01");
    QTest::newRow("id too long") << QStringLiteral("v=STSv1; id=%1").arg(QString(33, u'a'))
                                 << QStringList{QStringLiteral("bad-id")} << QString(33, u'a');
    QTest::newRow("id 32 long") << QStringLiteral("v=STSv1; id=%1").arg(QString(32, u'7')) << QStringList()
                                << QString(32, u'7');
    QTest::newRow("empty id") << QStringLiteral("v=STSv1; id=") << QStringList{QStringLiteral("bad-id")} << QString();
    QTest::newRow("no id") << QStringLiteral("v=STSv1;") << QStringList{QStringLiteral("id-missing")} << QString();
    QTest::newRow("version not first") << QStringLiteral("id=abc; v=STSv1") << QStringList{QStringLiteral("version")}
                                       << QStringLiteral("abc");
    QTest::newRow("two ids") << QStringLiteral("v=STSv1; id=a; id=b") << QStringList{QStringLiteral("duplicate-tag")}
                             << QStringLiteral("b");
}

void tst_DnsRecords::parseMtaSts()
{
    QFETCH(QString, record);
    QFETCH(QStringList, problems);
    QFETCH(QString, id);
    const MtaStsRecord r = DnsRecords::parseMtaSts(record);
    QCOMPARE(codes(r.problems), problems);
    QCOMPARE(r.id, id);
}

void tst_DnsRecords::parseTlsRpt_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<QStringList>("problems");
    QTest::addColumn<int>("destinations");
    QTest::newRow("mailto") << QStringLiteral("v=TLSRPTv1; rua=mailto:tls@example.com") << QStringList() << 1;
    QTest::newRow("https") << QStringLiteral("v=TLSRPTv1; rua=https://reports.example/v1") << QStringList() << 1;
    QTest::newRow("both") << QStringLiteral("v=TLSRPTv1;rua=mailto:a@example.com,https://reports.example/")
                          << QStringList() << 2;
    QTest::newRow("no rua") << QStringLiteral("v=TLSRPTv1") << QStringList{QStringLiteral("rua-missing")} << 0;
    QTest::newRow("ftp") << QStringLiteral("v=TLSRPTv1; rua=ftp://reports.example/")
                         << QStringList{QStringLiteral("bad-uri")} << 1;
    QTest::newRow("http") << QStringLiteral("v=TLSRPTv1; rua=http://reports.example/")
                          << QStringList{QStringLiteral("bad-uri")} << 1;
    QTest::newRow("version not first") << QStringLiteral("rua=mailto:a@example.com; v=TLSRPTv1")
                                       << QStringList{QStringLiteral("version")} << 1;
}

void tst_DnsRecords::parseTlsRpt()
{
    QFETCH(QString, record);
    QFETCH(QStringList, problems);
    QFETCH(int, destinations);
    const TlsRptRecord r = DnsRecords::parseTlsRpt(record);
    QCOMPARE(codes(r.problems), problems);
    QCOMPARE(r.rua.size(), destinations);
}

void tst_DnsRecords::reverseName_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("name");
    QTest::newRow("ipv4") << QStringLiteral("192.0.2.5") << QStringLiteral("5.2.0.192.in-addr.arpa");
    QTest::newRow("loopback") << QStringLiteral("127.0.0.20") << QStringLiteral("20.0.0.127.in-addr.arpa");
    QTest::newRow("mapped") << QStringLiteral("::ffff:192.0.2.5") << QStringLiteral("5.2.0.192.in-addr.arpa");
    // RFC 3596 §2.5: every nibble, least significant first.
    QTest::newRow("ipv6") << QStringLiteral("2001:db8::1")
                          << QStringLiteral("1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa");
    QTest::newRow("ipv6 letters") << QStringLiteral("2001:db8:abcd:12::ff0e")
                                  << QStringLiteral(
                                         "e.0.f.f.0.0.0.0.0.0.0.0.0.0.0.0.2.1.0.0.d.c.b.a.8.b.d.0.1.0.0.2.ip6.arpa");
    QTest::newRow("ipv6 loopback") << QStringLiteral("::1")
                                   << QStringLiteral("1.") + QStringLiteral("0.").repeated(31) +
                                          QStringLiteral("ip6.arpa");
    QTest::newRow("null") << QString() << QString();
}

void tst_DnsRecords::reverseName()
{
    QFETCH(QString, address);
    QFETCH(QString, name);
    QCOMPARE(DnsRecords::reverseName(QHostAddress(address)), name);
}

void tst_DnsRecords::names_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<bool>("isDomain");
    QTest::addColumn<QString>("organizational");
    QTest::newRow("plain") << QStringLiteral("example.com") << QStringLiteral("example.com") << true
                           << QStringLiteral("example.com");
    QTest::newRow("trailing dot, case") << QStringLiteral(" Mail.Example.COM. ") << QStringLiteral("mail.example.com")
                                        << true << QStringLiteral("example.com");
    QTest::newRow("deep") << QStringLiteral("a.b.c.example.test") << QStringLiteral("a.b.c.example.test") << true
                          << QStringLiteral("example.test");
    // Simplified on purpose (last two labels), and the finding says so: co.jp comes out wrong.
    QTest::newRow("public suffix") << QStringLiteral("shop.example.co.jp") << QStringLiteral("shop.example.co.jp")
                                   << true << QStringLiteral("co.jp");
    QTest::newRow("underscore") << QStringLiteral("_dmarc.example.com") << QStringLiteral("_dmarc.example.com") << true
                                << QStringLiteral("example.com");
    QTest::newRow("space") << QStringLiteral("exa mple.com") << QStringLiteral("exa mple.com") << false
                           << QStringLiteral("exa mple.com");
    QTest::newRow("empty") << QString() << QString() << false << QString();
    QTest::newRow("address-like") << QStringLiteral("user@example.com") << QStringLiteral("user@example.com") << false
                                  << QStringLiteral("user@example.com");
}

void tst_DnsRecords::names()
{
    QFETCH(QString, input);
    QFETCH(QString, normalized);
    QFETCH(bool, isDomain);
    QFETCH(QString, organizational);
    QCOMPARE(DnsRecords::normalizedName(input), normalized);
    QCOMPARE(DnsRecords::isDomainName(input), isDomain);
    QCOMPARE(DnsRecords::organizationalDomain(input), organizational);
}

void tst_DnsRecords::looksGeneric_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("generic");
    QTest::newRow("own name") << QStringLiteral("mail.example.com") << QStringLiteral("192.0.2.5") << false;
    QTest::newRow("dashes") << QStringLiteral("192-0-2-5.isp.example") << QStringLiteral("192.0.2.5") << true;
    QTest::newRow("reversed") << QStringLiteral("5.2.0.192.static.isp.example") << QStringLiteral("192.0.2.5") << true;
    QTest::newRow("dynamic word") << QStringLiteral("host.dyn.isp.example") << QStringLiteral("198.51.100.7") << true;
    QTest::newRow("pool numbered") << QStringLiteral("pool12.isp.example") << QStringLiteral("198.51.100.7") << true;
    QTest::newRow("word inside a label") << QStringLiteral("dynamo.example.com") << QStringLiteral("198.51.100.7")
                                         << false;
}

void tst_DnsRecords::looksGeneric()
{
    QFETCH(QString, name);
    QFETCH(QString, address);
    QFETCH(bool, generic);
    QCOMPARE(DnsRecords::looksGeneric(name, QHostAddress(address)), generic);
}

void tst_DnsRecords::classifyMx_data()
{
    QTest::addColumn<QStringList>("records"); // "preference exchange"
    QTest::addColumn<bool>("noSuchDomain");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("order");
    QTest::addColumn<bool>("nullMixed");
    using K = MxClassification::Kind;
    QTest::newRow("no records") << QStringList() << false << int(K::NoMx) << QStringList() << false;
    QTest::newRow("nxdomain") << QStringList() << true << int(K::NoDomain) << QStringList() << false;
    QTest::newRow("null as Qt gives it") << QStringList{QStringLiteral("0 ")} << false << int(K::NullMx)
                                         << QStringList() << false;
    QTest::newRow("null with dot") << QStringList{QStringLiteral("0 .")} << false << int(K::NullMx) << QStringList()
                                   << false;
    QTest::newRow("by preference") << QStringList{QStringLiteral("20 b.example"), QStringLiteral("10 a.example"),
                                                  QStringLiteral("20 c.example"), QStringLiteral("5 z.example")}
                                   << false << int(K::Hosts)
                                   << QStringList{QStringLiteral("z.example"), QStringLiteral("a.example"),
                                                  QStringLiteral("b.example"), QStringLiteral("c.example")}
                                   << false;
    // Equal preferences keep the order of the answer (documented: stable for troubleshooting).
    QTest::newRow("equal keep dns order")
        << QStringList{QStringLiteral("10 c.example"), QStringLiteral("10 b.example")} << false << int(K::Hosts)
        << QStringList{QStringLiteral("c.example"), QStringLiteral("b.example")} << false;
    QTest::newRow("null mixed") << QStringList{QStringLiteral("0 ."), QStringLiteral("10 a.example")} << false
                                << int(K::Hosts) << QStringList{QStringLiteral("a.example")} << true;
}

void tst_DnsRecords::classifyMx()
{
    QFETCH(QStringList, records);
    QFETCH(bool, noSuchDomain);
    QFETCH(int, kind);
    QFETCH(QStringList, order);
    QFETCH(bool, nullMixed);
    QList<MxRecord> mx;
    for (const QString &r : std::as_const(records)) {
        const qsizetype space = r.indexOf(u' ');
        mx.append({r.mid(space + 1), quint16(r.left(space).toUInt())});
    }
    const MxClassification c = DnsRecords::classifyMx(mx, noSuchDomain);
    QCOMPARE(int(c.kind), kind);
    QStringList names;
    for (const MxRecord &r : c.hosts)
        names.append(r.exchange);
    QCOMPARE(names, order);
    QCOMPARE(c.nullMixed, nullMixed);
}

void tst_DnsRecords::nextCandidate()
{
    MxResult r;
    r.kind = MxResult::Kind::Hosts;
    QCOMPARE(r.nextCandidate(), -1);
    QVERIFY(!r.acceptsMail());
    r.hosts = {host(QStringLiteral("a.example"), 10, {}),
               host(QStringLiteral("b.example"), 20, {QStringLiteral("192.0.2.1")}),
               host(QStringLiteral("c.example"), 30, {}),
               host(QStringLiteral("d.example"), 40, {QStringLiteral("2001:db8::1")})};
    QCOMPARE(r.nextCandidate(), 1);
    QCOMPARE(r.nextCandidate(1), 3);
    QCOMPARE(r.nextCandidate(3), -1);
    QCOMPARE(r.nextCandidate(-5), 1);
    QVERIFY(r.acceptsMail());
    // "Try every MX in order" is a loop over nextCandidate().
    QStringList tried;
    for (qsizetype i = r.nextCandidate(); i >= 0; i = r.nextCandidate(i))
        tried.append(r.hosts.at(i).name);
    QCOMPARE(tried, (QStringList{QStringLiteral("b.example"), QStringLiteral("d.example")}));
}

void tst_DnsRecords::mxFindings_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("nullMixed");
    QTest::addColumn<QStringList>("hosts"); // "name address|-"
    QTest::addColumn<QStringList>("expected");
    using K = MxResult::Kind;
    QTest::newRow("good") << int(K::Hosts) << false << QStringList{QStringLiteral("mx1.example 192.0.2.1")}
                          << QStringList{QStringLiteral("mx.ok")};
    QTest::newRow("one host without address")
        << int(K::Hosts) << false
        << QStringList{QStringLiteral("mx1.example -"), QStringLiteral("mx2.example 192.0.2.2")}
        << QStringList{QStringLiteral("mx.host-no-address")};
    QTest::newRow("no host with address") << int(K::Hosts) << false << QStringList{QStringLiteral("mx1.example -")}
                                          << QStringList{QStringLiteral("mx.host-no-address")};
    QTest::newRow("address as host") << int(K::Hosts) << false
                                     << QStringList{QStringLiteral("192.0.2.9 -"),
                                                    QStringLiteral("mx.example 192.0.2.1")}
                                     << QStringList{QStringLiteral("mx.host-is-address")};
    QTest::newRow("null mixed") << int(K::Hosts) << true << QStringList{QStringLiteral("mx1.example 192.0.2.1")}
                                << QStringList{QStringLiteral("mx.null-mixed")};
    QTest::newRow("null") << int(K::NullMx) << false << QStringList() << QStringList{QStringLiteral("mx.null")};
    QTest::newRow("implicit") << int(K::Implicit) << false << QStringList{QStringLiteral("example.test 192.0.2.3")}
                              << QStringList{QStringLiteral("mx.implicit")};
    QTest::newRow("nothing") << int(K::NoMail) << false << QStringList{QStringLiteral("example.test -")}
                             << QStringList{QStringLiteral("mx.none")};
    QTest::newRow("nxdomain") << int(K::NoDomain) << false << QStringList()
                              << QStringList{QStringLiteral("mx.nxdomain")};
}

void tst_DnsRecords::mxFindings()
{
    QFETCH(int, kind);
    QFETCH(bool, nullMixed);
    QFETCH(QStringList, hosts);
    QFETCH(QStringList, expected);
    MxResult r;
    r.domain = QStringLiteral("example.test");
    r.kind = MxResult::Kind(kind);
    r.status = DnsStatus::Found;
    r.nullMixed = nullMixed;
    quint16 preference = 10;
    for (const QString &h : std::as_const(hosts)) {
        const QStringList parts = h.split(u' ');
        r.hosts.append(host(parts.at(0), preference,
                            parts.at(1) == QLatin1String("-") ? QStringList() : QStringList{parts.at(1)}));
        preference += 10;
    }
    QCOMPARE(ids(DnsAnalysis::mxFindings(r)), expected);

    MxResult timedOut;
    timedOut.domain = QStringLiteral("example.test");
    timedOut.status = DnsStatus::TimedOut;
    timedOut.error = DnsAnalysis::timeoutText(2500);
    const QList<DnsFinding> findings = DnsAnalysis::mxFindings(timedOut);
    QCOMPARE(ids(findings), QStringList{QStringLiteral("dns.timeout")});
    QVERIFY(findings.constFirst().detail.en.contains(QLatin1String("within 2.5 s")));
}

void tst_DnsRecords::ptrFindings()
{
    PtrResult r;
    r.address = QHostAddress(QStringLiteral("192.0.2.5"));
    r.reverseName = DnsRecords::reverseName(r.address);
    QVERIFY(DnsAnalysis::ptrFindings(r).isEmpty()); // not run
    r.status = DnsStatus::NoDomain;
    QCOMPARE(ids(DnsAnalysis::ptrFindings(r)), QStringList{QStringLiteral("ptr.missing")});
    r.status = DnsStatus::Found;
    r.names = {
        {QStringLiteral("mail.example.com"), {QHostAddress(QStringLiteral("192.0.2.9"))}, DnsStatus::Found, false}};
    QCOMPARE(ids(DnsAnalysis::ptrFindings(r)), QStringList{QStringLiteral("ptr.not-confirmed")});
    QVERIFY(DnsAnalysis::ptrFindings(r).constFirst().detail.en.contains(QLatin1String("192.0.2.9")));
    r.names.first().addresses.append(r.address);
    r.names.first().confirms = true;
    QCOMPARE(ids(DnsAnalysis::ptrFindings(r)), QStringList{QStringLiteral("ptr.ok")});
    QCOMPARE(r.confirmedName(), QStringLiteral("mail.example.com"));
    r.names.first().name = QStringLiteral("192-0-2-5.dyn.isp.example");
    QCOMPARE(ids(DnsAnalysis::ptrFindings(r)), (QStringList{QStringLiteral("ptr.ok"), QStringLiteral("ptr.generic")}));
}

void tst_DnsRecords::compareWithNames()
{
    PtrResult r;
    r.address = QHostAddress(QStringLiteral("192.0.2.5"));
    r.status = DnsStatus::Found;
    QVERIFY(r.compareWithNames({QStringLiteral("mail.example.com")}).isEmpty()); // no PTR name to compare with
    r.names = {{QStringLiteral("mail.example.com"), {r.address}, DnsStatus::Found, true}};
    QVERIFY(r.compareWithNames({}).isEmpty());
    QCOMPARE(ids(r.compareWithNames({QStringLiteral("MAIL.example.com.")})),
             QStringList{QStringLiteral("ptr.greeting-match")});
    const QList<DnsFinding> mismatch =
        r.compareWithNames({QStringLiteral("localhost"), QStringLiteral("mx.other.example")});
    QCOMPARE(ids(mismatch), QStringList{QStringLiteral("ptr.greeting-mismatch")});
    QCOMPARE(mismatch.constFirst().severity, DnsSeverity::Warning);
    QVERIFY(mismatch.constFirst().detail.en.contains(QLatin1String("mx.other.example")));
}

void tst_DnsRecords::spfFindings()
{
    SpfResult r;
    r.domain = QStringLiteral("example.test");
    r.status = DnsStatus::NoRecords;
    QCOMPARE(ids(DnsAnalysis::spfFindings(r)), QStringList{QStringLiteral("spf.none")});

    r.status = DnsStatus::Found;
    r.selection = DnsRecords::selectSpf({QStringLiteral("v=spf1 -all"), QStringLiteral("v=spf1 mx -all")});
    QCOMPARE(ids(DnsAnalysis::spfFindings(r)), QStringList{QStringLiteral("spf.multiple")});

    r.selection = DnsRecords::selectSpf({QStringLiteral("v=spf1 include:a.example ptr foo +all")});
    r.record = DnsRecords::parseSpf(r.selection.record());
    QCOMPARE(ids(DnsAnalysis::spfFindings(r)),
             (QStringList{QStringLiteral("spf.ptr"), QStringLiteral("spf.syntax"), QStringLiteral("spf.plus-all")}));

    r.selection = DnsRecords::selectSpf({QStringLiteral("v=spf1 include:a.example include:b.example -all")});
    r.record = DnsRecords::parseSpf(r.selection.record());
    r.totalLookups = 12;
    r.voidLookups = 3;
    SpfNode broken;
    broken.domain = QStringLiteral("b.example");
    broken.via = QStringLiteral("include");
    broken.status = DnsStatus::NoDomain;
    broken.error = LocalizedText::fromUtf8("gone", "なし");
    SpfNode bad;
    bad.domain = QStringLiteral("a.example");
    bad.via = QStringLiteral("include");
    bad.status = DnsStatus::Found;
    bad.record = DnsRecords::parseSpf(QStringLiteral("v=spf1 ip4:999.0.0.1 ptr ~all"));
    r.nodes = {bad, broken};
    const QList<DnsFinding> findings = DnsAnalysis::spfFindings(r);
    // Only errors of included records are reported (their warnings are the provider's business).
    QCOMPARE(ids(findings), (QStringList{QStringLiteral("spf.syntax"), QStringLiteral("spf.include-error"),
                                         QStringLiteral("spf.too-many-lookups"), QStringLiteral("spf.void-lookups")}));
    QVERIFY(findings.at(0).detail.en.contains(QLatin1String("a.example")));
    QCOMPARE(findings.at(1).subject, QStringLiteral("include:b.example"));
    QVERIFY(findings.at(2).detail.en.contains(QLatin1String("12")));

    r.nodes.clear();
    r.totalLookups = 2;
    r.voidLookups = 0;
    const QList<DnsFinding> ok = DnsAnalysis::spfFindings(r);
    QCOMPARE(ids(ok), QStringList{QStringLiteral("spf.ok")});
    QVERIFY(ok.constFirst().detail.en.contains(QLatin1String("2 of 10")));
}

void tst_DnsRecords::dmarcFindings()
{
    DmarcResult r;
    r.domain = QStringLiteral("mail.example.test");
    r.name = QStringLiteral("_dmarc.example.test");
    r.status = DnsStatus::NoDomain;
    const QList<DnsFinding> none = DnsAnalysis::dmarcFindings(r);
    QCOMPARE(ids(none), QStringList{QStringLiteral("dmarc.none")});
    QVERIFY(none.constFirst().detail.en.contains(QLatin1String("_dmarc.example.test")));

    r.status = DnsStatus::Found;
    r.organizational = true;
    r.selection = DnsRecords::selectDmarc({QStringLiteral("v=DMARC1; p=none")});
    r.record = DnsRecords::parseDmarc(r.selection.record());
    QCOMPARE(ids(DnsAnalysis::dmarcFindings(r)),
             (QStringList{QStringLiteral("dmarc.organizational"), QStringLiteral("dmarc.policy-none"),
                          QStringLiteral("dmarc.no-rua"), QStringLiteral("dmarc.ok")}));

    r.organizational = false;
    r.selection = DnsRecords::selectDmarc({QStringLiteral("v=DMARC1; p=reject; pct=20; rua=mailto:d@example.test")});
    r.record = DnsRecords::parseDmarc(r.selection.record());
    QCOMPARE(ids(DnsAnalysis::dmarcFindings(r)),
             (QStringList{QStringLiteral("dmarc.pct"), QStringLiteral("dmarc.ok")}));

    r.selection = DnsRecords::selectDmarc({QStringLiteral("v=DMARC1; p=block"), QStringLiteral("v=dmarc1; p=none")});
    r.record = DnsRecords::parseDmarc(r.selection.record());
    QCOMPARE(
        ids(DnsAnalysis::dmarcFindings(r)),
        (QStringList{QStringLiteral("dmarc.syntax"), QStringLiteral("dmarc.syntax"), QStringLiteral("dmarc.no-rua")}));

    r.selection = DnsRecords::selectDmarc({QStringLiteral("v=DMARC1; p=none"), QStringLiteral("v=DMARC1; p=reject")});
    QCOMPARE(ids(DnsAnalysis::dmarcFindings(r)), QStringList{QStringLiteral("dmarc.multiple")});
}

void tst_DnsRecords::policyFindings()
{
    MtaStsResult sts;
    sts.domain = QStringLiteral("example.test");
    sts.name = QStringLiteral("_mta-sts.example.test");
    sts.status = DnsStatus::NoDomain;
    QCOMPARE(ids(DnsAnalysis::mtaStsFindings(sts)), QStringList{QStringLiteral("mta-sts.missing")});
    sts.status = DnsStatus::Found;
    sts.selection = DnsRecords::selectMtaSts({QStringLiteral("v=STSv1; id=2024-01-01")});
    sts.record = DnsRecords::parseMtaSts(sts.selection.record());
    QCOMPARE(ids(DnsAnalysis::mtaStsFindings(sts)), QStringList{QStringLiteral("mta-sts.syntax")});
    sts.selection = DnsRecords::selectMtaSts({QStringLiteral("v=STSv1; id=20240101")});
    sts.record = DnsRecords::parseMtaSts(sts.selection.record());
    const QList<DnsFinding> ok = DnsAnalysis::mtaStsFindings(sts);
    QCOMPARE(ids(ok), QStringList{QStringLiteral("mta-sts.ok")});
    QVERIFY(ok.constFirst().detail.en.contains(QLatin1String("https://mta-sts.example.test/.well-known/mta-sts.txt")));

    TlsRptResult rpt;
    rpt.domain = QStringLiteral("example.test");
    rpt.name = QStringLiteral("_smtp._tls.example.test");
    rpt.status = DnsStatus::Found;
    rpt.selection = DnsRecords::selectTlsRpt({QStringLiteral("v=TLSRPTv1; rua=mailto:a@example.test"),
                                              QStringLiteral("v=TLSRPTv1; rua=mailto:b@example.test")});
    QCOMPARE(ids(DnsAnalysis::tlsRptFindings(rpt)), QStringList{QStringLiteral("tls-rpt.multiple")});
    rpt.status = DnsStatus::TimedOut;
    rpt.error = DnsAnalysis::timeoutText(1000);
    QCOMPARE(ids(DnsAnalysis::tlsRptFindings(rpt)), QStringList{QStringLiteral("dns.timeout")});
}

void tst_DnsRecords::everyFindingIdIsInTheCatalog()
{
    // Both ways: the code reports no id without an entry, and the catalog has no entry nobody reports.
    const ReferenceCatalog &catalog = ReferenceCatalog::builtIn();
    QVERIFY2(catalog.errors().isEmpty(), qPrintable(catalog.errors().join(u'\n')));
    QStringList catalogIds;
    for (const DnsFindingEntry &entry : catalog.dnsFindings()) {
        catalogIds.append(entry.key);
        QVERIFY2(DnsSeverities::fromKey(entry.severity), qPrintable(entry.key));
    }
    QStringList known = DnsFinding::knownIds();
    known.sort();
    catalogIds.sort();
    QCOMPARE(known, catalogIds);
}

void tst_DnsRecords::findingRendering()
{
    const DnsFinding f{QStringLiteral("mx.null"), DnsSeverity::Info, QStringLiteral("example.test MX 0 ."), {}};
    QCOMPARE(f.check(), QStringLiteral("mx"));
    QVERIFY(f.entry());
    const QJsonObject json = f.toJson();
    QCOMPARE(json.value(QLatin1String("id")).toString(), QStringLiteral("mx.null"));
    QCOMPARE(json.value(QLatin1String("severity")).toString(), QStringLiteral("info"));
    QVERIFY(!json.value(QLatin1String("title")).toObject().value(QLatin1String("ja")).toString().isEmpty());
    QVERIFY(json.value(QLatin1String("related")).toArray().contains(QStringLiteral("556")));
    QVERIFY(!json.value(QLatin1String("fixes")).toArray().isEmpty());
    const QString en = f.toText(ExplanationLanguage::English);
    QVERIFY2(en.startsWith(QLatin1String("[Info] Null MX")), qPrintable(en));
    QVERIFY(en.contains(QLatin1String("example.test MX 0 .")));
    QVERIFY(en.contains(QLatin1String("556")));
    const QString ja = f.toText(ExplanationLanguage::Japanese);
    QVERIFY2(ja.startsWith(QStringLiteral("[情報] null MX")), qPrintable(ja));
    QVERIFY(ja.contains(QStringLiteral("対処方法")));
    const QString both = f.toText(ExplanationLanguage::Both);
    QVERIFY(both.contains(QLatin1String("Null MX")) && both.contains(QStringLiteral("メールを受け付けません")));
    // An ok finding shows no fixes.
    const DnsFinding ok{QStringLiteral("mx.ok"), DnsSeverity::Ok, QStringLiteral("example.test"), {}};
    QVERIFY(!ok.toText(ExplanationLanguage::English).contains(QLatin1String("How to fix")));
    QCOMPARE(DnsSeverities::key(DnsSeverity::Warning), QStringLiteral("warning"));
    QCOMPARE(DnsSeverities::fromKey(QStringLiteral("error")), DnsSeverity::Error);
    QVERIFY(!DnsSeverities::fromKey(QStringLiteral("fatal")));
}

void tst_DnsRecords::reportJsonAndText()
{
    DnsReport report;
    report.domain = QStringLiteral("example.test");
    report.timeoutMs = 5000;
    report.mx.domain = report.domain;
    report.mx.kind = MxResult::Kind::Hosts;
    report.mx.status = DnsStatus::Found;
    report.mx.hosts = {host(QStringLiteral("mx1.example.test"), 10, {QStringLiteral("192.0.2.1")})};
    report.mx.findings = DnsAnalysis::mxFindings(report.mx);
    report.spf.domain = report.domain;
    report.spf.status = DnsStatus::NoRecords;
    report.spf.findings = DnsAnalysis::spfFindings(report.spf);
    QCOMPARE(ids(report.findings()), (QStringList{QStringLiteral("mx.ok"), QStringLiteral("spf.none")}));
    QCOMPARE(report.worstSeverity(), DnsSeverity::Warning);
    const QJsonObject json = report.toJson();
    QCOMPARE(json.value(QLatin1String("severity")).toString(), QStringLiteral("warning"));
    QCOMPARE(json.value(QLatin1String("mx")).toObject().value(QLatin1String("kind")).toString(),
             QStringLiteral("hosts"));
    QCOMPARE(json.value(QLatin1String("findings")).toArray().size(), 2);
    QVERIFY(json.value(QLatin1String("nameserver")).isNull());
    const QString text = report.toText(ExplanationLanguage::English);
    QVERIFY2(text.contains(QLatin1String("10 mx1.example.test  192.0.2.1")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("the system resolver")));
    QVERIFY(text.contains(QLatin1String("[Warning] No SPF record")));
    QVERIFY(report.toText(ExplanationLanguage::Japanese).contains(QStringLiteral("SPF レコードがありません")));
}

void tst_DnsRecords::checksForReply_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("enhanced");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("mustHave");
    QTest::newRow("ptr") << 450 << QStringLiteral("4.7.1")
                         << QStringLiteral("Client host rejected: cannot find your hostname, [192.0.2.5]")
                         << QStringList{QStringLiteral("ptr")};
    QTest::newRow("null mx") << 556 << QStringLiteral("5.1.10") << QStringLiteral("Recipient address has null MX")
                             << QStringList{QStringLiteral("mx")};
    QTest::newRow("dmarc") << 550 << QStringLiteral("5.7.26")
                           << QStringLiteral("Unauthenticated email is not accepted due to domain's DMARC policy")
                           << QStringList{QStringLiteral("dmarc"), QStringLiteral("spf")};
    QTest::newRow("nothing") << 250 << QString() << QStringLiteral("Ok") << QStringList();
}

void tst_DnsRecords::checksForReply()
{
    QFETCH(int, code);
    QFETCH(QString, enhanced);
    QFETCH(QString, text);
    QFETCH(QStringList, mustHave);
    QStringList checks =
        DnsCheck::checksForReply(code, EnhancedStatusCode::fromString(enhanced).value_or(EnhancedStatusCode()), text);
    if (mustHave.isEmpty())
        QVERIFY2(checks.isEmpty(), qPrintable(checks.join(u' ')));
    for (const QString &check : std::as_const(mustHave))
        QVERIFY2(checks.contains(check), qPrintable(checks.join(u' ')));
    QCOMPARE(checks.removeDuplicates(), 0);
}

void tst_DnsRecords::cancelledChecksStaySilent()
{
    // Input that needs no lookup is answered from the event loop; a cancel (or a new check) before
    // then must win, and the new check's answer must be the only one.
    DnsCheck dns;
    QSignalSpy finished(&dns, &DnsCheck::finished);
    dns.check(QStringLiteral("not a domain!"));
    dns.cancel();
    QTest::qWait(20);
    QCOMPARE(finished.count(), 0);
    QVERIFY(!dns.isRunning());

    dns.check(QStringLiteral("first!"));
    dns.check(QStringLiteral("second!"));
    QTRY_COMPARE(finished.count(), 1);
    QTest::qWait(20);
    QCOMPARE(finished.count(), 1);
    QVERIFY(!dns.isRunning());
}

QTEST_GUILESS_MAIN(tst_DnsRecords)
#include "tst_DnsRecords.moc"

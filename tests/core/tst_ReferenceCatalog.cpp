#include "core/reference/ReferenceCatalog.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QStringList registryCodes()
{
    QFile file(QStringLiteral(SMTPDOCTOR_TEST_DATA "/iana-enhanced-status-codes.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList codes;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QString code = QString::fromUtf8(line.trimmed());
        if (!code.isEmpty() && !code.startsWith(u'#'))
            codes.append(code);
    }
    return codes;
}

bool hasJapanese(const QString &text)
{
    for (const QChar ch : text) {
        if ((ch.unicode() >= 0x3040 && ch.unicode() <= 0x30FF) || (ch.unicode() >= 0x4E00 && ch.unicode() <= 0x9FFF))
            return true;
    }
    return false;
}

} // namespace

class tst_ReferenceCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInLoadsWithoutErrors();
    void everyRegistryCodeIsPresent();
    void classesAndSubjects();
    void basicCodes_data();
    void basicCodes();
    void everyTextIsBilingual();
    void serverTextsAreMany();
    void stageVariantsExist();
    void japaneseTermsAreConsistent();
    void lookups();
    void search();
    void dnsFindingsAreComplete();
    void dnsFindingsForReply_data();
    void dnsFindingsForReply();
    void brokenFilesAreReported();
    void benchmarkLoad();
    void benchmarkLookup();
};

void tst_ReferenceCatalog::builtInLoadsWithoutErrors()
{
    const ReferenceCatalog &catalog = ReferenceCatalog::builtIn();
    QVERIFY2(catalog.errors().isEmpty(), qPrintable(catalog.errors().mid(0, 20).join(u'\n')));
    QVERIFY(catalog.entries().size() > 200);
}

void tst_ReferenceCatalog::everyRegistryCodeIsPresent()
{
    const QStringList codes = registryCodes();
    QCOMPARE(codes.size(), 81);
    const ReferenceCatalog &catalog = ReferenceCatalog::builtIn();
    for (const QString &code : codes) {
        const ReferenceEntry *entry = catalog.find(code);
        QVERIFY2(entry, qPrintable(code));
        QCOMPARE(entry->kind, ReferenceEntry::Kind::Enhanced);
        QVERIFY2(!entry->registryTitle.isEmpty(), qPrintable(code));
    }
    QCOMPARE(catalog.entries(ReferenceEntry::Kind::Enhanced).size(), codes.size());
}

void tst_ReferenceCatalog::classesAndSubjects()
{
    const ReferenceCatalog &catalog = ReferenceCatalog::builtIn();
    for (int c : {2, 4, 5})
        QVERIFY2(catalog.statusClass(c), qPrintable(QString::number(c)));
    for (int s = 0; s <= 7; ++s)
        QVERIFY2(catalog.subject(s), qPrintable(QString::number(s)));
}

void tst_ReferenceCatalog::basicCodes_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("status");
    // RFC 5321 and its extensions.
    for (int code : {211, 214, 220, 221, 235, 250, 251, 252, 334, 354, 421, 432, 450, 451, 452, 454, 455,
                     500, 501, 502, 503, 504, 521, 530, 534, 535, 538, 550, 551, 552, 553, 554, 555, 556})
        QTest::newRow(qPrintable(QString::number(code))) << code << QStringLiteral("standard");
    // Non-standard codes admins meet, each explained as what it really is.
    for (int code : {422, 431, 447, 471, 510, 511, 512, 513, 541, 571})
        QTest::newRow(qPrintable(QString::number(code))) << code << QString();
}

void tst_ReferenceCatalog::basicCodes()
{
    QFETCH(int, code);
    QFETCH(QString, status);
    const ReferenceEntry *entry = ReferenceCatalog::builtIn().basic(code);
    QVERIFY(entry);
    if (!status.isEmpty())
        QCOMPARE(entry->status, status);
    else
        QVERIFY(entry->status != QLatin1String("standard"));
    QVERIFY(!entry->when.isEmpty());
    if (code >= 400)
        QVERIFY(!entry->fixes.isEmpty());
}

void tst_ReferenceCatalog::everyTextIsBilingual()
{
    int texts = 0;
    for (const ReferenceEntry &entry : ReferenceCatalog::builtIn().entries()) {
        QList<LocalizedText> all{entry.title, entry.summary, entry.description};
        for (const auto &note : entry.when)
            all.append(note.text);
        for (const auto &fix : entry.fixes)
            all.append(fix.text);
        for (const LocalizedText &text : all) {
            ++texts;
            QVERIFY2(!text.en.isEmpty() && !text.ja.isEmpty(), qPrintable(entry.key));
            QVERIFY2(hasJapanese(text.ja), qPrintable(entry.key + QStringLiteral(": ") + text.ja));
            QVERIFY2(!text.en.contains(QStringLiteral("<b>")) && !text.ja.contains(QStringLiteral("<b>")),
                     qPrintable(entry.key));
        }
    }
    QVERIFY(texts > 1000);
}

void tst_ReferenceCatalog::serverTextsAreMany()
{
    const auto texts = ReferenceCatalog::builtIn().entries(ReferenceEntry::Kind::Text);
    QVERIFY2(texts.size() >= 60, qPrintable(QString::number(texts.size())));
    QSet<QString> providers;
    for (const ReferenceEntry *entry : texts)
        providers.insert(entry->provider);
    for (const char *provider : {"Postfix", "Exim", "Sendmail", "Gmail"})
        QVERIFY2(providers.contains(QString::fromLatin1(provider)), provider);
}

void tst_ReferenceCatalog::stageVariantsExist()
{
    const ReferenceCatalog &catalog = ReferenceCatalog::builtIn();
    // 550 after RCPT TO is not 550 after the final dot.
    const ReferenceEntry *e550 = catalog.basic(550);
    QVERIFY(e550->hasStageNote(SessionStage::Rcpt));
    QVERIFY(e550->hasStageNote(SessionStage::EndOfData));
    QVERIFY(!(*e550->whenAt(SessionStage::Rcpt) == *e550->whenAt(SessionStage::EndOfData)));
    QVERIFY(catalog.basic(554)->hasStageNote(SessionStage::Greeting));
    QVERIFY(catalog.basic(354)->whenAt(SessionStage::Data));
}

void tst_ReferenceCatalog::japaneseTermsAreConsistent()
{
    // translations/GLOSSARY.md: one spelling per word, everywhere (reference data and the UI catalogue).
    const QList<std::pair<QRegularExpression, const char *>> rules{
        {QRegularExpression(QStringLiteral("サーバ(?!ー)")), "サーバー"},
        {QRegularExpression(QStringLiteral("ユーザ(?!ー)")), "ユーザー"},
        {QRegularExpression(QStringLiteral("フィルタ(?!ー)")), "フィルター"},
        {QRegularExpression(QStringLiteral("ヘッダ(?!ー)")), "ヘッダー"},
        {QRegularExpression(QStringLiteral("パラメータ(?!ー)")), "パラメーター"},
        {QRegularExpression(QStringLiteral("プロバイダ(?!ー)")), "プロバイダー"},
        {QRegularExpression(QStringLiteral("コネクタ(?!ー)")), "コネクター"},
        {QRegularExpression(QStringLiteral("(メモリ|ディレクトリ|レジストリ|プロキシ|エントリ)ー")), "no ー after -y"},
        {QRegularExpression(QStringLiteral("ブラックリスト")), "ブロックリスト / 拒否リスト"},
        {QRegularExpression(QStringLiteral("ホワイトリスト")), "許可リスト"},
        {QRegularExpression(QStringLiteral("(?<!チャレンジ)レスポンス")), "応答"},
    };
    QStringList texts;
    for (const ReferenceEntry &entry : ReferenceCatalog::builtIn().entries()) {
        texts << entry.title.ja << entry.summary.ja << entry.description.ja;
        for (const auto &note : entry.when)
            texts << note.text.ja;
        for (const auto &fix : entry.fixes)
            texts << fix.text.ja;
    }
    for (const DnsFindingEntry &entry : ReferenceCatalog::builtIn().dnsFindings()) {
        texts << entry.title.ja << entry.summary.ja << entry.description.ja;
        for (const auto &fix : entry.fixes)
            texts << fix.text.ja;
    }
    QFile ts(QStringLiteral(SMTPDOCTOR_SOURCE_DIR "/translations/smtp-doctor_ja.ts"));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    texts << QString::fromUtf8(ts.readAll());
    for (const QString &text : std::as_const(texts)) {
        for (const auto &[pattern, wanted] : rules) {
            const QRegularExpressionMatch m = pattern.match(text);
            QVERIFY2(!m.hasMatch(), qPrintable(QStringLiteral("%1 (write %2) in: %3")
                                                   .arg(m.captured(), QString::fromUtf8(wanted),
                                                        text.mid(qMax<qsizetype>(0, m.capturedStart() - 30), 80))));
        }
    }
}

void tst_ReferenceCatalog::lookups()
{
    const ReferenceCatalog &catalog = ReferenceCatalog::builtIn();
    QCOMPARE(catalog.find(QStringLiteral("550"))->key, QStringLiteral("550"));
    QCOMPARE(catalog.find(QStringLiteral("5.1.1"))->key, QStringLiteral("X.1.1"));
    QCOMPARE(catalog.find(QStringLiteral("4.2.2"))->key, QStringLiteral("X.2.2"));
    QCOMPARE(catalog.find(QStringLiteral("X.7.26"))->key, QStringLiteral("X.7.26"));
    QCOMPARE(catalog.find(QStringLiteral("5"))->kind, ReferenceEntry::Kind::Class);
    QCOMPARE(catalog.find(QStringLiteral("X.7"))->kind, ReferenceEntry::Kind::Subject);
    QVERIFY(!catalog.find(QStringLiteral("999")));
    QVERIFY(!catalog.find(QStringLiteral("5.9.999")));
    QVERIFY(!catalog.find(QStringLiteral("nonsense")));
    QCOMPARE(catalog.enhanced(EnhancedStatusCode(5, 7, 26)), catalog.find(QStringLiteral("X.7.26")));
}

void tst_ReferenceCatalog::search()
{
    const ReferenceCatalog &catalog = ReferenceCatalog::builtIn();
    const auto byNumber = catalog.search(QStringLiteral("55"));
    QVERIFY(std::any_of(byNumber.cbegin(), byNumber.cend(),
                        [](const ReferenceEntry *e) { return e->key == QLatin1String("550"); }));
    QVERIFY(!catalog.search(QStringLiteral("mailbox")).isEmpty());
    QVERIFY(!catalog.search(QStringLiteral("メールボックス")).isEmpty());
    QVERIFY(catalog.search(QStringLiteral("zzzz-no-such-word")).isEmpty());
}

void tst_ReferenceCatalog::dnsFindingsAreComplete()
{
    // "kind": "dns" (dns-findings.json): kept out of entries(), reachable by id, every text bilingual.
    const ReferenceCatalog &catalog = ReferenceCatalog::builtIn();
    const QList<DnsFindingEntry> &findings = catalog.dnsFindings();
    QVERIFY2(findings.size() >= 40, qPrintable(QString::number(findings.size())));
    const QStringList severities{QStringLiteral("ok"), QStringLiteral("info"), QStringLiteral("warning"),
                                 QStringLiteral("error")};
    for (const DnsFindingEntry &entry : findings) {
        QCOMPARE(catalog.dnsFinding(entry.key), &entry);
        QVERIFY2(entry.key.startsWith(entry.check + u'.'), qPrintable(entry.key));
        QVERIFY2(severities.contains(entry.severity), qPrintable(entry.key));
        QList<LocalizedText> all{entry.title, entry.summary, entry.description};
        for (const auto &fix : entry.fixes)
            all.append(fix.text);
        for (const LocalizedText &text : all) {
            QVERIFY2(!text.en.isEmpty() && hasJapanese(text.ja), qPrintable(entry.key));
            static const QRegularExpression html(QStringLiteral("</?(b|i|p|br|a|div|span)\\b"));
            QVERIFY2(!html.match(text.en).hasMatch() && !html.match(text.ja).hasMatch(), qPrintable(entry.key));
        }
        if (entry.severity != QLatin1String("ok"))
            QVERIFY2(!entry.fixes.isEmpty(), qPrintable(entry.key));
        for (const QString &code : entry.related)
            QVERIFY2(catalog.find(code) || EnhancedStatusCode::fromString(code), qPrintable(entry.key + u' ' + code));
    }
    QVERIFY(!catalog.dnsFinding(QStringLiteral("550")));
    QVERIFY(!catalog.find(QStringLiteral("mx.null"))); // not a reply-code entry
}

void tst_ReferenceCatalog::dnsFindingsForReply_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("enhanced");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // a finding id that must be among the matches; empty: none at all
    QTest::newRow("gmail ptr") << 550 << QStringLiteral("5.7.25")
                               << QStringLiteral("The IP address sending this message does not have a PTR record setup")
                               << QStringLiteral("ptr.missing");
    QTest::newRow("postfix hostname") << 450 << QStringLiteral("4.7.1")
                                      << QStringLiteral("Client host rejected: cannot find your hostname, [192.0.2.5]")
                                      << QStringLiteral("ptr.not-confirmed");
    QTest::newRow("postfix reverse") << 450 << QStringLiteral("4.7.25")
                                     << QStringLiteral("Client host rejected: cannot find your reverse hostname")
                                     << QStringLiteral("ptr.missing");
    QTest::newRow("null mx 556") << 556 << QStringLiteral("5.1.10") << QStringLiteral("Recipient address has null MX")
                                 << QStringLiteral("mx.null");
    QTest::newRow("no domain") << 550 << QStringLiteral("5.1.2") << QStringLiteral("Host or domain name not found")
                               << QStringLiteral("mx.none");
    QTest::newRow("spf fail") << 550 << QStringLiteral("5.7.23") << QStringLiteral("SPF validation failed")
                              << QStringLiteral("spf.none");
    QTest::newRow("spf permerror") << 550 << QStringLiteral("5.7.24")
                                   << QStringLiteral("SPF permanent error: too many DNS lookups")
                                   << QStringLiteral("spf.too-many-lookups");
    QTest::newRow("gmail dmarc") << 550 << QStringLiteral("5.7.26")
                                 << QStringLiteral("Unauthenticated email from example.com is not accepted due to "
                                                   "domain's DMARC policy")
                                 << QStringLiteral("dmarc.none");
    QTest::newRow("microsoft dmarc") << 550 << QStringLiteral("5.7.509")
                                     << QStringLiteral("Access denied, sending domain example.com does not pass DMARC "
                                                       "verification and has a DMARC policy of reject.")
                                     << QStringLiteral("dmarc.syntax");
    QTest::newRow("tls required") << 450 << QStringLiteral("4.7.5")
                                  << QStringLiteral("TLS is required, but was not offered")
                                  << QStringLiteral("mta-sts.missing");
    QTest::newRow("dns temp") << 451 << QStringLiteral("4.4.3") << QStringLiteral("Temporary lookup failure")
                              << QStringLiteral("dns.timeout");
    QTest::newRow("plain ok") << 250 << QString() << QStringLiteral("2.0.0 Ok: queued as 12345") << QString();
    QTest::newRow("mailbox full") << 552 << QStringLiteral("5.2.2") << QStringLiteral("Mailbox full") << QString();
    QTest::newRow("user unknown") << 550 << QStringLiteral("5.1.1") << QStringLiteral("User unknown") << QString();
}

void tst_ReferenceCatalog::dnsFindingsForReply()
{
    QFETCH(int, code);
    QFETCH(QString, enhanced);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const auto parsed = EnhancedStatusCode::fromString(enhanced);
    const auto found =
        ReferenceCatalog::builtIn().dnsFindingsForReply(code, parsed.value_or(EnhancedStatusCode()), text);
    QStringList keys;
    for (const DnsFindingEntry *e : found)
        keys.append(e->key);
    if (expected.isEmpty())
        QVERIFY2(keys.isEmpty(), qPrintable(keys.join(u' ')));
    else
        QVERIFY2(keys.contains(expected), qPrintable(keys.join(u' ')));
}

void tst_ReferenceCatalog::brokenFilesAreReported()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto write = [&](const QString &name, const QByteArray &content) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write the test file");
        return dir.filePath(name);
    };
    const QString notJson = write(QStringLiteral("a.json"), "{ not json");
    const QString bad = write(QStringLiteral("b.json"), R"({"schema": 1, "entries": [
        {"kind": "basic", "key": "550", "status": "standard", "actor": "sender", "permanence": "permanent",
         "title": {"en": "Title", "ja": "English only"}, "summary": {"en": "", "ja": "日本語"},
         "description": {"en": "d", "ja": "説明"}, "when": [{"stage": "nowhere", "en": "x", "ja": "エックス"}],
         "fixes": []},
        {"kind": "basic", "key": "550", "status": "standard", "actor": "sender", "permanence": "permanent",
         "title": {"en": "t", "ja": "題"}, "summary": {"en": "s", "ja": "要"}, "description": {"en": "d", "ja": "説"},
         "when": [{"stage": "any", "en": "x", "ja": "エ"}], "fixes": [{"side": "sender", "en": "f", "ja": "直"}]},
        {"kind": "text", "key": "bad-regex", "provider": "X", "match": {"regex": "(unclosed"}, "actor": "sender",
         "permanence": "permanent", "title": {"en": "t", "ja": "題"}, "summary": {"en": "s", "ja": "要"},
         "description": {"en": "d", "ja": "説"}, "when": [{"stage": "any", "en": "x", "ja": "エ"}],
         "fixes": [{"side": "sender", "en": "f", "ja": "直"}]},
        {"kind": "dns", "key": "mx.broken", "check": "nowhere", "severity": "fatal",
         "title": {"en": "t", "ja": "題"}, "summary": {"en": "s", "ja": "要"}, "description": {"en": "d", "ja": "説"},
         "fixes": [], "replies": [{"regex": "(unclosed"}, {}]},
        {"kind": "dns", "key": "Not A Key", "check": "mx", "severity": "ok",
         "title": {"en": "t", "ja": "題"}, "summary": {"en": "s", "ja": "要"}, "description": {"en": "d", "ja": "説"}}
    ]})");
    const ReferenceCatalog catalog = ReferenceCatalog::fromFiles({notJson, bad});
    const QString errors = catalog.errors().join(u'\n');
    QVERIFY2(errors.contains(QStringLiteral("a.json")), qPrintable(errors));
    QVERIFY2(errors.contains(QStringLiteral("Japanese script")), qPrintable(errors));
    QVERIFY2(errors.contains(QStringLiteral("English text missing")), qPrintable(errors));
    QVERIFY2(errors.contains(QStringLiteral("unknown stage")), qPrintable(errors));
    QVERIFY2(errors.contains(QStringLiteral("no fixes")), qPrintable(errors));
    QVERIFY2(errors.contains(QStringLiteral("duplicate key")), qPrintable(errors));
    QVERIFY2(errors.contains(QStringLiteral("invalid regex")), qPrintable(errors));
    QVERIFY2(errors.contains(QStringLiteral("mx.broken: unknown check")), qPrintable(errors));
    QVERIFY2(errors.contains(QStringLiteral("mx.broken: unknown severity")), qPrintable(errors));
    QVERIFY2(errors.contains(QStringLiteral("mx.broken: no fixes")), qPrintable(errors));
    QVERIFY2(errors.contains(QStringLiteral("mx.broken.replies[0]: invalid regex")), qPrintable(errors));
    QVERIFY2(errors.contains(QStringLiteral("mx.broken.replies[1]: an empty rule")), qPrintable(errors));
    QVERIFY2(errors.contains(QStringLiteral("Not A Key: invalid key")), qPrintable(errors));
    QCOMPARE(catalog.dnsFindings().size(), 2);
}

void tst_ReferenceCatalog::benchmarkLoad()
{
    QStringList paths;
    const QDir dir(QStringLiteral(":/reference"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}))
        paths.append(dir.filePath(name));
    QBENCHMARK
    {
        const ReferenceCatalog catalog = ReferenceCatalog::fromFiles(paths);
        QVERIFY(catalog.errors().isEmpty());
    }
}

void tst_ReferenceCatalog::benchmarkLookup()
{
    const ReferenceCatalog &catalog = ReferenceCatalog::builtIn();
    const EnhancedStatusCode code(5, 7, 26);
    const QString text =
        QStringLiteral("Unauthenticated email from example.com is not accepted due to domain's DMARC policy");
    QBENCHMARK
    {
        QVERIFY(catalog.basic(550));
        QVERIFY(catalog.enhanced(code));
        catalog.matchText(text, 550, code);
    }
}

QTEST_GUILESS_MAIN(tst_ReferenceCatalog)
#include "tst_ReferenceCatalog.moc"

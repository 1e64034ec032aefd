#include "core/reference/CodeComparison.h"
#include "core/reference/ExplanationFormatter.h"

#include <QtTest>

namespace {

bool hasJapanese(const QString &text)
{
    for (const QChar ch : text) {
        if ((ch.unicode() >= 0x3040 && ch.unicode() <= 0x30FF) || (ch.unicode() >= 0x4E00 && ch.unicode() <= 0x9FFF))
            return true;
    }
    return false;
}

} // namespace

class tst_CodeComparison : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedPairs_data();
    void seedPairs();
    void anyPair_data();
    void anyPair();
    void samePermanence();
    void unknownCode();
    void layoutLikeTheSeedPages();
};

void tst_CodeComparison::seedPairs_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("354 vs 550") << QStringLiteral("354") << QStringLiteral("550");
    QTest::newRow("354 vs 521") << QStringLiteral("354") << QStringLiteral("521");
}

void tst_CodeComparison::seedPairs()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    const CodeComparison c = CodeComparison::compare(a, b);
    QVERIFY2(c.isValid(), qPrintable(c.error));
    QCOMPARE(c.a.permanence, ReferenceEntry::Permanence::Intermediate);
    QCOMPARE(c.b.permanence, ReferenceEntry::Permanence::Permanent);
    // Summary names both codes and their titles, in both languages.
    for (const QString &text : {c.summary.en, c.summary.ja}) {
        QVERIFY(text.contains(a));
        QVERIFY(text.contains(b));
    }
    QVERIFY(c.summary.en.contains(c.a.entry->title.en));
    QVERIFY(hasJapanese(c.summary.ja));
    // Main differences: class and permanence, stage, who acts, what to do.
    QVERIFY(c.differences.size() >= 4);
    QVERIFY(c.differences.at(0).en.contains(QStringLiteral("intermediate")));
    QVERIFY(c.differences.at(0).en.contains(QStringLiteral("permanent")));
    QVERIFY(c.differences.at(1).en.contains(QStringLiteral("DATA"))); // 354 answers DATA
    for (const LocalizedText &d : c.differences)
        QVERIFY2(hasJapanese(d.ja), qPrintable(d.ja));
    // Which applies when: every "when you see it" note of both codes, labelled with its code.
    QCOMPARE(c.whichApplies.size(), c.a.entry->when.size() + c.b.entry->when.size());
    QVERIFY(c.whichApplies.constFirst().en.startsWith(a));
    QVERIFY(c.whichApplies.constLast().en.startsWith(b));
}

void tst_CodeComparison::anyPair_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("basic vs enhanced") << QStringLiteral("550") << QStringLiteral("5.1.1");
    QTest::newRow("two enhanced") << QStringLiteral("4.2.2") << QStringLiteral("5.2.2");
    QTest::newRow("temporary vs permanent") << QStringLiteral("450") << QStringLiteral("550");
    QTest::newRow("success vs failure") << QStringLiteral("250") << QStringLiteral("554");
    QTest::newRow("registry form") << QStringLiteral("X.7.26") << QStringLiteral("X.7.1");
    QTest::newRow("non-standard") << QStringLiteral("571") << QStringLiteral("550");
}

void tst_CodeComparison::anyPair()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    const CodeComparison c = CodeComparison::compare(a, b);
    QVERIFY2(c.isValid(), qPrintable(c.error));
    QVERIFY(!c.summary.en.isEmpty() && hasJapanese(c.summary.ja));
    QVERIFY(c.differences.size() >= 4);
    QVERIFY(!c.whichApplies.isEmpty());
    const QString text = ExplanationFormatter::toText(c, ExplanationLanguage::Both);
    QVERIFY(text.contains(a) && text.contains(b));
    QVERIFY(hasJapanese(text));
}

void tst_CodeComparison::samePermanence()
{
    // 4.2.2 and 5.2.2 share an entry (X.2.2) but the class makes one temporary, the other permanent.
    const CodeComparison c = CodeComparison::compare(QStringLiteral("4.2.2"), QStringLiteral("5.2.2"));
    QCOMPARE(c.a.entry, c.b.entry);
    QCOMPARE(c.a.permanence, ReferenceEntry::Permanence::Temporary);
    QCOMPARE(c.b.permanence, ReferenceEntry::Permanence::Permanent);
    const CodeComparison same = CodeComparison::compare(QStringLiteral("550"), QStringLiteral("553"));
    QVERIFY(same.summary.en.contains(QStringLiteral("both")));
    QVERIFY(same.differences.constFirst().ja.contains(QStringLiteral("どちらも")));
}

void tst_CodeComparison::unknownCode()
{
    const CodeComparison c = CodeComparison::compare(QStringLiteral("354"), QStringLiteral("999"));
    QVERIFY(!c.isValid());
    QVERIFY(c.error.contains(QStringLiteral("999")));
}

void tst_CodeComparison::layoutLikeTheSeedPages()
{
    const CodeComparison c = CodeComparison::compare(QStringLiteral("354"), QStringLiteral("550"));
    const QString en = ExplanationFormatter::toText(c, ExplanationLanguage::English);
    const QString ja = ExplanationFormatter::toText(c, ExplanationLanguage::Japanese);
    // Summary, then each code's description / when you see it / how to fix, then differences.
    QStringList order{
        QStringLiteral("SMTP 354 vs 550"), QStringLiteral("Summary"),          QStringLiteral("354: "),
        QStringLiteral("Description:"),    QStringLiteral("When you see it:"), QStringLiteral("How to fix:"),
        QStringLiteral("550: "),           QStringLiteral("Main differences"), QStringLiteral("Which applies when")};
    qsizetype at = 0;
    for (const QString &part : order) {
        const qsizetype found = en.indexOf(part, at);
        QVERIFY2(found >= 0, qPrintable(part));
        at = found;
    }
    for (const QString &heading :
         {QStringLiteral("概要"), QStringLiteral("説明"), QStringLiteral("発生する場面"), QStringLiteral("対処方法"),
          QStringLiteral("主な違い"), QStringLiteral("どちらに当たるかの見分け方")})
        QVERIFY2(ja.contains(heading), qPrintable(heading));
    QVERIFY(!ja.contains(QStringLiteral("Description:")));
}

QTEST_GUILESS_MAIN(tst_CodeComparison)
#include "tst_CodeComparison.moc"

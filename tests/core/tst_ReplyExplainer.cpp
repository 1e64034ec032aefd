#include "core/reference/ExplanationFormatter.h"
#include "core/reference/ReplyExplainer.h"

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

QString joined(const QList<LocalizedText> &texts)
{
    QStringList en;
    for (const LocalizedText &t : texts)
        en.append(t.en);
    return en.join(u'\n');
}

} // namespace

class tst_ReplyExplainer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void explain_data();
    void explain();
    void stageChangesTheMeaning();
    void unknownCodeFromDigits();
    void malformedReplyIsExplained();
    void formatterLanguages();
    void benchmarkExplain();
};

void tst_ReplyExplainer::explain_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<QString>("stage");
    QTest::addColumn<QString>("permanence"); ///< expected permanence key
    QTest::addColumn<QString>("provider");   ///< the provider of the first matched server text; "" = none
    QTest::addColumn<QString>("warning");    ///< a fragment of an expected warning; "" = no warning at all
    QTest::addColumn<bool>("enhancedKnown"); ///< the enhanced code has a registry entry

    const auto row = [](const char *name, const QByteArray &reply, const char *stage, const char *permanence,
                        const char *provider, const char *warning, bool enhancedKnown) {
        QTest::newRow(name) << reply << QString::fromLatin1(stage) << QString::fromLatin1(permanence)
                            << QString::fromUtf8(provider) << QString::fromUtf8(warning) << enhancedKnown;
    };
#include "tst_ReplyExplainer_rows.inc"
    Q_UNUSED(row)
}

void tst_ReplyExplainer::explain()
{
    QFETCH(QByteArray, reply);
    QFETCH(QString, stage);
    QFETCH(QString, permanence);
    QFETCH(QString, provider);
    QFETCH(QString, warning);
    QFETCH(bool, enhancedKnown);

    const SmtpReply parsed = SmtpReply::parse(reply);
    const Explanation e = ReplyExplainer().explain(parsed, *SessionStages::fromKey(stage));
    QCOMPARE(ReferenceEntry::permanenceKey(e.permanence), permanence);
    if (provider.isEmpty()) {
        QVERIFY2(e.patterns.isEmpty(), qPrintable(e.patterns.isEmpty() ? QString() : e.patterns.constFirst()->key));
    } else {
        QVERIFY2(!e.patterns.isEmpty(), "no server text matched");
        QCOMPARE(e.patterns.constFirst()->provider, provider);
        QVERIFY(!e.hints.isEmpty());
    }
    if (warning.isEmpty())
        QVERIFY2(e.warnings.isEmpty(), qPrintable(joined(e.warnings)));
    else
        QVERIFY2(joined(e.warnings).contains(warning), qPrintable(joined(e.warnings)));
    QCOMPARE(e.enhancedEntry != nullptr, enhancedKnown);
    // Every explanation is complete in both languages.
    QVERIFY(!e.title.en.isEmpty() && hasJapanese(e.title.ja));
    QVERIFY(!e.summary.en.isEmpty() && hasJapanese(e.summary.ja));
    if (parsed.code() >= 400) {
        QVERIFY(!e.fixes.isEmpty());
        for (const ReferenceEntry::Fix &fix : e.fixes)
            QVERIFY(hasJapanese(fix.text.ja));
    }
}

void tst_ReplyExplainer::stageChangesTheMeaning()
{
    const ReplyExplainer explainer;
    const SmtpReply reply = SmtpReply::parse("550 Rejected\r\n");
    const Explanation atRcpt = explainer.explain(reply, SessionStage::Rcpt);
    const Explanation afterData = explainer.explain(reply, SessionStage::EndOfData);
    QVERIFY(!atRcpt.atThisStage.isEmpty());
    QVERIFY(!afterData.atThisStage.isEmpty());
    QVERIFY(!(atRcpt.atThisStage == afterData.atThisStage));
    const Explanation greeting =
        explainer.explain(SmtpReply::parse("554 No SMTP service here\r\n"), SessionStage::Greeting);
    const Explanation dataReply =
        explainer.explain(SmtpReply::parse("554 Transaction failed\r\n"), SessionStage::EndOfData);
    QVERIFY(!(greeting.atThisStage == dataReply.atThisStage));
}

void tst_ReplyExplainer::unknownCodeFromDigits()
{
    const Explanation e = ReplyExplainer().explain(SmtpReply::parse("559 Something odd\r\n"), SessionStage::Rcpt);
    QVERIFY(!e.isKnown());
    QCOMPARE(e.permanence, ReferenceEntry::Permanence::Permanent);
    QVERIFY(e.summary.en.contains(QStringLiteral("RFC 5321 §4.2.1")));
    QVERIFY(e.summary.en.contains(QStringLiteral("mail system")));
    QVERIFY(hasJapanese(e.summary.ja));
    QVERIFY(joined(e.warnings).contains(QStringLiteral("559")));
    QVERIFY(!e.fixes.isEmpty());
    const Explanation temporary = ReplyExplainer().explain(SmtpReply::parse("429 later\r\n"), SessionStage::Mail);
    QCOMPARE(temporary.permanence, ReferenceEntry::Permanence::Temporary);
}

void tst_ReplyExplainer::malformedReplyIsExplained()
{
    const Explanation e = ReplyExplainer().explain(SmtpReply::parse("250-a\r\n550 b\r\n"), SessionStage::Ehlo);
    QVERIFY(joined(e.warnings).contains(QStringLiteral("multi-line")));
}

void tst_ReplyExplainer::formatterLanguages()
{
    const Explanation e =
        ReplyExplainer().explain(SmtpReply::parse("550 5.1.1 <x@example.com>: User unknown\r\n"), SessionStage::Rcpt);
    const QString en = ExplanationFormatter::toText(e, ExplanationLanguage::English);
    const QString ja = ExplanationFormatter::toText(e, ExplanationLanguage::Japanese);
    const QString both = ExplanationFormatter::toText(e, ExplanationLanguage::Both);
    QVERIFY(en.startsWith(QStringLiteral("550 5.1.1")));
    QVERIFY(!hasJapanese(en));
    QVERIFY(ja.contains(QStringLiteral("対処方法")));
    QVERIFY(both.contains(QStringLiteral("How to fix / 対処方法")));
    QVERIFY(both.size() > en.size() + ja.size() / 2);
    const QJsonObject json = ExplanationFormatter::toJson(e);
    QCOMPARE(json.value(QStringLiteral("code")).toInt(), 550);
    QCOMPARE(json.value(QStringLiteral("enhancedCode")).toString(), QStringLiteral("5.1.1"));
    QVERIFY(hasJapanese(json.value(QStringLiteral("title")).toObject().value(QStringLiteral("ja")).toString()));
}

void tst_ReplyExplainer::benchmarkExplain()
{
    const ReplyExplainer explainer;
    const SmtpReply reply =
        SmtpReply::parse("550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's\r\n"
                         "550 5.7.26 DMARC policy. Please contact the administrator of example.com domain.\r\n");
    QBENCHMARK
    {
        const Explanation e = explainer.explain(reply, SessionStage::EndOfData);
        QVERIFY(e.isKnown());
    }
}

QTEST_GUILESS_MAIN(tst_ReplyExplainer)
#include "tst_ReplyExplainer.moc"

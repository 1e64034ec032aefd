#include "core/i18n/Translations.h"
#include "core/smtp/SessionStage.h"
#include "core/smtp/SmtpReply.h"

#include <QSignalSpy>
#include <QtTest>

class tst_Translations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void availableLanguages();
    void switchesAtRunTime();
    void englishPlurals();
    void unknownLanguageChangesNothing();
    void stageKeysRoundTrip();
};

void tst_Translations::availableLanguages()
{
    QCOMPARE(Translations::availableLanguages(), QStringList({QStringLiteral("en"), QStringLiteral("ja")}));
    QVERIFY(Translations::availableLanguages().contains(Translations::systemLanguage()));
    QCOMPARE(Translations::nativeName(QStringLiteral("ja")), QStringLiteral("日本語"));
}

void tst_Translations::switchesAtRunTime()
{
    Translations translations;
    QSignalSpy spy(&translations, &Translations::languageChanged);
    QVERIFY(translations.setLanguage(QStringLiteral("ja")));
    QCOMPARE(translations.language(), QStringLiteral("ja"));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(SessionStages::displayName(SessionStage::Greeting), QStringLiteral("グリーティング"));
    const QString japanese = SmtpReply::parse("hello\r\n").problemDescription();
    QVERIFY2(japanese.contains(QStringLiteral("応答コード")), qPrintable(japanese));

    QVERIFY(translations.setLanguage(QStringLiteral("en")));
    QCOMPARE(spy.count(), 2);
    QCOMPARE(SessionStages::displayName(SessionStage::Greeting), QStringLiteral("Greeting"));
}

void tst_Translations::englishPlurals()
{
    Translations translations;
    QVERIFY(translations.setLanguage(QStringLiteral("en")));
    const SmtpReply one = SmtpReply::parse(QByteArray(QByteArray("250 ") + QByteArray(70000, 'a') + "\r\n"));
    QVERIFY(one.problemDescription().contains(QStringLiteral("65536 bytes")));
    // "%n item(s)" becomes "1 item" / "2 items" only through the English catalogue's plural forms.
    QCOMPARE(QCoreApplication::translate("Cli", "%n item(s) read.", nullptr, 1), QStringLiteral("1 item read."));
    QCOMPARE(QCoreApplication::translate("Cli", "%n item(s) read.", nullptr, 2), QStringLiteral("2 items read."));
}

void tst_Translations::unknownLanguageChangesNothing()
{
    Translations translations;
    QVERIFY(translations.setLanguage(QStringLiteral("ja")));
    QVERIFY(!translations.setLanguage(QStringLiteral("xx")));
    QCOMPARE(translations.language(), QStringLiteral("ja"));
    QCOMPARE(SessionStages::displayName(SessionStage::Rcpt), QStringLiteral("RCPT TO"));
}

void tst_Translations::stageKeysRoundTrip()
{
    for (int i = int(SessionStage::None); i <= int(SessionStage::Other); ++i) {
        const auto stage = SessionStage(i);
        QCOMPARE(SessionStages::fromKey(SessionStages::key(stage)), std::optional<SessionStage>(stage));
    }
    QCOMPARE(SessionStages::fromKey(QStringLiteral("RCPT")), std::optional<SessionStage>(SessionStage::Rcpt));
    QVERIFY(!SessionStages::fromKey(QStringLiteral("nonsense")).has_value());
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_Translations.moc"

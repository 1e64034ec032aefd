#include "core/smtp/SmtpReply.h"

#include <QtTest>

class tst_SmtpReply : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultIsNull();
    void replyClass_data();
    void replyClass();
    void parseTakesTheFirstItem();
    void parseOfNothingIsIncomplete();
    void warnings_data();
    void warnings();
    void copiesShareAndCompareEqual();
};

void tst_SmtpReply::defaultIsNull()
{
    const SmtpReply reply;
    QVERIFY(reply.isNull());
    QVERIFY(!reply.isValid());
    QVERIFY(!reply.isMalformed());
    QCOMPARE(reply.code(), 0);
    QCOMPARE(reply.replyClass(), SmtpReply::Class::None);
    QVERIFY(reply.problemDescription().isEmpty());
    QVERIFY(reply.warnings().isEmpty());
}

void tst_SmtpReply::replyClass_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<SmtpReply::Class>("expectedClass");
    QTest::addColumn<bool>("positive");
    QTest::addColumn<bool>("transient");
    QTest::addColumn<bool>("permanent");

    QTest::newRow("220") << QByteArray("220 ready\r\n") << SmtpReply::Class::PositiveCompletion << true << false
                         << false;
    QTest::newRow("354") << QByteArray("354 go\r\n") << SmtpReply::Class::PositiveIntermediate << true << false
                         << false;
    QTest::newRow("451") << QByteArray("451 4.7.1 later\r\n") << SmtpReply::Class::TransientNegative << false << true
                         << false;
    QTest::newRow("554") << QByteArray("554 no\r\n") << SmtpReply::Class::PermanentNegative << false << false << true;
    QTest::newRow("malformed") << QByteArray("hello\r\n") << SmtpReply::Class::None << false << false << false;
}

void tst_SmtpReply::replyClass()
{
    QFETCH(QByteArray, input);
    QFETCH(SmtpReply::Class, expectedClass);
    QFETCH(bool, positive);
    QFETCH(bool, transient);
    QFETCH(bool, permanent);

    const SmtpReply reply = SmtpReply::parse(input);
    QCOMPARE(reply.replyClass(), expectedClass);
    QCOMPARE(reply.isPositive(), positive);
    QCOMPARE(reply.isTransientFailure(), transient);
    QCOMPARE(reply.isPermanentFailure(), permanent);
}

void tst_SmtpReply::parseTakesTheFirstItem()
{
    const SmtpReply reply = SmtpReply::parse("250 first\r\n550 second\r\n");
    QCOMPARE(reply.code(), 250);
    QCOMPARE(reply.text(), QStringLiteral("first"));
    QCOMPARE(reply.raw(), QByteArray("250 first\r\n"));
}

void tst_SmtpReply::parseOfNothingIsIncomplete()
{
    const SmtpReply reply = SmtpReply::parse("");
    QVERIFY(reply.isMalformed());
    QCOMPARE(reply.problem(), SmtpReply::Problem::Incomplete);
    QVERIFY(!reply.problemDescription().isEmpty());
}

void tst_SmtpReply::warnings_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("fragments");

    QTest::newRow("clean") << QByteArray("250 2.0.0 Ok\r\n") << QStringList();
    QTest::newRow("class mismatch") << QByteArray("421 5.7.32 Rejected\r\n")
                                    << QStringList{QStringLiteral("5.7.32"), QStringLiteral("421"),
                                                   QStringLiteral("RFC 3463")};
    QTest::newRow("bare LF") << QByteArray("250 Ok\n") << QStringList{QStringLiteral("bare LF")};
    QTest::newRow("bare CR") << QByteArray("250 O\rk\r\n") << QStringList{QStringLiteral("CR")};
    QTest::newRow("invalid UTF-8") << QByteArray("250 \xff\r\n") << QStringList{QStringLiteral("UTF-8")};
    QTest::newRow("control characters") << QByteArray("250 \x07\r\n")
                                        << QStringList{QStringLiteral("control characters")};
}

void tst_SmtpReply::warnings()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, fragments);

    const SmtpReply reply = SmtpReply::parse(input);
    QVERIFY(reply.isValid());
    const QString all = reply.warnings().join(u'\n');
    QCOMPARE(all.isEmpty(), fragments.isEmpty());
    for (const QString &fragment : fragments)
        QVERIFY2(all.contains(fragment), qPrintable(all));
}

void tst_SmtpReply::copiesShareAndCompareEqual()
{
    const SmtpReply original = SmtpReply::parse("250-a\r\n250 b\r\n");
    const SmtpReply copy = original; // NOLINT(performance-unnecessary-copy-initialization)
    QCOMPARE(copy.raw(), original.raw());
    QCOMPARE(copy.displayLines(), original.displayLines());
    QVERIFY(copy.raw().constData() == original.raw().constData()); // implicitly shared, not copied
}

QTEST_GUILESS_MAIN(tst_SmtpReply)
#include "tst_SmtpReply.moc"

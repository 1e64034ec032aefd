#include "core/smtp/SmtpCapabilities.h"

#include <QtTest>

class tst_SmtpCapabilities : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesEhloReply();
    void oldAuthForm();
    void sizeWithoutLimit();
    void nonEhloReplyGivesNothing_data();
    void nonEhloReplyGivesNothing();
};

void tst_SmtpCapabilities::parsesEhloReply()
{
    const auto caps = SmtpCapabilities::fromEhloReply(SmtpReply::parse("250-mail.example.com Hello [192.0.2.1]\r\n"
                                                                       "250-SIZE 52428800\r\n"
                                                                       "250-8BITMIME\r\n"
                                                                       "250-pipelining\r\n"
                                                                       "250-AUTH PLAIN login CRAM-MD5\r\n"
                                                                       "250-STARTTLS\r\n"
                                                                       "250-ENHANCEDSTATUSCODES\r\n"
                                                                       "250-SMTPUTF8\r\n"
                                                                       "250-CHUNKING\r\n"
                                                                       "250-DSN\r\n"
                                                                       "250-REQUIRETLS\r\n"
                                                                       "250 X-VENDOR-THING a b\r\n"));
    QCOMPARE(caps.serverName(), QStringLiteral("mail.example.com"));
    QCOMPARE(caps.sizeLimit(), std::optional<qint64>(52428800));
    QVERIFY(caps.eightBitMime());
    QVERIFY(caps.pipelining()); // keywords are case-insensitive (RFC 5321 §2.4)
    QVERIFY(caps.startTls());
    QVERIFY(caps.enhancedStatusCodes());
    QVERIFY(caps.smtpUtf8());
    QVERIFY(caps.chunking());
    QVERIFY(caps.dsn());
    QVERIFY(caps.requireTls());
    QCOMPARE(caps.authMechanisms(),
             QStringList({QStringLiteral("PLAIN"), QStringLiteral("LOGIN"), QStringLiteral("CRAM-MD5")}));
    QVERIFY(caps.has(QStringLiteral("x-vendor-thing")));
    QCOMPARE(caps.parameters(QStringLiteral("X-VENDOR-THING")), QStringList({QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(caps.lines().size(), 11);
    QCOMPARE(caps.lines().constLast(), QStringLiteral("X-VENDOR-THING a b"));
}

void tst_SmtpCapabilities::oldAuthForm()
{
    const auto caps = SmtpCapabilities::fromEhloReply(
        SmtpReply::parse("250-mx\r\n250-AUTH=LOGIN PLAIN\r\n250 AUTH LOGIN PLAIN XOAUTH2\r\n"));
    QCOMPARE(caps.authMechanisms(),
             QStringList({QStringLiteral("LOGIN"), QStringLiteral("PLAIN"), QStringLiteral("XOAUTH2")}));
}

void tst_SmtpCapabilities::sizeWithoutLimit()
{
    QCOMPARE(SmtpCapabilities::fromEhloReply(SmtpReply::parse("250-mx\r\n250 SIZE\r\n")).sizeLimit(),
             std::optional<qint64>(0));
    QVERIFY(!SmtpCapabilities::fromEhloReply(SmtpReply::parse("250-mx\r\n250 8BITMIME\r\n")).sizeLimit());
}

void tst_SmtpCapabilities::nonEhloReplyGivesNothing_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::newRow("single line") << QByteArray("250 mx.example.com\r\n");
    QTest::newRow("refused") << QByteArray("502-5.5.1 no\r\n502 5.5.1 EHLO not implemented\r\n");
    QTest::newRow("malformed") << QByteArray("250-mx\r\n251 STARTTLS\r\n");
}

void tst_SmtpCapabilities::nonEhloReplyGivesNothing()
{
    QFETCH(QByteArray, reply);
    const auto caps = SmtpCapabilities::fromEhloReply(SmtpReply::parse(reply));
    QVERIFY(caps.isEmpty());
    QVERIFY(!caps.startTls());
}

QTEST_GUILESS_MAIN(tst_SmtpCapabilities)
#include "tst_SmtpCapabilities.moc"

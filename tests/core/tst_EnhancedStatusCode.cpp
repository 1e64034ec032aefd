#include "core/smtp/EnhancedStatusCode.h"

#include <QtTest>

// Readable QCOMPARE failures ("5.1.1" rather than "<unknown>"); found by argument-dependent lookup.
char *toString(const EnhancedStatusCode &code)
{
    return QTest::toString(code.isValid() ? code.toString() : QStringLiteral("(invalid)"));
}

// RFC 3463 §2: status-code = class "." subject "." detail; class = "2" / "4" / "5";
// subject and detail = 1*3digit.
class tst_EnhancedStatusCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultIsInvalid();
    void parsePrefix_data();
    void parsePrefix();
    void parsePrefixWithoutLength();
    void parsePrefixRejects_data();
    void parsePrefixRejects();
    void fromString_data();
    void fromString();
    void fromStringRejects_data();
    void fromStringRejects();
    void toString_data();
    void toString();
    void equality();
    void withoutClass();
};

void tst_EnhancedStatusCode::defaultIsInvalid()
{
    const EnhancedStatusCode code;
    QVERIFY(!code.isValid());
    QCOMPARE(code.statusClass(), 0);
    QVERIFY(code.toString().isEmpty());
    QVERIFY(EnhancedStatusCode(5, 1, 1).isValid());
}

void tst_EnhancedStatusCode::parsePrefix_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("statusClass");
    QTest::addColumn<int>("subject");
    QTest::addColumn<int>("detail");
    QTest::addColumn<qsizetype>("length");

    QTest::newRow("5.1.1 followed by text") << QStringLiteral("5.1.1 User unknown") << 5 << 1 << 1 << qsizetype(5);
    QTest::newRow("4.7.500 three-digit detail") << QStringLiteral("4.7.500 x") << 4 << 7 << 500 << qsizetype(7);
    QTest::newRow("2.0.0 ends the text") << QStringLiteral("2.0.0") << 2 << 0 << 0 << qsizetype(5);
    QTest::newRow("5.7.26 followed by text")
        << QStringLiteral("5.7.26 Unauthenticated") << 5 << 7 << 26 << qsizetype(6);
    QTest::newRow("three-digit subject and detail") << QStringLiteral("4.999.999") << 4 << 999 << 999 << qsizetype(9);
    QTest::newRow("followed by a tab") << QStringLiteral("5.2.2\tMailbox full") << 5 << 2 << 2 << qsizetype(5);
    QTest::newRow("followed by two spaces") << QStringLiteral("2.1.5  ok") << 2 << 1 << 5 << qsizetype(5);
}

void tst_EnhancedStatusCode::parsePrefix()
{
    QFETCH(QString, text);
    QFETCH(int, statusClass);
    QFETCH(int, subject);
    QFETCH(int, detail);
    QFETCH(qsizetype, length);

    qsizetype parsedLength = -1;
    const auto code = EnhancedStatusCode::parsePrefix(text, &parsedLength);
    QVERIFY(code.has_value());
    QVERIFY(code->isValid());
    QCOMPARE(code->statusClass(), statusClass);
    QCOMPARE(code->subject(), subject);
    QCOMPARE(code->detail(), detail);
    QCOMPARE(parsedLength, length);
    // The characters the code occupies read back as the same code.
    QCOMPARE(code->toString(), text.left(length));
}

void tst_EnhancedStatusCode::parsePrefixWithoutLength()
{
    const auto code = EnhancedStatusCode::parsePrefix(u"5.1.1 text");
    QVERIFY(code.has_value());
    QCOMPARE(*code, EnhancedStatusCode(5, 1, 1));
}

void tst_EnhancedStatusCode::parsePrefixRejects_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("class 3") << QStringLiteral("3.1.1 text");
    QTest::newRow("class 1") << QStringLiteral("1.1.1 text");
    QTest::newRow("class 0") << QStringLiteral("0.1.1");
    QTest::newRow("class 6") << QStringLiteral("6.1.1");
    QTest::newRow("class X (only fromString accepts it)") << QStringLiteral("X.7.26");
    QTest::newRow("four parts") << QStringLiteral("5.1.1.2");
    QTest::newRow("four parts then text") << QStringLiteral("5.1.1.2 text");
    QTest::newRow("letters glued to detail") << QStringLiteral("5.1.1abc");
    QTest::newRow("four-digit subject") << QStringLiteral("5.1234.1");
    QTest::newRow("four-digit detail") << QStringLiteral("5.1.1234 text");
    QTest::newRow("empty subject") << QStringLiteral("5..1");
    QTest::newRow("empty subject, long enough") << QStringLiteral("5..1 text");
    QTest::newRow("empty detail") << QStringLiteral("5.1. text");
    QTest::newRow("missing detail") << QStringLiteral("5.1 text");
    QTest::newRow("empty") << QString();
    QTest::newRow("leading space") << QStringLiteral(" 5.1.1 text");
    QTest::newRow("too short") << QStringLiteral("5.1.");
    QTest::newRow("comma instead of dot") << QStringLiteral("5,1,1 text");
    QTest::newRow("class without dot") << QStringLiteral("51.1.1");
    QTest::newRow("hyphen after class") << QStringLiteral("5-1.1 text");
    QTest::newRow("comma after class only") << QStringLiteral("5,7.26");
    QTest::newRow("basic code only") << QStringLiteral("550 text");
    QTest::newRow("non-ASCII digit") << QStringLiteral("5.\u0661.1 text"); // ARABIC-INDIC DIGIT ONE
    QTest::newRow("fullwidth digits") << QStringLiteral("\uFF15.\uFF11.\uFF11");
    QTest::newRow("followed by CR") << QStringLiteral("5.1.1\r");
}

void tst_EnhancedStatusCode::parsePrefixRejects()
{
    QFETCH(QString, text);

    qsizetype length = -42;
    QVERIFY(!EnhancedStatusCode::parsePrefix(text, &length).has_value());
    QCOMPARE(length, qsizetype(-42)); // untouched on failure
}

void tst_EnhancedStatusCode::fromString_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("statusClass");
    QTest::addColumn<int>("subject");
    QTest::addColumn<int>("detail");
    QTest::addColumn<QString>("canonical");

    QTest::newRow("5.7.26") << QStringLiteral("5.7.26") << 5 << 7 << 26 << QStringLiteral("5.7.26");
    QTest::newRow("2.0.0") << QStringLiteral("2.0.0") << 2 << 0 << 0 << QStringLiteral("2.0.0");
    QTest::newRow("4.4.1 with surrounding blanks")
        << QStringLiteral("  4.4.1\t") << 4 << 4 << 1 << QStringLiteral("4.4.1");
    QTest::newRow("registry form X.7.26") << QStringLiteral("X.7.26") << 0 << 7 << 26 << QStringLiteral("X.7.26");
    QTest::newRow("lower-case x.1.1") << QStringLiteral("x.1.1") << 0 << 1 << 1 << QStringLiteral("X.1.1");
    QTest::newRow("X.999.999") << QStringLiteral("X.999.999") << 0 << 999 << 999 << QStringLiteral("X.999.999");
}

void tst_EnhancedStatusCode::fromString()
{
    QFETCH(QString, text);
    QFETCH(int, statusClass);
    QFETCH(int, subject);
    QFETCH(int, detail);
    QFETCH(QString, canonical);

    const auto code = EnhancedStatusCode::fromString(text);
    QVERIFY(code.has_value());
    QVERIFY(code->isValid());
    QCOMPARE(code->statusClass(), statusClass);
    QCOMPARE(code->subject(), subject);
    QCOMPARE(code->detail(), detail);
    QCOMPARE(code->toString(), canonical);
    QCOMPARE(*code, EnhancedStatusCode(statusClass, subject, detail));
}

void tst_EnhancedStatusCode::fromStringRejects_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral("   ");
    QTest::newRow("trailing text") << QStringLiteral("5.1.1 User unknown");
    QTest::newRow("four parts") << QStringLiteral("5.1.1.2");
    QTest::newRow("class 3") << QStringLiteral("3.1.1");
    QTest::newRow("X alone") << QStringLiteral("X");
    QTest::newRow("X without dot") << QStringLiteral("X7.26");
    QTest::newRow("XX") << QStringLiteral("XX.1.1");
    QTest::newRow("X with four-digit subject") << QStringLiteral("X.1234.1");
    QTest::newRow("X with trailing text") << QStringLiteral("X.7.26 text");
    QTest::newRow("X with letters glued") << QStringLiteral("X.7.26a");
    QTest::newRow("Y.7.26") << QStringLiteral("Y.7.26");
}

void tst_EnhancedStatusCode::fromStringRejects()
{
    QFETCH(QString, text);
    QVERIFY(!EnhancedStatusCode::fromString(text).has_value());
}

void tst_EnhancedStatusCode::toString_data()
{
    QTest::addColumn<int>("statusClass");
    QTest::addColumn<int>("subject");
    QTest::addColumn<int>("detail");
    QTest::addColumn<QString>("expected");

    QTest::newRow("5.1.1") << 5 << 1 << 1 << QStringLiteral("5.1.1");
    QTest::newRow("4.7.500") << 4 << 7 << 500 << QStringLiteral("4.7.500");
    QTest::newRow("2.0.0") << 2 << 0 << 0 << QStringLiteral("2.0.0");
    QTest::newRow("open class") << 0 << 7 << 26 << QStringLiteral("X.7.26");
}

void tst_EnhancedStatusCode::toString()
{
    QFETCH(int, statusClass);
    QFETCH(int, subject);
    QFETCH(int, detail);
    QFETCH(QString, expected);

    QCOMPARE(EnhancedStatusCode(statusClass, subject, detail).toString(), expected);
}

void tst_EnhancedStatusCode::equality()
{
    const EnhancedStatusCode a(5, 1, 1);
    QVERIFY(a == EnhancedStatusCode(5, 1, 1));
    QVERIFY(!(a != EnhancedStatusCode(5, 1, 1)));
    // Each part takes part in the comparison.
    QVERIFY(a != EnhancedStatusCode(4, 1, 1));
    QVERIFY(a != EnhancedStatusCode(5, 2, 1));
    QVERIFY(a != EnhancedStatusCode(5, 1, 2));
    QVERIFY(!(a == EnhancedStatusCode(5, 1, 2)));
    QVERIFY(a != EnhancedStatusCode());
    QVERIFY(EnhancedStatusCode() == EnhancedStatusCode());
    // A parsed code equals the constructed one.
    QCOMPARE(EnhancedStatusCode::parsePrefix(u"5.1.1 x").value(), a);
    QCOMPARE(EnhancedStatusCode::fromString(u"5.1.1").value(), a);
}

void tst_EnhancedStatusCode::withoutClass()
{
    const EnhancedStatusCode code(5, 7, 26);
    const EnhancedStatusCode open = code.withoutClass();
    QCOMPARE(open.statusClass(), 0);
    QCOMPARE(open.subject(), 7);
    QCOMPARE(open.detail(), 26);
    QVERIFY(open.isValid());
    QCOMPARE(open.toString(), QStringLiteral("X.7.26"));
    QVERIFY(open != code);
    QCOMPARE(open, EnhancedStatusCode::fromString(u"X.7.26").value());
    // Codes of different classes share one class-less form.
    QCOMPARE(EnhancedStatusCode(4, 7, 26).withoutClass(), open);
    // The original is a value and stays as it was.
    QCOMPARE(code.statusClass(), 5);
    // Dropping the class of an invalid code keeps it invalid.
    QVERIFY(!EnhancedStatusCode().withoutClass().isValid());
}

QTEST_GUILESS_MAIN(tst_EnhancedStatusCode)
#include "tst_EnhancedStatusCode.moc"

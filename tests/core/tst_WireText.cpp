#include "core/smtp/WireText.h"

#include <QtTest>

namespace {

// What no displayed text may contain: C0 controls other than TAB, DEL, C1 controls and the
// bidirectional formatting characters (they move cursors, ring bells or reorder what is read).
bool isDangerous(char16_t c)
{
    return (c < 0x20 && c != u'\t') || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
}

QString firstDangerous(const QString &text)
{
    for (const QChar ch : text) {
        if (isDangerous(ch.unicode()))
            return QStringLiteral("U+%1").arg(int(ch.unicode()), 4, 16, QLatin1Char('0'));
    }
    return {};
}

} // namespace

class tst_WireText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decode_data();
    void decode();
    void toDisplayMatchesDecode_data();
    void toDisplayMatchesDecode();
    void everySingleByteIsSafe();
    void everyC1AndBidiCharacterIsSafe();
    void decodingIsStateless();
};

void tst_WireText::decode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("invalidUtf8");
    QTest::addColumn<bool>("controlCharacters");

    // Well-formed text passes through unchanged and raises no flag.
    QTest::newRow("empty") << QByteArray() << QString() << false << false;
    QTest::newRow("ASCII") << QByteArray("250 2.0.0 OK queued as 4Xyz") << QStringLiteral("250 2.0.0 OK queued as 4Xyz")
                           << false << false;
    QTest::newRow("printable ASCII edges") << QByteArray(" ~") << QStringLiteral(" ~") << false << false;
    QTest::newRow("TAB kept") << QByteArray("a\tb") << QStringLiteral("a\tb") << false << false;
    QTest::newRow("UTF-8 Japanese") << QByteArray("550 \xe5\xae\x9b\xe5\x85\x88\xe4\xb8\x8d\xe6\x98\x8e")
                                    << QStringLiteral("550 \u5B9B\u5148\u4E0D\u660E") << false << false;
    QTest::newRow("UTF-8 outside the BMP")
        << QByteArray("\xf0\x9f\x93\xa7 mail") << QStringLiteral("\U0001F4E7 mail") << false << false;
    QTest::newRow("NBSP just above C1") << QByteArray("\xc2\xa0") << QStringLiteral("\u00A0") << false << false;
    QTest::newRow("control picture sent literally")
        << QByteArray("\xe2\x90\x9b") << QStringLiteral("\u241B") << false << false;

    // Invalid UTF-8 shows as U+FFFD, never as the byte's Latin-1 meaning.
    QTest::newRow("invalid byte 0xFF") << QByteArray("abc\xff") << QStringLiteral("abc\uFFFD") << true << false;
    QTest::newRow("lone continuation byte") << QByteArray("a\x80z") << QStringLiteral("a\uFFFDz") << true << false;
    QTest::newRow("raw 0x85 is invalid, not C1") << QByteArray("\x85") << QStringLiteral("\uFFFD") << true << false;
    QTest::newRow("raw 0x9B is invalid, not CSI")
        << (QByteArray("\x9b") + "31m") << QStringLiteral("\uFFFD31m") << true << false;
    QTest::newRow("overlong slash") << QByteArray("\xc0\xaf") << QStringLiteral("\uFFFD\uFFFD") << true << false;
    QTest::newRow("Latin-1 e-acute") << QByteArray("caf\xe9!") << QStringLiteral("caf\uFFFD!") << true << false;

    // C0 controls become Control Pictures; DEL its symbol.
    QTest::newRow("line separator") << QByteArray("250 a\xe2\x80\xa8"
                                                  "550 fake")
                                    << QStringLiteral("250 a\u2424550 fake") << false << true;
    QTest::newRow("paragraph separator") << QByteArray("x\xe2\x80\xa9y") << QStringLiteral("x\u2424y") << false << true;
    QTest::newRow("leading BOM kept") << QByteArray("\xef\xbb\xbf"
                                                    "220")
                                      << QStringLiteral("\uFEFF220") << false << false;
    QTest::newRow("ESC") << QByteArray("\x1b[2J") << QStringLiteral("\u241B[2J") << false << true;
    QTest::newRow("NUL") << QByteArray("a\0b", 3) << QStringLiteral("a\u2400b") << false << true;
    QTest::newRow("BEL") << QByteArray("\x07") << QStringLiteral("\u2407") << false << true;
    QTest::newRow("backspace") << QByteArray("ok\x08\x08") << QStringLiteral("ok\u2408\u2408") << false << true;
    QTest::newRow("CR inside a line") << QByteArray("a\rb") << QStringLiteral("a\u240Db") << false << true;
    QTest::newRow("LF inside a line") << QByteArray("a\nb") << QStringLiteral("a\u240Ab") << false << true;
    QTest::newRow("unit separator 0x1F") << QByteArray("\x1f") << QStringLiteral("\u241F") << false << true;
    QTest::newRow("DEL") << QByteArray("x\x7fy") << QStringLiteral("x\u2421y") << false << true;

    // C1 controls (valid UTF-8 for U+0080..U+009F) and bidi formatting become U+FFFD.
    QTest::newRow("C1 NEL U+0085") << QByteArray("a\xc2\x85z") << QStringLiteral("a\uFFFDz") << false << true;
    QTest::newRow("C1 CSI U+009B") << (QByteArray("\xc2\x9b") + "31m") << QStringLiteral("\uFFFD31m") << false << true;
    QTest::newRow("C1 U+0080") << QByteArray("\xc2\x80") << QStringLiteral("\uFFFD") << false << true;
    QTest::newRow("C1 U+009F") << QByteArray("\xc2\x9f") << QStringLiteral("\uFFFD") << false << true;
    QTest::newRow("bidi override U+202E")
        << QByteArray("user\xe2\x80\xaegpj.exe") << QStringLiteral("user\uFFFDgpj.exe") << false << true;
    QTest::newRow("bidi embedding U+202A") << QByteArray("\xe2\x80\xaa") << QStringLiteral("\uFFFD") << false << true;
    QTest::newRow("bidi isolate U+2067") << QByteArray("\xe2\x81\xa7x") << QStringLiteral("\uFFFDx") << false << true;
    QTest::newRow("pop isolate U+2069") << QByteArray("\xe2\x81\xa9") << QStringLiteral("\uFFFD") << false << true;
    QTest::newRow("right-to-left mark U+200F")
        << QByteArray("\xe2\x80\x8f") << QStringLiteral("\uFFFD") << false << true;
    QTest::newRow("Arabic letter mark U+061C") << QByteArray("\xd8\x9c") << QStringLiteral("\uFFFD") << false << true;

    // Both at once.
    QTest::newRow("ESC and invalid UTF-8")
        << QByteArray("\x1b[31m\xfe\xff") << QStringLiteral("\u241B[31m\uFFFD\uFFFD") << true << true;
}

void tst_WireText::decode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QFETCH(bool, invalidUtf8);
    QFETCH(bool, controlCharacters);

    const WireText::Decoded decoded = WireText::decode(bytes);
    QCOMPARE(decoded.text, expected);
    QCOMPARE(decoded.invalidUtf8, invalidUtf8);
    QCOMPARE(decoded.controlCharacters, controlCharacters);
    QCOMPARE(firstDangerous(decoded.text), QString());
}

void tst_WireText::toDisplayMatchesDecode_data()
{
    decode_data();
}

void tst_WireText::toDisplayMatchesDecode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);

    QCOMPARE(WireText::toDisplay(bytes), expected);
}

void tst_WireText::everySingleByteIsSafe()
{
    for (int b = 0; b < 256; ++b) {
        const QByteArray bytes(1, char(b));
        const WireText::Decoded decoded = WireText::decode(bytes);
        const QByteArray context = "byte 0x" + QByteArray::number(b, 16);
        QVERIFY2(decoded.text.size() == 1, context.constData());
        QVERIFY2(firstDangerous(decoded.text).isEmpty(), context.constData());
        // Exactly the bytes above 0x7F are not UTF-8 on their own.
        QVERIFY2(decoded.invalidUtf8 == (b >= 0x80), context.constData());
        const bool control = (b < 0x20 && b != '\t') || b == 0x7F;
        QVERIFY2(decoded.controlCharacters == control, context.constData());
        if (b < 0x80 && !control)
            QVERIFY2(decoded.text == QString(QChar(char16_t(b))), context.constData());
    }
}

void tst_WireText::everyC1AndBidiCharacterIsSafe()
{
    QList<char32_t> characters;
    for (char32_t c = 0x80; c <= 0x9F; ++c)
        characters.append(c);
    for (char32_t c = 0x202A; c <= 0x202E; ++c)
        characters.append(c);
    for (char32_t c = 0x2066; c <= 0x2069; ++c)
        characters.append(c);
    characters << 0x200E << 0x200F << 0x061C;

    for (const char32_t c : std::as_const(characters)) {
        const QByteArray bytes = "a" + QString::fromUcs4(&c, 1).toUtf8() + "b";
        const WireText::Decoded decoded = WireText::decode(bytes);
        const QByteArray context = "U+" + QByteArray::number(uint(c), 16);
        QVERIFY2(decoded.text == QStringLiteral("a\uFFFDb"), context.constData());
        QVERIFY2(decoded.controlCharacters, context.constData());
        QVERIFY2(!decoded.invalidUtf8, context.constData());
    }
}

void tst_WireText::decodingIsStateless()
{
    // A sequence cut at the end of one call must not join the start of the next.
    const WireText::Decoded first = WireText::decode("250 \xe3\x81");
    QVERIFY(first.invalidUtf8);
    QVERIFY(first.text.startsWith(QStringLiteral("250 ")));
    QVERIFY(first.text.endsWith(QChar(QChar::ReplacementCharacter)));
    const WireText::Decoded second = WireText::decode("\x93");
    QVERIFY(second.invalidUtf8);
    QCOMPARE(second.text, QStringLiteral("\uFFFD"));
    // And a good call after a bad one raises no flag.
    const WireText::Decoded third = WireText::decode("\xe3\x81\x93");
    QVERIFY(!third.invalidUtf8);
    QCOMPARE(third.text, QStringLiteral("\u3053"));
}

QTEST_GUILESS_MAIN(tst_WireText)
#include "tst_WireText.moc"

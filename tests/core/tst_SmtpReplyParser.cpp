#include "core/smtp/SmtpReplyParser.h"

#include <QRandomGenerator>
#include <QtTest>

namespace {

QString problemName(SmtpReply::Problem problem)
{
    switch (problem) {
    case SmtpReply::Problem::None:
        return QStringLiteral("ok");
    case SmtpReply::Problem::EmptyLine:
        return QStringLiteral("EmptyLine");
    case SmtpReply::Problem::NoCode:
        return QStringLiteral("NoCode");
    case SmtpReply::Problem::CodeOutOfRange:
        return QStringLiteral("CodeOutOfRange");
    case SmtpReply::Problem::MissingSeparator:
        return QStringLiteral("MissingSeparator");
    case SmtpReply::Problem::CodeMismatch:
        return QStringLiteral("CodeMismatch");
    case SmtpReply::Problem::NulByte:
        return QStringLiteral("NulByte");
    case SmtpReply::Problem::LineTooLong:
        return QStringLiteral("LineTooLong");
    case SmtpReply::Problem::SkippedBytes:
        return QStringLiteral("SkippedBytes");
    case SmtpReply::Problem::TooManyLines:
        return QStringLiteral("TooManyLines");
    case SmtpReply::Problem::ReplyTooLarge:
        return QStringLiteral("ReplyTooLarge");
    case SmtpReply::Problem::Incomplete:
        return QStringLiteral("Incomplete");
    }
    return QStringLiteral("?");
}

// A compact, readable signature of one item: code/problem/lines[/enhanced][/flags].
QString signature(const SmtpReply &reply)
{
    QString s = (reply.code() ? QString::number(reply.code()) : QStringLiteral("-")) + u'/' +
                problemName(reply.problem()) + u'/' + QString::number(reply.displayLines().size());
    if (reply.enhancedCode().isValid())
        s += u'/' + reply.enhancedCode().toString();
    const std::pair<SmtpReply::Flag, const char *> flags[] = {
        {SmtpReply::Flag::BareLineFeed, "LF"},
        {SmtpReply::Flag::BareCarriageReturn, "CR"},
        {SmtpReply::Flag::InvalidUtf8, "UTF8"},
        {SmtpReply::Flag::ControlCharacters, "CTRL"},
        {SmtpReply::Flag::EnhancedClassMismatch, "MISMATCH"},
    };
    for (const auto &[flag, name] : flags) {
        if (reply.hasFlag(flag))
            s += u'/' + QLatin1String(name);
    }
    return s;
}

QString signatures(const QList<SmtpReply> &items)
{
    QStringList parts;
    for (const SmtpReply &reply : items)
        parts.append(signature(reply));
    return parts.join(QStringLiteral(" | "));
}

QList<SmtpReply> parseAll(QByteArrayView input, qsizetype chunk, const SmtpReplyParser::Limits &limits = {})
{
    SmtpReplyParser parser(limits);
    QList<SmtpReply> items;
    for (qsizetype pos = 0; pos < input.size(); pos += chunk)
        items += parser.feed(input.sliced(pos, qMin(chunk, input.size() - pos)));
    if (const auto rest = parser.finish())
        items.append(*rest);
    return items;
}

qint64 accountedBytes(const QList<SmtpReply> &items)
{
    qint64 total = 0;
    for (const SmtpReply &reply : items)
        total += reply.raw().size() + reply.discardedBytes();
    return total;
}

const QByteArray kEhlo = QByteArrayLiteral("250-mail.example.com Hello client.example.org [192.0.2.10]\r\n"
                                           "250-SIZE 52428800\r\n"
                                           "250-8BITMIME\r\n"
                                           "250-PIPELINING\r\n"
                                           "250-AUTH PLAIN LOGIN CRAM-MD5\r\n"
                                           "250-STARTTLS\r\n"
                                           "250-ENHANCEDSTATUSCODES\r\n"
                                           "250-SMTPUTF8\r\n"
                                           "250 CHUNKING\r\n");

} // namespace

class tst_SmtpReplyParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void ehloSplitAtEveryByte();
    void ehloSplitAtEveryPairOfPoints();
    void replyFieldsAreKept();
    void overlongLineInOneRead();
    void overlongLineAcrossReads();
    void overlongLineInsideMultilineReply();
    void defaultLimitKeepsMemoryFlat();
    void tooManyLines();
    void replyTooLarge();
    void limitBoundaryLineIsAccepted();
    void incompleteAtEndOfStream();
    void discardPendingForStartTls();
    void everyProblemIsExplained();
    void randomInputIsAlwaysAccountedFor();
};

void tst_SmtpReplyParser::parse_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected");

    auto row = [](const char *name, const QByteArray &input, const char *expected) {
        QTest::newRow(name) << input << QString::fromUtf8(expected);
    };
    // Well-formed replies.
    row("single line", "250 OK\r\n", "250/ok/1");
    row("code only", "250\r\n", "250/ok/1");
    row("code and space only", "250 \r\n", "250/ok/1");
    row("greeting", "220 mail.example.com ESMTP Postfix\r\n", "220/ok/1");
    row("multi-line EHLO", kEhlo, "250/ok/9");
    row("empty continuation text", "250-\r\n250 done\r\n", "250/ok/2");
    row("two replies in one read", "220 ready\r\n250 OK\r\n", "220/ok/1 | 250/ok/1");
    row("pipelined replies", "250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n354 End data with <CR><LF>.<CR><LF>\r\n",
        "250/ok/1/2.1.0 | 250/ok/1/2.1.5 | 354/ok/1");
    row("multi-line then single", "250-a\r\n250 b\r\n221 bye\r\n", "250/ok/2 | 221/ok/1");
    row("334 empty challenge", "334 \r\n", "334/ok/1");
    row("UTF-8 text", "550 5.1.1 宛先のメールボックスがありません\r\n", "550/ok/1/5.1.1");
    // Enhanced status codes (RFC 3463), only right after the basic code.
    row("enhanced code", "550 5.1.1 <nobody@example.com>: User unknown\r\n", "550/ok/1/5.1.1");
    row("enhanced code alone", "250 2.0.0\r\n", "250/ok/1/2.0.0");
    row("enhanced three-digit parts", "451 4.7.500 Server busy. Please try again later\r\n", "451/ok/1/4.7.500");
    row("enhanced not at start", "550 User 5.1.1 unknown\r\n", "550/ok/1");
    row("enhanced class 3 is not one", "550 3.1.1 odd\r\n", "550/ok/1");
    row("enhanced glued to text", "550 5.1.1abc\r\n", "550/ok/1");
    row("enhanced with four parts", "550 5.1.1.1 what\r\n", "550/ok/1");
    row("enhanced on a later line", "250-mail.example.com\r\n250 2.0.0 Ok\r\n", "250/ok/2/2.0.0");
    row("enhanced on every line", "550-5.7.1 Blocked\r\n550 5.7.1 See https://example.com\r\n", "550/ok/2/5.7.1");
    row("class mismatch 421 5.7.32", "421 5.7.32 Your message was rejected\r\n", "421/ok/1/5.7.32/MISMATCH");
    row("class mismatch 250 5.0.0", "250 5.0.0 odd\r\n", "250/ok/1/5.0.0/MISMATCH");
    row("354 with enhanced 2.0.0 is no mismatch", "354 2.0.0 go ahead\r\n", "354/ok/1/2.0.0");
    // Tolerated oddities, recorded as flags.
    row("bare LF", "250 OK\n", "250/ok/1/LF");
    row("bare LF in multi-line", "250-a\n250-b\r\n250 c\r\n", "250/ok/3/LF");
    row("bare CR inside line", "250 O\rK\r\n", "250/ok/1/CR/CTRL");
    row("invalid UTF-8", "550 \xff\xfe bad\r\n", "550/ok/1/UTF8");
    row("escape sequence", "250 \x1b[31mred\r\n", "250/ok/1/CTRL");
    // Malformed input.
    row("empty line", "\r\n", "-/EmptyLine/1");
    row("empty line between replies", "250 a\r\n\r\n250 b\r\n", "250/ok/1 | -/EmptyLine/1 | 250/ok/1");
    row("no code", "hello world\r\n", "-/NoCode/1");
    row("leading space", " 250 OK\r\n", "-/NoCode/1");
    row("non-digit in code", "25a OK\r\n", "-/NoCode/1");
    row("too short", "25\r\n", "-/NoCode/1");
    row("code out of range 600", "600 what\r\n", "-/CodeOutOfRange/1");
    row("code out of range 199", "199 early\r\n", "-/CodeOutOfRange/1");
    row("missing separator", "250OK\r\n", "-/MissingSeparator/1");
    row("tab separator", "250\tOK\r\n", "-/MissingSeparator/1");
    row("four-digit code", "2500 OK\r\n", "-/MissingSeparator/1");
    row("different final code", "250-a\r\n251 b\r\n", "250/CodeMismatch/2");
    row("different continuation code then resync", "250-a\r\n550-b\r\n550 c\r\n", "250/CodeMismatch/2 | 550/ok/1");
    row("garbage inside multi-line", "250-a\r\njunk\r\n250 b\r\n", "250/NoCode/2 | 250/ok/1");
    row("NUL byte", QByteArray("250 O\0K\r\n", 9), "-/NulByte/1/CTRL");
    row("NUL inside multi-line", QByteArray("250-a\r\n250-\0\r\n250 b\r\n", 21), "250/NulByte/2/CTRL | 250/ok/1");
    row("binary garbage with NUL", QByteArray("\x00\x01\x02\xff\r\n", 6), "-/NulByte/1/UTF8/CTRL");
    row("binary garbage", "\x80\x81\x82\x83\r\n", "-/NoCode/1/UTF8");
    row("garbage then greeting", "SSH-2.0-OpenSSH_9.2\r\n220 ready\r\n", "-/NoCode/1 | 220/ok/1");
    row("HTTP answer", "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n",
        "-/NoCode/1 | -/NoCode/1 | -/EmptyLine/1");
    row("TLS bytes on a plain port", QByteArray("\x15\x03\x01\x00\x02\x02\x46\n", 8), "-/NulByte/1/LF/CTRL");
    // The stream ends early.
    row("no line end", "250 OK", "-/Incomplete/1");
    row("multi-line without final line", "250-a\r\n250-b\r\n", "250/Incomplete/2");
    row("final line without line end", "250-a\r\n250 b", "250/Incomplete/2");
    row("nothing", "", "");
}

void tst_SmtpReplyParser::parse()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);

    const QList<SmtpReply> whole = parseAll(input, qMax<qsizetype>(input.size(), 1));
    QCOMPARE(signatures(whole), expected);
    QCOMPARE(accountedBytes(whole), qint64(input.size()));

    // One byte at a time gives the same items, byte for byte.
    const QList<SmtpReply> bytewise = parseAll(input, 1);
    QCOMPARE(signatures(bytewise), expected);
    QCOMPARE(bytewise.size(), whole.size());
    for (qsizetype i = 0; i < whole.size(); ++i) {
        QCOMPARE(bytewise.at(i).raw(), whole.at(i).raw());
        QCOMPARE(bytewise.at(i).displayLines(), whole.at(i).displayLines());
    }

    // Every malformed item says why; display text never carries a raw control character.
    for (const SmtpReply &reply : whole) {
        QCOMPARE(reply.problemDescription().isEmpty(), !reply.isMalformed());
        for (const QString &line : reply.displayLines()) {
            for (const QChar ch : line)
                QVERIFY2(ch.unicode() >= 0x20 || ch == u'\t', qPrintable(line));
        }
    }
}

void tst_SmtpReplyParser::ehloSplitAtEveryByte()
{
    for (qsizetype split = 0; split <= kEhlo.size(); ++split) {
        SmtpReplyParser parser;
        QList<SmtpReply> items = parser.feed(QByteArrayView(kEhlo).first(split));
        QVERIFY(items.isEmpty() || split == kEhlo.size());
        items += parser.feed(QByteArrayView(kEhlo).sliced(split));
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().raw(), kEhlo);
        QCOMPARE(signature(items.first()), QStringLiteral("250/ok/9"));
        QCOMPARE(items.first().lines().constLast(), QStringLiteral("CHUNKING"));
        QVERIFY(!parser.hasPendingData());
    }
}

void tst_SmtpReplyParser::ehloSplitAtEveryPairOfPoints()
{
    const QByteArray stream = QByteArrayLiteral("220 mail.example.com ESMTP\r\n") + kEhlo;
    for (qsizetype a = 0; a <= stream.size(); ++a) {
        for (qsizetype b = a; b <= stream.size(); ++b) {
            SmtpReplyParser parser;
            QList<SmtpReply> items = parser.feed(QByteArrayView(stream).first(a));
            items += parser.feed(QByteArrayView(stream).sliced(a, b - a));
            items += parser.feed(QByteArrayView(stream).sliced(b));
            if (items.size() != 2 || items.at(1).raw() != kEhlo)
                QFAIL(qPrintable(QStringLiteral("split at %1 and %2: %3").arg(a).arg(b).arg(signatures(items))));
        }
    }
}

void tst_SmtpReplyParser::replyFieldsAreKept()
{
    const QByteArray input = "550-5.7.1 Message rejected <b>as spam</b>\r\n550 5.7.1 Contact postmaster\r\n";
    const SmtpReply reply = SmtpReply::parse(input);
    QVERIFY(reply.isValid());
    QCOMPARE(reply.code(), 550);
    QCOMPARE(reply.replyClass(), SmtpReply::Class::PermanentNegative);
    QVERIFY(reply.isPermanentFailure());
    QVERIFY(reply.isMultiline());
    QCOMPARE(reply.raw(), input);
    QCOMPARE(reply.lines(), QStringList({QStringLiteral("5.7.1 Message rejected <b>as spam</b>"),
                                         QStringLiteral("5.7.1 Contact postmaster")}));
    QCOMPARE(reply.displayLines().first(), QStringLiteral("550-5.7.1 Message rejected <b>as spam</b>"));
    QCOMPARE(reply.text(), reply.lines().join(u'\n'));
    QCOMPARE(reply.enhancedCode(), EnhancedStatusCode(5, 7, 1));
    QCOMPARE(reply.discardedBytes(), 0);

    const SmtpReply invalid = SmtpReply::parse("550 \xc3\x28 x\r\n");
    QVERIFY(invalid.isValid());
    QVERIFY(invalid.hasFlag(SmtpReply::Flag::InvalidUtf8));
    QVERIFY(invalid.lines().first().contains(QChar(QChar::ReplacementCharacter)));
    QCOMPARE(invalid.raw(), QByteArray("550 \xc3\x28 x\r\n"));
}

void tst_SmtpReplyParser::overlongLineInOneRead()
{
    SmtpReplyParser::Limits limits;
    limits.maxLineLength = 64;
    const QByteArray input = QByteArray("250 ") + QByteArray(1000, 'A') + "\r\n220 next\r\n";
    const QList<SmtpReply> items = parseAll(input, input.size(), limits);
    QCOMPARE(signatures(items), QStringLiteral("-/LineTooLong/1 | 220/ok/1"));
    QCOMPARE(items.first().raw(), input.first(64));
    QCOMPARE(items.first().discardedBytes(), 1004 + 2 - 64);
    QVERIFY(items.first().problemDescription().contains(QStringLiteral("64")));
    QCOMPARE(accountedBytes(items), input.size());
}

void tst_SmtpReplyParser::overlongLineAcrossReads()
{
    SmtpReplyParser::Limits limits;
    limits.maxLineLength = 64;
    const QByteArray input = QByteArray("250 ") + QByteArray(1000, 'A') + "\r\n220 next\r\n";
    const QList<SmtpReply> items = parseAll(input, 10, limits);
    // The cut is reported as soon as the limit is passed; the skipped rest when the line ends.
    QCOMPARE(signatures(items), QStringLiteral("-/LineTooLong/1 | -/SkippedBytes/0 | 220/ok/1"));
    QCOMPARE(items.first().raw(), input.first(64));
    QVERIFY(items.at(1).discardedBytes() > 0);
    QCOMPARE(accountedBytes(items), input.size());
}

void tst_SmtpReplyParser::overlongLineInsideMultilineReply()
{
    SmtpReplyParser::Limits limits;
    limits.maxLineLength = 32;
    const QByteArray input = "250-first\r\n250-" + QByteArray(200, 'x') + "\r\n250 last\r\n";
    const QList<SmtpReply> items = parseAll(input, input.size(), limits);
    QCOMPARE(signatures(items), QStringLiteral("250/LineTooLong/2 | 250/ok/1"));
    QCOMPARE(items.first().problemLine(), 2);
    QCOMPARE(accountedBytes(items), input.size());
}

void tst_SmtpReplyParser::defaultLimitKeepsMemoryFlat()
{
    // A server that streams 16 MiB without a line end: buffered bytes never pass the line limit.
    SmtpReplyParser parser;
    const QByteArray block(1024 * 1024, 'Z');
    QList<SmtpReply> items;
    for (int i = 0; i < 16; ++i) {
        items += parser.feed(block);
        QVERIFY(parser.pendingBytes() <= parser.limits().maxLineLength + 1);
    }
    items += parser.feed("\r\n220 hello\r\n");
    QCOMPARE(signatures(items), QStringLiteral("-/LineTooLong/1 | -/SkippedBytes/0 | 220/ok/1"));
    QCOMPARE(items.first().raw().size(), 64 * 1024);
    QCOMPARE(accountedBytes(items), 16LL * block.size() + 13);
    QVERIFY(!parser.hasPendingData());
}

void tst_SmtpReplyParser::tooManyLines()
{
    SmtpReplyParser::Limits limits;
    limits.maxLines = 5;
    QByteArray input;
    for (int i = 0; i < 7; ++i)
        input += "214-help line\r\n";
    input += "214 end\r\n";
    const QList<SmtpReply> items = parseAll(input, 3, limits);
    QCOMPARE(signatures(items), QStringLiteral("214/TooManyLines/5 | 214/ok/3"));
    QVERIFY(items.first().problemDescription().contains(QStringLiteral("5")));
    QCOMPARE(accountedBytes(items), input.size());
}

void tst_SmtpReplyParser::replyTooLarge()
{
    SmtpReplyParser::Limits limits;
    limits.maxLineLength = 100;
    limits.maxReplyBytes = 250;
    QByteArray input;
    for (int i = 0; i < 5; ++i)
        input += "250-" + QByteArray(90, 'y') + "\r\n";
    input += "250 end\r\n";
    const QList<SmtpReply> items = parseAll(input, input.size(), limits);
    QCOMPARE(signatures(items), QStringLiteral("250/ReplyTooLarge/3 | 250/ok/3"));
    QCOMPARE(accountedBytes(items), input.size());
}

void tst_SmtpReplyParser::limitBoundaryLineIsAccepted()
{
    SmtpReplyParser::Limits limits;
    limits.maxLineLength = 64;
    const QByteArray exact = "250 " + QByteArray(60, 'k') + "\r\n";
    // Exactly at the limit, even when the CR arrives in one read and the LF in the next.
    QCOMPARE(signatures(parseAll(exact, exact.size() - 1, limits)), QStringLiteral("250/ok/1"));
    QCOMPARE(signatures(parseAll(exact, 1, limits)), QStringLiteral("250/ok/1"));
    const QByteArray over = "250 " + QByteArray(61, 'k') + "\r\n";
    QCOMPARE(signatures(parseAll(over, over.size(), limits)), QStringLiteral("-/LineTooLong/1"));
}

void tst_SmtpReplyParser::incompleteAtEndOfStream()
{
    SmtpReplyParser parser;
    QVERIFY(parser.feed("250-mail.example.com\r\n250-SIZE").isEmpty());
    QVERIFY(parser.hasPendingData());
    const auto rest = parser.finish();
    QVERIFY(rest.has_value());
    QCOMPARE(rest->problem(), SmtpReply::Problem::Incomplete);
    QCOMPARE(rest->code(), 250);
    QCOMPARE(rest->raw(), QByteArray("250-mail.example.com\r\n250-SIZE"));
    QVERIFY(!parser.hasPendingData());
    QVERIFY(!parser.finish().has_value());
}

void tst_SmtpReplyParser::discardPendingForStartTls()
{
    // RFC 3207 §4.2 / the STARTTLS command-injection class: bytes that arrive in the same read as
    // the "220 go ahead" must not be read as replies after the handshake.
    SmtpReplyParser parser;
    const QList<SmtpReply> items = parser.feed("220 2.0.0 Ready to start TLS\r\n250-injected\r\n250 x");
    QCOMPARE(signatures(items), QStringLiteral("220/ok/1/2.0.0"));
    QCOMPARE(parser.discardPending(), qsizetype(19));
    QVERIFY(!parser.hasPendingData());
    QCOMPARE(signatures(parser.feed("250 clean\r\n")), QStringLiteral("250/ok/1"));
}

void tst_SmtpReplyParser::everyProblemIsExplained()
{
    const QList<QByteArray> inputs = {
        "\r\n", "x\r\n", "600 x\r\n", "250x\r\n", "250-a\r\n251 b\r\n", QByteArray("250 \0\r\n", 7), "250 y"};
    QSet<QString> seen;
    for (const QByteArray &input : inputs) {
        const SmtpReply reply = SmtpReply::parse(input);
        QVERIFY(reply.isMalformed());
        const QString text = reply.problemDescription();
        QVERIFY2(!text.isEmpty() && !text.contains(QStringLiteral("%")), qPrintable(text));
        seen.insert(text);
    }
    QCOMPARE(seen.size(), inputs.size()); // each problem has its own explanation
    QVERIFY(SmtpReply::parse("250-a\r\n251 b\r\n").problemDescription().contains(QStringLiteral("251")));
}

void tst_SmtpReplyParser::randomInputIsAlwaysAccountedFor()
{
    // A deterministic mini-fuzzer for the unit suite (tests/fuzz runs the real one).
    QRandomGenerator random(20261125);
    const QByteArray alphabet = QByteArray("250- 4.5.1\r\n\r\nxX\0\xff", 19);
    SmtpReplyParser::Limits limits;
    limits.maxLineLength = 24;
    limits.maxLines = 4;
    limits.maxReplyBytes = 80;
    for (int round = 0; round < 3000; ++round) {
        QByteArray input(random.bounded(1, 300), Qt::Uninitialized);
        for (char &c : input)
            c = alphabet.at(random.bounded(int(alphabet.size())));
        const QList<SmtpReply> items = parseAll(input, random.bounded(1, 40), limits);
        QCOMPARE(accountedBytes(items), qint64(input.size()));
    }
}

QTEST_GUILESS_MAIN(tst_SmtpReplyParser)
#include "tst_SmtpReplyParser.moc"

#include "core/smtp/MessageSource.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTemporaryFile>
#include <QTimeZone>
#include <QtTest>

#include <cstring>

namespace {

// A device that hands out at most `step` bytes per read, optionally sequential (no seek, like stdin or a
// pipe) and optionally failing once `failAt` bytes have been read (like a disk error or a yanked USB stick).
class TrickleDevice final : public QIODevice
{
public:
    TrickleDevice(QByteArray data, qint64 step, bool sequential, qint64 failAt = -1)
        : m_data(std::move(data))
        , m_step(step)
        , m_failAt(failAt)
        , m_sequential(sequential)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }

    bool isSequential() const override { return m_sequential; }
    qint64 size() const override { return m_sequential ? 0 : m_data.size(); }
    bool seek(qint64 pos) override
    {
        if (m_sequential || !QIODevice::seek(pos))
            return false;
        m_pos = pos;
        return true;
    }
    qint64 largestRead() const { return m_largestRead; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_failAt >= 0 && m_pos >= m_failAt) {
            setErrorString(QStringLiteral("simulated read error"));
            return -1;
        }
        qint64 n = qMin(qMin(maxSize, m_step), m_data.size() - m_pos);
        if (m_failAt >= 0)
            n = qMin(n, m_failAt - m_pos);
        std::memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        m_largestRead = qMax(m_largestRead, n);
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_step;
    qint64 m_failAt;
    qint64 m_pos = 0;
    qint64 m_largestRead = 0;
    bool m_sequential;
};

// Drains `source` with chunks of at most `maxBytes`, failing the test if one is larger.
QByteArray drain(MessageSource &source, qsizetype maxBytes = MessageSource::kDefaultChunkSize)
{
    QByteArray payload;
    while (!source.atEnd()) {
        const QByteArray chunk = source.nextChunk(maxBytes);
        if (chunk.size() > maxBytes) {
            qWarning("a chunk of %lld bytes exceeds the limit of %lld", qint64(chunk.size()), qint64(maxBytes));
            return QByteArrayLiteral("<oversized chunk>");
        }
        if (chunk.isEmpty() && !source.atEnd()) {
            qWarning("an empty chunk before the end");
            return QByteArrayLiteral("<stalled>");
        }
        payload += chunk;
    }
    return payload;
}

QByteArray payloadOf(const QByteArray &message, qsizetype maxBytes = MessageSource::kDefaultChunkSize)
{
    MessageSource source = MessageSource::fromBytes(message);
    return drain(source, maxBytes);
}

// An independent, whole-message statement of RFC 5321 §4.5.2 and §4.1.1.4 to compare the streaming code with.
QByteArray referencePayload(QByteArray message)
{
    message.replace("\r\n", "\n").replace('\r', '\n');
    if (message.isEmpty())
        return QByteArrayLiteral(".\r\n");
    if (!message.endsWith('\n'))
        message += '\n';
    QByteArray out;
    const QByteArrayList lines = message.split('\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i)
        out += (lines.at(i).startsWith('.') ? "." : "") + lines.at(i) + "\r\n";
    return out + ".\r\n";
}

// The header section of a composed message with every folded header joined to one line (RFC 5322 §2.2.3).
QByteArrayList unfoldedHeaders(const QByteArray &message)
{
    const QByteArray head = message.left(message.indexOf("\r\n\r\n"));
    QByteArrayList headers;
    for (const QByteArray &line : head.split('\n')) {
        const QByteArray text = line.endsWith('\r') ? line.chopped(1) : line;
        if (text.startsWith(' ') && !headers.isEmpty())
            headers.last() += text;
        else
            headers.append(text);
    }
    return headers;
}

QByteArray header(const QByteArray &message, const QByteArray &name)
{
    for (const QByteArray &line : unfoldedHeaders(message)) {
        if (line.startsWith(QByteArray(name + ": ")) || line == QByteArray(name + ':'))
            return line.mid(name.size() + 1).trimmed();
    }
    return QByteArrayLiteral("<missing>");
}

// The raw lines (without CRLF) that make up one header field, for checking line lengths.
QByteArrayList headerLines(const QByteArray &message, const QByteArray &name)
{
    const QByteArray head = message.left(message.indexOf("\r\n\r\n"));
    QByteArrayList lines;
    bool inside = false;
    for (const QByteArray &line : head.split('\n')) {
        const QByteArray text = line.chopped(1);
        inside = text.startsWith(QByteArray(name + ':')) || (inside && text.startsWith(' '));
        if (inside)
            lines.append(text);
    }
    return lines;
}

const QRegularExpression &encodedWordPattern()
{
    static const QRegularExpression pattern(QStringLiteral("=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]*)\\?="));
    return pattern;
}

// Decodes the encoded-words of an unstructured value; `validWords` turns false if a word alone is not
// complete UTF-8 (that is, a character was split between two words).
QString decodeEncodedWords(const QByteArray &value, bool *validWords)
{
    *validWords = true;
    QByteArray utf8;
    auto it = encodedWordPattern().globalMatch(QString::fromLatin1(value));
    while (it.hasNext()) {
        const QByteArray word = QByteArray::fromBase64(it.next().captured(1).toLatin1());
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString text = decoder(word);
        *validWords = *validWords && !decoder.hasError();
        utf8 += word;
    }
    return QString::fromUtf8(utf8);
}

MessageSource::Composition simpleComposition()
{
    MessageSource::Composition c;
    c.from = QStringLiteral("Alice <alice@example.org>");
    c.to = {QStringLiteral("bob@example.net")};
    c.subject = QStringLiteral("Hello");
    c.body = QStringLiteral("Hi Bob\n.\nBye");
    c.date = QDateTime(QDate(2026, 3, 3), QTime(9, 5, 7), QTimeZone(9 * 3600));
    c.messageId = QStringLiteral("<fixed@example.org>");
    return c;
}

QByteArray composeOrFail(const MessageSource::Composition &c)
{
    QString error;
    const auto message = MessageSource::compose(c, &error);
    if (!message) {
        qWarning("compose() refused: %s", qPrintable(error));
        return {};
    }
    return *message;
}

} // namespace

class tst_MessageSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void payload_data();
    void payload();
    void payloadThroughOneByteReads_data() { payload_data(); }
    void payloadThroughOneByteReads();
    void factsAgreeWithPayload_data() { payload_data(); }
    void factsAgreeWithPayload();
    void sameForEveryChunkSize();
    void matchesReferenceOnRandomInput();
    void facts_data();
    void facts();
    void scanRewinds();
    void scanAfterPartialSendRestarts();
    void scanStartsWhereTheDeviceWas();
    void scanRefusesSequentialDevice();
    void scanRefusesClosedDevice();
    void readFailureWithholdsTerminator();
    void progressCounters();
    void spoolSequentialDevice();
    void spoolRefusesClosedDevice();
    void composeGolden();
    void composeDate_data();
    void composeDate();
    void composeJapaneseSubject();
    void composeLongSubjectKeepsCharactersWhole_data();
    void composeLongSubjectKeepsCharactersWhole();
    void composeFoldsLongAsciiSubject();
    void composeFoldsLongAddressList();
    void composeRefusesInjection_data();
    void composeRefusesInjection();
    void composeMessageId_data();
    void composeMessageId();
    void composeMessageIdsAreUnique();
    void composeTransferEncoding_data();
    void composeTransferEncoding();
    void composeFactsForEai();
    void streamsHundredMegabytes();
};

void tst_MessageSource::payload_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("expected");

    // RFC 5321 §4.1.1.4: the terminator's first CRLF ends the last line.
    QTest::newRow("empty message") << QByteArray() << QByteArray(".\r\n");
    QTest::newRow("only CRLF") << QByteArray("\r\n") << QByteArray("\r\n.\r\n");
    QTest::newRow("one line") << QByteArray("a\r\n") << QByteArray("a\r\n.\r\n");
    QTest::newRow("last line without CRLF") << QByteArray("a\r\nb") << QByteArray("a\r\nb\r\n.\r\n");
    QTest::newRow("single char no CRLF") << QByteArray("x") << QByteArray("x\r\n.\r\n");
    // RFC 5321 §4.5.2: a leading dot is doubled; other dots stay.
    QTest::newRow("line '.'") << QByteArray(".\r\n") << QByteArray("..\r\n.\r\n");
    QTest::newRow("line '..'") << QByteArray("..\r\n") << QByteArray("...\r\n.\r\n");
    QTest::newRow("line '. x'") << QByteArray(". x\r\n") << QByteArray(".. x\r\n.\r\n");
    QTest::newRow("'.' in the middle") << QByteArray("a\r\n.\r\nb\r\n") << QByteArray("a\r\n..\r\nb\r\n.\r\n");
    QTest::newRow("'.' at the end") << QByteArray("a\r\n.\r\n") << QByteArray("a\r\n..\r\n.\r\n");
    QTest::newRow("'.' last without CRLF") << QByteArray("a\r\n.") << QByteArray("a\r\n..\r\n.\r\n");
    QTest::newRow("only '.'") << QByteArray(".") << QByteArray("..\r\n.\r\n");
    QTest::newRow("dots not at line start") << QByteArray("a.b.\r\n x.\r\n") << QByteArray("a.b.\r\n x.\r\n.\r\n");
    QTest::newRow("empty lines") << QByteArray("\r\n\r\n") << QByteArray("\r\n\r\n.\r\n");
    // Line endings: bare LF and bare CR each become one CRLF.
    QTest::newRow("bare LF") << QByteArray("a\nb\n") << QByteArray("a\r\nb\r\n.\r\n");
    QTest::newRow("bare CR") << QByteArray("a\rb\r") << QByteArray("a\r\nb\r\n.\r\n");
    QTest::newRow("only LF") << QByteArray("\n") << QByteArray("\r\n.\r\n");
    QTest::newRow("only CR") << QByteArray("\r") << QByteArray("\r\n.\r\n");
    QTest::newRow("LF CR is two endings") << QByteArray("a\n\rb") << QByteArray("a\r\n\r\nb\r\n.\r\n");
    QTest::newRow("CR CR LF") << QByteArray("a\r\r\nb") << QByteArray("a\r\n\r\nb\r\n.\r\n");
    QTest::newRow("CR LF LF") << QByteArray("a\r\n\nb") << QByteArray("a\r\n\r\nb\r\n.\r\n");
    QTest::newRow("mixed endings") << QByteArray("1\r\n2\n3\r4\r\n") << QByteArray("1\r\n2\r\n3\r\n4\r\n.\r\n");
    QTest::newRow("dot after bare LF") << QByteArray("a\n.b") << QByteArray("a\r\n..b\r\n.\r\n");
    QTest::newRow("dot after bare CR") << QByteArray("a\r.b") << QByteArray("a\r\n..b\r\n.\r\n");
    // SMTP smuggling (2023): a terminator hidden behind non-CRLF endings must come out stuffed.
    QTest::newRow("CRLF.CRLF inside") << QByteArray("a\r\n.\r\nMAIL FROM:<x>\r\n")
                                      << QByteArray("a\r\n..\r\nMAIL FROM:<x>\r\n.\r\n");
    QTest::newRow("LF.CRLF inside") << QByteArray("a\n.\r\nRCPT\r\n") << QByteArray("a\r\n..\r\nRCPT\r\n.\r\n");
    QTest::newRow("CRLF.LF inside") << QByteArray("a\r\n.\nRCPT\r\n") << QByteArray("a\r\n..\r\nRCPT\r\n.\r\n");
    QTest::newRow("CR.CR inside") << QByteArray("a\r.\rRCPT\r\n") << QByteArray("a\r\n..\r\nRCPT\r\n.\r\n");
    QTest::newRow("NUL and 8-bit pass") << QByteArrayLiteral("\0\xff\r\n") << QByteArrayLiteral("\0\xff\r\n.\r\n");
}

void tst_MessageSource::payload()
{
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, expected);
    QCOMPARE(payloadOf(message), expected);
    for (qsizetype size = 1; size <= 8; ++size)
        QCOMPARE(payloadOf(message, size), expected);
}

void tst_MessageSource::payloadThroughOneByteReads()
{
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, expected);
    TrickleDevice device(message, 1, true);
    MessageSource source(&device);
    QCOMPARE(drain(source), expected);
    QVERIFY(!source.hasError());
    QCOMPARE(device.largestRead(), message.isEmpty() ? qint64(0) : qint64(1));
}

void tst_MessageSource::factsAgreeWithPayload()
{
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, expected);
    MessageSource source = MessageSource::fromBytes(message);
    QString error;
    const auto facts = source.scan(&error);
    QVERIFY2(facts, qPrintable(error));
    QCOMPARE(facts->payloadSize, expected.size());
    // RFC 1870 §5: SIZE leaves out the stuffing dots and the final ".\r\n".
    const qsizetype stuffing = expected.count("\r\n..") + (expected.startsWith("..") ? 1 : 0);
    QCOMPARE(facts->size, expected.size() - stuffing - 3);
    QCOMPARE(facts->lines, expected.count("\r\n") - 1);
    QCOMPARE(drain(source), expected);
}

void tst_MessageSource::sameForEveryChunkSize()
{
    // CRLFs, bare CRs and leading dots at every offset modulo the small chunk sizes.
    const QByteArray tricky("..\r\n.\r\r\n.a\n.\r.\n\r\n.\r\nx.\r\n\r\r\r\n\n\n..x\r");
    const QByteArray expected = referencePayload(tricky);
    QCOMPARE(payloadOf(tricky), expected);
    for (qsizetype size = 1; size <= 20; ++size) {
        MessageSource source = MessageSource::fromBytes(tricky);
        QByteArray payload;
        while (!source.atEnd()) {
            const QByteArray chunk = source.nextChunk(size);
            QVERIFY2(chunk.size() <= size, qPrintable(QStringLiteral("chunk size %1").arg(size)));
            QVERIFY(!chunk.isEmpty());
            payload += chunk;
        }
        QVERIFY(source.nextChunk(size).isEmpty());
        QCOMPARE(payload, expected);
    }
    for (qint64 step = 1; step <= 20; ++step) {
        TrickleDevice device(tricky, step, false);
        MessageSource source(&device);
        QCOMPARE(drain(source, 7), expected);
    }
}

void tst_MessageSource::matchesReferenceOnRandomInput()
{
    QRandomGenerator random(20260303);
    const QByteArray alphabet = QByteArrayLiteral("a.\r\n\0\xc3 ");
    for (int round = 0; round < 3000; ++round) {
        QByteArray message;
        const int length = random.bounded(0, 48);
        for (int i = 0; i < length; ++i)
            message += alphabet.at(random.bounded(0, int(alphabet.size())));
        const QByteArray expected = referencePayload(message);
        const qsizetype chunk = random.bounded(1, 9);
        const QByteArray payload = payloadOf(message, chunk);
        QVERIFY2(payload == expected, message.toPercentEncoding().constData());

        // What no payload may hold: a CR without LF, an LF without CR, a "." line before the end.
        QCOMPARE(payload.count('\r'), payload.count("\r\n"));
        QCOMPARE(payload.count('\n'), payload.count("\r\n"));
        QVERIFY(payload == ".\r\n" || payload.endsWith("\r\n.\r\n"));
        QCOMPARE(payload.count("\r\n.\r\n"), payload == ".\r\n" ? 0 : 1);

        MessageSource source = MessageSource::fromBytes(message);
        QString error;
        const auto facts = source.scan(&error);
        QVERIFY2(facts, qPrintable(error));
        QCOMPARE(facts->payloadSize, expected.size());
        qsizetype bareLf = 0;
        qsizetype bareCr = 0;
        for (qsizetype i = 0; i < message.size(); ++i) {
            bareLf += message.at(i) == '\n' && (i == 0 || message.at(i - 1) != '\r');
            bareCr += message.at(i) == '\r' && (i + 1 == message.size() || message.at(i + 1) != '\n');
        }
        QCOMPARE(facts->bareLf, bareLf);
        QCOMPARE(facts->bareCr, bareCr);
        QCOMPARE(facts->nulBytes, message.count('\0'));
        QCOMPARE(facts->eightBit, message.contains('\xc3'));
    }
}

void tst_MessageSource::facts_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<qint64>("lines");
    QTest::addColumn<qint64>("bareLf");
    QTest::addColumn<qint64>("bareCr");
    QTest::addColumn<qint64>("nulBytes");
    QTest::addColumn<qint64>("longLines");
    QTest::addColumn<qint64>("longestLine");
    QTest::addColumn<bool>("eightBit");
    QTest::addColumn<bool>("nonAsciiHeaders");

    const QByteArray line998(998, 'x');
    const QByteArray line999(999, 'y');
    const QByteArray ascii("Subject: hi\r\n\r\nbody\r\n");

    QTest::newRow("empty") << QByteArray() << 0LL << 0LL << 0LL << 0LL << 0LL << 0LL << 0LL << false << false;
    QTest::newRow("only CRLF") << QByteArray("\r\n") << 2LL << 1LL << 0LL << 0LL << 0LL << 0LL << 0LL << false << false;
    QTest::newRow("headers and body") << ascii << qint64(ascii.size()) << 3LL << 0LL << 0LL << 0LL << 0LL << 11LL
                                      << false << false;
    // SIZE counts the CRLF that completes an unterminated last line (RFC 5321 §4.1.1.4).
    QTest::newRow("no final CRLF") << QByteArray("abc") << 5LL << 1LL << 0LL << 0LL << 0LL << 0LL << 3LL << false
                                   << false;
    // Dots are not counted (RFC 1870 §5), nor in the line length (RFC 5321 §4.5.3.1.6).
    QTest::newRow("stuffed dot") << QByteArray(".ab\r\n") << 5LL << 1LL << 0LL << 0LL << 0LL << 0LL << 3LL << false
                                 << false;
    QTest::newRow("bare LF grows by one")
        << QByteArray("a\nb\n") << 6LL << 2LL << 2LL << 0LL << 0LL << 0LL << 1LL << false << false;
    QTest::newRow("bare CR") << QByteArray("a\rb") << 6LL << 2LL << 0LL << 1LL << 0LL << 0LL << 1LL << false << false;
    QTest::newRow("CR at the end") << QByteArray("a\r") << 3LL << 1LL << 0LL << 1LL << 0LL << 0LL << 1LL << false
                                   << false;
    QTest::newRow("mixed") << QByteArray("1\r\n2\n3\r4\r\n\n") << 14LL << 5LL << 2LL << 1LL << 0LL << 0LL << 1LL
                           << false << false;
    QTest::newRow("NUL") << QByteArrayLiteral("a\0b\r\n\0\r\n") << 8LL << 2LL << 0LL << 0LL << 2LL << 0LL << 3LL
                         << false << false;
    QTest::newRow("8-bit body only") << QByteArray("Subject: hi\r\n\r\ncaf\xc3\xa9\r\n") << 22LL << 3LL << 0LL << 0LL
                                     << 0LL << 0LL << 11LL << true << false;
    QTest::newRow("8-bit in the second body line") << QByteArray("A: b\r\n\r\nline\r\n\xc3\xa9\r\n") << 18LL << 4LL
                                                   << 0LL << 0LL << 0LL << 0LL << 4LL << true << false;
    QTest::newRow("8-bit header") << QByteArray("Subject: caf\xc3\xa9\r\n\r\nbody\r\n") << 24LL << 3LL << 0LL << 0LL
                                  << 0LL << 0LL << 14LL << true << true;
    QTest::newRow("8-bit in last header line") << QByteArray("A: b\r\nFrom: \xe5\xb1\xb1\r\n\r\n") << 19LL << 3LL << 0LL
                                               << 0LL << 0LL << 0LL << 9LL << true << true;
    QTest::newRow("Latin-1 header") << QByteArray("Subject: \xe9t\xe9\r\n\r\nx\r\n") << 19LL << 3LL << 0LL << 0LL << 0LL
                                    << 0LL << 12LL << true << true;
    QTest::newRow("no headers: empty first line")
        << QByteArray("\r\n\xe9\r\n") << 5LL << 2LL << 0LL << 0LL << 0LL << 0LL << 1LL << true << false;
    QTest::newRow("header ends at bare-LF empty line")
        << QByteArray("a: b\n\n\xe9\n") << 11LL << 3LL << 3LL << 0LL << 0LL << 0LL << 4LL << true << false;
    QTest::newRow("DEL is 7-bit") << QByteArray("\x7f\r\n") << 3LL << 1LL << 0LL << 0LL << 0LL << 0LL << 1LL << false
                                  << false;
    QTest::newRow("998 octets is fine") << QByteArray(line998 + "\r\n") << 1000LL << 1LL << 0LL << 0LL << 0LL << 0LL
                                        << 998LL << false << false;
    QTest::newRow("999 octets is long") << QByteArray(line999 + "\r\n") << 1001LL << 1LL << 0LL << 0LL << 0LL << 1LL
                                        << 999LL << false << false;
    QTest::newRow("long last line unterminated") << QByteArray(line998 + "\r\n" + line999) << 2001LL << 2LL << 0LL
                                                 << 0LL << 0LL << 1LL << 999LL << false << false;
    QTest::newRow("two long lines") << QByteArray(line999 + "\n" + QByteArray(5000, 'z') + "\r\n") << 6003LL << 2LL
                                    << 1LL << 0LL << 0LL << 2LL << 5000LL << false << false;
    QTest::newRow("998 with a stuffing dot") << QByteArray("." + line998.mid(1) + "\r\n") << 1000LL << 1LL << 0LL << 0LL
                                             << 0LL << 0LL << 998LL << false << false;
}

void tst_MessageSource::facts()
{
    QFETCH(QByteArray, message);
    // Through 1-, 3- and 64 KiB reads: counters must not depend on where reads split the lines.
    for (const qint64 step : {qint64(1), qint64(3), qint64(MessageSource::kDefaultChunkSize)}) {
        TrickleDevice device(message, step, false);
        MessageSource source(&device);
        QString error;
        const auto facts = source.scan(&error);
        QVERIFY2(facts, qPrintable(error));
        QTEST(facts->size, "size");
        QTEST(facts->lines, "lines");
        QTEST(facts->bareLf, "bareLf");
        QTEST(facts->bareCr, "bareCr");
        QTEST(facts->nulBytes, "nulBytes");
        QTEST(facts->longLines, "longLines");
        QTEST(facts->longestLine, "longestLine");
        QTEST(facts->eightBit, "eightBit");
        QTEST(facts->nonAsciiHeaders, "nonAsciiHeaders");
        QCOMPARE(facts->hasBareLineEndings(), facts->bareLf + facts->bareCr > 0);
        QCOMPARE(facts->payloadSize, drain(source).size());
    }
}

void tst_MessageSource::scanRewinds()
{
    const QByteArray message("Subject: x\n\n.body\n");
    MessageSource source = MessageSource::fromBytes(message);
    QString error;
    const auto first = source.scan(&error);
    QVERIFY2(first, qPrintable(error));
    const auto second = source.scan(&error);
    QVERIFY2(second, qPrintable(error));
    QCOMPARE(second->size, first->size);
    QCOMPARE(second->bareLf, 3);
    QCOMPARE(drain(source), referencePayload(message));
}

void tst_MessageSource::scanAfterPartialSendRestarts()
{
    const QByteArray message = QByteArray(".abc\r\n").repeated(100);
    MessageSource source = MessageSource::fromBytes(message);
    QCOMPARE(source.nextChunk(10).size(), 10);
    QVERIFY(source.bytesRead() > 0);
    QString error;
    QVERIFY2(source.scan(&error), qPrintable(error));
    QCOMPARE(source.bytesRead(), 0);
    QCOMPARE(source.bytesProduced(), 0);
    QCOMPARE(drain(source), referencePayload(message));
}

void tst_MessageSource::scanStartsWhereTheDeviceWas()
{
    QBuffer buffer;
    buffer.setData(QByteArray("From junk\n.line\r\n"));
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QVERIFY(buffer.seek(10));
    MessageSource source(&buffer);
    QString error;
    const auto facts = source.scan(&error);
    QVERIFY2(facts, qPrintable(error));
    QCOMPARE(facts->size, 7);
    QCOMPARE(buffer.pos(), 10);
    QCOMPARE(drain(source), QByteArray("..line\r\n.\r\n"));
}

void tst_MessageSource::scanRefusesSequentialDevice()
{
    TrickleDevice device(QByteArray("a\r\n"), 64, true);
    MessageSource source(&device);
    QString error;
    QVERIFY(!source.scan(&error));
    QVERIFY(error.contains(QStringLiteral("temporary file")));
    // It can still be sent once.
    QCOMPARE(drain(source), QByteArray("a\r\n.\r\n"));
}

void tst_MessageSource::scanRefusesClosedDevice()
{
    QBuffer buffer;
    MessageSource source(&buffer);
    QString error;
    QVERIFY(!source.scan(&error));
    QVERIFY(!error.isEmpty());
    QVERIFY(source.nextChunk().isEmpty());
    QVERIFY(source.atEnd());
    QVERIFY(source.hasError());
}

void tst_MessageSource::readFailureWithholdsTerminator()
{
    const QByteArray message = QByteArray("line\r\n").repeated(50);
    TrickleDevice device(message, 7, false, 100);
    MessageSource source(&device);
    QString error;
    QVERIFY(!source.scan(&error));
    QVERIFY2(error.contains(QStringLiteral("simulated read error")), qPrintable(error));

    QByteArray payload;
    while (!source.atEnd())
        payload += source.nextChunk(16);
    QVERIFY(source.hasError());
    QVERIFY(source.errorString().contains(QStringLiteral("simulated read error")));
    QVERIFY(payload.size() <= 100);
    QVERIFY(!payload.endsWith("\r\n.\r\n"));
    QVERIFY(source.nextChunk().isEmpty());
}

void tst_MessageSource::progressCounters()
{
    const QByteArray message("a\n.b\n");
    MessageSource source = MessageSource::fromBytes(message);
    QString error;
    const auto facts = source.scan(&error);
    QVERIFY2(facts, qPrintable(error));
    QCOMPARE(source.bytesRead(), 0);
    QVERIFY(!source.atEnd());
    const QByteArray payload = drain(source, 2);
    QCOMPARE(source.bytesRead(), message.size());
    QCOMPARE(source.bytesProduced(), payload.size());
    QCOMPARE(source.bytesProduced(), facts->payloadSize);
    QVERIFY(!source.hasError());
    QVERIFY(source.errorString().isEmpty());
}

void tst_MessageSource::spoolSequentialDevice()
{
    QByteArray message;
    for (int i = 0; i < 20000; ++i)
        message += QByteArray::number(i) + (i % 7 == 0 ? "\n" : "\r\n") + (i % 5 == 0 ? "." : "");
    TrickleDevice stdinLike(message, 4093, true);
    QString error;
    std::unique_ptr<QIODevice> spooled = MessageSource::spoolToTemporaryFile(stdinLike, &error);
    QVERIFY2(spooled, qPrintable(error));
    QVERIFY(!spooled->isSequential());
    QCOMPARE(spooled->pos(), 0);
    QCOMPARE(spooled->size(), message.size());
    QVERIFY(qobject_cast<QTemporaryFile *>(spooled.get()));
    const QString fileName = qobject_cast<QTemporaryFile *>(spooled.get())->fileName();
    QVERIFY(QFile::exists(fileName));

    {
        MessageSource source(std::move(spooled));
        const auto facts = source.scan(&error);
        QVERIFY2(facts, qPrintable(error));
        const QByteArray expected = referencePayload(message);
        QCOMPARE(facts->payloadSize, expected.size());
        QCOMPARE(drain(source), expected);
    }
    QVERIFY(!QFile::exists(fileName)); // the owning source removed it
}

void tst_MessageSource::spoolRefusesClosedDevice()
{
    QBuffer closed;
    QString error;
    QVERIFY(!MessageSource::spoolToTemporaryFile(closed, &error));
    QVERIFY(!error.isEmpty());

    TrickleDevice failing(QByteArray(1000, 'a'), 10, true, 500);
    error.clear();
    QVERIFY(!MessageSource::spoolToTemporaryFile(failing, &error));
    QVERIFY2(error.contains(QStringLiteral("simulated read error")), qPrintable(error));
}

void tst_MessageSource::composeGolden()
{
    MessageSource::Composition c = simpleComposition();
    c.cc = {QStringLiteral("carol@example.com"), QStringLiteral("  "), QStringLiteral(" dave@example.com ")};
    c.extraHeaders = {{QStringLiteral("X-Mailer"), QStringLiteral("SMTP Doctor")}};
    const QByteArray expected = "From: Alice <alice@example.org>\r\n"
                                "To: bob@example.net\r\n"
                                "Cc: carol@example.com, dave@example.com\r\n"
                                "Subject: Hello\r\n"
                                "Date: Tue, 03 Mar 2026 09:05:07 +0900\r\n"
                                "Message-ID: <fixed@example.org>\r\n"
                                "MIME-Version: 1.0\r\n"
                                "Content-Type: text/plain; charset=UTF-8\r\n"
                                "Content-Transfer-Encoding: 7bit\r\n"
                                "X-Mailer: SMTP Doctor\r\n"
                                "\r\n"
                                "Hi Bob\r\n"
                                ".\r\n"
                                "Bye\r\n";
    const QByteArray message = composeOrFail(c);
    QCOMPARE(message, expected);
    // compose() does not stuff; the payload does.
    QVERIFY(payloadOf(message).endsWith("Hi Bob\r\n..\r\nBye\r\n.\r\n"));

    c.to.clear();
    c.cc.clear();
    c.subject.clear();
    const QByteArray bare = composeOrFail(c);
    QVERIFY(!bare.contains("\r\nTo:"));
    QVERIFY(!bare.contains("\r\nCc:"));
    QVERIFY(bare.contains("\r\nSubject:\r\n"));
}

void tst_MessageSource::composeDate_data()
{
    QTest::addColumn<QDateTime>("date");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("+0900") << QDateTime(QDate(2026, 3, 3), QTime(9, 5, 7), QTimeZone(9 * 3600))
                           << QByteArray("Tue, 03 Mar 2026 09:05:07 +0900");
    QTest::newRow("-0330") << QDateTime(QDate(2025, 12, 31), QTime(23, 59, 59), QTimeZone(-(3 * 3600 + 1800)))
                           << QByteArray("Wed, 31 Dec 2025 23:59:59 -0330");
    QTest::newRow("UTC") << QDateTime(QDate(2024, 2, 29), QTime(0, 0), QTimeZone::utc())
                         << QByteArray("Thu, 29 Feb 2024 00:00:00 +0000");
    QTest::newRow("+0545") << QDateTime(QDate(2024, 7, 1), QTime(14, 30), QTimeZone(5 * 3600 + 45 * 60))
                           << QByteArray("Mon, 01 Jul 2024 14:30:00 +0545");
}

void tst_MessageSource::composeDate()
{
    QFETCH(QDateTime, date);
    QFETCH(QByteArray, expected);
    MessageSource::Composition c = simpleComposition();
    c.date = date;
    QCOMPARE(header(composeOrFail(c), "Date"), expected);

    // An invalid date means now, still in RFC 5322 §3.3 form.
    c.date = QDateTime();
    static const QRegularExpression now(
        QStringLiteral("^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d\\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
                       "\\d{4} \\d\\d:\\d\\d:\\d\\d [+-]\\d{4}$"));
    const QString generated = QString::fromLatin1(header(composeOrFail(c), "Date"));
    QVERIFY2(now.match(generated).hasMatch(), qPrintable(generated));
}

void tst_MessageSource::composeJapaneseSubject()
{
    MessageSource::Composition c = simpleComposition();
    c.subject = QStringLiteral("テスト件名");
    const QByteArray message = composeOrFail(c);
    const QByteArray subject = header(message, "Subject");
    QVERIFY2(subject.startsWith("=?UTF-8?B?"), subject.constData());
    bool valid = false;
    QCOMPARE(decodeEncodedWords(subject, &valid), c.subject);
    QVERIFY(valid);
    // The header section stays 7-bit: no SMTPUTF8 needed for a Japanese subject alone.
    MessageSource source = MessageSource::fromBytes(message);
    QString error;
    const auto facts = source.scan(&error);
    QVERIFY2(facts, qPrintable(error));
    QVERIFY(!facts->nonAsciiHeaders);
    QVERIFY(!facts->eightBit);
}

void tst_MessageSource::composeLongSubjectKeepsCharactersWhole_data()
{
    QTest::addColumn<QString>("subject");
    QTest::newRow("Japanese x40") << QStringLiteral("日本語の件名です").repeated(40);
    QTest::newRow("emoji (4-byte UTF-8)") << QStringLiteral("📧✉️ メール 🎉").repeated(30);
    QTest::newRow("mixed ASCII and 2-byte") << QStringLiteral("Grüße aus Köln, ").repeated(20);
    QTest::newRow("ASCII with =? marker") << QStringLiteral("price =?50 USD");
    QTest::newRow("ASCII with ESC") << QStringLiteral("bell \x1b[2J");
    for (int offset = 0; offset < 4; ++offset) {
        QTest::addRow("offset %d", offset) << QString(offset, u'a') + QStringLiteral("件名").repeated(60);
    }
}

void tst_MessageSource::composeLongSubjectKeepsCharactersWhole()
{
    QFETCH(QString, subject);
    MessageSource::Composition c = simpleComposition();
    c.subject = subject;
    const QByteArray message = composeOrFail(c);
    const QByteArrayList lines = headerLines(message, "Subject");
    QVERIFY(!lines.isEmpty());
    for (const QByteArray &line : lines) {
        // RFC 2047 §2: a line holding an encoded-word is at most 76 characters.
        QVERIFY2(line.size() <= 76, line.constData());
        QVERIFY2(std::all_of(line.cbegin(), line.cend(), [](char ch) { return ch >= 0x20 && ch < 0x7f; }),
                 line.constData());
    }
    auto it = encodedWordPattern().globalMatch(QString::fromLatin1(header(message, "Subject")));
    int words = 0;
    while (it.hasNext()) {
        QVERIFY(it.next().capturedLength() <= 75); // RFC 2047 §2
        ++words;
    }
    QVERIFY(words >= 1);
    bool valid = false;
    QCOMPARE(decodeEncodedWords(header(message, "Subject"), &valid), subject);
    QVERIFY2(valid, "a UTF-8 character was split between two encoded-words");
}

void tst_MessageSource::composeFoldsLongAsciiSubject()
{
    MessageSource::Composition c = simpleComposition();
    c.subject = QStringLiteral("Quarterly report on the state of outbound mail delivery, including deferrals and "
                               "bounces, for all regions");
    const QByteArray message = composeOrFail(c);
    const QByteArrayList lines = headerLines(message, "Subject");
    QVERIFY(lines.size() > 1);
    for (const QByteArray &line : lines)
        QVERIFY2(line.size() <= 78, line.constData());
    QCOMPARE(header(message, "Subject"), c.subject.toLatin1());
}

void tst_MessageSource::composeFoldsLongAddressList()
{
    MessageSource::Composition c = simpleComposition();
    c.to.clear();
    for (int i = 0; i < 30; ++i)
        c.to.append(QStringLiteral("recipient%1@example.org").arg(i));
    c.to.append(QStringLiteral("山田 <yamada@例え.jp>"));
    const QByteArray message = composeOrFail(c);
    const QByteArrayList lines = headerLines(message, "To");
    QVERIFY(lines.size() > 1);
    for (const QByteArray &line : lines)
        QVERIFY2(line.size() <= 78, line.constData());
    QCOMPARE(QString::fromUtf8(header(message, "To")), c.to.join(QStringLiteral(", ")));
}

void tst_MessageSource::composeRefusesInjection_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("subject CRLF Bcc") << QStringLiteral("subject") << QStringLiteral("hi\r\nBcc: x@evil.example");
    QTest::newRow("subject LF") << QStringLiteral("subject") << QStringLiteral("hi\nBcc: x");
    QTest::newRow("subject CR") << QStringLiteral("subject") << QStringLiteral("hi\rBcc: x");
    QTest::newRow("subject NUL") << QStringLiteral("subject") << QStringLiteral("hi") + QChar(0);
    QTest::newRow("subject leading CRLF") << QStringLiteral("subject") << QStringLiteral("\r\nBcc: x");
    QTest::newRow("from") << QStringLiteral("from") << QStringLiteral("a@b\r\nBcc: x");
    QTest::newRow("from empty") << QStringLiteral("from") << QStringLiteral("  ");
    QTest::newRow("to") << QStringLiteral("to") << QStringLiteral("a@b\nBcc: x");
    QTest::newRow("cc") << QStringLiteral("cc") << QStringLiteral("a@b\rBcc: x");
    QTest::newRow("message-id") << QStringLiteral("messageId") << QStringLiteral("<a@b>\r\nBcc: x");
    QTest::newRow("extra value") << QStringLiteral("extraValue") << QStringLiteral("v\r\nBcc: x");
    QTest::newRow("extra name with colon") << QStringLiteral("extraName") << QStringLiteral("X-A: b");
    QTest::newRow("extra name with CRLF") << QStringLiteral("extraName") << QStringLiteral("Bcc\r\nX-A");
    QTest::newRow("extra name with space") << QStringLiteral("extraName") << QStringLiteral("X A");
    QTest::newRow("extra name non-ASCII") << QStringLiteral("extraName") << QStringLiteral("X-件名");
    QTest::newRow("extra name empty") << QStringLiteral("extraName") << QString();
    QTest::newRow("extra duplicates Subject") << QStringLiteral("extraName") << QStringLiteral("subject");
    QTest::newRow("extra duplicates Message-ID") << QStringLiteral("extraName") << QStringLiteral("Message-Id");
}

void tst_MessageSource::composeRefusesInjection()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    MessageSource::Composition c = simpleComposition();
    if (field == QLatin1String("subject"))
        c.subject = value;
    else if (field == QLatin1String("from"))
        c.from = value;
    else if (field == QLatin1String("to"))
        c.to.append(value);
    else if (field == QLatin1String("cc"))
        c.cc.append(value);
    else if (field == QLatin1String("messageId"))
        c.messageId = value;
    else if (field == QLatin1String("extraValue"))
        c.extraHeaders.append({QStringLiteral("X-Test"), value});
    else
        c.extraHeaders.append({value, QStringLiteral("value")});

    QString error;
    const auto message = MessageSource::compose(c, &error);
    QVERIFY2(!message, message ? message->constData() : "");
    QVERIFY(!error.isEmpty());
    // The same composition with a harmless value goes through: the refusal was about the value.
    QVERIFY(MessageSource::compose(simpleComposition(), &error));
}

void tst_MessageSource::composeMessageId_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("messageId");
    QTest::addColumn<QString>("pattern");
    const auto generated = [](const char *domain) -> QString {
        return QStringLiteral("<[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}@") +
               QString::fromLatin1(domain) + u'>';
    };
    QTest::newRow("generated, plain address")
        << QStringLiteral("alice@example.org") << QString() << generated("example\\.org");
    QTest::newRow("generated, display name")
        << QStringLiteral("\"A@B\" <alice@mail.example.org>") << QString() << generated("mail\\.example\\.org");
    QTest::newRow("generated, IDN domain as ACE")
        << QStringLiteral("用户@例え.jp") << QString() << generated("xn--r8jz45g\\.jp");
    QTest::newRow("generated, no domain")
        << QStringLiteral("postmaster") << QString() << generated("smtp-doctor\\.invalid");
    QTest::newRow("given") << QStringLiteral("a@b.example") << QStringLiteral("<x.1@host.example>")
                           << QStringLiteral("<x\\.1@host\\.example>");
    QTest::newRow("given without brackets") << QStringLiteral("a@b.example") << QStringLiteral("x.2@host.example")
                                            << QStringLiteral("<x\\.2@host\\.example>");
}

void tst_MessageSource::composeMessageId()
{
    QFETCH(QString, from);
    QFETCH(QString, messageId);
    QFETCH(QString, pattern);
    MessageSource::Composition c = simpleComposition();
    c.from = from;
    c.messageId = messageId;
    const QString id = QString::fromUtf8(header(composeOrFail(c), "Message-ID"));
    const QRegularExpression expression(QRegularExpression::anchoredPattern(pattern));
    QVERIFY2(expression.match(id).hasMatch(), qPrintable(id));
}

void tst_MessageSource::composeMessageIdsAreUnique()
{
    MessageSource::Composition c = simpleComposition();
    c.messageId.clear();
    QCOMPARE_NE(header(composeOrFail(c), "Message-ID"), header(composeOrFail(c), "Message-ID"));
}

void tst_MessageSource::composeTransferEncoding_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QByteArray>("encoding");
    QTest::newRow("ASCII") << QStringLiteral("plain\nold text") << QByteArray("7bit");
    QTest::newRow("empty") << QString() << QByteArray("7bit");
    QTest::newRow("UTF-8") << QStringLiteral("こんにちは\r\n") << QByteArray("8bit");
    QTest::newRow("998 octets") << QString(998, u'x') << QByteArray("7bit");
    // RFC 2045 §2.7: 7bit and 8bit data have no lines over 998 octets and no NUL.
    QTest::newRow("999 octets") << QString(999, u'x') << QByteArray("base64");
    QTest::newRow("NUL") << QStringLiteral("a") + QChar(0) + QStringLiteral("b") << QByteArray("base64");
}

void tst_MessageSource::composeTransferEncoding()
{
    QFETCH(QString, body);
    QFETCH(QByteArray, encoding);
    MessageSource::Composition c = simpleComposition();
    c.body = body;
    const QByteArray message = composeOrFail(c);
    QCOMPARE(header(message, "Content-Transfer-Encoding"), encoding);
    QCOMPARE(header(message, "Content-Type"), QByteArray("text/plain; charset=UTF-8"));
    QCOMPARE(header(message, "MIME-Version"), QByteArray("1.0"));

    MessageSource source = MessageSource::fromBytes(message);
    QString error;
    const auto facts = source.scan(&error);
    QVERIFY2(facts, qPrintable(error));
    QCOMPARE(facts->bareLf, 0);
    QCOMPARE(facts->bareCr, 0);
    QCOMPARE(facts->nulBytes, 0);
    QCOMPARE(facts->longLines, 0);
    QCOMPARE(facts->eightBit, encoding == "8bit");

    QByteArray sentBody = message.mid(message.indexOf("\r\n\r\n") + 4);
    if (encoding == "base64")
        sentBody = QByteArray::fromBase64(sentBody);
    QString expected = body;
    expected.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    if (!expected.isEmpty() && !expected.endsWith(u'\n'))
        expected += u'\n';
    QCOMPARE(QString::fromUtf8(sentBody).replace(QStringLiteral("\r\n"), QStringLiteral("\n")), expected);
}

void tst_MessageSource::composeFactsForEai()
{
    // RFC 6532: UTF-8 addresses travel as they are and make the header section 8-bit (SMTPUTF8).
    MessageSource::Composition c = simpleComposition();
    c.from = QStringLiteral("山田 <yamada@例え.jp>");
    const QByteArray message = composeOrFail(c);
    QCOMPARE(header(message, "From"), c.from.toUtf8());
    MessageSource source = MessageSource::fromBytes(message);
    QString error;
    const auto facts = source.scan(&error);
    QVERIFY2(facts, qPrintable(error));
    QVERIFY(facts->nonAsciiHeaders);
    QVERIFY(facts->eightBit);

    // An 8-bit body alone asks for 8BITMIME but not SMTPUTF8.
    c = simpleComposition();
    c.body = QStringLiteral("Grüße");
    MessageSource bodyOnly = MessageSource::fromBytes(composeOrFail(c));
    const auto bodyFacts = bodyOnly.scan(&error);
    QVERIFY2(bodyFacts, qPrintable(error));
    QVERIFY(!bodyFacts->nonAsciiHeaders);
    QVERIFY(bodyFacts->eightBit);
}

void tst_MessageSource::streamsHundredMegabytes()
{
    // One 1 MiB block of lines (leading dots, bare LFs, a long line) that ends at a line end, so the
    // payload of 100 blocks is 100 block payloads and one terminator.
    QByteArray block;
    for (int i = 0; block.size() < 1024 * 1024 - 2000; ++i) {
        if (i % 13 == 0)
            block += ".dot line " + QByteArray::number(i) + "\r\n";
        else if (i % 17 == 0)
            block += "bare line feed " + QByteArray::number(i) + '\n';
        else if (i % 4099 == 0)
            block += QByteArray(1500, 'L') + "\r\n";
        else
            block += "Lorem ipsum dolor sit amet, consectetur adipiscing elit " + QByteArray::number(i) + "\r\n";
    }
    block += QByteArray(1024 * 1024 - block.size() - 2, 'p') + "\r\n";
    QCOMPARE(block.size(), 1024 * 1024);
    constexpr int blocks = 100;

    const QByteArray blockPayload = payloadOf(block).chopped(3);
    QCryptographicHash expectedHash(QCryptographicHash::Sha256);
    for (int i = 0; i < blocks; ++i)
        expectedHash.addData(blockPayload);
    expectedHash.addData(QByteArrayView(".\r\n"));
    MessageSource blockSource = MessageSource::fromBytes(block);
    QString error;
    const auto blockFacts = blockSource.scan(&error);
    QVERIFY2(blockFacts, qPrintable(error));

    QElapsedTimer timer;
    timer.start();
    QTemporaryFile file;
    QVERIFY(file.open());
    for (int i = 0; i < blocks; ++i)
        QCOMPARE(file.write(block), block.size());
    QVERIFY(file.flush());
    QVERIFY(file.seek(0));
    const qint64 written = timer.restart();

    MessageSource source(&file);
    const auto facts = source.scan(&error);
    QVERIFY2(facts, qPrintable(error));
    const qint64 scanned = timer.restart();
    QCOMPARE(facts->size, blockFacts->size * blocks);
    QCOMPARE(facts->lines, blockFacts->lines * blocks);
    QCOMPARE(facts->bareLf, blockFacts->bareLf * blocks);
    QCOMPARE(facts->longLines, blockFacts->longLines * blocks);
    QCOMPARE(facts->longestLine, blockFacts->longestLine);
    QVERIFY(blockFacts->longLines >= 4);
    QCOMPARE(facts->payloadSize, qint64(blockPayload.size()) * blocks + 3);
    QCOMPARE(file.pos(), 0);

    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 total = 0;
    qsizetype largest = 0;
    bool first = true;
    while (!source.atEnd()) {
        const QByteArray chunk = source.nextChunk();
        if (first) {
            // Flat memory: the first chunk read about one chunk of the file, not the file.
            QVERIFY2(source.bytesRead() <= MessageSource::kDefaultChunkSize, qPrintable(QString::number(file.pos())));
            first = false;
        }
        largest = qMax(largest, chunk.size());
        total += chunk.size();
        hash.addData(chunk);
    }
    const qint64 streamed = timer.elapsed();
    qInfo("100 MiB: write %lld ms, scan %lld ms, stream and hash %lld ms", written, scanned, streamed);

    QVERIFY(!source.hasError());
    QCOMPARE(largest, MessageSource::kDefaultChunkSize);
    QCOMPARE(total, facts->payloadSize);
    QCOMPARE(source.bytesRead(), qint64(block.size()) * blocks);
    QCOMPARE(hash.result().toHex(), expectedHash.result().toHex());
}

QTEST_GUILESS_MAIN(tst_MessageSource)
#include "tst_MessageSource.moc"

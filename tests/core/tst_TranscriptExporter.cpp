#include "core/smtp/SmtpReply.h"
#include "core/transcript/Transcript.h"
#include "core/transcript/TranscriptExporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

using Format = TranscriptExporter::Format;
using Sensitivity = Transcript::Sensitivity;
using Severity = TranscriptEntry::Severity;

// The AUTH PLAIN initial response: base64 of "\0alice\0Tr0ub4dor&3".
const QByteArray kSecretResponse = QByteArrayLiteral("AGFsaWNlAFRyMHViNGRvciYz");
const QByteArray kSecretPassword = QByteArrayLiteral("Tr0ub4dor&3");

const QByteArray kBadBytesReply = QByteArrayLiteral("250 Ok \xff\xfe caf\xc3\xa9 \x1b[31mred\x1b[0m\r\n");
const QByteArray kHtmlReply = QByteArrayLiteral("250-<script>alert(1)</script>\r\n"
                                                "250-\"quotes\" &amp; 'apostrophes'\r\n"
                                                "250 <img src=x onerror=y>\r\n");

// Column where the marker starts: "hh:mm:ss.zzz" + space + 9-wide latency + two spaces.
constexpr qsizetype kMarkerColumn = 12 + 1 + 9 + 2;

QString clock(const TranscriptEntry &entry)
{
    return entry.time().toLocalTime().toString(QStringLiteral("hh:mm:ss.zzz"));
}

QStringList linesOf(const QString &text)
{
    QStringList lines = text.split(u'\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

QString formatName(Format format)
{
    switch (format) {
    case Format::Text:
        return QStringLiteral("text");
    case Format::Json:
        return QStringLiteral("json");
    case Format::JsonLines:
        return QStringLiteral("jsonl");
    case Format::Html:
        break;
    }
    return QStringLiteral("html");
}

} // namespace

Q_DECLARE_METATYPE(Format)

class tst_TranscriptExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void formatFromName_data();
    void formatFromName();
    void problemKeysAreStable();
    void flagKeys();

    void textHeader();
    void textMarkers_data();
    void textMarkers();
    void textLayout();
    void textMultilineReply();
    void textRedactedHint();
    void textMalformedRemark();
    void textControlCharactersHarmless();

    void secretInNoExport_data();
    void secretInNoExport();

    void jsonDocument();
    void jsonEntryFields_data();
    void jsonEntryFields();
    void jsonReplyFields();
    void jsonMalformedReply();
    void jsonRawBase64_data();
    void jsonRawBase64();
    void jsonLines();

    void htmlIsWellFormedXml();
    void htmlEscapesEverything_data();
    void htmlEscapesEverything();
    void htmlRowsMatchEntries();
    void htmlStandalone();

    void writeCreatesFile_data();
    void writeCreatesFile();
    void writeReplacesExistingFile();
    void writeIntoMissingDirectoryFails();

private:
    const TranscriptEntry &entry(int index) const { return m_transcript.at(index); }
    QJsonObject jsonEntry(int index) const;
    QByteArray exported(Format format) const;

    Transcript m_transcript;
    qint64 m_now = 5000;
    int m_connectNote = -1;
    int m_greeting = -1;
    int m_ehlo = -1;
    int m_ehloReply = -1;
    int m_startTls = -1;
    int m_startTlsReply = -1;
    int m_tlsNote = -1;
    int m_ehloTls = -1;
    int m_auth = -1;
    int m_authReply = -1;
    int m_mail = -1;
    int m_mailReply = -1;
    int m_rcpt = -1;
    int m_rcptReply = -1;
    int m_garbage = -1;
    int m_badBytes = -1;
    int m_htmlReply = -1;
    int m_warningNote = -1;
};

void tst_TranscriptExporter::initTestCase()
{
    m_transcript.setClock([this] { return m_now; });
    const auto at = [this](qint64 elapsed) {
        m_now = 5000 + elapsed;
    };
    const auto client = [this](const char *line, SessionStage stage) {
        return m_transcript.addClientLine(QByteArrayView(line), stage, Sensitivity::Normal);
    };
    const auto server = [this](const QByteArray &bytes, SessionStage stage) {
        return m_transcript.addReply(SmtpReply::parse(bytes), stage);
    };

    m_connectNote = m_transcript.addNote(QStringLiteral("Connecting to mx.example.com port 25"), SessionStage::Connect);
    m_transcript.expectReply();
    at(120);
    m_greeting = server("220 mx.example.com ESMTP\r\n", SessionStage::Greeting);
    at(125);
    m_ehlo = client("EHLO client.example\r\n", SessionStage::Ehlo);
    at(180);
    m_ehloReply =
        server("250-mx.example.com\r\n250-PIPELINING\r\n250-STARTTLS\r\n250 AUTH PLAIN LOGIN\r\n", SessionStage::Ehlo);
    at(200);
    m_startTls = client("STARTTLS", SessionStage::StartTls);
    at(230);
    m_startTlsReply = server("220 2.0.0 Ready to start TLS\r\n", SessionStage::StartTls);
    m_transcript.setInsideTls(true);
    at(300);
    m_tlsNote = m_transcript.addNote(QStringLiteral("TLS 1.3 established"), SessionStage::StartTls);
    at(310);
    m_ehloTls = client("EHLO client.example", SessionStage::Ehlo);
    at(350);
    server("250-mx.example.com\r\n250 AUTH PLAIN\r\n", SessionStage::Ehlo);
    at(360);
    m_auth = m_transcript.addClientLine(QByteArray("AUTH PLAIN " + kSecretResponse + "\r\n"), SessionStage::Auth,
                                        Sensitivity::Normal);
    at(400);
    m_authReply = server("235 2.7.0 Authentication successful\r\n", SessionStage::Auth);
    at(410);
    m_mail = client("MAIL FROM:<alice@example.com>", SessionStage::Mail);
    at(420);
    m_mailReply = server("250 2.1.0 Ok\r\n", SessionStage::Mail);
    at(430);
    m_rcpt = client("RCPT TO:<nobody@example.com>", SessionStage::Rcpt);
    at(500);
    m_rcptReply =
        server("550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown\r\n", SessionStage::Rcpt);
    at(510);
    m_garbage = server("garbage\r\n", SessionStage::Rcpt);
    at(520);
    client("NOOP", SessionStage::Other);
    at(533);
    m_badBytes = server(kBadBytesReply, SessionStage::Other);
    at(540);
    client("HELP", SessionStage::Other);
    at(1540);
    m_htmlReply = server(kHtmlReply, SessionStage::Other);
    at(1541);
    m_warningNote = m_transcript.addNote(QStringLiteral("Server text contains <b>markup</b> & \"quotes\"\x1b[2J"),
                                         SessionStage::Other, Severity::Warning);

    // The scenario itself, so a change in Transcript cannot quietly hollow out the tests below.
    QVERIFY(entry(m_auth).isRedacted());
    QVERIFY(entry(m_garbage).reply().isMalformed());
    QVERIFY(entry(m_badBytes).reply().hasFlag(SmtpReply::Flag::InvalidUtf8));
    QVERIFY(entry(m_badBytes).reply().hasFlag(SmtpReply::Flag::ControlCharacters));
    QCOMPARE(entry(m_greeting).latencyMs(), qint64(120));
    QCOMPARE(entry(m_htmlReply).latencyMs(), qint64(1000));
    QVERIFY(!entry(m_garbage).hasLatency());
}

QJsonObject tst_TranscriptExporter::jsonEntry(int index) const
{
    const QJsonDocument document = QJsonDocument::fromJson(exported(Format::Json));
    return document.object().value(QStringLiteral("entries")).toArray().at(index).toObject();
}

QByteArray tst_TranscriptExporter::exported(Format format) const
{
    return TranscriptExporter::render(m_transcript.entries(), m_transcript.startTime(), format);
}

void tst_TranscriptExporter::formatFromName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("format"); // -1: not a format

    QTest::newRow("text") << QStringLiteral("text") << int(Format::Text);
    QTest::newRow("txt") << QStringLiteral("txt") << int(Format::Text);
    QTest::newRow("TXT") << QStringLiteral("TXT") << int(Format::Text);
    QTest::newRow("json") << QStringLiteral("json") << int(Format::Json);
    QTest::newRow("jsonl") << QStringLiteral("jsonl") << int(Format::JsonLines);
    QTest::newRow("ndjson") << QStringLiteral("ndjson") << int(Format::JsonLines);
    QTest::newRow("html") << QStringLiteral("html") << int(Format::Html);
    QTest::newRow("Htm") << QStringLiteral("Htm") << int(Format::Html);
    QTest::newRow("empty") << QString() << -1;
    QTest::newRow("pdf") << QStringLiteral("pdf") << -1;
    QTest::newRow("dotted") << QStringLiteral(".json") << -1;
    QTest::newRow("prefix") << QStringLiteral("tex") << -1;
}

void tst_TranscriptExporter::formatFromName()
{
    QFETCH(QString, name);
    QFETCH(int, format);
    const std::optional<Format> result = TranscriptExporter::formatFromName(name);
    QCOMPARE(result.has_value(), format >= 0);
    if (result)
        QCOMPARE(int(*result), format);
}

void tst_TranscriptExporter::problemKeysAreStable()
{
    using Problem = SmtpReply::Problem;
    QVERIFY(TranscriptExporter::problemKey(Problem::None).isEmpty());
    QCOMPARE(TranscriptExporter::problemKey(Problem::NoCode), QStringLiteral("no-code"));
    QCOMPARE(TranscriptExporter::problemKey(Problem::LineTooLong), QStringLiteral("line-too-long"));
    QSet<QString> seen;
    for (int i = int(Problem::EmptyLine); i <= int(Problem::Incomplete); ++i) {
        const QString key = TranscriptExporter::problemKey(Problem(i));
        QVERIFY2(QRegularExpression(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$")).match(key).hasMatch(), qPrintable(key));
        QVERIFY2(!seen.contains(key), qPrintable(key));
        seen.insert(key);
    }
}

void tst_TranscriptExporter::flagKeys()
{
    using Flag = SmtpReply::Flag;
    QCOMPARE(TranscriptExporter::flagKeys({}), QStringList());
    QCOMPARE(TranscriptExporter::flagKeys(Flag::EnhancedClassMismatch | Flag::BareLineFeed),
             QStringList({QStringLiteral("bare-line-feed"), QStringLiteral("enhanced-class-mismatch")}));
    QCOMPARE(TranscriptExporter::flagKeys(entry(m_badBytes).reply().flags()),
             QStringList({QStringLiteral("invalid-utf8"), QStringLiteral("control-characters")}));
}

void tst_TranscriptExporter::textHeader()
{
    const QStringList lines = linesOf(TranscriptExporter::toText(m_transcript.entries(), m_transcript.startTime()));
    QVERIFY(lines.size() > 3);
    QCOMPARE(lines.at(0), QStringLiteral("# SMTP Doctor transcript"));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("# Session started ")), qPrintable(lines.at(1)));
    const QDateTime start =
        QDateTime::fromString(lines.at(1).mid(QStringLiteral("# Session started ").size()), Qt::ISODateWithMs);
    QVERIFY(start.isValid());
    QCOMPARE(start.toMSecsSinceEpoch(), m_transcript.startTime().toMSecsSinceEpoch());
    QVERIFY(lines.at(2).startsWith(u'#'));
    // After the header, exactly the entries' own lines.
    QString body;
    for (const TranscriptEntry &e : m_transcript.entries())
        body += TranscriptExporter::textLine(e);
    QCOMPARE(lines.mid(3), linesOf(body));
}

void tst_TranscriptExporter::textMarkers_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("marker");
    QTest::addColumn<QString>("text");

    QTest::newRow("note") << m_connectNote << QStringLiteral("==")
                          << QStringLiteral("Connecting to mx.example.com port 25");
    QTest::newRow("greeting") << m_greeting << QStringLiteral("<-") << QStringLiteral("220 mx.example.com ESMTP");
    QTest::newRow("ehlo") << m_ehlo << QStringLiteral("->") << QStringLiteral("EHLO client.example");
    QTest::newRow("starttls") << m_startTls << QStringLiteral("->") << QStringLiteral("STARTTLS");
    QTest::newRow("220 before tls") << m_startTlsReply << QStringLiteral("<-")
                                    << QStringLiteral("220 2.0.0 Ready to start TLS");
    QTest::newRow("note in tls") << m_tlsNote << QStringLiteral("==") << QStringLiteral("TLS 1.3 established");
    QTest::newRow("ehlo in tls") << m_ehloTls << QStringLiteral("~>") << QStringLiteral("EHLO client.example");
    QTest::newRow("235 in tls") << m_authReply << QStringLiteral("<~")
                                << QStringLiteral("235 2.7.0 Authentication successful");
    QTest::newRow("550 in tls") << m_rcptReply << QStringLiteral("<~")
                                << QStringLiteral("550 5.1.1 <nobody@example.com>: Recipient address rejected: "
                                                  "User unknown");
    QTest::newRow("warning note") << m_warningNote << QStringLiteral("!!")
                                  << QStringLiteral("Server text contains <b>markup</b> & \"quotes\"\u241B[2J");
}

void tst_TranscriptExporter::textMarkers()
{
    QFETCH(int, index);
    QFETCH(QString, marker);
    QFETCH(QString, text);
    const QStringList lines = linesOf(TranscriptExporter::textLine(entry(index)));
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.at(0).mid(kMarkerColumn), marker + u' ' + text);
    QVERIFY(lines.at(0).startsWith(clock(entry(index)) + u' '));
}

void tst_TranscriptExporter::textLayout()
{
    QCOMPARE(TranscriptExporter::textLine(entry(m_greeting)),
             clock(entry(m_greeting)) + QStringLiteral("    120 ms  <- 220 mx.example.com ESMTP\n"));
    QCOMPARE(TranscriptExporter::textLine(entry(m_ehlo)),
             clock(entry(m_ehlo)) + QString(12, u' ') + QStringLiteral("-> EHLO client.example\n"));
    // A latency wider than the column pushes only its own line.
    QCOMPARE(linesOf(TranscriptExporter::textLine(entry(m_htmlReply))).at(0).mid(13, 9), QStringLiteral("  1000 ms"));
    QVERIFY(QRegularExpression(QStringLiteral("^\\d\\d:\\d\\d:\\d\\d\\.\\d\\d\\d $"))
                .match(clock(entry(m_greeting)) + u' ')
                .hasMatch());
}

void tst_TranscriptExporter::textMultilineReply()
{
    const QStringList lines = linesOf(TranscriptExporter::textLine(entry(m_ehloReply)));
    const QStringList expected{QStringLiteral("<- 250-mx.example.com"), QStringLiteral("<- 250-PIPELINING"),
                               QStringLiteral("<- 250-STARTTLS"), QStringLiteral("<- 250 AUTH PLAIN LOGIN")};
    QCOMPARE(lines.size(), expected.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QCOMPARE(lines.at(i).mid(kMarkerColumn), expected.at(i));
        QVERIFY(lines.at(i).startsWith(clock(entry(m_ehloReply))));
        // The latency stands on the first line only.
        QCOMPARE(lines.at(i).mid(13, 9), i == 0 ? QStringLiteral("    55 ms") : QString(9, u' '));
    }
}

void tst_TranscriptExporter::textRedactedHint()
{
    const QStringList lines = linesOf(TranscriptExporter::textLine(entry(m_auth)));
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.at(0).mid(kMarkerColumn), QStringLiteral("~> AUTH PLAIN ********  (hidden)"));
    QVERIFY(!TranscriptExporter::textLine(entry(m_mail)).contains(QStringLiteral("(hidden)")));
}

void tst_TranscriptExporter::textMalformedRemark()
{
    const QStringList lines = linesOf(TranscriptExporter::textLine(entry(m_garbage)));
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).mid(kMarkerColumn), QStringLiteral("<~ garbage"));
    QCOMPARE(lines.at(1).mid(kMarkerColumn), QStringLiteral("!! ") + entry(m_garbage).reply().problemDescription());
    QVERIFY(!entry(m_garbage).reply().problemDescription().isEmpty());
    QVERIFY(lines.at(1).startsWith(clock(entry(m_garbage))));
}

void tst_TranscriptExporter::textControlCharactersHarmless()
{
    const QString text = TranscriptExporter::toText(m_transcript.entries(), m_transcript.startTime());
    for (const QChar c : text) {
        QVERIFY2(c == u'\n' || c.unicode() >= 0x20, qPrintable(QString::number(c.unicode(), 16)));
        QVERIFY(c.unicode() != 0x7f);
    }
    const QStringList lines = linesOf(TranscriptExporter::textLine(entry(m_badBytes)));
    QCOMPARE(lines.at(0).mid(kMarkerColumn), QStringLiteral("<~ 250 Ok \uFFFD\uFFFD caf\u00e9 \u241B[31mred\u241B[0m"));
    // The warnings about the odd bytes follow the reply.
    QCOMPARE(lines.size(), 1 + entry(m_badBytes).reply().warnings().size());
    QVERIFY(lines.at(1).mid(kMarkerColumn).startsWith(QStringLiteral("!! ")));
}

void tst_TranscriptExporter::secretInNoExport_data()
{
    QTest::addColumn<Format>("format");
    QTest::newRow("text") << Format::Text;
    QTest::newRow("json") << Format::Json;
    QTest::newRow("jsonl") << Format::JsonLines;
    QTest::newRow("html") << Format::Html;
}

void tst_TranscriptExporter::secretInNoExport()
{
    QFETCH(Format, format);
    const QByteArray bytes = exported(format);
    QVERIFY(bytes.contains("AUTH PLAIN"));
    QVERIFY(!bytes.contains(kSecretResponse));
    QVERIFY(!bytes.contains(kSecretPassword));
    // Nor hidden in a base64 field: decode every base64-looking run and look again.
    static const QRegularExpression base64Run(QStringLiteral("[A-Za-z0-9+/]{8,}={0,2}"));
    for (const QRegularExpressionMatch &match : base64Run.globalMatch(QString::fromUtf8(bytes))) {
        const QByteArray decoded = QByteArray::fromBase64(match.captured().toLatin1());
        QVERIFY2(!decoded.contains(kSecretPassword), qPrintable(match.captured()));
    }
}

void tst_TranscriptExporter::jsonDocument()
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(exported(Format::Json), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject root = document.object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("smtp-doctor-transcript"));
    QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
    const QDateTime start =
        QDateTime::fromString(root.value(QStringLiteral("startTime")).toString(), Qt::ISODateWithMs);
    QCOMPARE(start, m_transcript.startTime());
    QCOMPARE(start.timeSpec(), Qt::UTC);
    const QJsonArray entries = root.value(QStringLiteral("entries")).toArray();
    QCOMPARE(entries.size(), m_transcript.size());
    for (int i = 0; i < entries.size(); ++i)
        QCOMPARE(entries.at(i).toObject(), TranscriptExporter::toJsonObject(entry(i)));
}

void tst_TranscriptExporter::jsonEntryFields_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("direction");
    QTest::addColumn<QString>("severity"); // empty: no "severity" key
    QTest::addColumn<bool>("tls");
    QTest::addColumn<QString>("stage");
    QTest::addColumn<int>("latency"); // -1: null
    QTest::addColumn<bool>("redacted");
    QTest::addColumn<bool>("hasReply");

    const QString client = QStringLiteral("client");
    const QString server = QStringLiteral("server");
    const QString note = QStringLiteral("note");
    const QString none;
    // clang-format off
    QTest::newRow("note")     << m_connectNote << note   << QStringLiteral("info")    << false
                              << QStringLiteral("connect")  << -1  << false << false;
    QTest::newRow("greeting") << m_greeting    << server << none                      << false
                              << QStringLiteral("greeting") << 120 << false << true;
    QTest::newRow("ehlo")     << m_ehlo        << client << none                      << false
                              << QStringLiteral("ehlo")     << -1  << false << false;
    QTest::newRow("tls note") << m_tlsNote     << note   << QStringLiteral("info")    << true
                              << QStringLiteral("starttls") << -1  << false << false;
    QTest::newRow("auth")     << m_auth        << client << none                      << true
                              << QStringLiteral("auth")     << -1  << true  << false;
    QTest::newRow("550")      << m_rcptReply   << server << none                      << true
                              << QStringLiteral("rcpt")     << 70  << false << true;
    QTest::newRow("garbage")  << m_garbage     << server << none                      << true
                              << QStringLiteral("rcpt")     << -1  << false << true;
    QTest::newRow("warning")  << m_warningNote << note   << QStringLiteral("warning") << true
                              << QStringLiteral("other")    << -1  << false << false;
    // clang-format on
}

void tst_TranscriptExporter::jsonEntryFields()
{
    QFETCH(int, index);
    QFETCH(QString, direction);
    QFETCH(QString, severity);
    QFETCH(bool, tls);
    QFETCH(QString, stage);
    QFETCH(int, latency);
    QFETCH(bool, redacted);
    QFETCH(bool, hasReply);

    const QJsonObject object = jsonEntry(index);
    QCOMPARE(object.value(QStringLiteral("index")).toInt(), index);
    QCOMPARE(object.value(QStringLiteral("direction")).toString(), direction);
    QCOMPARE(object.contains(QStringLiteral("severity")), !severity.isEmpty());
    QCOMPARE(object.value(QStringLiteral("severity")).toString(), severity);
    QCOMPARE(object.value(QStringLiteral("tls")).toBool(!tls), tls);
    QCOMPARE(object.value(QStringLiteral("stage")).toString(), stage);
    // Always present, null when the entry answers nothing, so every object has the same shape.
    QVERIFY(object.contains(QStringLiteral("latencyMs")));
    if (latency < 0)
        QVERIFY(object.value(QStringLiteral("latencyMs")).isNull());
    else
        QCOMPARE(object.value(QStringLiteral("latencyMs")).toInteger(), qint64(latency));
    QCOMPARE(object.value(QStringLiteral("redacted")).toBool(!redacted), redacted);
    QCOMPARE(object.contains(QStringLiteral("reply")), hasReply);
    QCOMPARE(object.value(QStringLiteral("text")).toString(), entry(index).text());
    QCOMPARE(object.value(QStringLiteral("elapsedMs")).toInteger(), entry(index).elapsedMs());
    const QString time = object.value(QStringLiteral("time")).toString();
    QVERIFY2(time.endsWith(u'Z'), qPrintable(time));
    QCOMPARE(QDateTime::fromString(time, Qt::ISODateWithMs), entry(index).time());
}

void tst_TranscriptExporter::jsonReplyFields()
{
    const QJsonObject reply = jsonEntry(m_rcptReply).value(QStringLiteral("reply")).toObject();
    QCOMPARE(reply.value(QStringLiteral("code")).toInt(), 550);
    QCOMPARE(reply.value(QStringLiteral("enhancedCode")).toString(), QStringLiteral("5.1.1"));
    QCOMPARE(reply.value(QStringLiteral("lines")).toArray(),
             QJsonArray({QStringLiteral("5.1.1 <nobody@example.com>: Recipient address rejected: User unknown")}));
    QVERIFY(reply.contains(QStringLiteral("problem")));
    QVERIFY(reply.value(QStringLiteral("problem")).isNull());
    QCOMPARE(reply.value(QStringLiteral("flags")).toArray(), QJsonArray());
    QCOMPARE(reply.value(QStringLiteral("discardedBytes")).toInteger(), qint64(0));

    const QJsonObject ehlo = jsonEntry(m_ehloReply).value(QStringLiteral("reply")).toObject();
    QCOMPARE(ehlo.value(QStringLiteral("lines")).toArray().size(), 4);
    QVERIFY(ehlo.value(QStringLiteral("enhancedCode")).isNull());

    const QJsonObject bad = jsonEntry(m_badBytes).value(QStringLiteral("reply")).toObject();
    QCOMPARE(bad.value(QStringLiteral("flags")).toArray(),
             QJsonArray({QStringLiteral("invalid-utf8"), QStringLiteral("control-characters")}));
    QCOMPARE(bad.value(QStringLiteral("warnings")).toArray().size(), 2);
}

void tst_TranscriptExporter::jsonMalformedReply()
{
    const QJsonObject reply = jsonEntry(m_garbage).value(QStringLiteral("reply")).toObject();
    QVERIFY(reply.value(QStringLiteral("code")).isNull());
    QVERIFY(reply.value(QStringLiteral("enhancedCode")).isNull());
    QCOMPARE(reply.value(QStringLiteral("lines")).toArray(), QJsonArray({QStringLiteral("garbage")}));
    const QJsonObject problem = reply.value(QStringLiteral("problem")).toObject();
    QCOMPARE(problem.value(QStringLiteral("key")).toString(), QStringLiteral("no-code"));
    QCOMPARE(problem.value(QStringLiteral("line")).toInt(), 1);
    QCOMPARE(problem.value(QStringLiteral("description")).toString(), entry(m_garbage).reply().problemDescription());
    QVERIFY(!problem.value(QStringLiteral("description")).toString().isEmpty());
}

void tst_TranscriptExporter::jsonRawBase64_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QByteArray>("raw");
    QTest::newRow("greeting") << m_greeting << QByteArrayLiteral("220 mx.example.com ESMTP\r\n");
    QTest::newRow("multiline")
        << m_ehloReply
        << QByteArrayLiteral("250-mx.example.com\r\n250-PIPELINING\r\n250-STARTTLS\r\n250 AUTH PLAIN LOGIN\r\n");
    QTest::newRow("garbage") << m_garbage << QByteArrayLiteral("garbage\r\n");
    QTest::newRow("invalid utf-8 and esc") << m_badBytes << kBadBytesReply;
    QTest::newRow("html") << m_htmlReply << kHtmlReply;
}

void tst_TranscriptExporter::jsonRawBase64()
{
    QFETCH(int, index);
    QFETCH(QByteArray, raw);
    const QJsonObject reply = jsonEntry(index).value(QStringLiteral("reply")).toObject();
    const QString base64 = reply.value(QStringLiteral("rawBase64")).toString();
    const auto decoded = QByteArray::fromBase64Encoding(base64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    QVERIFY(decoded);
    QCOMPARE(*decoded, raw);
}

void tst_TranscriptExporter::jsonLines()
{
    const QByteArray bytes = exported(Format::JsonLines);
    QVERIFY(bytes.endsWith('\n'));
    const QList<QByteArray> lines = bytes.chopped(1).split('\n');
    QCOMPARE(lines.size(), m_transcript.size());
    for (int i = 0; i < lines.size(); ++i) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(lines.at(i), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(document.object(), TranscriptExporter::toJsonObject(entry(i)));
    }
}

void tst_TranscriptExporter::htmlIsWellFormedXml()
{
    const QString html = TranscriptExporter::toHtml(m_transcript.entries(), m_transcript.startTime());
    QXmlStreamReader xml(html);
    int rows = 0;
    QStringList open;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            open.append(xml.name().toString());
            if (xml.name() == u"tr")
                ++rows;
        } else if (xml.isEndElement()) {
            open.removeLast();
        }
    }
    QVERIFY2(!xml.hasError(),
             qPrintable(xml.errorString() + QStringLiteral(" at line ") + QString::number(xml.lineNumber())));
    QVERIFY(open.isEmpty());
    QCOMPARE(rows, m_transcript.size() + 1); // and the heading row
    QCOMPARE(html.count(QStringLiteral("<tr")), html.count(QStringLiteral("</tr>")));
    QCOMPARE(html.count(QStringLiteral("<td")), html.count(QStringLiteral("</td>")));
}

void tst_TranscriptExporter::htmlEscapesEverything_data()
{
    QTest::addColumn<QString>("forbidden");
    QTest::addColumn<QString>("escaped");

    QTest::newRow("script") << QStringLiteral("<script") << QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;");
    QTest::newRow("img") << QStringLiteral("<img") << QStringLiteral("&lt;img src=x onerror=y&gt;");
    QTest::newRow("quotes") << QStringLiteral("\"quotes\"") << QStringLiteral("&quot;quotes&quot;");
    QTest::newRow("entity") << QStringLiteral("&amp; '") << QStringLiteral("&amp;amp; 'apostrophes'");
    QTest::newRow("note markup") << QStringLiteral("<b>") << QStringLiteral("&lt;b&gt;markup&lt;/b&gt; &amp; ");
    QTest::newRow("address") << QStringLiteral("<nobody@") << QStringLiteral("&lt;nobody@example.com&gt;");
    QTest::newRow("marker") << QStringLiteral("\"><~</td>") << QStringLiteral("\">&lt;~</td>");
    QTest::newRow("client marker") << QStringLiteral("\">-></td>") << QStringLiteral("\">-&gt;</td>");
    QTest::newRow("esc") << QStringLiteral("\x1b") << QStringLiteral("\u241B[31mred");
}

void tst_TranscriptExporter::htmlEscapesEverything()
{
    QFETCH(QString, forbidden);
    QFETCH(QString, escaped);
    const QString html = TranscriptExporter::toHtml(m_transcript.entries(), m_transcript.startTime());
    QVERIFY2(!html.contains(forbidden, Qt::CaseInsensitive), qPrintable(forbidden));
    QVERIFY2(html.contains(escaped), qPrintable(escaped));
}

void tst_TranscriptExporter::htmlRowsMatchEntries()
{
    // Read the table back: each body row's text cell, unescaped by the XML reader, is the entry's text,
    // so nothing was lost or turned into markup; its classes say direction and reply class.
    const QString html = TranscriptExporter::toHtml(m_transcript.entries(), m_transcript.startTime());
    QXmlStreamReader xml(html);
    QStringList rowClasses;
    QStringList texts;
    bool inBody = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"tbody")
            inBody = true;
        else if (inBody && xml.name() == u"tr")
            rowClasses.append(xml.attributes().value(QStringLiteral("class")).toString());
        else if (inBody && xml.name() == u"td" && xml.attributes().value(QStringLiteral("class")) == u"text")
            texts.append(xml.readElementText(QXmlStreamReader::SkipChildElements));
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(texts.size(), m_transcript.size());
    QCOMPARE(rowClasses.size(), m_transcript.size());
    for (int i = 0; i < m_transcript.size(); ++i) {
        if (i == m_warningNote)
            continue; // its ESC is made visible, checked below
        QCOMPARE(texts.at(i), entry(i).text());
    }
    QCOMPARE(texts.at(m_warningNote), QStringLiteral("Server text contains <b>markup</b> & \"quotes\"\u241B[2J"));

    const auto classesOf = [&](int index) {
        return rowClasses.at(index).split(u' ');
    };
    QCOMPARE(classesOf(m_connectNote), QStringList({QStringLiteral("note"), QStringLiteral("info")}));
    QCOMPARE(classesOf(m_greeting), QStringList({QStringLiteral("server"), QStringLiteral("c2")}));
    QCOMPARE(classesOf(m_ehlo), QStringList({QStringLiteral("client")}));
    QCOMPARE(classesOf(m_ehloTls), QStringList({QStringLiteral("client"), QStringLiteral("tls")}));
    QCOMPARE(classesOf(m_rcptReply),
             QStringList({QStringLiteral("server"), QStringLiteral("c5"), QStringLiteral("tls")}));
    QCOMPARE(classesOf(m_garbage),
             QStringList({QStringLiteral("server"), QStringLiteral("malformed"), QStringLiteral("tls")}));
    QCOMPARE(classesOf(m_warningNote),
             QStringList({QStringLiteral("note"), QStringLiteral("warning"), QStringLiteral("tls")}));
}

void tst_TranscriptExporter::htmlStandalone()
{
    const QString html = TranscriptExporter::toHtml(m_transcript.entries(), m_transcript.startTime());
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(html.contains(QStringLiteral("<meta charset=\"utf-8\"/>")));
    QVERIFY(html.contains(QStringLiteral("@media (prefers-color-scheme: dark)")));
    QVERIFY(html.contains(QStringLiteral("white-space: pre-wrap")));
    QVERIFY(html.contains(QStringLiteral("default-src 'none'")));
    // Nothing to fetch: no links, no external sheets or images.
    QVERIFY(!html.contains(QStringLiteral("http://")));
    QVERIFY(!html.contains(QStringLiteral("https://")));
    QVERIFY(!html.contains(QStringLiteral("<link")));
    QVERIFY(html.contains(QStringLiteral("AUTH PLAIN ********<span class=\"hint\"> (hidden)</span>")));
    QVERIFY(html.contains(QStringLiteral("<td class=\"latency\">1000 ms</td>")));
}

void tst_TranscriptExporter::writeCreatesFile_data()
{
    secretInNoExport_data();
}

void tst_TranscriptExporter::writeCreatesFile()
{
    QFETCH(Format, format);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("transcript.") + formatName(format));
    QString error = QStringLiteral("untouched");
    QVERIFY(TranscriptExporter::write(m_transcript, format, path, &error));
    QCOMPARE(error, QStringLiteral("untouched"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), exported(format));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList({QStringLiteral("transcript.") + formatName(format)}));
}

void tst_TranscriptExporter::writeReplacesExistingFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("transcript.txt"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write(QByteArray(1024 * 1024, 'x'));
    }
    QVERIFY(TranscriptExporter::write(m_transcript, Format::Text, path, nullptr));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), exported(Format::Text));
}

void tst_TranscriptExporter::writeIntoMissingDirectoryFails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("missing/transcript.html"));
    QString error;
    QVERIFY(!TranscriptExporter::write(m_transcript, Format::Html, path, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    // A null error pointer is allowed.
    QVERIFY(!TranscriptExporter::write(m_transcript, Format::Html, path, nullptr));
}

QTEST_GUILESS_MAIN(tst_TranscriptExporter)
#include "tst_TranscriptExporter.moc"

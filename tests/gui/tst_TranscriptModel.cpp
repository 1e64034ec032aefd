#include "core/smtp/SessionStage.h"
#include "core/smtp/SmtpReply.h"
#include "core/transcript/Transcript.h"
#include "gui/TranscriptModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

namespace {

using Direction = TranscriptEntry::Direction;
using Severity = TranscriptEntry::Severity;
using Sensitivity = Transcript::Sensitivity;

// A clock the test moves by hand, so latencies are exact.
struct ManualClock
{
    qint64 now = 0;
    Transcript::Clock clock()
    {
        return [this] {
            return now;
        };
    }
};

// The session every test reads: notes, client lines, a multi-line reply, a malformed item, TLS.
//   entry row(s)  what
//   0     0       note (Connect)
//   1     1       220 greeting, 40 ms after connect
//   2     2       EHLO
//   3     3-5     250 three-line reply, 120 ms
//   4     6       "garbage": malformed
//   5     7       warning note, inside TLS from here on
//   6     8       MAIL FROM
//   7     9       550 with HTML in the text
//   8     10      AUTH PLAIN with a secret (redacted)
void playSession(Transcript &transcript, ManualClock &clock)
{
    transcript.addNote(QStringLiteral("Connecting to mail.example.com"), SessionStage::Connect);
    transcript.expectReply();
    clock.now += 40;
    transcript.addReply(SmtpReply::parse("220 mail.example.com ESMTP\r\n"), SessionStage::Greeting);
    transcript.addClientLine("EHLO client.example\r\n", SessionStage::Ehlo, Sensitivity::Normal);
    clock.now += 120;
    transcript.addReply(SmtpReply::parse("250-mail.example.com\r\n250-PIPELINING\r\n250 SIZE 1000\r\n"),
                        SessionStage::Ehlo);
    transcript.addReply(SmtpReply::parse("garbage\r\n"), SessionStage::Ehlo);
    transcript.setInsideTls(true);
    transcript.addNote(QStringLiteral("Certificate name mismatch"), SessionStage::StartTls, Severity::Warning);
    transcript.addClientLine("MAIL FROM:<a@example.com>\r\n", SessionStage::Mail, Sensitivity::Normal);
    clock.now += 7;
    transcript.addReply(SmtpReply::parse("550 <b>x</b>\r\n"), SessionStage::Mail);
    transcript.addClientLine("AUTH PLAIN AGFsaWNlAHNlY3JldA==\r\n", SessionStage::Auth, Sensitivity::Normal);
}

QVariant cell(const TranscriptModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role);
}

const QByteArray kFourLineReply = "250-one\r\n250-two\r\n250-three\r\n250 four\r\n";

} // namespace

class tst_TranscriptModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesModelTester();
    void rowsAndEntries();
    void insertsRowsPerLine();
    void markers_data();
    void markers();
    void roles();
    void timeAndLatency();
    void serverTextIsLiteral();
    void toolTips();
    void headersRetranslate();
    void nullAndSwap();
    void transcriptDestroyed();
    void hundredThousandLines();
    void benchmarkAppend();
    void benchmarkData();
};

void tst_TranscriptModel::passesModelTester()
{
    ManualClock clock;
    Transcript transcript;
    transcript.setClock(clock.clock());
    TranscriptModel model(nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTranscript(&transcript);
    playSession(transcript, clock);
    QCOMPARE(model.rowCount(), 11);

    Transcript second;
    second.addReply(SmtpReply::parse(kFourLineReply), SessionStage::Ehlo);
    model.setTranscript(&second);
    QCOMPARE(model.rowCount(), 4);
    model.retranslate();
    model.setTranscript(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void tst_TranscriptModel::rowsAndEntries()
{
    ManualClock clock;
    Transcript transcript;
    transcript.setClock(clock.clock());
    playSession(transcript, clock);
    // A transcript that already has entries is indexed when it is set.
    TranscriptModel model(nullptr);
    model.setTranscript(&transcript);

    QCOMPARE(model.rowCount(), 11);
    QCOMPARE(model.columnCount(), int(TranscriptModel::ColumnCount));
    const int entries[] = {0, 1, 2, 3, 3, 3, 4, 5, 6, 7, 8};
    const int lines[] = {0, 0, 0, 0, 1, 2, 0, 0, 0, 0, 0};
    for (int row = 0; row < 11; ++row) {
        QCOMPARE(model.entryIndexForRow(row), entries[row]);
        QCOMPARE(model.lineIndexForRow(row), lines[row]);
        QCOMPARE(cell(model, row, TranscriptModel::TextColumn, TranscriptModel::EntryIndexRole).toInt(), entries[row]);
        QCOMPARE(cell(model, row, TranscriptModel::TimeColumn, TranscriptModel::LineIndexRole).toInt(), lines[row]);
    }
    QCOMPARE(model.firstRowForEntry(3), 3);
    QCOMPARE(model.firstRowForEntry(4), 6);
    QCOMPARE(model.firstRowForEntry(8), 10);
    QCOMPARE(model.lineCountForEntry(3), 3);
    QCOMPARE(model.lineCountForEntry(8), 1);
    QCOMPARE(model.entryIndexForRow(-1), -1);
    QCOMPARE(model.entryIndexForRow(11), -1);
    QCOMPARE(model.firstRowForEntry(9), -1);
    QCOMPARE(model.lineCountForEntry(-1), 0);

    QCOMPARE(cell(model, 3, TranscriptModel::TextColumn).toString(), QStringLiteral("250-mail.example.com"));
    QCOMPARE(cell(model, 4, TranscriptModel::TextColumn).toString(), QStringLiteral("250-PIPELINING"));
    QCOMPARE(cell(model, 5, TranscriptModel::TextColumn).toString(), QStringLiteral("250 SIZE 1000"));
    QCOMPARE(cell(model, 6, TranscriptModel::TextColumn).toString(), QStringLiteral("garbage"));
    QCOMPARE(cell(model, 10, TranscriptModel::TextColumn).toString(), QStringLiteral("AUTH PLAIN ********"));
}

void tst_TranscriptModel::insertsRowsPerLine()
{
    Transcript transcript;
    TranscriptModel model(nullptr);
    model.setTranscript(&transcript);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    transcript.addClientLine("EHLO x", SessionStage::Ehlo, Sensitivity::Normal);
    transcript.addReply(SmtpReply::parse(kFourLineReply), SessionStage::Ehlo);
    transcript.addNote(QString(), SessionStage::Ehlo); // an empty note still takes one row
    QCOMPARE(inserted.count(), 3);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 0);
    QCOMPARE(inserted.at(1).at(1).toInt(), 1);
    QCOMPARE(inserted.at(1).at(2).toInt(), 4);
    QCOMPARE(inserted.at(2).at(1).toInt(), 5);
    QCOMPARE(inserted.at(2).at(2).toInt(), 5);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(cell(model, 5, TranscriptModel::TextColumn).toString(), QString());
}

void tst_TranscriptModel::markers_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("marker");
    QTest::newRow("note") << 0 << QStringLiteral("==");
    QTest::newRow("reply") << 1 << QStringLiteral("<-");
    QTest::newRow("client") << 2 << QStringLiteral("->");
    QTest::newRow("continuation line") << 5 << QStringLiteral("<-");
    QTest::newRow("malformed") << 6 << QStringLiteral("<-");
    QTest::newRow("warning note in TLS") << 7 << QStringLiteral("!!");
    QTest::newRow("client in TLS") << 8 << QStringLiteral("~>");
    QTest::newRow("reply in TLS") << 9 << QStringLiteral("<~");
}

void tst_TranscriptModel::markers()
{
    QFETCH(int, row);
    QFETCH(QString, marker);
    ManualClock clock;
    Transcript transcript;
    transcript.setClock(clock.clock());
    playSession(transcript, clock);
    TranscriptModel model(nullptr);
    model.setTranscript(&transcript);
    QCOMPARE(cell(model, row, TranscriptModel::DirectionColumn).toString(), marker);
}

void tst_TranscriptModel::roles()
{
    ManualClock clock;
    Transcript transcript;
    transcript.setClock(clock.clock());
    playSession(transcript, clock);
    TranscriptModel model(nullptr);
    model.setTranscript(&transcript);
    const auto role = [&](int row, int r) {
        return cell(model, row, TranscriptModel::TextColumn, r);
    };

    QCOMPARE(role(0, TranscriptModel::DirectionRole).toInt(), int(Direction::Note));
    QCOMPARE(role(0, TranscriptModel::StageRole).toInt(), int(SessionStage::Connect));
    QCOMPARE(role(0, TranscriptModel::ReplyCodeRole).toInt(), 0);
    QCOMPARE(role(0, TranscriptModel::ReplyClassRole).toInt(), 0);

    QCOMPARE(role(2, TranscriptModel::DirectionRole).toInt(), int(Direction::Client));
    QCOMPARE(role(2, TranscriptModel::InsideTlsRole).toBool(), false);

    for (int row = 3; row <= 5; ++row) {
        QCOMPARE(role(row, TranscriptModel::DirectionRole).toInt(), int(Direction::Server));
        QCOMPARE(role(row, TranscriptModel::ReplyCodeRole).toInt(), 250);
        QCOMPARE(role(row, TranscriptModel::ReplyClassRole).toInt(), 2);
        QCOMPARE(role(row, TranscriptModel::MalformedRole).toBool(), false);
        QCOMPARE(role(row, TranscriptModel::StageRole).toInt(), int(SessionStage::Ehlo));
    }

    QCOMPARE(role(6, TranscriptModel::MalformedRole).toBool(), true);
    QCOMPARE(role(6, TranscriptModel::ReplyCodeRole).toInt(), 0);
    QCOMPARE(role(6, TranscriptModel::ReplyClassRole).toInt(), 0);

    QCOMPARE(role(7, TranscriptModel::SeverityRole).toInt(), int(Severity::Warning));
    QCOMPARE(role(7, TranscriptModel::InsideTlsRole).toBool(), true);
    QCOMPARE(role(9, TranscriptModel::ReplyClassRole).toInt(), 5);
    QCOMPARE(role(9, TranscriptModel::InsideTlsRole).toBool(), true);
    QCOMPARE(role(10, TranscriptModel::RedactedRole).toBool(), true);
    QCOMPARE(role(8, TranscriptModel::RedactedRole).toBool(), false);

    // The roles are the same in every column of a row.
    QCOMPARE(cell(model, 9, TranscriptModel::TimeColumn, TranscriptModel::ReplyCodeRole).toInt(), 550);
    QCOMPARE(model.flags(model.index(0, 0)) & Qt::ItemIsEditable, Qt::ItemFlags());
    QVERIFY(model.roleNames().value(TranscriptModel::EntryIndexRole) == "entryIndex");
}

void tst_TranscriptModel::timeAndLatency()
{
    ManualClock clock;
    Transcript transcript;
    transcript.setClock(clock.clock());
    playSession(transcript, clock);
    TranscriptModel model(nullptr);
    model.setTranscript(&transcript);

    for (int row = 0; row < model.rowCount(); ++row) {
        const TranscriptEntry &entry = transcript.at(model.entryIndexForRow(row));
        QCOMPARE(cell(model, row, TranscriptModel::TimeColumn).toString(),
                 entry.time().toLocalTime().toString(QStringLiteral("hh:mm:ss.zzz")));
    }
    QCOMPARE(cell(model, 0, TranscriptModel::LatencyColumn).toString(), QString());
    QCOMPARE(cell(model, 1, TranscriptModel::LatencyColumn).toString(), QStringLiteral("40 ms"));
    QCOMPARE(cell(model, 2, TranscriptModel::LatencyColumn).toString(), QString());
    QCOMPARE(cell(model, 3, TranscriptModel::LatencyColumn).toString(), QStringLiteral("120 ms"));
    QCOMPARE(cell(model, 4, TranscriptModel::LatencyColumn).toString(), QString()); // not on continuation lines
    QCOMPARE(cell(model, 6, TranscriptModel::LatencyColumn).toString(), QString()); // garbage answers nothing
    QCOMPARE(cell(model, 9, TranscriptModel::LatencyColumn).toString(), QStringLiteral("7 ms"));
    QCOMPARE(cell(model, 9, TranscriptModel::LatencyColumn, Qt::TextAlignmentRole).toInt() & Qt::AlignRight,
             int(Qt::AlignRight));
}

void tst_TranscriptModel::serverTextIsLiteral()
{
    ManualClock clock;
    Transcript transcript;
    transcript.setClock(clock.clock());
    playSession(transcript, clock);
    TranscriptModel model(nullptr);
    model.setTranscript(&transcript);
    QCOMPARE(cell(model, 9, TranscriptModel::TextColumn).toString(), QStringLiteral("550 <b>x</b>"));
    // Control characters a server sends arrive made visible by the core and stay that way.
    transcript.addReply(SmtpReply::parse("550 a\x1b[2Jb\r\n"), SessionStage::Rcpt);
    const QString text = cell(model, 11, TranscriptModel::TextColumn).toString();
    QVERIFY2(!text.contains(QChar(0x1b)), qPrintable(text));
    // A note that quotes something from the network is made safe too.
    transcript.addNote(QStringLiteral("subject CN=evil\u202Etxt.exe"), SessionStage::StartTls);
    QVERIFY(!cell(model, 12, TranscriptModel::TextColumn).toString().contains(QChar(0x202E)));
}

void tst_TranscriptModel::toolTips()
{
    ManualClock clock;
    Transcript transcript;
    transcript.setClock(clock.clock());
    playSession(transcript, clock);
    TranscriptModel model(nullptr);
    model.setTranscript(&transcript);

    const QString ehlo = cell(model, 4, TranscriptModel::TextColumn, Qt::ToolTipRole).toString();
    QVERIFY2(ehlo.contains(SessionStages::displayName(SessionStage::Ehlo)), qPrintable(ehlo));
    const QString garbage = cell(model, 6, TranscriptModel::TextColumn, Qt::ToolTipRole).toString();
    QVERIFY2(garbage.contains(transcript.at(4).reply().problemDescription()), qPrintable(garbage));
    QVERIFY(!transcript.at(4).reply().problemDescription().isEmpty());
    const QString secret = cell(model, 10, TranscriptModel::TextColumn, Qt::ToolTipRole).toString();
    QVERIFY2(secret.contains(QStringLiteral("asterisks")), qPrintable(secret));
    const QString direction = cell(model, 9, TranscriptModel::DirectionColumn, Qt::ToolTipRole).toString();
    QVERIFY2(direction.contains(QStringLiteral("TLS")), qPrintable(direction));
    QCOMPARE(cell(model, 9, TranscriptModel::DirectionColumn, Qt::AccessibleTextRole).toString(), direction);
}

void tst_TranscriptModel::headersRetranslate()
{
    TranscriptModel model(nullptr);
    QCOMPARE(model.headerData(TranscriptModel::TimeColumn, Qt::Horizontal).toString(), QStringLiteral("Time"));
    QCOMPARE(model.headerData(TranscriptModel::LatencyColumn, Qt::Horizontal).toString(), QStringLiteral("Latency"));
    QCOMPARE(model.headerData(TranscriptModel::TextColumn, Qt::Horizontal).toString(), QStringLiteral("Text"));
    QVERIFY(!model.headerData(TranscriptModel::DirectionColumn, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    QSignalSpy changed(&model, &QAbstractItemModel::headerDataChanged);
    model.retranslate();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<Qt::Orientation>(), Qt::Horizontal);
    QCOMPARE(changed.at(0).at(1).toInt(), 0);
    QCOMPARE(changed.at(0).at(2).toInt(), TranscriptModel::ColumnCount - 1);
}

void tst_TranscriptModel::nullAndSwap()
{
    Transcript first;
    first.addClientLine("EHLO a", SessionStage::Ehlo, Sensitivity::Normal);
    Transcript second;
    second.addReply(SmtpReply::parse(kFourLineReply), SessionStage::Ehlo);

    TranscriptModel model(nullptr);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!cell(model, 0, TranscriptModel::TextColumn).isValid());
    model.setTranscript(nullptr); // no transcript to no transcript: nothing happens
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setTranscript(&first);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 1);
    model.setTranscript(&second);
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.transcript(), &second);

    // The old transcript is no longer followed.
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    first.addClientLine("MAIL FROM:<>", SessionStage::Mail, Sensitivity::Normal);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(model.rowCount(), 4);
    second.addClientLine("QUIT", SessionStage::Quit, Sensitivity::Normal);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 5);

    model.setTranscript(nullptr);
    QCOMPARE(reset.count(), 3);
    QCOMPARE(model.rowCount(), 0);
    second.addClientLine("NOOP", SessionStage::Other, Sensitivity::Normal);
    QCOMPARE(model.rowCount(), 0);
}

void tst_TranscriptModel::transcriptDestroyed()
{
    auto transcript = std::make_unique<Transcript>();
    transcript->addReply(SmtpReply::parse(kFourLineReply), SessionStage::Ehlo);
    TranscriptModel model(nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTranscript(transcript.get());
    QCOMPARE(model.rowCount(), 4);
    transcript.reset();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.transcript(), nullptr);
}

void tst_TranscriptModel::hundredThousandLines()
{
    Transcript transcript;
    TranscriptModel model(nullptr);
    model.setTranscript(&transcript);
    const SmtpReply reply = SmtpReply::parse(kFourLineReply);
    for (int i = 0; i < 25000; ++i)
        transcript.addReply(reply, SessionStage::Ehlo);
    QCOMPARE(model.rowCount(), 100000);
    QCOMPARE(model.entryIndexForRow(99999), 24999);
    QCOMPARE(model.lineIndexForRow(99999), 3);
    QCOMPARE(model.lineIndexForRow(50001), 1);
    QCOMPARE(model.firstRowForEntry(24999), 99996);
    QCOMPARE(cell(model, 99998, TranscriptModel::TextColumn).toString(), QStringLiteral("250-three"));
    QCOMPARE(cell(model, 99999, TranscriptModel::TextColumn).toString(), QStringLiteral("250 four"));

    // Swapping the big transcript for a new session is a plain reset.
    Transcript next;
    model.setTranscript(&next);
    QCOMPARE(model.rowCount(), 0);
}

// Appending 100,000 lines (25,000 four-line replies) to a transcript the model follows.
void tst_TranscriptModel::benchmarkAppend()
{
    const SmtpReply reply = SmtpReply::parse(kFourLineReply);
    QBENCHMARK
    {
        Transcript transcript;
        TranscriptModel model(nullptr);
        model.setTranscript(&transcript);
        for (int i = 0; i < 25000; ++i)
            transcript.addReply(reply, SessionStage::Ehlo);
        QCOMPARE(model.rowCount(), 100000);
    }
}

// data() for every column of 100,000 rows: what a view, a filter or a find reads at most.
void tst_TranscriptModel::benchmarkData()
{
    Transcript transcript;
    TranscriptModel model(nullptr);
    model.setTranscript(&transcript);
    const SmtpReply reply = SmtpReply::parse(kFourLineReply);
    for (int i = 0; i < 25000; ++i)
        transcript.addReply(reply, SessionStage::Ehlo);
    const int rows = model.rowCount();
    qsizetype characters = 0;
    QBENCHMARK
    {
        characters = 0;
        for (int row = 0; row < rows; ++row) {
            for (int column = 0; column < TranscriptModel::ColumnCount; ++column)
                characters += model.data(model.index(row, column)).toString().size();
        }
    }
    QVERIFY(characters > rows * 20);
}

QTEST_GUILESS_MAIN(tst_TranscriptModel)
#include "tst_TranscriptModel.moc"

#include "core/smtp/SessionStage.h"
#include "core/smtp/SmtpReply.h"
#include "core/transcript/Transcript.h"
#include "core/transcript/TranscriptExporter.h"
#include "gui/TranscriptDelegate.h"
#include "gui/TranscriptModel.h"
#include "gui/TranscriptView.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QToolTip>
#include <QtTest>

namespace {

using Sensitivity = Transcript::Sensitivity;

// A view over a transcript, shown and active, the way a user sees it.
struct Fixture
{
    Transcript transcript;
    TranscriptModel model{nullptr};
    TranscriptView view;

    Fixture()
    {
        model.setTranscript(&transcript);
        view.setModel(&model);
        view.resize(640, 300);
        view.show();
    }
    QTableView *table() const { return view.tableView(); }
    QScrollBar *bar() const { return table()->verticalScrollBar(); }
    QLineEdit *findLineEdit() const { return view.findChild<QLineEdit *>(QStringLiteral("findLineEdit")); }
    QCheckBox *filterCheckBox() const { return view.findChild<QCheckBox *>(QStringLiteral("filterCheckBox")); }
    void addLines(int count)
    {
        for (int i = 0; i < count; ++i)
            transcript.addClientLine(QByteArray(QByteArray("NOOP ") + QByteArray::number(transcript.size())),
                                     SessionStage::Other, Sensitivity::Normal);
    }
    int sourceRowOf(const QModelIndex &viewIndex) const
    {
        // Entry and line identify the source row whatever the filter shows.
        const int entry = viewIndex.data(TranscriptModel::EntryIndexRole).toInt();
        return model.firstRowForEntry(entry) + viewIndex.data(TranscriptModel::LineIndexRole).toInt();
    }
};

// A short session with a multi-line reply (entry 2, rows 2-4) and a few RCPT commands.
void playSession(Transcript &transcript)
{
    transcript.addNote(QStringLiteral("Connected to mail.example.com"), SessionStage::Connect);
    transcript.addClientLine("EHLO client.example", SessionStage::Ehlo, Sensitivity::Normal);
    transcript.addReply(SmtpReply::parse("250-mail.example.com\r\n250-STARTTLS\r\n250 SIZE 1000\r\n"),
                        SessionStage::Ehlo);
    transcript.addClientLine("MAIL FROM:<a@example.com>", SessionStage::Mail, Sensitivity::Normal);
    transcript.addReply(SmtpReply::parse("250 2.1.0 Ok\r\n"), SessionStage::Mail);
    transcript.addClientLine("RCPT TO:<b@example.com>", SessionStage::Rcpt, Sensitivity::Normal);
    transcript.addReply(SmtpReply::parse("550 5.1.1 <b@example.com>: Recipient address rejected\r\n"),
                        SessionStage::Rcpt);
    transcript.addClientLine("rcpt to:<c@example.com>", SessionStage::Rcpt, Sensitivity::Normal);
    transcript.addReply(SmtpReply::parse("250 2.1.5 Ok\r\n"), SessionStage::Rcpt);
    transcript.addReply(SmtpReply::parse("garbage\r\n"), SessionStage::Rcpt);
}

} // namespace

class tst_TranscriptView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void uniformRowsAndColumns();
    void followsNewest();
    void stopsFollowingWhenScrolledUp();
    void findBar();
    void findNextAndPrevious();
    void filter();
    void selectedText();
    void copyShortcut();
    void entrySelectedOnClick();
    void selectEntry();
    void toolTipsAreEscaped();
    void retranslatesOnLanguageChange();
    void hundredThousandLines();
    void screenshots();
};

void tst_TranscriptView::uniformRowsAndColumns()
{
    Fixture f;
    playSession(f.transcript);
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    QCOMPARE(f.table()->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
    QCOMPARE(f.table()->rowHeight(2), f.table()->rowHeight(0));
    QVERIFY(f.table()->rowHeight(0) >= QFontMetrics(TranscriptDelegate().textFont()).height());
    QVERIFY(f.table()->horizontalHeader()->stretchLastSection());
    // The time column fits a time in the fixed-width font.
    const QFontMetrics metrics(TranscriptDelegate().textFont());
    QVERIFY(f.table()->columnWidth(TranscriptModel::TimeColumn) >
            metrics.horizontalAdvance(QStringLiteral("00:00:00.000")));
    QVERIFY(!f.view.isFindBarVisible());
}

void tst_TranscriptView::followsNewest()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    f.addLines(200);
    QTRY_VERIFY(f.bar()->maximum() > 0);
    QTRY_COMPARE(f.bar()->value(), f.bar()->maximum());
    QVERIFY(f.view.isFollowingNewest());
    f.addLines(20);
    QTRY_COMPARE(f.bar()->value(), f.bar()->maximum());
    // The newest line is in sight.
    const QModelIndex last = f.table()->model()->index(f.table()->model()->rowCount() - 1, 0);
    QVERIFY(f.table()->viewport()->rect().intersects(f.table()->visualRect(last)));
}

void tst_TranscriptView::stopsFollowingWhenScrolledUp()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    f.addLines(200);
    QTRY_VERIFY(f.bar()->maximum() > 0);
    QTRY_COMPARE(f.bar()->value(), f.bar()->maximum());

    // The user scrolls up (a page, as with the wheel or Page Up): new lines no longer move the view.
    f.bar()->triggerAction(QAbstractSlider::SliderPageStepSub);
    const int position = f.bar()->value();
    QVERIFY(position < f.bar()->maximum());
    QVERIFY(!f.view.isFollowingNewest());
    const int oldMaximum = f.bar()->maximum();
    f.addLines(50);
    QTRY_VERIFY(f.bar()->maximum() > oldMaximum);
    QTest::qWait(50);
    QCOMPARE(f.bar()->value(), position);

    // Back at the bottom, it follows again.
    f.bar()->triggerAction(QAbstractSlider::SliderToMaximum);
    QVERIFY(f.view.isFollowingNewest());
    const int bottom = f.bar()->maximum();
    f.addLines(50);
    QTRY_VERIFY(f.bar()->maximum() > bottom);
    QTRY_COMPARE(f.bar()->value(), f.bar()->maximum());

    // The wheel scrolls up too.
    QWheelEvent wheel(QPointF(50, 50), f.table()->viewport()->mapToGlobal(QPointF(50, 50)), QPoint(), QPoint(0, 120),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(f.table()->viewport(), &wheel);
    QVERIFY(f.bar()->value() < f.bar()->maximum());
    QVERIFY(!f.view.isFollowingNewest());
    f.view.scrollToNewest();
    QVERIFY(f.view.isFollowingNewest());
    QCOMPARE(f.bar()->value(), f.bar()->maximum());
}

void tst_TranscriptView::findBar()
{
    Fixture f;
    playSession(f.transcript);
    f.view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&f.view));
    f.table()->setFocus();
    QVERIFY(!f.findLineEdit()->isVisible());
    QVERIFY(!f.findLineEdit()->placeholderText().isEmpty());
    QVERIFY(!f.findLineEdit()->accessibleName().isEmpty());

    // Ctrl+F opens the bar and puts the focus in it; Esc closes it and gives the focus back.
    QTest::keyClick(f.table(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(f.view.isFindBarVisible());
    QTRY_VERIFY(f.findLineEdit()->hasFocus());
    QTest::keyClick(f.findLineEdit(), Qt::Key_Escape);
    QVERIFY(!f.view.isFindBarVisible());
    QTRY_VERIFY(f.table()->hasFocus());

    f.view.showFindBar();
    QVERIFY(f.findLineEdit()->isVisible());
    QTRY_VERIFY(f.findLineEdit()->hasFocus());
}

void tst_TranscriptView::findNextAndPrevious()
{
    Fixture f;
    playSession(f.transcript);
    f.view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&f.view));
    f.view.showFindBar();
    QSignalSpy selected(&f.view, &TranscriptView::entrySelected);

    // Typing finds as you type, case-insensitively, from the top.
    QTest::keyClicks(f.findLineEdit(), QStringLiteral("RCPT"));
    QCOMPARE(f.sourceRowOf(f.table()->currentIndex()), 7); // "RCPT TO:<b@…>"
    QVERIFY(!selected.isEmpty());
    QCOMPARE(selected.last().at(0).toInt(), 5);

    QTest::keyClick(f.findLineEdit(), Qt::Key_Return);
    QCOMPARE(f.sourceRowOf(f.table()->currentIndex()), 9); // "rcpt to:<c@…>"
    QTest::keyClick(f.findLineEdit(), Qt::Key_Return);     // wraps
    QCOMPARE(f.sourceRowOf(f.table()->currentIndex()), 7);
    QTest::keyClick(f.findLineEdit(), Qt::Key_Return, Qt::ShiftModifier); // previous, wrapping
    QCOMPARE(f.sourceRowOf(f.table()->currentIndex()), 9);
    QTest::keyClick(f.findLineEdit(), Qt::Key_Enter, Qt::ShiftModifier);
    QCOMPARE(f.sourceRowOf(f.table()->currentIndex()), 7);
    QVERIFY(f.findLineEdit()->hasFocus()); // the focus stays in the bar while stepping

    // Matches inside a multi-line reply's continuation lines.
    f.findLineEdit()->clear();
    QTest::keyClicks(f.findLineEdit(), QStringLiteral("starttls"));
    QCOMPARE(f.sourceRowOf(f.table()->currentIndex()), 3);
    QCOMPARE(selected.last().at(0).toInt(), 2);

    f.findLineEdit()->clear();
    QTest::keyClicks(f.findLineEdit(), QStringLiteral("no such text"));
    QVERIFY(!f.view.findNext());
    const QLabel *status = f.view.findChild<QLabel *>(QStringLiteral("findStatusLabel"));
    QVERIFY(status && !status->text().isEmpty());
    QCOMPARE(status->textFormat(), Qt::PlainText);
}

void tst_TranscriptView::filter()
{
    Fixture f;
    playSession(f.transcript);
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    const int all = f.model.rowCount();
    QCOMPARE(f.table()->model()->rowCount(), all);

    f.view.showFindBar();
    QTest::keyClicks(f.findLineEdit(), QStringLiteral("rcpt"));
    QCOMPARE(f.table()->model()->rowCount(), all); // finding alone hides nothing
    f.filterCheckBox()->setChecked(true);
    QCOMPARE(f.table()->model()->rowCount(), 2);
    QCOMPARE(f.table()->model()->index(0, TranscriptModel::TextColumn).data().toString(),
             QStringLiteral("RCPT TO:<b@example.com>"));

    // Typing refilters after a short pause; the filter searches the text only.
    QTest::keyClicks(f.findLineEdit(), QStringLiteral(" to:<c"));
    QTRY_COMPARE(f.table()->model()->rowCount(), 1);
    f.findLineEdit()->clear();
    QTRY_COMPARE(f.table()->model()->rowCount(), all);
    QTest::keyClicks(f.findLineEdit(), QStringLiteral("250"));
    QTRY_COMPARE(f.table()->model()->rowCount(), 5);

    // New lines that match appear; others do not.
    f.transcript.addReply(SmtpReply::parse("250 2.0.0 Ok: queued\r\n"), SessionStage::EndOfData);
    f.transcript.addClientLine("QUIT", SessionStage::Quit, Sensitivity::Normal);
    QCOMPARE(f.table()->model()->rowCount(), 6);

    // Closing the bar shows every line again; opening it brings the filter back.
    f.view.hideFindBar();
    QCOMPARE(f.table()->model()->rowCount(), f.model.rowCount());
    f.view.showFindBar();
    QCOMPARE(f.table()->model()->rowCount(), 6);
    f.filterCheckBox()->setChecked(false);
    QCOMPARE(f.table()->model()->rowCount(), f.model.rowCount());
}

void tst_TranscriptView::selectedText()
{
    Fixture f;
    playSession(f.transcript);
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    QCOMPARE(f.view.selectedText(), QString());

    const auto lines = [&](int entry) {
        return TranscriptExporter::textLine(f.transcript.at(entry)).chopped(1).split(u'\n');
    };
    QItemSelectionModel *selection = f.table()->selectionModel();
    const auto selectRow = [&](int row) {
        selection->select(f.table()->model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    };
    // The client line and the second and third lines of the EHLO reply, selected out of order.
    selectRow(4);
    selectRow(1);
    selectRow(3);
    const QStringList ehlo = lines(2);
    QCOMPARE(f.view.selectedText(), lines(1).at(0) + u'\n' + ehlo.at(1) + u'\n' + ehlo.at(2) + u'\n');
    QVERIFY(f.view.selectedText().contains(QStringLiteral("-> EHLO client.example\n")));
    QVERIFY(f.view.selectedText().contains(QStringLiteral("<- 250 SIZE 1000\n")));

    // A malformed item comes with its "!!" remark, as in a saved transcript.
    selection->clear();
    selectRow(f.model.firstRowForEntry(9));
    const QString garbage = f.view.selectedText();
    QCOMPARE(garbage, TranscriptExporter::textLine(f.transcript.at(9)));
    QVERIFY(garbage.contains(QStringLiteral("!! ")));

    // Everything is the export without its header.
    f.table()->selectAll();
    QString everything;
    for (const TranscriptEntry &entry : f.transcript.entries())
        everything += TranscriptExporter::textLine(entry);
    QCOMPARE(f.view.selectedText(), everything);
}

void tst_TranscriptView::copyShortcut()
{
    Fixture f;
    playSession(f.transcript);
    f.view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&f.view));
    f.table()->setFocus();
    QGuiApplication::clipboard()->setText(QStringLiteral("before"));
    QVERIFY(!f.view.copyAction()->isEnabled());
    f.table()->selectRow(1);
    QVERIFY(f.view.copyAction()->isEnabled());
    QTest::keyClick(f.table(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), f.view.selectedText());
    QVERIFY(QGuiApplication::clipboard()->text().contains(QStringLiteral("EHLO client.example")));
}

void tst_TranscriptView::entrySelectedOnClick()
{
    Fixture f;
    playSession(f.transcript);
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    QSignalSpy selected(&f.view, &TranscriptView::entrySelected);

    // The third line of the EHLO reply (entry 2, rows 2-4).
    const QRect rect = f.table()->visualRect(f.table()->model()->index(4, TranscriptModel::TextColumn));
    QVERIFY(rect.isValid());
    QTest::mouseClick(f.table()->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.at(0).at(0).toInt(), 2);

    const QRect client = f.table()->visualRect(f.table()->model()->index(5, TranscriptModel::TimeColumn));
    QTest::mouseClick(f.table()->viewport(), Qt::LeftButton, {}, client.center());
    QCOMPARE(selected.count(), 2);
    QCOMPARE(selected.at(1).at(0).toInt(), 3);

    // The keyboard moves line by line; within one reply each line still names its entry.
    f.table()->setFocus();
    QTest::keyClick(f.table(), Qt::Key_Up);
    QCOMPARE(selected.last().at(0).toInt(), 2);
}

void tst_TranscriptView::selectEntry()
{
    Fixture f;
    f.addLines(300);
    f.transcript.addReply(SmtpReply::parse("250-a\r\n250 b\r\n"), SessionStage::Ehlo);
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    QSignalSpy selected(&f.view, &TranscriptView::entrySelected);
    f.view.selectEntry(10);
    QCOMPARE(f.sourceRowOf(f.table()->currentIndex()), 10);
    QCOMPARE(selected.last().at(0).toInt(), 10);
    QVERIFY(!f.view.isFollowingNewest());
    f.view.selectEntry(300);
    QCOMPARE(f.sourceRowOf(f.table()->currentIndex()), 300);
    f.view.selectEntry(999); // no such entry: nothing happens
    QCOMPARE(f.sourceRowOf(f.table()->currentIndex()), 300);
}

void tst_TranscriptView::toolTipsAreEscaped()
{
    // A line too long for its cell shows in full in the tooltip, as text: markup from a server stays text.
    Fixture f;
    f.view.resize(420, 200);
    f.transcript.addReply(
        SmtpReply::parse(QByteArray(QByteArray("550 <b>bold</b> <img src=x> ") + QByteArray(200, 'x') + "\r\n")),
        SessionStage::Rcpt);
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    const QRect rect = f.table()->visualRect(f.table()->model()->index(0, TranscriptModel::TextColumn));
    QHelpEvent event(QEvent::ToolTip, rect.center(), f.table()->viewport()->mapToGlobal(rect.center()));
    QCoreApplication::sendEvent(f.table()->viewport(), &event);
    QTRY_VERIFY(QToolTip::isVisible());
    const QString tip = QToolTip::text();
    QVERIFY2(tip.contains(QStringLiteral("&lt;b&gt;bold&lt;/b&gt; &lt;img src=x&gt;")), qPrintable(tip));
    QVERIFY2(!tip.contains(QStringLiteral("<b>")) && !tip.contains(QStringLiteral("<img")), qPrintable(tip));
    QVERIFY(tip.contains(SessionStages::displayName(SessionStage::Rcpt)));
    QToolTip::hideText();
}

void tst_TranscriptView::retranslatesOnLanguageChange()
{
    Fixture f;
    playSession(f.transcript);
    QSignalSpy headers(&f.model, &QAbstractItemModel::headerDataChanged);
    QEvent event(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&f.view, &event);
    QCOMPARE(headers.count(), 1);
    QCOMPARE(f.findLineEdit()->placeholderText(), QStringLiteral("Find in transcript"));
    QCOMPARE(f.table()->model()->headerData(TranscriptModel::TimeColumn, Qt::Horizontal).toString(),
             QStringLiteral("Time"));
}

void tst_TranscriptView::hundredThousandLines()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    const SmtpReply reply = SmtpReply::parse("250-one\r\n250-two\r\n250-three\r\n250 four\r\n");
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 25000; ++i)
        f.transcript.addReply(reply, SessionStage::Ehlo);
    QCoreApplication::processEvents();
    QTRY_COMPARE(f.bar()->value(), f.bar()->maximum());
    qInfo("100,000 lines appended and shown in %lld ms", timer.elapsed());
    QCOMPARE(f.table()->model()->rowCount(), 100000);

    timer.restart();
    f.view.showFindBar();
    f.filterCheckBox()->setChecked(true);
    QTest::keyClicks(f.findLineEdit(), QStringLiteral("three"));
    QTRY_COMPARE(f.table()->model()->rowCount(), 25000);
    qInfo("filtered to 25,000 lines in %lld ms", timer.elapsed());
    f.view.hideFindBar();
    QCOMPARE(f.table()->model()->rowCount(), 100000);
}

void tst_TranscriptView::screenshots()
{
    // Rendered into the build folder for people to look at (not compared: fonts differ by machine).
    QDir().mkpath(QStringLiteral("screenshots"));
    for (const bool dark : {false, true}) {
        Fixture f;
        if (dark) {
            QPalette palette;
            palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
            palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
            palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
            palette.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
            palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
            palette.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
            palette.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
            palette.setColor(QPalette::HighlightedText, Qt::white);
            f.view.setPalette(palette);
        }
        f.view.resize(760, 420);
        Transcript &t = f.transcript;
        t.addNote(QStringLiteral("Connecting to mail.example.com (192.0.2.25) port 25"), SessionStage::Connect);
        t.expectReply();
        t.addReply(SmtpReply::parse("220 mail.example.com ESMTP Postfix\r\n"), SessionStage::Greeting);
        t.addClientLine("EHLO client.example", SessionStage::Ehlo, Sensitivity::Normal);
        t.addReply(SmtpReply::parse("250-mail.example.com\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n250-STARTTLS\r\n"
                                    "250 8BITMIME\r\n"),
                   SessionStage::Ehlo);
        t.addClientLine("STARTTLS", SessionStage::StartTls, Sensitivity::Normal);
        t.addReply(SmtpReply::parse("220 2.0.0 Ready to start TLS\r\n"), SessionStage::StartTls);
        t.setInsideTls(true);
        t.addNote(QStringLiteral("TLS 1.3 established (TLS_AES_256_GCM_SHA384)"), SessionStage::StartTls);
        t.addNote(QStringLiteral("The certificate does not name mail.example.com"), SessionStage::StartTls,
                  TranscriptEntry::Severity::Warning);
        t.addClientLine("AUTH PLAIN AGFsaWNlAHNlY3JldA==", SessionStage::Auth, Sensitivity::Normal);
        t.addReply(SmtpReply::parse("235 2.7.0 Authentication successful\r\n"), SessionStage::Auth);
        t.addClientLine("MAIL FROM:<alice@example.com>", SessionStage::Mail, Sensitivity::Normal);
        t.addReply(SmtpReply::parse("250 2.1.0 Ok\r\n"), SessionStage::Mail);
        t.addClientLine("RCPT TO:<nobody@example.com>", SessionStage::Rcpt, Sensitivity::Normal);
        t.addReply(SmtpReply::parse("550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown in "
                                    "virtual mailbox table\r\n"),
                   SessionStage::Rcpt);
        t.addClientLine("RCPT TO:<bob@example.com>", SessionStage::Rcpt, Sensitivity::Normal);
        t.addReply(SmtpReply::parse("451 4.7.1 <bob@example.com>: Recipient address rejected: Greylisted\r\n"),
                   SessionStage::Rcpt);
        t.addClientLine("DATA", SessionStage::Data, Sensitivity::Normal);
        t.addReply(SmtpReply::parse("354 End data with <CR><LF>.<CR><LF>\r\n"), SessionStage::Data);
        t.addReply(SmtpReply::parse("SSH-2.0-OpenSSH_9.2\r\n"), SessionStage::Data);
        t.addNote(QStringLiteral("Connection closed by the server"), SessionStage::Data,
                  TranscriptEntry::Severity::Error);
        f.view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        f.table()->selectRow(f.model.firstRowForEntry(5));
        f.view.showFindBar();
        f.findLineEdit()->setText(QStringLiteral("rcpt"));
        QCoreApplication::processEvents();
        const QString path = QStringLiteral("screenshots/transcript-view-%1.png")
                                 .arg(dark ? QStringLiteral("dark") : QStringLiteral("light"));
        QVERIFY(f.view.grab().save(path));
        QVERIFY(QFileInfo(path).size() > 1000);
    }
}

QTEST_MAIN(tst_TranscriptView)
#include "tst_TranscriptView.moc"

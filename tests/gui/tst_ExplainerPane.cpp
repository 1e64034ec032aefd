#include "gui/ExplainerPane.h"
#include "gui/ExplanationView.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QToolButton>
#include <QtTest>

class tst_ExplainerPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsEmpty();
    void explainsInEachLanguage_data();
    void explainsInEachLanguage();
    void serverTextIsNeverMarkup();
    void requestsComparison();
    void languageSwitchReRenders();
    void survivesLanguageChange();
    void clearReturnsToEmptyState();
    void screenshots();

private:
    static SmtpReply userUnknown() { return SmtpReply::parse("550 5.1.1 <x@example.com>: User unknown\r\n"); }
    static QString shownText(ExplainerPane &pane) { return view(pane)->document()->toPlainText(); }
    static ExplanationView *view(ExplainerPane &pane)
    {
        return pane.findChild<ExplanationView *>(QStringLiteral("explanationView"));
    }
    static QToolButton *compareButton(ExplainerPane &pane)
    {
        return pane.findChild<QToolButton *>(QStringLiteral("compareToolButton"));
    }
};

void tst_ExplainerPane::startsEmpty()
{
    ExplainerPane pane;
    auto *stack = pane.findChild<QStackedWidget *>(QStringLiteral("pagesStackedWidget"));
    auto *empty = pane.findChild<QLabel *>(QStringLiteral("emptyLabel"));
    QVERIFY(stack && empty);
    QCOMPARE(stack->currentWidget(), empty->parentWidget());
    QCOMPARE(empty->text(), QStringLiteral("Select a reply in the transcript to see what it means."));
    QVERIFY(!compareButton(pane)->isEnabled());
    // The test runs with LANG=C: English explanations by default.
    QCOMPARE(pane.language(), ExplanationLanguage::English);
}

void tst_ExplainerPane::explainsInEachLanguage_data()
{
    QTest::addColumn<ExplanationLanguage>("language");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");

    QTest::newRow("en") << ExplanationLanguage::English
                        << QStringList{QStringLiteral("Recipient mailbox does not exist"), QStringLiteral("How to fix"),
                                       QStringLiteral("Check the part before the @ for typos"),
                                       QStringLiteral("At this stage (RCPT TO)"), QStringLiteral("Sending side")}
                        << QStringList{QStringLiteral("対処方法"), QStringLiteral("宛先のメールボックスが存在しない")};
    QTest::newRow("ja") << ExplanationLanguage::Japanese
                        << QStringList{QStringLiteral("宛先のメールボックスが存在しない"), QStringLiteral("対処方法"),
                                       QStringLiteral("@ より左側に入力ミス"), QStringLiteral("送信側")}
                        << QStringList{QStringLiteral("How to fix"),
                                       QStringLiteral("Recipient mailbox does not exist")};
    QTest::newRow("both") << ExplanationLanguage::Both
                          << QStringList{QStringLiteral("Recipient mailbox does not exist"),
                                         QStringLiteral("宛先のメールボックスが存在しない"),
                                         QStringLiteral("How to fix / 対処方法"),
                                         QStringLiteral("Check the part before the @ for typos"),
                                         QStringLiteral("@ より左側に入力ミス")}
                          << QStringList{};
}

void tst_ExplainerPane::explainsInEachLanguage()
{
    QFETCH(ExplanationLanguage, language);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);

    ExplainerPane pane;
    pane.setLanguage(language);
    pane.showReply(userUnknown(), SessionStage::Rcpt);
    const QString text = shownText(pane);
    for (const QString &wanted : present)
        QVERIFY2(text.contains(wanted), qPrintable(wanted + QStringLiteral(" missing in:\n") + text));
    for (const QString &unwanted : absent)
        QVERIFY2(!text.contains(unwanted), qPrintable(unwanted));
    // The badge, and the server's own words.
    QVERIFY(text.contains(QStringLiteral("550")));
    QVERIFY(text.contains(QStringLiteral("5.1.1 <x@example.com>: User unknown")));
    // Fixes are numbered.
    QVERIFY(view(pane)->toHtml().contains(QStringLiteral("<ol")));
}

void tst_ExplainerPane::serverTextIsNeverMarkup()
{
    ExplainerPane pane;
    pane.setLanguage(ExplanationLanguage::English);
    pane.showReply(SmtpReply::parse("550 <b>bold</b> <script>x</script> &amp; <a href=\"x\">y</a>\r\n"),
                   SessionStage::EndOfData);
    const QString text = shownText(pane);
    QVERIFY2(text.contains(QStringLiteral("<b>bold</b> <script>x</script> &amp; <a href=\"x\">y</a>")),
             qPrintable(text));
    const QString html = view(pane)->toHtml();
    QVERIFY(html.contains(QStringLiteral("&lt;b&gt;bold&lt;/b&gt;")));
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;")));
    QVERIFY(!html.contains(QStringLiteral("<script")));
    QVERIFY(!html.contains(QStringLiteral("href=\"x\"")));
    // Nothing in the document turned bold because of the server's <b>.
    const QTextDocument *document = view(pane)->document();
    const QTextCursor found = document->find(QStringLiteral("bold"));
    QVERIFY(!found.isNull());
    QVERIFY(found.charFormat().fontWeight() <= QFont::Normal);
    QVERIFY(!found.charFormat().isAnchor());
}

void tst_ExplainerPane::requestsComparison()
{
    ExplainerPane pane;
    QSignalSpy spy(&pane, &ExplainerPane::compareRequested);
    pane.showReply(userUnknown(), SessionStage::Rcpt);
    QToolButton *button = compareButton(pane);
    QVERIFY(button->isEnabled());

    button->click();
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.takeFirst().at(0).toString(), QStringLiteral("550"));

    // The menu offers both codes of the reply.
    const QList<QAction *> actions = button->menu()->actions();
    QCOMPARE(actions.size(), 2);
    actions.at(1)->trigger();
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.takeFirst().at(0).toString(), QStringLiteral("5.1.1"));
    actions.at(0)->trigger();
    QCOMPARE(spy.takeFirst().at(0).toString(), QStringLiteral("550"));

    // A reply without an enhanced code offers just its code.
    pane.showReply(SmtpReply::parse("421 Service not available\r\n"), SessionStage::Greeting);
    QCOMPARE(button->menu()->actions().size(), 1);
    button->click();
    QCOMPARE(spy.takeFirst().at(0).toString(), QStringLiteral("421"));
}

void tst_ExplainerPane::languageSwitchReRenders()
{
    ExplainerPane pane;
    pane.setLanguage(ExplanationLanguage::English);
    QSignalSpy spy(&pane, &ExplainerPane::languageChanged);
    pane.showReply(userUnknown(), SessionStage::Rcpt);
    QVERIFY(shownText(pane).contains(QStringLiteral("How to fix")));

    // As the user does it: through the combo box.
    auto *combo = pane.findChild<QComboBox *>(QStringLiteral("languageComboBox"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 3);
    QCOMPARE(combo->itemText(0), QStringLiteral("日本語"));
    QCOMPARE(combo->itemText(1), QStringLiteral("English"));
    QCOMPARE(combo->itemText(2), QStringLiteral("Both"));
    combo->setCurrentIndex(0);
    QCOMPARE(pane.language(), ExplanationLanguage::Japanese);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.takeFirst().at(0).value<ExplanationLanguage>(), ExplanationLanguage::Japanese);
    QVERIFY(shownText(pane).contains(QStringLiteral("対処方法")));
    QVERIFY(!shownText(pane).contains(QStringLiteral("How to fix")));

    pane.setLanguage(ExplanationLanguage::Both);
    QCOMPARE(spy.size(), 1);
    QVERIFY(shownText(pane).contains(QStringLiteral("How to fix / 対処方法")));
    // Setting the language in effect changes nothing and says nothing.
    spy.clear();
    pane.setLanguage(ExplanationLanguage::Both);
    QCOMPARE(spy.size(), 0);
}

void tst_ExplainerPane::survivesLanguageChange()
{
    ExplainerPane pane;
    pane.setLanguage(ExplanationLanguage::Japanese);
    pane.showReply(userUnknown(), SessionStage::Rcpt);
    QEvent event(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&pane, &event);
    QCOMPARE(pane.language(), ExplanationLanguage::Japanese);
    QCOMPARE(pane.findChild<QComboBox *>(QStringLiteral("languageComboBox"))->count(), 3);
    QVERIFY(compareButton(pane)->isEnabled());
    QCOMPARE(compareButton(pane)->menu()->actions().size(), 2);
    QVERIFY(shownText(pane).contains(QStringLiteral("対処方法")));
}

void tst_ExplainerPane::clearReturnsToEmptyState()
{
    ExplainerPane pane;
    pane.showReply(userUnknown(), SessionStage::Rcpt);
    QVERIFY(!view(pane)->isEmpty());
    pane.clear();
    QVERIFY(view(pane)->isEmpty());
    QVERIFY(shownText(pane).isEmpty());
    QVERIFY(!compareButton(pane)->isEnabled());
    auto *stack = pane.findChild<QStackedWidget *>(QStringLiteral("pagesStackedWidget"));
    QCOMPARE(stack->currentIndex(), 0);
}

void tst_ExplainerPane::screenshots()
{
    // Rendered into the build folder for people to look at (not compared: fonts differ by machine).
    QDir().mkpath(QStringLiteral("screenshots"));
    const QList<QPair<QString, ExplanationLanguage>> languages{{QStringLiteral("en"), ExplanationLanguage::English},
                                                               {QStringLiteral("ja"), ExplanationLanguage::Japanese},
                                                               {QStringLiteral("both"), ExplanationLanguage::Both}};
    for (const auto &[name, language] : languages) {
        ExplainerPane pane;
        pane.setLanguage(language);
        pane.resize(520, 720);
        pane.showReply(SmtpReply::parse("550-5.7.26 This mail has been blocked because the sender is\r\n"
                                        "550 5.7.26 unauthenticated. <b>Gmail</b> requires SPF or DKIM.\r\n"),
                       SessionStage::EndOfData);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        const QString path = QStringLiteral("screenshots/explainer-pane-%1.png").arg(name);
        QVERIFY(pane.grab().save(path));
        QVERIFY(QFileInfo(path).size() > 1000);
    }
}

QTEST_MAIN(tst_ExplainerPane)
#include "tst_ExplainerPane.moc"

#include "core/dns/DnsCheck.h"
#include "core/reference/ReferenceCatalog.h"
#include "gui/ExplainerPane.h"
#include "gui/ExplanationView.h"

#include <QComboBox>
#include <QDir>
#include <QFrame>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
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
    void dnsSectionForHostnameRejection();
    void noDnsSectionWhenDnsIsNotTheCause();
    void dnsSectionFollowsTheLanguage();
    void screenshots();

private:
    static SmtpReply userUnknown() { return SmtpReply::parse("550 5.1.1 <x@example.com>: User unknown\r\n"); }
    static SmtpReply noHostname()
    {
        return SmtpReply::parse("450 4.7.25 Client host rejected: cannot find your hostname\r\n");
    }
    template<typename T>
    static T *child(ExplainerPane &pane, const char *name)
    {
        T *widget = pane.findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no %s", name);
        return widget;
    }
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

void tst_ExplainerPane::dnsSectionForHostnameRejection()
{
    ExplainerPane pane;
    pane.setLanguage(ExplanationLanguage::English);
    pane.resize(520, 720);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QSignalSpy spy(&pane, &ExplainerPane::dnsCheckRequested);
    auto *frame = child<QFrame>(pane, "dnsFrame");
    const SmtpReply reply = noHostname();
    pane.showReply(reply, SessionStage::Rcpt);
    QVERIFY(frame->isVisible());

    const QStringList expected = DnsCheck::checksForReply(reply.code(), reply.enhancedCode(), reply.text());
    QVERIFY(!expected.isEmpty());
    QCOMPARE(expected.constFirst(), QStringLiteral("ptr"));
    const QString title = child<QLabel>(pane, "dnsTitleLabel")->text();
    QVERIFY2(title.startsWith(QStringLiteral("DNS that may be the cause: PTR")), qPrintable(title));
    const QString findings = child<QLabel>(pane, "dnsFindingsLabel")->text();
    const ReferenceCatalog &catalog = ReferenceCatalog::builtIn();
    QVERIFY2(findings.contains(catalog.dnsFinding(QStringLiteral("ptr.missing"))->title.en), qPrintable(findings));
    QVERIFY(findings.contains(catalog.dnsFinding(QStringLiteral("ptr.not-confirmed"))->title.en));
    // Compact: a few lines at most.
    QVERIFY(findings.count(u'\n') < 5);

    auto *button = child<QPushButton>(pane, "dnsCheckPushButton");
    QCOMPARE(button->text(), QStringLiteral("Run the DNS check…"));
    QVERIFY(button->isVisible() && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(spy.size(), 1);
    const QStringList checks = spy.takeFirst().at(0).toStringList();
    QCOMPARE(checks, expected);
    QCOMPARE(checks.constFirst(), QStringLiteral("ptr"));

    // The explanation itself is unchanged, and still explains the reply.
    QVERIFY(shownText(pane).contains(QStringLiteral("4.7.25")));
}

void tst_ExplainerPane::noDnsSectionWhenDnsIsNotTheCause()
{
    ExplainerPane pane;
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    auto *frame = child<QFrame>(pane, "dnsFrame");
    pane.showReply(userUnknown(), SessionStage::Rcpt);
    QVERIFY(!frame->isVisible());

    // From a reply with the section to one without, and back to the empty state.
    pane.showReply(noHostname(), SessionStage::Rcpt);
    QVERIFY(frame->isVisible());
    pane.showReply(SmtpReply::parse("250 2.1.5 Ok\r\n"), SessionStage::Rcpt);
    QVERIFY(!frame->isVisible());
    pane.showReply(noHostname(), SessionStage::Rcpt);
    pane.clear();
    QVERIFY(frame->isHidden());
    QSignalSpy spy(&pane, &ExplainerPane::dnsCheckRequested);
    child<QPushButton>(pane, "dnsCheckPushButton")->click();
    QCOMPARE(spy.size(), 0);
}

void tst_ExplainerPane::dnsSectionFollowsTheLanguage()
{
    ExplainerPane pane;
    pane.setLanguage(ExplanationLanguage::English);
    pane.showReply(noHostname(), SessionStage::Rcpt);
    auto *findings = child<QLabel>(pane, "dnsFindingsLabel");
    const DnsFindingEntry *missing = ReferenceCatalog::builtIn().dnsFinding(QStringLiteral("ptr.missing"));

    // The findings' titles follow the explanation language.
    pane.setLanguage(ExplanationLanguage::Japanese);
    QVERIFY2(findings->text().contains(missing->title.ja), qPrintable(findings->text()));
    QVERIFY(!findings->text().contains(missing->title.en));
    pane.setLanguage(ExplanationLanguage::Both);
    QVERIFY(findings->text().contains(missing->title.en));
    QVERIFY(findings->text().contains(missing->title.ja));

    // The user interface language: the labels are set again, the section stays.
    QEvent event(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&pane, &event);
    QVERIFY(!child<QFrame>(pane, "dnsFrame")->isHidden());
    QVERIFY(child<QLabel>(pane, "dnsTitleLabel")->text().contains(QStringLiteral("PTR")));
    QVERIFY(findings->text().contains(missing->title.ja));
    QCOMPARE(child<QPushButton>(pane, "dnsCheckPushButton")->text(), QStringLiteral("Run the DNS check…"));
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
        QString path = QStringLiteral("screenshots/explainer-pane-%1.png").arg(name);
        QVERIFY(pane.grab().save(path));
        QVERIFY(QFileInfo(path).size() > 1000);

        pane.showReply(SmtpReply::parse("450 4.7.25 Client host rejected: cannot find your hostname, [192.0.2.1]\r\n"),
                       SessionStage::Rcpt);
        path = QStringLiteral("screenshots/explainer-pane-dns-%1.png").arg(name);
        QVERIFY(pane.grab().save(path));
        QVERIFY(QFileInfo(path).size() > 1000);
    }
}

QTEST_MAIN(tst_ExplainerPane)
#include "tst_ExplainerPane.moc"

#include "core/reference/ReferenceCatalog.h"
#include "gui/ExplanationView.h"
#include "gui/ReferenceWindow.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTextBlock>
#include <QTreeWidget>
#include <QtTest>

class tst_ReferenceWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void treeHoldsEveryEntry();
    void searchNarrowsTheTree_data();
    void searchNarrowsTheTree();
    void selectingAnItemShowsItsDetails();
    void showCodeSelectsIt();
    void comparesLikeTheSeedPages();
    void unknownCodeShowsAnError();
    void survivesLanguageChange();
    void swapsTheCodes();
    void dnsFindingsByCheck();
    void searchFindsDnsFindings_data();
    void searchFindsDnsFindings();
    void selectingADnsFindingShowsItsFixes();
    void replyCodeListsItsDnsFindings();
    void screenshots();

private:
    template<typename T>
    static T *child(ReferenceWindow &window, const char *name)
    {
        T *widget = window.findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no %s", name);
        return widget;
    }
    // Items that stand for a catalog entry are the leaves; groups always have children.
    static QList<QTreeWidgetItem *> leaves(ReferenceWindow &window, bool visibleOnly)
    {
        QList<QTreeWidgetItem *> result;
        auto *tree = child<QTreeWidget>(window, "codesTreeWidget");
        for (QTreeWidgetItemIterator it(tree); *it; ++it) {
            bool visible = true;
            for (QTreeWidgetItem *i = *it; i; i = i->parent())
                visible = visible && !i->isHidden();
            if ((*it)->childCount() == 0 && (visible || !visibleOnly))
                result.append(*it);
        }
        return result;
    }
    static QTreeWidgetItem *leaf(ReferenceWindow &window, const QString &key)
    {
        for (QTreeWidgetItem *item : leaves(window, false)) {
            if (item->text(0).startsWith(key + QStringLiteral(" — ")))
                return item;
        }
        return nullptr;
    }
    static QString details(ReferenceWindow &window)
    {
        return child<ExplanationView>(window, "detailsView")->document()->toPlainText();
    }
    // The links of the details page, as hrefs ("smtpdoctor:556", "smtpdoctor-dns:mx.null").
    static QStringList links(ReferenceWindow &window)
    {
        QStringList hrefs;
        const QTextDocument *document = child<ExplanationView>(window, "detailsView")->document();
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat format = it.fragment().charFormat();
                if (format.isAnchor() && !hrefs.contains(format.anchorHref()))
                    hrefs.append(format.anchorHref());
            }
        }
        return hrefs;
    }
    static void clickLink(ReferenceWindow &window, const QString &href)
    {
        Q_EMIT child<ExplanationView>(window, "detailsView")->anchorClicked(QUrl(href));
    }
    static QString comparison(ReferenceWindow &window)
    {
        return child<ExplanationView>(window, "comparisonView")->document()->toPlainText();
    }
};

void tst_ReferenceWindow::init()
{
    QSettings().clear();
}

void tst_ReferenceWindow::treeHoldsEveryEntry()
{
    ReferenceWindow window;
    window.setLanguage(ExplanationLanguage::English);
    const ReferenceCatalog &catalog = ReferenceCatalog::builtIn();
    QVERIFY(catalog.errors().isEmpty());
    const qsizetype all = catalog.entries().size() + catalog.dnsFindings().size();
    QCOMPARE(leaves(window, false).size(), all);
    QCOMPARE(leaves(window, true).size(), all);
    QVERIFY(child<QLabel>(window, "searchStatusLabel")->text().contains(QString::number(all)));

    auto *tree = child<QTreeWidget>(window, "codesTreeWidget");
    QCOMPARE(tree->topLevelItemCount(), 4);
    QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("Reply codes"));
    QCOMPARE(tree->topLevelItem(1)->text(0), QStringLiteral("Enhanced status codes"));
    QCOMPARE(tree->topLevelItem(2)->text(0), QStringLiteral("Server texts"));
    QCOMPARE(tree->topLevelItem(3)->text(0), QStringLiteral("DNS findings"));

    QTreeWidgetItem *item550 = leaf(window, QStringLiteral("550"));
    QVERIFY(item550);
    QCOMPARE(item550->text(0), QStringLiteral("550 — ") + catalog.find(QStringLiteral("550"))->title.en);
    QCOMPARE(item550->parent()->text(0), QStringLiteral("5xx permanent failure"));
    QTreeWidgetItem *item511 = leaf(window, QStringLiteral("X.1.1"));
    QVERIFY(item511);
    QCOMPARE(item511->parent()->text(0), QStringLiteral("X.1 Addressing status"));
    QTreeWidgetItem *gmail = leaf(window, QStringLiteral("gmail-5.7.26-dmarc"));
    QVERIFY(gmail);
    QCOMPARE(gmail->parent()->text(0), QStringLiteral("Gmail"));

    // Titles follow the explanation language.
    window.setLanguage(ExplanationLanguage::Japanese);
    QCOMPARE(item550->text(0), QStringLiteral("550 — ") + catalog.find(QStringLiteral("550"))->title.ja);
    QCOMPARE(item511->parent()->text(0), QStringLiteral("X.1 アドレス関連"));
}

void tst_ReferenceWindow::searchNarrowsTheTree_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected");

    QTest::newRow("enhanced code") << QStringLiteral("5.7.26") << QStringLiteral("X.7.26");
    QTest::newRow("number prefix") << QStringLiteral("55") << QStringLiteral("554");
    QTest::newRow("english words") << QStringLiteral("relay denied") << QString();
    QTest::newRow("japanese") << QStringLiteral("メールボックス") << QStringLiteral("550");
}

void tst_ReferenceWindow::searchNarrowsTheTree()
{
    QFETCH(QString, query);
    QFETCH(QString, expected);

    ReferenceWindow window;
    const qsizetype all = leaves(window, true).size();
    child<QLineEdit>(window, "searchLineEdit")->setText(query);
    const QList<QTreeWidgetItem *> shown = leaves(window, true);
    QVERIFY2(!shown.isEmpty(), qPrintable(query));
    QVERIFY2(shown.size() < all, qPrintable(query));
    if (!expected.isEmpty()) {
        QTreeWidgetItem *item = leaf(window, expected);
        QVERIFY(item);
        QVERIFY2(shown.contains(item), qPrintable(expected));
    }
    QVERIFY(child<QLabel>(window, "searchStatusLabel")->text().contains(QString::number(shown.size())));
    // Return takes the first match.
    QTest::keyClick(child<QLineEdit>(window, "searchLineEdit"), Qt::Key_Return);
    QCOMPARE(child<QTreeWidget>(window, "codesTreeWidget")->currentItem(), shown.constFirst());

    // Clearing the search shows everything again.
    child<QLineEdit>(window, "searchLineEdit")->clear();
    QCOMPARE(leaves(window, true).size(), all);
}

void tst_ReferenceWindow::selectingAnItemShowsItsDetails()
{
    ReferenceWindow window;
    window.setLanguage(ExplanationLanguage::English);
    auto *tree = child<QTreeWidget>(window, "codesTreeWidget");
    auto *tabs = child<QTabWidget>(window, "tabWidget");
    tabs->setCurrentIndex(1);

    tree->setCurrentItem(leaf(window, QStringLiteral("X.7.26")));
    QCOMPARE(tabs->currentIndex(), 0);
    const ReferenceEntry *entry = ReferenceCatalog::builtIn().find(QStringLiteral("X.7.26"));
    QString text = details(window);
    QVERIFY2(text.contains(entry->title.en), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("How to fix")));
    QVERIFY(text.contains(QStringLiteral("IANA registry title")));
    QVERIFY(text.contains(entry->registryTitle));

    tree->setCurrentItem(leaf(window, QStringLiteral("gmail-5.7.26-dmarc")));
    text = details(window);
    QVERIFY(text.contains(QStringLiteral("Gmail: refused by the From domain's DMARC policy")));
    QVERIFY(text.contains(QStringLiteral("Recognised by")));
    QVERIFY(text.contains(QStringLiteral("Sent by: Gmail")));

    // Per stage notes, with the "any" note named as such.
    tree->setCurrentItem(leaf(window, QStringLiteral("550")));
    text = details(window);
    QVERIFY(text.contains(QStringLiteral("When you see it")));
    QVERIFY(text.contains(QStringLiteral("[RCPT TO]")));
    QVERIFY(text.contains(QStringLiteral("[Any stage]")));

    // Related codes are links to their own details.
    Q_EMIT child<ExplanationView>(window, "detailsView")->anchorClicked(QUrl(QStringLiteral("smtpdoctor:X.7.26")));
    QCOMPARE(tree->currentItem(), leaf(window, QStringLiteral("X.7.26")));
    tree->setCurrentItem(leaf(window, QStringLiteral("550")));

    // A group shows nothing new.
    tree->setCurrentItem(tree->topLevelItem(0));
    QCOMPARE(details(window), text);

    window.setLanguage(ExplanationLanguage::Japanese);
    QVERIFY(details(window).contains(QStringLiteral("発生する場面")));
    QVERIFY(details(window).contains(QStringLiteral("[どの段階でも]")));
}

void tst_ReferenceWindow::showCodeSelectsIt()
{
    ReferenceWindow window;
    window.setLanguage(ExplanationLanguage::English);
    window.showCode(QStringLiteral("5.1.1"));
    auto *tree = child<QTreeWidget>(window, "codesTreeWidget");
    QCOMPARE(tree->currentItem(), leaf(window, QStringLiteral("X.1.1")));
    QVERIFY(details(window).contains(ReferenceCatalog::builtIn().find(QStringLiteral("X.1.1"))->title.en));

    // An item hidden by a search is found all the same.
    child<QLineEdit>(window, "searchLineEdit")->setText(QStringLiteral("5.7.26"));
    window.showCode(QStringLiteral("354"));
    QCOMPARE(tree->currentItem(), leaf(window, QStringLiteral("354")));
    QVERIFY(!tree->currentItem()->isHidden());

    // A code the catalog does not know becomes a search.
    window.showCode(QStringLiteral("999"));
    QCOMPARE(child<QLineEdit>(window, "searchLineEdit")->text(), QStringLiteral("999"));
}

void tst_ReferenceWindow::comparesLikeTheSeedPages()
{
    ReferenceWindow window;
    window.setLanguage(ExplanationLanguage::English);
    window.compare(QStringLiteral("354"), QStringLiteral("550"));
    QCOMPARE(child<QTabWidget>(window, "tabWidget")->currentWidget()->objectName(), QStringLiteral("compareTab"));
    QVERIFY(!child<QLabel>(window, "compareMessageLabel")->isVisible());

    const QString text = comparison(window);
    const QStringList headings{
        QStringLiteral("SMTP 354 vs 550"), QStringLiteral("Summary"),          QStringLiteral("354: "),
        QStringLiteral("Description"),     QStringLiteral("When you see it"),  QStringLiteral("How to fix"),
        QStringLiteral("550: "),           QStringLiteral("Description"),      QStringLiteral("When you see it"),
        QStringLiteral("How to fix"),      QStringLiteral("Main differences"), QStringLiteral("Which applies when")};
    qsizetype at = 0;
    for (const QString &heading : headings) {
        const qsizetype found = text.indexOf(heading, at);
        QVERIFY2(found >= 0, qPrintable(heading + QStringLiteral(" not found after ") + QString::number(at)));
        at = found + heading.size();
    }

    window.setLanguage(ExplanationLanguage::Japanese);
    QVERIFY(comparison(window).contains(QStringLiteral("主な違い")));
    QVERIFY(comparison(window).contains(QStringLiteral("どちらに当たるかの見分け方")));
}

void tst_ReferenceWindow::unknownCodeShowsAnError()
{
    ReferenceWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.compare(QStringLiteral("354"), QStringLiteral("999"));
    auto *message = child<QLabel>(window, "compareMessageLabel");
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("“999”")), qPrintable(message->text()));
    QVERIFY(comparison(window).isEmpty());

    // Correcting the code replaces the message with the comparison.
    window.compare(QStringLiteral("354"), QStringLiteral("554"));
    QVERIFY(!message->isVisible());
    QVERIFY(comparison(window).contains(QStringLiteral("SMTP 354 vs 554")));
}

void tst_ReferenceWindow::survivesLanguageChange()
{
    ReferenceWindow window;
    window.setLanguage(ExplanationLanguage::Both);
    window.compare(QStringLiteral("354"), QStringLiteral("550"));
    child<QLineEdit>(window, "searchLineEdit")->setText(QStringLiteral("relay"));
    const qsizetype shown = leaves(window, true).size();
    QEvent event(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&window, &event);
    QCOMPARE(window.language(), ExplanationLanguage::Both);
    QCOMPARE(child<QComboBox>(window, "languageComboBox")->count(), 3);
    QCOMPARE(leaves(window, true).size(), shown);
    QCOMPARE(window.windowTitle(), QStringLiteral("SMTP Doctor — Reference"));
    QVERIFY(comparison(window).contains(QStringLiteral("Main differences / 主な違い")));
}

void tst_ReferenceWindow::swapsTheCodes()
{
    ReferenceWindow window;
    window.setLanguage(ExplanationLanguage::English);
    window.compare(QStringLiteral("421"), QStringLiteral("5.1.1"));
    QTest::mouseClick(child<QWidget>(window, "swapToolButton"), Qt::LeftButton);
    QCOMPARE(child<QLineEdit>(window, "compareALineEdit")->text(), QStringLiteral("5.1.1"));
    QCOMPARE(child<QLineEdit>(window, "compareBLineEdit")->text(), QStringLiteral("421"));
    QVERIFY(comparison(window).startsWith(QStringLiteral("SMTP 5.1.1 vs 421")));
}

void tst_ReferenceWindow::dnsFindingsByCheck()
{
    ReferenceWindow window;
    window.setLanguage(ExplanationLanguage::English);
    const ReferenceCatalog &catalog = ReferenceCatalog::builtIn();
    QVERIFY(catalog.dnsFindings().size() >= 46);
    QTreeWidgetItem *group = child<QTreeWidget>(window, "codesTreeWidget")->topLevelItem(3);
    QCOMPARE(group->text(0), QStringLiteral("DNS findings"));

    const QStringList names{QStringLiteral("MX"),        QStringLiteral("PTR"),     QStringLiteral("SPF"),
                            QStringLiteral("DMARC"),     QStringLiteral("MTA-STS"), QStringLiteral("TLS-RPT"),
                            QStringLiteral("DNS server")};
    const QStringList checks{QStringLiteral("mx"),    QStringLiteral("ptr"),     QStringLiteral("spf"),
                             QStringLiteral("dmarc"), QStringLiteral("mta-sts"), QStringLiteral("tls-rpt"),
                             QStringLiteral("dns")};
    QCOMPARE(group->childCount(), names.size());
    qsizetype found = 0;
    for (int i = 0; i < group->childCount(); ++i) {
        QTreeWidgetItem *checkGroup = group->child(i);
        QCOMPARE(checkGroup->text(0), names.at(i));
        for (int j = 0; j < checkGroup->childCount(); ++j) {
            QTreeWidgetItem *item = checkGroup->child(j);
            const QString key = item->text(0).section(QStringLiteral(" — "), 0, 0);
            const DnsFindingEntry *finding = catalog.dnsFinding(key);
            QVERIFY2(finding, qPrintable(item->text(0)));
            QCOMPARE(finding->check, checks.at(i));
            QCOMPARE(item->text(0), finding->key + QStringLiteral(" — ") + finding->title.en);
            QCOMPARE(item->childCount(), 0);
            ++found;
        }
    }
    QCOMPARE(found, catalog.dnsFindings().size());

    // Titles follow the explanation language; group names the user interface language.
    QTreeWidgetItem *nullMx = leaf(window, QStringLiteral("mx.null"));
    QVERIFY(nullMx);
    window.setLanguage(ExplanationLanguage::Japanese);
    QCOMPARE(nullMx->text(0), QStringLiteral("mx.null — ") + catalog.dnsFinding(QStringLiteral("mx.null"))->title.ja);
    QCOMPARE(group->text(0), QStringLiteral("DNS findings"));
    QEvent event(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&window, &event);
    QCOMPARE(group->child(6)->text(0), QStringLiteral("DNS server"));
    QCOMPARE(nullMx->text(0), QStringLiteral("mx.null — ") + catalog.dnsFinding(QStringLiteral("mx.null"))->title.ja);
}

void tst_ReferenceWindow::searchFindsDnsFindings_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("null MX") << QStringLiteral("null MX")
                             << QStringList{QStringLiteral("mx.null"), QStringLiteral("mx.null-mixed")};
    QTest::newRow("FCrDNS") << QStringLiteral("FCrDNS") << QStringList{QStringLiteral("ptr.not-confirmed")};
    QTest::newRow("逆引き") << QStringLiteral("逆引き")
                            << QStringList{QStringLiteral("ptr.missing"), QStringLiteral("ptr.not-confirmed")};
    QTest::newRow("id prefix") << QStringLiteral("spf.too") << QStringList{QStringLiteral("spf.too-many-lookups")};
    QTest::newRow("japanese words") << QStringLiteral("DMARC 構文") << QStringList{QStringLiteral("dmarc.syntax")};
}

void tst_ReferenceWindow::searchFindsDnsFindings()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);

    ReferenceWindow window;
    window.setLanguage(ExplanationLanguage::English);
    const qsizetype all = leaves(window, true).size();
    child<QLineEdit>(window, "searchLineEdit")->setText(query);
    const QList<QTreeWidgetItem *> shown = leaves(window, true);
    QVERIFY2(shown.size() < all, qPrintable(query));
    for (const QString &key : expected) {
        QTreeWidgetItem *item = leaf(window, key);
        QVERIFY2(item, qPrintable(key));
        QVERIFY2(shown.contains(item), qPrintable(key));
        QCOMPARE(item->parent()->parent()->text(0), QStringLiteral("DNS findings"));
    }
    // Findings about other things stay hidden, and the count includes the findings.
    QVERIFY(!shown.contains(leaf(window, QStringLiteral("tls-rpt.ok"))));
    QVERIFY(child<QLabel>(window, "searchStatusLabel")->text().contains(QString::number(shown.size())));

    // Return takes the first match; a finding when only findings match.
    QTest::keyClick(child<QLineEdit>(window, "searchLineEdit"), Qt::Key_Return);
    QCOMPARE(child<QTreeWidget>(window, "codesTreeWidget")->currentItem(), shown.constFirst());
}

void tst_ReferenceWindow::selectingADnsFindingShowsItsFixes()
{
    ReferenceWindow window;
    window.setLanguage(ExplanationLanguage::English);
    auto *tree = child<QTreeWidget>(window, "codesTreeWidget");
    auto *tabs = child<QTabWidget>(window, "tabWidget");
    tabs->setCurrentIndex(1);
    const DnsFindingEntry *finding = ReferenceCatalog::builtIn().dnsFinding(QStringLiteral("mx.null"));
    QVERIFY(finding);
    QCOMPARE(finding->fixes.size(), 2);

    tree->setCurrentItem(leaf(window, QStringLiteral("mx.null")));
    QCOMPARE(tabs->currentIndex(), 0);
    QString text = details(window);
    QVERIFY2(text.contains(finding->title.en), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Usual severity: Info")));
    QVERIFY(text.contains(finding->summary.en));
    QVERIFY(text.contains(QStringLiteral("How to fix")));
    // Fixes numbered, backticks turned into code spans.
    QVERIFY(child<ExplanationView>(window, "detailsView")->toHtml().contains(QStringLiteral("<ol")));
    QVERIFY(text.contains(QStringLiteral("example.com. MX 10 mail.example.com.")));
    QVERIFY(text.contains(QStringLiteral("ask the recipient for a working address")));
    QVERIFY(text.contains(QStringLiteral("Replies it explains")));
    QVERIFY(text.contains(QStringLiteral("RFC 7505")));

    // The reply codes it explains are links that open those codes.
    const QStringList hrefs = links(window);
    QVERIFY2(hrefs.contains(QStringLiteral("smtpdoctor:556")), qPrintable(hrefs.join(u' ')));
    QVERIFY(hrefs.contains(QStringLiteral("smtpdoctor:5.1.10")));
    clickLink(window, QStringLiteral("smtpdoctor:556"));
    QCOMPARE(tree->currentItem(), leaf(window, QStringLiteral("556")));
    QVERIFY(details(window).contains(ReferenceCatalog::builtIn().find(QStringLiteral("556"))->title.en));

    // showCode() takes finding ids too; an unknown id becomes a search.
    window.showCode(QStringLiteral("ptr.missing"));
    QCOMPARE(tree->currentItem(), leaf(window, QStringLiteral("ptr.missing")));
    window.showDnsFinding(QStringLiteral("mx.null"));
    QCOMPARE(tree->currentItem(), leaf(window, QStringLiteral("mx.null")));
    window.showDnsFinding(QStringLiteral("mx.nothing"));
    QCOMPARE(child<QLineEdit>(window, "searchLineEdit")->text(), QStringLiteral("mx.nothing"));
    QCOMPARE(tree->currentItem(), leaf(window, QStringLiteral("mx.null")));

    // The explanation language re-renders the finding.
    window.setLanguage(ExplanationLanguage::Japanese);
    text = details(window);
    QVERIFY2(text.contains(finding->title.ja), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("通常の重大度: 情報")));
    QVERIFY(text.contains(QStringLiteral("対処方法")));
    QVERIFY(text.contains(QStringLiteral("関連する応答")));
    QVERIFY(!text.contains(QStringLiteral("How to fix")));
    window.setLanguage(ExplanationLanguage::Both);
    QVERIFY(details(window).contains(QStringLiteral("How to fix / 対処方法")));
    QVERIFY(details(window).contains(finding->title.en));
    QVERIFY(details(window).contains(finding->title.ja));

    // A finding with nothing to fix says so.
    window.setLanguage(ExplanationLanguage::English);
    window.showDnsFinding(QStringLiteral("ptr.ok"));
    QVERIFY(details(window).contains(QStringLiteral("Nothing to fix.")));
    QVERIFY(details(window).contains(QStringLiteral("Usual severity: OK")));
}

void tst_ReferenceWindow::replyCodeListsItsDnsFindings()
{
    ReferenceWindow window;
    window.setLanguage(ExplanationLanguage::English);
    auto *tree = child<QTreeWidget>(window, "codesTreeWidget");
    const ReferenceCatalog &catalog = ReferenceCatalog::builtIn();
    const DnsFindingEntry *nullMx = catalog.dnsFinding(QStringLiteral("mx.null"));

    window.showCode(QStringLiteral("556"));
    QString text = details(window);
    QVERIFY2(text.contains(QStringLiteral("DNS findings that explain this reply")), qPrintable(text));
    QVERIFY(text.contains(nullMx->title.en));
    QVERIFY(links(window).contains(QStringLiteral("smtpdoctor-dns:mx.null")));
    clickLink(window, QStringLiteral("smtpdoctor-dns:mx.null"));
    QCOMPARE(tree->currentItem(), leaf(window, QStringLiteral("mx.null")));
    QVERIFY(details(window).contains(QStringLiteral("Usual severity")));

    // The enhanced code (registry entry X.1.10) and the reverse DNS codes.
    window.showCode(QStringLiteral("5.1.10"));
    QVERIFY(links(window).contains(QStringLiteral("smtpdoctor-dns:mx.null")));
    window.showCode(QStringLiteral("X.7.25"));
    QVERIFY(links(window).contains(QStringLiteral("smtpdoctor-dns:ptr.missing")));
    // "Everything is fine" explains no failure.
    QVERIFY(!links(window).contains(QStringLiteral("smtpdoctor-dns:ptr.ok")));

    // A hidden finding is found all the same.
    child<QLineEdit>(window, "searchLineEdit")->setText(QStringLiteral("X.7.25"));
    clickLink(window, QStringLiteral("smtpdoctor-dns:ptr.missing"));
    QCOMPARE(tree->currentItem(), leaf(window, QStringLiteral("ptr.missing")));
    QVERIFY(!tree->currentItem()->isHidden());

    // In Japanese, the heading and the titles.
    window.setLanguage(ExplanationLanguage::Japanese);
    window.showCode(QStringLiteral("556"));
    QVERIFY(details(window).contains(nullMx->title.ja));
    QVERIFY(details(window).contains(QStringLiteral("この応答の原因になりうる DNS の問題")));

    // Codes DNS does not explain have no such section.
    window.setLanguage(ExplanationLanguage::English);
    for (const QString &code : {QStringLiteral("250"), QStringLiteral("X.1.1"), QStringLiteral("354")}) {
        window.showCode(code);
        QVERIFY2(!details(window).contains(QStringLiteral("DNS findings that explain this reply")), qPrintable(code));
    }
}

void tst_ReferenceWindow::screenshots()
{
    // Rendered into the build folder for people to look at (not compared: fonts differ by machine).
    QDir().mkpath(QStringLiteral("screenshots"));
    const QList<QPair<QString, ExplanationLanguage>> languages{{QStringLiteral("en"), ExplanationLanguage::English},
                                                               {QStringLiteral("ja"), ExplanationLanguage::Japanese}};
    for (const auto &[name, language] : languages) {
        ReferenceWindow window;
        window.setLanguage(language);
        window.resize(1100, 760);
        window.showCode(QStringLiteral("354"));
        window.compare(QStringLiteral("354"), QStringLiteral("550"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString path = QStringLiteral("screenshots/reference-window-compare-%1.png").arg(name);
        QVERIFY(window.grab().save(path));
        QVERIFY(QFileInfo(path).size() > 1000);

        window.showCode(QStringLiteral("5.7.26"));
        path = QStringLiteral("screenshots/reference-window-details-%1.png").arg(name);
        QVERIFY(window.grab().save(path));
        QVERIFY(QFileInfo(path).size() > 1000);

        window.showDnsFinding(QStringLiteral("mx.null"));
        path = QStringLiteral("screenshots/reference-window-dns-%1.png").arg(name);
        QVERIFY(window.grab().save(path));
        QVERIFY(QFileInfo(path).size() > 1000);
    }
}

QTEST_MAIN(tst_ReferenceWindow)
#include "tst_ReferenceWindow.moc"

// The DNS panel against a real name server: Debian's dnsmasq, started by this test on 127.0.0.1:53
// inside a private network namespace (tests/dns/run-in-netns.sh, which ctest uses). Only loopback,
// never the internet. Without a namespace, or without dnsmasq, the test skips, or fails when the
// environment variable SMTPDOCTOR_REAL_SERVERS is "required" (CI).

#include "DnsTestZone.h"
#include "core/reference/ReferenceCatalog.h"
#include "core/i18n/Translations.h"
#include "gui/DnsPanel.h"

#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QTreeWidget>
#include <QUdpSocket>
#include <QtTest>

namespace {

const QHostAddress kServer(QStringLiteral("127.0.0.1"));
const QHostAddress kSilentServer(QStringLiteral("127.0.0.2")); // a UDP socket that reads and never answers
const QHostAddress kNoServer(QStringLiteral("127.0.0.3"));     // nothing listens: port unreachable
const QHostAddress kSender(QStringLiteral("127.0.0.11"));      // mx1.shop.test, forward-confirmed

// The zone: shop.test has two MX hosts (listed out of order) and an SPF record with a misspelt
// mechanism; null.test has a null MX; html.test has markup in its SPF record.
const QStringList kZone{
    QStringLiteral("local=/test/"),
    QStringLiteral("local=/127.in-addr.arpa/"),
    QStringLiteral("mx-host=shop.test,mx2.shop.test,20"),
    QStringLiteral("mx-host=shop.test,mx1.shop.test,10"),
    QStringLiteral("host-record=mx1.shop.test,127.0.0.11"),
    QStringLiteral("host-record=mx2.shop.test,127.0.0.12,2001:db8::12"),
    QStringLiteral("txt-record=shop.test,\"v=spf1 mx ipv4:127.0.0.1 ~all\""),
    QStringLiteral("txt-record=_dmarc.shop.test,\"v=DMARC1; p=reject; rua=mailto:dmarc@shop.test\""),
    QStringLiteral("txt-record=_mta-sts.shop.test,\"v=STSv1; id=20240101\""),
    QStringLiteral("txt-record=_smtp._tls.shop.test,\"v=TLSRPTv1; rua=mailto:tls@shop.test\""),
    QStringLiteral("mx-host=null.test,.,0"),
    QStringLiteral("mx-host=html.test,mx1.shop.test,10"),
    QStringLiteral("txt-record=html.test,\"v=spf1 <b>bold</b> <a href='https://evil.test/'>link</a> -all\""),
};

const QString kHtmlRecord = QStringLiteral("v=spf1 <b>bold</b> <a href='https://evil.test/'>link</a> -all");

} // namespace

class tst_DnsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void listsMxInOrderAndTheSpfError();
    void connectsToAnMxHost();
    void nullMx();
    void validatesFieldsInPlace();
    void markupInRecordsIsText();
    void explanationLanguage();
    void survivesLanguageChange();
    void copiesAndSavesTheReport();
    void fitsAndScrolls();
    void screenshots();
    void serverNotThere();
    void silentServerCancelAndTimeout(); // last: Qt's resolver threads stay blocked for a while after it

private:
    template<typename T>
    static T *child(const DnsPanel &panel, const char *name)
    {
        T *widget = panel.findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no %s", name);
        return widget;
    }
    static QString details(const DnsPanel &panel)
    {
        return child<QTextBrowser>(panel, "detailsView")->document()->toPlainText();
    }
    /// The finding rows (not the groups) with their group's text.
    static QList<QTreeWidgetItem *> findingItems(const DnsPanel &panel)
    {
        QList<QTreeWidgetItem *> items;
        auto *tree = child<QTreeWidget>(panel, "findingsTreeWidget");
        for (QTreeWidgetItemIterator it(tree); *it; ++it) {
            if ((*it)->parent() && (*it)->data(0, Qt::UserRole).toInt() >= 0)
                items.append(*it);
        }
        return items;
    }
    static QTreeWidgetItem *findingItem(const DnsPanel &panel, const QString &id)
    {
        const DnsFindingEntry *entry = ReferenceCatalog::builtIn().dnsFinding(id);
        for (QTreeWidgetItem *item : findingItems(panel)) {
            if (entry && item->toolTip(0).startsWith(entry->title.en + u'\n'))
                return item;
        }
        return nullptr;
    }
    static QStringList ids(const DnsPanel &panel)
    {
        QStringList result;
        if (panel.report()) {
            for (const DnsFinding &f : panel.report()->findings())
                result.append(f.id);
        }
        return result;
    }
    /// Starts a check through the public API and waits (bounded) for its report.
    bool runCheck(DnsPanel &panel, const QString &domain, const QHostAddress &address = {},
                  const QStringList &focus = {});

    DnsTestZone::Dnsmasq m_dnsmasq;
    QTemporaryDir m_dir;
};

void tst_DnsPanel::initTestCase()
{
    // A lookup that never gets an answer holds one of Qt's resolver threads until the C resolver gives
    // up (10 s with the default resolv.conf); one try of 1 s keeps the silent-server test short.
    qputenv("RES_OPTIONS", "timeout:1 attempts:1");
    if (const QString why = DnsTestZone::unavailable(); !why.isEmpty()) {
        if (DnsTestZone::required())
            QFAIL(qPrintable(why + QStringLiteral(", and SMTPDOCTOR_REAL_SERVERS=required")));
        QSKIP(qPrintable(why));
    }
    QVERIFY(m_dir.isValid());
    const QString error = m_dnsmasq.start(kZone, kServer);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void tst_DnsPanel::init()
{
    QSettings().clear();
}

bool tst_DnsPanel::runCheck(DnsPanel &panel, const QString &domain, const QHostAddress &address,
                            const QStringList &focus)
{
    QSignalSpy finished(&panel, &DnsPanel::checkFinished);
    panel.check(domain, address, focus);
    if (!panel.isRunning() || !finished.isEmpty()) // asynchronous, never at once
        return false;
    if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 15000)) {
        qWarning().noquote() << "no report; dnsmasq said:" << m_dnsmasq.output();
        return false;
    }
    return finished.size() == 1 && !panel.isRunning() && panel.report().has_value();
}

void tst_DnsPanel::listsMxInOrderAndTheSpfError()
{
    DnsPanel panel;
    panel.setNameserver(kServer);
    panel.setExplanationLanguage(ExplanationLanguage::English);
    QVERIFY(runCheck(panel, QStringLiteral("Shop.Test."), kSender, {QStringLiteral("spf")}));
    QCOMPARE(panel.report()->domain, QStringLiteral("shop.test"));

    // Both hosts, lowest preference first, with their addresses.
    auto *mx = child<QTreeWidget>(panel, "mxTreeWidget");
    QCOMPARE(mx->topLevelItemCount(), 2);
    QCOMPARE(mx->topLevelItem(0)->text(0), QStringLiteral("10"));
    QCOMPARE(mx->topLevelItem(0)->text(1), QStringLiteral("mx1.shop.test"));
    QCOMPARE(mx->topLevelItem(0)->text(2), QStringLiteral("127.0.0.11"));
    QCOMPARE(mx->topLevelItem(1)->text(0), QStringLiteral("20"));
    QCOMPARE(mx->topLevelItem(1)->text(1), QStringLiteral("mx2.shop.test"));
    QCOMPARE(mx->topLevelItem(1)->text(2), QStringLiteral("127.0.0.12, 2001:db8::12"));

    // Every part checked; the misspelt mechanism is an SPF error, and the focus selected it.
    const QStringList found = ids(panel);
    for (const char *id : {"mx.ok", "ptr.ok", "spf.syntax", "dmarc.ok", "mta-sts.ok", "tls-rpt.ok"})
        QVERIFY2(found.contains(QLatin1String(id)), qPrintable(found.join(u' ')));
    auto *tree = child<QTreeWidget>(panel, "findingsTreeWidget");
    QTreeWidgetItem *spf = findingItem(panel, QStringLiteral("spf.syntax"));
    QVERIFY(spf);
    QCOMPARE(tree->currentItem(), spf);
    QCOMPARE(spf->text(1), QStringLiteral("Error"));
    QCOMPARE(spf->text(2), QStringLiteral("ipv4:127.0.0.1"));
    QVERIFY2(spf->parent()->text(0).startsWith(QStringLiteral("SPF — 1 error")), qPrintable(spf->parent()->text(0)));
    QVERIFY(!spf->icon(0).isNull());
    QStringList groups;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        groups.append(tree->topLevelItem(i)->text(0).section(u' ', 0, 0));
    QCOMPARE(groups, (QStringList{QStringLiteral("MX"), QStringLiteral("PTR"), QStringLiteral("SPF"),
                                  QStringLiteral("DMARC"), QStringLiteral("MTA-STS"), QStringLiteral("TLS-RPT")}));
    const QString summary = child<QLabel>(panel, "summaryLabel")->text();
    QVERIFY2(summary.startsWith(QStringLiteral("shop.test: 1 error(s), 0 warning(s)")), qPrintable(summary));

    // Selecting another finding and the SPF one again shows its explanation and the fixes, numbered.
    tree->setCurrentItem(findingItem(panel, QStringLiteral("mx.ok")));
    QVERIFY(details(panel).contains(QStringLiteral("MX records are in place")));
    tree->setCurrentItem(spf);
    const DnsFindingEntry *entry = ReferenceCatalog::builtIn().dnsFinding(QStringLiteral("spf.syntax"));
    QVERIFY(entry && entry->fixes.size() >= 2);
    const QString text = details(panel);
    QVERIFY2(text.contains(entry->title.en), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("How to fix")));
    for (const ReferenceEntry::Fix &fix : entry->fixes)
        QVERIFY2(text.contains(QString(fix.text.en).remove(u'`')), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("shop.test TXT v=spf1 mx ipv4:127.0.0.1 ~all")));
    QVERIFY(text.contains(QStringLiteral("Replies it explains")));
    auto *browser = child<QTextBrowser>(panel, "detailsView");
    QVERIFY(browser->document()->toHtml().contains(QStringLiteral("<ol")));

    // The reply codes it explains lead to the reference window.
    QSignalSpy reference(&panel, &DnsPanel::referenceRequested);
    Q_EMIT browser->anchorClicked(QUrl(QStringLiteral("smtpdoctor:5.7.23")));
    QCOMPARE(reference.size(), 1);
    QCOMPARE(reference.at(0).at(0).toString(), QStringLiteral("5.7.23"));
}

void tst_DnsPanel::connectsToAnMxHost()
{
    DnsPanel panel;
    panel.setNameserver(kServer);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(runCheck(panel, QStringLiteral("shop.test")));
    QSignalSpy host(&panel, &DnsPanel::connectToHostRequested);
    QSignalSpy domain(&panel, &DnsPanel::useDomainMxRequested);
    auto *mx = child<QTreeWidget>(panel, "mxTreeWidget");
    auto *connectButton = child<QPushButton>(panel, "connectMxPushButton");
    mx->setCurrentItem(mx->topLevelItem(1));
    QVERIFY(connectButton->isEnabled());
    QTest::mouseClick(connectButton, Qt::LeftButton);
    QCOMPARE(host.size(), 1);
    QCOMPARE(host.at(0).at(0).toString(), QStringLiteral("mx2.shop.test"));

    // Enter on a row does the same.
    mx->setFocus();
    mx->setCurrentItem(mx->topLevelItem(0));
    QTest::keyClick(mx, Qt::Key_Return);
    QCOMPARE(host.size(), 2);
    QCOMPARE(host.at(1).at(0).toString(), QStringLiteral("mx1.shop.test"));

    auto *useButton = child<QPushButton>(panel, "useDomainMxPushButton");
    QVERIFY(useButton->isEnabled());
    QTest::mouseClick(useButton, Qt::LeftButton);
    QCOMPARE(domain.size(), 1);
    QCOMPARE(domain.at(0).at(0).toString(), QStringLiteral("shop.test"));

    // PTR was not asked for: the group says how to get it.
    QTreeWidgetItem *ptr = child<QTreeWidget>(panel, "findingsTreeWidget")->topLevelItem(1);
    QVERIFY(ptr->text(0).startsWith(QStringLiteral("PTR")));
    QCOMPARE(ptr->childCount(), 1);
    QVERIFY(ptr->child(0)->text(0).startsWith(QStringLiteral("Not checked")));
}

void tst_DnsPanel::nullMx()
{
    DnsPanel panel;
    panel.setNameserver(kServer);
    panel.setExplanationLanguage(ExplanationLanguage::English);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(runCheck(panel, QStringLiteral("null.test"), {}, {QStringLiteral("mx")}));
    QCOMPARE(panel.report()->mx.kind, MxResult::Kind::NullMx);

    auto *mx = child<QTreeWidget>(panel, "mxTreeWidget");
    QCOMPARE(mx->topLevelItemCount(), 1);
    QCOMPARE(mx->topLevelItem(0)->text(1), QStringLiteral("."));
    QVERIFY(mx->topLevelItem(0)->text(2).contains(QStringLiteral("null MX")));
    auto *note = child<QLabel>(panel, "mxNoteLabel");
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QStringLiteral("accepts no mail")), qPrintable(note->text()));
    // Nothing to connect to.
    mx->setCurrentItem(mx->topLevelItem(0));
    QVERIFY(!child<QPushButton>(panel, "connectMxPushButton")->isEnabled());
    QVERIFY(!child<QPushButton>(panel, "useDomainMxPushButton")->isEnabled());

    QTreeWidgetItem *item = findingItem(panel, QStringLiteral("mx.null"));
    QVERIFY(item);
    QCOMPARE(child<QTreeWidget>(panel, "findingsTreeWidget")->currentItem(), item);
    QCOMPARE(item->text(2), QStringLiteral("null.test MX 0 ."));
    const QString text = details(panel);
    QVERIFY2(text.contains(QStringLiteral("Null MX: the domain accepts no mail")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("556 — ")));
    QVERIFY(text.contains(QStringLiteral("5.1.10")));
}

void tst_DnsPanel::validatesFieldsInPlace()
{
    DnsPanel panel;
    panel.setNameserver(kServer);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *domain = child<QLineEdit>(panel, "domainLineEdit");
    auto *address = child<QLineEdit>(panel, "addressLineEdit");
    auto *checkButton = child<QPushButton>(panel, "checkPushButton");
    auto *addressError = child<QLabel>(panel, "addressErrorLabel");
    auto *domainError = child<QLabel>(panel, "domainErrorLabel");
    QVERIFY(!checkButton->isEnabled()); // nothing to check yet, and nothing shouted about
    QVERIFY(!domainError->isVisible());

    QTest::keyClicks(domain, QStringLiteral("postmaster@Shop.Test"));
    QVERIFY(checkButton->isEnabled());
    QTest::keyClicks(address, QStringLiteral("300.1.2.3"));
    QVERIFY(addressError->isVisible());
    QVERIFY2(addressError->text().contains(QStringLiteral("“300.1.2.3” is not an IP address")),
             qPrintable(addressError->text()));
    QCOMPARE(address->accessibleDescription(), addressError->text());
    QVERIFY(!checkButton->isEnabled());
    QTest::keyClick(address, Qt::Key_Return);
    QVERIFY(!panel.isRunning());

    address->setText(QStringLiteral("[127.0.0.11]"));
    QVERIFY(!addressError->isVisible());
    QVERIFY(address->accessibleDescription().isEmpty());
    QVERIFY(checkButton->isEnabled());

    domain->setText(QStringLiteral("not a domain!"));
    QVERIFY(domainError->isVisible());
    QVERIFY(domainError->text().contains(QStringLiteral("is not a domain name")));
    panel.check(QStringLiteral("bad..name"));
    QVERIFY(!panel.isRunning());

    // Return in a field starts the check; the e-mail address gives its domain, the address its PTR.
    domain->setText(QStringLiteral("postmaster@Shop.Test"));
    address->setText(QStringLiteral("127.0.0.11"));
    QSignalSpy finished(&panel, &DnsPanel::checkFinished);
    QTest::keyClick(domain, Qt::Key_Return);
    QVERIFY(panel.isRunning());
    QVERIFY(child<QProgressBar>(panel, "busyProgressBar")->isVisible());
    QVERIFY(!checkButton->isEnabled());
    QVERIFY(child<QPushButton>(panel, "cancelPushButton")->isEnabled());
    QVERIFY(finished.wait(15000));
    QVERIFY(!child<QProgressBar>(panel, "busyProgressBar")->isVisible());
    QCOMPARE(panel.report()->domain, QStringLiteral("shop.test"));
    QCOMPARE(panel.report()->address, kSender);
    QVERIFY(ids(panel).contains(QStringLiteral("ptr.ok")));

    // Ctrl+Return checks again from anywhere in the window.
    child<QTreeWidget>(panel, "findingsTreeWidget")->setFocus();
    QTest::keyClick(child<QTreeWidget>(panel, "findingsTreeWidget"), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(panel.isRunning());
    QVERIFY(finished.wait(15000));
}

void tst_DnsPanel::markupInRecordsIsText()
{
    DnsPanel panel;
    panel.setNameserver(kServer);
    panel.setExplanationLanguage(ExplanationLanguage::English);
    QVERIFY(runCheck(panel, QStringLiteral("html.test"), {}, {QStringLiteral("spf")}));
    QVERIFY(panel.report()->spf.selection.record() == kHtmlRecord);
    auto *tree = child<QTreeWidget>(panel, "findingsTreeWidget");
    QVERIFY(tree->currentItem());
    QCOMPARE(tree->currentItem()->parent()->text(0).section(u' ', 0, 0), QStringLiteral("SPF"));
    // The subject column holds the term as written.
    bool literal = false;
    for (QTreeWidgetItem *item : findingItems(panel)) {
        literal = literal || item->text(2).contains(u'<');
        // Its tool tip shows the record as written too: escaped inside, never the record's own markup.
        QVERIFY2(!item->toolTip(2).contains(QStringLiteral("<b>")), qPrintable(item->toolTip(2)));
        if (item->text(2).contains(u'<')) {
            QTextDocument tip;
            tip.setHtml(item->toolTip(2));
            QCOMPARE(tip.toPlainText(), item->text(2));
        }
    }
    QVERIFY(literal);

    auto *browser = child<QTextBrowser>(panel, "detailsView");
    const QString text = details(panel);
    QVERIFY2(text.contains(QStringLiteral("html.test TXT ") + kHtmlRecord), qPrintable(text));
    const QString html = browser->document()->toHtml();
    QVERIFY(!html.contains(QStringLiteral("<b>bold")));
    QVERIFY(!html.contains(QStringLiteral("evil.test/\"")));
    // No link but ours.
    for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QString href = it.fragment().charFormat().anchorHref();
            QVERIFY2(href.isEmpty() || href.startsWith(QStringLiteral("smtpdoctor:")), qPrintable(href));
        }
    }
}

void tst_DnsPanel::explanationLanguage()
{
    DnsPanel panel;
    panel.setNameserver(kServer);
    panel.setExplanationLanguage(ExplanationLanguage::English);
    QVERIFY(runCheck(panel, QStringLiteral("shop.test"), {}, {QStringLiteral("spf")}));
    const DnsFindingEntry *entry = ReferenceCatalog::builtIn().dnsFinding(QStringLiteral("spf.syntax"));
    QVERIFY(entry);
    QVERIFY(details(panel).contains(entry->title.en));
    QVERIFY(!details(panel).contains(entry->title.ja));

    QSignalSpy changed(&panel, &DnsPanel::explanationLanguageChanged);
    panel.setExplanationLanguage(ExplanationLanguage::Japanese);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(child<QComboBox>(panel, "languageComboBox")->currentText(), QStringLiteral("日本語"));
    QString text = details(panel);
    QVERIFY2(text.contains(entry->title.ja), qPrintable(text));
    QVERIFY(text.contains(entry->summary.ja));
    QVERIFY(text.contains(QStringLiteral("対処方法")));
    QVERIFY(text.contains(QString(entry->fixes.constFirst().text.ja).remove(u'`')));
    QVERIFY(!text.contains(entry->title.en));
    QCOMPARE(child<QTreeWidget>(panel, "findingsTreeWidget")->currentItem()->text(0), entry->title.ja);

    panel.setExplanationLanguage(ExplanationLanguage::Both);
    text = details(panel);
    QVERIFY(text.contains(entry->title.en));
    QVERIFY(text.contains(entry->title.ja));
    QVERIFY(text.contains(QStringLiteral("How to fix / 対処方法")));

    // The copied report follows the explanation language too.
    panel.setExplanationLanguage(ExplanationLanguage::Japanese);
    QTest::mouseClick(child<QPushButton>(panel, "copyPushButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), panel.report()->toText(ExplanationLanguage::Japanese));
}

void tst_DnsPanel::survivesLanguageChange()
{
    DnsPanel panel;
    panel.setNameserver(kServer);
    panel.setExplanationLanguage(ExplanationLanguage::English);
    QVERIFY(runCheck(panel, QStringLiteral("shop.test"), kSender, {QStringLiteral("spf")}));
    auto *tree = child<QTreeWidget>(panel, "findingsTreeWidget");
    QTreeWidgetItem *current = tree->currentItem();
    const QString summary = child<QLabel>(panel, "summaryLabel")->text();
    const QString text = details(panel);
    QEvent event(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&panel, &event);
    QCOMPARE(panel.windowTitle(), QStringLiteral("SMTP Doctor — DNS check"));
    QCOMPARE(child<QComboBox>(panel, "languageComboBox")->count(), 3);
    QCOMPARE(panel.explanationLanguage(), ExplanationLanguage::English);
    QCOMPARE(tree->currentItem(), current);
    QCOMPARE(child<QLabel>(panel, "summaryLabel")->text(), summary);
    QCOMPARE(details(panel), text);
    QCOMPARE(child<QTreeWidget>(panel, "mxTreeWidget")->topLevelItemCount(), 2);
    QCOMPARE(tree->headerItem()->text(0), QStringLiteral("Finding"));
}

void tst_DnsPanel::copiesAndSavesTheReport()
{
    DnsPanel panel;
    panel.setNameserver(kServer);
    panel.setExplanationLanguage(ExplanationLanguage::English);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *copyButton = child<QPushButton>(panel, "copyPushButton");
    auto *saveButton = child<QPushButton>(panel, "savePushButton");
    QVERIFY(!copyButton->isEnabled());
    QVERIFY(!saveButton->isEnabled());
    QVERIFY(runCheck(panel, QStringLiteral("shop.test"), kSender));

    QTest::mouseClick(copyButton, Qt::LeftButton);
    const QString copied = QGuiApplication::clipboard()->text();
    QCOMPARE(copied, panel.report()->toText(ExplanationLanguage::English));
    QVERIFY(copied.contains(QStringLiteral("mx1.shop.test")));
    QVERIFY(child<QLabel>(panel, "reportStatusLabel")->text().contains(QStringLiteral("clipboard")));

    // The click returns at once (no exec()): the dialog is open and waiting.
    QTest::mouseClick(saveButton, Qt::LeftButton);
    QPointer<QFileDialog> dialog = panel.findChild<QFileDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->selectedFiles().isEmpty());
    QCOMPARE(QFileInfo(dialog->selectedFiles().constFirst()).fileName(), QStringLiteral("shop.test-dns.json"));
    const QString path = m_dir.filePath(QStringLiteral("report.json"));
    Q_EMIT dialog->fileSelected(path);
    dialog->close();
    QTRY_VERIFY(!dialog);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(json.object(), panel.report()->toJson());
    QCOMPARE(json.object().value(QStringLiteral("domain")).toString(), QStringLiteral("shop.test"));
    QVERIFY(child<QLabel>(panel, "reportStatusLabel")->text().contains(QDir::toNativeSeparators(path)));

    // A folder that is not there: said in place.
    QTest::mouseClick(saveButton, Qt::LeftButton);
    dialog = panel.findChild<QFileDialog *>();
    QVERIFY(dialog);
    Q_EMIT dialog->fileSelected(m_dir.filePath(QStringLiteral("missing/report.json")));
    dialog->close();
    QTRY_VERIFY(!dialog);
    const QString message = child<QLabel>(panel, "reportStatusLabel")->text();
    QVERIFY2(message.startsWith(QStringLiteral("The report could not be saved")), qPrintable(message));
}

void tst_DnsPanel::fitsAndScrolls()
{
    DnsPanel panel;
    panel.setNameserver(kServer);
    panel.resize(900, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(runCheck(panel, QStringLiteral("shop.test"), kSender, {QStringLiteral("spf")}));
    // An invalid address shows its message too: the longest the top of the window gets.
    child<QLineEdit>(panel, "addressLineEdit")->setText(QStringLiteral("not an address"));
    QCoreApplication::processEvents();
    auto *area = child<QScrollArea>(panel, "scrollArea");
    const QSize needed = area->widget()->minimumSizeHint().expandedTo(area->widget()->minimumSize());
    QVERIFY2(needed.width() <= area->viewport()->width() && needed.height() <= area->viewport()->height(),
             qPrintable(QStringLiteral("%1x%2 in %3x%4")
                            .arg(needed.width())
                            .arg(needed.height())
                            .arg(area->viewport()->width())
                            .arg(area->viewport()->height())));
    QCOMPARE(area->horizontalScrollBar()->maximum(), 0);
    QCOMPARE(area->verticalScrollBar()->maximum(), 0);
    // Every control of the top rows is wide enough for its text.
    for (const char *name : {"checkPushButton", "cancelPushButton", "connectMxPushButton", "useDomainMxPushButton",
                             "copyPushButton", "savePushButton"}) {
        auto *button = child<QPushButton>(panel, name);
        QVERIFY2(button->width() >= button->minimumSizeHint().width(), name);
    }

    // Smaller: the window scrolls instead of clipping.
    panel.resize(560, 380);
    QCoreApplication::processEvents();
    QTRY_VERIFY(area->horizontalScrollBar()->maximum() > 0 || area->verticalScrollBar()->maximum() > 0);
    QVERIFY(area->widget()->width() >= area->widget()->minimumWidth());
    QVERIFY(area->widget()->height() >= area->widget()->minimumSizeHint().height());
    QDir().mkpath(QStringLiteral("screenshots"));
    QTest::qWait(50);
    QVERIFY(panel.grab().save(QStringLiteral("screenshots/dns-panel-small-en.png")));
}

void tst_DnsPanel::screenshots()
{
    // Rendered into the build folder for people to look at (not compared: fonts differ by machine).
    QDir().mkpath(QStringLiteral("screenshots"));
    const QList<QPair<QString, ExplanationLanguage>> languages{{QStringLiteral("en"), ExplanationLanguage::English},
                                                               {QStringLiteral("ja"), ExplanationLanguage::Japanese}};
    Translations translations; // the whole panel in the language, not only the explanations
    for (const auto &[name, language] : languages) {
        QVERIFY(translations.setLanguage(name));
        DnsPanel panel;
        panel.setNameserver(kServer);
        panel.setExplanationLanguage(language);
        panel.resize(900, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(runCheck(panel, QStringLiteral("shop.test"), kSender, {QStringLiteral("spf")}));
        QString path = QStringLiteral("screenshots/dns-panel-%1.png").arg(name);
        QVERIFY(panel.grab().save(path));
        QVERIFY(QFileInfo(path).size() > 1000);

        QVERIFY(runCheck(panel, QStringLiteral("null.test"), {}, {QStringLiteral("mx")}));
        path = QStringLiteral("screenshots/dns-panel-null-mx-%1.png").arg(name);
        QVERIFY(panel.grab().save(path));
    }
    QVERIFY(translations.setLanguage(QStringLiteral("en")));

    // A dark palette: the details page and the messages take their colours from it.
    DnsPanel panel;
    panel.setNameserver(kServer);
    panel.setExplanationLanguage(ExplanationLanguage::English);
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x6e, 0xa8));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    panel.setPalette(dark);
    panel.resize(900, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(runCheck(panel, QStringLiteral("shop.test"), kSender, {QStringLiteral("spf")}));
    child<QLineEdit>(panel, "addressLineEdit")->setText(QStringLiteral("192.0.2.300"));
    const QString html = child<QTextBrowser>(panel, "detailsView")->document()->toHtml();
    QVERIFY2(html.contains(QStringLiteral("bgcolor=\"#")), qPrintable(html.left(400)));
    QVERIFY(panel.grab().save(QStringLiteral("screenshots/dns-panel-dark-en.png")));
}

void tst_DnsPanel::serverNotThere()
{
    // Nothing listens at 127.0.0.3: Qt 6.4 reports that like an empty answer, and the panel says so.
    DnsPanel panel;
    panel.setNameserver(kNoServer);
    panel.setTimeout(2000);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(runCheck(panel, QStringLiteral("shop.test")));
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY2(ids(panel).contains(QStringLiteral("dns.no-answers")), qPrintable(ids(panel).join(u' ')));
    auto *tree = child<QTreeWidget>(panel, "findingsTreeWidget");
    QTreeWidgetItem *last = tree->topLevelItem(tree->topLevelItemCount() - 1);
    QVERIFY2(last->text(0).startsWith(QStringLiteral("Name server")), qPrintable(last->text(0)));
}

void tst_DnsPanel::silentServerCancelAndTimeout()
{
    // A name server that reads and never answers.
    QUdpSocket silent;
    QVERIFY2(silent.bind(kSilentServer, 53), qPrintable(silent.errorString()));
    DnsPanel panel;
    panel.setNameserver(kSilentServer);
    panel.setTimeout(1500);
    panel.setExplanationLanguage(ExplanationLanguage::English);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy finished(&panel, &DnsPanel::checkFinished);

    // While it runs, the window stays responsive: timers fire, typing works, Esc cancels.
    panel.check(QStringLiteral("shop.test"), kSender);
    QVERIFY(panel.isRunning());
    QVERIFY(child<QLabel>(panel, "summaryLabel")->text().contains(QStringLiteral("127.0.0.2")));
    bool fired = false;
    QTimer::singleShot(20, &panel, [&fired] { fired = true; });
    QTRY_VERIFY_WITH_TIMEOUT(fired, 1000);
    QVERIFY(panel.isRunning()); // the event loop ran while every lookup was still waiting
    auto *domain = child<QLineEdit>(panel, "domainLineEdit");
    domain->setFocus();
    QTest::keyClicks(domain, QStringLiteral("x"));
    QCOMPARE(domain->text(), QStringLiteral("shop.testx"));
    QTest::keyClick(domain, Qt::Key_Escape);
    QVERIFY(!panel.isRunning());
    QVERIFY(!child<QProgressBar>(panel, "busyProgressBar")->isVisible());
    QVERIFY(child<QLabel>(panel, "summaryLabel")->text().contains(QStringLiteral("cancelled")));
    QTest::qWait(1800); // past the lookups' timeout: nothing reports after a cancel
    QCOMPARE(finished.size(), 0);
    QVERIFY(!panel.report());

    // Left alone, every lookup ends at its own timeout with a clear finding, in bounded time.
    panel.setTimeout(800);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(runCheck(panel, QStringLiteral("shop.test"), kSender));
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    for (const QString &id : ids(panel))
        QCOMPARE(id, QStringLiteral("dns.timeout"));
    QCOMPARE(ids(panel).size(), 6);
    QVERIFY(child<QLabel>(panel, "summaryLabel")->text().startsWith(QStringLiteral("shop.test: 6 error(s)")));
    const QString text = details(panel);
    QVERIFY2(text.contains(QStringLiteral("No answer from the name server within 0.8 s.")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("No answer from the name server")));
    auto *note = child<QLabel>(panel, "mxNoteLabel");
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QStringLiteral("No answer from the name server")), qPrintable(note->text()));
}

QTEST_MAIN(tst_DnsPanel)
#include "tst_DnsPanel.moc"

#include "core/i18n/Translations.h"
#include "gui/MainWindow.h"

#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTreeWidget>
#include <QtTest>

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void inspectsPastedReplies();
    void serverTextIsNeverMarkup();
    void switchesLanguageAtRunTime();
    void screenshots();

private:
    static QTreeWidget *tree(MainWindow &window)
    {
        return window.findChild<QTreeWidget *>(QStringLiteral("resultTreeWidget"));
    }
    static QMenu *menu(MainWindow &window, const char *name)
    {
        return window.findChild<QMenu *>(QString::fromLatin1(name));
    }
};

void tst_MainWindow::init()
{
    QSettings().clear();
}

void tst_MainWindow::inspectsPastedReplies()
{
    Translations translations;
    QVERIFY(translations.setLanguage(QStringLiteral("en")));
    MainWindow window(&translations);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    window.setReplyText(QStringLiteral("250-mail.example.com\n250-SIZE 1000\n250 8BITMIME\nnot a reply\n"
                                       "421 5.7.32 Rejected"));
    QCOMPARE(window.inspectedItemCount(), 3);
    QTreeWidgetItem *ehlo = tree(window)->topLevelItem(0);
    QCOMPARE(ehlo->text(1), QStringLiteral("250"));
    QCOMPARE(ehlo->text(3), QStringLiteral("3"));
    QCOMPARE(ehlo->childCount(), 3);
    QCOMPARE(ehlo->text(4), QStringLiteral("Well-formed"));
    QCOMPARE(ehlo->child(2)->text(0), QStringLiteral("250 8BITMIME"));
    QVERIFY(tree(window)->topLevelItem(1)->text(0).startsWith(QStringLiteral("Malformed")));
    QCOMPARE(tree(window)->topLevelItem(1)->text(4), QStringLiteral("Malformed"));
    QVERIFY(tree(window)->topLevelItem(1)->child(1)->text(0).contains(QStringLiteral("three-digit")));
    QCOMPARE(tree(window)->topLevelItem(2)->text(2), QStringLiteral("5.7.32"));
    QCOMPARE(tree(window)->topLevelItem(2)->text(4), QStringLiteral("1 warning"));
    QVERIFY(tree(window)->topLevelItem(2)->child(1)->text(0).contains(QStringLiteral("RFC 3463")));
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("3 items")));
}

void tst_MainWindow::serverTextIsNeverMarkup()
{
    Translations translations;
    QVERIFY(translations.setLanguage(QStringLiteral("en")));
    MainWindow window(&translations);
    const QString html = QStringLiteral("550 <b>bold</b> <a href=\"x\">link</a> &amp;");
    window.setReplyText(html);
    QCOMPARE(tree(window)->topLevelItem(0)->child(0)->text(0), html);
    // No label in the window is allowed to interpret text as rich text.
    for (QLabel *label : window.findChildren<QLabel *>())
        QCOMPARE(label->textFormat() == Qt::RichText, false);
}

void tst_MainWindow::switchesLanguageAtRunTime()
{
    Translations translations;
    QVERIFY(translations.setLanguage(QStringLiteral("en")));
    MainWindow window(&translations);
    window.setReplyText(QStringLiteral("hello"));
    QCOMPARE(menu(window, "fileMenu")->title(), QStringLiteral("&File"));

    QAction *japanese = window.findChild<QAction *>(QStringLiteral("japaneseAction"));
    QVERIFY(japanese);
    japanese->trigger();
    QCOMPARE(translations.language(), QStringLiteral("ja"));
    // Qt delivers QEvent::LanguageChange to the widgets through the event loop.
    QTRY_COMPARE(menu(window, "fileMenu")->title(), QStringLiteral("ファイル(&F)"));
    QCOMPARE(menu(window, "languageMenu")->title(), QStringLiteral("言語(&L)"));
    QVERIFY(japanese->isChecked());
    // What the core says is re-rendered in the new language too.
    QVERIFY2(tree(window)->topLevelItem(0)->child(1)->text(0).contains(QStringLiteral("応答コード")),
             qPrintable(tree(window)->topLevelItem(0)->child(1)->text(0)));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("ja"));

    window.findChild<QAction *>(QStringLiteral("englishAction"))->trigger();
    QTRY_COMPARE(menu(window, "fileMenu")->title(), QStringLiteral("&File"));
}

void tst_MainWindow::screenshots()
{
    // Rendered into the build folder for people to look at (not compared: fonts differ by machine).
    QDir().mkpath(QStringLiteral("screenshots"));
    for (const QString &language : Translations::availableLanguages()) {
        Translations translations;
        QVERIFY(translations.setLanguage(language));
        MainWindow window(&translations);
        QCoreApplication::sendPostedEvents(); // apply the language before the grab
        window.resize(960, 640);
        window.setReplyText(QStringLiteral("220 mail.example.com ESMTP\n250-mail.example.com\n250-PIPELINING\n"
                                           "250 SIZE 10240000\nSSH-2.0-OpenSSH_9.2\n"
                                           "550 5.1.1 <nobody@example.com>: Recipient address rejected\n"
                                           "421 5.7.32 Rejected"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString path = QStringLiteral("screenshots/main-window-%1.png").arg(language);
        QVERIFY(window.grab().save(path));
        QVERIFY(QFileInfo(path).size() > 1000);
    }
}

QTEST_MAIN(tst_MainWindow)
#include "tst_MainWindow.moc"

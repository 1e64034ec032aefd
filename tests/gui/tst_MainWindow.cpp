#include "core/i18n/Translations.h"
#include "core/practice/PracticeServer.h"
#include "core/smtp/SmtpSession.h"
#include "core/transcript/Transcript.h"
#include "DnsTestZone.h"
#include "core/practice/Scenario.h"
#include "gui/ConnectionPanel.h"
#include "gui/DnsPanel.h"
#include "gui/ExplainerPane.h"
#include "gui/MainWindow.h"
#include "gui/ProfileStore.h"
#include "gui/ReferenceWindow.h"
#include "gui/TranscriptModel.h"
#include "support/FakeSmtpServer.h"

#include <QComboBox>
#include <QDir>
#include <QJsonDocument>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

namespace {

const QByteArray kRejection =
    "550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown in local recipient table\r\n";

SessionSettings settingsFor(quint16 port)
{
    SessionSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = port;
    s.security = SessionSettings::Security::None;
    s.ehloName = QStringLiteral("client.example.org");
    s.mailFrom = QStringLiteral("alice@example.org");
    s.recipients = {QStringLiteral("nobody@example.com")};
    s.connectTimeoutMs = s.greetingTimeoutMs = s.commandTimeoutMs = s.dataTimeoutMs = 5000;
    return s;
}

FakeSmtpServer::Script rejectingScript(const QByteArray &rejection = kRejection)
{
    return FakeSmtpServer::Script()
        .greet()
        .ehlo()
        .expect(QStringLiteral("^MAIL FROM"), "250 2.1.0 Ok\r\n")
        .expect(QStringLiteral("^RCPT TO"), rejection)
        .quit();
}

QString explainerText(MainWindow &window)
{
    const auto browsers = window.findChild<ExplainerPane *>()->findChildren<QTextBrowser *>();
    return browsers.isEmpty() ? QString() : browsers.constFirst()->toPlainText();
}

QString explainerHtml(MainWindow &window)
{
    const auto browsers = window.findChild<ExplainerPane *>()->findChildren<QTextBrowser *>();
    return browsers.isEmpty() ? QString() : browsers.constFirst()->toHtml();
}

bool transcriptShows(MainWindow &window, const QString &text)
{
    const TranscriptModel *model = window.transcriptModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            if (model->index(row, column).data().toString().contains(text))
                return true;
        }
    }
    return false;
}

// Steps until the session waits for the user with nothing outstanding, `count` times.
bool stepTimes(MainWindow &window, int count)
{
    for (int i = 0; i < count; ++i) {
        if (!QTest::qWaitFor([&] { return window.session()->state() == SmtpSession::State::Ready; }, 5000))
            return false;
        window.step();
    }
    return true;
}

// Fills the connection panel for the fake server, connects and runs the session to its end.
bool runToTheEnd(MainWindow &window, quint16 port)
{
    window.findChild<ConnectionPanel *>()->setSettings(settingsFor(port));
    window.connectToServer();
    if (!window.session())
        return false;
    window.runToEnd();
    return QTest::qWaitFor([&] { return window.session()->state() == SmtpSession::State::Finished; }, 8000);
}

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void stepsASessionAndExplainsTheRejection();
    void runsToTheEndInJapanese();
    void serverTextIsNeverMarkup();
    void switchesLanguageAtRunTime();
    void invalidInputIsRefusedInPlace();
    void profilesNeverHoldThePassword();
    void exportsTheTranscript();
    void asksBeforeDiscardingATranscript();
    void opensOnThePracticeServer();
    void practiceScenarioFromToolsMenu();
    void connectsToADomainsMx();
    void screenshots();
};

void tst_MainWindow::init()
{
    QSettings().clear();
}

void tst_MainWindow::stepsASessionAndExplainsTheRejection()
{
    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setScript(rejectingScript());
    Translations translations;
    QVERIFY(translations.setLanguage(QStringLiteral("en")));
    MainWindow window(&translations);
    window.findChild<ConnectionPanel *>()->setSettings(settingsFor(server.port()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    window.connectToServer();
    QTRY_VERIFY_WITH_TIMEOUT(transcriptShows(window, QStringLiteral("220 fake.test")), 5000);
    QVERIFY(stepTimes(window, 3)); // EHLO, MAIL FROM, RCPT TO
    QTRY_VERIFY_WITH_TIMEOUT(transcriptShows(window, QStringLiteral("550 5.1.1")), 5000);
    // The explainer follows the newest reply: the rejection, explained at RCPT TO.
    QTRY_VERIFY(explainerText(window).contains(QStringLiteral("550 5.1.1")));
    QVERIFY2(explainerText(window).contains(QStringLiteral("How to fix")), qPrintable(explainerText(window)));
    QVERIFY(explainerText(window).contains(QStringLiteral("RCPT TO")));
    QCOMPARE(window.session()->outcome().kind, SessionOutcome::Kind::PermanentRejection);
    QVERIFY(stepTimes(window, 1)); // QUIT
    QTRY_VERIFY_WITH_TIMEOUT(window.session()->state() == SmtpSession::State::Finished, 5000);
    QVERIFY2(window.outcomeText().contains(QStringLiteral("Rejected permanently at RCPT TO")),
             qPrintable(window.outcomeText()));
    QVERIFY(window.outcomeText().contains(QStringLiteral("Next:")));
    QCOMPARE(server.record().lines.constFirst(), QByteArray("EHLO client.example.org"));
}

void tst_MainWindow::runsToTheEndInJapanese()
{
    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setScript(rejectingScript());
    Translations translations;
    QVERIFY(translations.setLanguage(QStringLiteral("ja")));
    MainWindow window(&translations);
    window.findChild<ExplainerPane *>()->setLanguage(ExplanationLanguage::Japanese);
    QVERIFY(runToTheEnd(window, server.port()));
    QVERIFY2(window.outcomeText().contains(QStringLiteral("RCPT TO")), qPrintable(window.outcomeText()));
    QVERIFY2(window.outcomeText().contains(QStringLiteral("拒否")), qPrintable(window.outcomeText()));
    // Select the rejection: the explanation is in Japanese.
    QVERIFY2(explainerText(window).contains(QStringLiteral("対処方法")), qPrintable(explainerText(window)));
}

void tst_MainWindow::serverTextIsNeverMarkup()
{
    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setScript(rejectingScript("550 5.7.1 <b>bold</b> <script>alert(1)</script> &amp;\r\n"));
    Translations translations;
    QVERIFY(translations.setLanguage(QStringLiteral("en")));
    MainWindow window(&translations);
    QVERIFY(runToTheEnd(window, server.port()));
    QVERIFY(transcriptShows(window, QStringLiteral("<b>bold</b> <script>alert(1)</script> &amp;")));
    const TranscriptModel *model = window.transcriptModel();
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(!model->index(row, 3).data().toString().contains(QStringLiteral("&lt;")));
    QVERIFY(!explainerHtml(window).contains(QStringLiteral("<script")));
}

void tst_MainWindow::switchesLanguageAtRunTime()
{
    Translations translations;
    QVERIFY(translations.setLanguage(QStringLiteral("en")));
    MainWindow window(&translations);
    auto *fileMenu = window.findChild<QMenu *>(QStringLiteral("fileMenu"));
    QCOMPARE(fileMenu->title(), QStringLiteral("&File"));
    window.findChild<QAction *>(QStringLiteral("japaneseAction"))->trigger();
    QCOMPARE(translations.language(), QStringLiteral("ja"));
    QTRY_COMPARE(fileMenu->title(), QStringLiteral("ファイル(&F)"));
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("stepAction"))->text(), QStringLiteral("ステップ実行(&T)"));
    QCOMPARE(window.transcriptModel()->headerData(3, Qt::Horizontal).toString(), QStringLiteral("内容"));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("ja"));
    window.findChild<QAction *>(QStringLiteral("englishAction"))->trigger();
    QTRY_COMPARE(fileMenu->title(), QStringLiteral("&File"));
}

void tst_MainWindow::invalidInputIsRefusedInPlace()
{
    Translations translations;
    QVERIFY(translations.setLanguage(QStringLiteral("en")));
    MainWindow window(&translations);
    SessionSettings s = settingsFor(25);
    s.host.clear();
    window.findChild<ConnectionPanel *>()->setSettings(s);
    window.connectToServer();
    QVERIFY(!window.session());
    QVERIFY(!window.outcomeText().isEmpty());
}

void tst_MainWindow::profilesNeverHoldThePassword()
{
    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setScript(rejectingScript());
    Translations translations;
    QVERIFY(translations.setLanguage(QStringLiteral("en")));
    {
        MainWindow window(&translations);
        SessionSettings s = settingsFor(server.port());
        s.authMechanism = SaslAuthenticator::Mechanism::Plain;
        s.authUser = QStringLiteral("alice");
        s.authSecret = QStringLiteral("pa55-word-xyzzy");
        s.allowAuthWithoutTls = false;
        window.findChild<ConnectionPanel *>()->setSettings(s);
        window.connectToServer(); // remembered as the last profile, without the password
        QTRY_VERIFY_WITH_TIMEOUT(window.session()->state() == SmtpSession::State::Ready, 5000);
        window.close();
    }
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("alice"));
    QVERIFY(!bytes.contains("pa55-word-xyzzy"));
    // The next start brings the profile back, without the password.
    MainWindow again(&translations);
    const SessionSettings restored = again.findChild<ConnectionPanel *>()->settings();
    QCOMPARE(restored.authUser, QStringLiteral("alice"));
    QCOMPARE(restored.port, server.port());
    QVERIFY(restored.authSecret.isEmpty());
}

void tst_MainWindow::exportsTheTranscript()
{
    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setScript(rejectingScript());
    Translations translations;
    QVERIFY(translations.setLanguage(QStringLiteral("en")));
    MainWindow window(&translations);
    QVERIFY(runToTheEnd(window, server.port()));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("session.txt"));
    QString error;
    QVERIFY2(window.exportTranscript(TranscriptExporter::Format::Text, path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("<- 550 5.1.1"));
}

void tst_MainWindow::asksBeforeDiscardingATranscript()
{
    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setScript(rejectingScript());
    Translations translations;
    QVERIFY(translations.setLanguage(QStringLiteral("en")));
    MainWindow window(&translations);
    QVERIFY(runToTheEnd(window, server.port()));
    const Transcript *recorded = window.transcript();
    window.newSession();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window.findChild<QMessageBox *>()) != nullptr);
    QCOMPARE(window.transcript(), recorded); // nothing discarded yet
    box->button(QMessageBox::Cancel)->click();
    QCOMPARE(window.transcript(), recorded);
    window.newSession();
    QTRY_VERIFY((box = window.findChild<QMessageBox *>()) != nullptr);
    box->button(QMessageBox::Discard)->click();
    QTRY_VERIFY(window.transcript() == nullptr);
}

void tst_MainWindow::opensOnThePracticeServer()
{
    // First launch (no saved profile): the practice server is selected, ready to step.
    Translations translations;
    QVERIFY(translations.setLanguage(QStringLiteral("en")));
    MainWindow window(&translations);
    auto *panel = window.findChild<ConnectionPanel *>();
    QCOMPARE(panel->currentProfile(), QStringLiteral("Practice server"));
    QCOMPARE(panel->settings().target, SessionSettings::Target::Practice);
    QCOMPARE(panel->settings().practiceScenario, QStringLiteral("clean-delivery"));
    QVERIFY(panel->isValid());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // What the scenario teaches is shown under the picker.
    auto *lesson = window.findChild<QLabel *>(QStringLiteral("scenarioLessonLabel"));
    QVERIFY2(lesson->isVisible() && lesson->height() > 10, qPrintable(lesson->text()));
    QCOMPARE(lesson->text(), Scenario::find(QStringLiteral("clean-delivery"))->lesson.en);

    window.connectToServer();
    QVERIFY(window.session());
    QTRY_VERIFY_WITH_TIMEOUT(transcriptShows(window, QStringLiteral("220 mx.practice.test")), 5000);
    QVERIFY(transcriptShows(window, QStringLiteral("Practice server built into SMTP Doctor")));
    QVERIFY(window.practiceServer()->isListening());
    QVERIFY(stepTimes(window, 1)); // EHLO
    QTRY_VERIFY_WITH_TIMEOUT(transcriptShows(window, QStringLiteral("STARTTLS")), 5000);
    window.runToEnd();
    QTRY_VERIFY_WITH_TIMEOUT(window.session()->state() == SmtpSession::State::Finished, 8000);
    // STARTTLS verified against the practice CA; the message was accepted.
    QVERIFY(window.session()->isTlsActive() || transcriptShows(window, QStringLiteral("TLS")));
    QCOMPARE(window.session()->outcome().kind, SessionOutcome::Kind::Delivered);
    // The profile is what it was: a practice profile, not the loopback port it resolved to.
    QCOMPARE(ProfileStore(new QSettings(&window)).load(QStringLiteral("Practice server"))->target,
             SessionSettings::Target::Practice);
}

void tst_MainWindow::practiceScenarioFromToolsMenu()
{
    Translations translations;
    QVERIFY(translations.setLanguage(QStringLiteral("en")));
    MainWindow window(&translations);
    auto *menu = window.findChild<QMenu *>(QStringLiteral("practiceMenu"));
    QVERIFY(menu);
    QVERIFY(menu->actions().size() >= 16);
    QAction *unknown = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text().startsWith(QStringLiteral("Unknown recipient")))
            unknown = action;
    }
    QVERIFY(unknown);
    unknown->trigger();
    auto *panel = window.findChild<ConnectionPanel *>();
    QCOMPARE(panel->settings().practiceScenario, QStringLiteral("unknown-recipient"));

    window.connectToServer();
    QVERIFY(window.session());
    window.runToEnd();
    QTRY_VERIFY_WITH_TIMEOUT(window.session()->state() == SmtpSession::State::Finished, 8000);
    QCOMPARE(window.session()->outcome().kind, SessionOutcome::Kind::PermanentRejection);
    QCOMPARE(window.session()->outcome().stage, SessionStage::Rcpt);
    QTRY_VERIFY(explainerText(window).contains(QStringLiteral("550 5.1.1")));
    QVERIFY2(window.outcomeText().contains(QStringLiteral("RCPT TO")), qPrintable(window.outcomeText()));
    // Not a connection problem and no MX involved: nothing to try on another MX.
    QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("nextMxPushButton"))->isVisibleTo(&window));

    // In Japanese the menu speaks Japanese at once.
    QVERIFY(translations.setLanguage(QStringLiteral("ja")));
    QTRY_VERIFY(menu->actions().constFirst()->text().contains(QStringLiteral("正常")));
}

void tst_MainWindow::connectsToADomainsMx()
{
    qputenv("RES_OPTIONS", "timeout:1 attempts:1");
    if (const QString why = DnsTestZone::unavailable(); !why.isEmpty()) {
        if (DnsTestZone::required())
            QFAIL(qPrintable(why + QStringLiteral(", and SMTPDOCTOR_REAL_SERVERS=required")));
        QSKIP(qPrintable(why));
    }
    // shop.test: the most preferred MX has no server (127.0.0.2 refuses), the next is the practice
    // server on 127.0.0.1. null.test publishes a null MX.
    DnsTestZone::Dnsmasq dnsmasq;
    const QString error = dnsmasq.start({QStringLiteral("local=/test/"),
                                         QStringLiteral("mx-host=shop.test,mx1.shop.test,10"),
                                         QStringLiteral("mx-host=shop.test,mx2.shop.test,20"),
                                         QStringLiteral("host-record=mx1.shop.test,127.0.0.2"),
                                         QStringLiteral("host-record=mx2.shop.test,127.0.0.1"),
                                         QStringLiteral("mx-host=null.test,.,0"),
                                         QStringLiteral("ptr-record=1.0.0.127.in-addr.arpa,mx.practice.test")});
    QVERIFY2(error.isEmpty(), qPrintable(error));

    Translations translations;
    QVERIFY(translations.setLanguage(QStringLiteral("en")));
    MainWindow window(&translations);
    window.setNameserver(QHostAddress(QStringLiteral("127.0.0.1")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    PracticeServer *practice = window.practiceServer();
    practice->setScenario(*Scenario::find(QStringLiteral("unknown-recipient")));
    QVERIFY(practice->listen(0));

    auto *panel = window.findChild<ConnectionPanel *>();
    SessionSettings s = settingsFor(practice->port());
    s.target = SessionSettings::Target::DomainMx;
    s.host = QStringLiteral("shop.test");
    panel->setSettings(s);
    window.connectToServer();
    QTRY_VERIFY_WITH_TIMEOUT(window.session() && window.session()->state() == SmtpSession::State::Finished, 10000);
    QVERIFY(transcriptShows(window, QStringLiteral("MX records of shop.test")));
    QCOMPARE(window.session()->outcome().kind, SessionOutcome::Kind::ConnectionFailed);
    // As a sending server would: on to the next MX.
    auto *next = window.findChild<QPushButton *>(QStringLiteral("nextMxPushButton"));
    QVERIFY(next->isVisible());
    QVERIFY2(next->text().contains(QStringLiteral("mx2.shop.test")), qPrintable(next->text()));
    next->click();
    QTRY_VERIFY_WITH_TIMEOUT(window.session()->state() == SmtpSession::State::Ready ||
                                 window.session()->state() == SmtpSession::State::Finished,
                             10000);
    window.runToEnd();
    QTRY_VERIFY_WITH_TIMEOUT(window.session()->state() == SmtpSession::State::Finished, 10000);
    QVERIFY(transcriptShows(window, QStringLiteral("the next MX in order")));
    QVERIFY(transcriptShows(window, QStringLiteral("550 5.1.1")));
    QVERIFY(!next->isVisible());
    // The panel still says what the user asked for: the domain.
    QCOMPARE(panel->settings().host, QStringLiteral("shop.test"));

    // The server's own DNS: its PTR against the name in its greeting (mx.practice.test).
    auto *serverDns = window.findChild<QAction *>(QStringLiteral("serverDnsAction"));
    QVERIFY(serverDns->isEnabled());
    serverDns->trigger();
    QVERIFY(window.dnsPanel());
    {
        QSignalSpy checked(window.dnsPanel(), &DnsPanel::checkFinished);
        QTRY_VERIFY_WITH_TIMEOUT(!checked.isEmpty(), 15000);
    }
    bool compared = false;
    for (const DnsFinding &finding : window.dnsPanel()->report()->ptr.findings) {
        if (finding.id.startsWith(QStringLiteral("ptr.greeting-")))
            compared = finding.subject.contains(QStringLiteral("mx.practice.test"));
    }
    QVERIFY2(compared, QJsonDocument(window.dnsPanel()->report()->ptr.toJson()).toJson().constData());
    QCOMPARE(window.dnsPanel()->report()->domain, QStringLiteral("shop.test"));

    // The first MX fails again: the offer is back...
    s.host = QStringLiteral("shop.test");
    panel->setSettings(s);
    window.connectToServer();
    QTRY_VERIFY_WITH_TIMEOUT(window.findChild<QMessageBox *>() || next->isVisible(), 10000);
    if (auto *box = window.findChild<QMessageBox *>()) // the last transcript was not exported
        box->button(QMessageBox::Discard)->click();
    QTRY_VERIFY_WITH_TIMEOUT(next->isVisible(), 10000);
    // ...and goes as soon as the user connects elsewhere: it belonged to the last outcome.
    // A null MX: no connection at all, the reason, and the DNS check one click away.
    s.host = QStringLiteral("null.test");
    panel->setSettings(s);
    window.connectToServer();
    QTRY_VERIFY_WITH_TIMEOUT(window.outcomeText().contains(QStringLiteral("null MX")), 10000);
    QVERIFY(!next->isVisible());
    QVERIFY2(window.outcomeText().contains(QStringLiteral("556 5.1.10")), qPrintable(window.outcomeText()));
    auto *dns = window.findChild<QPushButton *>(QStringLiteral("dnsCheckPushButton"));
    QTRY_VERIFY(dns->isVisible());
    dns->click();
    QVERIFY(window.dnsPanel());
    QSignalSpy finished(window.dnsPanel(), &DnsPanel::checkFinished);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 15000);
    QVERIFY(window.dnsPanel()->report());
    QCOMPARE(window.dnsPanel()->report()->mx.kind, MxResult::Kind::NullMx);

    // From the DNS panel back to a session: this MX host, as a mail server connects to it — port 25,
    // STARTTLS, and never the user's own login.
    SessionSettings submission = panel->settings();
    submission.target = SessionSettings::Target::Host;
    submission.port = 465;
    submission.security = SessionSettings::Security::ImplicitTls;
    submission.authMechanism = SaslAuthenticator::Mechanism::Plain;
    submission.authUser = QStringLiteral("alice");
    submission.authSecret = QStringLiteral("hunter2");
    panel->setSettings(submission);
    Q_EMIT window.dnsPanel()->connectToHostRequested(QStringLiteral("mx2.shop.test"));
    const SessionSettings aimed = panel->settings();
    QCOMPARE(aimed.target, SessionSettings::Target::Host);
    QCOMPARE(aimed.host, QStringLiteral("mx2.shop.test"));
    QCOMPARE(aimed.port, quint16(25));
    QCOMPARE(aimed.security, SessionSettings::Security::StartTls);
    QVERIFY(!aimed.authMechanism);
    QVERIFY(aimed.authSecret.isEmpty());
}

void tst_MainWindow::screenshots()
{
    // Rendered into the build folder for people to look at (not compared: fonts differ by machine).
    QDir().mkpath(QStringLiteral("screenshots"));
    for (const QString &language : Translations::availableLanguages()) {
        FakeSmtpServer server;
        QVERIFY(server.start());
        server.setScript(rejectingScript());
        Translations translations;
        QVERIFY(translations.setLanguage(language));
        MainWindow window(&translations);
        window.resize(1360, 820);
        window.findChild<ExplainerPane *>()->setLanguage(
            language == QLatin1String("ja") ? ExplanationLanguage::Japanese : ExplanationLanguage::English);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(runToTheEnd(window, server.port()));
        QCoreApplication::sendPostedEvents();
        QVERIFY(window.grab().save(QStringLiteral("screenshots/main-window-%1.png").arg(language)));

        window.showReference();
        auto *reference = window.findChild<ReferenceWindow *>();
        QVERIFY(reference);
        reference->setLanguage(language == QLatin1String("ja") ? ExplanationLanguage::Japanese
                                                               : ExplanationLanguage::English);
        reference->resize(1200, 800);
        reference->compare(QStringLiteral("354"), QStringLiteral("550"));
        QVERIFY(QTest::qWaitForWindowExposed(reference));
        QVERIFY(reference->grab().save(QStringLiteral("screenshots/reference-compare-%1.png").arg(language)));
    }
}

QTEST_MAIN(tst_MainWindow)
#include "tst_MainWindow.moc"

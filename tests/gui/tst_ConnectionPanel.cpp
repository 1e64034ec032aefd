#include "gui/ConnectionPanel.h"
#include "gui/PasswordKeyring.h"
#include "gui/ProfileStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QtTest>

class tst_ConnectionPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void fillsSettingsFromTyping();
    void setSettingsRoundTrips();
    void untouchedEmptyFieldsWaitForValidation();
    void flagsHostInPlace_data();
    void flagsHostInPlace();
    void flagsPortZero();
    void flagsEnvelopeAddresses_data();
    void flagsEnvelopeAddresses();
    void recipientsMayBeEmptyOnlyBeforeMail();
    void flagsMissingMessageFile();
    void flagsAuthWithoutUser();
    void flagsStopsThatNeverCome();
    void couplesImplicitTlsAndPort465();
    void explainsSecurityAndWarns();
    void tokenForXoauth2();
    void sessionRunningLocksEditing();
    void browsesWithoutNestedLoop();
    void savesAndLoadsProfiles();
    void keepsPasswordInKeyringOnlyWhenAsked();
    void domainMxTarget();
    void practiceTarget();
    void keyringRefusalIsExplained();
    void keepsDynamicTextsOnLanguageChange();
    void fitsANarrowDock();
    void screenshots();

private:
    template<typename T>
    static T *child(const ConnectionPanel &panel, const char *name)
    {
        T *widget = panel.findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    static QLabel *label(const ConnectionPanel &panel, const char *name) { return child<QLabel>(panel, name); }
    static void type(QWidget *widget, const QString &text)
    {
        widget->setFocus();
        QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(widget, Qt::Key_Delete);
        // keyClicks() cannot type a line break: Return between the lines.
        const QStringList lines = text.split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                QTest::keyClick(widget, Qt::Key_Return);
            if (!lines.at(i).isEmpty())
                QTest::keyClicks(widget, lines.at(i));
        }
    }
    /// A panel that is fine except for what the test breaks.
    static SessionSettings valid();
    static bool shows(QLabel *label, const QString &text) { return label->isVisible() && label->text().contains(text); }

    QTemporaryDir m_dir;
};

void tst_ConnectionPanel::init()
{
    QVERIFY(m_dir.isValid());
}

SessionSettings tst_ConnectionPanel::valid()
{
    SessionSettings s;
    s.host = QStringLiteral("mail.example.com");
    s.recipients = {QStringLiteral("bob@example.net")};
    return s;
}

void tst_ConnectionPanel::fillsSettingsFromTyping()
{
    ConnectionPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy changed(&panel, &ConnectionPanel::settingsChanged);

    type(child<QLineEdit>(panel, "hostLineEdit"), QStringLiteral(" smtp.example.org "));
    QVERIFY(changed.count() > 0);
    type(child<QSpinBox>(panel, "portSpinBox"), QStringLiteral("2526"));
    child<QComboBox>(panel, "ipFamilyComboBox")->setCurrentIndex(1);
    child<QComboBox>(panel, "securityComboBox")->setCurrentIndex(2);
    type(child<QLineEdit>(panel, "ehloLineEdit"), QStringLiteral("client.example.org"));
    child<QComboBox>(panel, "authComboBox")->setCurrentIndex(2); // LOGIN
    type(child<QLineEdit>(panel, "authUserLineEdit"), QStringLiteral("alice"));
    type(child<QLineEdit>(panel, "passwordLineEdit"), QStringLiteral(" pass word "));
    type(child<QLineEdit>(panel, "mailFromLineEdit"), QStringLiteral("alice@example.org"));
    type(child<QPlainTextEdit>(panel, "recipientsPlainTextEdit"),
         QStringLiteral("bob@example.net\n\n  carol@example.net  \n"));
    type(child<QLineEdit>(panel, "subjectLineEdit"), QStringLiteral("Hello"));
    type(child<QPlainTextEdit>(panel, "bodyPlainTextEdit"), QStringLiteral("Line 1\nLine 2"));
    type(child<QPlainTextEdit>(panel, "extraHeadersPlainTextEdit"), QStringLiteral("X-Test: yes\nX-Other:  2 "));
    child<QComboBox>(panel, "quitAfterComboBox")->setCurrentIndex(6); // after RCPT TO
    type(child<QSpinBox>(panel, "connectTimeoutSpinBox"), QStringLiteral("7"));
    type(child<QSpinBox>(panel, "replyTimeoutSpinBox"), QStringLiteral("30"));
    type(child<QSpinBox>(panel, "dataTimeoutSpinBox"), QStringLiteral("600"));

    const SessionSettings s = panel.settings();
    QCOMPARE(s.host, QStringLiteral("smtp.example.org"));
    QCOMPARE(s.port, quint16(2526));
    QCOMPARE(s.ipFamily, SessionSettings::IpFamily::IPv4);
    QCOMPARE(s.security, SessionSettings::Security::StartTlsRequired);
    QCOMPARE(s.ehloName, QStringLiteral("client.example.org"));
    QCOMPARE(s.authMechanism, SaslAuthenticator::Mechanism::Login);
    QCOMPARE(s.authUser, QStringLiteral("alice"));
    QCOMPARE(s.authSecret, QStringLiteral(" pass word ")); // a password is taken as typed
    QCOMPARE(s.mailFrom, QStringLiteral("alice@example.org"));
    QCOMPARE(s.recipients, (QStringList{QStringLiteral("bob@example.net"), QStringLiteral("carol@example.net")}));
    QVERIFY(s.messageFile.isEmpty());
    QCOMPARE(s.subject, QStringLiteral("Hello"));
    QCOMPARE(s.body, QStringLiteral("Line 1\nLine 2"));
    QCOMPARE(s.extraHeaders.size(), 2);
    QCOMPARE(s.extraHeaders.at(1), std::make_pair(QStringLiteral("X-Other"), QStringLiteral("2")));
    QCOMPARE(s.quitAfter, SessionStage::Rcpt);
    QCOMPARE(s.connectTimeoutMs, 7'000);
    QCOMPARE(s.greetingTimeoutMs, 30'000);
    QCOMPARE(s.commandTimeoutMs, 30'000);
    QCOMPARE(s.dataTimeoutMs, 600'000);
    QVERIFY2(panel.isValid(), qPrintable(panel.validationErrors().join(u'\n')));
}

void tst_ConnectionPanel::setSettingsRoundTrips()
{
    const QString message = m_dir.filePath(QStringLiteral("message.eml"));
    QFile file(message);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Subject: test\r\n\r\nbody\r\n");
    file.close();

    SessionSettings s;
    s.host = QStringLiteral("2001:db8::25");
    s.port = 465;
    s.ipFamily = SessionSettings::IpFamily::IPv6;
    s.security = SessionSettings::Security::ImplicitTls;
    s.connectTimeoutMs = 3'000;
    s.greetingTimeoutMs = s.commandTimeoutMs = 45'000;
    s.dataTimeoutMs = 240'000;
    s.acceptTlsErrors = true;
    s.caFile = message; // any existing file will do here
    s.ehloName = QStringLiteral("[192.0.2.1]");
    s.authMechanism = SaslAuthenticator::Mechanism::XOAuth2;
    s.authUser = QStringLiteral("alice@example.com");
    s.authSecret = QStringLiteral("ya29.token");
    s.allowAuthWithoutTls = true;
    s.mailFrom = QString(); // the null sender
    s.recipients = {QStringLiteral("postmaster"), QStringLiteral("bob@example.net")};
    s.messageFile = message;
    s.subject = QStringLiteral("kept for later");
    s.body = QStringLiteral("also kept");
    s.extraHeaders = {{QStringLiteral("X-A"), QStringLiteral("b: c")}};
    s.quitAfter = SessionStage::Data;

    ConnectionPanel panel;
    QSignalSpy changed(&panel, &ConnectionPanel::settingsChanged);
    panel.setSettings(s);
    QCOMPARE(changed.count(), 1);
    const SessionSettings r = panel.settings();
    QCOMPARE(r.host, s.host);
    QCOMPARE(r.port, s.port);
    QCOMPARE(r.ipFamily, s.ipFamily);
    QCOMPARE(r.security, s.security);
    QCOMPARE(r.connectTimeoutMs, s.connectTimeoutMs);
    QCOMPARE(r.greetingTimeoutMs, s.greetingTimeoutMs);
    QCOMPARE(r.commandTimeoutMs, s.commandTimeoutMs);
    QCOMPARE(r.dataTimeoutMs, s.dataTimeoutMs);
    QCOMPARE(r.acceptTlsErrors, s.acceptTlsErrors);
    QCOMPARE(r.caFile, s.caFile);
    QCOMPARE(r.ehloName, s.ehloName);
    QCOMPARE(r.authMechanism, s.authMechanism);
    QCOMPARE(r.authUser, s.authUser);
    QCOMPARE(r.authSecret, s.authSecret);
    QCOMPARE(r.allowAuthWithoutTls, s.allowAuthWithoutTls);
    QCOMPARE(r.mailFrom, s.mailFrom);
    QCOMPARE(r.recipients, s.recipients);
    QCOMPARE(r.messageFile, s.messageFile);
    QCOMPARE(r.subject, s.subject);
    QCOMPARE(r.body, s.body);
    QCOMPARE(r.extraHeaders, s.extraHeaders);
    QCOMPARE(r.quitAfter, s.quitAfter);
    QVERIFY2(panel.isValid(), qPrintable(panel.validationErrors().join(u'\n')));
    // Setting the settings does not move the port or the security mode behind the caller's back.
    s.port = 2525;
    panel.setSettings(s);
    QCOMPARE(panel.settings().port, quint16(2525));
    QCOMPARE(panel.settings().security, SessionSettings::Security::ImplicitTls);

    // Composed message: no file in the settings, whatever the file field still says.
    s.messageFile.clear();
    panel.setSettings(s);
    QVERIFY(child<QRadioButton>(panel, "composedRadioButton")->isChecked());
    QVERIFY(panel.settings().messageFile.isEmpty());
}

void tst_ConnectionPanel::untouchedEmptyFieldsWaitForValidation()
{
    ConnectionPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    // A fresh panel is not valid, but it does not shout at the user either.
    QVERIFY(!panel.isValid());
    QVERIFY(!label(panel, "hostErrorLabel")->isVisible());
    QVERIFY(!label(panel, "recipientsErrorLabel")->isVisible());

    const QStringList errors = panel.validationErrors();
    QCOMPARE(errors.size(), 2);
    QVERIFY(errors.at(0).startsWith(QStringLiteral("Host: ")));
    QVERIFY(errors.at(1).startsWith(QStringLiteral("RCPT TO: ")));
    QVERIFY(shows(label(panel, "hostErrorLabel"), QStringLiteral("Enter the server's host name")));
    QVERIFY(shows(label(panel, "recipientsErrorLabel"), QStringLiteral("Add at least one recipient")));
    auto *host = child<QLineEdit>(panel, "hostLineEdit");
    QCOMPARE(host->accessibleDescription(), label(panel, "hostErrorLabel")->text());
    // The field is tinted: its base colour is no longer the palette's.
    QVERIFY(host->palette().color(QPalette::Base) != panel.palette().color(QPalette::Base));

    type(host, QStringLiteral("mail.example.com"));
    QVERIFY(!label(panel, "hostErrorLabel")->isVisible());
    QVERIFY(host->accessibleDescription().isEmpty());
    QCOMPARE(host->palette().color(QPalette::Base), panel.palette().color(QPalette::Base));
    type(child<QPlainTextEdit>(panel, "recipientsPlainTextEdit"), QStringLiteral("bob@example.net"));
    QVERIFY(!label(panel, "recipientsErrorLabel")->isVisible());
    QVERIFY(panel.isValid());
    QVERIFY(panel.validationErrors().isEmpty());
}

void tst_ConnectionPanel::flagsHostInPlace_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QString() << QStringLiteral("Enter the server's host name or IP address.");
    QTest::newRow("space") << QStringLiteral("mail example.com") << QStringLiteral("cannot contain spaces");
    QTest::newRow("scheme") << QStringLiteral("smtp://mail.example.com") << QStringLiteral("without \"smtp://\"");
    QTest::newRow("smtps scheme") << QStringLiteral("smtps://mail.example.com:465")
                                  << QStringLiteral("without \"smtps://\"");
    QTest::newRow("address") << QStringLiteral("alice@example.com") << QStringLiteral("mail address");
    QTest::newRow("brackets") << QStringLiteral("[2001:db8::1]") << QStringLiteral("without the brackets");
    QTest::newRow("with port") << QStringLiteral("mail.example.com:587") << QStringLiteral("Port field");
}

void tst_ConnectionPanel::flagsHostInPlace()
{
    QFETCH(QString, host);
    QFETCH(QString, message);
    ConnectionPanel panel;
    panel.setSettings(valid());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *edit = child<QLineEdit>(panel, "hostLineEdit");
    type(edit, host.isEmpty() ? QStringLiteral("x") : host);
    if (host.isEmpty())
        QTest::keyClick(edit, Qt::Key_Backspace); // touched, then emptied
    QVERIFY2(shows(label(panel, "hostErrorLabel"), message), qPrintable(label(panel, "hostErrorLabel")->text()));
    QVERIFY(edit->accessibleDescription().contains(message));
    QVERIFY(!panel.isValid());
    QVERIFY(panel.validationErrors().constFirst().contains(message));

    type(edit, QStringLiteral("192.0.2.25"));
    QVERIFY(!label(panel, "hostErrorLabel")->isVisible());
    QVERIFY(panel.isValid());
    type(edit, QStringLiteral("2001:db8::25")); // an IPv6 address is not host:port
    QVERIFY(panel.isValid());
}

void tst_ConnectionPanel::flagsPortZero()
{
    ConnectionPanel panel;
    panel.setSettings(valid());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *port = child<QSpinBox>(panel, "portSpinBox");
    type(port, QStringLiteral("0"));
    QCOMPARE(port->value(), 0);
    QVERIFY(shows(label(panel, "portErrorLabel"), QStringLiteral("from 1 to 65535")));
    QVERIFY(!panel.isValid());
    type(port, QStringLiteral("25"));
    QVERIFY(!label(panel, "portErrorLabel")->isVisible());
    QVERIFY(panel.isValid());
}

void tst_ConnectionPanel::flagsEnvelopeAddresses_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    const QByteArray from = "mailFrom";
    const QByteArray to = "recipients";
    QTest::newRow("from without @") << from << QStringLiteral("alice") << QStringLiteral("needs an @");
    QTest::newRow("from with brackets") << from << QStringLiteral("<alice@example.com>")
                                        << QStringLiteral("angle brackets");
    QTest::newRow("from with space") << from << QStringLiteral("alice smith@example.com")
                                     << QStringLiteral("cannot contain spaces");
    QTest::newRow("from without domain") << from << QStringLiteral("alice@") << QStringLiteral("domain after it");
    QTest::newRow("to without @") << to << QStringLiteral("bob@example.net\nbob") << QStringLiteral("Line 2 (bob)");
    QTest::newRow("to with brackets") << to << QStringLiteral("<bob@example.net>") << QStringLiteral("angle brackets");
    QTest::newRow("to with space") << to << QStringLiteral("bob @example.net") << QStringLiteral("spaces");
    QTest::newRow("to with commas") << to << QStringLiteral("a@example.net, b@example.net")
                                    << QStringLiteral("one address per line");
}

void tst_ConnectionPanel::flagsEnvelopeAddresses()
{
    QFETCH(QByteArray, field);
    QFETCH(QString, text);
    QFETCH(QString, message);
    ConnectionPanel panel;
    panel.setSettings(valid());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QWidget *edit = field == "mailFrom" ? static_cast<QWidget *>(child<QLineEdit>(panel, "mailFromLineEdit"))
                                        : child<QPlainTextEdit>(panel, "recipientsPlainTextEdit");
    QLabel *errorLabel = label(panel, field == "mailFrom" ? "mailFromErrorLabel" : "recipientsErrorLabel");
    type(edit, text);
    QVERIFY2(shows(errorLabel, message), qPrintable(errorLabel->text()));
    QCOMPARE(edit->accessibleDescription(), errorLabel->text());
    QVERIFY(!panel.isValid());

    // Fixed: the empty MAIL FROM is the null sender; "Postmaster" alone is a valid recipient.
    type(edit, field == "mailFrom" ? QString() : QStringLiteral("Postmaster\nbob@example.net"));
    QVERIFY(!errorLabel->isVisible());
    QVERIFY2(panel.isValid(), qPrintable(panel.validationErrors().join(u'\n')));
}

void tst_ConnectionPanel::recipientsMayBeEmptyOnlyBeforeMail()
{
    SessionSettings s = valid();
    s.recipients.clear();
    ConnectionPanel panel;
    panel.setSettings(s);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(!panel.validationErrors().isEmpty());
    QLabel *errorLabel = label(panel, "recipientsErrorLabel");
    QVERIFY(shows(errorLabel, QStringLiteral("Add at least one recipient")));

    // STARTTLS is planned by default; plan AUTH too, so that every stop can be reached.
    child<QComboBox>(panel, "authComboBox")->setCurrentIndex(1);
    type(child<QLineEdit>(panel, "authUserLineEdit"), QStringLiteral("alice"));
    type(child<QLineEdit>(panel, "passwordLineEdit"), QStringLiteral("secret"));
    auto *quitAfter = child<QComboBox>(panel, "quitAfterComboBox");
    // Rows: the end, greeting, EHLO, STARTTLS, AUTH (before MAIL: no recipient needed), MAIL, RCPT, DATA.
    const QList<bool> fine{false, true, true, true, true, false, false, false};
    QCOMPARE(quitAfter->count(), fine.size());
    for (int row = 0; row < quitAfter->count(); ++row) {
        quitAfter->setCurrentIndex(row);
        QVERIFY2(errorLabel->isVisible() != fine.at(row), qPrintable(quitAfter->currentText()));
        QCOMPARE(panel.isValid(), fine.at(row));
    }
    // A note says that the message is not sent.
    QVERIFY(label(panel, "messageNoteLabel")->isVisible());
    quitAfter->setCurrentIndex(0);
    QVERIFY(!label(panel, "messageNoteLabel")->isVisible());
}

void tst_ConnectionPanel::flagsMissingMessageFile()
{
    ConnectionPanel panel;
    panel.setSettings(valid());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTest::mouseClick(child<QRadioButton>(panel, "rawFileRadioButton"), Qt::LeftButton);
    QVERIFY(child<QWidget>(panel, "rawFileWidget")->isVisible());
    QVERIFY(!child<QWidget>(panel, "composedWidget")->isVisible());
    QVERIFY(!panel.isValid());
    QVERIFY(panel.validationErrors().constFirst().contains(QStringLiteral("Choose the message file")));

    auto *edit = child<QLineEdit>(panel, "messageFileLineEdit");
    const QString missing = m_dir.filePath(QStringLiteral("missing.eml"));
    type(edit, missing);
    QLabel *errorLabel = label(panel, "messageFileErrorLabel");
    QVERIFY(shows(errorLabel, QStringLiteral("does not exist")));
    QVERIFY(errorLabel->text().contains(QDir::toNativeSeparators(missing)));
    QVERIFY(!panel.isValid());

    QFile file(missing);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Subject: x\r\n\r\ny\r\n");
    file.close();
    type(edit, missing + QStringLiteral(" ")); // trimmed
    QVERIFY(!errorLabel->isVisible());
    QVERIFY(panel.isValid());
    QCOMPARE(panel.settings().messageFile, missing);
}

void tst_ConnectionPanel::flagsAuthWithoutUser()
{
    ConnectionPanel panel;
    panel.setSettings(valid());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *user = child<QLineEdit>(panel, "authUserLineEdit");
    auto *password = child<QLineEdit>(panel, "passwordLineEdit");
    QVERIFY(!user->isEnabled());
    child<QComboBox>(panel, "authComboBox")->setCurrentIndex(1); // PLAIN
    QVERIFY(user->isEnabled());
    QVERIFY(!panel.isValid());
    const QStringList errors = panel.validationErrors();
    QCOMPARE(errors.size(), 2);
    QVERIFY(shows(label(panel, "authUserErrorLabel"), QStringLiteral("PLAIN needs a user name.")));
    QVERIFY(shows(label(panel, "passwordErrorLabel"), QStringLiteral("Enter the password")));

    type(user, QStringLiteral("alice"));
    QVERIFY(!label(panel, "authUserErrorLabel")->isVisible());
    type(password, QStringLiteral("s3cret"));
    QVERIFY(!label(panel, "passwordErrorLabel")->isVisible());
    QVERIFY(panel.isValid());
    // The password's error message never contains the password.
    type(user, QString());
    QVERIFY(!label(panel, "authUserErrorLabel")->text().contains(QStringLiteral("s3cret")));
}

void tst_ConnectionPanel::flagsStopsThatNeverCome()
{
    ConnectionPanel panel;
    panel.setSettings(valid());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *quitAfter = child<QComboBox>(panel, "quitAfterComboBox");
    auto *security = child<QComboBox>(panel, "securityComboBox");
    quitAfter->setCurrentIndex(3); // after STARTTLS
    QVERIFY(panel.isValid());
    security->setCurrentIndex(0); // none: no STARTTLS is planned
    QVERIFY(shows(label(panel, "quitAfterErrorLabel"), QStringLiteral("No STARTTLS is planned")));
    QVERIFY(!panel.isValid());
    security->setCurrentIndex(2);
    QVERIFY(!label(panel, "quitAfterErrorLabel")->isVisible());
    quitAfter->setCurrentIndex(4); // after AUTH, none planned
    QVERIFY(shows(label(panel, "quitAfterErrorLabel"), QStringLiteral("No AUTH is planned")));
}

void tst_ConnectionPanel::couplesImplicitTlsAndPort465()
{
    ConnectionPanel panel;
    panel.setSettings(valid());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *port = child<QSpinBox>(panel, "portSpinBox");
    auto *security = child<QComboBox>(panel, "securityComboBox");
    using Security = SessionSettings::Security;

    // The 465 preset suggests implicit TLS.
    QTest::mouseClick(child<QToolButton>(panel, "port465ToolButton"), Qt::LeftButton);
    QCOMPARE(port->value(), 465);
    QCOMPARE(panel.settings().security, Security::ImplicitTls);
    QVERIFY(child<QToolButton>(panel, "port465ToolButton")->isChecked());
    QVERIFY(!child<QToolButton>(panel, "port25ToolButton")->isChecked());

    // Leaving implicit TLS on 465: STARTTLS goes with submission on 587, plain SMTP with 25.
    security->setCurrentIndex(1);
    QCOMPARE(port->value(), 587);
    QVERIFY(child<QToolButton>(panel, "port587ToolButton")->isChecked());
    security->setCurrentIndex(3);
    QCOMPARE(port->value(), 465); // 587 was still a default
    security->setCurrentIndex(0);
    QCOMPARE(port->value(), 25);

    // Typing 465 suggests implicit TLS too.
    type(port, QStringLiteral("465"));
    QCOMPARE(panel.settings().security, Security::ImplicitTls);

    // A port of the user's own is kept.
    security->setCurrentIndex(1);
    type(port, QStringLiteral("10025"));
    security->setCurrentIndex(3);
    QCOMPARE(port->value(), 10025);
    QCOMPARE(panel.settings().security, Security::ImplicitTls);

    // The presets set the port; a preset clicked twice stays checked.
    QTest::mouseClick(child<QToolButton>(panel, "port2525ToolButton"), Qt::LeftButton);
    QCOMPARE(port->value(), 2525);
    QTest::mouseClick(child<QToolButton>(panel, "port2525ToolButton"), Qt::LeftButton);
    QVERIFY(child<QToolButton>(panel, "port2525ToolButton")->isChecked());
}

void tst_ConnectionPanel::explainsSecurityAndWarns()
{
    ConnectionPanel panel;
    panel.setSettings(valid());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QLabel *explanation = label(panel, "securityExplanationLabel");
    auto *security = child<QComboBox>(panel, "securityComboBox");
    QSet<QString> seen;
    for (int row = 0; row < security->count(); ++row) {
        security->setCurrentIndex(row);
        QVERIFY(explanation->isVisible());
        QVERIFY(!explanation->text().isEmpty());
        seen.insert(explanation->text());
    }
    QCOMPARE(seen.size(), security->count());
    // A mismatch of port and mode is explained, not forbidden (only the user's own edits are coupled).
    SessionSettings mismatch = valid();
    mismatch.port = 465;
    mismatch.security = SessionSettings::Security::StartTls;
    panel.setSettings(mismatch);
    QVERIFY(explanation->text().contains(QStringLiteral("Port 465 expects TLS")));
    QVERIFY(panel.isValid());
    mismatch.port = 587;
    mismatch.security = SessionSettings::Security::ImplicitTls;
    panel.setSettings(mismatch);
    QVERIFY(explanation->text().contains(QStringLiteral("Port 587 starts in plain text")));
    QVERIFY(panel.isValid());
    security->setCurrentIndex(1);

    auto *accept = child<QCheckBox>(panel, "acceptTlsErrorsCheckBox");
    QLabel *acceptWarning = label(panel, "acceptTlsErrorsWarningLabel");
    QVERIFY(!acceptWarning->isVisible());
    QTest::mouseClick(accept, Qt::LeftButton);
    QVERIFY(accept->isChecked());
    QVERIFY(shows(acceptWarning, QStringLiteral("Insecure")));
    QVERIFY(panel.settings().acceptTlsErrors);
    security->setCurrentIndex(0); // no TLS: certificate options do not apply
    QVERIFY(!accept->isEnabled());
    QVERIFY(!acceptWarning->isVisible());
    QVERIFY(!child<QLineEdit>(panel, "caFileLineEdit")->isEnabled());

    child<QComboBox>(panel, "authComboBox")->setCurrentIndex(1);
    auto *plain = child<QCheckBox>(panel, "plainAuthCheckBox");
    QTest::mouseClick(plain, Qt::LeftButton);
    QVERIFY(shows(label(panel, "plainAuthWarningLabel"), QStringLiteral("readable by anyone")));
    QVERIFY(panel.settings().allowAuthWithoutTls);

    // A CA file that does not exist is flagged.
    security->setCurrentIndex(2);
    type(child<QLineEdit>(panel, "caFileLineEdit"), m_dir.filePath(QStringLiteral("nope.pem")));
    QVERIFY(shows(label(panel, "caFileErrorLabel"), QStringLiteral("does not exist")));
}

void tst_ConnectionPanel::tokenForXoauth2()
{
    ConnectionPanel panel;
    auto *auth = child<QComboBox>(panel, "authComboBox");
    auto *password = child<QLineEdit>(panel, "passwordLineEdit");
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    auth->setCurrentIndex(auth->findText(QStringLiteral("XOAUTH2")));
    QCOMPARE(panel.settings().authMechanism, SaslAuthenticator::Mechanism::XOAuth2);
    QVERIFY(label(panel, "passwordLabel")->text().contains(QStringLiteral("Token")) ||
            label(panel, "passwordLabel")->text().contains(QStringLiteral("To&ken")));
    QVERIFY(password->accessibleName().contains(QStringLiteral("token")));
    auth->setCurrentIndex(auth->findText(QStringLiteral("CRAM-MD5")));
    QCOMPARE(panel.settings().authMechanism, SaslAuthenticator::Mechanism::CramMd5);
    QVERIFY(label(panel, "passwordLabel")->text().contains(QStringLiteral("Pass")));
    QCOMPARE(password->accessibleName(), QStringLiteral("Password"));
}

void tst_ConnectionPanel::sessionRunningLocksEditing()
{
    ConnectionPanel panel;
    panel.setSettings(valid());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const QList<QWidget *> fields{child<QLineEdit>(panel, "hostLineEdit"), child<QSpinBox>(panel, "portSpinBox"),
                                  child<QComboBox>(panel, "securityComboBox"),
                                  child<QPlainTextEdit>(panel, "recipientsPlainTextEdit"),
                                  child<QComboBox>(panel, "quitAfterComboBox")};
    panel.setSessionRunning(true);
    QVERIFY(panel.isSessionRunning());
    for (QWidget *field : fields)
        QVERIFY2(!field->isEnabled(), qPrintable(field->objectName()));
    QVERIFY(label(panel, "sessionRunningLabel")->isVisible());
    // Still scrollable and readable.
    QVERIFY(child<QScrollArea>(panel, "scrollArea")->isEnabled());
    panel.setSessionRunning(false);
    for (QWidget *field : fields)
        QVERIFY2(field->isEnabled(), qPrintable(field->objectName()));
    QVERIFY(!label(panel, "sessionRunningLabel")->isVisible());
}

void tst_ConnectionPanel::browsesWithoutNestedLoop()
{
    ConnectionPanel panel;
    panel.setSettings(valid());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTest::mouseClick(child<QRadioButton>(panel, "rawFileRadioButton"), Qt::LeftButton);
    // The click returns at once (no exec()): the dialog is open and waiting.
    QTest::mouseClick(child<QToolButton>(panel, "messageFileBrowseToolButton"), Qt::LeftButton);
    QPointer<QFileDialog> dialog = panel.findChild<QFileDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    const QString file = m_dir.filePath(QStringLiteral("chosen.eml"));
    QFile(file).open(QIODevice::WriteOnly);
    Q_EMIT dialog->fileSelected(file);
    dialog->close();
    QTRY_VERIFY(!dialog);
    QCOMPARE(panel.settings().messageFile, QDir::toNativeSeparators(file));
    QVERIFY(panel.isValid());
}

void tst_ConnectionPanel::savesAndLoadsProfiles()
{
    QSettings settings(m_dir.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat);
    settings.clear();
    ProfileStore store(&settings);
    ConnectionPanel panel;
    QVERIFY(!child<QWidget>(panel, "profileGroupBox")->isVisibleTo(&panel));
    panel.setProfileStore(&store);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(child<QWidget>(panel, "profileGroupBox")->isVisible());
    QVERIFY(!child<QPushButton>(panel, "saveProfilePushButton")->isEnabled()); // nothing selected
    QVERIFY(!child<QPushButton>(panel, "deleteProfilePushButton")->isEnabled());

    SessionSettings s = valid();
    s.authMechanism = SaslAuthenticator::Mechanism::Plain;
    s.authUser = QStringLiteral("alice");
    s.authSecret = QStringLiteral("never-on-disk-42");
    panel.setSettings(s);

    // "Save as" opens an inline name field, no dialog.
    QTest::mouseClick(child<QPushButton>(panel, "saveProfileAsPushButton"), Qt::LeftButton);
    auto *name = child<QLineEdit>(panel, "profileNameLineEdit");
    QVERIFY(name->isVisible());
    QCOMPARE(name->text(), QStringLiteral("mail.example.com")); // suggested from the host
    type(name, QStringLiteral("Office"));
    QTest::keyClick(name, Qt::Key_Return);
    QVERIFY(!name->isVisible());
    QCOMPARE(store.names(), QStringList{QStringLiteral("Office")});
    QCOMPARE(panel.currentProfile(), QStringLiteral("Office"));
    QCOMPARE(store.lastUsed(), QStringLiteral("Office"));
    QVERIFY(shows(label(panel, "profileNoteLabel"), QStringLiteral("without the password")));
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("alice"));
    QVERIFY(!bytes.contains("never-on-disk-42"));
    // The panel writes nothing to the application's own settings either.
    QVERIFY(QSettings().allKeys().isEmpty());

    // Escape cancels "Save as"; an existing name is announced as a replacement.
    QTest::mouseClick(child<QPushButton>(panel, "saveProfileAsPushButton"), Qt::LeftButton);
    type(name, QStringLiteral("office"));
    QCOMPARE(child<QPushButton>(panel, "profileNameOkPushButton")->text(), QStringLiteral("Replace"));
    QVERIFY(shows(label(panel, "profileNoteLabel"), QStringLiteral("Replaces")));
    QTest::keyClick(name, Qt::Key_Escape);
    QVERIFY(!name->isVisible());

    // A second profile, then load the first: the password is not carried over to it.
    type(child<QLineEdit>(panel, "hostLineEdit"), QStringLiteral("other.example.org"));
    QTest::mouseClick(child<QPushButton>(panel, "saveProfileAsPushButton"), Qt::LeftButton);
    type(name, QStringLiteral("Backup"));
    QTest::mouseClick(child<QPushButton>(panel, "profileNameOkPushButton"), Qt::LeftButton);
    QCOMPARE(store.names(), (QStringList{QStringLiteral("Backup"), QStringLiteral("Office")}));
    QCOMPARE(panel.currentProfile(), QStringLiteral("Backup"));

    auto *combo = child<QComboBox>(panel, "profileComboBox");
    QSignalSpy changed(&panel, &ConnectionPanel::settingsChanged);
    combo->setCurrentIndex(1);
    Q_EMIT combo->activated(1); // as a user's choice
    QCOMPARE(panel.settings().host, QStringLiteral("mail.example.com"));
    QCOMPARE(panel.settings().authUser, QStringLiteral("alice"));
    QVERIFY(panel.settings().authSecret.isEmpty());
    QVERIFY(changed.count() > 0);
    QCOMPARE(store.lastUsed(), QStringLiteral("Office"));

    // Save writes the fields into the selected profile.
    type(child<QLineEdit>(panel, "ehloLineEdit"), QStringLiteral("desk.example.com"));
    QVERIFY(!label(panel, "profileNoteLabel")->isVisible());
    QTest::mouseClick(child<QPushButton>(panel, "saveProfilePushButton"), Qt::LeftButton);
    QCOMPARE(store.load(QStringLiteral("Office"))->ehloName, QStringLiteral("desk.example.com"));

    // A new panel starts from the last used profile.
    {
        ConnectionPanel again;
        again.setProfileStore(&store);
        QCOMPARE(again.currentProfile(), QStringLiteral("Office"));
        QCOMPARE(again.settings().ehloName, QStringLiteral("desk.example.com"));
    }

    // Delete leaves the fields as they are.
    QTest::mouseClick(child<QPushButton>(panel, "deleteProfilePushButton"), Qt::LeftButton);
    QCOMPARE(store.names(), QStringList{QStringLiteral("Backup")});
    QVERIFY(panel.currentProfile().isEmpty());
    QCOMPARE(panel.settings().ehloName, QStringLiteral("desk.example.com"));
    QVERIFY(shows(label(panel, "profileNoteLabel"), QStringLiteral("Deleted")));

    // Nothing can be changed while a session runs.
    panel.setSessionRunning(true);
    QVERIFY(!combo->isEnabled());
    QVERIFY(!child<QPushButton>(panel, "saveProfileAsPushButton")->isEnabled());
}

namespace {

/// The desktop keyring's behaviour without a desktop: answers later (from the event loop), like
/// Secret Service over D-Bus, and refuses everything when `refuse` is set.
class MemoryKeyring final : public PasswordKeyring
{
public:
    QHash<QString, QString> secrets;
    QString refuse;
    int reads = 0;

    void read(const QString &profile) override
    {
        ++reads;
        QTimer::singleShot(0, this, [this, profile] {
            Q_EMIT readFinished(profile, refuse.isEmpty() ? secrets.value(key(profile)) : QString(), refuse);
        });
    }
    void write(const QString &profile, const QString &secret) override
    {
        QTimer::singleShot(0, this, [this, profile, secret] {
            if (refuse.isEmpty())
                secrets.insert(key(profile), secret);
            Q_EMIT writeFinished(profile, refuse);
        });
    }
    void remove(const QString &profile) override
    {
        QTimer::singleShot(0, this, [this, profile] {
            secrets.remove(key(profile));
            Q_EMIT removeFinished(profile, QString());
        });
    }
};

} // namespace

void tst_ConnectionPanel::keepsPasswordInKeyringOnlyWhenAsked()
{
    QSettings settings(m_dir.filePath(QStringLiteral("keyring.ini")), QSettings::IniFormat);
    settings.clear();
    ProfileStore store(&settings);
    MemoryKeyring keyring;
    ConnectionPanel panel;
    auto *keep = child<QCheckBox>(panel, "keyringCheckBox");
    panel.setProfileStore(&store);
    QVERIFY(!keep->isVisibleTo(&panel)); // no keyring, no option
    panel.setKeyring(&keyring);
    QVERIFY(keep->isVisibleTo(&panel));
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(!keep->isChecked()); // opt-in

    SessionSettings s = valid();
    s.authMechanism = SaslAuthenticator::Mechanism::Login;
    s.authUser = QStringLiteral("alice");
    s.authSecret = QStringLiteral("kept-in-keyring-7");
    panel.setSettings(s);
    QVERIFY(keep->isEnabled());

    // Not ticked: saved without the password, nothing in the keyring.
    QTest::mouseClick(child<QPushButton>(panel, "saveProfileAsPushButton"), Qt::LeftButton);
    type(child<QLineEdit>(panel, "profileNameLineEdit"), QStringLiteral("Plain"));
    QTest::mouseClick(child<QPushButton>(panel, "profileNameOkPushButton"), Qt::LeftButton);
    QCoreApplication::processEvents();
    QVERIFY(keyring.secrets.isEmpty());
    QVERIFY(!store.passwordInKeyring(QStringLiteral("Plain")));

    // Ticked: the password goes to the keyring, never to the settings file.
    keep->setChecked(true);
    QTest::mouseClick(child<QPushButton>(panel, "saveProfileAsPushButton"), Qt::LeftButton);
    type(child<QLineEdit>(panel, "profileNameLineEdit"), QStringLiteral("Office"));
    QTest::mouseClick(child<QPushButton>(panel, "profileNameOkPushButton"), Qt::LeftButton);
    QTRY_COMPARE(keyring.secrets.value(QStringLiteral("office")), QStringLiteral("kept-in-keyring-7"));
    QTRY_VERIFY(shows(label(panel, "profileNoteLabel"), QStringLiteral("is in the desktop keyring")));
    QVERIFY(store.passwordInKeyring(QStringLiteral("Office")));
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("kept-in-keyring-7"));

    // Loading the profile in a new panel fills the password in from the keyring, once it answers.
    {
        ConnectionPanel again;
        again.setKeyring(&keyring);
        again.setProfileStore(&store);
        QCOMPARE(again.currentProfile(), QStringLiteral("Office"));
        QVERIFY(again.settings().authSecret.isEmpty());
        QTRY_COMPARE(again.settings().authSecret, QStringLiteral("kept-in-keyring-7"));
        QVERIFY(child<QCheckBox>(again, "keyringCheckBox")->isChecked());
    }
    // An answer for a profile whose server was changed meanwhile is not filled in.
    {
        ConnectionPanel again;
        again.setKeyring(&keyring);
        again.setProfileStore(&store);
        child<QLineEdit>(again, "hostLineEdit")->setText(QStringLiteral("other.example.net")); // before the answer
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QTRY_VERIFY(shows(label(again, "profileNoteLabel"), QStringLiteral("was not filled in")));
        QVERIFY(again.settings().authSecret.isEmpty());
    }
    // A profile without the choice does not ask the keyring at all.
    const int reads = keyring.reads;
    auto *combo = child<QComboBox>(panel, "profileComboBox");
    combo->setCurrentIndex(combo->findText(QStringLiteral("Plain")));
    Q_EMIT combo->activated(combo->currentIndex());
    QCoreApplication::processEvents();
    QCOMPARE(keyring.reads, reads);
    QVERIFY(panel.settings().authSecret.isEmpty());
    QVERIFY(!keep->isChecked());

    // Unticking and saving takes the password out of the keyring; deleting a profile does too.
    combo->setCurrentIndex(combo->findText(QStringLiteral("Office")));
    Q_EMIT combo->activated(combo->currentIndex());
    QTRY_COMPARE(panel.settings().authSecret, QStringLiteral("kept-in-keyring-7"));
    keep->setChecked(false);
    QTest::mouseClick(child<QPushButton>(panel, "saveProfilePushButton"), Qt::LeftButton);
    QTRY_VERIFY(keyring.secrets.isEmpty());
    QVERIFY(!store.passwordInKeyring(QStringLiteral("Office")));
    keep->setChecked(true);
    QTest::mouseClick(child<QPushButton>(panel, "saveProfilePushButton"), Qt::LeftButton);
    QTRY_VERIFY(!keyring.secrets.isEmpty());
    QTest::mouseClick(child<QPushButton>(panel, "deleteProfilePushButton"), Qt::LeftButton);
    QTRY_VERIFY(keyring.secrets.isEmpty());
}

void tst_ConnectionPanel::domainMxTarget()
{
    ConnectionPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setSettings(valid());
    auto *target = child<QComboBox>(panel, "targetComboBox");
    target->setCurrentIndex(1);
    QCOMPARE(panel.settings().target, SessionSettings::Target::DomainMx);
    QCOMPARE(label(panel, "hostLabel")->text(), QStringLiteral("&Domain:"));
    type(child<QLineEdit>(panel, "hostLineEdit"), QStringLiteral("192.0.2.25"));
    QVERIFY(shows(label(panel, "hostErrorLabel"), QStringLiteral("An address has no MX records")));
    type(child<QLineEdit>(panel, "hostLineEdit"), QStringLiteral("bob@example.org"));
    QVERIFY(shows(label(panel, "hostErrorLabel"), QStringLiteral("here example.org")));
    type(child<QLineEdit>(panel, "hostLineEdit"), QStringLiteral("example.org"));
    QVERIFY(!label(panel, "hostErrorLabel")->isVisible());
    QVERIFY(panel.isValid());
    QCOMPARE(panel.settings().host, QStringLiteral("example.org"));
    // The domain's DNS, one click away.
    auto *dns = child<QToolButton>(panel, "hostDnsToolButton");
    QVERIFY(dns->isVisible());
    QSignalSpy asked(&panel, &ConnectionPanel::dnsCheckRequested);
    dns->click();
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.at(0).at(0).toString(), QStringLiteral("example.org"));
    // A domain's MX never gets the user's login.
    SessionSettings withLogin = panel.settings();
    withLogin.authMechanism = SaslAuthenticator::Mechanism::Plain;
    withLogin.authUser = QStringLiteral("alice");
    withLogin.authSecret = QStringLiteral("secret");
    panel.setSettings(withLogin);
    QVERIFY(!panel.isValid());
    QVERIFY(panel.validationErrors().join(u' ').contains(QStringLiteral("does not take your login")));
    withLogin.authMechanism.reset();
    panel.setSettings(withLogin);
    QVERIFY(panel.isValid());
    // Back to a server: the same text is now a host name.
    target->setCurrentIndex(0);
    QCOMPARE(label(panel, "hostLabel")->text(), QStringLiteral("&Host:"));
    QVERIFY(!dns->isVisible());
    QVERIFY(panel.isValid());
}

void tst_ConnectionPanel::practiceTarget()
{
    ConnectionPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    SessionSettings s = valid();
    s.target = SessionSettings::Target::Practice;
    s.practiceScenario = QStringLiteral("greylisting");
    panel.setSettings(s); // before the scenarios are known: the choice waits for them
    QCOMPARE(panel.settings().practiceScenario, QStringLiteral("greylisting"));
    QVERIFY(!child<QLineEdit>(panel, "hostLineEdit")->isVisible());
    QVERIFY(!child<QSpinBox>(panel, "portSpinBox")->isVisible());
    QVERIFY(child<QComboBox>(panel, "scenarioComboBox")->isVisible());

    panel.setPracticeScenarios(
        {{QStringLiteral("clean-delivery"), LocalizedText::fromUtf8("Clean delivery", "正常な配送"),
          LocalizedText::fromUtf8("Everything works.", "すべて正常です。")},
         {QStringLiteral("greylisting"), LocalizedText::fromUtf8("Greylisting", "グレーリスティング"),
          LocalizedText::fromUtf8("Retry later.", "後で再送します。")}});
    auto *scenario = child<QComboBox>(panel, "scenarioComboBox");
    QCOMPARE(scenario->currentText(), QStringLiteral("Greylisting"));
    QVERIFY(shows(label(panel, "scenarioLessonLabel"), QStringLiteral("Retry later.")));
    QVERIFY(panel.isValid()); // no host needed
    scenario->setCurrentIndex(0);
    QCOMPARE(panel.settings().practiceScenario, QStringLiteral("clean-delivery"));
    QVERIFY(shows(label(panel, "scenarioLessonLabel"), QStringLiteral("Everything works.")));

    // The practice server has no implicit TLS.
    child<QComboBox>(panel, "securityComboBox")->setCurrentIndex(3);
    QVERIFY(!panel.isValid());
    QVERIFY(panel.validationErrors().join(u' ').contains(QStringLiteral("not implicit TLS")));
    child<QComboBox>(panel, "securityComboBox")->setCurrentIndex(1);

    // A scenario this version does not have is flagged, not silently replaced.
    s.practiceScenario = QStringLiteral("retired-scenario");
    panel.setSettings(s);
    QVERIFY(panel.validationErrors().join(u' ').contains(QStringLiteral("retired-scenario")));
}

void tst_ConnectionPanel::keyringRefusalIsExplained()
{
    QSettings settings(m_dir.filePath(QStringLiteral("refused.ini")), QSettings::IniFormat);
    settings.clear();
    ProfileStore store(&settings);
    MemoryKeyring keyring;
    keyring.refuse = QStringLiteral("The collection is locked");
    ConnectionPanel panel;
    panel.setKeyring(&keyring);
    panel.setProfileStore(&store);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    SessionSettings s = valid();
    s.authMechanism = SaslAuthenticator::Mechanism::Plain;
    s.authUser = QStringLiteral("alice");
    s.authSecret = QStringLiteral("secret-1");
    panel.setSettings(s);
    child<QCheckBox>(panel, "keyringCheckBox")->setChecked(true);
    QTest::mouseClick(child<QPushButton>(panel, "saveProfileAsPushButton"), Qt::LeftButton);
    type(child<QLineEdit>(panel, "profileNameLineEdit"), QStringLiteral("Locked"));
    QTest::mouseClick(child<QPushButton>(panel, "profileNameOkPushButton"), Qt::LeftButton);
    QTRY_VERIFY(shows(label(panel, "profileNoteLabel"), QStringLiteral("The collection is locked")));
    QVERIFY(shows(label(panel, "profileNoteLabel"), QStringLiteral("without the password")));
    // The profile does not claim a password the keyring never took; the typed one stays for this run.
    QVERIFY(!store.passwordInKeyring(QStringLiteral("Locked")));
    QVERIFY(!child<QCheckBox>(panel, "keyringCheckBox")->isChecked());
    QCOMPARE(panel.settings().authSecret, QStringLiteral("secret-1"));
    QCOMPARE(store.load(QStringLiteral("Locked"))->authUser, QStringLiteral("alice"));
}

void tst_ConnectionPanel::keepsDynamicTextsOnLanguageChange()
{
    ConnectionPanel panel;
    SessionSettings s = valid();
    s.authMechanism = SaslAuthenticator::Mechanism::XOAuth2;
    s.security = SessionSettings::Security::ImplicitTls;
    s.host = QStringLiteral("bad host");
    panel.setSettings(s);
    const QString explanation = label(panel, "securityExplanationLabel")->text();
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&panel, &change);
    QVERIFY(label(panel, "passwordLabel")->text().contains(QStringLiteral("ken")));
    QCOMPARE(label(panel, "securityExplanationLabel")->text(), explanation);
    QVERIFY(label(panel, "hostErrorLabel")->text().contains(QStringLiteral("spaces")));
    QCOMPARE(panel.settings().security, SessionSettings::Security::ImplicitTls);
}

void tst_ConnectionPanel::fitsANarrowDock()
{
    // Nothing may need more width than a 320 px dock leaves beside the vertical scroll bar: the panel
    // scrolls vertically only, so anything wider would be clipped.
    ConnectionPanel panel;
    QSettings settings(m_dir.filePath(QStringLiteral("narrow.ini")), QSettings::IniFormat);
    ProfileStore store(&settings);
    store.save(QStringLiteral("A rather long profile name for the relay in the branch office"), valid());
    panel.setProfileStore(&store);
    SessionSettings s = valid();
    s.security = SessionSettings::Security::StartTls;
    s.port = 465; // the longest explanation
    s.acceptTlsErrors = true;
    s.authMechanism = SaslAuthenticator::Mechanism::Plain;
    s.allowAuthWithoutTls = true;
    s.quitAfter = SessionStage::Rcpt;
    panel.setSettings(s);
    panel.validationErrors();
    panel.resize(320, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *area = child<QScrollArea>(panel, "scrollArea");
    const int available = 320 - area->verticalScrollBar()->sizeHint().width();
    QVERIFY2(area->widget()->minimumSizeHint().width() <= available,
             qPrintable(QString::number(area->widget()->minimumSizeHint().width())));
    QCOMPARE(area->widget()->width(), area->viewport()->width());

    QDir().mkpath(QStringLiteral("screenshots"));
    for (int height = 600; area->verticalScrollBar()->maximum() > 0 && height < 4000; height += 40) {
        panel.resize(320, height);
        QCoreApplication::processEvents();
    }
    QVERIFY(panel.grab().save(QStringLiteral("screenshots/connection-panel-narrow.png")));
}

void tst_ConnectionPanel::screenshots()
{
    // Rendered into the build folder for people to look at (not compared: fonts differ by machine).
    QDir().mkpath(QStringLiteral("screenshots"));
    QSettings settings(m_dir.filePath(QStringLiteral("screenshot-profiles.ini")), QSettings::IniFormat);
    ProfileStore store(&settings);
    SessionSettings s;
    s.host = QStringLiteral("mail.example.com");
    s.port = 587;
    s.security = SessionSettings::Security::StartTlsRequired;
    s.authMechanism = SaslAuthenticator::Mechanism::Plain;
    s.authUser = QStringLiteral("alice@example.com");
    s.mailFrom = QStringLiteral("alice@example.com");
    s.recipients = {QStringLiteral("bob@example.net"), QStringLiteral("carol@example.org")};
    s.subject = QStringLiteral("Delivery test");
    store.save(QStringLiteral("Backup MX"), SessionSettings());
    store.save(QStringLiteral("Office submission"), s);
    store.setLastUsed(QStringLiteral("Office submission"));

    ConnectionPanel panel;
    panel.setProfileStore(&store);
    type(child<QLineEdit>(panel, "passwordLineEdit"), QStringLiteral("secret"));
    panel.resize(340, 720);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(panel.isValid());
    QVERIFY(panel.grab().save(QStringLiteral("screenshots/connection-panel.png")));
    QVERIFY(QFileInfo(QStringLiteral("screenshots/connection-panel.png")).size() > 1000);
    // "Save as" asks for the name in place.
    QTest::mouseClick(child<QPushButton>(panel, "saveProfileAsPushButton"), Qt::LeftButton);
    type(child<QLineEdit>(panel, "profileNameLineEdit"), QStringLiteral("office submission"));
    QVERIFY(panel.grab(QRect(0, 0, 340, 200)).save(QStringLiteral("screenshots/connection-panel-save-as.png")));
    QTest::keyClick(child<QLineEdit>(panel, "profileNameLineEdit"), Qt::Key_Escape);

    // The whole form at once, with problems flagged, to check that nothing is clipped.
    SessionSettings broken = s;
    broken.host = QStringLiteral("smtp://mail.example.com");
    broken.mailFrom = QStringLiteral("<alice@example.com>");
    broken.recipients = {QStringLiteral("bob example.net")};
    broken.acceptTlsErrors = true;
    broken.authUser.clear();
    panel.setSettings(broken);
    panel.validationErrors();
    QScrollBar *bar = child<QScrollArea>(panel, "scrollArea")->verticalScrollBar();
    for (int height = 720; bar->maximum() > 0 && height < 4000; height += 40) {
        panel.resize(340, height);
        QCoreApplication::processEvents();
    }
    QVERIFY(panel.grab().save(QStringLiteral("screenshots/connection-panel-problems.png")));

    // A dark palette: the flags derive their colours from it.
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    panel.setPalette(dark);
    QVERIFY(label(panel, "hostErrorLabel")->palette().color(QPalette::WindowText).lightness() > 128);
    QVERIFY(panel.grab().save(QStringLiteral("screenshots/connection-panel-dark.png")));
}

QTEST_MAIN(tst_ConnectionPanel)
#include "tst_ConnectionPanel.moc"

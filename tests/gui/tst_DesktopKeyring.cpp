#include "gui/PasswordKeyring.h"

#include <QSignalSpy>
#include <QtTest>

/// The real desktop keyring (qtkeychain → Secret Service), in a private D-Bus session with its own
/// GNOME Keyring (tests/keyring/run-with-keyring.sh): never the user's.
class tst_DesktopKeyring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writesReadsAndRemoves();

private:
    std::unique_ptr<PasswordKeyring> m_keyring;
};

void tst_DesktopKeyring::initTestCase()
{
    m_keyring = PasswordKeyring::desktop();
    const bool required = qEnvironmentVariable("SMTPDOCTOR_REAL_SERVERS") == QLatin1String("required");
    QString missing;
    if (!m_keyring)
        missing = QStringLiteral("SMTP Doctor was built without qtkeychain (qtkeychain-qt6-dev)");
    else if (qEnvironmentVariable("SMTPDOCTOR_PRIVATE_KEYRING") != QLatin1String("1"))
        missing = QStringLiteral("no private keyring: dbus-run-session (dbus) or gnome-keyring-daemon "
                                 "(gnome-keyring) is not installed");
    if (missing.isEmpty())
        return;
    if (required)
        QFAIL(qPrintable(missing));
    QSKIP(qPrintable(missing));
}

void tst_DesktopKeyring::writesReadsAndRemoves()
{
    const QString profile = QStringLiteral("Office Relay");
    const QString secret = QStringLiteral("пароль-パスワード-42 with spaces");
    QSignalSpy written(m_keyring.get(), &PasswordKeyring::writeFinished);
    QSignalSpy read(m_keyring.get(), &PasswordKeyring::readFinished);
    QSignalSpy removed(m_keyring.get(), &PasswordKeyring::removeFinished);

    m_keyring->write(profile, secret);
    QVERIFY(written.wait(20'000));
    QCOMPARE(written.at(0).at(1).toString(), QString()); // no error

    // Names are case-insensitive, as in the profile store.
    m_keyring->read(QStringLiteral("office relay"));
    QVERIFY(read.wait(20'000));
    QCOMPARE(read.at(0).at(2).toString(), QString());
    QCOMPARE(read.at(0).at(1).toString(), secret);

    m_keyring->remove(profile);
    QVERIFY(removed.wait(20'000));
    QCOMPARE(removed.at(0).at(1).toString(), QString());

    // Gone: an empty answer without an error.
    m_keyring->read(profile);
    QVERIFY(read.wait(20'000));
    QCOMPARE(read.at(1).at(1).toString(), QString());
    QCOMPARE(read.at(1).at(2).toString(), QString());
}

QTEST_GUILESS_MAIN(tst_DesktopKeyring)
#include "tst_DesktopKeyring.moc"

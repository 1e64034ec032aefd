#include "gui/ProfileStore.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

class tst_ProfileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void roundTripsEveryField();
    void neverStoresTheSecret();
    void defaultsRoundTrip();
    void namesAreSortedAndCaseInsensitive();
    void namesWithSeparators();
    void replacesWithoutLeftovers();
    void removes();
    void remembersTheLastUsed();

private:
    static SessionSettings everyField();
    static void compare(const SessionSettings &actual, const SessionSettings &expected);
    QByteArray fileBytes();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
};

namespace {
const QString kSecret = QStringLiteral("hunter2-Correct-Horse-Battery");
}

void tst_ProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat);
}

void tst_ProfileStore::cleanup()
{
    m_settings.reset();
    m_dir.reset();
}

SessionSettings tst_ProfileStore::everyField()
{
    // Every field away from its default, so that a field that is not saved shows.
    SessionSettings s;
    s.target = SessionSettings::Target::Practice;
    s.practiceScenario = QStringLiteral("unknown-recipient");
    s.host = QStringLiteral("mail.example.com");
    s.port = 587;
    s.ipFamily = SessionSettings::IpFamily::IPv6;
    s.security = SessionSettings::Security::StartTlsRequired;
    s.connectTimeoutMs = 5'000;
    s.greetingTimeoutMs = 7'000;
    s.commandTimeoutMs = 9'000;
    s.dataTimeoutMs = 300'000;
    s.acceptTlsErrors = true;
    s.caFile = QStringLiteral("/etc/ssl/private-ca.pem");
    s.ehloName = QStringLiteral("client.example.org");
    s.authMechanism = SaslAuthenticator::Mechanism::CramMd5;
    s.authUser = QStringLiteral("alice@example.com");
    s.authSecret = kSecret;
    s.allowAuthWithoutTls = true;
    s.mailFrom = QStringLiteral("bounce@example.com");
    s.recipients = {QStringLiteral("bob@example.net"), QStringLiteral("carol, the second@example.net"),
                    QStringLiteral("@odd@example.net")};
    s.messageFile = QStringLiteral("/home/alice/test message.eml");
    s.subject = QStringLiteral("Test, with a comma; and ünïcödé 日本語");
    s.body = QStringLiteral("Line one\nLine two = \"quoted\"\n.\n");
    s.extraHeaders = {{QStringLiteral("X-Test"), QStringLiteral("1")},
                      {QStringLiteral("Reply-To"), QStringLiteral("Alice <alice@example.com>")}};
    s.quitAfter = SessionStage::Rcpt;
    return s;
}

void tst_ProfileStore::compare(const SessionSettings &a, const SessionSettings &e)
{
    QCOMPARE(a.target, e.target);
    QCOMPARE(a.practiceScenario, e.practiceScenario);
    QCOMPARE(a.host, e.host);
    QCOMPARE(a.port, e.port);
    QCOMPARE(a.ipFamily, e.ipFamily);
    QCOMPARE(a.security, e.security);
    QCOMPARE(a.connectTimeoutMs, e.connectTimeoutMs);
    QCOMPARE(a.greetingTimeoutMs, e.greetingTimeoutMs);
    QCOMPARE(a.commandTimeoutMs, e.commandTimeoutMs);
    QCOMPARE(a.dataTimeoutMs, e.dataTimeoutMs);
    QCOMPARE(a.acceptTlsErrors, e.acceptTlsErrors);
    QCOMPARE(a.caFile, e.caFile);
    QCOMPARE(a.ehloName, e.ehloName);
    QCOMPARE(a.authMechanism, e.authMechanism);
    QCOMPARE(a.authUser, e.authUser);
    QCOMPARE(a.allowAuthWithoutTls, e.allowAuthWithoutTls);
    QCOMPARE(a.mailFrom, e.mailFrom);
    QCOMPARE(a.recipients, e.recipients);
    QCOMPARE(a.messageFile, e.messageFile);
    QCOMPARE(a.subject, e.subject);
    QCOMPARE(a.body, e.body);
    QCOMPARE(a.extraHeaders, e.extraHeaders);
    QCOMPARE(a.quitAfter, e.quitAfter);
}

QByteArray tst_ProfileStore::fileBytes()
{
    m_settings->sync();
    QFile file(m_settings->fileName());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void tst_ProfileStore::roundTripsEveryField()
{
    ProfileStore(m_settings.get()).save(QStringLiteral("Office relay"), everyField());
    m_settings->sync();
    // A fresh QSettings reads the file from disk, as the next start of the application would.
    QSettings reread(m_settings->fileName(), QSettings::IniFormat);
    const auto loaded = ProfileStore(&reread).load(QStringLiteral("Office relay"));
    QVERIFY(loaded);
    SessionSettings expected = everyField();
    expected.authSecret.clear();
    compare(*loaded, expected);
    QVERIFY(loaded->authSecret.isEmpty());
    QVERIFY(!ProfileStore(&reread).load(QStringLiteral("Nobody")));
}

void tst_ProfileStore::neverStoresTheSecret()
{
    ProfileStore store(m_settings.get());
    store.save(QStringLiteral("With secret"), everyField());
    SessionSettings token = everyField();
    token.authMechanism = SaslAuthenticator::Mechanism::XOAuth2;
    store.save(QStringLiteral("With token"), token, true); // the keyring choice, never the token itself
    QVERIFY(store.passwordInKeyring(QStringLiteral("with TOKEN")));
    QVERIFY(!store.passwordInKeyring(QStringLiteral("With secret")));
    QVERIFY(!store.passwordInKeyring(QStringLiteral("No such profile")));

    const QByteArray bytes = fileBytes();
    QVERIFY(bytes.contains("alice@example.com")); // the file is the one written to
    QVERIFY(!bytes.contains(kSecret.toUtf8()));
    QVERIFY(!bytes.contains(kSecret.toUtf8().toBase64()));
    QVERIFY(!bytes.contains("hunter2"));
    QVERIFY(!bytes.toLower().contains("secret="));
    QVERIFY(!bytes.toLower().contains("password"));
}

void tst_ProfileStore::defaultsRoundTrip()
{
    ProfileStore store(m_settings.get());
    store.save(QStringLiteral("Defaults"), SessionSettings());
    const auto loaded = store.load(QStringLiteral("Defaults"));
    QVERIFY(loaded);
    compare(*loaded, SessionSettings());
}

void tst_ProfileStore::namesAreSortedAndCaseInsensitive()
{
    ProfileStore store(m_settings.get());
    QVERIFY(store.names().isEmpty());
    store.save(QStringLiteral("zeta"), SessionSettings());
    store.save(QStringLiteral("Alpha"), SessionSettings());
    store.save(QStringLiteral("beta"), SessionSettings());
    store.save(QString(), SessionSettings()); // ignored
    QCOMPARE(store.names(), (QStringList{QStringLiteral("Alpha"), QStringLiteral("beta"), QStringLiteral("zeta")}));

    // "ALPHA" is the same profile as "Alpha": saving replaces it and takes the new spelling.
    SessionSettings other;
    other.host = QStringLiteral("other.example.com");
    store.save(QStringLiteral("ALPHA"), other);
    QCOMPARE(store.names(), (QStringList{QStringLiteral("ALPHA"), QStringLiteral("beta"), QStringLiteral("zeta")}));
    QVERIFY(store.contains(QStringLiteral("alpha")));
    QCOMPARE(store.load(QStringLiteral("Alpha"))->host, QStringLiteral("other.example.com"));
}

void tst_ProfileStore::namesWithSeparators()
{
    ProfileStore store(m_settings.get());
    const QStringList names{QStringLiteral("a/b"), QStringLiteral("a\\b"), QStringLiteral("100% = done"),
                            QStringLiteral("日本 [test]")};
    for (const QString &name : names) {
        SessionSettings s;
        s.host = name + QStringLiteral(".host");
        store.save(name, s);
    }
    m_settings->sync();
    QSettings reread(m_settings->fileName(), QSettings::IniFormat);
    ProfileStore again(&reread);
    QCOMPARE(again.names().size(), names.size());
    for (const QString &name : names) {
        QVERIFY2(again.names().contains(name), qPrintable(name));
        QCOMPARE(again.load(name)->host, name + QStringLiteral(".host"));
    }
}

void tst_ProfileStore::replacesWithoutLeftovers()
{
    ProfileStore store(m_settings.get());
    store.save(QStringLiteral("P"), everyField());
    SessionSettings fewer;
    fewer.recipients = {QStringLiteral("only@example.com")};
    store.save(QStringLiteral("P"), fewer);
    const auto loaded = store.load(QStringLiteral("P"));
    QVERIFY(loaded);
    compare(*loaded, fewer);
}

void tst_ProfileStore::removes()
{
    ProfileStore store(m_settings.get());
    store.save(QStringLiteral("One"), everyField());
    store.save(QStringLiteral("Two"), SessionSettings());
    store.remove(QStringLiteral("one")); // any case
    QCOMPARE(store.names(), QStringList{QStringLiteral("Two")});
    QVERIFY(!store.load(QStringLiteral("One")));
    QVERIFY(!fileBytes().contains("mail.example.com"));
    store.remove(QStringLiteral("Nobody"));
    QCOMPARE(store.names(), QStringList{QStringLiteral("Two")});
}

void tst_ProfileStore::remembersTheLastUsed()
{
    ProfileStore store(m_settings.get());
    QVERIFY(store.lastUsed().isEmpty());
    store.save(QStringLiteral("First"), SessionSettings());
    store.save(QStringLiteral("Second"), SessionSettings());
    store.setLastUsed(QStringLiteral("Second"));
    QCOMPARE(store.lastUsed(), QStringLiteral("Second"));
    m_settings->sync();
    QSettings reread(m_settings->fileName(), QSettings::IniFormat);
    QCOMPARE(ProfileStore(&reread).lastUsed(), QStringLiteral("Second"));

    // Saved again in other case: the last used one is reported as it is now spelt.
    store.save(QStringLiteral("SECOND"), SessionSettings());
    QCOMPARE(store.lastUsed(), QStringLiteral("SECOND"));
    store.remove(QStringLiteral("Second"));
    QVERIFY(store.lastUsed().isEmpty());
    store.setLastUsed(QStringLiteral("First"));
    store.setLastUsed(QString());
    QVERIFY(store.lastUsed().isEmpty());
}

QTEST_GUILESS_MAIN(tst_ProfileStore)
#include "tst_ProfileStore.moc"

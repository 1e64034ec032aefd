#include "core/smtp/SaslAuthenticator.h"

#include <QtTest>

using Mechanism = SaslAuthenticator::Mechanism;
using Credential = SaslAuthenticator::Credential;

class tst_SaslAuthenticator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mechanismNames_data();
    void mechanismNames();
    void unknownMechanismNames_data();
    void unknownMechanismNames();
    void choose_data();
    void choose();
    void credentialsProblem_data();
    void credentialsProblem();
    void plainInitialResponse_data();
    void plainInitialResponse();
    void plainWithoutInitialResponse_data();
    void plainWithoutInitialResponse();
    void login_data();
    void login();
    void cramMd5_data();
    void cramMd5();
    void cramMd5EmptyChallenge();
    void xoauth2Command_data();
    void xoauth2Command();
    void xoauth2Error_data();
    void xoauth2Error();
    void badChallenge_data();
    void badChallenge();
    void challengeBeforeCommand();
    void commandRestartsTheExchange();
    void cancelLine();

private:
    static void plainExamples();
};

namespace {

// Google's documented XOAUTH2 example: the token and the error challenge it answers when it refuses one.
const QString kGoogleUser = QStringLiteral("someuser@example.com");
const QString kGoogleToken = QStringLiteral("ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg");
constexpr char kGoogleInitialResponse[] = "dXNlcj1zb21ldXNlckBleGFtcGxlLmNvbQFhdXRoPUJlYXJlciB5YTI5LnZGOWRmdDRxbVRjMk52"
                                          "YjNSbGNrQmhkSFJoZG1semRHRXVZMjl0Q2cBAQ==";
constexpr char kGoogleErrorChallenge[] =
    "eyJzdGF0dXMiOiI0MDEiLCJzY2hlbWVzIjoiYmVhcmVyIG1hYyIsInNjb3BlIjoiaHR0cHM6Ly9tYWlsLmdvb2dsZS5jb20vIn0K";
constexpr char kGoogleErrorJson[] =
    "{\"status\":\"401\",\"schemes\":\"bearer mac\",\"scope\":\"https://mail.google.com/\"}";

// RFC 2195 §2.
constexpr char kCramChallenge[] = "PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UucmVzdG9uLm1jaS5uZXQ+";

// Answers `challenge`; a refusal comes back as a text that compares unequal and shows why.
QByteArray answer(SaslAuthenticator &sasl, QByteArrayView challenge)
{
    QString error;
    const std::optional<QByteArray> response = sasl.respond(challenge, &error);
    return response ? *response : QByteArray("<refused: " + error.toUtf8() + '>');
}

// Whether `challenge` is refused with a sentence.
bool refuses(SaslAuthenticator &sasl, QByteArrayView challenge)
{
    QString error;
    const std::optional<QByteArray> response = sasl.respond(challenge, &error);
    return !response && !error.isEmpty();
}

} // namespace

void tst_SaslAuthenticator::mechanismNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Mechanism>("mechanism");
    QTest::addColumn<QString>("canonical");

    QTest::newRow("PLAIN") << QStringLiteral("PLAIN") << Mechanism::Plain << QStringLiteral("PLAIN");
    QTest::newRow("LOGIN") << QStringLiteral("LOGIN") << Mechanism::Login << QStringLiteral("LOGIN");
    QTest::newRow("CRAM-MD5") << QStringLiteral("CRAM-MD5") << Mechanism::CramMd5 << QStringLiteral("CRAM-MD5");
    QTest::newRow("XOAUTH2") << QStringLiteral("XOAUTH2") << Mechanism::XOAuth2 << QStringLiteral("XOAUTH2");
    QTest::newRow("plain") << QStringLiteral("plain") << Mechanism::Plain << QStringLiteral("PLAIN");
    QTest::newRow("Login") << QStringLiteral("Login") << Mechanism::Login << QStringLiteral("LOGIN");
    QTest::newRow("cram-md5") << QStringLiteral("cram-md5") << Mechanism::CramMd5 << QStringLiteral("CRAM-MD5");
    QTest::newRow("xOAuth2") << QStringLiteral("xOAuth2") << Mechanism::XOAuth2 << QStringLiteral("XOAUTH2");
}

void tst_SaslAuthenticator::mechanismNames()
{
    QFETCH(QString, name);
    QFETCH(Mechanism, mechanism);
    QFETCH(QString, canonical);

    QCOMPARE(SaslAuthenticator::mechanismFromName(name), std::optional<Mechanism>(mechanism));
    QCOMPARE(SaslAuthenticator::mechanismName(mechanism), canonical);
    QCOMPARE(SaslAuthenticator::mechanismFromName(SaslAuthenticator::mechanismName(mechanism)),
             std::optional<Mechanism>(mechanism));
}

void tst_SaslAuthenticator::unknownMechanismNames_data()
{
    QTest::addColumn<QString>("name");

    QTest::newRow("empty") << QString();
    QTest::newRow("GSSAPI") << QStringLiteral("GSSAPI");
    QTest::newRow("OAUTHBEARER") << QStringLiteral("OAUTHBEARER");
    QTest::newRow("XOAUTH") << QStringLiteral("XOAUTH");
    QTest::newRow("underscore") << QStringLiteral("CRAM_MD5");
    QTest::newRow("trailing space") << QStringLiteral("PLAIN ");
    QTest::newRow("prefix") << QStringLiteral("PLAINX");
}

void tst_SaslAuthenticator::unknownMechanismNames()
{
    QFETCH(QString, name);
    QVERIFY(!SaslAuthenticator::mechanismFromName(name).has_value());
}

void tst_SaslAuthenticator::choose_data()
{
    QTest::addColumn<QStringList>("offered");
    QTest::addColumn<Credential>("credential");
    QTest::addColumn<bool>("tls");
    QTest::addColumn<bool>("withAuthzid");
    QTest::addColumn<QString>("expected"); ///< the mechanism's name; empty for none

    const QStringList all = {QStringLiteral("LOGIN"), QStringLiteral("CRAM-MD5"), QStringLiteral("PLAIN"),
                             QStringLiteral("XOAUTH2")};
    const QStringList loginCram = {QStringLiteral("LOGIN"), QStringLiteral("CRAM-MD5")};
    const QStringList cleartext = {QStringLiteral("PLAIN"), QStringLiteral("LOGIN")};

    QTest::newRow("TLS, all: PLAIN") << all << Credential::Password << true << false << QStringLiteral("PLAIN");
    QTest::newRow("TLS, lower case") << QStringList{QStringLiteral("gssapi"), QStringLiteral("plain")}
                                     << Credential::Password << true << false << QStringLiteral("PLAIN");
    QTest::newRow("TLS, no PLAIN: LOGIN")
        << loginCram << Credential::Password << true << false << QStringLiteral("LOGIN");
    QTest::newRow("TLS, only CRAM-MD5") << QStringList{QStringLiteral("CRAM-MD5")} << Credential::Password << true
                                        << false << QStringLiteral("CRAM-MD5");
    QTest::newRow("TLS, unknown only") << QStringList{QStringLiteral("GSSAPI"), QStringLiteral("NTLM")}
                                       << Credential::Password << true << false << QString();
    QTest::newRow("TLS, nothing offered") << QStringList() << Credential::Password << true << false << QString();
    QTest::newRow("no TLS, all: CRAM-MD5")
        << all << Credential::Password << false << false << QStringLiteral("CRAM-MD5");
    QTest::newRow("no TLS, cleartext only") << cleartext << Credential::Password << false << false << QString();
    QTest::newRow("authzid: PLAIN") << all << Credential::Password << true << true << QStringLiteral("PLAIN");
    QTest::newRow("authzid, no PLAIN") << loginCram << Credential::Password << true << true << QString();
    QTest::newRow("authzid, no TLS") << all << Credential::Password << false << true << QString();
    QTest::newRow("token: XOAUTH2") << all << Credential::OAuth2Token << true << false << QStringLiteral("XOAUTH2");
    QTest::newRow("token, no XOAUTH2") << cleartext << Credential::OAuth2Token << true << false << QString();
    QTest::newRow("token, no TLS") << all << Credential::OAuth2Token << false << false << QString();
    QTest::newRow("password never XOAUTH2")
        << QStringList{QStringLiteral("XOAUTH2")} << Credential::Password << true << false << QString();
}

void tst_SaslAuthenticator::choose()
{
    QFETCH(QStringList, offered);
    QFETCH(Credential, credential);
    QFETCH(bool, tls);
    QFETCH(bool, withAuthzid);
    QFETCH(QString, expected);

    const std::optional<Mechanism> chosen = SaslAuthenticator::choose(offered, credential, tls, withAuthzid);
    QCOMPARE(chosen ? SaslAuthenticator::mechanismName(*chosen) : QString(), expected);
}

void tst_SaslAuthenticator::credentialsProblem_data()
{
    QTest::addColumn<Mechanism>("mechanism");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("authzid");
    QTest::addColumn<bool>("problem");

    const QString user = QStringLiteral("tim");
    const QString secret = QStringLiteral("tanstaaftanstaaf");
    const QString withNul = QStringLiteral("tan") + QChar::Null + QStringLiteral("staaf");
    const QString withCtrlA = QStringLiteral("tok") + QChar(0x01) + QStringLiteral("en");

    QTest::newRow("PLAIN fine") << Mechanism::Plain << user << secret << QString() << false;
    QTest::newRow("PLAIN with authzid") << Mechanism::Plain << user << secret << QStringLiteral("Ursel") << false;
    QTest::newRow("PLAIN NUL in password") << Mechanism::Plain << user << withNul << QString() << true;
    QTest::newRow("PLAIN NUL in user") << Mechanism::Plain << withNul << secret << QString() << true;
    QTest::newRow("PLAIN NUL in authzid") << Mechanism::Plain << user << secret << withNul << true;
    QTest::newRow("PLAIN empty user") << Mechanism::Plain << QString() << secret << QString() << true;
    QTest::newRow("PLAIN empty password") << Mechanism::Plain << user << QString() << QString() << true;
    QTest::newRow("LOGIN fine") << Mechanism::Login << user << secret << QString() << false;
    QTest::newRow("LOGIN with authzid") << Mechanism::Login << user << secret << QStringLiteral("Ursel") << true;
    QTest::newRow("CRAM-MD5 fine") << Mechanism::CramMd5 << user << secret << QString() << false;
    QTest::newRow("CRAM-MD5 with authzid") << Mechanism::CramMd5 << user << secret << QStringLiteral("Ursel") << true;
    QTest::newRow("XOAUTH2 fine") << Mechanism::XOAuth2 << kGoogleUser << kGoogleToken << QString() << false;
    QTest::newRow("XOAUTH2 empty token") << Mechanism::XOAuth2 << kGoogleUser << QString() << QString() << true;
    QTest::newRow("XOAUTH2 ^A in token") << Mechanism::XOAuth2 << kGoogleUser << withCtrlA << QString() << true;
    QTest::newRow("XOAUTH2 ^A in user") << Mechanism::XOAuth2 << withCtrlA << kGoogleToken << QString() << true;
}

void tst_SaslAuthenticator::credentialsProblem()
{
    QFETCH(Mechanism, mechanism);
    QFETCH(QString, user);
    QFETCH(QString, secret);
    QFETCH(QString, authzid);
    QFETCH(bool, problem);

    const SaslAuthenticator sasl(mechanism, user, secret, authzid);
    const QString sentence = sasl.credentialsProblem();
    QVERIFY2(sentence.isEmpty() != problem, qPrintable(sentence));
}

void tst_SaslAuthenticator::plainExamples()
{
    QTest::addColumn<QString>("authzid");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QByteArray>("response");

    // RFC 4954 §4.1: "test\0test\01234", so the authzid is "test" too.
    QTest::newRow("RFC 4954 §4.1") << QStringLiteral("test") << QStringLiteral("test") << QStringLiteral("1234")
                                   << QByteArray("dGVzdAB0ZXN0ADEyMzQ=");
    // RFC 4616 §4, the two examples.
    QTest::newRow("RFC 4616 §4 tim") << QString() << QStringLiteral("tim") << QStringLiteral("tanstaaftanstaaf")
                                     << QByteArray("AHRpbQB0YW5zdGFhZnRhbnN0YWFm");
    QTest::newRow("RFC 4616 §4 Ursel") << QStringLiteral("Ursel") << QStringLiteral("Kurt")
                                       << QStringLiteral("xipj3plmq") << QByteArray("VXJzZWwAS3VydAB4aXBqM3BsbXE=");
    // "\0jürgen\0pässwörd€" in UTF-8 (RFC 4616 §2).
    QTest::newRow("UTF-8") << QString() << QStringLiteral("jürgen") << QStringLiteral("pässwörd€")
                           << QByteArray("AGrDvHJnZW4AcMOkc3N3w7ZyZOKCrA==");
}

void tst_SaslAuthenticator::plainInitialResponse_data()
{
    plainExamples();
}

void tst_SaslAuthenticator::plainInitialResponse()
{
    QFETCH(QString, authzid);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QByteArray, response);

    SaslAuthenticator sasl(Mechanism::Plain, user, password, authzid);
    QCOMPARE(sasl.command(), QByteArray("AUTH PLAIN " + response));
    QVERIFY(sasl.sentInitialResponse());
    // PLAIN is done after the initial response: a challenge now is a protocol error.
    QVERIFY(refuses(sasl, ""));
}

void tst_SaslAuthenticator::plainWithoutInitialResponse_data()
{
    plainExamples();
}

void tst_SaslAuthenticator::plainWithoutInitialResponse()
{
    QFETCH(QString, authzid);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QByteArray, response);

    // RFC 4954 §4.1, second example: "AUTH PLAIN", "334 ", then the response on its own line.
    SaslAuthenticator sasl(Mechanism::Plain, user, password, authzid);
    QCOMPARE(sasl.command(false), QByteArray("AUTH PLAIN"));
    QVERIFY(!sasl.sentInitialResponse());
    QCOMPARE(answer(sasl, ""), response);
    QVERIFY(refuses(sasl, ""));
}

void tst_SaslAuthenticator::login_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QByteArray>("userPrompt");
    QTest::addColumn<QByteArray>("passwordPrompt");
    QTest::addColumn<QString>("userPromptText");
    QTest::addColumn<QString>("passwordPromptText");
    QTest::addColumn<QByteArray>("userResponse");
    QTest::addColumn<QByteArray>("passwordResponse");

    QTest::newRow("usual prompts") << QStringLiteral("tim") << QStringLiteral("tanstaaftanstaaf")
                                   << QByteArray("VXNlcm5hbWU6") << QByteArray("UGFzc3dvcmQ6")
                                   << QStringLiteral("Username:") << QStringLiteral("Password:") << QByteArray("dGlt")
                                   << QByteArray("dGFuc3RhYWZ0YW5zdGFhZg==");
    // The draft's "User Name" / "Password"; the prompts' words do not matter, only their order.
    QTest::newRow("draft prompts") << QStringLiteral("tim") << QStringLiteral("tanstaaftanstaaf")
                                   << QByteArray("VXNlciBOYW1l") << QByteArray("UGFzc3dvcmQ=")
                                   << QStringLiteral("User Name") << QStringLiteral("Password") << QByteArray("dGlt")
                                   << QByteArray("dGFuc3RhYWZ0YW5zdGFhZg==");
    QTest::newRow("empty prompts") << QStringLiteral("tim") << QStringLiteral("tanstaaftanstaaf") << QByteArray()
                                   << QByteArray() << QString() << QString() << QByteArray("dGlt")
                                   << QByteArray("dGFuc3RhYWZ0YW5zdGFhZg==");
    // "User" without its padding: unambiguous, so accepted.
    QTest::newRow("unpadded prompt") << QStringLiteral("tim") << QStringLiteral("tanstaaftanstaaf")
                                     << QByteArray("VXNlcg") << QByteArray("UGFzc3dvcmQ6") << QStringLiteral("User")
                                     << QStringLiteral("Password:") << QByteArray("dGlt")
                                     << QByteArray("dGFuc3RhYWZ0YW5zdGFhZg==");
    QTest::newRow("UTF-8") << QStringLiteral("ü") << QStringLiteral("mötley€") << QByteArray("VXNlcm5hbWU6")
                           << QByteArray("UGFzc3dvcmQ6") << QStringLiteral("Username:") << QStringLiteral("Password:")
                           << QByteArray("w7w=") << QByteArray("bcO2dGxleeKCrA==");
}

void tst_SaslAuthenticator::login()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QByteArray, userPrompt);
    QFETCH(QByteArray, passwordPrompt);
    QFETCH(QString, userPromptText);
    QFETCH(QString, passwordPromptText);
    QFETCH(QByteArray, userResponse);
    QFETCH(QByteArray, passwordResponse);

    SaslAuthenticator sasl(Mechanism::Login, user, password);
    // The server speaks first, whatever the caller asks for.
    QCOMPARE(sasl.command(true), QByteArray("AUTH LOGIN"));
    QVERIFY(!sasl.sentInitialResponse());

    QCOMPARE(answer(sasl, userPrompt), userResponse);
    QCOMPARE(sasl.lastChallenge(), userPromptText);
    QCOMPARE(answer(sasl, passwordPrompt), passwordResponse);
    QCOMPARE(sasl.lastChallenge(), passwordPromptText);
    QVERIFY(sasl.serverError().isEmpty());

    // A third prompt has nothing left to answer it with.
    QVERIFY(refuses(sasl, "VXNlcm5hbWU6"));
}

void tst_SaslAuthenticator::cramMd5_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QByteArray>("challenge");
    QTest::addColumn<QString>("challengeText");
    QTest::addColumn<QByteArray>("response");

    const QString messageId = QStringLiteral("<1896.697170952@postoffice.reston.mci.net>");
    // RFC 2195 §2: "tim b913a602c7eda7a495b4e6e7334d3890".
    QTest::newRow("RFC 2195 §2") << QStringLiteral("tim") << QStringLiteral("tanstaaftanstaaf")
                                 << QByteArray(kCramChallenge) << messageId
                                 << QByteArray("dGltIGI5MTNhNjAyYzdlZGE3YTQ5NWI0ZTZlNzMzNGQzODkw");
    // The key and the user name as UTF-8: "jürgen f0692d58d0df0a979496fd681ed9ef2b".
    QTest::newRow("UTF-8") << QStringLiteral("jürgen") << QStringLiteral("pässwörd") << QByteArray(kCramChallenge)
                           << messageId << QByteArray("asO8cmdlbiBmMDY5MmQ1OGQwZGYwYTk3OTQ5NmZkNjgxZWQ5ZWYyYg==");
}

void tst_SaslAuthenticator::cramMd5()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QByteArray, challenge);
    QFETCH(QString, challengeText);
    QFETCH(QByteArray, response);

    SaslAuthenticator sasl(Mechanism::CramMd5, user, password);
    QCOMPARE(sasl.command(true), QByteArray("AUTH CRAM-MD5"));
    QVERIFY(!sasl.sentInitialResponse());
    QCOMPARE(answer(sasl, challenge), response);
    QCOMPARE(sasl.lastChallenge(), challengeText);
    QVERIFY(refuses(sasl, challenge));
}

void tst_SaslAuthenticator::cramMd5EmptyChallenge()
{
    // RFC 2195 §2: the challenge is a unique string; an empty one gives nothing to sign.
    SaslAuthenticator sasl(Mechanism::CramMd5, QStringLiteral("tim"), QStringLiteral("tanstaaftanstaaf"));
    sasl.command();
    QVERIFY(refuses(sasl, ""));
}

void tst_SaslAuthenticator::xoauth2Command_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("token");
    QTest::addColumn<bool>("useInitialResponse");
    QTest::addColumn<bool>("sentInitialResponse");
    QTest::addColumn<QByteArray>("response");

    const QByteArray google(kGoogleInitialResponse);
    QTest::newRow("Google example") << kGoogleUser << kGoogleToken << true << true << google;
    QTest::newRow("Google example, asked without") << kGoogleUser << kGoogleToken << false << false << google;
    // "user=jürgen@example.org\x01auth=Bearer tok€n\x01\x01" in UTF-8.
    QTest::newRow("UTF-8") << QStringLiteral("jürgen@example.org") << QStringLiteral("tok€n") << true << true
                           << QByteArray("dXNlcj1qw7xyZ2VuQGV4YW1wbGUub3JnAWF1dGg9QmVhcmVyIHRva+KCrG4BAQ==");

    // RFC 4954 §4: the AUTH line stays within 512 octets with its CRLF, or the response waits for the
    // server's empty challenge. "AUTH XOAUTH2 " is 13 octets; "user=u", the separators and a 351-byte
    // token make 372 bytes, which encode to 496 (13 + 496 + 2 = 511); one byte more encodes to 500.
    const auto message = [](const QByteArray &token) {
        const QByteArray prefix("user=u\x01"
                                "auth=Bearer ");
        return QByteArray(prefix + token + "\x01\x01").toBase64();
    };
    const QByteArray fits(351, 'a');
    const QByteArray tooLong(352, 'a');
    QTest::newRow("longest that fits (511 octets)")
        << QStringLiteral("u") << QString::fromLatin1(fits) << true << true << message(fits);
    QTest::newRow("too long (515 octets)")
        << QStringLiteral("u") << QString::fromLatin1(tooLong) << true << false << message(tooLong);
}

void tst_SaslAuthenticator::xoauth2Command()
{
    QFETCH(QString, user);
    QFETCH(QString, token);
    QFETCH(bool, useInitialResponse);
    QFETCH(bool, sentInitialResponse);
    QFETCH(QByteArray, response);

    SaslAuthenticator sasl(Mechanism::XOAuth2, user, token);
    const QByteArray command = sasl.command(useInitialResponse);
    QCOMPARE(sasl.sentInitialResponse(), sentInitialResponse);
    if (sentInitialResponse) {
        QCOMPARE(command, QByteArray("AUTH XOAUTH2 " + response));
        QVERIFY(command.size() + 2 <= 512);
    } else {
        QCOMPARE(command, QByteArray("AUTH XOAUTH2"));
        QCOMPARE(answer(sasl, ""), response);
    }
}

void tst_SaslAuthenticator::xoauth2Error_data()
{
    QTest::addColumn<bool>("useInitialResponse");
    QTest::addColumn<QByteArray>("errorChallenge");
    QTest::addColumn<QString>("serverError");

    const QString google = QString::fromLatin1(kGoogleErrorJson);
    const QString microsoft =
        QStringLiteral("{\"status\":\"400\",\"schemes\":\"Bearer\",\"scope\":\"https://outlook.office365.com/\"}");
    QTest::newRow("Google, initial response") << true << QByteArray(kGoogleErrorChallenge) << google;
    QTest::newRow("Google, no initial response") << false << QByteArray(kGoogleErrorChallenge) << google;
    QTest::newRow("Microsoft style") << true
                                     << QByteArray("eyJzdGF0dXMiOiI0MDAiLCJzY2hlbWVzIjoiQmVhcmVyIiwic2NvcGUiOiJodHRwcz"
                                                   "ovL291dGxvb2sub2ZmaWNlMzY1LmNvbS8ifQ==")
                                     << microsoft;
}

void tst_SaslAuthenticator::xoauth2Error()
{
    QFETCH(bool, useInitialResponse);
    QFETCH(QByteArray, errorChallenge);
    QFETCH(QString, serverError);

    SaslAuthenticator sasl(Mechanism::XOAuth2, kGoogleUser, kGoogleToken);
    sasl.command(useInitialResponse);
    if (!useInitialResponse)
        QCOMPARE(answer(sasl, ""), QByteArray(kGoogleInitialResponse));
    QVERIFY(sasl.serverError().isEmpty());

    // The JSON error is acknowledged with an empty line; the server then sends its 5xx reply.
    QString error;
    const std::optional<QByteArray> response = sasl.respond(errorChallenge, &error);
    QVERIFY2(response.has_value(), qPrintable(error));
    QCOMPARE(*response, QByteArray());
    QCOMPARE(sasl.serverError(), serverError);
    QCOMPARE(sasl.lastChallenge(), serverError);

    // A server that keeps challenging instead of ending the exchange.
    QVERIFY(refuses(sasl, errorChallenge));
    QCOMPARE(sasl.serverError(), serverError);
}

void tst_SaslAuthenticator::badChallenge_data()
{
    QTest::addColumn<Mechanism>("mechanism");
    QTest::addColumn<bool>("useInitialResponse");
    QTest::addColumn<QByteArray>("challenge");

    // RFC 4954 §4: characters outside the alphabet and "=" anywhere but the end are rejected.
    const QList<QPair<const char *, QByteArray>> bad = {
        {"not base64", QByteArray("!!!!")},
        {"pad first", QByteArray("=AAA")},
        {"pad inside", QByteArray("AAA=BBB")},
        {"space inside", QByteArray("VXNl cm5hbWU")},
        {"trailing CR", QByteArray("VXNlcm5hbWU\r")},
        {"base64url", QByteArray("VXNl-_5hbWU6")},
        {"too much padding", QByteArray("VXNlcg====")},
        {"one character over", QByteArray("VXNlcm5hbWU6V")},
        {"lone pad", QByteArray("=")},
    };
    const QList<QPair<const char *, Mechanism>> mechanisms = {
        {"PLAIN", Mechanism::Plain},
        {"LOGIN", Mechanism::Login},
        {"CRAM-MD5", Mechanism::CramMd5},
        {"XOAUTH2", Mechanism::XOAuth2},
    };
    for (const auto &[mechanismName, mechanism] : mechanisms) {
        for (const auto &[caseName, challenge] : bad) {
            QTest::addRow("%s, %s", mechanismName, caseName) << mechanism << false << challenge;
        }
    }
    // After XOAUTH2's token, the error challenge must decode too.
    QTest::newRow("XOAUTH2 error, not base64") << Mechanism::XOAuth2 << true << QByteArray("{\"status\":\"401\"}");
}

void tst_SaslAuthenticator::badChallenge()
{
    QFETCH(Mechanism, mechanism);
    QFETCH(bool, useInitialResponse);
    QFETCH(QByteArray, challenge);

    SaslAuthenticator sasl(mechanism, QStringLiteral("tim"), QStringLiteral("tanstaaftanstaaf"));
    sasl.command(useInitialResponse);
    QVERIFY(refuses(sasl, challenge));
    QVERIFY(sasl.serverError().isEmpty());
    // The exchange is abandoned: even a good challenge gets no answer until the next command().
    QVERIFY(refuses(sasl, kCramChallenge));
    QVERIFY(!sasl.respond("", nullptr).has_value());
}

void tst_SaslAuthenticator::challengeBeforeCommand()
{
    SaslAuthenticator sasl(Mechanism::Login, QStringLiteral("tim"), QStringLiteral("tanstaaftanstaaf"));
    QVERIFY(refuses(sasl, "VXNlcm5hbWU6"));
}

void tst_SaslAuthenticator::commandRestartsTheExchange()
{
    SaslAuthenticator sasl(Mechanism::XOAuth2, kGoogleUser, kGoogleToken);
    sasl.command();
    QCOMPARE(answer(sasl, kGoogleErrorChallenge), QByteArray());
    QCOMPARE(sasl.serverError(), QString::fromLatin1(kGoogleErrorJson));
    QVERIFY(refuses(sasl, kGoogleErrorChallenge));

    // A new AUTH attempt (RFC 4954 §4 allows one after a failure) starts clean.
    QCOMPARE(sasl.command(false), QByteArray("AUTH XOAUTH2"));
    QVERIFY(sasl.serverError().isEmpty());
    QVERIFY(sasl.lastChallenge().isEmpty());
    QCOMPARE(answer(sasl, ""), QByteArray(kGoogleInitialResponse));
}

void tst_SaslAuthenticator::cancelLine()
{
    // RFC 4954 §4: a line with a single "*".
    QCOMPARE(SaslAuthenticator::cancelLine(), QByteArray("*"));
}

QTEST_GUILESS_MAIN(tst_SaslAuthenticator)
#include "tst_SaslAuthenticator.moc"

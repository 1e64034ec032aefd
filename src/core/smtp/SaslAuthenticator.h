#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

/// The client side of one SMTP AUTH exchange (RFC 4954) for PLAIN, LOGIN, CRAM-MD5 and XOAUTH2.
/// Does no I/O: command() gives the AUTH line, respond() answers each 334 challenge, and the caller
/// sends the lines (CRLF added by the caller) and decides from 235/5xx when the exchange is over.
/// Credentials go on the wire as UTF-8 (RFC 4616 §2) without SASLprep (RFC 4013), which RFC 4954 §4
/// only recommends. The lines it returns carry credentials: they go to the wire and to the Transcript
/// (which masks them), never to a log.
class SaslAuthenticator final
{
    Q_DECLARE_TR_FUNCTIONS(SaslAuthenticator)

public:
    enum class Mechanism
    {
        Plain,   ///< RFC 4616: one message with authzid, user and password
        Login,   ///< draft-murchison-sasl-login: user and password as answers to two prompts
        CramMd5, ///< RFC 2195: HMAC-MD5 of the server's challenge keyed with the password
        XOAuth2  ///< Google / Microsoft: user and OAuth 2.0 bearer token
    };
    /// What the secret passed to the constructor is.
    enum class Credential
    {
        Password,
        OAuth2Token
    };

    /// "PLAIN", "LOGIN", "CRAM-MD5" or "XOAUTH2" in any case; nullopt for any other name.
    static std::optional<Mechanism> mechanismFromName(QStringView name);
    /// The registered upper-case name.
    static QString mechanismName(Mechanism mechanism);

    /// The mechanism to use from those the server lists after AUTH in its EHLO reply; nullopt when
    /// none fits. A token goes only to XOAUTH2. A password over TLS goes to PLAIN, then LOGIN, then
    /// CRAM-MD5: PLAIN is the one RFC 4954 §4 requires and TLS already hides it, LOGIN is for servers
    /// without PLAIN (the draft says not to use it when PLAIN is offered), and CRAM-MD5 adds nothing
    /// over TLS but makes the server keep a password-equivalent secret. Without TLS only CRAM-MD5 is
    /// chosen, since the others (and a bearer token) would cross the network readable (RFC 4616 §6);
    /// an explicit choice through the constructor still allows them. Only PLAIN carries an authzid.
    static std::optional<Mechanism> choose(const QStringList &offered, Credential credential, bool tlsActive,
                                           bool withAuthzid = false);

    /// `secret` is the password, or the OAuth 2.0 access token for XOAUTH2. `authzid` is the identity
    /// to act as (RFC 4616 §2), empty to act as `user`; only PLAIN can carry it.
    SaslAuthenticator(Mechanism mechanism, QString user, QString secret, QString authzid = {});

    Mechanism mechanism() const { return m_mechanism; }
    /// A sentence for the user when the credentials cannot be sent with this mechanism (a NUL in a
    /// PLAIN field, an authzid LOGIN cannot carry, an empty user name, ...); empty when they can.
    QString credentialsProblem() const;

    /// Starts (or restarts) the exchange and returns the AUTH line without CRLF: "AUTH PLAIN <base64>"
    /// with an initial response (RFC 4954 §4) when asked for and possible, otherwise "AUTH PLAIN";
    /// always "AUTH LOGIN" and "AUTH CRAM-MD5", where the server speaks first. The initial response is
    /// left out when it would make the line longer than SMTP's 512 octets (RFC 4954 §4), as long
    /// XOAUTH2 tokens do; the credentials then go in answer to the server's empty challenge.
    QByteArray command(bool useInitialResponse = true);
    /// Whether the last command() carried an initial response.
    bool sentInitialResponse() const { return m_sentInitialResponse; }

    /// Answers a 334 challenge: `challenge` is the reply text after "334 " (base64, may be empty).
    /// Returns the response line without CRLF (empty for XOAUTH2's error challenge, as the server
    /// expects), or nullopt with a sentence for the user in `*error` when the challenge cannot be
    /// answered (bad base64, a challenge the mechanism does not have); the caller must then cancel
    /// with cancelLine() (RFC 4954 §4), and every later challenge is refused too.
    std::optional<QByteArray> respond(QByteArrayView challenge, QString *error);

    /// The last challenge decoded, safe to show (LOGIN's "Username:", CRAM-MD5's message id, ...);
    /// server text all the same, so show it as plain text.
    QString lastChallenge() const { return m_lastChallenge; }
    /// The JSON error an XOAUTH2 server sent instead of accepting the token, decoded and safe to show
    /// (for example {"status":"401","schemes":"bearer","scope":"https://mail.google.com/"}); empty
    /// when there was none.
    QString serverError() const { return m_serverError; }

    /// "*": cancels the exchange; the server answers 501 (RFC 4954 §4).
    static QByteArray cancelLine() { return QByteArrayLiteral("*"); }

private:
    /// What the next challenge is answered with.
    enum class Step
    {
        NotStarted,       ///< command() not called yet
        SendCredentials,  ///< PLAIN / XOAUTH2 without initial response: the empty challenge wants them
        SendUser,         ///< LOGIN's first prompt
        SendPassword,     ///< LOGIN's second prompt
        SendDigest,       ///< CRAM-MD5's challenge
        AcknowledgeError, ///< XOAUTH2: a challenge after the token is the JSON error, answered empty
        Done,             ///< everything sent; a further challenge is a protocol error
        Failed            ///< a challenge could not be answered; the caller cancels
    };

    void setStep(Step step, const char *why);
    QByteArray initialResponse() const;
    QString unexpectedChallengeMessage() const;

    QString m_user;
    QString m_secret;
    QString m_authzid;
    QString m_lastChallenge;
    QString m_serverError;
    Mechanism m_mechanism;
    Step m_step = Step::NotStarted;
    bool m_sentInitialResponse = false;
};

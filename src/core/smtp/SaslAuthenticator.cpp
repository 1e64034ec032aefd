#include "core/smtp/SaslAuthenticator.h"

#include "core/Logging.h"
#include "core/smtp/WireText.h"

#include <QMessageAuthenticationCode>

#include <array>

namespace {

struct MechanismInfo
{
    SaslAuthenticator::Mechanism mechanism;
    QLatin1String name;
};

constexpr std::array<MechanismInfo, 4> kMechanisms{{
    {SaslAuthenticator::Mechanism::Plain, QLatin1String("PLAIN")},
    {SaslAuthenticator::Mechanism::Login, QLatin1String("LOGIN")},
    {SaslAuthenticator::Mechanism::CramMd5, QLatin1String("CRAM-MD5")},
    {SaslAuthenticator::Mechanism::XOAuth2, QLatin1String("XOAUTH2")},
}};

// RFC 5321 §4.5.3.1.4: a command line is at most 512 octets, CRLF included.
constexpr qsizetype kMaxCommandLine = 512;

std::optional<QByteArray> decodeBase64(QByteArrayView text)
{
    // RFC 4954 §4: characters outside the alphabet and "=" before the end must be rejected, which
    // AbortOnBase64DecodingErrors does. Qt also accepts a text whose length leaves one character over
    // ("Q"), which cannot carry a byte and yields nothing; that is broken too. Missing padding ("QUI")
    // is accepted: it decodes unambiguously and RFC 4954 does not ask for a rejection.
    if (text.size() % 4 == 1)
        return std::nullopt;
    auto result = QByteArray::fromBase64Encoding(text.toByteArray(), QByteArray::AbortOnBase64DecodingErrors);
    if (result.decodingStatus != QByteArray::Base64DecodingStatus::Ok)
        return std::nullopt;
    return std::move(result.decoded);
}

QString displayText(const QByteArray &decoded)
{
    // A trailing newline (Google ends its JSON with one) would show as a control picture.
    return WireText::toDisplay(decoded.trimmed());
}

} // namespace

std::optional<SaslAuthenticator::Mechanism> SaslAuthenticator::mechanismFromName(QStringView name)
{
    for (const MechanismInfo &info : kMechanisms) {
        if (name.compare(info.name, Qt::CaseInsensitive) == 0)
            return info.mechanism;
    }
    return std::nullopt;
}

QString SaslAuthenticator::mechanismName(Mechanism mechanism)
{
    for (const MechanismInfo &info : kMechanisms) {
        if (info.mechanism == mechanism)
            return info.name;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<SaslAuthenticator::Mechanism> SaslAuthenticator::choose(const QStringList &offered, Credential credential,
                                                                      bool tlsActive, bool withAuthzid)
{
    const auto isOffered = [&offered](Mechanism mechanism) {
        return offered.contains(mechanismName(mechanism), Qt::CaseInsensitive);
    };

    if (credential == Credential::OAuth2Token) {
        // A bearer token is as good as a password to whoever reads it.
        if (tlsActive && !withAuthzid && isOffered(Mechanism::XOAuth2))
            return Mechanism::XOAuth2;
        return std::nullopt;
    }
    if (tlsActive && isOffered(Mechanism::Plain))
        return Mechanism::Plain;
    if (withAuthzid)
        return std::nullopt;
    if (tlsActive && isOffered(Mechanism::Login))
        return Mechanism::Login;
    if (isOffered(Mechanism::CramMd5))
        return Mechanism::CramMd5;
    return std::nullopt;
}

SaslAuthenticator::SaslAuthenticator(Mechanism mechanism, QString user, QString secret, QString authzid)
    : m_user(std::move(user))
    , m_secret(std::move(secret))
    , m_authzid(std::move(authzid))
    , m_mechanism(mechanism)
{}

QString SaslAuthenticator::credentialsProblem() const
{
    const QString name = mechanismName(m_mechanism);
    if (m_user.isEmpty())
        return tr("The user name is empty; %1 needs one.").arg(name);
    if (m_secret.isEmpty()) {
        return m_mechanism == Mechanism::XOAuth2 ? tr("The access token is empty; XOAUTH2 needs one.")
                                                 : tr("The password is empty; %1 needs one.").arg(name);
    }
    if (!m_authzid.isEmpty() && m_mechanism != Mechanism::Plain)
        return tr("%1 cannot carry an authorization identity; only PLAIN can (RFC 4616 §2).").arg(name);

    switch (m_mechanism) {
    case Mechanism::Plain:
        // RFC 4616 §2: NUL separates the three fields, so none of them may contain one.
        if (m_user.contains(QChar::Null) || m_secret.contains(QChar::Null) || m_authzid.contains(QChar::Null))
            return tr("The user name, password or authorization identity contains a NUL character, which PLAIN "
                      "uses as its separator (RFC 4616 §2).");
        break;
    case Mechanism::XOAuth2:
        // Control-A (0x01) separates the fields of the XOAUTH2 message.
        if (m_user.contains(QChar(0x01)) || m_secret.contains(QChar(0x01)))
            return tr("The user name or access token contains the control character U+0001, which XOAUTH2 uses "
                      "as its separator.");
        break;
    case Mechanism::Login:
    case Mechanism::CramMd5:
        break;
    }
    return {};
}

QByteArray SaslAuthenticator::command(bool useInitialResponse)
{
    m_lastChallenge.clear();
    m_serverError.clear();
    m_sentInitialResponse = false;

    const QByteArray plain = QByteArrayLiteral("AUTH ") + mechanismName(m_mechanism).toLatin1();
    switch (m_mechanism) {
    case Mechanism::Login:
        // The draft (§2) has the server speak first; some servers take the user name as an initial
        // response, but not all, so it is never sent.
        setStep(Step::SendUser, "LOGIN: the server prompts for the user name first");
        return plain;
    case Mechanism::CramMd5:
        setStep(Step::SendDigest, "CRAM-MD5: the server sends the challenge first (RFC 2195 §2)");
        return plain;
    case Mechanism::Plain:
    case Mechanism::XOAuth2:
        break;
    }

    if (useInitialResponse) {
        const QByteArray line = plain + ' ' + initialResponse().toBase64();
        if (line.size() + 2 <= kMaxCommandLine) {
            m_sentInitialResponse = true;
            if (m_mechanism == Mechanism::Plain)
                setStep(Step::Done, "PLAIN: credentials sent as the initial response (RFC 4954 §4)");
            else
                setStep(Step::AcknowledgeError, "XOAUTH2: token sent; a challenge now can only be an error");
            return line;
        }
    }
    setStep(Step::SendCredentials, "no initial response: the server's empty challenge asks for it (RFC 4954 §4)");
    return plain;
}

std::optional<QByteArray> SaslAuthenticator::respond(QByteArrayView challenge, QString *error)
{
    const auto fail = [this, error](const QString &message) -> std::optional<QByteArray> {
        if (error)
            *error = message;
        setStep(Step::Failed, "the challenge cannot be answered; the caller cancels (RFC 4954 §4)");
        return std::nullopt;
    };

    if (m_step == Step::Failed)
        return fail(tr("The authentication exchange has failed; the client must cancel it with \"*\" (RFC 4954 §4)."));

    const std::optional<QByteArray> decoded = decodeBase64(challenge);
    if (!decoded) {
        return fail(tr("The server's challenge is not valid base64, so it cannot be answered; RFC 4954 §4 asks the "
                       "client to cancel the exchange."));
    }
    m_lastChallenge = displayText(*decoded);

    switch (m_step) {
    case Step::SendCredentials:
        if (m_mechanism == Mechanism::XOAuth2)
            setStep(Step::AcknowledgeError, "XOAUTH2: token sent; a challenge now can only be an error");
        else
            setStep(Step::Done, "PLAIN: credentials sent");
        return initialResponse().toBase64();
    case Step::SendUser:
        // The draft says the prompts' contents are ignored: servers word them differently.
        setStep(Step::SendPassword, "LOGIN: user name sent, the password prompt comes next");
        return m_user.toUtf8().toBase64();
    case Step::SendPassword:
        setStep(Step::Done, "LOGIN: password sent");
        return m_secret.toUtf8().toBase64();
    case Step::SendDigest: {
        if (decoded->isEmpty())
            return fail(tr("The server's CRAM-MD5 challenge is empty; RFC 2195 §2 requires a unique string to sign."));
        // RFC 2195 §2: the user name, a space, and HMAC-MD5 (RFC 2104) of the challenge in lower-case hex.
        const QByteArray digest =
            QMessageAuthenticationCode::hash(*decoded, m_secret.toUtf8(), QCryptographicHash::Md5).toHex();
        setStep(Step::Done, "CRAM-MD5: digest sent");
        return QByteArray(m_user.toUtf8() + ' ' + digest).toBase64();
    }
    case Step::AcknowledgeError:
        // The server refused the token and explains why in JSON; it waits for an empty line before
        // it sends the final 5xx reply.
        m_serverError = m_lastChallenge;
        setStep(Step::Done, "XOAUTH2: error acknowledged, the server ends the exchange next");
        return QByteArray();
    case Step::NotStarted:
    case Step::Done:
    case Step::Failed:
        break;
    }
    return fail(unexpectedChallengeMessage());
}

void SaslAuthenticator::setStep(Step step, const char *why)
{
    // Step numbers and reasons only: credentials and responses never reach the log.
    qCDebug(lcSmtp) << "SASL" << mechanismName(m_mechanism) << "step" << int(m_step) << "->" << int(step) << why;
    m_step = step;
}

QByteArray SaslAuthenticator::initialResponse() const
{
    if (m_mechanism == Mechanism::XOAuth2) {
        // "user=" user ^A "auth=Bearer " token ^A ^A, as Google and Microsoft document it.
        const char separator = '\x01';
        return QByteArrayLiteral("user=") + m_user.toUtf8() + separator + QByteArrayLiteral("auth=Bearer ") +
               m_secret.toUtf8() + separator + separator;
    }
    // RFC 4616 §2: message = [authzid] UTF8NUL authcid UTF8NUL passwd.
    return m_authzid.toUtf8() + '\0' + m_user.toUtf8() + '\0' + m_secret.toUtf8();
}

QString SaslAuthenticator::unexpectedChallengeMessage() const
{
    if (m_step == Step::NotStarted)
        return tr("A challenge arrived before any AUTH command was sent.");
    switch (m_mechanism) {
    case Mechanism::Plain:
        return tr("The server sent a further challenge after the PLAIN credentials; PLAIN has a single step "
                  "(RFC 4616 §2).");
    case Mechanism::Login:
        return tr("The server sent a third LOGIN challenge; LOGIN asks only for the user name and the password.");
    case Mechanism::CramMd5:
        return tr("The server sent a second CRAM-MD5 challenge; CRAM-MD5 has a single one (RFC 2195 §2).");
    case Mechanism::XOAuth2:
        return tr("The server sent another XOAUTH2 challenge after its error; it should have ended the exchange "
                  "with a 5xx reply.");
    }
    return {};
}

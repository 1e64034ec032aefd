#include "core/practice/PracticeAuth.h"

#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

#include <utility>

PracticeAuth::PracticeAuth(QString user, QString password, QString host)
    : m_user(user.toUtf8())
    , m_password(password.toUtf8())
    , m_host(std::move(host))
{}

PracticeAuth::Step PracticeAuth::start(const QString &mechanism, const QByteArray &initialResponse,
                                       bool hasInitialResponse)
{
    m_loginUser.clear();
    m_challenge.clear();
    if (mechanism == QLatin1String("CRAM-MD5")) {
        // RFC 2195: the challenge looks like a message id and is never used twice.
        m_challenge = QStringLiteral("<%1.%2@%3>")
                          .arg(QRandomGenerator::global()->generate64())
                          .arg(QDateTime::currentMSecsSinceEpoch())
                          .arg(m_host)
                          .toLatin1();
        return challenge(Expect::CramMd5, m_challenge.toBase64());
    }
    const Expect first = mechanism == QLatin1String("PLAIN") ? Expect::Plain : Expect::LoginUser;
    if (hasInitialResponse) {
        m_expect = first;
        return respond(initialResponse == "=" ? QByteArray() : initialResponse);
    }
    return challenge(first, first == Expect::Plain ? QByteArray() : QByteArrayLiteral("VXNlcm5hbWU6")); // "Username:"
}

PracticeAuth::Step PracticeAuth::respond(const QByteArray &line)
{
    const Expect expect = std::exchange(m_expect, Expect::Nothing);
    if (line == "*")
        return {Step::Kind::Cancelled, {}, false};
    const auto decoded = QByteArray::fromBase64Encoding(line, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return {Step::Kind::BadResponse, {}, false};
    switch (expect) {
    case Expect::Plain: {
        // RFC 4616 §2: authzid NUL authcid NUL passwd; an authzid, if any, must be the user itself.
        const QList<QByteArray> fields = decoded.decoded.split('\0');
        return verdict(fields.size() == 3 && (fields.at(0).isEmpty() || fields.at(0) == m_user) &&
                       fields.at(1) == m_user && fields.at(2) == m_password);
    }
    case Expect::LoginUser:
        m_loginUser = decoded.decoded;
        return challenge(Expect::LoginPassword, QByteArrayLiteral("UGFzc3dvcmQ6")); // "Password:"
    case Expect::LoginPassword:
        return verdict(m_loginUser == m_user && decoded.decoded == m_password);
    case Expect::CramMd5: {
        const QByteArray digest = QMessageAuthenticationCode::hash(m_challenge, m_password, QCryptographicHash::Md5);
        return verdict(decoded.decoded == m_user + ' ' + digest.toHex());
    }
    case Expect::Nothing:
        break;
    }
    return verdict(false);
}

PracticeAuth::Step PracticeAuth::challenge(Expect next, const QByteArray &challenge)
{
    m_expect = next;
    return {Step::Kind::Challenge, challenge, false};
}

PracticeAuth::Step PracticeAuth::verdict(bool valid)
{
    m_loginUser.clear();
    m_challenge.clear();
    return {Step::Kind::Verdict, {}, valid};
}

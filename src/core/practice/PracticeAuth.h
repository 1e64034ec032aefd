#pragma once

#include <QByteArray>
#include <QString>

/// The server side of one SMTP AUTH exchange (RFC 4954) for PLAIN (RFC 4616), LOGIN and CRAM-MD5
/// (RFC 2195), checking the practice credentials. Does no I/O: start() and respond() say what the
/// server sends next. Internal to the practice server.
class PracticeAuth final
{
public:
    /// What to do after a step of the exchange.
    struct Step
    {
        enum class Kind
        {
            Challenge,   ///< send "334 " + challenge and wait for the client's next line
            Verdict,     ///< the credentials are in: `valid` says whether they are right
            Cancelled,   ///< the client sent "*" (RFC 4954 §4)
            BadResponse, ///< not base64
        };
        Kind kind = Kind::Verdict;
        QByteArray challenge; ///< base64, for Challenge (may be empty)
        bool valid = false;
    };

    /// `host` goes into the CRAM-MD5 challenge.
    PracticeAuth(QString user, QString password, QString host);

    /// Starts an exchange for `mechanism` ("PLAIN", "LOGIN" or "CRAM-MD5", upper-case). With an initial
    /// response (RFC 4954 §4; "=" stands for an empty one) PLAIN and LOGIN go on at once.
    Step start(const QString &mechanism, const QByteArray &initialResponse = {}, bool hasInitialResponse = false);
    /// The client's line after a challenge.
    Step respond(const QByteArray &line);
    /// A challenge was sent and the client's answer is awaited.
    bool inProgress() const { return m_expect != Expect::Nothing; }

private:
    enum class Expect
    {
        Nothing,
        Plain,
        LoginUser,
        LoginPassword,
        CramMd5,
    };

    Step challenge(Expect next, const QByteArray &challenge);
    Step verdict(bool valid);

    QByteArray m_user;
    QByteArray m_password;
    QString m_host;
    QByteArray m_loginUser;
    QByteArray m_challenge;
    Expect m_expect = Expect::Nothing;
};

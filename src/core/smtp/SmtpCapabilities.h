#pragma once

#include "core/smtp/SmtpReply.h"

#include <QString>
#include <QStringList>

#include <optional>

/// What a server said it supports in its EHLO reply (RFC 5321 §4.1.1.1): one keyword per line after
/// the first, each with optional parameters. Well-known keywords get accessors; all stay verbatim.
class SmtpCapabilities final
{
public:
    SmtpCapabilities() = default;
    /// Reads a 250 reply to EHLO; anything else gives an empty set.
    static SmtpCapabilities fromEhloReply(const SmtpReply &reply);

    bool isEmpty() const { return m_keywords.isEmpty(); }
    /// The server's name as given on the first line of the reply.
    const QString &serverName() const { return m_serverName; }
    /// Every keyword line as received after the first line ("SIZE 52428800", "AUTH PLAIN LOGIN").
    const QStringList &lines() const { return m_lines; }
    /// Upper-case keywords only ("SIZE", "AUTH").
    const QStringList &keywords() const { return m_keywords; }

    bool has(const QString &keyword) const;
    /// The parameters of a keyword, split at blanks ("AUTH PLAIN LOGIN" -> {"PLAIN", "LOGIN"}).
    QStringList parameters(const QString &keyword) const;

    bool startTls() const { return has(QStringLiteral("STARTTLS")); }                       ///< RFC 3207
    bool pipelining() const { return has(QStringLiteral("PIPELINING")); }                   ///< RFC 2920
    bool eightBitMime() const { return has(QStringLiteral("8BITMIME")); }                   ///< RFC 6152
    bool smtpUtf8() const { return has(QStringLiteral("SMTPUTF8")); }                       ///< RFC 6531
    bool chunking() const { return has(QStringLiteral("CHUNKING")); }                       ///< RFC 3030
    bool dsn() const { return has(QStringLiteral("DSN")); }                                 ///< RFC 3461
    bool requireTls() const { return has(QStringLiteral("REQUIRETLS")); }                   ///< RFC 8689
    bool enhancedStatusCodes() const { return has(QStringLiteral("ENHANCEDSTATUSCODES")); } ///< RFC 2034
    /// RFC 1870: SIZE with its limit; 0 means "no fixed limit"; nullopt when SIZE is not offered.
    std::optional<qint64> sizeLimit() const;
    /// RFC 4954: the mechanisms after AUTH (and the pre-standard "AUTH=" form), upper case.
    QStringList authMechanisms() const;

private:
    QString m_serverName;
    QStringList m_lines;
    QStringList m_keywords;
};

#pragma once

#include "core/smtp/SaslAuthenticator.h"
#include "core/smtp/SessionStage.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

/// Everything a session needs to know before it starts: where to connect, how to secure and
/// authenticate, what to send. A plain value, filled by the connection panel or the CLI.
struct SessionSettings
{
    enum class Security
    {
        None,             ///< plain SMTP; STARTTLS is never attempted
        StartTls,         ///< STARTTLS when offered; say so clearly when it is not (opportunistic)
        StartTlsRequired, ///< stop with an explanation when STARTTLS is not offered or fails
        ImplicitTls,      ///< TLS from the first byte (port 465, RFC 8314)
    };
    enum class IpFamily
    {
        Any,
        IPv4,
        IPv6
    };

    /// What `host` names. A domain's MX and the practice server are resolved to a concrete host and
    /// port before the session starts (SessionTarget); the session itself only ever sees a host.
    enum class Target
    {
        Host,     ///< a host name or an address
        DomainMx, ///< a mail domain: connect to its best MX (RFC 5321 §5.1)
        Practice, ///< the practice server built into SMTP Doctor, playing `practiceScenario`
    };

    // Where.
    Target target = Target::Host;
    QString host;                ///< the host, or the domain for Target::DomainMx
    QString practiceScenario;    ///< a scenario id, for Target::Practice
    /// When set, the address to connect to instead of resolving `host` again (an MX host's address as
    /// the MX lookup found it); `host` stays the name the certificate must carry.
    QString connectAddress;
    quint16 port = 25;
    IpFamily ipFamily = IpFamily::Any;
    Security security = Security::StartTls;

    // Timeouts in milliseconds. RFC 5321 §4.5.3.2 asks a mail relay for minutes; an admin at a
    // desk wants to know sooner, so the interactive defaults are shorter (and configurable).
    int connectTimeoutMs = 15'000;
    int greetingTimeoutMs = 60'000;
    int commandTimeoutMs = 60'000;
    int dataTimeoutMs = 180'000; ///< for the reply after the message's final "."

    // TLS.
    bool acceptTlsErrors = false; ///< go on past certificate errors: explicit opt-in, recorded
    QString caFile;               ///< extra trusted CA certificates (PEM)

    // Greeting and authentication.
    QString ehloName;
    std::optional<SaslAuthenticator::Mechanism> authMechanism; ///< no AUTH when empty
    QString authUser;
    QString authSecret;               ///< password or OAuth token; never logged or stored
    bool allowAuthWithoutTls = false; ///< credentials over plain TCP: explicit opt-in only

    // Envelope and message.
    QString mailFrom; ///< empty means the null sender "<>" (RFC 5321 §4.5.5)
    QStringList recipients;
    /// A raw message file ("-" for standard input); when empty, a message is composed.
    QString messageFile;
    QString subject;
    QString body;
    QList<std::pair<QString, QString>> extraHeaders;

    /// Stop (with QUIT) once this stage has completed; SessionStage::None runs to the end.
    SessionStage quitAfter = SessionStage::None;

    /// The port a security mode usually goes with (25 for relay, 465 implicit TLS).
    static quint16 defaultPort(Security security) { return security == Security::ImplicitTls ? 465 : 25; }
    static QString securityKey(Security security);
    static QString targetKey(Target target);
    static std::optional<Target> targetFromKey(const QString &key);
    static std::optional<Security> securityFromKey(const QString &key);
    /// The EHLO name to use when none is set: this machine's host name, or an address literal.
    QString effectiveEhloName() const;
};

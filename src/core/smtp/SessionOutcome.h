#pragma once

#include "core/smtp/SessionStage.h"
#include "core/smtp/SmtpReply.h"

#include <QCoreApplication>
#include <QString>

/// How a session ended, in one value: what happened, at which stage, and the reply that decided it.
struct SessionOutcome
{
    Q_DECLARE_TR_FUNCTIONS(SessionOutcome)

public:
    enum class Kind
    {
        None,                 ///< still running
        Delivered,            ///< the message was accepted after its final "." (RFC 5321 §4.2.5)
        Completed,            ///< stopped where the plan or the user said (quit-after), no failure
        PermanentRejection,   ///< a 5xx reply stopped the session
        TemporaryRejection,   ///< a 4xx reply stopped the session
        ConnectionFailed,     ///< name not found, refused, no route, connect timeout, …
        TlsFailed,            ///< STARTTLS missing when required, handshake or certificate failure
        AuthFailed,           ///< the server refused the credentials, or AUTH could not be done
        Timeout,              ///< the server did not answer in time
        UnexpectedDisconnect, ///< the server closed the connection while we still expected a reply
        Cancelled,            ///< the user stopped the session
    };

    /// Why a connection failed, told apart because each has its own fix.
    enum class NetworkFailure
    {
        None,
        HostNotFound,
        Refused,
        ConnectTimeout,
        NoRoute,
        Reset,
        Other
    };

    Kind kind = Kind::None;
    SessionStage stage = SessionStage::None;
    SmtpReply reply; ///< the deciding reply, when there was one
    NetworkFailure network = NetworkFailure::None;
    QString detail; ///< extra facts (the system's error text, the TLS error, …)
    int acceptedRecipients = 0;
    int rejectedRecipients = 0;

    bool isFinished() const { return kind != Kind::None; }
    bool isSuccess() const { return kind == Kind::Delivered || kind == Kind::Completed; }
    /// One or two sentences for the user, in the current UI language.
    QString summary() const;
    /// A stable key for JSON and scripts: "delivered", "rejected-permanent", "tls-failed", …
    QString key() const;
    /// The CLI's exit status for this outcome (documented in the README).
    int exitCode() const;
};

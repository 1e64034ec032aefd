#include "core/smtp/SessionOutcome.h"

namespace {

QString replyText(const SmtpReply &reply)
{
    if (reply.isNull())
        return {};
    return reply.displayLines().join(QStringLiteral(" / "));
}

// 10 + stage for permanent rejections, 20 + stage for temporary ones (see the README).
int stageOffset(SessionStage stage)
{
    switch (stage) {
    case SessionStage::Connect:
    case SessionStage::Greeting:
        return 0;
    case SessionStage::Ehlo:
    case SessionStage::StartTls:
    case SessionStage::Auth:
        return 1;
    case SessionStage::Mail:
        return 2;
    case SessionStage::Rcpt:
        return 3;
    case SessionStage::Data:
        return 4;
    case SessionStage::EndOfData:
        return 5;
    case SessionStage::None:
    case SessionStage::Quit:
    case SessionStage::Other:
        break;
    }
    return 9;
}

} // namespace

QString SessionOutcome::summary() const
{
    const QString stageName = SessionStages::displayName(stage);
    const QString text = replyText(reply);
    switch (kind) {
    case Kind::None:
        return tr("The session is still running.");
    case Kind::Delivered:
        return tr("Delivered: the server accepted the message and is now responsible for it (%1).").arg(text);
    case Kind::Completed:
        return tr("Completed up to %1 without errors.").arg(stageName);
    case Kind::PermanentRejection:
        return tr("Rejected permanently at %1 by %2. Sending the same again will fail the same way.")
            .arg(stageName, text);
    case Kind::TemporaryRejection:
        return tr("Deferred at %1 by %2: a temporary failure. The same attempt may succeed later.")
            .arg(stageName, text);
    case Kind::ConnectionFailed:
        switch (network) {
        case NetworkFailure::HostNotFound:
            return tr("Connection failed: the host name could not be resolved (%1).").arg(detail);
        case NetworkFailure::Refused:
            return tr("Connection failed: the server refused the connection; nothing listens on that port, or a "
                      "firewall rejects it (%1).")
                .arg(detail);
        case NetworkFailure::ConnectTimeout:
            return tr("Connection failed: no answer in time. Outbound port 25 is often blocked by the network or "
                      "provider; a firewall may be dropping packets (%1).")
                .arg(detail);
        case NetworkFailure::NoRoute:
            return tr("Connection failed: there is no route to the host (%1).").arg(detail);
        case NetworkFailure::Reset:
            return tr("Connection failed: the connection was reset (%1).").arg(detail);
        case NetworkFailure::None:
        case NetworkFailure::Other:
            break;
        }
        return tr("Connection failed: %1").arg(detail);
    case Kind::TlsFailed:
        return tr("TLS failed at %1: %2").arg(stageName, detail.isEmpty() ? text : detail);
    case Kind::AuthFailed:
        return tr("Authentication failed: %1").arg(detail.isEmpty() ? text : detail);
    case Kind::Timeout:
        return tr("Timed out at %1: the server did not answer in time.").arg(stageName);
    case Kind::UnexpectedDisconnect:
        return tr("The server closed the connection unexpectedly at %1.").arg(stageName);
    case Kind::Cancelled:
        if (!detail.isEmpty())
            return tr("Stopped at %1: %2").arg(stageName, detail);
        return tr("Stopped by the user at %1.").arg(stageName);
    }
    return {};
}

QString SessionOutcome::key() const
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("running");
    case Kind::Delivered:
        return QStringLiteral("delivered");
    case Kind::Completed:
        return QStringLiteral("completed");
    case Kind::PermanentRejection:
        return QStringLiteral("rejected-permanent");
    case Kind::TemporaryRejection:
        return QStringLiteral("rejected-temporary");
    case Kind::ConnectionFailed:
        return QStringLiteral("connection-failed");
    case Kind::TlsFailed:
        return QStringLiteral("tls-failed");
    case Kind::AuthFailed:
        return QStringLiteral("auth-failed");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::UnexpectedDisconnect:
        return QStringLiteral("disconnected");
    case Kind::Cancelled:
        break;
    }
    return QStringLiteral("cancelled");
}

int SessionOutcome::exitCode() const
{
    switch (kind) {
    case Kind::Delivered:
    case Kind::Completed:
        return 0;
    case Kind::None:
    case Kind::Cancelled:
        return 1;
    case Kind::ConnectionFailed:
        return 3;
    case Kind::TlsFailed:
        return 4;
    case Kind::AuthFailed:
        return 5;
    case Kind::Timeout:
        return 6;
    case Kind::UnexpectedDisconnect:
        return 7;
    case Kind::PermanentRejection:
        return 10 + stageOffset(stage);
    case Kind::TemporaryRejection:
        return 20 + stageOffset(stage);
    }
    return 1;
}

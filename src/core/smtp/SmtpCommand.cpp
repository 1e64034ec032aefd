#include "core/smtp/SmtpCommand.h"

#include <QCoreApplication>

SessionStage SmtpCommand::stage() const
{
    switch (kind) {
    case Kind::Ehlo:
    case Kind::Helo:
        return SessionStage::Ehlo;
    case Kind::StartTls:
        return SessionStage::StartTls;
    case Kind::Auth:
    case Kind::AuthResponse:
        return SessionStage::Auth;
    case Kind::Mail:
        return SessionStage::Mail;
    case Kind::Rcpt:
        return SessionStage::Rcpt;
    case Kind::Data:
        return SessionStage::Data;
    case Kind::Message:
    case Kind::Bdat:
        return SessionStage::EndOfData;
    case Kind::Quit:
        return SessionStage::Quit;
    case Kind::None:
        return SessionStage::None;
    case Kind::Rset:
    case Kind::Noop:
    case Kind::Vrfy:
    case Kind::Expn:
    case Kind::Help:
    case Kind::Other:
        break;
    }
    return SessionStage::Other;
}

QString SmtpCommand::label() const
{
    if (kind == Kind::Message)
        return QCoreApplication::translate("SmtpCommand", "Send the message");
    if (secret)
        return QCoreApplication::translate("SmtpCommand", "(SASL response, hidden)");
    return QString::fromUtf8(line);
}

SmtpCommand SmtpCommand::fromLine(const QByteArray &line)
{
    const QByteArray trimmed = line.trimmed();
    const qsizetype end = trimmed.indexOf(' ');
    const QByteArray verb = (end < 0 ? trimmed : trimmed.left(end)).toUpper();
    Kind kind = Kind::Other;
    if (verb == "EHLO")
        kind = Kind::Ehlo;
    else if (verb == "HELO")
        kind = Kind::Helo;
    else if (verb == "STARTTLS")
        kind = Kind::StartTls;
    else if (verb == "AUTH")
        kind = Kind::Auth;
    else if (verb == "MAIL")
        kind = Kind::Mail;
    else if (verb == "RCPT")
        kind = Kind::Rcpt;
    else if (verb == "DATA")
        kind = Kind::Data;
    else if (verb == "BDAT")
        kind = Kind::Bdat;
    else if (verb == "RSET")
        kind = Kind::Rset;
    else if (verb == "NOOP")
        kind = Kind::Noop;
    else if (verb == "VRFY")
        kind = Kind::Vrfy;
    else if (verb == "EXPN")
        kind = Kind::Expn;
    else if (verb == "HELP")
        kind = Kind::Help;
    else if (verb == "QUIT")
        kind = Kind::Quit;
    return make(kind, line);
}

SmtpCommand SmtpCommand::make(Kind kind, const QByteArray &line)
{
    SmtpCommand command;
    command.kind = kind;
    command.line = line;
    command.secret = kind == Kind::AuthResponse;
    return command;
}

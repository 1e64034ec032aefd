#pragma once

#include "core/smtp/SessionStage.h"

#include <QByteArray>
#include <QString>

/// One command the client can send: the exact line (without CRLF), what kind of command it is and
/// the session stage its reply belongs to. Raw lines typed by the user are classified by their verb.
struct SmtpCommand
{
    enum class Kind
    {
        None,
        Ehlo,
        Helo,
        StartTls,
        Auth,         ///< "AUTH mechanism [initial-response]"
        AuthResponse, ///< a line answering a 334 challenge (always secret)
        Mail,
        Rcpt,
        Data,
        Message, ///< "send the message now" after 354: streamed, ends with "."
        Rset,
        Noop,
        Vrfy,
        Expn,
        Help,
        Quit,
        Bdat,
        Other, ///< anything else, sent as typed ("lax mode")
    };

    Kind kind = Kind::None;
    QByteArray line;
    bool secret = false; ///< masked in the transcript (SASL responses)

    bool isValid() const { return kind != Kind::None; }
    /// The stage the reply to this command belongs to.
    SessionStage stage() const;
    /// What to show on a button or in a list: the line, or a description for the message.
    QString label() const;

    /// Builds a command from a raw line, classifying it by its verb (case-insensitive).
    static SmtpCommand fromLine(const QByteArray &line);
    static SmtpCommand make(Kind kind, const QByteArray &line = {});
};

#pragma once

#include <QString>

#include <optional>

/// Where in an SMTP session a line was sent or received. The same reply code can mean different
/// things at different stages (550 after RCPT TO is not 550 after the message's final dot).
enum class SessionStage
{
    None,      ///< before any connection
    Connect,   ///< TCP (and, for implicit TLS, the handshake)
    Greeting,  ///< waiting for the server's 220 (RFC 5321 §3.1)
    Ehlo,      ///< EHLO or HELO (RFC 5321 §4.1.1.1)
    StartTls,  ///< STARTTLS and its handshake (RFC 3207)
    Auth,      ///< AUTH and its SASL exchange (RFC 4954)
    Mail,      ///< MAIL FROM (RFC 5321 §4.1.1.2)
    Rcpt,      ///< RCPT TO (RFC 5321 §4.1.1.3)
    Data,      ///< the DATA command, answered by 354 (RFC 5321 §4.1.1.4)
    EndOfData, ///< the message and its final "." line, answered by the delivery verdict
    Quit,      ///< QUIT (RFC 5321 §4.1.1.10)
    Other,     ///< RSET, NOOP, VRFY, EXPN, HELP and raw commands
};

namespace SessionStages {

/// A stable lower-case key for files and the command line ("greeting", "rcpt", "end-of-data").
QString key(SessionStage stage);
std::optional<SessionStage> fromKey(const QString &key);
/// The name to show the user, in the current UI language.
QString displayName(SessionStage stage);

} // namespace SessionStages

#pragma once

#include "core/reference/LocalizedText.h"
#include "core/smtp/SessionSettings.h"
#include "core/smtp/SessionStage.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// One lesson of the practice server: how the server behaves (greeting, EHLO capabilities, which
/// command gets which reply, after what delay, or a dropped connection) and what the admin should
/// learn from it. Loaded from JSON (resources/scenarios/*.json, described in SCHEMA.md there) and
/// validated strictly; a plain value, cheap to copy.
struct Scenario
{
    /// What the server is answering when a rule applies. Every event but Message is a command (or
    /// the message's final "."); Message fires while the message is arriving, after `afterBytes`.
    enum class Event
    {
        Ehlo,
        Helo,
        StartTls,
        Auth, ///< the verdict at the end of an AUTH exchange (after the credentials)
        Mail,
        Rcpt,
        Data,
        Message, ///< in the middle of the message (needs `afterBytes` and a disconnect)
        EndOfData,
        Rset,
        Noop,
        Vrfy,
        Quit,
    };

    /// What happens to the connection around the reply.
    enum class Disconnect
    {
        None,
        BeforeReply, ///< close without replying
        AfterReply,  ///< reply, then close
    };

    /// One reply: basic code, optional enhanced code (RFC 3463), one or more lines of text. The
    /// texts may hold placeholders ({address}, {domain}, {client}, {helo}, {limit}, {id}, {host}).
    struct Reply
    {
        int code = 0;
        QString enhanced; ///< "5.1.1", or empty when the reply has none
        QStringList lines;

        bool isPositive() const { return code >= 200 && code < 400; }
        /// The wire form ("550-5.7.1 a\r\n550 5.7.1 b\r\n") with the placeholders filled in; values
        /// missing from `values` become empty. Control characters in values are dropped.
        QByteArray render(const QHash<QString, QString> &values = {}) const;
    };

    /// What the server does in answer to an event.
    struct Action
    {
        std::optional<Reply> reply; ///< empty: the server's usual reply (or none, when closing before)
        int delayMs = 0;            ///< waited before replying (scaled by PracticeServer::setDelayScale)
        Disconnect disconnect = Disconnect::None;
    };

    /// "When this event happens (and the conditions hold), do this." The first matching rule wins.
    struct Rule
    {
        Event event = Event::Mail;
        std::optional<bool> tls;           ///< only when TLS is (true) or is not (false) active
        std::optional<bool> authenticated; ///< only when the client has (true) or has not logged in
        qint64 afterBytes = 0;             ///< Message: fire once this many message bytes arrived
        Action action;

        bool applies(bool tlsActive, bool loggedIn) const
        {
            return (!tls || *tls == tlsActive) && (!authenticated || *authenticated == loggedIn);
        }
    };

    /// Greylisting at RCPT TO: the first attempt of a (client address, sender, recipient) triplet
    /// is refused with `reply`; a retry at least `retryAfterMs` later passes.
    struct Greylisting
    {
        int retryAfterMs = 2000;
        Reply reply;
    };

    /// How a client should connect to meet the lesson (the practice session's settings).
    struct ClientHints
    {
        SessionSettings::Security security = SessionSettings::Security::StartTls;
        bool authenticate = false; ///< log in with the practice credentials
    };

    /// What a session run with the client hints ends with; the tests check it for every scenario.
    struct Expectation
    {
        SessionStage stage = SessionStage::None;
        int code = 0;     ///< the deciding reply's code; 0 when no reply decides (a dropped connection)
        QString enhanced; ///< its enhanced code, or empty
        QString outcome;  ///< SessionOutcome::key(): "delivered", "rejected-permanent", …
    };

    QString id;    ///< stable, kebab-case ("unknown-recipient"); also the file's base name
    int order = 0; ///< position in the teaching order
    LocalizedText title;
    LocalizedText lesson;     ///< what the reply means and where the fix lies
    Action greeting;          ///< the first thing the server says (RFC 5321 §3.1)
    QStringList capabilities; ///< EHLO keywords with their parameters ("SIZE 10485760", "STARTTLS")
    QList<Rule> rules;
    std::optional<Greylisting> greylisting;
    ClientHints client;
    Expectation expected;
    QString source; ///< the file it was loaded from

    /// The clean scenario's id, and the practice server's default.
    static QString defaultId() { return QStringLiteral("clean-delivery"); }
    /// A working clean server without any file (what the practice server falls back to).
    static Scenario fallback();

    /// Parses and validates one scenario; on failure returns nullopt and sets `*error` to a sentence
    /// naming `source` and the field ("unknown-recipient.json: rules[0].reply.code: …").
    static std::optional<Scenario> fromJson(const QByteArray &json, QString *error, const QString &source = {});
    /// Loads every *.json in `directory` (a file path or ":/scenarios"); each broken file is skipped
    /// with its error in `*errors`, as are duplicate ids and files not named after their id.
    /// Sorted in teaching order.
    static QList<Scenario> fromDirectory(const QString &directory, QStringList *errors);

    /// The scenarios compiled into the application (:/scenarios/), loaded once, in teaching order.
    static const QList<Scenario> &builtIn();
    /// Problems met loading builtIn(); empty unless a built-in file is broken.
    static const QStringList &builtInErrors();
    /// The built-in scenario with this id, or nullptr.
    static const Scenario *find(const QString &id);

    /// The first rule for `event` whose conditions hold, or nullptr.
    const Rule *ruleFor(Event event, bool tlsActive, bool loggedIn) const;
    /// Whether the EHLO list holds this keyword ("STARTTLS", "AUTH"), in any case.
    bool offers(const QString &keyword) const;
    /// The SIZE limit advertised in the EHLO list (RFC 1870), or nullopt (0 = no fixed limit).
    std::optional<qint64> sizeLimit() const;
    /// The mechanisms of the AUTH capability, upper-case.
    QStringList authMechanisms() const;

    /// The JSON key of an event ("end-of-data"), and back; every key.
    static QString eventKey(Event event);
    static std::optional<Event> eventFromKey(const QString &key);
    static QStringList eventKeys();
    /// The positive codes a rule may give for an event (its usual reply is a plain line there);
    /// empty where only refusals (4xx, 5xx) may replace the usual reply.
    static QList<int> positiveCodes(Event event);
    /// The names that may stand in braces in a reply text ({address}, {client}, …).
    static QStringList placeholderNames();
};

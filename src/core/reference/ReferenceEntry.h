#pragma once

#include "core/reference/LocalizedText.h"
#include "core/smtp/EnhancedStatusCode.h"
#include "core/smtp/SessionStage.h"

#include <QList>
#include <QRegularExpression>
#include <QStringList>

#include <optional>

/// One entry of the knowledge base (resources/reference/*.json, described in SCHEMA.md there):
/// a basic reply code, an enhanced status code, an enhanced class or subject, or a server text.
struct ReferenceEntry
{
    enum class Kind
    {
        Basic,
        Enhanced,
        Class,
        Subject,
        Text
    };
    /// Who has to act first.
    enum class Actor
    {
        Sender,
        SenderAdmin,
        ReceiverAdmin,
        Recipient,
        ClientSoftware,
        Nobody,
        Either
    };
    enum class Permanence
    {
        Success,
        Intermediate,
        Temporary,
        Permanent
    };
    enum class Side
    {
        Sender,
        Receiver,
        Both
    };

    struct StageNote
    {
        std::optional<SessionStage> stage; ///< nullopt: "any"
        LocalizedText text;
    };
    struct Fix
    {
        Side side = Side::Both;
        LocalizedText text;
    };

    Kind kind = Kind::Basic;
    QString key;
    LocalizedText title;
    LocalizedText summary;
    LocalizedText description;
    QList<StageNote> when;
    QList<Fix> fixes;
    Actor actor = Actor::Either;
    Permanence permanence = Permanence::Permanent;
    QString rfc;
    QStringList related;
    QString status;        ///< basic: "standard", "registry" or "non-standard"
    QString registryTitle; ///< enhanced: the IANA title

    // Server texts.
    QString provider;
    QString contains; ///< lower case
    QRegularExpression regex;
    QList<int> codes;
    QString enhancedKey; ///< "5.7.26"; empty when any
    bool overrides = false;

    /// What the entry says for this stage: the stage's own note, else the "any" note, else nullptr.
    const LocalizedText *whenAt(SessionStage stage) const;
    /// Whether a stage has a note of its own (the meaning differs there).
    bool hasStageNote(SessionStage stage) const;
    /// Whether a server text entry matches this reply.
    bool matches(const QString &text, int code, const EnhancedStatusCode &enhanced) const;
    bool isStandard() const { return kind != Kind::Basic || status == QLatin1String("standard"); }

    static QString kindKey(Kind kind);
    static std::optional<Kind> kindFromKey(const QString &key);
    static QString actorKey(Actor actor);
    static std::optional<Actor> actorFromKey(const QString &key);
    static QString permanenceKey(Permanence permanence);
    static std::optional<Permanence> permanenceFromKey(const QString &key);
    static std::optional<Side> sideFromKey(const QString &key);
    /// Bilingual names for the explainer ("the sending server's administrator" / "送信側サーバーの管理者").
    static LocalizedText actorName(Actor actor);
    static LocalizedText permanenceName(Permanence permanence);
    /// The short form for running text: "a permanent failure" / "恒久的なエラー".
    static LocalizedText permanenceShortName(Permanence permanence);
    static LocalizedText sideName(Side side);
    /// A stage's name in running text ("RCPT TO", "the greeting" / "グリーティング").
    static LocalizedText stageName(SessionStage stage);
};

/// A DNS finding of the knowledge base ("kind": "dns", resources/reference/dns-findings.json): what a
/// DNS check found, why it matters, how to fix it, and which replies it explains. Kept apart from
/// ReferenceEntry so that the reply-code views do not meet a kind they do not know; the texts and
/// fixes are the same shapes, so a view can render both alike.
struct DnsFindingEntry
{
    /// One kind of reply the finding explains: every condition given must hold.
    struct ReplyMatch
    {
        QList<int> codes;            ///< empty: any code
        EnhancedStatusCode enhanced; ///< invalid: any; class 0 ("X.7.25"): any class
        QRegularExpression regex;    ///< empty pattern: any text; case-insensitive
        bool matches(int code, const EnhancedStatusCode &enhanced, const QString &text) const;
    };

    QString key;      ///< the finding id, "mx.null"
    QString check;    ///< the check that reports it: "mx", "ptr", "spf", "dmarc", "mta-sts", "tls-rpt", "dns"
    QString severity; ///< the usual severity: "ok", "info", "warning" or "error"
    LocalizedText title;
    LocalizedText summary;
    LocalizedText description;
    QList<ReferenceEntry::Fix> fixes;
    QString rfc;
    QStringList related; ///< reply codes shown beside the finding ("556", "5.1.10")
    QList<ReplyMatch> replies;

    /// Whether a reply (code, enhanced code, server text) is one this finding can explain.
    bool matchesReply(int code, const EnhancedStatusCode &enhanced, const QString &text) const;
};

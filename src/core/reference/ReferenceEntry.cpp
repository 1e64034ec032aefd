#include "core/reference/ReferenceEntry.h"

#include <algorithm>
#include <array>

namespace {

template<typename E>
struct Named
{
    E value;
    const char *key;
    const char *en;
    const char *ja;
};

constexpr std::array<Named<ReferenceEntry::Actor>, 7> kActors{{
    {ReferenceEntry::Actor::Sender, "sender", "the sender", "送信者"},
    {ReferenceEntry::Actor::SenderAdmin, "sender-admin", "the sending server's administrator",
     "送信側サーバーの管理者"},
    {ReferenceEntry::Actor::ReceiverAdmin, "receiver-admin", "the receiving server's administrator",
     "受信側サーバーの管理者"},
    {ReferenceEntry::Actor::Recipient, "recipient", "the recipient", "受信者"},
    {ReferenceEntry::Actor::ClientSoftware, "client-software", "the sending software (client)",
     "送信側のソフトウェア（クライアント）"},
    {ReferenceEntry::Actor::Nobody, "nobody", "nobody (nothing needs fixing)", "対応不要"},
    {ReferenceEntry::Actor::Either, "either", "either side, depending on the cause",
     "原因により送信側・受信側のどちらか"},
}};

constexpr std::array<Named<ReferenceEntry::Permanence>, 4> kPermanence{{
    {ReferenceEntry::Permanence::Success, "success", "success", "成功"},
    {ReferenceEntry::Permanence::Intermediate, "intermediate", "intermediate: the server waits for more",
     "途中経過（サーバーは続きを待っています）"},
    {ReferenceEntry::Permanence::Temporary, "temporary", "temporary failure: the same attempt may succeed later",
     "一時的なエラー（時間をおけば同じ送信が成功する可能性があります）"},
    {ReferenceEntry::Permanence::Permanent, "permanent", "permanent failure: do not resend unchanged",
     "恒久的なエラー（そのまま再送しても失敗します）"},
}};

constexpr std::array<Named<ReferenceEntry::Side>, 3> kSides{{
    {ReferenceEntry::Side::Sender, "sender", "Sending side", "送信側"},
    {ReferenceEntry::Side::Receiver, "receiver", "Receiving side", "受信側"},
    {ReferenceEntry::Side::Both, "both", "Both sides", "双方"},
}};

constexpr std::array<Named<ReferenceEntry::Kind>, 5> kKinds{{
    {ReferenceEntry::Kind::Basic, "basic", "", ""},
    {ReferenceEntry::Kind::Enhanced, "enhanced", "", ""},
    {ReferenceEntry::Kind::Class, "class", "", ""},
    {ReferenceEntry::Kind::Subject, "subject", "", ""},
    {ReferenceEntry::Kind::Text, "text", "", ""},
}};

template<typename E, std::size_t N>
QString keyOf(const std::array<Named<E>, N> &table, E value)
{
    for (const auto &n : table) {
        if (n.value == value)
            return QString::fromLatin1(n.key);
    }
    return {};
}

template<typename E, std::size_t N>
std::optional<E> fromKey(const std::array<Named<E>, N> &table, const QString &key)
{
    for (const auto &n : table) {
        if (key == QLatin1String(n.key))
            return n.value;
    }
    return std::nullopt;
}

template<typename E, std::size_t N>
LocalizedText nameOf(const std::array<Named<E>, N> &table, E value)
{
    for (const auto &n : table) {
        if (n.value == value)
            return {QString::fromUtf8(n.en), QString::fromUtf8(n.ja)};
    }
    return {};
}

} // namespace

// The name of a stage in running text, in both languages.
LocalizedText ReferenceEntry::stageName(SessionStage stage)
{
    switch (stage) {
    case SessionStage::Connect:
        return LocalizedText::fromUtf8("connection time", "接続時");
    case SessionStage::Greeting:
        return LocalizedText::fromUtf8("the greeting", "グリーティング");
    case SessionStage::Ehlo:
        return LocalizedText::fromUtf8("EHLO/HELO", "EHLO/HELO");
    case SessionStage::StartTls:
        return LocalizedText::fromUtf8("STARTTLS", "STARTTLS");
    case SessionStage::Auth:
        return LocalizedText::fromUtf8("AUTH", "AUTH");
    case SessionStage::Mail:
        return LocalizedText::fromUtf8("MAIL FROM", "MAIL FROM");
    case SessionStage::Rcpt:
        return LocalizedText::fromUtf8("RCPT TO", "RCPT TO");
    case SessionStage::Data:
        return LocalizedText::fromUtf8("DATA", "DATA");
    case SessionStage::EndOfData:
        return LocalizedText::fromUtf8("the end of the message (after the final \".\")",
                                       "本文の送信後（最後の「.」の後）");
    case SessionStage::Quit:
        return LocalizedText::fromUtf8("QUIT", "QUIT");
    case SessionStage::None:
    case SessionStage::Other:
        break;
    }
    return LocalizedText::fromUtf8("other commands", "その他のコマンド");
}

const LocalizedText *ReferenceEntry::whenAt(SessionStage stage) const
{
    const LocalizedText *any = nullptr;
    for (const StageNote &note : when) {
        if (note.stage == stage)
            return &note.text;
        if (!note.stage && !any)
            any = &note.text;
    }
    return any;
}

bool ReferenceEntry::hasStageNote(SessionStage stage) const
{
    for (const StageNote &note : when) {
        if (note.stage == stage)
            return true;
    }
    return false;
}

bool ReferenceEntry::matches(const QString &text, int code, const EnhancedStatusCode &enhanced) const
{
    if (kind != Kind::Text)
        return false;
    if (!codes.isEmpty() && !codes.contains(code))
        return false;
    if (!enhancedKey.isEmpty() && enhanced.toString() != enhancedKey)
        return false;
    if (!contains.isEmpty())
        return text.contains(contains, Qt::CaseInsensitive);
    return regex.isValid() && !regex.pattern().isEmpty() && regex.match(text).hasMatch();
}

bool DnsFindingEntry::ReplyMatch::matches(int code, const EnhancedStatusCode &reply, const QString &text) const
{
    if (!codes.isEmpty() && !codes.contains(code))
        return false;
    if (enhanced.isValid()) {
        const bool sameCode = enhanced.statusClass() == 0 ? reply.withoutClass() == enhanced : reply == enhanced;
        if (!reply.isValid() || !sameCode)
            return false;
    }
    if (!regex.pattern().isEmpty())
        return regex.isValid() && regex.match(text).hasMatch();
    return !codes.isEmpty() || enhanced.isValid(); // an empty rule matches nothing
}

bool DnsFindingEntry::matchesReply(int code, const EnhancedStatusCode &enhanced, const QString &text) const
{
    return std::any_of(replies.cbegin(), replies.cend(),
                       [&](const ReplyMatch &m) { return m.matches(code, enhanced, text); });
}

QString ReferenceEntry::kindKey(Kind kind)
{
    return keyOf(kKinds, kind);
}

std::optional<ReferenceEntry::Kind> ReferenceEntry::kindFromKey(const QString &key)
{
    return fromKey(kKinds, key);
}

QString ReferenceEntry::actorKey(Actor actor)
{
    return keyOf(kActors, actor);
}

std::optional<ReferenceEntry::Actor> ReferenceEntry::actorFromKey(const QString &key)
{
    return fromKey(kActors, key);
}

QString ReferenceEntry::permanenceKey(Permanence permanence)
{
    return keyOf(kPermanence, permanence);
}

std::optional<ReferenceEntry::Permanence> ReferenceEntry::permanenceFromKey(const QString &key)
{
    return fromKey(kPermanence, key);
}

std::optional<ReferenceEntry::Side> ReferenceEntry::sideFromKey(const QString &key)
{
    return fromKey(kSides, key);
}

LocalizedText ReferenceEntry::actorName(Actor actor)
{
    return nameOf(kActors, actor);
}

LocalizedText ReferenceEntry::permanenceName(Permanence permanence)
{
    return nameOf(kPermanence, permanence);
}

LocalizedText ReferenceEntry::permanenceShortName(Permanence permanence)
{
    switch (permanence) {
    case Permanence::Success:
        return LocalizedText::fromUtf8("a success reply", "成功の応答");
    case Permanence::Intermediate:
        return LocalizedText::fromUtf8("an intermediate reply", "途中経過の応答");
    case Permanence::Temporary:
        return LocalizedText::fromUtf8("a temporary failure", "一時的なエラー");
    case Permanence::Permanent:
        break;
    }
    return LocalizedText::fromUtf8("a permanent failure", "恒久的なエラー");
}

LocalizedText ReferenceEntry::sideName(Side side)
{
    return nameOf(kSides, side);
}

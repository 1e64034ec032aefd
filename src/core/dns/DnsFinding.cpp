#include "core/dns/DnsFinding.h"

#include "core/reference/ExplanationFormatter.h"

#include <QJsonArray>

#include <array>

namespace {

struct SeverityName
{
    DnsSeverity severity;
    const char *key;
    const char *en;
    const char *ja;
};

constexpr std::array<SeverityName, 4> kSeverities{{
    {DnsSeverity::Ok, "ok", "OK", "正常"},
    {DnsSeverity::Info, "info", "Info", "情報"},
    {DnsSeverity::Warning, "warning", "Warning", "警告"},
    {DnsSeverity::Error, "error", "Error", "エラー"},
}};

QJsonObject json(const LocalizedText &text)
{
    return {{QStringLiteral("en"), text.en}, {QStringLiteral("ja"), text.ja}};
}

QString sideKey(ReferenceEntry::Side side)
{
    switch (side) {
    case ReferenceEntry::Side::Sender:
        return QStringLiteral("sender");
    case ReferenceEntry::Side::Receiver:
        return QStringLiteral("receiver");
    case ReferenceEntry::Side::Both:
        break;
    }
    return QStringLiteral("both");
}

// Appends `text` under `prefix`, continuation lines aligned with the text (as ExplanationFormatter does).
void add(QStringList *out, const QString &prefix, const QString &text)
{
    const QStringList lines = text.split(u'\n');
    const QString pad(prefix.size(), u' ');
    for (qsizetype i = 0; i < lines.size(); ++i)
        out->append((i == 0 ? prefix : pad) + lines.at(i));
}

ExplanationLanguage labelLanguage(ExplanationLanguage language)
{
    return language == ExplanationLanguage::Both ? ExplanationLanguage::English : language;
}

} // namespace

QString DnsSeverities::key(DnsSeverity severity)
{
    for (const SeverityName &s : kSeverities) {
        if (s.severity == severity)
            return QString::fromLatin1(s.key);
    }
    return {};
}

std::optional<DnsSeverity> DnsSeverities::fromKey(const QString &key)
{
    for (const SeverityName &s : kSeverities) {
        if (key == QLatin1String(s.key))
            return s.severity;
    }
    return std::nullopt;
}

LocalizedText DnsSeverities::name(DnsSeverity severity)
{
    for (const SeverityName &s : kSeverities) {
        if (s.severity == severity)
            return LocalizedText::fromUtf8(s.en, s.ja);
    }
    return {};
}

const DnsFindingEntry *DnsFinding::entry(const ReferenceCatalog &catalog) const
{
    return catalog.dnsFinding(id);
}

QJsonObject DnsFinding::toJson(const ReferenceCatalog &catalog) const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("check"), check()},
                  {QStringLiteral("severity"), DnsSeverities::key(severity)},
                  {QStringLiteral("subject"), subject}};
    if (!detail.isEmpty())
        o.insert(QStringLiteral("detail"), json(detail));
    if (const DnsFindingEntry *e = entry(catalog)) {
        o.insert(QStringLiteral("title"), json(e->title));
        o.insert(QStringLiteral("summary"), json(e->summary));
        o.insert(QStringLiteral("description"), json(e->description));
        QJsonArray fixes;
        for (const ReferenceEntry::Fix &fix : e->fixes) {
            QJsonObject f = json(fix.text);
            f.insert(QStringLiteral("side"), sideKey(fix.side));
            fixes.append(f);
        }
        o.insert(QStringLiteral("fixes"), fixes);
        o.insert(QStringLiteral("related"), QJsonArray::fromStringList(e->related));
        o.insert(QStringLiteral("rfc"), e->rfc);
    }
    return o;
}

QString DnsFinding::toText(ExplanationLanguage language, int indent, const ReferenceCatalog &catalog) const
{
    QStringList out;
    const QString pad(indent, u' ');
    const QString inner = pad + QStringLiteral("    ");
    const DnsFindingEntry *e = entry(catalog);
    const QString badge = u'[' + DnsSeverities::name(severity).text(labelLanguage(language)) + QStringLiteral("] ");
    add(&out, pad + badge, (e ? e->title.text(language) : id) + QStringLiteral("  (") + id + u')');
    if (!subject.isEmpty())
        add(&out, inner + QStringLiteral("> "), subject);
    if (e)
        add(&out, inner, e->summary.text(language));
    if (!detail.isEmpty())
        add(&out, inner, detail.text(language));
    if (e && !e->fixes.isEmpty() && severity != DnsSeverity::Ok) {
        const LocalizedText heading = ExplanationFormatter::heading(ExplanationFormatter::Heading::HowToFix);
        out.append(inner +
                   (language == ExplanationLanguage::Both ? heading.en + QStringLiteral(" / ") + heading.ja
                                                          : heading.text(language)) +
                   u':');
        int n = 0;
        for (const ReferenceEntry::Fix &fix : e->fixes)
            add(&out, inner + QStringLiteral("  %1. ").arg(++n), fix.text.text(language));
    }
    if (e && !e->related.isEmpty()) {
        const LocalizedText label = LocalizedText::fromUtf8("Replies it explains: ", "関連する応答: ");
        out.append(inner + label.text(labelLanguage(language)) + e->related.join(QStringLiteral(", ")));
    }
    return out.join(u'\n');
}

QStringList DnsFinding::knownIds()
{
    static const QStringList ids{
        // MX (RFC 5321 §5.1, RFC 7505)
        QStringLiteral("mx.ok"),
        QStringLiteral("mx.null"),
        QStringLiteral("mx.null-mixed"),
        QStringLiteral("mx.implicit"),
        QStringLiteral("mx.none"),
        QStringLiteral("mx.nxdomain"),
        QStringLiteral("mx.host-no-address"),
        QStringLiteral("mx.host-is-address"),
        QStringLiteral("mx.host-cname"),
        // PTR and forward confirmation
        QStringLiteral("ptr.ok"),
        QStringLiteral("ptr.missing"),
        QStringLiteral("ptr.not-confirmed"),
        QStringLiteral("ptr.generic"),
        QStringLiteral("ptr.greeting-match"),
        QStringLiteral("ptr.greeting-mismatch"),
        // SPF (RFC 7208)
        QStringLiteral("spf.ok"),
        QStringLiteral("spf.none"),
        QStringLiteral("spf.multiple"),
        QStringLiteral("spf.syntax"),
        QStringLiteral("spf.plus-all"),
        QStringLiteral("spf.neutral-all"),
        QStringLiteral("spf.ptr"),
        QStringLiteral("spf.all-not-last"),
        QStringLiteral("spf.no-all"),
        QStringLiteral("spf.too-many-lookups"),
        QStringLiteral("spf.void-lookups"),
        QStringLiteral("spf.include-error"),
        // DMARC (RFC 7489)
        QStringLiteral("dmarc.ok"),
        QStringLiteral("dmarc.none"),
        QStringLiteral("dmarc.multiple"),
        QStringLiteral("dmarc.syntax"),
        QStringLiteral("dmarc.policy-none"),
        QStringLiteral("dmarc.pct"),
        QStringLiteral("dmarc.organizational"),
        QStringLiteral("dmarc.no-rua"),
        // MTA-STS (RFC 8461) and TLS-RPT (RFC 8460)
        QStringLiteral("mta-sts.ok"),
        QStringLiteral("mta-sts.missing"),
        QStringLiteral("mta-sts.multiple"),
        QStringLiteral("mta-sts.syntax"),
        QStringLiteral("tls-rpt.ok"),
        QStringLiteral("tls-rpt.missing"),
        QStringLiteral("tls-rpt.multiple"),
        QStringLiteral("tls-rpt.syntax"),
        // The name server itself
        QStringLiteral("dns.timeout"),
        QStringLiteral("dns.failure"),
        QStringLiteral("dns.no-answers"),
    };
    return ids;
}

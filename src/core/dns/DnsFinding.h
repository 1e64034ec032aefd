#pragma once

#include "core/reference/LocalizedText.h"
#include "core/reference/ReferenceCatalog.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

/// How serious a DNS finding (or a problem inside a record) is.
enum class DnsSeverity
{
    Ok,
    Info,
    Warning,
    Error
};

namespace DnsSeverities {
/// "ok", "info", "warning", "error" (the knowledge base's "severity" values).
QString key(DnsSeverity severity);
std::optional<DnsSeverity> fromKey(const QString &key);
/// "Error" / "エラー".
LocalizedText name(DnsSeverity severity);
} // namespace DnsSeverities

/// One thing a DNS check found. The id names an entry of the knowledge base ("kind": "dns",
/// resources/reference/dns-findings.json) that holds the title, the explanation, the fixes and the
/// reply codes it explains; the finding adds what was found this time.
struct DnsFinding
{
    QString id;                               ///< stable: "mx.null", "spf.too-many-lookups", …
    DnsSeverity severity = DnsSeverity::Info; ///< for this case (may differ from the entry's usual one)
    QString subject;                          ///< the record, name or address it is about (DNS data: plain text)
    LocalizedText detail;                     ///< what exactly was found; may be empty

    /// The check it belongs to: the id up to the first dot ("mx", "spf", "dns", …).
    QString check() const { return id.section(u'.', 0, 0); }
    /// The knowledge-base entry, or nullptr for an id the catalog does not know (a bug: tests check all).
    const DnsFindingEntry *entry(const ReferenceCatalog &catalog = ReferenceCatalog::builtIn()) const;
    /// Title, summary, description, fixes, related codes and this case's subject and detail.
    QJsonObject toJson(const ReferenceCatalog &catalog = ReferenceCatalog::builtIn()) const;
    /// "[Error] Several SPF records" with subject, summary, detail and fixes below, indented.
    QString toText(ExplanationLanguage language, int indent = 0,
                   const ReferenceCatalog &catalog = ReferenceCatalog::builtIn()) const;

    /// Every id the checks can report (each must have a catalog entry).
    static QStringList knownIds();

    friend bool operator==(const DnsFinding &a, const DnsFinding &b)
    {
        return a.id == b.id && a.severity == b.severity && a.subject == b.subject && a.detail == b.detail;
    }
};

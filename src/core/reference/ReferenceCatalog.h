#pragma once

#include "core/reference/ReferenceEntry.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

/// The knowledge base: every basic reply code, the enhanced status code registry with its classes
/// and subjects, and the server texts admins meet. Loaded and validated once (builtIn() reads the
/// compiled-in :/reference/*.json); lookups are hash look-ups.
class ReferenceCatalog final
{
public:
    ReferenceCatalog() = default;

    /// The catalog compiled into the application, loaded on first use.
    static const ReferenceCatalog &builtIn();
    /// Loads the given JSON files; every problem found is listed in errors() (and the entry skipped).
    static ReferenceCatalog fromFiles(const QStringList &paths);

    /// Problems found while loading: invalid JSON, a missing translation, a duplicate key, …
    const QStringList &errors() const { return m_errors; }
    const QList<ReferenceEntry> &entries() const { return m_entries; }
    QList<const ReferenceEntry *> entries(ReferenceEntry::Kind kind) const;

    const ReferenceEntry *basic(int code) const;
    /// The entry for the code's subject and detail (the registry is class-free: X.1.1).
    const ReferenceEntry *enhanced(const EnhancedStatusCode &code) const;
    const ReferenceEntry *statusClass(int statusClass) const;
    const ReferenceEntry *subject(int subject) const;
    const ReferenceEntry *text(const QString &key) const;
    /// "550", "5.1.1", "X.1.1", "5", "X.7" or a server text key.
    const ReferenceEntry *find(const QString &query) const;
    /// The server text entries that match a reply, most specific first.
    QList<const ReferenceEntry *> matchText(const QString &text, int code, const EnhancedStatusCode &enhanced) const;
    /// Entries whose code starts with the query, or whose title, summary or description contains
    /// every word of it (either language, case-insensitive).
    QList<const ReferenceEntry *> search(const QString &query) const;

    /// The DNS findings ("kind": "dns"), in file order. Not part of entries(): see DnsFindingEntry.
    const QList<DnsFindingEntry> &dnsFindings() const { return m_dnsFindings; }
    /// The DNS finding with this id ("mx.null"), or nullptr.
    const DnsFindingEntry *dnsFinding(const QString &key) const;
    /// The DNS findings that can explain a reply (its code, enhanced code and text), in catalog order.
    QList<const DnsFindingEntry *> dnsFindingsForReply(int code, const EnhancedStatusCode &enhanced,
                                                       const QString &text) const;

private:
    void loadFile(const QString &path);
    void loadDnsFinding(const QJsonObject &o, const QString &where);
    void add(ReferenceEntry entry, const QString &where);
    const ReferenceEntry *lookup(ReferenceEntry::Kind kind, const QString &key) const;

    QList<ReferenceEntry> m_entries;
    QHash<QString, qsizetype> m_index; ///< "kind:key" -> position in m_entries
    QList<qsizetype> m_texts;          ///< positions of the server text entries
    QList<DnsFindingEntry> m_dnsFindings;
    QHash<QString, qsizetype> m_dnsIndex; ///< finding id -> position in m_dnsFindings
    QStringList m_errors;
};

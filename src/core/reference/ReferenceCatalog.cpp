#include "core/reference/ReferenceCatalog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

QString indexKey(ReferenceEntry::Kind kind, const QString &key)
{
    return ReferenceEntry::kindKey(kind) + u':' + key;
}

bool hasJapanese(const QString &text)
{
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if ((c >= 0x3040 && c <= 0x30FF) || (c >= 0x4E00 && c <= 0x9FFF))
            return true;
    }
    return false;
}

// Reads {"en": …, "ja": …} (or the en/ja members of a larger object); reports what is missing.
LocalizedText readText(const QJsonObject &object, const QString &where, QStringList *errors)
{
    LocalizedText text{object.value(QLatin1String("en")).toString().trimmed(),
                       object.value(QLatin1String("ja")).toString().trimmed()};
    if (text.en.isEmpty())
        errors->append(where + QStringLiteral(": English text missing"));
    if (text.ja.isEmpty())
        errors->append(where + QStringLiteral(": Japanese text missing"));
    else if (!hasJapanese(text.ja))
        errors->append(where + QStringLiteral(": the Japanese text holds no Japanese script"));
    return text;
}

bool validKey(ReferenceEntry::Kind kind, const QString &key)
{
    static const QRegularExpression basic(QStringLiteral("^[1-5][0-9][0-9]$"));
    static const QRegularExpression enhanced(QStringLiteral("^X\\.[0-9]{1,3}\\.[0-9]{1,3}$"));
    static const QRegularExpression statusClass(QStringLiteral("^[245]$"));
    static const QRegularExpression subject(QStringLiteral("^X\\.[0-7]$"));
    static const QRegularExpression text(QStringLiteral("^[a-z0-9.-]+$"));
    switch (kind) {
    case ReferenceEntry::Kind::Basic:
        return basic.match(key).hasMatch();
    case ReferenceEntry::Kind::Enhanced:
        return enhanced.match(key).hasMatch();
    case ReferenceEntry::Kind::Class:
        return statusClass.match(key).hasMatch();
    case ReferenceEntry::Kind::Subject:
        return subject.match(key).hasMatch();
    case ReferenceEntry::Kind::Text:
        break;
    }
    return text.match(key).hasMatch();
}

} // namespace

const ReferenceCatalog &ReferenceCatalog::builtIn()
{
    static const ReferenceCatalog catalog = [] {
        QStringList paths;
        const QDir dir(QStringLiteral(":/reference"));
        for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            paths.append(dir.filePath(name));
        return fromFiles(paths);
    }();
    return catalog;
}

ReferenceCatalog ReferenceCatalog::fromFiles(const QStringList &paths)
{
    ReferenceCatalog catalog;
    for (const QString &path : paths)
        catalog.loadFile(path);
    if (paths.isEmpty())
        catalog.m_errors.append(QStringLiteral("no reference files"));
    return catalog;
}

void ReferenceCatalog::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_errors.append(path + QStringLiteral(": ") + file.errorString());
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (document.isNull()) {
        m_errors.append(path + QStringLiteral(": ") + parseError.errorString());
        return;
    }
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("schema")).toInt() != 1) {
        m_errors.append(path + QStringLiteral(": unknown schema"));
        return;
    }
    const QString fileName = QFileInfo(path).fileName();
    const QJsonArray entries = root.value(QLatin1String("entries")).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject o = entries.at(i).toObject();
        const QString where =
            QStringLiteral("%1[%2] %3").arg(fileName).arg(i).arg(o.value(QLatin1String("key")).toString());
        if (o.value(QLatin1String("kind")).toString() == QLatin1String("dns")) {
            loadDnsFinding(o, where);
            continue;
        }
        ReferenceEntry entry;
        const auto kind = ReferenceEntry::kindFromKey(o.value(QLatin1String("kind")).toString());
        if (!kind) {
            m_errors.append(where + QStringLiteral(": unknown kind"));
            continue;
        }
        entry.kind = *kind;
        entry.key = o.value(QLatin1String("key")).toString();
        if (!validKey(entry.kind, entry.key))
            m_errors.append(where + QStringLiteral(": invalid key"));
        entry.title = readText(o.value(QLatin1String("title")).toObject(), where + QStringLiteral(".title"), &m_errors);
        entry.summary =
            readText(o.value(QLatin1String("summary")).toObject(), where + QStringLiteral(".summary"), &m_errors);
        entry.description = readText(o.value(QLatin1String("description")).toObject(),
                                     where + QStringLiteral(".description"), &m_errors);
        const QJsonArray when = o.value(QLatin1String("when")).toArray();
        for (qsizetype j = 0; j < when.size(); ++j) {
            const QJsonObject w = when.at(j).toObject();
            const QString stageKey = w.value(QLatin1String("stage")).toString();
            ReferenceEntry::StageNote note;
            if (stageKey != QLatin1String("any")) {
                note.stage = SessionStages::fromKey(stageKey);
                if (!note.stage)
                    m_errors.append(where + QStringLiteral(".when: unknown stage ") + stageKey);
            }
            note.text = readText(w, where + QStringLiteral(".when[%1]").arg(j), &m_errors);
            entry.when.append(note);
        }
        const QJsonArray fixes = o.value(QLatin1String("fixes")).toArray();
        for (qsizetype j = 0; j < fixes.size(); ++j) {
            const QJsonObject f = fixes.at(j).toObject();
            ReferenceEntry::Fix fix;
            const auto side = ReferenceEntry::sideFromKey(f.value(QLatin1String("side")).toString());
            if (!side)
                m_errors.append(where + QStringLiteral(".fixes: unknown side"));
            fix.side = side.value_or(ReferenceEntry::Side::Both);
            fix.text = readText(f, where + QStringLiteral(".fixes[%1]").arg(j), &m_errors);
            entry.fixes.append(fix);
        }
        const bool detailed = entry.kind == ReferenceEntry::Kind::Basic ||
                              entry.kind == ReferenceEntry::Kind::Enhanced || entry.kind == ReferenceEntry::Kind::Text;
        if (detailed) {
            const auto actor = ReferenceEntry::actorFromKey(o.value(QLatin1String("actor")).toString());
            const auto permanence = ReferenceEntry::permanenceFromKey(o.value(QLatin1String("permanence")).toString());
            if (!actor)
                m_errors.append(where + QStringLiteral(": unknown actor"));
            if (!permanence)
                m_errors.append(where + QStringLiteral(": unknown permanence"));
            entry.actor = actor.value_or(ReferenceEntry::Actor::Either);
            entry.permanence = permanence.value_or(ReferenceEntry::Permanence::Permanent);
            if (entry.when.isEmpty())
                m_errors.append(where + QStringLiteral(": no \"when\""));
            const bool needsFixes = entry.permanence == ReferenceEntry::Permanence::Temporary ||
                                    entry.permanence == ReferenceEntry::Permanence::Permanent;
            if (needsFixes && entry.fixes.isEmpty())
                m_errors.append(where + QStringLiteral(": no fixes"));
        }
        entry.rfc = o.value(QLatin1String("rfc")).toString();
        for (const QJsonValue &r : o.value(QLatin1String("related")).toArray())
            entry.related.append(r.toString());
        entry.status = o.value(QLatin1String("status")).toString();
        entry.registryTitle = o.value(QLatin1String("registryTitle")).toString();
        if (entry.kind == ReferenceEntry::Kind::Basic &&
            !QStringList({QStringLiteral("standard"), QStringLiteral("registry"), QStringLiteral("non-standard")})
                 .contains(entry.status)) {
            m_errors.append(where + QStringLiteral(": unknown status"));
        }
        if (entry.kind == ReferenceEntry::Kind::Enhanced && entry.registryTitle.isEmpty())
            m_errors.append(where + QStringLiteral(": no registry title"));
        if (entry.kind == ReferenceEntry::Kind::Text) {
            entry.provider = o.value(QLatin1String("provider")).toString();
            const QJsonObject match = o.value(QLatin1String("match")).toObject();
            entry.contains = match.value(QLatin1String("contains")).toString();
            const QString pattern = match.value(QLatin1String("regex")).toString();
            if (!pattern.isEmpty()) {
                entry.regex = QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption |
                                                              QRegularExpression::UseUnicodePropertiesOption);
                if (!entry.regex.isValid())
                    m_errors.append(where + QStringLiteral(": invalid regex: ") + entry.regex.errorString());
                else
                    entry.regex.optimize();
            }
            if (entry.contains.isEmpty() && pattern.isEmpty())
                m_errors.append(where + QStringLiteral(": no match"));
            if (entry.provider.isEmpty())
                m_errors.append(where + QStringLiteral(": no provider"));
            for (const QJsonValue &c : o.value(QLatin1String("codes")).toArray())
                entry.codes.append(c.toVariant().toInt());
            entry.enhancedKey = o.value(QLatin1String("enhanced")).toString();
            entry.overrides = o.value(QLatin1String("overrides")).toBool();
        }
        add(std::move(entry), where);
    }
}

// "kind": "dns" (SCHEMA.md): a finding of the DNS checks, with the replies it explains.
void ReferenceCatalog::loadDnsFinding(const QJsonObject &o, const QString &where)
{
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z0-9-]+\\.[a-z0-9.-]+$"));
    static const QStringList checks{QStringLiteral("mx"),    QStringLiteral("ptr"),     QStringLiteral("spf"),
                                    QStringLiteral("dmarc"), QStringLiteral("mta-sts"), QStringLiteral("tls-rpt"),
                                    QStringLiteral("dns")};
    static const QStringList severities{QStringLiteral("ok"), QStringLiteral("info"), QStringLiteral("warning"),
                                        QStringLiteral("error")};
    DnsFindingEntry entry;
    entry.key = o.value(QLatin1String("key")).toString();
    if (!keyPattern.match(entry.key).hasMatch())
        m_errors.append(where + QStringLiteral(": invalid key"));
    entry.check = o.value(QLatin1String("check")).toString();
    if (!checks.contains(entry.check))
        m_errors.append(where + QStringLiteral(": unknown check"));
    else if (!entry.key.startsWith(entry.check + u'.'))
        m_errors.append(where + QStringLiteral(": the key does not start with its check"));
    entry.severity = o.value(QLatin1String("severity")).toString();
    if (!severities.contains(entry.severity))
        m_errors.append(where + QStringLiteral(": unknown severity"));
    entry.title = readText(o.value(QLatin1String("title")).toObject(), where + QStringLiteral(".title"), &m_errors);
    entry.summary =
        readText(o.value(QLatin1String("summary")).toObject(), where + QStringLiteral(".summary"), &m_errors);
    entry.description =
        readText(o.value(QLatin1String("description")).toObject(), where + QStringLiteral(".description"), &m_errors);
    const QJsonArray fixes = o.value(QLatin1String("fixes")).toArray();
    for (qsizetype j = 0; j < fixes.size(); ++j) {
        const QJsonObject f = fixes.at(j).toObject();
        const auto side = ReferenceEntry::sideFromKey(f.value(QLatin1String("side")).toString());
        if (!side)
            m_errors.append(where + QStringLiteral(".fixes: unknown side"));
        entry.fixes.append({side.value_or(ReferenceEntry::Side::Both),
                            readText(f, where + QStringLiteral(".fixes[%1]").arg(j), &m_errors)});
    }
    if (entry.fixes.isEmpty() && entry.severity != QLatin1String("ok"))
        m_errors.append(where + QStringLiteral(": no fixes"));
    entry.rfc = o.value(QLatin1String("rfc")).toString();
    for (const QJsonValue &r : o.value(QLatin1String("related")).toArray())
        entry.related.append(r.toString());
    const QJsonArray replies = o.value(QLatin1String("replies")).toArray();
    for (qsizetype j = 0; j < replies.size(); ++j) {
        const QJsonObject r = replies.at(j).toObject();
        const QString at = where + QStringLiteral(".replies[%1]").arg(j);
        DnsFindingEntry::ReplyMatch match;
        for (const QJsonValue &c : r.value(QLatin1String("codes")).toArray())
            match.codes.append(c.toVariant().toInt());
        const QString enhanced = r.value(QLatin1String("enhanced")).toString();
        if (!enhanced.isEmpty()) {
            const auto code = EnhancedStatusCode::fromString(enhanced);
            if (!code)
                m_errors.append(at + QStringLiteral(": invalid enhanced code"));
            match.enhanced = code.value_or(EnhancedStatusCode());
        }
        const QString pattern = r.value(QLatin1String("regex")).toString();
        if (!pattern.isEmpty()) {
            match.regex = QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption |
                                                          QRegularExpression::UseUnicodePropertiesOption);
            if (!match.regex.isValid())
                m_errors.append(at + QStringLiteral(": invalid regex: ") + match.regex.errorString());
        }
        if (match.codes.isEmpty() && enhanced.isEmpty() && pattern.isEmpty())
            m_errors.append(at + QStringLiteral(": an empty rule"));
        entry.replies.append(match);
    }
    if (m_dnsIndex.contains(entry.key)) {
        m_errors.append(where + QStringLiteral(": duplicate key"));
        return;
    }
    m_dnsIndex.insert(entry.key, m_dnsFindings.size());
    m_dnsFindings.append(std::move(entry));
}

const DnsFindingEntry *ReferenceCatalog::dnsFinding(const QString &key) const
{
    const auto it = m_dnsIndex.constFind(key);
    return it == m_dnsIndex.cend() ? nullptr : &m_dnsFindings.at(*it);
}

QList<const DnsFindingEntry *> ReferenceCatalog::dnsFindingsForReply(int code, const EnhancedStatusCode &enhanced,
                                                                     const QString &text) const
{
    QList<const DnsFindingEntry *> result;
    for (const DnsFindingEntry &entry : m_dnsFindings) {
        if (entry.matchesReply(code, enhanced, text))
            result.append(&entry);
    }
    return result;
}

void ReferenceCatalog::add(ReferenceEntry entry, const QString &where)
{
    const QString key = indexKey(entry.kind, entry.key);
    if (m_index.contains(key)) {
        m_errors.append(where + QStringLiteral(": duplicate key"));
        return;
    }
    m_index.insert(key, m_entries.size());
    if (entry.kind == ReferenceEntry::Kind::Text)
        m_texts.append(m_entries.size());
    m_entries.append(std::move(entry));
}

const ReferenceEntry *ReferenceCatalog::lookup(ReferenceEntry::Kind kind, const QString &key) const
{
    const auto it = m_index.constFind(indexKey(kind, key));
    return it == m_index.cend() ? nullptr : &m_entries.at(*it);
}

QList<const ReferenceEntry *> ReferenceCatalog::entries(ReferenceEntry::Kind kind) const
{
    QList<const ReferenceEntry *> result;
    for (const ReferenceEntry &entry : m_entries) {
        if (entry.kind == kind)
            result.append(&entry);
    }
    return result;
}

const ReferenceEntry *ReferenceCatalog::basic(int code) const
{
    return lookup(ReferenceEntry::Kind::Basic, QString::number(code));
}

const ReferenceEntry *ReferenceCatalog::enhanced(const EnhancedStatusCode &code) const
{
    if (!code.isValid())
        return nullptr;
    return lookup(ReferenceEntry::Kind::Enhanced, code.withoutClass().toString());
}

const ReferenceEntry *ReferenceCatalog::statusClass(int statusClass) const
{
    return lookup(ReferenceEntry::Kind::Class, QString::number(statusClass));
}

const ReferenceEntry *ReferenceCatalog::subject(int subject) const
{
    return lookup(ReferenceEntry::Kind::Subject, QStringLiteral("X.%1").arg(subject));
}

const ReferenceEntry *ReferenceCatalog::text(const QString &key) const
{
    return lookup(ReferenceEntry::Kind::Text, key);
}

const ReferenceEntry *ReferenceCatalog::find(const QString &query) const
{
    const QString q = query.trimmed();
    bool isNumber = false;
    const int number = q.toInt(&isNumber);
    if (isNumber && q.size() == 3)
        return basic(number);
    if (isNumber && q.size() == 1)
        return statusClass(number);
    if (const auto code = EnhancedStatusCode::fromString(q))
        return enhanced(*code);
    static const QRegularExpression subjectPattern(QStringLiteral("^[xX245]\\.([0-7])$"));
    if (const auto m = subjectPattern.match(q); m.hasMatch())
        return subject(m.captured(1).toInt());
    return text(q.toLower());
}

QList<const ReferenceEntry *> ReferenceCatalog::matchText(const QString &text, int code,
                                                          const EnhancedStatusCode &enhanced) const
{
    QList<const ReferenceEntry *> result;
    for (qsizetype i : m_texts) {
        const ReferenceEntry &entry = m_entries.at(i);
        if (entry.matches(text, code, enhanced))
            result.append(&entry);
    }
    // Entries that also pin the code are more specific than text alone.
    std::stable_sort(result.begin(), result.end(), [](const ReferenceEntry *a, const ReferenceEntry *b) {
        const int sa = (a->enhancedKey.isEmpty() ? 0 : 2) + (a->codes.isEmpty() ? 0 : 1);
        const int sb = (b->enhancedKey.isEmpty() ? 0 : 2) + (b->codes.isEmpty() ? 0 : 1);
        return sa > sb;
    });
    return result;
}

QList<const ReferenceEntry *> ReferenceCatalog::search(const QString &query) const
{
    const QStringList words = query.simplified().split(u' ', Qt::SkipEmptyParts);
    QList<const ReferenceEntry *> result;
    if (words.isEmpty())
        return result;
    for (const ReferenceEntry &entry : m_entries) {
        if (words.size() == 1 && entry.key.startsWith(words.constFirst(), Qt::CaseInsensitive)) {
            result.append(&entry);
            continue;
        }
        const QString haystack = entry.key + u' ' + entry.title.en + u' ' + entry.title.ja + u' ' + entry.summary.en +
                                 u' ' + entry.summary.ja + u' ' + entry.description.en + u' ' + entry.description.ja +
                                 u' ' + entry.provider;
        bool all = true;
        for (const QString &word : words)
            all = all && haystack.contains(word, Qt::CaseInsensitive);
        if (all)
            result.append(&entry);
    }
    return result;
}

#include "core/dns/DnsReport.h"

#include <QJsonArray>

namespace {

QJsonObject json(const LocalizedText &text)
{
    return {{QStringLiteral("en"), text.en}, {QStringLiteral("ja"), text.ja}};
}

QJsonArray json(const QList<QHostAddress> &addresses)
{
    QJsonArray array;
    for (const QHostAddress &a : addresses)
        array.append(a.toString());
    return array;
}

QJsonArray json(const QList<DnsFinding> &findings)
{
    QJsonArray array;
    for (const DnsFinding &f : findings)
        array.append(f.toJson());
    return array;
}

QJsonArray json(const QList<RecordProblem> &problems)
{
    QJsonArray array;
    for (const RecordProblem &p : problems) {
        array.append(QJsonObject{{QStringLiteral("code"), p.code},
                                 {QStringLiteral("severity"), DnsSeverities::key(p.severity)},
                                 {QStringLiteral("term"), p.term},
                                 {QStringLiteral("message"), json(p.message)}});
    }
    return array;
}

// The fields every part shares: status, error, the records found.
QJsonObject partJson(DnsStatus status, const LocalizedText &error, const TxtSelection *selection)
{
    QJsonObject o{{QStringLiteral("status"), DnsStatuses::key(status)}};
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), json(error));
    if (selection) {
        o.insert(QStringLiteral("records"), QJsonArray::fromStringList(selection->records));
        if (!selection->nearMisses.isEmpty())
            o.insert(QStringLiteral("ignoredRecords"), QJsonArray::fromStringList(selection->nearMisses));
    }
    return o;
}

QString normalized(const QString &name)
{
    return DnsRecords::normalizedName(name);
}

// Appends `text` under `prefix`, continuation lines aligned with the text.
void add(QStringList *out, const QString &prefix, const QString &text)
{
    const QStringList lines = text.split(u'\n');
    const QString pad(prefix.size(), u' ');
    for (qsizetype i = 0; i < lines.size(); ++i)
        out->append((i == 0 ? prefix : pad) + lines.at(i));
}

QString label(const char *en, const char *ja, ExplanationLanguage language)
{
    const LocalizedText text = LocalizedText::fromUtf8(en, ja);
    return language == ExplanationLanguage::Both ? text.en + QStringLiteral(" / ") + text.ja : text.text(language);
}

QString statusText(DnsStatus status, const LocalizedText &error, ExplanationLanguage language)
{
    if (!error.isEmpty())
        return error.text(language);
    switch (status) {
    case DnsStatus::NotRun:
        return label("not checked", "未確認", language);
    case DnsStatus::NoRecords:
        return label("no records", "レコードなし", language);
    case DnsStatus::NoDomain:
        return label("no such name (NXDOMAIN)", "名前が存在しません（NXDOMAIN）", language);
    case DnsStatus::TimedOut:
        return label("no answer", "応答なし", language);
    case DnsStatus::Failed:
        return label("lookup failed", "検索に失敗", language);
    case DnsStatus::Found:
        break;
    }
    return {};
}

} // namespace

QString DnsStatuses::key(DnsStatus status)
{
    switch (status) {
    case DnsStatus::NotRun:
        return QStringLiteral("not-run");
    case DnsStatus::Found:
        return QStringLiteral("found");
    case DnsStatus::NoRecords:
        return QStringLiteral("no-records");
    case DnsStatus::NoDomain:
        return QStringLiteral("no-domain");
    case DnsStatus::TimedOut:
        return QStringLiteral("timed-out");
    case DnsStatus::Failed:
        break;
    }
    return QStringLiteral("failed");
}

QJsonObject MxHost::toJson() const
{
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("preference"), preference},
                  {QStringLiteral("implicit"), implicit},
                  {QStringLiteral("addresses"), json(addresses)},
                  {QStringLiteral("status"), DnsStatuses::key(status)}};
    if (!canonicalName.isEmpty())
        o.insert(QStringLiteral("canonicalName"), canonicalName);
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), json(error));
    return o;
}

qsizetype MxResult::nextCandidate(qsizetype after) const
{
    for (qsizetype i = qMax<qsizetype>(after + 1, 0); i < hosts.size(); ++i) {
        if (hosts.at(i).hasAddresses())
            return i;
    }
    return -1;
}

QString MxResult::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Hosts:
        return QStringLiteral("hosts");
    case Kind::Implicit:
        return QStringLiteral("implicit");
    case Kind::NullMx:
        return QStringLiteral("null-mx");
    case Kind::NoMail:
        return QStringLiteral("no-mail");
    case Kind::NoDomain:
        return QStringLiteral("no-domain");
    case Kind::Failed:
        break;
    }
    return QStringLiteral("failed");
}

QJsonObject MxResult::toJson() const
{
    QJsonObject o = partJson(status, error, nullptr);
    o.insert(QStringLiteral("domain"), domain);
    o.insert(QStringLiteral("kind"), kindKey(kind));
    QJsonArray list;
    for (const MxHost &host : hosts)
        list.append(host.toJson());
    o.insert(QStringLiteral("hosts"), list);
    o.insert(QStringLiteral("findings"), json(findings));
    return o;
}

QString PtrResult::confirmedName() const
{
    for (const PtrName &n : names) {
        if (n.confirms)
            return n.name;
    }
    return {};
}

QList<DnsFinding> PtrResult::compareWithNames(const QStringList &announced) const
{
    QStringList ptrNames;
    for (const PtrName &n : names)
        ptrNames.append(normalized(n.name));
    QStringList given;
    for (const QString &name : announced) {
        if (!normalized(name).isEmpty())
            given.append(normalized(name));
    }
    if (ptrNames.isEmpty() || given.isEmpty())
        return {};
    const QString subject =
        given.join(QStringLiteral(", ")) + QStringLiteral(" / PTR ") + ptrNames.join(QStringLiteral(", "));
    for (const QString &name : std::as_const(given)) {
        if (ptrNames.contains(name))
            return {{QStringLiteral("ptr.greeting-match"), DnsSeverity::Ok, subject, {}}};
    }
    return {{QStringLiteral("ptr.greeting-mismatch"), DnsSeverity::Warning, subject,
             LocalizedText::fromUtf8("Announced: %1. PTR of %2: %3.", "名乗った名前: %1。%2 の PTR: %3。")
                 .arg(given.join(QStringLiteral(", ")), address.toString(), ptrNames.join(QStringLiteral(", ")))}};
}

QJsonObject PtrResult::toJson() const
{
    QJsonObject o = partJson(status, error, nullptr);
    o.insert(QStringLiteral("address"), address.isNull() ? QJsonValue() : QJsonValue(address.toString()));
    o.insert(QStringLiteral("reverseName"), reverseName);
    QJsonArray list;
    for (const PtrName &n : names) {
        list.append(QJsonObject{{QStringLiteral("name"), n.name},
                                {QStringLiteral("addresses"), json(n.addresses)},
                                {QStringLiteral("status"), DnsStatuses::key(n.status)},
                                {QStringLiteral("confirms"), n.confirms}});
    }
    o.insert(QStringLiteral("names"), list);
    o.insert(QStringLiteral("confirmedName"), confirmedName());
    o.insert(QStringLiteral("findings"), json(findings));
    return o;
}

QJsonObject SpfResult::toJson() const
{
    QJsonObject o = partJson(status, error, &selection);
    o.insert(QStringLiteral("domain"), domain);
    if (selection.status == TxtSelection::Status::One) {
        o.insert(QStringLiteral("mechanisms"), QJsonArray::fromStringList(record.mechanisms()));
        o.insert(QStringLiteral("problems"), json(record.problems));
        o.insert(QStringLiteral("recordLookups"), record.lookupCount);
    }
    o.insert(QStringLiteral("totalLookups"), totalLookups);
    o.insert(QStringLiteral("lookupLimit"), DnsRecords::kSpfLookupLimit);
    o.insert(QStringLiteral("voidLookups"), voidLookups);
    o.insert(QStringLiteral("truncated"), truncated);
    QJsonArray list;
    for (const SpfNode &node : nodes) {
        QJsonObject n = partJson(node.status, node.error, &node.selection);
        n.insert(QStringLiteral("domain"), node.domain);
        n.insert(QStringLiteral("via"), node.via);
        n.insert(QStringLiteral("from"), node.from);
        n.insert(QStringLiteral("depth"), node.depth);
        n.insert(QStringLiteral("lookups"), node.record.lookupCount);
        list.append(n);
    }
    o.insert(QStringLiteral("includes"), list);
    o.insert(QStringLiteral("findings"), json(findings));
    return o;
}

QJsonObject DmarcResult::toJson() const
{
    QJsonObject o = partJson(status, error, &selection);
    o.insert(QStringLiteral("domain"), domain);
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("organizational"), organizational);
    if (selection.status == TxtSelection::Status::One) {
        o.insert(QStringLiteral("policy"), record.policy);
        o.insert(QStringLiteral("subdomainPolicy"), record.subdomainPolicy);
        o.insert(QStringLiteral("pct"), record.percent);
        o.insert(QStringLiteral("rua"), QJsonArray::fromStringList(record.rua));
        o.insert(QStringLiteral("ruf"), QJsonArray::fromStringList(record.ruf));
        o.insert(QStringLiteral("adkim"), record.adkim);
        o.insert(QStringLiteral("aspf"), record.aspf);
        o.insert(QStringLiteral("policyExplanation"), json(record.policyExplanation()));
        o.insert(QStringLiteral("problems"), json(record.problems));
    }
    o.insert(QStringLiteral("findings"), json(findings));
    return o;
}

QJsonObject MtaStsResult::toJson() const
{
    QJsonObject o = partJson(status, error, &selection);
    o.insert(QStringLiteral("name"), name);
    if (selection.status == TxtSelection::Status::One) {
        o.insert(QStringLiteral("id"), record.id);
        o.insert(QStringLiteral("problems"), json(record.problems));
    }
    o.insert(QStringLiteral("findings"), json(findings));
    return o;
}

QJsonObject TlsRptResult::toJson() const
{
    QJsonObject o = partJson(status, error, &selection);
    o.insert(QStringLiteral("name"), name);
    if (selection.status == TxtSelection::Status::One) {
        o.insert(QStringLiteral("rua"), QJsonArray::fromStringList(record.rua));
        o.insert(QStringLiteral("problems"), json(record.problems));
    }
    o.insert(QStringLiteral("findings"), json(findings));
    return o;
}

QList<DnsFinding> DnsReport::findings() const
{
    return mx.findings + ptr.findings + spf.findings + dmarc.findings + mtaSts.findings + tlsRpt.findings + general;
}

DnsSeverity DnsReport::worstSeverity() const
{
    DnsSeverity worst = DnsSeverity::Ok;
    for (const DnsFinding &f : findings())
        worst = qMax(worst, f.severity);
    return worst;
}

QJsonObject DnsReport::toJson() const
{
    QJsonObject o{
        {QStringLiteral("domain"), domain},
        {QStringLiteral("address"), address.isNull() ? QJsonValue() : QJsonValue(address.toString())},
        {QStringLiteral("nameserver"), nameserver.isNull() ? QJsonValue() : QJsonValue(nameserver.toString())},
        {QStringLiteral("timeoutMs"), timeoutMs},
        {QStringLiteral("severity"), DnsSeverities::key(worstSeverity())},
        {QStringLiteral("mx"), mx.toJson()},
        {QStringLiteral("ptr"), ptr.toJson()},
        {QStringLiteral("spf"), spf.toJson()},
        {QStringLiteral("dmarc"), dmarc.toJson()},
        {QStringLiteral("mtaSts"), mtaSts.toJson()},
        {QStringLiteral("tlsRpt"), tlsRpt.toJson()}};
    o.insert(QStringLiteral("findings"), json(findings()));
    return o;
}

QString DnsReport::toText(ExplanationLanguage language) const
{
    QStringList out;
    const QString server =
        nameserver.isNull() ? label("the system resolver", "システムのリゾルバー", language) : nameserver.toString();
    out.append(label("DNS check", "DNS 検査", language) + QStringLiteral(": ") + domain + QStringLiteral("  (") +
               label("name server", "ネームサーバー", language) + QStringLiteral(": ") + server + u')');

    out.append(QStringLiteral("MX"));
    if (mx.kind == MxResult::Kind::NullMx)
        out.append(QStringLiteral("  0 .  (null MX)"));
    for (const MxHost &host : mx.hosts) {
        QStringList addresses;
        for (const QHostAddress &a : host.addresses)
            addresses.append(a.toString());
        const QString where =
            addresses.isEmpty() ? statusText(host.status, host.error, language) : addresses.join(QStringLiteral(", "));
        add(&out,
            QStringLiteral("  %1 %2%3  ")
                .arg(host.preference)
                .arg(host.name, host.implicit ? QStringLiteral(" (implicit MX)") : QString()),
            where);
    }
    if (mx.hosts.isEmpty() && mx.kind != MxResult::Kind::NullMx)
        add(&out, QStringLiteral("  "), statusText(mx.status, mx.error, language));

    if (ptr.status != DnsStatus::NotRun) {
        out.append(QStringLiteral("PTR %1 (%2)").arg(ptr.address.toString(), ptr.reverseName));
        for (const PtrName &n : ptr.names) {
            QStringList addresses;
            for (const QHostAddress &a : n.addresses)
                addresses.append(a.toString());
            out.append(QStringLiteral("  %1 -> %2%3")
                           .arg(n.name,
                                addresses.isEmpty() ? QStringLiteral("-") : addresses.join(QStringLiteral(", ")),
                                n.confirms ? QStringLiteral("  (FCrDNS)") : QString()));
        }
        if (ptr.names.isEmpty())
            add(&out, QStringLiteral("  "), statusText(ptr.status, ptr.error, language));
    }

    const auto txtPart = [&](const QString &title, DnsStatus status, const LocalizedText &error,
                             const TxtSelection &selection) {
        out.append(title);
        for (const QString &record : selection.records)
            out.append(QStringLiteral("  ") + record);
        if (selection.records.isEmpty())
            add(&out, QStringLiteral("  "),
                status == DnsStatus::Found ? label("no matching record", "該当するレコードなし", language)
                                           : statusText(status, error, language));
    };
    txtPart(QStringLiteral("SPF %1").arg(spf.domain), spf.status, spf.error, spf.selection);
    if (spf.selection.status == TxtSelection::Status::One)
        out.append(QStringLiteral("  ") + label("DNS lookups", "DNS 検索", language) +
                   QStringLiteral(": %1 / %2%3")
                       .arg(spf.totalLookups)
                       .arg(DnsRecords::kSpfLookupLimit)
                       .arg(spf.truncated ? QStringLiteral("+") : QString()));
    for (const SpfNode &node : spf.nodes)
        out.append(QStringLiteral("  %1%2%3 %4")
                       .arg(QString((node.depth) * 2, u' '), node.via,
                            node.via == QLatin1String("include") ? QStringLiteral(":") : QStringLiteral("="),
                            node.domain));
    txtPart(QStringLiteral("DMARC %1").arg(dmarc.name), dmarc.status, dmarc.error, dmarc.selection);
    if (dmarc.selection.status == TxtSelection::Status::One)
        add(&out, QStringLiteral("  "), dmarc.record.policyExplanation().text(language));
    txtPart(QStringLiteral("MTA-STS %1").arg(mtaSts.name), mtaSts.status, mtaSts.error, mtaSts.selection);
    txtPart(QStringLiteral("TLS-RPT %1").arg(tlsRpt.name), tlsRpt.status, tlsRpt.error, tlsRpt.selection);

    const QList<DnsFinding> all = findings();
    out.append(QString());
    out.append(label("Findings", "検査結果", language) + QStringLiteral(" (%1)").arg(all.size()));
    for (const DnsFinding &f : all)
        out.append(f.toText(language, 2));
    return out.join(u'\n');
}

#include "core/dns/DnsAnalysis.h"

#include <algorithm>

namespace {

/// Whether a TXT lookup got an answer to read (records, none, or no such name); when it did not,
/// `out` gets the finding that says why (nothing when the lookup never ran).
bool txtAnswered(DnsStatus status, const QString &name, const LocalizedText &error, QList<DnsFinding> *out)
{
    if (status == DnsStatus::TimedOut || status == DnsStatus::Failed)
        out->append(DnsAnalysis::lookupFailure(status, name + QStringLiteral(" TXT"), error));
    return status != DnsStatus::NotRun && status != DnsStatus::TimedOut && status != DnsStatus::Failed;
}

DnsFinding finding(const char *id, DnsSeverity severity, const QString &subject, const LocalizedText &detail = {})
{
    return {QString::fromLatin1(id), severity, subject, detail};
}

bool hasError(const QList<DnsFinding> &findings)
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [](const DnsFinding &f) { return f.severity == DnsSeverity::Error; });
}

QString joinAddresses(const QList<QHostAddress> &addresses)
{
    QStringList texts;
    for (const QHostAddress &a : addresses)
        texts.append(a.toString());
    return texts.join(QStringLiteral(", "));
}

// A record's own problems as findings: the ones with a finding of their own, the rest as "<check>.syntax".
void addProblems(const QList<RecordProblem> &problems, const QString &check, const LocalizedText &where,
                 QList<DnsFinding> *out)
{
    for (const RecordProblem &p : problems) {
        QString id = check + QStringLiteral(".syntax");
        if (check == QLatin1String("spf")) {
            if (p.code == QLatin1String("plus-all") || p.code == QLatin1String("neutral-all") ||
                p.code == QLatin1String("ptr") || p.code == QLatin1String("all-not-last") ||
                p.code == QLatin1String("no-all"))
                id = QStringLiteral("spf.") + p.code;
            else if (p.code == QLatin1String("redirect-with-all"))
                id = QStringLiteral("spf.all-not-last");
        }
        LocalizedText detail = p.message;
        if (!where.isEmpty()) {
            detail.en += u' ' + where.en;
            detail.ja += where.ja;
        }
        out->append({id, p.severity, p.term, detail});
    }
}

// The shared shape of MTA-STS and TLS-RPT: one TXT record at a fixed name.
template<typename Result>
QList<DnsFinding> policyFindings(const Result &r, const QString &check, const QList<RecordProblem> &problems,
                                 const LocalizedText &okDetail)
{
    QList<DnsFinding> out;
    const QString id = check + u'.';
    if (!txtAnswered(r.status, r.name, r.error, &out))
        return out;
    for (const QString &nearMiss : r.selection.nearMisses)
        out.append({id + QStringLiteral("syntax"), DnsSeverity::Error, nearMiss,
                    LocalizedText::fromUtf8(
                        "This TXT record names the policy but does not start with its version "
                        "tag, so receivers ignore it.",
                        "この TXT レコードはポリシーを記述していますが、バージョンのタグで始まっていないため、"
                        "受信側には無視されます。")});
    switch (r.selection.status) {
    case TxtSelection::Status::None:
        out.append({id + QStringLiteral("missing"), DnsSeverity::Info, r.name, {}});
        break;
    case TxtSelection::Status::Multiple:
        out.append(
            {id + QStringLiteral("multiple"), DnsSeverity::Error, r.selection.records.join(QStringLiteral(" | ")), {}});
        break;
    case TxtSelection::Status::One:
        addProblems(problems, check, {}, &out);
        if (!hasError(out))
            out.append({id + QStringLiteral("ok"), DnsSeverity::Ok, r.selection.record(), okDetail});
        break;
    }
    return out;
}

} // namespace

LocalizedText DnsAnalysis::timeoutText(int timeoutMs)
{
    const QString seconds = QString::number(timeoutMs / 1000.0, 'g', 3);
    return LocalizedText::fromUtf8("No answer from the name server within %1 s.",
                                   "%1 秒以内にネームサーバーから応答がありませんでした。")
        .arg(seconds);
}

DnsFinding DnsAnalysis::lookupFailure(DnsStatus status, const QString &subject, const LocalizedText &error)
{
    return finding(status == DnsStatus::TimedOut ? "dns.timeout" : "dns.failure", DnsSeverity::Error, subject, error);
}

QList<DnsFinding> DnsAnalysis::mxFindings(const MxResult &r)
{
    QList<DnsFinding> out;
    switch (r.kind) {
    case MxResult::Kind::Failed:
        if (r.status != DnsStatus::NotRun)
            out.append(lookupFailure(r.status, r.domain + QStringLiteral(" MX"), r.error));
        return out;
    case MxResult::Kind::NoDomain:
        out.append(finding("mx.nxdomain", DnsSeverity::Error, r.domain));
        return out;
    case MxResult::Kind::NullMx:
        out.append(finding("mx.null", DnsSeverity::Info, r.domain + QStringLiteral(" MX 0 .")));
        return out;
    case MxResult::Kind::NoMail:
        out.append(finding("mx.none", DnsSeverity::Error, r.domain,
                           r.hosts.isEmpty() ? LocalizedText() : r.hosts.constFirst().error));
        return out;
    case MxResult::Kind::Implicit:
        out.append(finding("mx.implicit", DnsSeverity::Warning, r.domain,
                           LocalizedText::fromUtf8("Mail goes to the domain's own address: %1.",
                                                   "メールはドメイン自身のアドレス（%1）に配送されます。")
                               .arg(r.hosts.isEmpty() ? QString() : joinAddresses(r.hosts.constFirst().addresses))));
        return out;
    case MxResult::Kind::Hosts:
        break;
    }
    if (r.nullMixed)
        out.append(finding("mx.null-mixed", DnsSeverity::Error, r.domain + QStringLiteral(" MX 0 .")));
    const bool anyAddress = r.acceptsMail();
    for (const MxHost &host : r.hosts) {
        const QString subject = QStringLiteral("MX %1 %2").arg(host.preference).arg(host.name);
        QHostAddress literal;
        if (literal.setAddress(host.name)) {
            out.append(finding("mx.host-is-address", DnsSeverity::Error, subject));
            continue;
        }
        if (!host.hasAddresses())
            out.append(finding("mx.host-no-address", anyAddress ? DnsSeverity::Warning : DnsSeverity::Error, subject,
                               host.error));
        if (!host.canonicalName.isEmpty())
            out.append(finding("mx.host-cname", DnsSeverity::Warning, subject,
                               LocalizedText::fromUtf8("%1 is an alias of %2.", "%1 は %2 の別名（CNAME）です。")
                                   .arg(host.name, host.canonicalName)));
    }
    if (anyAddress && out.isEmpty()) {
        const MxHost &first = r.hosts.at(r.nextCandidate());
        out.append(finding("mx.ok", DnsSeverity::Ok, r.domain,
                           LocalizedText::fromUtf8("%1 MX host(s); the first to try is %2 (%3).",
                                                   "MX ホストは %1 件で、最初の接続先は %2（%3）です。")
                               .arg(QString::number(r.hosts.size()), first.name, joinAddresses(first.addresses))));
    }
    return out;
}

QList<DnsFinding> DnsAnalysis::ptrFindings(const PtrResult &r)
{
    QList<DnsFinding> out;
    const QString address = r.address.toString();
    switch (r.status) {
    case DnsStatus::NotRun:
        return out;
    case DnsStatus::TimedOut:
    case DnsStatus::Failed:
        out.append(lookupFailure(r.status, r.reverseName + QStringLiteral(" PTR"), r.error));
        return out;
    case DnsStatus::NoDomain:
    case DnsStatus::NoRecords:
        out.append(finding("ptr.missing", DnsSeverity::Error, QStringLiteral("%1 (%2)").arg(address, r.reverseName)));
        return out;
    case DnsStatus::Found:
        break;
    }
    QStringList names;
    for (const PtrName &n : r.names)
        names.append(n.name);
    const QString confirmed = r.confirmedName();
    if (confirmed.isEmpty()) {
        LocalizedText detail;
        for (const PtrName &n : r.names) {
            const LocalizedText line = n.addresses.isEmpty()
                                           ? LocalizedText::fromUtf8("%1 has no address of this family.",
                                                                     "%1 にはこの種類のアドレスがありません。")
                                                 .arg(n.name)
                                           : LocalizedText::fromUtf8("%1 resolves to %2, not to %3.",
                                                                     "%1 を正引きすると %2 で、%3 は含まれません。")
                                                 .arg(n.name, joinAddresses(n.addresses), address);
            detail.en += (detail.en.isEmpty() ? QString() : QStringLiteral(" ")) + line.en;
            detail.ja += line.ja;
        }
        out.append(finding("ptr.not-confirmed", DnsSeverity::Error,
                           QStringLiteral("%1 → %2").arg(address, names.join(QStringLiteral(", "))), detail));
    } else {
        out.append(finding("ptr.ok", DnsSeverity::Ok, QStringLiteral("%1 → %2").arg(address, confirmed)));
    }
    const QString shown = confirmed.isEmpty() ? names.value(0) : confirmed;
    if (!shown.isEmpty() && DnsRecords::looksGeneric(shown, r.address))
        out.append(finding("ptr.generic", DnsSeverity::Warning, shown));
    return out;
}

QList<DnsFinding> DnsAnalysis::spfFindings(const SpfResult &r)
{
    QList<DnsFinding> out;
    if (!txtAnswered(r.status, r.domain, r.error, &out))
        return out;
    for (const QString &nearMiss : r.selection.nearMisses)
        out.append(finding(
            "spf.syntax", DnsSeverity::Error, nearMiss,
            LocalizedText::fromUtf8("This TXT record mentions spf1 but does not start with \"v=spf1\" "
                                    "followed by a space, so receivers ignore it.",
                                    "この TXT レコードには spf1 とありますが、「v=spf1」と空白で始まっていないため、"
                                    "受信側には無視されます。")));
    if (r.selection.status == TxtSelection::Status::None) {
        out.append(finding("spf.none", DnsSeverity::Warning, r.domain));
        return out;
    }
    if (r.selection.status == TxtSelection::Status::Multiple) {
        out.append(finding(
            "spf.multiple", DnsSeverity::Error, r.selection.records.join(QStringLiteral(" | ")),
            LocalizedText::fromUtf8("%1 records start with v=spf1.", "v=spf1 で始まるレコードが %1 件あります。")
                .arg(QString::number(r.selection.records.size()))));
        return out;
    }
    addProblems(r.record.problems, QStringLiteral("spf"), {}, &out);
    for (const SpfNode &node : r.nodes) {
        const QString subject = node.via + (node.via == QLatin1String("include") ? u':' : u'=') + node.domain;
        if (!node.error.isEmpty()) {
            out.append(finding("spf.include-error", DnsSeverity::Error, subject, node.error));
            continue;
        }
        QList<RecordProblem> errors;
        for (const RecordProblem &p : node.record.problems) {
            if (p.severity == DnsSeverity::Error)
                errors.append(p);
        }
        addProblems(
            errors, QStringLiteral("spf"),
            LocalizedText::fromUtf8("(In the record of %1, reached through %2.)", "（%2 で参照している %1 のレコード）")
                .arg(node.domain, subject),
            &out);
    }
    const QString limit = QString::number(DnsRecords::kSpfLookupLimit);
    if (r.totalLookups > DnsRecords::kSpfLookupLimit) {
        LocalizedText detail =
            LocalizedText::fromUtf8("%1 DNS-querying terms in all (the limit is %2): %3 in the record "
                                    "itself, the rest in the records it includes.",
                                    "DNS 検索を伴う項目が合計 %1 個あります（上限は %2 個）。レコード自体に %3 個、"
                                    "残りは参照先のレコードにあります。")
                .arg(QString::number(r.totalLookups), limit, QString::number(r.record.lookupCount));
        if (r.truncated) {
            detail.en += QStringLiteral(" Following stopped early: the real count is higher.");
            detail.ja += QStringLiteral("参照先の追跡を途中で打ち切ったため、実際の数はさらに多くなります。");
        }
        out.append(finding("spf.too-many-lookups", DnsSeverity::Error, r.selection.record(), detail));
    }
    if (r.voidLookups > DnsRecords::kSpfVoidLookupLimit)
        out.append(
            finding("spf.void-lookups", DnsSeverity::Error, r.selection.record(),
                    LocalizedText::fromUtf8("%1 include:/redirect= targets have no answer (the limit is %2).",
                                            "include:／redirect= の参照先のうち %1 件で応答が空です（上限は %2 件）。")
                        .arg(QString::number(r.voidLookups), QString::number(DnsRecords::kSpfVoidLookupLimit))));
    if (!hasError(out))
        out.append(
            finding("spf.ok", DnsSeverity::Ok, r.selection.record(),
                    LocalizedText::fromUtf8("%1 of %2 DNS lookups used.", "DNS 検索は上限 %2 回のうち %1 回です。")
                        .arg(QString::number(r.totalLookups), limit)));
    return out;
}

QList<DnsFinding> DnsAnalysis::dmarcFindings(const DmarcResult &r)
{
    QList<DnsFinding> out;
    if (!txtAnswered(r.status, r.name, r.error, &out))
        return out;
    for (const QString &nearMiss : r.selection.nearMisses)
        out.append(finding("dmarc.syntax", DnsSeverity::Error, nearMiss,
                           LocalizedText::fromUtf8("A DMARC record must start with \"v=DMARC1\" (in capitals); "
                                                   "receivers ignore this one.",
                                                   "DMARC レコードは「v=DMARC1」（大文字）で始める必要があります。"
                                                   "このレコードは受信側に無視されます。")));
    const QString org = DnsRecords::organizationalDomain(r.domain);
    if (r.selection.status == TxtSelection::Status::None) {
        LocalizedText detail;
        if (org != DnsRecords::normalizedName(r.domain))
            detail = LocalizedText::fromUtf8("Looked at _dmarc.%1 and at the organisational domain _dmarc.%2.",
                                             "_dmarc.%1 と、組織ドメインの _dmarc.%2 を確認しました。")
                         .arg(DnsRecords::normalizedName(r.domain), org);
        out.append(finding("dmarc.none", DnsSeverity::Warning, r.name, detail));
        return out;
    }
    if (r.selection.status == TxtSelection::Status::Multiple) {
        out.append(finding("dmarc.multiple", DnsSeverity::Error, r.selection.records.join(QStringLiteral(" | "))));
        return out;
    }
    if (r.organizational)
        out.append(finding(
            "dmarc.organizational", DnsSeverity::Info, r.name,
            LocalizedText::fromUtf8("No record at _dmarc.%1; this one is at the organisational domain, "
                                    "taken as the last two labels (%2).",
                                    "_dmarc.%1 にはレコードがなく、組織ドメイン（末尾の 2 ラベルとみなした %2）の"
                                    "レコードが使われます。")
                .arg(DnsRecords::normalizedName(r.domain), org)));
    addProblems(r.record.problems, QStringLiteral("dmarc"), {}, &out);
    if (r.record.policy == QLatin1String("none"))
        out.append(finding("dmarc.policy-none", DnsSeverity::Info, r.selection.record(), r.record.policyExplanation()));
    if (r.record.percent < 100 && !r.record.policy.isEmpty() && r.record.policy != QLatin1String("none"))
        out.append(finding("dmarc.pct", DnsSeverity::Info, QStringLiteral("pct=%1").arg(r.record.percent),
                           r.record.policyExplanation()));
    if (r.record.rua.isEmpty())
        out.append(finding("dmarc.no-rua", DnsSeverity::Info, r.selection.record()));
    if (!hasError(out))
        out.append(finding("dmarc.ok", DnsSeverity::Ok, r.selection.record(), r.record.policyExplanation()));
    return out;
}

QList<DnsFinding> DnsAnalysis::mtaStsFindings(const MtaStsResult &r)
{
    const LocalizedText ok =
        LocalizedText::fromUtf8(
            "Policy id %1. The policy itself is at https://mta-sts.%2/.well-known/mta-sts.txt; "
            "this check does not fetch it.",
            "ポリシー ID は %1 です。ポリシー本体は https://mta-sts.%2/.well-known/mta-sts.txt にあり、"
            "この検査では取得していません。")
            .arg(r.record.id, DnsRecords::normalizedName(r.domain));
    return policyFindings(r, QStringLiteral("mta-sts"), r.record.problems, ok);
}

QList<DnsFinding> DnsAnalysis::tlsRptFindings(const TlsRptResult &r)
{
    const LocalizedText ok = LocalizedText::fromUtf8("Reports go to %1.", "レポートの送付先は %1 です。")
                                 .arg(r.record.rua.join(QStringLiteral(", ")));
    return policyFindings(r, QStringLiteral("tls-rpt"), r.record.problems, ok);
}

QList<DnsFinding> DnsAnalysis::generalFindings(const DnsReport &report)
{
    // Qt 6.4 reports "no records" and "no name server at that address" alike (README.md): when not one
    // lookup got a definite answer, say that the server may not be there at all.
    QList<DnsStatus> statuses{report.mx.status,     report.spf.status,    report.dmarc.status,
                              report.mtaSts.status, report.tlsRpt.status, report.ptr.status};
    for (const MxHost &host : report.mx.hosts)
        statuses.append(host.status);
    const bool anyDefinite = std::any_of(statuses.cbegin(), statuses.cend(), DnsStatuses::isDefinite);
    const bool anyEmpty = statuses.contains(DnsStatus::NoRecords);
    if (anyDefinite || !anyEmpty)
        return {};
    const QString server =
        report.nameserver.isNull() ? QStringLiteral("system resolver") : report.nameserver.toString();
    return {finding("dns.no-answers", DnsSeverity::Warning, server)};
}

#pragma once

#include "core/dns/DnsFinding.h"
#include "core/dns/DnsRecords.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

/// How a lookup (or a part of a check) ended.
enum class DnsStatus
{
    NotRun,    ///< not asked (no address given for PTR, or the check was cut short)
    Found,     ///< records of the type were there
    NoRecords, ///< the name exists without such records (see README.md: Qt 6.4 reports this as an invalid reply)
    NoDomain,  ///< NXDOMAIN: the name does not exist
    TimedOut,  ///< no answer within the timeout
    Failed     ///< SERVFAIL, REFUSED, a broken answer, …
};

namespace DnsStatuses {
/// "not-run", "found", "no-records", "no-domain", "timed-out", "failed".
QString key(DnsStatus status);
/// Whether the name server gave a definite answer (records or NXDOMAIN).
inline bool isDefinite(DnsStatus status)
{
    return status == DnsStatus::Found || status == DnsStatus::NoDomain;
}
} // namespace DnsStatuses

/// One host to deliver to: an MX host, or the domain itself as the implicit MX.
struct MxHost
{
    QString name;
    quint16 preference = 0;
    bool implicit = false;                ///< the domain's own A/AAAA (RFC 5321 §5.1), no MX record
    QList<QHostAddress> addresses;        ///< A first, then AAAA, in DNS order
    QString canonicalName;                ///< set when the name is an alias (CNAME), which an MX must not be
    DnsStatus status = DnsStatus::NotRun; ///< of the address lookups: Found when there is an address
    LocalizedText error;                  ///< why there is no address; empty when there is one

    bool hasAddresses() const { return !addresses.isEmpty(); }
    QJsonObject toJson() const;
};

/// Where a domain's mail goes: the hosts to try, in order, each with its addresses.
struct MxResult
{
    enum class Kind
    {
        Hosts,    ///< MX records name the hosts
        Implicit, ///< no MX records, the domain's own A/AAAA
        NullMx,   ///< "MX 0 .": the domain accepts no mail (RFC 7505)
        NoMail,   ///< no MX records and no address either
        NoDomain, ///< NXDOMAIN
        Failed    ///< the MX lookup timed out or failed
    };
    QString domain;
    Kind kind = Kind::Failed;
    DnsStatus status = DnsStatus::NotRun; ///< of the MX lookup itself
    LocalizedText error;                  ///< when the MX lookup timed out or failed
    bool nullMixed = false;               ///< a "." MX beside other MX records (left out of hosts)
    /// The hosts to try, in order: by preference, equal preferences in the order of the DNS answer
    /// (stable, so a troubleshooting run is repeatable; RFC 5321 §5.1 would shuffle them).
    QList<MxHost> hosts;
    QList<DnsFinding> findings;

    /// The index of the next host worth connecting to after `after` (-1: the first), skipping hosts
    /// without an address; -1 when there is none left. "Try every MX in order" is a loop over this.
    qsizetype nextCandidate(qsizetype after = -1) const;
    /// Whether some host has an address to connect to.
    bool acceptsMail() const { return nextCandidate() >= 0; }
    static QString kindKey(Kind kind);
    QJsonObject toJson() const;
};

/// One name from a PTR record, with its forward lookup.
struct PtrName
{
    QString name;
    QList<QHostAddress> addresses; ///< A (IPv4 address) or AAAA (IPv6 address) of the name
    DnsStatus status = DnsStatus::NotRun;
    bool confirms = false; ///< the addresses include the address asked about (FCrDNS)
};

/// Reverse DNS of an address and its forward confirmation.
struct PtrResult
{
    QHostAddress address;
    QString reverseName;                  ///< "5.2.0.192.in-addr.arpa"
    DnsStatus status = DnsStatus::NotRun; ///< of the PTR lookup
    LocalizedText error;
    QList<PtrName> names;
    QList<DnsFinding> findings;

    /// The first PTR name whose forward lookup gives the address back; empty when none does.
    QString confirmedName() const;
    /// Compares the PTR names with the names a host announced (greeting, EHLO/HELO): a "match" finding
    /// when one of them is a PTR name, a "mismatch" finding otherwise; nothing without a PTR name.
    QList<DnsFinding> compareWithNames(const QStringList &announced) const;
    QJsonObject toJson() const;
};

/// A record reached through include: or redirect= while counting SPF lookups.
struct SpfNode
{
    QString domain;
    QString via;   ///< "include" or "redirect"
    QString from;  ///< the domain whose record named it
    int depth = 1; ///< 1 for the top record's includes
    QString order; ///< depth-first position ("1", "1.2", …), for a stable order
    DnsStatus status = DnsStatus::NotRun;
    LocalizedText error; ///< why it could not be followed (no SPF record, loop, macro, timeout, …)
    TxtSelection selection;
    SpfRecord record;
};

/// SPF of a domain (RFC 7208), with include:/redirect= followed to count DNS lookups.
struct SpfResult
{
    QString domain;
    DnsStatus status = DnsStatus::NotRun;
    LocalizedText error;
    TxtSelection selection;
    SpfRecord record;       ///< the one v=spf1 record (parsed), when there is exactly one
    QList<SpfNode> nodes;   ///< the records reached, depth-first
    int totalLookups = 0;   ///< every DNS-querying term of the top record and the records reached
    int voidLookups = 0;    ///< include:/redirect= targets with no answer (NXDOMAIN or no records)
    bool truncated = false; ///< following stopped at the bound; totalLookups is then a minimum
    QList<DnsFinding> findings;
    QJsonObject toJson() const;
};

/// DMARC of a domain (RFC 7489), at the domain or, failing that, at its organisational domain.
struct DmarcResult
{
    QString domain;
    QString name;                ///< the name asked last: "_dmarc.example.com"
    bool organizational = false; ///< found (or looked for) at the organisational domain
    DnsStatus status = DnsStatus::NotRun;
    LocalizedText error;
    TxtSelection selection;
    DmarcRecord record;
    QList<DnsFinding> findings;
    QJsonObject toJson() const;
};

/// MTA-STS TXT record of a domain (RFC 8461 §3.1). The policy file itself is not fetched.
struct MtaStsResult
{
    QString domain;
    QString name; ///< "_mta-sts.example.com"
    DnsStatus status = DnsStatus::NotRun;
    LocalizedText error;
    TxtSelection selection;
    MtaStsRecord record;
    QList<DnsFinding> findings;
    QJsonObject toJson() const;
};

/// TLS-RPT record of a domain (RFC 8460 §3).
struct TlsRptResult
{
    QString domain;
    QString name; ///< "_smtp._tls.example.com"
    DnsStatus status = DnsStatus::NotRun;
    LocalizedText error;
    TxtSelection selection;
    TlsRptRecord record;
    QList<DnsFinding> findings;
    QJsonObject toJson() const;
};

/// Everything DnsCheck::check() found about a domain (and an address), with findings per part.
struct DnsReport
{
    QString domain;
    QHostAddress address;    ///< null when no address was given (PTR not checked)
    QHostAddress nameserver; ///< null: the system resolver
    int timeoutMs = 0;
    MxResult mx;
    PtrResult ptr;
    SpfResult spf;
    DmarcResult dmarc;
    MtaStsResult mtaSts;
    TlsRptResult tlsRpt;
    QList<DnsFinding> general; ///< about the name server itself ("dns.no-answers")

    /// Every finding: MX, PTR, SPF, DMARC, MTA-STS, TLS-RPT, then the general ones.
    QList<DnsFinding> findings() const;
    /// The worst severity among the findings (Ok when there are none).
    DnsSeverity worstSeverity() const;
    QJsonObject toJson() const;
    /// A plain-text report: what was found per part, then every finding with its fixes.
    QString toText(ExplanationLanguage language) const;
};

#pragma once

#include "core/dns/DnsFinding.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

/// One problem inside a TXT policy record (SPF, DMARC, MTA-STS, TLS-RPT), found by DnsRecords.
struct RecordProblem
{
    QString code;                              ///< stable: "unknown-mechanism", "bad-cidr", "p-missing", …
    DnsSeverity severity = DnsSeverity::Error; ///< Error: receivers treat the record as broken
    QString term;                              ///< the term or tag as written
    LocalizedText message;                     ///< what is wrong, in both languages
};

/// Which TXT records at a name carry a given policy: none, exactly one, or several (an error for
/// every policy here, e.g. SPF's permerror, RFC 7208 §4.5).
struct TxtSelection
{
    enum class Status
    {
        None,
        One,
        Multiple
    };
    Status status = Status::None;
    QStringList records;    ///< the records that carry the policy, in DNS order
    QStringList nearMisses; ///< records that name the policy's version but do not start with it
    QString record() const { return records.value(0); }
};

/// One term of an SPF record (RFC 7208 §4.6.1): a directive (qualifier + mechanism) or a modifier.
struct SpfTerm
{
    enum class Qualifier : char
    {
        Pass = '+',
        Fail = '-',
        SoftFail = '~',
        Neutral = '?'
    };
    QString text;  ///< as written
    QString name;  ///< lower case: "ip4", "include", "all", "redirect", …
    QString value; ///< after ':' or '=', without a CIDR suffix
    QString cidr;  ///< "/24", "//64" or "/24//64"; empty when none
    bool isModifier = false;
    Qualifier qualifier = Qualifier::Pass;

    /// Whether evaluating the term costs a DNS lookup (RFC 7208 §4.6.4).
    bool countsLookup() const;
};

/// A parsed SPF record (RFC 7208).
struct SpfRecord
{
    QString text;
    QList<SpfTerm> terms; ///< every term after "v=spf1", in order
    QList<RecordProblem> problems;
    int lookupCount = 0;  ///< DNS-querying terms in this record alone (include, a, mx, ptr, exists, redirect)
    QStringList includes; ///< include: targets, in order
    QString redirect;     ///< the redirect= target, empty when none
    std::optional<SpfTerm::Qualifier> allQualifier; ///< the first "all", when there is one

    /// The mechanisms and modifiers in order, as written without qualifier ("ip4:192.0.2.1", "include:…").
    QStringList mechanisms() const;
    /// Any problem that makes receivers reject the record (a permerror).
    bool hasErrors() const;
};

/// A parsed DMARC record (RFC 7489 §6.3), with the defaults filled in.
struct DmarcRecord
{
    QString text;
    QList<std::pair<QString, QString>> tags; ///< as written, in order
    QList<RecordProblem> problems;
    QString policy;          ///< "none", "quarantine", "reject"; empty when missing or invalid
    QString subdomainPolicy; ///< sp=, else the policy
    int percent = 100;
    QStringList rua;
    QStringList ruf;
    QString adkim = QStringLiteral("r");
    QString aspf = QStringLiteral("r");

    bool hasErrors() const;
    /// What the policy asks receivers to do with failing mail, in a sentence.
    LocalizedText policyExplanation() const;
};

/// A parsed MTA-STS TXT record (RFC 8461 §3.1): "v=STSv1; id=…".
struct MtaStsRecord
{
    QString text;
    QString id;
    QList<RecordProblem> problems;
    bool hasErrors() const;
};

/// A parsed TLS-RPT record (RFC 8460 §3): "v=TLSRPTv1; rua=mailto:…,https://…".
struct TlsRptRecord
{
    QString text;
    QStringList rua;
    QList<RecordProblem> problems;
    bool hasErrors() const;
};

/// One MX record as read from DNS. A null MX has the exchange "." (QDnsLookup gives "").
struct MxRecord
{
    QString exchange;
    quint16 preference = 0;
};

/// What a domain's MX records say about where its mail goes (RFC 5321 §5.1, RFC 7505).
struct MxClassification
{
    enum class Kind
    {
        Hosts,  ///< MX records name the hosts to try
        NullMx, ///< a single "." MX: the domain accepts no mail (RFC 7505)
        NoMx,   ///< the domain exists without MX records: the implicit MX is its own A/AAAA
        NoDomain
    };
    Kind kind = Kind::NoMx;
    /// Hosts: the order to try. By preference, lowest first; equal preferences keep the DNS order
    /// (RFC 5321 §5.1 asks senders to shuffle them; a troubleshooting tool wants the same order on
    /// every run, so the order of the answer is kept and the text says so).
    QList<MxRecord> hosts;
    bool nullMixed = false; ///< a "." MX beside other MX records (RFC 7505 §3 forbids it); it is left out
};

/// Pure parsers and helpers for the DNS checks: no I/O, every function data-table tested.
class DnsRecords final
{
public:
    static constexpr int kSpfLookupLimit = 10;    ///< RFC 7208 §4.6.4
    static constexpr int kSpfVoidLookupLimit = 2; ///< RFC 7208 §4.6.4
    static constexpr int kMtaStsIdMaxLength = 32; ///< RFC 8461 §3.1

    /// A TXT record's character-strings joined without separators (RFC 7208 §3.3).
    static QString joinTxt(const QList<QByteArray> &strings);

    static TxtSelection selectSpf(const QStringList &txt);    ///< "v=spf1" then a space or the end
    static TxtSelection selectDmarc(const QStringList &txt);  ///< "v=DMARC1" first
    static TxtSelection selectMtaSts(const QStringList &txt); ///< "v=STSv1" first
    static TxtSelection selectTlsRpt(const QStringList &txt); ///< "v=TLSRPTv1" first

    static SpfRecord parseSpf(const QString &record);
    static DmarcRecord parseDmarc(const QString &record);
    static MtaStsRecord parseMtaSts(const QString &record);
    static TlsRptRecord parseTlsRpt(const QString &record);

    static bool isNullMx(const MxRecord &record);
    static MxClassification classifyMx(const QList<MxRecord> &records, bool noSuchDomain);

    /// "5.2.0.192.in-addr.arpa" for 192.0.2.5; the nibble form under ip6.arpa for IPv6 (RFC 3596 §2.5);
    /// an IPv4-mapped IPv6 address counts as its IPv4 address. Empty for a null address.
    static QString reverseName(const QHostAddress &address);
    /// The address without an IPv4-mapped IPv6 wrapper and scope, for comparisons.
    static QHostAddress plainAddress(const QHostAddress &address);
    /// Lower case, trimmed, without the root's trailing dot.
    static QString normalizedName(const QString &name);
    /// Whether the text is a plausible domain name (labels of letters, digits, '-' and '_').
    static bool isDomainName(const QString &name);
    /// The organisational domain, simplified to the last two labels (RFC 7489 §3.2 uses the Public
    /// Suffix List; "example.co.jp" comes out wrong here, and the finding says so).
    static QString organizationalDomain(const QString &domain);
    /// A PTR name that looks generic (built from the address, or "dynamic", "pool", "dsl", …).
    static bool looksGeneric(const QString &ptrName, const QHostAddress &address);
};

#pragma once

#include "core/dns/DnsReport.h"

/// Turns what the lookups found into findings (pure: no I/O, so every rule is unit-tested).
/// DnsCheck calls these when a part is complete; the findings are in a stable order.
class DnsAnalysis final
{
public:
    static QList<DnsFinding> mxFindings(const MxResult &result);
    static QList<DnsFinding> ptrFindings(const PtrResult &result);
    static QList<DnsFinding> spfFindings(const SpfResult &result);
    static QList<DnsFinding> dmarcFindings(const DmarcResult &result);
    static QList<DnsFinding> mtaStsFindings(const MtaStsResult &result);
    static QList<DnsFinding> tlsRptFindings(const TlsRptResult &result);
    /// About the name server: "dns.no-answers" when no part of the report got a definite answer.
    static QList<DnsFinding> generalFindings(const DnsReport &report);

    /// "No answer from the name server within 5 s." in both languages.
    static LocalizedText timeoutText(int timeoutMs);
    /// A timeout or failure of a part's main lookup as a finding ("dns.timeout" / "dns.failure").
    static DnsFinding lookupFailure(DnsStatus status, const QString &subject, const LocalizedText &error);
};

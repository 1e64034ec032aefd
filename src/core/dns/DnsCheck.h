#pragma once

#include "core/dns/DnsReport.h"
#include "core/smtp/EnhancedStatusCode.h"

#include <QDnsLookup>
#include <QHash>
#include <QHostAddress>
#include <QObject>

#include <functional>
#include <memory>

class QTimer;

// DNS and deliverability checks over QDnsLookup (Qt 6.4).
//
// What QDnsLookup in Qt 6.4 cannot do, and the routes around it, are in README.md beside this
// file. In short: no TLSA (DANE), no DNSSEC status (AD bit), no SOA, port 53 only, no EDNS/TCP
// control; an empty answer (NOERROR, no records) and an unreachable name server both come back as
// "invalid reply" — the checks read that as "no records" and add "dns.no-answers" when nothing at
// all got a definite answer. A lookup in flight cannot be stopped: on timeout or cancel the
// QDnsLookup is aborted and deleted (so it never blocks the application's exit on Qt's blocking
// result delivery), but Qt's worker thread waits for the C resolver (about 10 s with the default
// resolv.conf) before the process can exit.

/// Checks a domain's mail DNS: MX (with null and implicit MX), PTR with forward confirmation, SPF
/// (following include:/redirect= to count lookups), DMARC, MTA-STS and TLS-RPT. Everything is
/// asynchronous: a method starts lookups and a signal brings the result. Every lookup has its own
/// timeout. One operation at a time: starting one cancels the one running (use one DnsCheck per
/// concurrent task). Destroy it (or cancel()) before the QCoreApplication.
class DnsCheck final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultTimeoutMs = 5000;
    static constexpr int kMaxMxHosts = 10;    ///< MX hosts resolved at most (the rest are listed without addresses)
    static constexpr int kMaxPtrNames = 5;    ///< PTR names confirmed at most
    static constexpr int kMaxSpfRecords = 30; ///< include:/redirect= records followed at most

    explicit DnsCheck(QObject *parent = nullptr);
    ~DnsCheck() override;

    /// The name server to ask (port 53: Qt 6.4 has no other); a null address means the system resolver.
    void setNameserver(const QHostAddress &nameserver) { m_nameserver = nameserver; }
    QHostAddress nameserver() const { return m_nameserver; }
    /// How long each single lookup may take before it counts as unanswered.
    void setTimeout(int msec) { m_timeoutMs = qMax(1, msec); }
    int timeout() const { return m_timeoutMs; }
    bool isRunning() const { return m_active; }

    /// The hosts to deliver to, in order → mxResolved().
    void resolveMx(const QString &domain);
    /// PTR of the address and the forward confirmation of each name → ptrResolved().
    void resolvePtr(const QHostAddress &address);
    void checkSpf(const QString &domain);    ///< → spfChecked()
    void checkDmarc(const QString &domain);  ///< → dmarcChecked()
    void checkMtaSts(const QString &domain); ///< → mtaStsChecked()
    void checkTlsRpt(const QString &domain); ///< → tlsRptChecked()
    /// All of the above at once (PTR only with an address) → finished(), once. `announcedNames` are the
    /// names the host at `address` gave itself (its greeting, its EHLO reply): the PTR is compared with them.
    void check(const QString &domain, const QHostAddress &address = {}, const QStringList &announcedNames = {});
    /// Stops the running operation; no signal follows.
    void cancel();

    /// The checks worth running after a reply ("ptr", "mx", "spf", "dmarc", "mta-sts", "tls-rpt", "dns"),
    /// most useful first; empty when DNS is unlikely to be the cause. From the knowledge base's
    /// "replies" rules of the DNS findings (ReferenceCatalog::dnsFindingsForReply).
    static QStringList checksForReply(int code, const EnhancedStatusCode &enhanced, const QString &text);
    /// The domain those checks are about: the recipient's for "mx" (where the mail goes), otherwise the
    /// sender's (SPF, DMARC and PTR describe the sending side); the other one when that is missing.
    static QString domainForChecks(const QStringList &checks, const QString &mailFrom, const QStringList &recipients);

Q_SIGNALS:
    void mxResolved(const MxResult &result);
    void ptrResolved(const PtrResult &result);
    void spfChecked(const SpfResult &result);
    void dmarcChecked(const DmarcResult &result);
    void mtaStsChecked(const MtaStsResult &result);
    void tlsRptChecked(const TlsRptResult &result);
    void finished(const DnsReport &report);

private:
    struct Answer;
    using Callback = std::function<void(const Answer &)>;
    struct Pending
    {
        QTimer *timer = nullptr;
        Callback done;
    };
    struct SpfWalk;

    void start();
    /// Runs `work` from the event loop, unless the operation is cancelled (or replaced) first.
    void soon(std::function<void()> work);
    void query(QDnsLookup::Type type, const QString &name, Callback done);
    void complete(QDnsLookup *lookup, const Answer &answer);
    Answer answerOf(const QDnsLookup &lookup) const;

    void runMx(const QString &domain, std::function<void(const MxResult &)> done);
    void resolveHosts(std::shared_ptr<MxResult> result, std::function<void(const MxResult &)> done);
    void runPtr(const QHostAddress &address, std::function<void(const PtrResult &)> done);
    void runSpf(const QString &domain, std::function<void(const SpfResult &)> done);
    static void finishSpf(const std::shared_ptr<SpfWalk> &walk);
    void followSpf(std::shared_ptr<SpfWalk> walk, const SpfRecord &record, const QStringList &chain,
                   const QString &order, int depth);
    void runDmarc(const QString &domain, std::function<void(const DmarcResult &)> done);
    void runMtaSts(const QString &domain, std::function<void(const MtaStsResult &)> done);
    void runTlsRpt(const QString &domain, std::function<void(const TlsRptResult &)> done);

    QHostAddress m_nameserver;
    int m_timeoutMs = kDefaultTimeoutMs;
    bool m_active = false;
    quint64 m_generation = 0; ///< bumped by cancel(): what was queued before is stale
    QHash<QDnsLookup *, Pending> m_pending;
};

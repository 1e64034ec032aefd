#pragma once

#include "core/dns/DnsReport.h"
#include "core/smtp/SessionSettings.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

class DnsCheck;
class PracticeServer;

/// Turns where the user wants to go (SessionSettings::target) into a host and port before a session
/// starts: a domain's most preferred MX (looked up with DnsCheck, asynchronously), or the practice
/// server built into SMTP Doctor. A plain host passes through. The notes say what was chosen and why,
/// for the transcript; a domain that takes no mail (null MX, no MX and no address, no such domain)
/// fails with the explanation instead of a connection attempt.
class TargetResolver final : public QObject
{
    Q_OBJECT

public:
    struct Resolution
    {
        SessionSettings settings; ///< host and port to connect to; target and domain kept as asked
        QStringList notes;        ///< what was looked up and chosen, in the UI language
        std::optional<MxResult> mx;
        qsizetype mxIndex = -1; ///< the MX host chosen, in mx->hosts
    };

    explicit TargetResolver(QObject *parent = nullptr);
    ~TargetResolver() override;

    /// The practice server Target::Practice uses (not owned); it is started when needed.
    void setPracticeServer(PracticeServer *server);
    /// The name server for MX lookups (tests); null means the system resolver.
    void setNameserver(const QHostAddress &nameserver) { m_nameserver = nameserver; }
    void setTimeout(int ms) { m_timeoutMs = ms; }

    /// Resolves; emits resolved() or failed() once, possibly before returning (nothing to look up).
    void resolve(const SessionSettings &settings);
    /// Stops a lookup in progress; no signal follows.
    void cancel();
    bool isRunning() const;

    /// The same session aimed at the next MX host with an address after `previous`'s, or nullopt
    /// when none is left ("try every MX in order").
    static std::optional<Resolution> nextMx(const Resolution &previous);

Q_SIGNALS:
    void resolved(const TargetResolver::Resolution &resolution);
    /// `reason` explains it in the UI language; `mx` is set when an MX lookup was the cause.
    void failed(const QString &reason, const std::optional<MxResult> &mx);

private:
    void resolvePractice(const SessionSettings &settings);
    void mxResolved(const SessionSettings &settings, const MxResult &mx);
    static Resolution aimAt(const SessionSettings &settings, const MxResult &mx, qsizetype index);

    QPointer<PracticeServer> m_practice;
    DnsCheck *m_dns = nullptr;
    SessionSettings m_asked; ///< the settings of the MX lookup in progress
    QHostAddress m_nameserver;
    int m_timeoutMs = 5000;
};

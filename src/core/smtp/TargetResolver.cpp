#include "core/smtp/TargetResolver.h"

#include "core/dns/DnsCheck.h"
#include "core/i18n/Translations.h"
#include "core/practice/PracticeServer.h"
#include "core/practice/Scenario.h"

namespace {

QString addressList(const QList<QHostAddress> &addresses)
{
    QStringList texts;
    for (const QHostAddress &address : addresses)
        texts.append(address.toString());
    return texts.join(QStringLiteral(", "));
}

} // namespace

TargetResolver::TargetResolver(QObject *parent)
    : QObject(parent)
{
}

TargetResolver::~TargetResolver() = default;

void TargetResolver::setPracticeServer(PracticeServer *server)
{
    m_practice = server;
}

bool TargetResolver::isRunning() const
{
    return m_dns && m_dns->isRunning();
}

void TargetResolver::cancel()
{
    if (m_dns)
        m_dns->cancel();
}

void TargetResolver::resolve(const SessionSettings &settings)
{
    switch (settings.target) {
    case SessionSettings::Target::Host:
        Q_EMIT resolved(Resolution{settings, {}, std::nullopt, -1});
        return;
    case SessionSettings::Target::Practice:
        resolvePractice(settings);
        return;
    case SessionSettings::Target::DomainMx:
        break;
    }
    if (!m_dns) {
        m_dns = new DnsCheck(this);
        connect(m_dns, &DnsCheck::mxResolved, this, [this](const MxResult &mx) { mxResolved(m_asked, mx); });
    }
    m_dns->setNameserver(m_nameserver);
    m_dns->setTimeout(m_timeoutMs);
    m_asked = settings;
    m_dns->resolveMx(settings.host);
}

void TargetResolver::resolvePractice(const SessionSettings &settings)
{
    const Scenario *scenario = Scenario::find(settings.practiceScenario);
    if (!scenario) {
        Q_EMIT failed(tr("This version has no practice scenario \"%1\".").arg(settings.practiceScenario), std::nullopt);
        return;
    }
    if (!m_practice) {
        Q_EMIT failed(tr("The practice server is not available here."), std::nullopt);
        return;
    }
    m_practice->setScenario(*scenario);
    if (!m_practice->isListening() && !m_practice->listen(0)) {
        Q_EMIT failed(tr("The practice server could not start: %1").arg(m_practice->errorString()), std::nullopt);
        return;
    }
    Resolution resolution;
    resolution.settings = settings;
    const SessionSettings server = m_practice->clientSettings();
    resolution.settings.host = server.host;
    resolution.settings.port = server.port;
    resolution.settings.ipFamily = server.ipFamily;
    // The practice certificate verifies against the practice CA, trusted for this session only.
    resolution.settings.caFile = server.caFile;
    resolution.notes.append(tr("Practice server built into SMTP Doctor, playing \"%1\", on %2:%3.")
                                .arg(Translations::pick(scenario->title), server.host)
                                .arg(server.port));
    resolution.notes.append(tr("What to look for: %1").arg(Translations::pick(scenario->lesson)));
    Q_EMIT resolved(resolution);
}

void TargetResolver::mxResolved(const SessionSettings &settings, const MxResult &mx)
{
    const qsizetype first = mx.nextCandidate();
    if (first < 0) {
        QString reason;
        switch (mx.kind) {
        case MxResult::Kind::NullMx:
            reason = tr("%1 publishes a null MX (RFC 7505): it accepts no mail at all. Servers reject mail to it "
                        "with 556 5.1.10 or 521.")
                         .arg(mx.domain);
            break;
        case MxResult::Kind::NoDomain:
            reason = tr("The domain %1 does not exist (NXDOMAIN): check its spelling. Servers reject mail to it "
                        "with 5.1.2.")
                         .arg(mx.domain);
            break;
        case MxResult::Kind::NoMail:
            // Qt 6.4 reports "no records" and "no answer at all" alike: say both.
            reason = tr("No MX record and no address came back for %1: either the domain has none, and mail to it "
                        "cannot be delivered, or the name server did not answer. Run the DNS check to tell which.")
                         .arg(mx.domain);
            break;
        case MxResult::Kind::Failed:
            reason = tr("The MX lookup for %1 failed: %2").arg(mx.domain, Translations::pick(mx.error));
            break;
        case MxResult::Kind::Hosts:
        case MxResult::Kind::Implicit:
            reason = tr("None of the mail servers of %1 has an address to connect to.").arg(mx.domain);
            break;
        }
        Q_EMIT failed(reason, mx);
        return;
    }
    Q_EMIT resolved(aimAt(settings, mx, first));
}

TargetResolver::Resolution TargetResolver::aimAt(const SessionSettings &settings, const MxResult &mx, qsizetype index)
{
    Resolution resolution;
    resolution.settings = settings;
    resolution.mx = mx;
    resolution.mxIndex = index;
    const MxHost &host = mx.hosts.at(index);
    resolution.settings.host = host.name;
    // The address the lookup found (of the family asked for), so the connection goes where the MX
    // lookup pointed, through the same name server; the name is still what TLS verifies.
    for (const QHostAddress &address : host.addresses) {
        const bool wanted = settings.ipFamily == SessionSettings::IpFamily::Any ||
                            (settings.ipFamily == SessionSettings::IpFamily::IPv4) ==
                                (address.protocol() == QAbstractSocket::IPv4Protocol);
        if (wanted) {
            resolution.settings.connectAddress = address.toString();
            break;
        }
    }
    if (mx.kind == MxResult::Kind::Implicit) {
        resolution.notes.append(
            tr("%1 has no MX records: mail goes to the domain's own address (implicit MX, RFC 5321 §5.1), %2.")
                .arg(mx.domain, addressList(host.addresses)));
        return resolution;
    }
    QStringList list;
    for (const MxHost &candidate : mx.hosts) {
        list.append(QStringLiteral("%1 %2 (%3)")
                        .arg(candidate.preference)
                        .arg(candidate.name,
                             candidate.hasAddresses() ? addressList(candidate.addresses) : tr("no address")));
    }
    resolution.notes.append(tr("MX records of %1, most preferred first: %2.").arg(mx.domain, list.join(QStringLiteral("; "))));
    resolution.notes.append(index == 0 ? tr("Connecting to %1, the most preferred MX.").arg(host.name)
                                       : tr("Connecting to %1, the next MX in order (preference %2).")
                                             .arg(host.name)
                                             .arg(host.preference));
    return resolution;
}

std::optional<TargetResolver::Resolution> TargetResolver::nextMx(const Resolution &previous)
{
    if (!previous.mx)
        return std::nullopt;
    const qsizetype next = previous.mx->nextCandidate(previous.mxIndex);
    if (next < 0)
        return std::nullopt;
    SessionSettings settings = previous.settings;
    settings.host = previous.mx->domain;
    settings.connectAddress.clear();
    return aimAt(settings, *previous.mx, next);
}

#pragma once

// A test's own name server: Debian's dnsmasq on 127.0.0.1:53, serving the records the test gives it,
// inside the private network namespace that tests/dns/run-in-netns.sh makes (QDnsLookup in Qt 6.4
// asks port 53 only, and a test must never touch the host's). Loopback only, never the internet.

#include <QDeadlineTimer>
#include <QDnsLookup>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

namespace DnsTestZone {

constexpr int kStartTimeoutMs = 5'000; ///< until dnsmasq answers
constexpr int kStopTimeoutMs = 3'000;  ///< each step of stopping it

/// Whether a missing name server must fail the test (CI) rather than skip it.
inline bool required()
{
    return qEnvironmentVariable("SMTPDOCTOR_REAL_SERVERS") == QLatin1String("required");
}

inline QString dnsmasqProgram()
{
    return QStandardPaths::findExecutable(QStringLiteral("dnsmasq"),
                                          {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
}

/// Why no name server of the test's own can run here; empty when one can.
inline QString unavailable()
{
    if (qEnvironmentVariable("SMTPDOCTOR_DNS_NETNS") != QLatin1String("private")) {
        const QString why = qEnvironmentVariable("SMTPDOCTOR_DNS_NETNS_UNAVAILABLE");
        return QStringLiteral("no private network namespace (%1): the test needs 127.0.0.1:53 of its own; run it "
                              "through ctest or tests/dns/run-in-netns.sh")
            .arg(why.isEmpty() ? QStringLiteral("not started through tests/dns/run-in-netns.sh") : why);
    }
    if (dnsmasqProgram().isEmpty())
        return QStringLiteral("dnsmasq is not installed (Debian package dnsmasq-base)");
    return {};
}

/// dnsmasq answering for the zone it is given, as an authoritative server would for `local=` domains.
class Dnsmasq final
{
public:
    Dnsmasq() = default;
    ~Dnsmasq() { stop(); }
    Q_DISABLE_COPY_MOVE(Dnsmasq)

    /// Starts dnsmasq with `zone` (lines of dnsmasq.conf; "ready.test" is added) on `address`:53 and
    /// waits, bounded, until it answers. Returns why it failed, or empty.
    QString start(const QStringList &zone, const QHostAddress &address = QHostAddress(QStringLiteral("127.0.0.1")))
    {
        stop();
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder: ") + m_dir.errorString();
        const QString config = m_dir.filePath(QStringLiteral("dnsmasq.conf"));
        QFile file(config);
        const QStringList lines = QStringList{QStringLiteral("no-resolv"), QStringLiteral("no-hosts"),
                                              QStringLiteral("host-record=ready.test,127.0.0.1")} +
                                  zone;
        if (!file.open(QIODevice::WriteOnly) || file.write(lines.join(u'\n').toUtf8() + '\n') < 0)
            return QStringLiteral("cannot write %1: %2").arg(config, file.errorString());
        file.close();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        // --user= --group= (empty): stay who we are. In a user namespace made by `unshare -r` dnsmasq can
        // switch neither to "nobody" nor to the group "root" (setgroups is denied there).
        m_process.start(dnsmasqProgram(),
                        {QStringLiteral("--keep-in-foreground"), QStringLiteral("--conf-file=") + config,
                         QStringLiteral("--port=53"), QStringLiteral("--listen-address=") + address.toString(),
                         QStringLiteral("--bind-interfaces"), QStringLiteral("--user="), QStringLiteral("--group="),
                         QStringLiteral("--pid-file="), QStringLiteral("--log-queries"),
                         QStringLiteral("--log-facility=-")});
        if (!m_process.waitForStarted(kStartTimeoutMs))
            return QStringLiteral("cannot start dnsmasq: ") + m_process.errorString();
        const QDeadlineTimer deadline(kStartTimeoutMs);
        while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
            QDnsLookup probe(QDnsLookup::A, QStringLiteral("ready.test"), address);
            QSignalSpy finished(&probe, &QDnsLookup::finished);
            probe.lookup();
            if (finished.wait(1000) && probe.error() == QDnsLookup::NoError && !probe.hostAddressRecords().isEmpty())
                return {};
            QTest::qWait(100);
        }
        const QString said = output();
        stop();
        return QStringLiteral("dnsmasq did not answer: ") + said;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(kStopTimeoutMs)) {
            m_process.kill();
            m_process.waitForFinished(kStopTimeoutMs);
        }
        output();
    }

    /// What dnsmasq logged so far (every query, with --log-queries).
    QString output()
    {
        m_output += QString::fromLocal8Bit(m_process.readAll());
        return m_output;
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_output;
};

} // namespace DnsTestZone

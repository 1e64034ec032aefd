#pragma once

// Runs the servers of this folder as child processes of a test, on 127.0.0.1:
// aiosmtpd_server.py (Debian's python3-aiosmtpd) and smtp_sink.sh (Postfix's smtp-sink).
// For test targets that define SMTPDOCTOR_SERVERS_DIR and SMTPDOCTOR_TEST_DATA (tests/CMakeLists.txt).

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStringList>
#include <QTcpServer>

#if !defined(SMTPDOCTOR_SERVERS_DIR) || !defined(SMTPDOCTOR_TEST_DATA)
#error "TestServers.h needs SMTPDOCTOR_SERVERS_DIR and SMTPDOCTOR_TEST_DATA"
#endif

namespace TestServers {

constexpr int kStartTimeoutMs = 15'000; ///< a server, until it says READY
constexpr int kStopTimeoutMs = 5'000;   ///< each step of stopping a server

/// The Python that has python3-aiosmtpd: Debian's, not whichever (pyenv, a venv) comes first on PATH.
inline QString python()
{
    return QStringLiteral("/usr/bin/python3");
}

inline QString script(const char *name)
{
    return QStringLiteral(SMTPDOCTOR_SERVERS_DIR) + u'/' + QLatin1String(name);
}

/// A file of tests/data/tls (see the README there).
inline QString tlsFile(const char *name)
{
    return QStringLiteral(SMTPDOCTOR_TEST_DATA) + QStringLiteral("/tls/") + QLatin1String(name);
}

/// A server run as a child process. It is ready when it prints "READY <port>"; it stops when its standard
/// input closes (so it also stops should the test die), and is terminated, then killed, if it does not.
class ServerProcess final
{
public:
    ServerProcess() = default;
    ~ServerProcess() { stop(); }
    Q_DISABLE_COPY_MOVE(ServerProcess)

    /// Starts `program` and waits, bounded, for its READY line; returns why it failed, or empty.
    QString start(const QString &program, const QStringList &arguments)
    {
        stop();
        m_errors.clear();
        m_process.start(program, arguments);
        if (!m_process.waitForStarted(kStartTimeoutMs))
            return QStringLiteral("cannot start %1: %2").arg(program, m_process.errorString());
        const QDeadlineTimer deadline(kStartTimeoutMs);
        QByteArray out;
        while (!out.contains('\n') && m_process.state() == QProcess::Running && !deadline.hasExpired()) {
            m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
            out += m_process.readAllStandardOutput();
        }
        const QList<QByteArray> words = out.trimmed().split(' ');
        bool ok = false;
        m_port = words.size() == 2 && words.at(0) == "READY" ? quint16(words.at(1).toUInt(&ok)) : 0;
        if (!ok || m_port == 0) {
            stop();
            return QStringLiteral("%1 %2 did not get ready: \"%3\" %4")
                .arg(program, arguments.join(u' '), QString::fromUtf8(out), QString::fromUtf8(errors()));
        }
        return {};
    }

    quint16 port() const { return m_port; }

    /// What the server wrote to standard error so far.
    QByteArray errors()
    {
        m_errors += m_process.readAllStandardError();
        return m_errors;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(kStopTimeoutMs)) {
            m_process.terminate();
            if (!m_process.waitForFinished(kStopTimeoutMs)) {
                m_process.kill();
                m_process.waitForFinished(kStopTimeoutMs);
            }
        }
        errors();
    }

private:
    QProcess m_process;
    quint16 m_port = 0;
    QByteArray m_errors;
};

/// Why aiosmtpd_server.py cannot run here; empty when it can.
inline QString aiosmtpdMissing()
{
    QProcess process;
    process.start(python(), {QStringLiteral("-c"), QStringLiteral("import aiosmtpd.smtp")});
    if (process.waitForFinished(kStartTimeoutMs) && process.exitStatus() == QProcess::NormalExit &&
        process.exitCode() == 0) {
        return {};
    }
    process.kill();
    process.waitForFinished(kStopTimeoutMs);
    return python() + QStringLiteral(" cannot import aiosmtpd (install python3-aiosmtpd, as scripts/test does)");
}

/// Why smtp_sink.sh cannot run here; empty when it can.
inline QString smtpSinkMissing()
{
    if (!QFileInfo(QStringLiteral("/usr/sbin/smtp-sink")).isExecutable())
        return QStringLiteral("/usr/sbin/smtp-sink is missing (install postfix, as scripts/test does)");
    if (!QFileInfo(QStringLiteral("/bin/bash")).isExecutable() || !QFile::exists(QStringLiteral("/proc/net/tcp")))
        return QStringLiteral("smtp_sink.sh needs /bin/bash and Linux's /proc/net/tcp");
    return {};
}

/// aiosmtpd on a port of its choosing, with STARTTLS (the test certificate), AUTH PLAIN and LOGIN for
/// `user`, storing what it receives in `store`; `more` are further options of aiosmtpd_server.py.
inline QString startAiosmtpd(ServerProcess &server, const QString &store, const QString &user, const QString &password,
                             const QStringList &more = {})
{
    return server.start(python(), QStringList{script("aiosmtpd_server.py"), QStringLiteral("--store"), store,
                                              QStringLiteral("--cert"), tlsFile("server.pem"), QStringLiteral("--key"),
                                              tlsFile("server.key"), QStringLiteral("--user"), user,
                                              QStringLiteral("--password"), password} +
                                      more);
}

/// smtp-sink with `options` (see smtp-sink(1)) on a free port of 127.0.0.1.
inline QString startSmtpSink(ServerProcess &server, const QStringList &options)
{
    // The port is free when chosen but not held: should another program take it first, try another.
    QString error;
    for (int attempt = 0; attempt < 5; ++attempt) {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return QStringLiteral("no free port on 127.0.0.1: ") + probe.errorString();
        const quint16 port = probe.serverPort();
        probe.close();
        error = server.start(QStringLiteral("/bin/bash"),
                             QStringList{script("smtp_sink.sh"), QString::number(port)} + options);
        if (error.isEmpty())
            return {};
    }
    return error;
}

} // namespace TestServers

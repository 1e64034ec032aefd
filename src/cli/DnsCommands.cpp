#include "cli/DnsCommands.h"

#include "core/dns/DnsCheck.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace DnsCommands {

int check(const QString &domain, const QHostAddress &address, const QHostAddress &nameserver, int timeoutMs,
          ExplanationLanguage language, bool json)
{
    DnsCheck dns;
    dns.setNameserver(nameserver);
    if (timeoutMs > 0)
        dns.setTimeout(timeoutMs);
    int exitCode = 1;
    QObject::connect(&dns, &DnsCheck::finished, &dns, [&](const DnsReport &report) {
        QTextStream out(stdout);
        if (json)
            out << QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
        else
            out << report.toText(language) << '\n';
        exitCode = report.worstSeverity() == DnsSeverity::Error ? 1 : 0;
        QCoreApplication::exit(exitCode);
    });
    // Started from the event loop, so that an answer that comes at once still ends exec().
    QMetaObject::invokeMethod(
        &dns, [&dns, domain, address] { dns.check(domain, address); }, Qt::QueuedConnection);
    QCoreApplication::exec();
    return exitCode;
}

} // namespace DnsCommands

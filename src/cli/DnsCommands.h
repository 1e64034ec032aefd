#pragma once

#include "core/reference/LocalizedText.h"

#include <QHostAddress>
#include <QString>

/// smtp-doctor-cli's DNS command: --dns-check DOMAIN [--ip ADDRESS].
namespace DnsCommands {

/// Checks the domain's mail DNS (MX, PTR of `address` when given, SPF, DMARC, MTA-STS, TLS-RPT) and
/// prints the report, or JSON. Returns 0 when no finding is an error, 1 when some are.
int check(const QString &domain, const QHostAddress &address, const QHostAddress &nameserver, int timeoutMs,
          ExplanationLanguage language, bool json);

} // namespace DnsCommands

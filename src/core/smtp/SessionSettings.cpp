#include "core/smtp/SessionSettings.h"

#include <QSysInfo>

QString SessionSettings::securityKey(Security security)
{
    switch (security) {
    case Security::None:
        return QStringLiteral("none");
    case Security::StartTls:
        return QStringLiteral("starttls");
    case Security::StartTlsRequired:
        return QStringLiteral("starttls-required");
    case Security::ImplicitTls:
        break;
    }
    return QStringLiteral("tls");
}

std::optional<SessionSettings::Security> SessionSettings::securityFromKey(const QString &key)
{
    for (Security s : {Security::None, Security::StartTls, Security::StartTlsRequired, Security::ImplicitTls}) {
        if (key.compare(securityKey(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

QString SessionSettings::targetKey(Target target)
{
    switch (target) {
    case Target::DomainMx:
        return QStringLiteral("mx");
    case Target::Practice:
        return QStringLiteral("practice");
    case Target::Host:
        break;
    }
    return QStringLiteral("host");
}

std::optional<SessionSettings::Target> SessionSettings::targetFromKey(const QString &key)
{
    for (Target t : {Target::Host, Target::DomainMx, Target::Practice}) {
        if (key.compare(targetKey(t), Qt::CaseInsensitive) == 0)
            return t;
    }
    return std::nullopt;
}

QString SessionSettings::effectiveEhloName() const
{
    if (!ehloName.isEmpty())
        return ehloName;
    const QString name = QSysInfo::machineHostName();
    // RFC 5321 §4.1.4: a fully qualified name, or an address literal when there is none.
    return name.contains(u'.') ? name : QStringLiteral("[127.0.0.1]");
}

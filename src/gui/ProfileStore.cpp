#include "gui/ProfileStore.h"

#include <QSettings>

#include <algorithm>

namespace {

const QString kProfilesGroup = QStringLiteral("profiles");
const QString kLastUsedKey = QStringLiteral("lastProfile");

// Keys inside one profile's group.
const QString kName = QStringLiteral("name");
const QString kTarget = QStringLiteral("target");
const QString kPracticeScenario = QStringLiteral("practiceScenario");
const QString kHost = QStringLiteral("host");
const QString kPort = QStringLiteral("port");
const QString kIpFamily = QStringLiteral("ipFamily");
const QString kSecurity = QStringLiteral("security");
const QString kConnectTimeout = QStringLiteral("connectTimeoutMs");
const QString kGreetingTimeout = QStringLiteral("greetingTimeoutMs");
const QString kCommandTimeout = QStringLiteral("commandTimeoutMs");
const QString kDataTimeout = QStringLiteral("dataTimeoutMs");
const QString kAcceptTlsErrors = QStringLiteral("acceptTlsErrors");
const QString kCaFile = QStringLiteral("caFile");
const QString kEhloName = QStringLiteral("ehloName");
const QString kAuthMechanism = QStringLiteral("authMechanism");
const QString kAuthUser = QStringLiteral("authUser");
const QString kAllowAuthWithoutTls = QStringLiteral("allowAuthWithoutTls");
const QString kMailFrom = QStringLiteral("mailFrom");
const QString kRecipients = QStringLiteral("recipients");
const QString kAddress = QStringLiteral("address");
const QString kMessageFile = QStringLiteral("messageFile");
const QString kSubject = QStringLiteral("subject");
const QString kBody = QStringLiteral("body");
const QString kExtraHeaders = QStringLiteral("extraHeaders");
const QString kHeaderName = QStringLiteral("name");
const QString kHeaderValue = QStringLiteral("value");
const QString kQuitAfter = QStringLiteral("quitAfter");
const QString kPasswordInKeyring = QStringLiteral("keyringEntry");

/// The group of a profile: case-folded so that names differ by more than case (the Windows registry
/// ignores case anyway), with the characters QSettings reads as group separators escaped.
QString groupKey(const QString &name)
{
    QString key = name.toCaseFolded();
    key.replace(u'%', QLatin1String("%25"));
    key.replace(u'/', QLatin1String("%2F"));
    key.replace(u'\\', QLatin1String("%5C"));
    return kProfilesGroup + u'/' + key;
}

QString ipFamilyKey(SessionSettings::IpFamily family)
{
    switch (family) {
    case SessionSettings::IpFamily::IPv4:
        return QStringLiteral("ipv4");
    case SessionSettings::IpFamily::IPv6:
        return QStringLiteral("ipv6");
    case SessionSettings::IpFamily::Any:
        break;
    }
    return QStringLiteral("any");
}

SessionSettings::IpFamily ipFamilyFromKey(const QString &key)
{
    if (key == QLatin1String("ipv4"))
        return SessionSettings::IpFamily::IPv4;
    if (key == QLatin1String("ipv6"))
        return SessionSettings::IpFamily::IPv6;
    return SessionSettings::IpFamily::Any;
}

int positiveInt(const QVariant &value, int fallback)
{
    bool ok = false;
    const int number = value.toInt(&ok);
    return ok && number > 0 ? number : fallback;
}

} // namespace

ProfileStore::ProfileStore(QSettings *settings)
    : m_settings(settings)
{}

QStringList ProfileStore::names() const
{
    QStringList result;
    m_settings->beginGroup(kProfilesGroup);
    const QStringList groups = m_settings->childGroups();
    for (const QString &group : groups) {
        const QString name = m_settings->value(group + u'/' + kName).toString();
        if (!name.isEmpty())
            result.append(name);
    }
    m_settings->endGroup();
    std::sort(result.begin(), result.end(),
              [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return result;
}

bool ProfileStore::contains(const QString &name) const
{
    return !name.isEmpty() && m_settings->contains(groupKey(name) + u'/' + kName);
}

std::optional<SessionSettings> ProfileStore::load(const QString &name) const
{
    if (!contains(name))
        return std::nullopt;
    const SessionSettings defaults;
    SessionSettings s;
    m_settings->beginGroup(groupKey(name));
    s.target = SessionSettings::targetFromKey(m_settings->value(kTarget).toString()).value_or(defaults.target);
    s.practiceScenario = m_settings->value(kPracticeScenario).toString();
    s.host = m_settings->value(kHost).toString();
    const int port = m_settings->value(kPort).toInt();
    s.port = port > 0 && port <= 65535 ? quint16(port) : defaults.port;
    s.ipFamily = ipFamilyFromKey(m_settings->value(kIpFamily).toString());
    s.security = SessionSettings::securityFromKey(m_settings->value(kSecurity).toString()).value_or(defaults.security);
    s.connectTimeoutMs = positiveInt(m_settings->value(kConnectTimeout), defaults.connectTimeoutMs);
    s.greetingTimeoutMs = positiveInt(m_settings->value(kGreetingTimeout), defaults.greetingTimeoutMs);
    s.commandTimeoutMs = positiveInt(m_settings->value(kCommandTimeout), defaults.commandTimeoutMs);
    s.dataTimeoutMs = positiveInt(m_settings->value(kDataTimeout), defaults.dataTimeoutMs);
    s.acceptTlsErrors = m_settings->value(kAcceptTlsErrors, false).toBool();
    s.caFile = m_settings->value(kCaFile).toString();
    s.ehloName = m_settings->value(kEhloName).toString();
    s.authMechanism = SaslAuthenticator::mechanismFromName(m_settings->value(kAuthMechanism).toString());
    s.authUser = m_settings->value(kAuthUser).toString();
    s.allowAuthWithoutTls = m_settings->value(kAllowAuthWithoutTls, false).toBool();
    s.mailFrom = m_settings->value(kMailFrom).toString();
    const int recipients = m_settings->beginReadArray(kRecipients);
    for (int i = 0; i < recipients; ++i) {
        m_settings->setArrayIndex(i);
        s.recipients.append(m_settings->value(kAddress).toString());
    }
    m_settings->endArray();
    s.messageFile = m_settings->value(kMessageFile).toString();
    s.subject = m_settings->value(kSubject).toString();
    s.body = m_settings->value(kBody).toString();
    const int headers = m_settings->beginReadArray(kExtraHeaders);
    for (int i = 0; i < headers; ++i) {
        m_settings->setArrayIndex(i);
        s.extraHeaders.append({m_settings->value(kHeaderName).toString(), m_settings->value(kHeaderValue).toString()});
    }
    m_settings->endArray();
    s.quitAfter = SessionStages::fromKey(m_settings->value(kQuitAfter).toString()).value_or(SessionStage::None);
    m_settings->endGroup();
    return s;
}

bool ProfileStore::matches(const QString &name, const SessionSettings &s) const
{
    const auto saved = load(name);
    if (!saved)
        return false;
    const SessionSettings &p = *saved;
    return p.target == s.target && p.practiceScenario == s.practiceScenario && p.host == s.host && p.port == s.port &&
           p.ipFamily == s.ipFamily && p.security == s.security && p.connectTimeoutMs == s.connectTimeoutMs &&
           p.greetingTimeoutMs == s.greetingTimeoutMs && p.commandTimeoutMs == s.commandTimeoutMs &&
           p.dataTimeoutMs == s.dataTimeoutMs && p.acceptTlsErrors == s.acceptTlsErrors && p.caFile == s.caFile &&
           p.ehloName == s.ehloName && p.authMechanism == s.authMechanism && p.authUser == s.authUser &&
           p.allowAuthWithoutTls == s.allowAuthWithoutTls && p.mailFrom == s.mailFrom && p.recipients == s.recipients &&
           p.messageFile == s.messageFile && p.subject == s.subject && p.body == s.body &&
           p.extraHeaders == s.extraHeaders && p.quitAfter == s.quitAfter;
}

bool ProfileStore::passwordInKeyring(const QString &name) const
{
    return contains(name) && m_settings->value(groupKey(name) + u'/' + kPasswordInKeyring, false).toBool();
}

void ProfileStore::save(const QString &name, const SessionSettings &s, bool passwordInKeyring)
{
    if (name.trimmed().isEmpty())
        return;
    const QString group = groupKey(name);
    m_settings->remove(group); // no array entries or old keys left behind from the previous version
    m_settings->beginGroup(group);
    m_settings->setValue(kName, name);
    m_settings->setValue(kTarget, SessionSettings::targetKey(s.target));
    m_settings->setValue(kPracticeScenario, s.practiceScenario);
    m_settings->setValue(kHost, s.host);
    m_settings->setValue(kPort, int(s.port));
    m_settings->setValue(kIpFamily, ipFamilyKey(s.ipFamily));
    m_settings->setValue(kSecurity, SessionSettings::securityKey(s.security));
    m_settings->setValue(kConnectTimeout, s.connectTimeoutMs);
    m_settings->setValue(kGreetingTimeout, s.greetingTimeoutMs);
    m_settings->setValue(kCommandTimeout, s.commandTimeoutMs);
    m_settings->setValue(kDataTimeout, s.dataTimeoutMs);
    m_settings->setValue(kAcceptTlsErrors, s.acceptTlsErrors);
    m_settings->setValue(kCaFile, s.caFile);
    m_settings->setValue(kEhloName, s.ehloName);
    m_settings->setValue(kAuthMechanism,
                         s.authMechanism ? SaslAuthenticator::mechanismName(*s.authMechanism) : QString());
    m_settings->setValue(kAuthUser, s.authUser);
    // authSecret is deliberately not written: see the class comment.
    m_settings->setValue(kPasswordInKeyring, passwordInKeyring);
    m_settings->setValue(kAllowAuthWithoutTls, s.allowAuthWithoutTls);
    m_settings->setValue(kMailFrom, s.mailFrom);
    m_settings->beginWriteArray(kRecipients, int(s.recipients.size()));
    for (int i = 0; i < s.recipients.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(kAddress, s.recipients.at(i));
    }
    m_settings->endArray();
    m_settings->setValue(kMessageFile, s.messageFile);
    m_settings->setValue(kSubject, s.subject);
    m_settings->setValue(kBody, s.body);
    m_settings->beginWriteArray(kExtraHeaders, int(s.extraHeaders.size()));
    for (int i = 0; i < s.extraHeaders.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(kHeaderName, s.extraHeaders.at(i).first);
        m_settings->setValue(kHeaderValue, s.extraHeaders.at(i).second);
    }
    m_settings->endArray();
    m_settings->setValue(kQuitAfter, SessionStages::key(s.quitAfter));
    m_settings->endGroup();
}

void ProfileStore::remove(const QString &name)
{
    if (name.isEmpty())
        return;
    const bool wasLast = lastUsed().compare(name, Qt::CaseInsensitive) == 0;
    m_settings->remove(groupKey(name));
    if (wasLast)
        m_settings->remove(kLastUsedKey);
}

QString ProfileStore::lastUsed() const
{
    const QString name = m_settings->value(kLastUsedKey).toString();
    // As saved: "office" may have been saved again as "Office".
    return contains(name) ? m_settings->value(groupKey(name) + u'/' + kName).toString() : QString();
}

void ProfileStore::setLastUsed(const QString &name)
{
    if (name.isEmpty())
        m_settings->remove(kLastUsedKey);
    else
        m_settings->setValue(kLastUsedKey, name);
}

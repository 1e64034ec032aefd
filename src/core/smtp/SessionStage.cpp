#include "core/smtp/SessionStage.h"

#include <QCoreApplication>

#include <array>

namespace SessionStages {

namespace {

struct StageInfo
{
    SessionStage stage;
    const char *key;
    const char *name;
};

constexpr std::array<StageInfo, 12> kStages{{
    {SessionStage::None, "none", QT_TRANSLATE_NOOP("SessionStage", "Not connected")},
    {SessionStage::Connect, "connect", QT_TRANSLATE_NOOP("SessionStage", "Connect")},
    {SessionStage::Greeting, "greeting", QT_TRANSLATE_NOOP("SessionStage", "Greeting")},
    {SessionStage::Ehlo, "ehlo", QT_TRANSLATE_NOOP("SessionStage", "EHLO")},
    {SessionStage::StartTls, "starttls", QT_TRANSLATE_NOOP("SessionStage", "STARTTLS")},
    {SessionStage::Auth, "auth", QT_TRANSLATE_NOOP("SessionStage", "AUTH")},
    {SessionStage::Mail, "mail", QT_TRANSLATE_NOOP("SessionStage", "MAIL FROM")},
    {SessionStage::Rcpt, "rcpt", QT_TRANSLATE_NOOP("SessionStage", "RCPT TO")},
    {SessionStage::Data, "data", QT_TRANSLATE_NOOP("SessionStage", "DATA")},
    {SessionStage::EndOfData, "end-of-data", QT_TRANSLATE_NOOP("SessionStage", "End of data")},
    {SessionStage::Quit, "quit", QT_TRANSLATE_NOOP("SessionStage", "QUIT")},
    {SessionStage::Other, "other", QT_TRANSLATE_NOOP("SessionStage", "Other command")},
}};

const StageInfo &info(SessionStage stage)
{
    for (const StageInfo &i : kStages) {
        if (i.stage == stage)
            return i;
    }
    return kStages.front();
}

} // namespace

QString key(SessionStage stage)
{
    return QString::fromLatin1(info(stage).key);
}

std::optional<SessionStage> fromKey(const QString &key)
{
    for (const StageInfo &i : kStages) {
        if (key.compare(QLatin1String(i.key), Qt::CaseInsensitive) == 0)
            return i.stage;
    }
    return std::nullopt;
}

QString displayName(SessionStage stage)
{
    return QCoreApplication::translate("SessionStage", info(stage).name);
}

} // namespace SessionStages

#include "core/practice/Scenario.h"

#include "core/practice/ScenarioReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <tuple>

Q_LOGGING_CATEGORY(lcScenario, "smtpdoctor.practice.scenario", QtWarningMsg)

namespace {

constexpr qint64 kMaxFileBytes = 256 * 1024;
constexpr qsizetype kMaxValue = 256; ///< a placeholder value (an address, a name) is cut here

using Event = Scenario::Event;

struct EventInfo
{
    Event event;
    const char *key;
    std::array<int, 3> positive; ///< the positive codes a rule may give (0 = none)
};

// A rule may replace the usual positive reply only where the reply is just a line of text: a
// positive EHLO carries the capability list, AUTH's 235 would skip the credentials, and a positive
// reply in the middle of a message makes no sense.
constexpr std::array<EventInfo, 13> kEvents{{
    {Event::Ehlo, "ehlo", {0, 0, 0}},
    {Event::Helo, "helo", {0, 0, 0}},
    {Event::StartTls, "starttls", {220, 0, 0}},
    {Event::Auth, "auth", {0, 0, 0}},
    {Event::Mail, "mail", {250, 0, 0}},
    {Event::Rcpt, "rcpt", {250, 251, 0}},
    {Event::Data, "data", {354, 0, 0}},
    {Event::Message, "message", {0, 0, 0}},
    {Event::EndOfData, "end-of-data", {250, 0, 0}},
    {Event::Rset, "rset", {250, 0, 0}},
    {Event::Noop, "noop", {250, 0, 0}},
    {Event::Vrfy, "vrfy", {250, 251, 252}},
    {Event::Quit, "quit", {221, 0, 0}},
}};

const EventInfo &eventInfo(Event event)
{
    for (const EventInfo &info : kEvents) {
        if (info.event == event)
            return info;
    }
    return kEvents.front();
}

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression re(QStringLiteral("\\{([A-Za-z-]*)\\}"));
    return re;
}

QString sanitized(const QString &value)
{
    QString out;
    out.reserve(qMin(value.size(), kMaxValue));
    for (const QChar c : value) {
        if (out.size() >= kMaxValue)
            break;
        if (c.unicode() >= 0x20 && c.unicode() != 0x7F)
            out.append(c);
    }
    return out;
}

struct BuiltIn
{
    QList<Scenario> scenarios;
    QStringList errors;
};

const BuiltIn &builtInData()
{
    static const BuiltIn data = [] {
        BuiltIn b;
        b.scenarios = Scenario::fromDirectory(QStringLiteral(":/scenarios"), &b.errors);
        if (b.scenarios.isEmpty())
            b.errors.append(QStringLiteral(":/scenarios: no scenarios compiled in"));
        for (const QString &error : std::as_const(b.errors))
            qCWarning(lcScenario).noquote() << error;
        return b;
    }();
    return data;
}

} // namespace

QByteArray Scenario::Reply::render(const QHash<QString, QString> &values) const
{
    QByteArray out;
    const QByteArray prefix = QByteArray::number(code);
    const QByteArray enhancedPart = enhanced.isEmpty() ? QByteArray() : enhanced.toLatin1() + ' ';
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString text = lines.at(i);
        QString filled;
        qsizetype last = 0;
        for (auto it = placeholderPattern().globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            filled += QStringView(text).mid(last, m.capturedStart() - last);
            filled += sanitized(values.value(m.captured(1)));
            last = m.capturedEnd();
        }
        filled += QStringView(text).mid(last);
        out += prefix + (i + 1 < lines.size() ? '-' : ' ') + enhancedPart + filled.toUtf8() + "\r\n";
    }
    return out;
}

Scenario Scenario::fallback()
{
    Scenario s;
    s.id = defaultId();
    s.title = LocalizedText::fromUtf8("Clean delivery", "正常な配送");
    s.lesson = LocalizedText::fromUtf8("Every command is accepted and the message is delivered.",
                                       "すべてのコマンドが受け付けられ、メッセージが配送されます。");
    s.greeting.reply = Reply{220, {}, {QStringLiteral("{host} ESMTP SMTP Doctor practice server")}};
    s.capabilities = QStringList{QStringLiteral("PIPELINING"), QStringLiteral("SIZE 10485760"),
                                 QStringLiteral("8BITMIME"),   QStringLiteral("ENHANCEDSTATUSCODES"),
                                 QStringLiteral("STARTTLS"),   QStringLiteral("AUTH PLAIN LOGIN CRAM-MD5")};
    s.expected = Expectation{SessionStage::EndOfData, 250, QStringLiteral("2.0.0"), QStringLiteral("delivered")};
    return s;
}

std::optional<Scenario> Scenario::fromJson(const QByteArray &json, QString *error, const QString &source)
{
    return ScenarioReader::read(json, source, error);
}

QList<Scenario> Scenario::fromDirectory(const QString &directory, QStringList *errors)
{
    QList<Scenario> scenarios;
    const QDir dir(directory);
    const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (file.size() > kMaxFileBytes) {
            errors->append(QStringLiteral("%1: larger than %2 bytes").arg(path).arg(kMaxFileBytes));
            continue;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            errors->append(QStringLiteral("%1: %2").arg(path, file.errorString()));
            continue;
        }
        QString error;
        std::optional<Scenario> scenario = fromJson(file.read(kMaxFileBytes), &error, path);
        if (!scenario) {
            errors->append(error);
            continue;
        }
        if (scenario->id != QFileInfo(name).completeBaseName()) {
            errors->append(QStringLiteral("%1: id: \"%2\" must match the file name").arg(path, scenario->id));
            continue;
        }
        scenarios.append(*scenario);
    }
    std::sort(scenarios.begin(), scenarios.end(),
              [](const Scenario &a, const Scenario &b) { return std::tie(a.order, a.id) < std::tie(b.order, b.id); });
    return scenarios;
}

const QList<Scenario> &Scenario::builtIn()
{
    return builtInData().scenarios;
}

const QStringList &Scenario::builtInErrors()
{
    return builtInData().errors;
}

const Scenario *Scenario::find(const QString &id)
{
    for (const Scenario &scenario : builtIn()) {
        if (scenario.id == id)
            return &scenario;
    }
    return nullptr;
}

const Scenario::Rule *Scenario::ruleFor(Event event, bool tlsActive, bool loggedIn) const
{
    for (const Rule &rule : rules) {
        if (rule.event == event && rule.applies(tlsActive, loggedIn))
            return &rule;
    }
    return nullptr;
}

bool Scenario::offers(const QString &keyword) const
{
    for (const QString &line : capabilities) {
        if (line.section(u' ', 0, 0).compare(keyword, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

std::optional<qint64> Scenario::sizeLimit() const
{
    for (const QString &line : capabilities) {
        if (line.section(u' ', 0, 0).compare(QLatin1String("SIZE"), Qt::CaseInsensitive) == 0)
            return line.section(u' ', 1, 1).toLongLong();
    }
    return std::nullopt;
}

QStringList Scenario::authMechanisms() const
{
    for (const QString &line : capabilities) {
        if (line.section(u' ', 0, 0).compare(QLatin1String("AUTH"), Qt::CaseInsensitive) == 0)
            return line.section(u' ', 1).toUpper().split(u' ', Qt::SkipEmptyParts);
    }
    return {};
}

QStringList Scenario::eventKeys()
{
    QStringList keys;
    for (const EventInfo &info : kEvents)
        keys.append(QLatin1String(info.key));
    return keys;
}

QList<int> Scenario::positiveCodes(Event event)
{
    QList<int> codes;
    for (const int code : eventInfo(event).positive) {
        if (code != 0)
            codes.append(code);
    }
    return codes;
}

QStringList Scenario::placeholderNames()
{
    return {QStringLiteral("address"), QStringLiteral("domain"), QStringLiteral("client"), QStringLiteral("helo"),
            QStringLiteral("limit"),   QStringLiteral("id"),     QStringLiteral("host")};
}

QString Scenario::eventKey(Event event)
{
    return QLatin1String(eventInfo(event).key);
}

std::optional<Scenario::Event> Scenario::eventFromKey(const QString &key)
{
    for (const EventInfo &info : kEvents) {
        if (key == QLatin1String(info.key))
            return info.event;
    }
    return std::nullopt;
}

#include "core/practice/ScenarioReader.h"

#include "core/smtp/EnhancedStatusCode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <initializer_list>

namespace {

constexpr int kMaxReplyLines = 20;
constexpr int kMaxLineText = 400; ///< a reply line stays well under RFC 5321's 512 octets
constexpr double kMaxDelaySeconds = 120;
constexpr double kMaxRetryAfterSeconds = 600;

using Event = Scenario::Event;

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression re(QStringLiteral("\\{([A-Za-z-]*)\\}"));
    return re;
}

const QStringList &supportedCapabilities()
{
    // What the practice server really does when it advertises it.
    static const QStringList keywords{QStringLiteral("PIPELINING"), QStringLiteral("SIZE"),
                                      QStringLiteral("8BITMIME"),   QStringLiteral("ENHANCEDSTATUSCODES"),
                                      QStringLiteral("STARTTLS"),   QStringLiteral("AUTH"),
                                      QStringLiteral("SMTPUTF8"),   QStringLiteral("DSN"),
                                      QStringLiteral("HELP")};
    return keywords;
}

const QStringList &supportedMechanisms()
{
    static const QStringList names{QStringLiteral("PLAIN"), QStringLiteral("LOGIN"), QStringLiteral("CRAM-MD5")};
    return names;
}

const QStringList &outcomeKeys()
{
    // SessionOutcome::key() of the outcomes a practice session can end with.
    static const QStringList keys{QStringLiteral("delivered"),
                                  QStringLiteral("completed"),
                                  QStringLiteral("rejected-permanent"),
                                  QStringLiteral("rejected-temporary"),
                                  QStringLiteral("tls-failed"),
                                  QStringLiteral("auth-failed"),
                                  QStringLiteral("timeout"),
                                  QStringLiteral("disconnected")};
    return keys;
}

bool hasJapaneseScript(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= 0x3040 && u <= 0x30FF) || (u >= 0x4E00 && u <= 0x9FFF);
    });
}

bool hasControlCharacter(const QString &text, bool allowNewline)
{
    return std::any_of(text.cbegin(), text.cend(), [allowNewline](QChar c) {
        if (allowNewline && c == u'\n')
            return false;
        return c.unicode() < 0x20 || c.unicode() == 0x7F;
    });
}

/// Reads one scenario and stops at the first problem, naming the field.
class Reader final
{
public:
    explicit Reader(QString source)
        : m_source(std::move(source))
    {}

    QString error() const { return m_error; }

    std::optional<Scenario> read(const QByteArray &json)
    {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            fail({},
                 QStringLiteral("invalid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()));
            return std::nullopt;
        }
        if (!document.isObject()) {
            fail({}, QStringLiteral("the top level must be an object"));
            return std::nullopt;
        }
        const QJsonObject o = document.object();
        Scenario s;
        s.source = m_source;
        const bool ok =
            onlyKeys(o, {},
                     {"id", "order", "title", "lesson", "greeting", "capabilities", "rules", "greylisting", "client",
                      "expected"}) &&
            readId(o, &s.id) && readInt(o, "order", QStringLiteral("order"), 0, 1'000'000, true, &s.order) &&
            readText(o, "title", &s.title) && readText(o, "lesson", &s.lesson) && readGreeting(o, &s.greeting) &&
            readCapabilities(o, &s.capabilities) && readRules(o, s, &s.rules) && readGreylisting(o, &s.greylisting) &&
            readClient(o, &s.client) && readExpected(o, &s.expected);
        if (!ok)
            return std::nullopt;
        return s;
    }

private:
    bool fail(const QString &field, const QString &message)
    {
        QString where = m_source.isEmpty() ? QStringLiteral("scenario") : m_source;
        if (!field.isEmpty())
            where += QStringLiteral(": ") + field;
        m_error = where + QStringLiteral(": ") + message;
        return false;
    }

    static QString path(const QString &parent, const char *key)
    {
        return parent.isEmpty() ? QString::fromLatin1(key) : QString(parent + u'.' + QLatin1String(key));
    }

    bool onlyKeys(const QJsonObject &o, const QString &where, std::initializer_list<const char *> allowed)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            const bool known = std::any_of(allowed.begin(), allowed.end(),
                                           [&](const char *key) { return it.key() == QLatin1String(key); });
            if (!known) {
                return fail(where.isEmpty() ? it.key() : where + u'.' + it.key(),
                            QStringLiteral("unknown field (a typo?)"));
            }
        }
        return true;
    }

    bool readObject(const QJsonObject &o, const char *key, const QString &where, QJsonObject *out, bool required)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined()) {
            *out = {};
            return !required || fail(where, QStringLiteral("missing"));
        }
        if (!v.isObject())
            return fail(where, QStringLiteral("must be an object"));
        *out = v.toObject();
        return true;
    }

    bool readInt(const QJsonObject &o, const char *key, const QString &where, qint64 min, qint64 max, bool required,
                 int *out)
    {
        qint64 value = 0;
        if (!readInt64(o, key, where, min, max, required, &value))
            return false;
        if (o.contains(QLatin1String(key)))
            *out = int(value);
        return true;
    }

    bool readInt64(const QJsonObject &o, const char *key, const QString &where, qint64 min, qint64 max, bool required,
                   qint64 *out)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return !required || fail(where, QStringLiteral("missing"));
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || std::floor(d) != d)
            return fail(where, QStringLiteral("must be a whole number"));
        if (d < double(min) || d > double(max))
            return fail(where, QStringLiteral("must be from %1 to %2").arg(min).arg(max));
        *out = qint64(d);
        return true;
    }

    bool readSeconds(const QJsonObject &o, const char *key, const QString &where, double max, bool required, int *ms)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return !required || fail(where, QStringLiteral("missing"));
        if (!v.isDouble() || !std::isfinite(v.toDouble()))
            return fail(where, QStringLiteral("must be a number of seconds"));
        const double seconds = v.toDouble();
        if (seconds < 0 || seconds > max)
            return fail(where, QStringLiteral("must be from 0 to %1 seconds").arg(max));
        *ms = int(std::lround(seconds * 1000));
        return true;
    }

    bool readBool(const QJsonObject &o, const char *key, const QString &where, std::optional<bool> *out)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return true;
        if (!v.isBool())
            return fail(where, QStringLiteral("must be true or false"));
        *out = v.toBool();
        return true;
    }

    bool readId(const QJsonObject &o, QString *id)
    {
        const QJsonValue v = o.value(QLatin1String("id"));
        static const QRegularExpression kebab(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
        if (v.isUndefined())
            return fail(QStringLiteral("id"), QStringLiteral("missing"));
        *id = v.toString();
        if (!v.isString() || id->size() > 64 || !kebab.match(*id).hasMatch())
            return fail(QStringLiteral("id"), QStringLiteral("must be kebab-case (a-z, 0-9 and single hyphens)"));
        return true;
    }

    bool readText(const QJsonObject &o, const char *key, LocalizedText *text)
    {
        const QString where = QLatin1String(key);
        QJsonObject t;
        if (!readObject(o, key, where, &t, true) || !onlyKeys(t, where, {"en", "ja"}))
            return false;
        const QJsonValue en = t.value(QLatin1String("en"));
        const QJsonValue ja = t.value(QLatin1String("ja"));
        if (!en.isString() || en.toString().trimmed().isEmpty())
            return fail(where + QStringLiteral(".en"), QStringLiteral("the English text is missing"));
        if (!ja.isString() || ja.toString().trimmed().isEmpty())
            return fail(where + QStringLiteral(".ja"), QStringLiteral("the Japanese text is missing"));
        if (!hasJapaneseScript(ja.toString()))
            return fail(where + QStringLiteral(".ja"), QStringLiteral("holds no Japanese script"));
        for (const QJsonValue &v : {en, ja}) {
            if (hasControlCharacter(v.toString(), true))
                return fail(where, QStringLiteral("holds a control character"));
        }
        *text = {en.toString().trimmed(), ja.toString().trimmed()};
        return true;
    }

    bool readReply(const QJsonObject &parent, const QString &where, std::optional<Scenario::Reply> *out)
    {
        QJsonObject o;
        if (!readObject(parent, "reply", where, &o, false))
            return false;
        if (!parent.contains(QLatin1String("reply")))
            return true;
        if (!onlyKeys(o, where, {"code", "enhanced", "text"}))
            return false;
        Scenario::Reply reply;
        if (!readInt(o, "code", where + QStringLiteral(".code"), 200, 599, true, &reply.code))
            return false;
        if (reply.code % 100 > 59)
            return fail(where + QStringLiteral(".code"), QStringLiteral("%1 is no reply code").arg(reply.code));
        const QJsonValue enhanced = o.value(QLatin1String("enhanced"));
        if (!enhanced.isUndefined()) {
            const auto code = enhanced.isString() ? EnhancedStatusCode::fromString(enhanced.toString()) : std::nullopt;
            if (!code || !code->isValid() || code->statusClass() == 0)
                return fail(where + QStringLiteral(".enhanced"), QStringLiteral("must be like \"5.1.1\" (RFC 3463)"));
            if (code->statusClass() != reply.code / 100) {
                return fail(where + QStringLiteral(".enhanced"),
                            QStringLiteral("class %1 does not match the reply code %2")
                                .arg(code->statusClass())
                                .arg(reply.code));
            }
            reply.enhanced = code->toString();
        }
        const QJsonValue text = o.value(QLatin1String("text"));
        const QString textWhere = where + QStringLiteral(".text");
        if (text.isString()) {
            reply.lines = QStringList{text.toString()};
        } else if (text.isArray()) {
            for (const QJsonValue &line : text.toArray()) {
                if (!line.isString())
                    return fail(textWhere, QStringLiteral("every line must be a string"));
                reply.lines.append(line.toString());
            }
        } else {
            return fail(textWhere, QStringLiteral("must be a string or an array of lines"));
        }
        if (reply.lines.isEmpty() || reply.lines.size() > kMaxReplyLines)
            return fail(textWhere, QStringLiteral("must have from 1 to %1 lines").arg(kMaxReplyLines));
        for (const QString &line : std::as_const(reply.lines)) {
            if (line.trimmed().isEmpty() || line.size() > kMaxLineText)
                return fail(textWhere, QStringLiteral("a line must hold from 1 to %1 characters").arg(kMaxLineText));
            if (hasControlCharacter(line, false))
                return fail(textWhere, QStringLiteral("a line holds a control character"));
            for (auto it = placeholderPattern().globalMatch(line); it.hasNext();) {
                const QString name = it.next().captured(1);
                if (!Scenario::placeholderNames().contains(name)) {
                    return fail(textWhere, QStringLiteral("unknown placeholder {%1} (known: %2)")
                                               .arg(name, Scenario::placeholderNames().join(QStringLiteral(", "))));
                }
            }
        }
        *out = reply;
        return true;
    }

    bool readAction(const QJsonObject &o, const QString &where, Scenario::Action *action)
    {
        if (!readReply(o, path(where, "reply"), &action->reply) ||
            !readSeconds(o, "delay", path(where, "delay"), kMaxDelaySeconds, false, &action->delayMs))
            return false;
        const QJsonValue d = o.value(QLatin1String("disconnect"));
        if (!d.isUndefined()) {
            const QString key = d.toString();
            if (key == QLatin1String("none"))
                action->disconnect = Scenario::Disconnect::None;
            else if (key == QLatin1String("before"))
                action->disconnect = Scenario::Disconnect::BeforeReply;
            else if (key == QLatin1String("after"))
                action->disconnect = Scenario::Disconnect::AfterReply;
            else
                return fail(path(where, "disconnect"), QStringLiteral("must be \"none\", \"before\" or \"after\""));
        }
        if (action->disconnect == Scenario::Disconnect::BeforeReply && action->reply)
            return fail(path(where, "reply"), QStringLiteral("a connection closed before the reply has no reply"));
        return true;
    }

    bool readGreeting(const QJsonObject &o, Scenario::Action *greeting)
    {
        const QString where = QStringLiteral("greeting");
        QJsonObject g;
        if (!readObject(o, "greeting", where, &g, true) || !onlyKeys(g, where, {"reply", "delay", "disconnect"}) ||
            !readAction(g, where, greeting))
            return false;
        if (!greeting->reply && greeting->disconnect != Scenario::Disconnect::BeforeReply)
            return fail(where + QStringLiteral(".reply"), QStringLiteral("missing"));
        if (greeting->reply && greeting->reply->isPositive() && greeting->reply->code != 220) {
            return fail(where + QStringLiteral(".reply.code"),
                        QStringLiteral("a greeting is 220, or a refusal (4xx, 5xx)"));
        }
        return true;
    }

    bool readCapabilities(const QJsonObject &o, QStringList *out)
    {
        const QString where = QStringLiteral("capabilities");
        const QJsonValue v = o.value(where);
        if (!v.isArray())
            return fail(where, v.isUndefined() ? QStringLiteral("missing") : QStringLiteral("must be an array"));
        static const QRegularExpression shape(QStringLiteral("^([A-Z0-9][A-Z0-9-]*)((?: [\\x21-\\x7E]+)*)$"));
        QStringList keywords;
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString item = QStringLiteral("%1[%2]").arg(where).arg(i);
            const QString line = array.at(i).toString();
            const QRegularExpressionMatch m = shape.match(line);
            if (!array.at(i).isString() || !m.hasMatch() || line.size() > 200)
                return fail(item, QStringLiteral("must be an upper-case EHLO keyword and its parameters"));
            const QString keyword = m.captured(1);
            const QStringList parameters = m.captured(2).split(u' ', Qt::SkipEmptyParts);
            if (!supportedCapabilities().contains(keyword)) {
                return fail(item, QStringLiteral("the practice server cannot do %1 (it can: %2)")
                                      .arg(keyword, supportedCapabilities().join(QStringLiteral(", "))));
            }
            if (keywords.contains(keyword))
                return fail(item, QStringLiteral("%1 is listed twice").arg(keyword));
            keywords.append(keyword);
            if (keyword == QLatin1String("SIZE")) {
                bool number = parameters.isEmpty();
                if (parameters.size() == 1)
                    parameters.first().toLongLong(&number);
                if (!number)
                    return fail(item, QStringLiteral("SIZE takes one number of bytes (RFC 1870)"));
            }
            if (keyword == QLatin1String("AUTH")) {
                if (parameters.isEmpty())
                    return fail(item, QStringLiteral("AUTH needs at least one mechanism"));
                for (const QString &mechanism : parameters) {
                    if (!supportedMechanisms().contains(mechanism)) {
                        return fail(item, QStringLiteral("the practice server cannot do AUTH %1 (it can: %2)")
                                              .arg(mechanism, supportedMechanisms().join(u' ')));
                    }
                }
            }
            out->append(line);
        }
        return true;
    }

    bool readRules(const QJsonObject &o, const Scenario &scenario, QList<Scenario::Rule> *out)
    {
        const QJsonValue v = o.value(QLatin1String("rules"));
        if (v.isUndefined())
            return true;
        if (!v.isArray())
            return fail(QStringLiteral("rules"), QStringLiteral("must be an array"));
        const QJsonArray array = v.toArray();
        if (array.size() > 50)
            return fail(QStringLiteral("rules"), QStringLiteral("at most 50 rules"));
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString where = QStringLiteral("rules[%1]").arg(i);
            if (!array.at(i).isObject())
                return fail(where, QStringLiteral("must be an object"));
            const QJsonObject r = array.at(i).toObject();
            if (!onlyKeys(r, where, {"on", "tls", "authenticated", "afterBytes", "reply", "delay", "disconnect"}))
                return false;
            Scenario::Rule rule;
            const auto event = Scenario::eventFromKey(r.value(QLatin1String("on")).toString());
            if (!event) {
                return fail(where + QStringLiteral(".on"),
                            QStringLiteral("must be one of: %1").arg(Scenario::eventKeys().join(u' ')));
            }
            rule.event = *event;
            if (!readBool(r, "tls", where + QStringLiteral(".tls"), &rule.tls) ||
                !readBool(r, "authenticated", where + QStringLiteral(".authenticated"), &rule.authenticated) ||
                !readInt64(r, "afterBytes", where + QStringLiteral(".afterBytes"), 1, qint64(1) << 40, false,
                           &rule.afterBytes) ||
                !readAction(r, where, &rule.action))
                return false;
            if (!checkRule(rule, r, where, scenario))
                return false;
            out->append(rule);
        }
        return true;
    }

    bool checkRule(const Scenario::Rule &rule, const QJsonObject &r, const QString &where, const Scenario &scenario)
    {
        const bool hasAfterBytes = r.contains(QLatin1String("afterBytes"));
        if (rule.event == Event::Message) {
            if (!hasAfterBytes)
                return fail(where + QStringLiteral(".afterBytes"), QStringLiteral("missing (a message rule needs it)"));
            if (rule.action.disconnect == Scenario::Disconnect::None) {
                return fail(where + QStringLiteral(".disconnect"),
                            QStringLiteral("a message rule must close the connection (\"before\" or \"after\")"));
            }
        } else if (hasAfterBytes) {
            return fail(where + QStringLiteral(".afterBytes"), QStringLiteral("only a message rule has it"));
        }
        if (!rule.action.reply && rule.action.disconnect == Scenario::Disconnect::None && rule.action.delayMs == 0)
            return fail(where, QStringLiteral("does nothing: give a reply, a delay or a disconnect"));
        if (rule.action.reply && rule.action.reply->isPositive()) {
            if (!Scenario::positiveCodes(rule.event).contains(rule.action.reply->code)) {
                return fail(where + QStringLiteral(".reply.code"),
                            QStringLiteral("%1 cannot answer %2 here; use 4xx or 5xx, or leave the reply out to "
                                           "keep the usual one")
                                .arg(rule.action.reply->code)
                                .arg(Scenario::eventKey(rule.event)));
            }
        }
        if (rule.event == Event::StartTls && !scenario.offers(QStringLiteral("STARTTLS")))
            return fail(where + QStringLiteral(".on"), QStringLiteral("STARTTLS is not in the capabilities"));
        if (rule.event == Event::Auth && !scenario.offers(QStringLiteral("AUTH")))
            return fail(where + QStringLiteral(".on"), QStringLiteral("AUTH is not in the capabilities"));
        return true;
    }

    bool readGreylisting(const QJsonObject &o, std::optional<Scenario::Greylisting> *out)
    {
        const QString where = QStringLiteral("greylisting");
        QJsonObject g;
        if (!readObject(o, "greylisting", where, &g, false))
            return false;
        if (!o.contains(where))
            return true;
        Scenario::Greylisting greylisting;
        std::optional<Scenario::Reply> reply;
        if (!onlyKeys(g, where, {"retryAfter", "reply"}) ||
            !readSeconds(g, "retryAfter", where + QStringLiteral(".retryAfter"), kMaxRetryAfterSeconds, true,
                         &greylisting.retryAfterMs) ||
            !readReply(g, where + QStringLiteral(".reply"), &reply))
            return false;
        if (greylisting.retryAfterMs <= 0)
            return fail(where + QStringLiteral(".retryAfter"), QStringLiteral("must be more than 0 seconds"));
        if (!reply)
            return fail(where + QStringLiteral(".reply"), QStringLiteral("missing"));
        if (reply->code / 100 != 4)
            return fail(where + QStringLiteral(".reply.code"), QStringLiteral("greylisting defers: it must be 4xx"));
        greylisting.reply = *reply;
        *out = greylisting;
        return true;
    }

    bool readClient(const QJsonObject &o, Scenario::ClientHints *client)
    {
        const QString where = QStringLiteral("client");
        QJsonObject c;
        if (!readObject(o, "client", where, &c, false) || !onlyKeys(c, where, {"security", "auth"}))
            return false;
        const QJsonValue security = c.value(QLatin1String("security"));
        if (!security.isUndefined()) {
            const auto s = SessionSettings::securityFromKey(security.toString());
            // The practice server speaks STARTTLS; it has no implicit-TLS port.
            if (!security.isString() || !s || *s == SessionSettings::Security::ImplicitTls) {
                return fail(where + QStringLiteral(".security"),
                            QStringLiteral("must be \"none\", \"starttls\" or \"starttls-required\""));
            }
            client->security = *s;
        }
        std::optional<bool> auth;
        if (!readBool(c, "auth", where + QStringLiteral(".auth"), &auth))
            return false;
        client->authenticate = auth.value_or(false);
        return true;
    }

    bool readExpected(const QJsonObject &o, Scenario::Expectation *expected)
    {
        const QString where = QStringLiteral("expected");
        QJsonObject e;
        if (!readObject(o, "expected", where, &e, true) ||
            !onlyKeys(e, where, {"stage", "code", "enhanced", "outcome"}))
            return false;
        const auto stage = SessionStages::fromKey(e.value(QLatin1String("stage")).toString());
        if (!e.value(QLatin1String("stage")).isString() || !stage || *stage == SessionStage::None)
            return fail(where + QStringLiteral(".stage"), QStringLiteral("must be a session stage (\"rcpt\", "
                                                                         "\"end-of-data\", …)"));
        expected->stage = *stage;
        if (!readInt(e, "code", where + QStringLiteral(".code"), 200, 599, false, &expected->code))
            return false;
        const QJsonValue enhanced = e.value(QLatin1String("enhanced"));
        if (!enhanced.isUndefined()) {
            const auto code = EnhancedStatusCode::fromString(enhanced.toString());
            if (!enhanced.isString() || !code || !code->isValid() || code->statusClass() != expected->code / 100)
                return fail(where + QStringLiteral(".enhanced"),
                            QStringLiteral("must be an enhanced code of the same class as \"code\""));
            expected->enhanced = code->toString();
        }
        expected->outcome = e.value(QLatin1String("outcome")).toString();
        if (!outcomeKeys().contains(expected->outcome)) {
            return fail(where + QStringLiteral(".outcome"),
                        QStringLiteral("must be one of: %1").arg(outcomeKeys().join(QStringLiteral(", "))));
        }
        const bool replyless =
            expected->outcome == QLatin1String("disconnected") || expected->outcome == QLatin1String("timeout");
        if (expected->code == 0 && !replyless)
            return fail(where + QStringLiteral(".code"), QStringLiteral("missing"));
        return true;
    }

    QString m_source;
    QString m_error;
};

} // namespace

namespace ScenarioReader {

std::optional<Scenario> read(const QByteArray &json, const QString &source, QString *error)
{
    Reader reader(source);
    std::optional<Scenario> scenario = reader.read(json);
    if (error)
        *error = scenario ? QString() : reader.error();
    return scenario;
}

} // namespace ScenarioReader

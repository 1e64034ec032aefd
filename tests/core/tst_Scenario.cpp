// Scenario files: the built-in ones load cleanly and read well; broken ones fail loudly, naming
// the file and the field; replies render safely.

#include "core/practice/Scenario.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

class tst_Scenario final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void builtInScenarios();
    void japaneseTerms();
    void brokenScenario_data();
    void brokenScenario();
    void scenarioDirectory();
    void replyRendering();
};

namespace {

QJsonObject cleanScenarioJson()
{
    QFile file(QStringLiteral(":/scenarios/clean-delivery.json"));
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

QJsonObject reply(int code, const QString &enhanced, const QJsonValue &text)
{
    QJsonObject r{{QStringLiteral("code"), code}, {QStringLiteral("text"), text}};
    if (!enhanced.isEmpty())
        r.insert(QStringLiteral("enhanced"), enhanced);
    return r;
}

QJsonObject rule(const QString &on, const QJsonObject &more)
{
    QJsonObject r = more;
    r.insert(QStringLiteral("on"), on);
    return r;
}

} // namespace

void tst_Scenario::initTestCase()
{
    QVERIFY2(Scenario::builtInErrors().isEmpty(), qPrintable(Scenario::builtInErrors().join(u'\n')));
}

void tst_Scenario::builtInScenarios()
{
    const QList<Scenario> &all = Scenario::builtIn();
    QVERIFY(all.size() >= 16);
    QCOMPARE(all.first().id, Scenario::defaultId()); // the default comes first in the teaching order
    const QStringList required{QStringLiteral("clean-delivery"),      QStringLiteral("unknown-recipient"),
                               QStringLiteral("host-not-accepting"),  QStringLiteral("relay-denied"),
                               QStringLiteral("greylisting"),         QStringLiteral("starttls-required"),
                               QStringLiteral("auth-failed"),         QStringLiteral("message-too-big"),
                               QStringLiteral("mailbox-full"),        QStringLiteral("rate-limited"),
                               QStringLiteral("dmarc-failure"),       QStringLiteral("null-mx"),
                               QStringLiteral("no-smtp-service"),     QStringLiteral("slow-greeting"),
                               QStringLiteral("disconnect-mid-data"), QStringLiteral("multi-line-rejection")};
    for (const QString &id : required)
        QVERIFY2(Scenario::find(id), qPrintable(id));
    QVERIFY(!Scenario::find(QStringLiteral("no-such-scenario")));
    for (qsizetype i = 1; i < all.size(); ++i)
        QVERIFY2(all.at(i - 1).order < all.at(i).order, qPrintable(all.at(i).id));

    // The tarpit stays well under a client's usual 60 s greeting timeout; greylisting waits briefly.
    const Scenario *tarpit = Scenario::find(QStringLiteral("slow-greeting"));
    QVERIFY(tarpit->greeting.delayMs >= 5000 && tarpit->greeting.delayMs <= 15'000);
    const Scenario *grey = Scenario::find(QStringLiteral("greylisting"));
    QVERIFY(grey->greylisting && grey->greylisting->retryAfterMs <= 5000);
    // The reply of the multi-line scenario really has several lines.
    const Scenario *multi = Scenario::find(QStringLiteral("multi-line-rejection"));
    QVERIFY(multi->rules.value(0).action.reply->lines.size() >= 3);
}

void tst_Scenario::japaneseTerms()
{
    // translations/GLOSSARY.md: one spelling per word (the rules tst_ReferenceCatalog enforces).
    const QList<std::pair<QRegularExpression, const char *>> rules{
        {QRegularExpression(QStringLiteral("サーバ(?!ー)")), "サーバー"},
        {QRegularExpression(QStringLiteral("ユーザ(?!ー)")), "ユーザー"},
        {QRegularExpression(QStringLiteral("フィルタ(?!ー)")), "フィルター"},
        {QRegularExpression(QStringLiteral("ヘッダ(?!ー)")), "ヘッダー"},
        {QRegularExpression(QStringLiteral("プロバイダ(?!ー)")), "プロバイダー"},
        {QRegularExpression(QStringLiteral("(メモリ|ディレクトリ|レジストリ|プロキシ|エントリ)ー")), "no ー after -y"},
        {QRegularExpression(QStringLiteral("ブラックリスト")), "ブロックリスト"},
        {QRegularExpression(QStringLiteral("ホワイトリスト")), "許可リスト"},
        {QRegularExpression(QStringLiteral("(?<!チャレンジ)レスポンス")), "応答"},
        {QRegularExpression(QStringLiteral("(だ|である)。")), "です・ます調"},
    };
    for (const Scenario &s : Scenario::builtIn()) {
        for (const QString &text : {s.title.ja, s.lesson.ja}) {
            for (const auto &[re, want] : rules) {
                const QRegularExpressionMatch m = re.match(text);
                QVERIFY2(
                    !m.hasMatch(),
                    qPrintable(QStringLiteral("%1: \"%2\": use %3").arg(s.id, m.captured(0), QString::fromUtf8(want))));
            }
        }
        QVERIFY2(s.lesson.ja.endsWith(u'。'), qPrintable(s.id));
    }
}

void tst_Scenario::brokenScenario_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error"); ///< a fragment of the expected error

    const QJsonObject clean = cleanScenarioJson();
    QVERIFY(!clean.isEmpty());
    const auto with = [&](const std::function<void(QJsonObject &)> &change) {
        QJsonObject o = clean;
        change(o);
        return QJsonDocument(o).toJson();
    };
    const auto withRule = [&](const QJsonObject &r) {
        return with([&](QJsonObject &o) { o.insert(QStringLiteral("rules"), QJsonArray{r}); });
    };
    const auto set = [&](const QString &key, const QJsonValue &value) {
        return with([&](QJsonObject &o) { o.insert(key, value); });
    };
    const auto setIn = [&](const QString &object, const QString &key, const QJsonValue &value) {
        return with([&](QJsonObject &o) {
            QJsonObject inner = o.value(object).toObject();
            inner.insert(key, value);
            o.insert(object, inner);
        });
    };
    const auto rcptReply = [&](const QJsonObject &r) {
        return withRule(rule(QStringLiteral("rcpt"), {{QStringLiteral("reply"), r}}));
    };

    QTest::newRow("not JSON") << QByteArray("{\"id\": ") << QStringLiteral("invalid JSON");
    QTest::newRow("an array") << QByteArray("[]") << QStringLiteral("must be an object");
    QTest::newRow("no id") << with([](QJsonObject &o) { o.remove(QStringLiteral("id")); })
                           << QStringLiteral("id: missing");
    QTest::newRow("id not kebab-case") << set(QStringLiteral("id"), QStringLiteral("Clean_Delivery"))
                                       << QStringLiteral("id: must be kebab-case");
    QTest::newRow("unknown field") << set(QStringLiteral("titel"), 1) << QStringLiteral("titel: unknown field");
    QTest::newRow("order not whole") << set(QStringLiteral("order"), 1.5)
                                     << QStringLiteral("order: must be a whole number");
    QTest::newRow("no Japanese title") << setIn(QStringLiteral("title"), QStringLiteral("ja"), QString())
                                       << QStringLiteral("title.ja: the Japanese text is missing");
    QTest::newRow("English as Japanese") << setIn(QStringLiteral("lesson"), QStringLiteral("ja"),
                                                  QStringLiteral("Hello"))
                                         << QStringLiteral("lesson.ja: holds no Japanese script");
    QTest::newRow("no greeting") << with([](QJsonObject &o) { o.remove(QStringLiteral("greeting")); })
                                 << QStringLiteral("greeting: missing");
    QTest::newRow("greeting 250") << set(QStringLiteral("greeting"),
                                         QJsonObject{{QStringLiteral("reply"), reply(250, {}, QStringLiteral("hi"))}})
                                  << QStringLiteral("greeting.reply.code");
    QTest::newRow("code 600") << rcptReply(reply(600, {}, QStringLiteral("x")))
                              << QStringLiteral("rules[0].reply.code");
    QTest::newRow("code 170") << rcptReply(reply(170, {}, QStringLiteral("x")))
                              << QStringLiteral("rules[0].reply.code");
    QTest::newRow("code as text") << rcptReply(QJsonObject{{QStringLiteral("code"), QStringLiteral("550")},
                                                           {QStringLiteral("text"), QStringLiteral("x")}})
                                  << QStringLiteral("rules[0].reply.code: must be a whole number");
    QTest::newRow("enhanced 5.1") << rcptReply(reply(550, QStringLiteral("5.1"), QStringLiteral("x")))
                                  << QStringLiteral("rules[0].reply.enhanced");
    QTest::newRow("enhanced class") << rcptReply(reply(550, QStringLiteral("4.1.1"), QStringLiteral("x")))
                                    << QStringLiteral("class 4 does not match the reply code 550");
    QTest::newRow("no text") << rcptReply(reply(550, {}, QJsonArray())) << QStringLiteral("rules[0].reply.text");
    QTest::newRow("CR LF in text") << rcptReply(reply(550, {}, QStringLiteral("a\r\n250 ok")))
                                   << QStringLiteral("control character");
    QTest::newRow("unknown placeholder") << rcptReply(reply(550, {}, QStringLiteral("<{adress}> unknown")))
                                         << QStringLiteral("unknown placeholder {adress}");
    QTest::newRow("unknown event") << withRule(rule(QStringLiteral("rcpt-to"), {{QStringLiteral("delay"), 1}}))
                                   << QStringLiteral("rules[0].on: must be one of");
    QTest::newRow("positive EHLO rule")
        << withRule(rule(QStringLiteral("ehlo"), {{QStringLiteral("reply"), reply(250, {}, QStringLiteral("hi"))}}))
        << QStringLiteral("250 cannot answer ehlo");
    QTest::newRow("bad disconnect") << withRule(rule(QStringLiteral("rcpt"),
                                                     {{QStringLiteral("disconnect"), QStringLiteral("sometimes")}}))
                                    << QStringLiteral("rules[0].disconnect");
    QTest::newRow("reply before close")
        << withRule(rule(QStringLiteral("rcpt"), {{QStringLiteral("disconnect"), QStringLiteral("before")},
                                                  {QStringLiteral("reply"), reply(550, {}, QStringLiteral("x"))}}))
        << QStringLiteral("rules[0].reply: a connection closed before the reply");
    QTest::newRow("message rule without afterBytes")
        << withRule(rule(QStringLiteral("message"), {{QStringLiteral("disconnect"), QStringLiteral("before")}}))
        << QStringLiteral("rules[0].afterBytes: missing");
    QTest::newRow("message rule that does not close")
        << withRule(rule(QStringLiteral("message"), {{QStringLiteral("afterBytes"), 10}, {QStringLiteral("delay"), 1}}))
        << QStringLiteral("rules[0].disconnect: a message rule must close");
    QTest::newRow("afterBytes on RCPT") << withRule(rule(QStringLiteral("rcpt"), {{QStringLiteral("afterBytes"), 10},
                                                                                  {QStringLiteral("delay"), 1}}))
                                        << QStringLiteral("rules[0].afterBytes: only a message rule");
    QTest::newRow("rule doing nothing") << withRule(rule(QStringLiteral("rcpt"), {}))
                                        << QStringLiteral("rules[0]: does nothing");
    QTest::newRow("negative delay") << withRule(rule(QStringLiteral("rcpt"), {{QStringLiteral("delay"), -1}}))
                                    << QStringLiteral("rules[0].delay");
    QTest::newRow("delay of an hour") << withRule(rule(QStringLiteral("rcpt"), {{QStringLiteral("delay"), 3600}}))
                                      << QStringLiteral("rules[0].delay: must be from 0 to 120 seconds");
    QTest::newRow("unknown rule field") << withRule(rule(QStringLiteral("rcpt"), {{QStringLiteral("delay"), 1},
                                                                                  {QStringLiteral("when"), true}}))
                                        << QStringLiteral("rules[0].when: unknown field");
    QTest::newRow("CHUNKING") << set(QStringLiteral("capabilities"), QJsonArray{QStringLiteral("CHUNKING")})
                              << QStringLiteral("capabilities[0]: the practice server cannot do CHUNKING");
    QTest::newRow("XOAUTH2") << set(QStringLiteral("capabilities"), QJsonArray{QStringLiteral("AUTH PLAIN XOAUTH2")})
                             << QStringLiteral("cannot do AUTH XOAUTH2");
    QTest::newRow("SIZE big") << set(QStringLiteral("capabilities"), QJsonArray{QStringLiteral("SIZE big")})
                              << QStringLiteral("SIZE takes one number");
    QTest::newRow("lower-case keyword") << set(QStringLiteral("capabilities"), QJsonArray{QStringLiteral("pipelining")})
                                        << QStringLiteral("capabilities[0]: must be an upper-case EHLO keyword");
    QTest::newRow("STARTTLS rule without STARTTLS") << with([](QJsonObject &o) {
        o.insert(QStringLiteral("capabilities"), QJsonArray{QStringLiteral("PIPELINING")});
        o.insert(QStringLiteral("rules"), QJsonArray{rule(QStringLiteral("starttls"), {{QStringLiteral("delay"), 1}})});
    }) << QStringLiteral("STARTTLS is not in the capabilities");
    QTest::newRow("greylisting 5xx") << set(QStringLiteral("greylisting"),
                                            QJsonObject{{QStringLiteral("retryAfter"), 2},
                                                        {QStringLiteral("reply"), reply(550, {}, QStringLiteral("x"))}})
                                     << QStringLiteral("greylisting.reply.code: greylisting defers");
    QTest::newRow("greylisting no wait") << set(QStringLiteral("greylisting"),
                                                QJsonObject{
                                                    {QStringLiteral("retryAfter"), 0},
                                                    {QStringLiteral("reply"), reply(451, {}, QStringLiteral("x"))}})
                                         << QStringLiteral("greylisting.retryAfter: must be more than 0");
    QTest::newRow("implicit TLS client") << set(QStringLiteral("client"),
                                                QJsonObject{{QStringLiteral("security"), QStringLiteral("tls")}})
                                         << QStringLiteral("client.security");
    QTest::newRow("auth not a bool") << set(QStringLiteral("client"), QJsonObject{{QStringLiteral("auth"), 1}})
                                     << QStringLiteral("client.auth: must be true or false");
    QTest::newRow("no expected") << with([](QJsonObject &o) { o.remove(QStringLiteral("expected")); })
                                 << QStringLiteral("expected: missing");
    QTest::newRow("expected stage") << setIn(QStringLiteral("expected"), QStringLiteral("stage"),
                                             QStringLiteral("rcpt-to"))
                                    << QStringLiteral("expected.stage");
    QTest::newRow("expected outcome") << setIn(QStringLiteral("expected"), QStringLiteral("outcome"),
                                               QStringLiteral("bounced"))
                                      << QStringLiteral("expected.outcome: must be one of");
    QTest::newRow("expected code missing") << with([](QJsonObject &o) {
        QJsonObject e = o.value(QStringLiteral("expected")).toObject();
        e.remove(QStringLiteral("code"));
        e.remove(QStringLiteral("enhanced"));
        o.insert(QStringLiteral("expected"), e);
    }) << QStringLiteral("expected.code: missing");
}

void tst_Scenario::brokenScenario()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);

    QString message = QStringLiteral("(not set)");
    const std::optional<Scenario> scenario = Scenario::fromJson(json, &message, QStringLiteral("broken.json"));
    QVERIFY2(!scenario, qPrintable(QString::fromUtf8(json)));
    QVERIFY2(message.startsWith(QLatin1String("broken.json: ")), qPrintable(message));
    QVERIFY2(message.contains(error), qPrintable(message));

    // The unbroken original is fine.
    const QByteArray clean = QJsonDocument(cleanScenarioJson()).toJson();
    QVERIFY2(Scenario::fromJson(clean, &message), qPrintable(message));
    QVERIFY(message.isEmpty());
}

void tst_Scenario::scenarioDirectory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    };
    QJsonObject first = cleanScenarioJson();
    first.insert(QStringLiteral("id"), QStringLiteral("first"));
    first.insert(QStringLiteral("order"), 5);
    QJsonObject second = first;
    second.insert(QStringLiteral("id"), QStringLiteral("second"));
    second.insert(QStringLiteral("order"), 1);
    write(QStringLiteral("first.json"), QJsonDocument(first).toJson());
    write(QStringLiteral("second.json"), QJsonDocument(second).toJson());
    write(QStringLiteral("renamed.json"), QJsonDocument(first).toJson()); // id "first" in renamed.json
    write(QStringLiteral("broken.json"), "{ not json");
    write(QStringLiteral("notes.txt"), "not a scenario");

    QStringList errors;
    const QList<Scenario> scenarios = Scenario::fromDirectory(dir.path(), &errors);
    QCOMPARE(scenarios.size(), 2);
    QCOMPARE(scenarios.at(0).id, QStringLiteral("second")); // teaching order, not file order
    QCOMPARE(scenarios.at(1).id, QStringLiteral("first"));
    QCOMPARE(scenarios.at(1).source, dir.filePath(QStringLiteral("first.json")));
    QCOMPARE(errors.size(), 2);
    QVERIFY2(errors.at(0).contains(QLatin1String("broken.json: invalid JSON")), qPrintable(errors.join(u'\n')));
    QVERIFY2(errors.at(1).contains(QLatin1String("renamed.json: id: \"first\" must match the file name")),
             qPrintable(errors.join(u'\n')));

    errors.clear();
    QVERIFY(Scenario::fromDirectory(dir.filePath(QStringLiteral("missing")), &errors).isEmpty());
}

void tst_Scenario::replyRendering()
{
    const Scenario::Reply multi{550, QStringLiteral("5.7.1"), {QStringLiteral("one {client}"), QStringLiteral("two")}};
    QCOMPARE(multi.render({{QStringLiteral("client"), QStringLiteral("127.0.0.1")}}),
             QByteArray("550-5.7.1 one 127.0.0.1\r\n550 5.7.1 two\r\n"));
    // What a client sent can never end a reply line or start a new one.
    const Scenario::Reply single{250, {}, {QStringLiteral("Hello {helo}")}};
    QCOMPARE(single.render({{QStringLiteral("helo"), QStringLiteral("evil\r\n250 fake")}}),
             QByteArray("250 Hello evil250 fake\r\n"));
    QCOMPARE(single.render().size(), qsizetype(12));
    QCOMPARE(single.render({{QStringLiteral("helo"), QString(10'000, u'x')}}).size(), qsizetype(10 + 256 + 2));
}

QTEST_GUILESS_MAIN(tst_Scenario)
#include "tst_Scenario.moc"

#include "cli/PracticeCommands.h"

#include "core/practice/PracticeServer.h"
#include "core/practice/Scenario.h"
#include "core/smtp/SessionOutcome.h"
#include "core/smtp/SessionStage.h"
#include "core/smtp/WireText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace {

class Practice
{
    Q_DECLARE_TR_FUNCTIONS(Practice)
};

QString inLanguage(const LocalizedText &text, ExplanationLanguage language)
{
    return language == ExplanationLanguage::Both ? text.en + QStringLiteral(" / ") + text.ja : text.text(language);
}

/// The stage the scenario's lesson comes at ("RCPT TO"); its title already names the code.
QString expectedStage(const Scenario &scenario)
{
    return scenario.expected.stage == SessionStage::None ? scenario.expected.outcome
                                                         : SessionStages::displayName(scenario.expected.stage);
}

} // namespace

namespace PracticeCommands {

QString unknownScenario(const QString &id)
{
    return Practice::tr("unknown practice scenario \"%1\"; smtp-doctor-cli --list-scenarios lists them").arg(id);
}

int listScenarios(ExplanationLanguage language, bool json)
{
    QTextStream out(stdout);
    const QList<Scenario> &scenarios = Scenario::builtIn();
    if (json) {
        QJsonArray list;
        for (const Scenario &s : scenarios) {
            list.append(QJsonObject{
                {QStringLiteral("id"), s.id},
                {QStringLiteral("title"), QJsonObject{{QStringLiteral("en"), s.title.en}, {QStringLiteral("ja"), s.title.ja}}},
                {QStringLiteral("lesson"),
                 QJsonObject{{QStringLiteral("en"), s.lesson.en}, {QStringLiteral("ja"), s.lesson.ja}}},
                {QStringLiteral("expected"),
                 QJsonObject{{QStringLiteral("stage"), SessionStages::key(s.expected.stage)},
                             {QStringLiteral("code"), s.expected.code},
                             {QStringLiteral("enhanced"), s.expected.enhanced},
                             {QStringLiteral("outcome"), s.expected.outcome}}},
            });
        }
        out << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return 0;
    }
    int idWidth = 0;
    for (const Scenario &s : scenarios)
        idWidth = qMax(idWidth, int(s.id.size()));
    for (const Scenario &s : scenarios) {
        out << s.id.leftJustified(idWidth + 2) << inLanguage(s.title, language) << "  [" << expectedStage(s)
            << "]\n";
    }
    out << '\n'
        << Practice::tr("Run one with: smtp-doctor-cli --practice <id>   Serve one for swaks or telnet: "
                        "smtp-doctor-cli --serve-practice <id> --port 2525")
        << '\n';
    return 0;
}

int serve(const QString &scenarioId, quint16 port, ExplanationLanguage language)
{
    const Scenario *scenario = Scenario::find(scenarioId);
    if (!scenario) {
        std::fprintf(stderr, "smtp-doctor-cli: %s\n", qPrintable(unknownScenario(scenarioId)));
        return 2;
    }
    PracticeServer server;
    server.setScenario(*scenario);
    if (!server.listen(port)) {
        std::fprintf(stderr, "smtp-doctor-cli: %s\n", qPrintable(server.errorString()));
        return 3;
    }
    QTextStream err(stderr);
    err << Practice::tr("Practice server \"%1\" on 127.0.0.1:%2 (Ctrl+C stops it).")
               .arg(inLanguage(scenario->title, language))
               .arg(server.port())
        << '\n'
        << inLanguage(scenario->lesson, language) << '\n'
        << Practice::tr("Try: swaks --server 127.0.0.1:%1 --from you@example.com --to someone@example.com")
               .arg(server.port())
        << '\n'
        << Practice::tr("Practice account for AUTH: %1 / %2.")
               .arg(PracticeServer::practiceUser(), PracticeServer::practicePassword())
        << '\n';
    // The practice CA (public, loopback only) where a client can be told to trust it.
    const QString caPath = QDir::temp().filePath(QStringLiteral("smtp-doctor-practice-ca.pem"));
    QFile ca(PracticeServer::caCertificatePath());
    QSaveFile copy(caPath);
    if (ca.open(QIODevice::ReadOnly) && copy.open(QIODevice::WriteOnly) && copy.write(ca.readAll()) >= 0 &&
        copy.commit()) {
        err << Practice::tr("STARTTLS uses the practice CA (public, for loopback only), written to %1; "
                            "with swaks: --tls --tls-ca-path %1")
                   .arg(caPath)
            << '\n';
    }
    err.flush();
    // The dialogue as it happens; client text is made safe for this terminal first.
    QObject::connect(&server, &PracticeServer::logLine, &server, [](const QString &peer, const QString &line) {
        QTextStream log(stderr);
        log << peer << ' ' << WireText::toDisplay(line.toUtf8()) << '\n';
    });
    // Like any server it runs until stopped; SIGINT ends the process (nothing to save).
    return QCoreApplication::exec();
}

QString startInProcess(PracticeServer *server, const QString &scenarioId, SessionSettings *settings)
{
    const Scenario *scenario = Scenario::find(scenarioId);
    if (!scenario)
        return unknownScenario(scenarioId);
    server->setScenario(*scenario);
    if (!server->isListening() && !server->listen(0))
        return server->errorString();
    *settings = server->clientSettings();
    settings->target = SessionSettings::Target::Practice;
    settings->practiceScenario = scenario->id;
    return {};
}

} // namespace PracticeCommands

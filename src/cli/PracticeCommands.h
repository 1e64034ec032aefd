#pragma once

#include "core/reference/LocalizedText.h"

#include <QString>

class PracticeServer;
struct SessionSettings;

/// smtp-doctor-cli's practice-server commands: --list-scenarios, --serve-practice, and the in-process
/// server behind --practice.
namespace PracticeCommands {

/// Prints the built-in scenarios (id, title, what they end with), or JSON; returns the exit status.
int listScenarios(ExplanationLanguage language, bool json);

/// Runs the practice server alone on 127.0.0.1:`port` (0: a free port) until the process is
/// interrupted, printing the dialogue to standard error; returns the exit status.
int serve(const QString &scenarioId, quint16 port, ExplanationLanguage language);

/// Starts `server` playing `scenarioId` and sets `settings` to what a session against it needs
/// (loopback, its port, the practice CA, and the scenario's hints: envelope, security, practice
/// login); the caller then applies the user's own options. Returns an error for the user, or empty.
QString startInProcess(PracticeServer *server, const QString &scenarioId, SessionSettings *settings);

/// "unknown scenario …; smtp-doctor-cli --list-scenarios lists them".
QString unknownScenario(const QString &id);

} // namespace PracticeCommands

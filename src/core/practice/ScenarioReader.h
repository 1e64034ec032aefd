#pragma once

#include "core/practice/Scenario.h"

#include <QByteArray>
#include <QString>

#include <optional>

/// The strict reader behind Scenario::fromJson() (resources/scenarios/SCHEMA.md).
namespace ScenarioReader {

/// Parses and validates one scenario; stops at the first problem and describes it in `*error` as
/// "<source>: <field>: <what is wrong>".
std::optional<Scenario> read(const QByteArray &json, const QString &source, QString *error);

} // namespace ScenarioReader

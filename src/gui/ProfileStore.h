#pragma once

#include "core/smtp/SessionSettings.h"

#include <QString>
#include <QStringList>

#include <optional>

class QSettings;

/// Named connection profiles, kept in QSettings under the "profiles" group. Everything in
/// SessionSettings is kept except the password or token (authSecret): settings files are plain text
/// that backups and other programs read. The secret lives as long as the running panel, or, when the
/// user opts in, in the desktop keyring (PasswordKeyring); the store only remembers that choice.
/// Names are case-insensitive: "Office" and "office" are the same profile.
class ProfileStore final
{
public:
    /// `settings` is not owned and must outlive the store; tests pass one on a temporary INI file.
    explicit ProfileStore(QSettings *settings);

    /// The saved names, sorted without regard to case.
    QStringList names() const;
    bool contains(const QString &name) const;
    /// The profile, with an empty authSecret; nullopt when there is none of that name.
    std::optional<SessionSettings> load(const QString &name) const;
    /// Saves (or replaces) the profile; authSecret is never written. An empty name is ignored.
    /// `passwordInKeyring` records that the user keeps this profile's password in the desktop keyring.
    void save(const QString &name, const SessionSettings &settings, bool passwordInKeyring = false);
    /// Whether `name` holds exactly these settings (the password aside).
    bool matches(const QString &name, const SessionSettings &settings) const;
    /// Whether the profile's password was put in the desktop keyring.
    bool passwordInKeyring(const QString &name) const;
    void remove(const QString &name);

    /// The profile used last, or an empty string when it has since been removed.
    QString lastUsed() const;
    void setLastUsed(const QString &name);

private:
    QSettings *m_settings;
};

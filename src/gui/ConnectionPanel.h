#pragma once

#include "core/reference/LocalizedText.h"
#include "core/smtp/SessionSettings.h"

#include <QList>
#include <QStringList>
#include <QWidget>

#include <array>
#include <memory>

class PasswordKeyring;
class ProfileStore;
class QLabel;
class QLineEdit;

namespace Ui {
class ConnectionPanel;
}

/// Where the user says what to connect to, how to secure and authenticate, and what to send: the
/// SessionSettings a session starts from. Meant for a left-hand dock or splitter about 320–380 px wide;
/// it scrolls rather than clips. Problems are flagged in place, under the field, as the user types.
/// The password (or XOAUTH2 token) lives in its field for this run only, and profiles are saved
/// without it; only when the user ticks "Keep in the desktop keyring" does it go to the keyring
/// (PasswordKeyring), from where loading the profile fills it in again.
class ConnectionPanel final : public QWidget
{
    Q_OBJECT

public:
    /// A practice scenario as the panel offers it (the scenarios themselves live in the core).
    struct PracticeChoice
    {
        QString id;
        LocalizedText title;
        LocalizedText lesson; ///< what the admin learns from it, shown under the picker
    };

    explicit ConnectionPanel(QWidget *parent = nullptr);
    ~ConnectionPanel() override;

    /// What the fields say (addresses, host and paths trimmed). The reply timeout is used for the
    /// greeting and for every command; a raw message file is used only when "raw file" is chosen.
    SessionSettings settings() const;
    /// Fills every field, the password included, and emits settingsChanged() once. Stages the panel
    /// does not offer as "Stop" (Connect, EndOfData, ...) become "at the end". Clears the flags of the
    /// previous settings: untouched empty fields are not flagged until validationErrors().
    void setSettings(const SessionSettings &settings);

    /// One sentence per problem, empty when the settings can start a session. Also flags every invalid
    /// field in place, empty ones the user has not reached yet included: call it when the user asks to
    /// start a session.
    QStringList validationErrors() const;
    /// Whether the settings can start a session; unlike validationErrors(), reveals nothing.
    bool isValid() const;

    /// The scenarios "Practice server" offers, in this order; titles follow the UI language.
    void setPracticeScenarios(const QList<PracticeChoice> &choices);

    /// Lists the store's profiles and loads the last used one; nullptr hides the Profile group. The
    /// store is not owned and must outlive the panel.
    void setProfileStore(ProfileStore *store);
    /// The desktop keyring for passwords the user asks to keep; nullptr (the default) hides the option.
    /// Not owned; must outlive the panel. Set it before setProfileStore().
    void setKeyring(PasswordKeyring *keyring);
    /// The name of the selected profile; empty when none is selected.
    QString currentProfile() const;

    /// While a session runs nothing can be edited: the session has its own copy of the settings.
    void setSessionRunning(bool running);
    bool isSessionRunning() const { return m_sessionRunning; }

Q_SIGNALS:
    /// Some field changed: edited by the user, set by setSettings(), or loaded from a profile.
    void settingsChanged();
    /// The user asked for the DNS check of the domain typed as "A domain's MX".
    void dnsCheckRequested(const QString &domain);

protected:
    void changeEvent(QEvent *event) override;

private:
    /// The fields that can be invalid, each with a message label under it.
    enum Field
    {
        HostField,
        PortField,
        CaFileField,
        AuthUserField,
        PasswordField,
        MailFromField,
        RecipientsField,
        MessageFileField,
        ExtraHeadersField,
        QuitAfterField,
        FieldCount
    };
    struct Problem
    {
        Field field;
        QString message; ///< shown under the field
    };

    void connectFields();
    void fieldEdited(Field field);
    void afterEdit();
    void portEdited(int port);
    void securityEdited();
    void targetEdited();
    void fillScenarioPicker();
    SessionSettings::Target target() const;
    void updateDependentWidgets();
    void applyColours();

    SessionSettings::Security security() const;
    SessionStage quitAfter() const;
    bool transactionPlanned() const;
    QList<Problem> problems() const;
    void showProblems(const QList<Problem> &problems) const;
    bool hasInput(Field field) const;
    QWidget *fieldWidget(Field field) const;
    QLabel *messageLabel(Field field) const;
    QString fieldName(Field field) const;

    void browseFile(QLineEdit *target, Field field, const QString &title, const QString &filter);

    void reloadProfileNames(const QString &select);
    void loadProfile(const QString &name);
    void saveProfile();
    /// Saves the fields as `name`, puts the password in the keyring (or takes it out) as the user chose.
    void storeProfile(const QString &name);
    void keyringRead(const QString &profile, const QString &secret, const QString &error);
    void keyringWritten(const QString &profile, const QString &error);
    void startSaveAs();
    void updateSaveAsRow();
    void finishSaveAs();
    void cancelSaveAs();
    void deleteProfile();
    void showProfileNote(const QString &text);
    void updateProfileButtons();

    std::unique_ptr<Ui::ConnectionPanel> m_ui;
    ProfileStore *m_store = nullptr;
    PasswordKeyring *m_keyring = nullptr;
    struct KeyringRequest
    {
        QString profile;
        QString host;
        QString user;
    };
    KeyringRequest m_keyringAsked; ///< the read in flight: its answer only fits these
    QList<PracticeChoice> m_scenarios;
    QString m_wantedScenario; ///< from setSettings(), kept until the scenarios are known
    std::array<bool, FieldCount> m_touched{};
    mutable bool m_revealAll = false; ///< set by validationErrors(): flag untouched empty fields too
    bool m_updating = false;          ///< fields are being set by code: no coupling, no signals
    bool m_sessionRunning = false;
};

#pragma once

#include "core/smtp/TargetResolver.h"
#include "core/transcript/TranscriptExporter.h"

#include <QHostAddress>
#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

class DnsPanel;
class QActionGroup;
class PasswordKeyring;
class PracticeServer;
class ProfileStore;
class ReferenceWindow;
class ReplyInspector;
class SmtpConnection;
class SmtpSession;
class Transcript;
class TranscriptModel;
class Translations;
struct SessionOutcome;

namespace Ui {
class MainWindow;
}

/// The main window: the connection panel on the left, the live transcript in the middle with the
/// command bar under it, and on the right what the selected (or newest) reply means. It wires the
/// widgets to the core; it never parses SMTP or decides what a code means.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Translations *translations, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Actions, public for tests and the command line.
    void connectToServer();
    void step();
    void runToEnd();
    void stop();
    void newSession();
    bool exportTranscript(TranscriptExporter::Format format, const QString &path, QString *error = nullptr);
    void showReference(const QString &code = {});

    SmtpSession *session() const { return m_session.get(); }
    Transcript *transcript() const { return m_transcript.get(); }
    TranscriptModel *transcriptModel() const { return m_model; }
    QString outcomeText() const;
    /// The practice server the "Practice server" target connects to (started on first use).
    PracticeServer *practiceServer() const { return m_practice; }
    /// Where MX lookups go (tests); null means the system resolver.
    void setNameserver(const QHostAddress &nameserver);
    /// Aims the connection panel at the practice server playing this scenario, with its hints.
    void choosePracticeScenario(const QString &id);
    /// Runs the session again against the next MX of the domain, when there is one.
    void tryNextMx();
    /// Opens the DNS panel and checks `domain` at once (an empty domain just opens it); `focus` selects
    /// the first finding of those checks.
    void showDnsCheck(const QString &domain = {}, const QStringList &focus = {}, const QHostAddress &address = {},
                      const QStringList &announcedNames = {});
    /// The DNS check of the server of this session: its PTR against the names in its greeting and EHLO
    /// reply, and the mail DNS of the recipient's domain.
    void checkServerDns();
    DnsPanel *dnsPanel() const;

Q_SIGNALS:
    void sessionFinished();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void resolved(const TargetResolver::Resolution &resolution);
    void resolveFailed(const QString &reason, const std::optional<MxResult> &mx);
    /// Prepares a session (message opened, settings checked) that records into `transcript`, which it
    /// takes on success; false, with the problem shown and `transcript` left alone, when it cannot start.
    bool prepareSession(const TargetResolver::Resolution &resolution, std::unique_ptr<Transcript> &transcript);
    void startSession();
    void buildPracticeMenu();
    /// On first launch (no saved profile): a "Practice server" profile, so there is something to step.
    void ensureFirstProfile();
    void suggestAfter(const SessionOutcome &outcome);
    void resetSession();
    /// Runs `action` at once, or after the user agreed to discard a running or unexported session.
    void confirmDiscard(const std::function<void()> &action);
    void setUpActions();
    void updateActions();
    void onEntryAdded(int index);
    void onEntrySelected(int index);
    void onSessionClosed();
    void showBanner(const QString &text, bool success);
    void askExport(TranscriptExporter::Format format);
    void chooseLanguage(const QString &language);
    void syncLanguageActions();
    void showAbout();
    void showInspector();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Translations *m_translations;
    QActionGroup *m_languageGroup;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<PasswordKeyring> m_keyring; ///< nullptr when built without qtkeychain
    PracticeServer *m_practice;
    TargetResolver *m_resolver;
    std::optional<TargetResolver::Resolution> m_resolution;         ///< where the current session went
    std::optional<TargetResolver::Resolution> m_preparedResolution; ///< with m_preparedSession
    std::optional<MxResult> m_failedMx; ///< an MX lookup that found nowhere to connect (for the DNS button)
    TranscriptModel *m_model;
    std::unique_ptr<Transcript> m_transcript;
    std::unique_ptr<SmtpSession> m_session;
    std::unique_ptr<SmtpConnection> m_connection;
    std::unique_ptr<Transcript> m_preparedTranscript; ///< ready to start once the user agrees
    std::unique_ptr<SmtpSession> m_preparedSession;
    QPointer<ReferenceWindow> m_reference;
    QPointer<ReplyInspector> m_inspector;
    QPointer<DnsPanel> m_dnsPanel;
    QHostAddress m_nameserver; ///< for MX lookups and the DNS panel; null: the system resolver
    QStringList m_suggestedChecks; ///< the DNS checks that fit the last failed reply
    int m_latestReply = -1;
    bool m_followLatest = true;
    bool m_running = false;
    bool m_exported = false; ///< the current transcript was saved somewhere
    bool m_closeConfirmed = false;
};

#include "gui/MainWindow.h"

#include "core/dns/DnsCheck.h"
#include "core/i18n/Translations.h"
#include "core/practice/PracticeServer.h"
#include "core/practice/Scenario.h"
#include "core/reference/ReplyExplainer.h"
#include "core/smtp/SmtpConnection.h"
#include "core/smtp/SmtpSession.h"
#include "core/transcript/Transcript.h"
#include "gui/DnsPanel.h"
#include "gui/PasswordKeyring.h"
#include "gui/ProfileStore.h"
#include "gui/ReferenceWindow.h"
#include "gui/ReplyInspector.h"
#include "gui/TranscriptModel.h"
#include "ui_MainWindow.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>

namespace {

const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kLanguageKey = QStringLiteral("ui/language");

// The desktop theme's icon where there is one (it matches the rest of the desktop), else ours:
// SVG, so it stays sharp at any scale.
QIcon themed(const char *name, const char *ours)
{
    return QIcon::fromTheme(QString::fromLatin1(name),
                            QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(ours))));
}

} // namespace

MainWindow::MainWindow(Translations *translations, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_translations(translations)
    , m_languageGroup(new QActionGroup(this))
    , m_profiles(std::make_unique<ProfileStore>(new QSettings(this)))
    , m_keyring(PasswordKeyring::desktop())
    , m_practice(new PracticeServer(this))
    , m_resolver(new TargetResolver(this))
    , m_model(new TranscriptModel(this))
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/smtp-doctor.svg")));
    m_ui->transcriptView->setModel(m_model);
    m_resolver->setPracticeServer(m_practice);
    connect(m_resolver, &TargetResolver::resolved, this, &MainWindow::resolved);
    connect(m_resolver, &TargetResolver::failed, this, &MainWindow::resolveFailed);
    QList<ConnectionPanel::PracticeChoice> choices;
    for (const Scenario &scenario : Scenario::builtIn())
        choices.append({scenario.id, scenario.title, scenario.lesson});
    m_ui->connectionPanel->setPracticeScenarios(choices);
    ensureFirstProfile();
    m_ui->connectionPanel->setKeyring(m_keyring.get());
    m_ui->connectionPanel->setProfileStore(m_profiles.get());
    m_ui->explainerPane->setLanguage(m_translations->language() == QLatin1String("ja") ? ExplanationLanguage::Japanese
                                                                                       : ExplanationLanguage::English);
    m_ui->outcomeFrame->hide();
    resizeDocks({m_ui->connectionDockWidget, m_ui->explainerDockWidget}, {360, 440}, Qt::Horizontal);
    setUpActions();

    connect(m_ui->transcriptView, &TranscriptView::entrySelected, this, &MainWindow::onEntrySelected);
    connect(m_ui->explainerPane, &ExplainerPane::compareRequested, this, &MainWindow::showReference);
    connect(m_ui->connectionPanel, &ConnectionPanel::settingsChanged, this, &MainWindow::updateActions);

    const QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
    syncLanguageActions();
    updateActions();
}

MainWindow::~MainWindow()
{
    // The connection reports to the session, the session to the transcript: tear down in that order.
    m_connection.reset();
    m_session.reset();
}

void MainWindow::setUpActions()
{
    m_ui->connectAction->setIcon(themed("network-connect", "connect"));
    m_ui->stepAction->setIcon(themed("go-next", "step"));
    m_ui->runAction->setIcon(themed("media-playback-start", "run"));
    m_ui->stopAction->setIcon(themed("process-stop", "stop"));
    m_ui->newSessionAction->setIcon(themed("document-new", "new-session"));
    m_ui->referenceAction->setIcon(themed("help-contents", "reference"));

    m_ui->connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_ui->stepAction->setShortcut(QKeySequence(Qt::Key_F10));
    m_ui->runAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_ui->stopAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    m_ui->newSessionAction->setShortcut(QKeySequence::New);
    // The view owns Find (and Copy); one window-wide shortcut, no ambiguous duplicate.
    QAction *find = m_ui->transcriptView->findAction();
    find->setShortcutContext(Qt::WindowShortcut);
    m_ui->viewMenu->insertAction(m_ui->viewMenu->actions().value(0), find);
    m_ui->referenceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_ui->inspectorAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_ui->quitAction->setShortcut(QKeySequence::Quit);

    connect(m_ui->connectAction, &QAction::triggered, this, &MainWindow::connectToServer);
    connect(m_ui->stepAction, &QAction::triggered, this, &MainWindow::step);
    connect(m_ui->runAction, &QAction::triggered, this, &MainWindow::runToEnd);
    connect(m_ui->stopAction, &QAction::triggered, this, &MainWindow::stop);
    connect(m_ui->newSessionAction, &QAction::triggered, this, &MainWindow::newSession);
    connect(m_ui->referenceAction, &QAction::triggered, this, [this] { showReference(); });
    connect(m_ui->inspectorAction, &QAction::triggered, this, &MainWindow::showInspector);
    connect(m_ui->nextMxPushButton, &QPushButton::clicked, this, &MainWindow::tryNextMx);
    connect(m_ui->dnsCheckAction, &QAction::triggered, this, [this] { showDnsCheck(); });
    connect(m_ui->serverDnsAction, &QAction::triggered, this, &MainWindow::checkServerDns);
    connect(m_ui->connectionPanel, &ConnectionPanel::dnsCheckRequested, this,
            [this](const QString &domain) { showDnsCheck(domain); });
    // From the explanation of a reply: the DNS checks that fit it, for the domain they are about.
    connect(m_ui->explainerPane, &ExplainerPane::dnsCheckRequested, this, [this](const QStringList &checks) {
        const SessionSettings settings = m_session ? m_session->settings() : m_ui->connectionPanel->settings();
        showDnsCheck(DnsCheck::domainForChecks(checks, settings.mailFrom, settings.recipients), checks);
    });
    connect(m_ui->dnsCheckPushButton, &QPushButton::clicked, this, [this] {
        const SessionSettings settings = m_ui->connectionPanel->settings();
        const QString domain = m_failedMx && m_suggestedChecks.isEmpty()
                                   ? m_failedMx->domain
                                   : DnsCheck::domainForChecks(m_suggestedChecks, settings.mailFrom, settings.recipients);
        showDnsCheck(domain, m_suggestedChecks);
    });
    buildPracticeMenu();
    connect(m_ui->exportTextAction, &QAction::triggered, this, [this] { askExport(TranscriptExporter::Format::Text); });
    connect(m_ui->exportJsonAction, &QAction::triggered, this, [this] { askExport(TranscriptExporter::Format::Json); });
    connect(m_ui->exportHtmlAction, &QAction::triggered, this, [this] { askExport(TranscriptExporter::Format::Html); });
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    m_languageGroup->setExclusive(true);
    for (QAction *action : {m_ui->systemLanguageAction, m_ui->englishAction, m_ui->japaneseAction})
        m_languageGroup->addAction(action);
    connect(m_ui->systemLanguageAction, &QAction::triggered, this, [this] { chooseLanguage(QString()); });
    connect(m_ui->englishAction, &QAction::triggered, this, [this] { chooseLanguage(QStringLiteral("en")); });
    connect(m_ui->japaneseAction, &QAction::triggered, this, [this] { chooseLanguage(QStringLiteral("ja")); });
}

void MainWindow::updateActions()
{
    const bool hasSession = m_session != nullptr;
    const bool finished = !hasSession || m_session->state() == SmtpSession::State::Finished;
    m_running = hasSession && !finished;
    const bool ready = hasSession && m_session->state() == SmtpSession::State::Ready;
    m_ui->connectAction->setEnabled(!m_running);
    m_ui->serverDnsAction->setEnabled(m_connection && !m_connection->peerAddress().isNull());
    m_ui->stepAction->setEnabled(ready && m_session->suggestedCommand().isValid());
    m_ui->runAction->setEnabled(m_running && !m_session->runMode());
    const bool resolving = m_resolver->isRunning();
    m_ui->stopAction->setEnabled(m_running || resolving);
    if (resolving)
        m_ui->connectAction->setEnabled(false);
    const bool hasTranscript = m_transcript && !m_transcript->isEmpty();
    m_ui->exportMenu->setEnabled(hasTranscript);
    m_ui->connectionPanel->setSessionRunning(m_running);
}

void MainWindow::connectToServer()
{
    if (m_running || m_resolver->isRunning())
        return;
    if (const QStringList errors = m_ui->connectionPanel->validationErrors(); !errors.isEmpty()) {
        showBanner(tr("Some fields need attention: %1").arg(errors.join(QStringLiteral("; "))), false);
        return;
    }
    const SessionSettings settings = m_ui->connectionPanel->settings();
    // Offers that belonged to the last outcome go with it.
    m_ui->nextMxPushButton->hide();
    m_ui->dnsCheckPushButton->hide();
    if (settings.target == SessionSettings::Target::DomainMx)
        showBanner(tr("Looking up the MX records of %1…").arg(settings.host), true);
    m_resolver->resolve(settings); // resolved() or resolveFailed(), now or when DNS answers
    updateActions();
}

void MainWindow::resolved(const TargetResolver::Resolution &resolution)
{
    updateActions();
    if (resolution.mx)
        m_ui->outcomeFrame->hide(); // "Looking up…" is over; the MX list is in the transcript
    auto transcript = std::make_unique<Transcript>();
    if (prepareSession(resolution, transcript))
        confirmDiscard([this] { startSession(); });
}

bool MainWindow::prepareSession(const TargetResolver::Resolution &resolution, std::unique_ptr<Transcript> &transcript)
{
    // The new session is prepared (message opened and measured, credentials checked) before the
    // old one is discarded, so a problem there costs nothing already recorded.
    for (const QString &note : resolution.notes)
        transcript->addNote(note, SessionStage::None);
    auto session = std::make_unique<SmtpSession>(resolution.settings, transcript.get());
    if (const QString problem = session->prepare(); !problem.isEmpty()) {
        showBanner(problem, false);
        return false;
    }
    m_preparedTranscript = std::move(transcript);
    m_preparedSession = std::move(session);
    m_preparedResolution = resolution;
    return true;
}

void MainWindow::resolveFailed(const QString &reason, const std::optional<MxResult> &mx)
{
    updateActions();
    showBanner(reason, false);
    if (mx) {
        // The whole picture of the domain's DNS, one click away. The session on screen keeps its own MX.
        m_failedMx = mx;
        m_suggestedChecks.clear();
        m_ui->dnsCheckPushButton->setText(tr("Check DNS of %1…").arg(mx->domain));
        m_ui->dnsCheckPushButton->show();
    }
}

void MainWindow::tryNextMx()
{
    if (m_running || m_resolver->isRunning() || !m_resolution || !m_transcript)
        return;
    const auto next = TargetResolver::nextMx(*m_resolution);
    if (!next)
        return;
    // The same transcript goes on: every MX tried is reported in one place, and nothing is discarded.
    std::unique_ptr<Transcript> transcript = std::move(m_transcript);
    disconnect(transcript.get(), nullptr, this, nullptr);
    m_model->setTranscript(nullptr);
    const bool exported = m_exported;
    if (!prepareSession(*next, transcript)) {
        m_transcript = std::move(transcript); // as it was
        m_model->setTranscript(m_transcript.get());
        connect(m_transcript.get(), &Transcript::entryAdded, this, &MainWindow::onEntryAdded);
        return;
    }
    startSession();
    m_exported = exported;
}

void MainWindow::setNameserver(const QHostAddress &nameserver)
{
    m_nameserver = nameserver;
    m_resolver->setNameserver(nameserver);
    if (m_dnsPanel)
        m_dnsPanel->setNameserver(nameserver);
}

DnsPanel *MainWindow::dnsPanel() const
{
    return m_dnsPanel;
}

void MainWindow::showDnsCheck(const QString &domain, const QStringList &focus, const QHostAddress &address,
                              const QStringList &announcedNames)
{
    if (!m_dnsPanel) {
        m_dnsPanel = new DnsPanel(this);
        m_dnsPanel->setWindowFlag(Qt::Window);
        m_dnsPanel->setAttribute(Qt::WA_DeleteOnClose);
        m_dnsPanel->setNameserver(m_nameserver);
        m_dnsPanel->setExplanationLanguage(m_ui->explainerPane->language());
        connect(m_dnsPanel, &DnsPanel::referenceRequested, this, &MainWindow::showReference);
        // From a finding back to a session: this MX host, or the domain's MX in order.
        const auto aimAt = [this](SessionSettings::Target target, const QString &host) {
            if (m_running)
                return;
            // As a mail server would connect to an MX: port 25, STARTTLS when offered, and nothing of the
            // user's own: no login (a password must never go to someone else's MX), no TLS opt-outs.
            SessionSettings settings = m_ui->connectionPanel->settings();
            settings.target = target;
            settings.host = host;
            settings.port = SessionSettings::defaultPort(SessionSettings::Security::StartTls);
            settings.security = SessionSettings::Security::StartTls;
            settings.authMechanism.reset();
            settings.authUser.clear();
            settings.authSecret.clear();
            settings.allowAuthWithoutTls = false;
            settings.acceptTlsErrors = false;
            settings.caFile.clear();
            m_ui->connectionPanel->setSettings(settings);
            activateWindow();
            raise();
            statusBar()->showMessage(tr("Ready to connect to %1: press Connect (Ctrl+Return).").arg(host), 10000);
        };
        connect(m_dnsPanel, &DnsPanel::connectToHostRequested, this,
                [aimAt](const QString &host) { aimAt(SessionSettings::Target::Host, host); });
        connect(m_dnsPanel, &DnsPanel::useDomainMxRequested, this,
                [aimAt](const QString &mailDomain) { aimAt(SessionSettings::Target::DomainMx, mailDomain); });
    }
    m_dnsPanel->show();
    m_dnsPanel->raise();
    m_dnsPanel->activateWindow();
    if (!domain.isEmpty())
        m_dnsPanel->check(domain, address, focus, announcedNames);
}

void MainWindow::checkServerDns()
{
    if (!m_connection || m_connection->peerAddress().isNull() || !m_transcript)
        return;
    // The names the server gave itself: the first word of its greeting and of its EHLO reply.
    QStringList names;
    for (const TranscriptEntry &entry : m_transcript->entries()) {
        if (entry.direction() != TranscriptEntry::Direction::Server || entry.reply().lines().isEmpty())
            continue;
        if (entry.stage() == SessionStage::Greeting || entry.stage() == SessionStage::Ehlo) {
            const QString name = entry.reply().lines().constFirst().section(u' ', 0, 0);
            if (!name.isEmpty() && !names.contains(name, Qt::CaseInsensitive))
                names.append(name);
        }
    }
    const SessionSettings &settings = m_session->settings();
    QString domain = DnsCheck::domainForChecks({QStringLiteral("mx")}, settings.mailFrom, settings.recipients);
    if (m_resolution && m_resolution->mx)
        domain = m_resolution->mx->domain;
    if (domain.isEmpty() && !names.isEmpty())
        domain = names.constFirst().section(u'.', 1); // mx.example.com → example.com
    showDnsCheck(domain.isEmpty() ? settings.host : domain, {QStringLiteral("ptr")}, m_connection->peerAddress(), names);
}

void MainWindow::startSession()
{
    if (!m_preparedSession)
        return;
    resetSession();
    m_transcript = std::move(m_preparedTranscript);
    m_session = std::move(m_preparedSession);
    m_resolution = std::move(m_preparedResolution);
    m_preparedResolution.reset();
    // As the user asked (a domain, the practice server), not the host it resolved to. Remembered for
    // the next start (ProfileStore never keeps the password).
    const SessionSettings settings = m_ui->connectionPanel->settings();
    // A saved profile as it is stays the one to come back to; fields edited since (or no profile at all)
    // are kept as the automatic "Last session", and the named profile stays as it was saved.
    const QString selected = m_ui->connectionPanel->currentProfile();
    const bool asSaved = !selected.isEmpty() && m_profiles->matches(selected, settings);
    const QString profile = asSaved ? selected : tr("Last session");
    if (!asSaved) {
        // The automatic profile never keeps a one-off opt-out of security for the next start.
        SessionSettings remembered = settings;
        remembered.acceptTlsErrors = false;
        remembered.allowAuthWithoutTls = false;
        m_profiles->save(profile, remembered);
    }
    m_profiles->setLastUsed(profile);
    m_model->setTranscript(m_transcript.get());
    m_ui->commandBar->setSession(m_session.get());
    connect(m_transcript.get(), &Transcript::entryAdded, this, &MainWindow::onEntryAdded);
    connect(m_session.get(), &SmtpSession::stateChanged, this, &MainWindow::updateActions);
    m_connection = std::make_unique<SmtpConnection>(m_session.get());
    connect(m_connection.get(), &SmtpConnection::closed, this, &MainWindow::onSessionClosed);
    connect(m_connection.get(), &SmtpConnection::tlsReportChanged, this, [this](const TlsReport &report) {
        m_ui->tlsPlainTextEdit->setPlainText(report.summary() + QStringLiteral("\n\n") + report.details().join(u'\n'));
    });
    m_connection->open();
    m_ui->commandBar->focusCommand();
    updateActions();
}

void MainWindow::step()
{
    if (m_session)
        m_session->step();
}

void MainWindow::runToEnd()
{
    if (m_session)
        m_session->setRunMode(true);
    updateActions();
}

void MainWindow::stop()
{
    if (m_resolver->isRunning()) {
        m_resolver->cancel();
        showBanner(tr("The MX lookup was stopped."), false);
        updateActions();
        return;
    }
    if (m_connection && m_running)
        m_connection->cancel();
}

void MainWindow::newSession()
{
    confirmDiscard([this] { resetSession(); });
}

void MainWindow::confirmDiscard(const std::function<void()> &action)
{
    const bool unsaved = m_transcript && !m_transcript->isEmpty() && !m_exported;
    if (!m_running && !unsaved) {
        action();
        return;
    }
    // Nothing recorded is lost without asking. Window-modal and asynchronous: no nested event loop.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Discard the current session?"),
                                m_running ? tr("A session is still running. Stop it and discard its transcript?")
                                          : tr("The transcript of the last session has not been exported. "
                                               "Discard it?"),
                                QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setInformativeText(tr("To keep it, cancel and use File → Export transcript."));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [action](int result) {
        if (result == QMessageBox::Discard)
            action();
    });
    box->open();
}

void MainWindow::resetSession()
{
    stop();
    m_ui->commandBar->setSession(nullptr);
    m_model->setTranscript(nullptr);
    m_ui->explainerPane->clear();
    m_ui->tlsPlainTextEdit->clear();
    m_ui->outcomeFrame->hide();
    m_ui->nextMxPushButton->hide();
    m_ui->dnsCheckPushButton->hide();
    m_suggestedChecks.clear();
    m_failedMx.reset();
    m_resolution.reset();
    m_connection.reset();
    m_session.reset();
    m_transcript.reset();
    m_latestReply = -1;
    m_followLatest = true;
    m_exported = false;
    updateActions();
}

void MainWindow::onEntryAdded(int index)
{
    const TranscriptEntry &entry = m_transcript->at(index);
    if (entry.direction() != TranscriptEntry::Direction::Server)
        return;
    m_latestReply = index;
    // The explainer follows the newest reply until the user picks another one.
    if (m_followLatest)
        m_ui->explainerPane->showReply(entry.reply(), entry.stage());
}

void MainWindow::onEntrySelected(int index)
{
    if (!m_transcript || index < 0 || index >= m_transcript->size())
        return;
    const TranscriptEntry &entry = m_transcript->at(index);
    if (entry.direction() != TranscriptEntry::Direction::Server)
        return;
    m_followLatest = index == m_latestReply;
    m_ui->explainerPane->showReply(entry.reply(), entry.stage());
}

void MainWindow::onSessionClosed()
{
    const SessionOutcome &outcome = m_session->outcome();
    QString text = outcome.summary();
    // The next thing to try: the first fix for the deciding reply, at the stage it came.
    if (!outcome.isSuccess() && !outcome.reply.isNull()) {
        const Explanation explanation = ReplyExplainer().explain(outcome.reply, outcome.stage);
        if (!explanation.fixes.isEmpty()) {
            const ExplanationLanguage language = m_translations->language() == QLatin1String("ja")
                                                     ? ExplanationLanguage::Japanese
                                                     : ExplanationLanguage::English;
            text += u'\n' + tr("Next: %1").arg(explanation.fixes.constFirst().text.text(language));
        }
    }
    showBanner(text, outcome.isSuccess());
    suggestAfter(outcome);
    // Unless the user is looking at another reply, show the one that decided the outcome.
    if (m_followLatest && !outcome.reply.isNull()) {
        for (int i = m_transcript->size() - 1; i >= 0; --i) {
            const TranscriptEntry &entry = m_transcript->at(i);
            if (entry.direction() == TranscriptEntry::Direction::Server && entry.reply().raw() == outcome.reply.raw()) {
                m_ui->transcriptView->selectEntry(i);
                m_ui->explainerPane->showReply(entry.reply(), entry.stage());
                break;
            }
        }
    }
    updateActions();
    Q_EMIT sessionFinished();
}

void MainWindow::suggestAfter(const SessionOutcome &outcome)
{
    // A sending server moves on to the next MX when one does not answer or defers at the greeting.
    const bool connectionTrouble = outcome.kind == SessionOutcome::Kind::ConnectionFailed ||
                                   outcome.kind == SessionOutcome::Kind::Timeout ||
                                   outcome.kind == SessionOutcome::Kind::UnexpectedDisconnect ||
                                   (outcome.stage == SessionStage::Greeting && !outcome.isSuccess());
    const auto next = m_resolution ? TargetResolver::nextMx(*m_resolution) : std::nullopt;
    if (connectionTrouble && next) {
        m_ui->nextMxPushButton->setText(tr("Try the next MX: %1").arg(next->settings.host));
        m_ui->nextMxPushButton->show();
    }
    // DNS that fits the deciding reply: PTR for "cannot find your hostname", SPF/DMARC, null MX, …
    m_suggestedChecks = outcome.isSuccess() || outcome.reply.isNull()
                            ? QStringList()
                            : DnsCheck::checksForReply(outcome.reply.code(), outcome.reply.enhancedCode(),
                                                       outcome.reply.text());
    if (!m_suggestedChecks.isEmpty()) {
        m_ui->dnsCheckPushButton->setText(
            tr("Check DNS (%1)…").arg(m_suggestedChecks.join(QStringLiteral(", ")).toUpper()));
        m_ui->dnsCheckPushButton->show();
    }
}

void MainWindow::choosePracticeScenario(const QString &id)
{
    const Scenario *scenario = Scenario::find(id);
    if (!scenario || m_running)
        return;
    // The scenario's hints (security, the practice login) with the user's envelope where there is one.
    SessionSettings settings = m_ui->connectionPanel->settings();
    const SessionSettings suggested = PracticeServer::clientHints(*scenario);
    settings.target = SessionSettings::Target::Practice;
    settings.practiceScenario = scenario->id;
    settings.security = suggested.security;
    settings.authMechanism = suggested.authMechanism;
    settings.authUser = suggested.authUser;
    settings.authSecret = suggested.authSecret;
    if (settings.mailFrom.isEmpty())
        settings.mailFrom = suggested.mailFrom;
    if (settings.recipients.isEmpty())
        settings.recipients = suggested.recipients;
    m_ui->connectionPanel->setSettings(settings);
    statusBar()->showMessage(tr("Practice scenario chosen: press Connect (Ctrl+Return), then Step (F10)."), 10000);
}

void MainWindow::buildPracticeMenu()
{
    m_ui->practiceMenu->clear();
    for (const Scenario &scenario : Scenario::builtIn()) {
        QAction *action = m_ui->practiceMenu->addAction(Translations::pick(scenario.title));
        action->setToolTip(Translations::pick(scenario.lesson));
        connect(action, &QAction::triggered, this, [this, id = scenario.id] { choosePracticeScenario(id); });
    }
    m_ui->practiceMenu->setToolTipsVisible(true);
}

void MainWindow::ensureFirstProfile()
{
    if (!m_profiles->names().isEmpty())
        return;
    const Scenario *clean = Scenario::find(Scenario::defaultId());
    SessionSettings settings = PracticeServer::clientHints(clean ? *clean : Scenario::fallback());
    settings.target = SessionSettings::Target::Practice;
    settings.practiceScenario = Scenario::defaultId();
    settings.ipFamily = SessionSettings::IpFamily::IPv4;
    // No host, port or CA: the practice server's are filled in when a practice session starts.
    const QString name = tr("Practice server");
    m_profiles->save(name, settings);
    m_profiles->setLastUsed(name);
}

void MainWindow::showBanner(const QString &text, bool success)
{
    QPalette palette = m_ui->outcomeFrame->palette();
    const QColor base = palette.color(QPalette::Window);
    const QColor tint = success ? QColor(46, 160, 67) : QColor(207, 34, 46);
    // A light wash of the tint over the window colour: readable in light and dark themes.
    const QColor wash =
        QColor::fromRgbF(base.redF() * 0.82f + tint.redF() * 0.18f, base.greenF() * 0.82f + tint.greenF() * 0.18f,
                         base.blueF() * 0.82f + tint.blueF() * 0.18f);
    palette.setColor(QPalette::Window, wash);
    m_ui->outcomeFrame->setPalette(palette);
    m_ui->outcomeLabel->setText(text);
    m_ui->outcomeFrame->show();
}

QString MainWindow::outcomeText() const
{
    return m_ui->outcomeFrame->isHidden() ? QString() : m_ui->outcomeLabel->text();
}

bool MainWindow::exportTranscript(TranscriptExporter::Format format, const QString &path, QString *error)
{
    if (!m_transcript)
        return false;
    QString problem;
    const bool ok = TranscriptExporter::write(*m_transcript, format, path, &problem);
    if (error)
        *error = problem;
    m_exported = m_exported || ok;
    statusBar()->showMessage(ok ? tr("Transcript saved to %1").arg(path) : problem, 8000);
    return ok;
}

void MainWindow::askExport(TranscriptExporter::Format format)
{
    QString filter;
    QString suffix;
    switch (format) {
    case TranscriptExporter::Format::Json:
    case TranscriptExporter::Format::JsonLines:
        filter = tr("JSON files (*.json)");
        suffix = QStringLiteral("json");
        break;
    case TranscriptExporter::Format::Html:
        filter = tr("HTML files (*.html)");
        suffix = QStringLiteral("html");
        break;
    case TranscriptExporter::Format::Text:
        filter = tr("Text files (*.txt)");
        suffix = QStringLiteral("txt");
        break;
    }
    // Non-modal: no nested event loop on the GUI thread.
    auto *dialog = new QFileDialog(this, tr("Export transcript"),
                                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), filter);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(suffix);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, format](const QString &path) { exportTranscript(format, path); });
    dialog->open();
}

void MainWindow::showReference(const QString &code)
{
    if (!m_reference) {
        m_reference = new ReferenceWindow(this);
        m_reference->setAttribute(Qt::WA_DeleteOnClose);
        m_reference->setLanguage(m_ui->explainerPane->language());
    }
    if (!code.isEmpty())
        m_reference->showCode(code);
    m_reference->show();
    m_reference->raise();
    m_reference->activateWindow();
}

void MainWindow::showInspector()
{
    if (!m_inspector) {
        m_inspector = new ReplyInspector(this);
        m_inspector->setWindowFlag(Qt::Window);
        m_inspector->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_inspector->show();
    m_inspector->raise();
}

void MainWindow::chooseLanguage(const QString &language)
{
    if (!m_translations->setLanguage(language))
        return;
    QSettings().setValue(kLanguageKey, language);
}

void MainWindow::syncLanguageActions()
{
    const QString chosen = QSettings().value(kLanguageKey).toString();
    if (chosen.isEmpty())
        m_ui->systemLanguageAction->setChecked(true);
    else if (chosen == QLatin1String("ja"))
        m_ui->japaneseAction->setChecked(true);
    else
        m_ui->englishAction->setChecked(true);
}

void MainWindow::showAbout()
{
    // Window-modal and asynchronous: no nested event loop on the GUI thread.
    auto *box = new QMessageBox(QMessageBox::Information, tr("About SMTP Doctor"),
                                tr("SMTP Doctor %1\n\nStep through SMTP sessions and understand every reply.")
                                    .arg(QCoreApplication::applicationVersion()),
                                QMessageBox::Close, this);
    box->setTextFormat(Qt::PlainText);
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_model->retranslate();
        buildPracticeMenu();
        m_ui->explainerPane->setLanguage(m_translations->language() == QLatin1String("ja")
                                             ? ExplanationLanguage::Japanese
                                             : ExplanationLanguage::English);
        syncLanguageActions();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    const bool unsaved = m_transcript && !m_transcript->isEmpty() && !m_exported;
    if (!m_closeConfirmed && (m_running || unsaved)) {
        event->ignore();
        confirmDiscard([this] {
            m_closeConfirmed = true;
            close();
        });
        return;
    }
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    QMainWindow::closeEvent(event);
}

#include "gui/ConnectionPanel.h"

#include "core/i18n/Translations.h"
#include "gui/PasswordKeyring.h"
#include "gui/ProfileStore.h"
#include "ui_ConnectionPanel.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHostAddress>
#include <QScopedValueRollback>
#include <QShortcut>

#include <algorithm>
#include <utility>

namespace {

using Security = SessionSettings::Security;
using IpFamily = SessionSettings::IpFamily;
using Mechanism = SaslAuthenticator::Mechanism;

// Combo box rows, in the order of the items in ui/ConnectionPanel.ui.
constexpr std::array<Security, 4> kSecurities{Security::None, Security::StartTls, Security::StartTlsRequired,
                                              Security::ImplicitTls};
constexpr std::array<IpFamily, 3> kIpFamilies{IpFamily::Any, IpFamily::IPv4, IpFamily::IPv6};
using Target = SessionSettings::Target;
constexpr std::array<Target, 3> kTargets{Target::Host, Target::DomainMx, Target::Practice};
// Row 0 is "None": no AUTH.
constexpr std::array<Mechanism, 4> kMechanisms{Mechanism::Plain, Mechanism::Login, Mechanism::CramMd5,
                                               Mechanism::XOAuth2};
// The Connect stage is left out: the session never reports it as completed, so it could not stop there.
constexpr std::array<SessionStage, 8> kQuitStages{SessionStage::None,     SessionStage::Greeting, SessionStage::Ehlo,
                                                  SessionStage::StartTls, SessionStage::Auth,     SessionStage::Mail,
                                                  SessionStage::Rcpt,     SessionStage::Data};

constexpr quint16 kImplicitTlsPort = 465;  // RFC 8314 §7.3
constexpr quint16 kSubmissionPort = 587;   // RFC 6409 §3.1
constexpr quint16 kRelayPort = 25;         // RFC 5321 §4.5.4.2
constexpr quint16 kAlternativePort = 2525; // not registered; offered by some providers
constexpr int kMaxListedProblems = 5;

template<typename T, std::size_t N>
int indexOf(const std::array<T, N> &values, T value)
{
    const auto it = std::find(values.begin(), values.end(), value);
    return it == values.end() ? -1 : int(it - values.begin());
}

/// Lines of a plain text field, trimmed, without the empty ones.
QStringList nonEmptyLines(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(u'\n')) {
        if (const QString trimmed = line.trimmed(); !trimmed.isEmpty())
            lines.append(trimmed);
    }
    return lines;
}

bool containsSpace(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
}

QColor blend(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

// Red and amber that stay readable on the palette's own background, light or dark.
QColor errorColour(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
}

QColor warningColour(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0xcc, 0x66) : QColor(0x8a, 0x53, 0x00);
}

void setTextColour(QWidget *widget, const QColor &colour)
{
    // Only this role is set: everything else still follows the system palette.
    QPalette palette;
    palette.setColor(QPalette::WindowText, colour);
    widget->setPalette(palette);
}

} // namespace

ConnectionPanel::ConnectionPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ConnectionPanel>())
{
    m_ui->setupUi(this);
    m_ui->profileGroupBox->setVisible(false);
    m_ui->profileComboBox->setPlaceholderText(tr("No profile selected"));
    m_ui->ehloLineEdit->setPlaceholderText(tr("Default: %1").arg(SessionSettings().effectiveEhloName()));
    // Room for a few addresses or lines without dominating the narrow panel.
    const int lineHeight = fontMetrics().lineSpacing();
    m_ui->recipientsPlainTextEdit->setFixedHeight(lineHeight * 4 + 12);
    m_ui->bodyPlainTextEdit->setFixedHeight(lineHeight * 5 + 12);
    m_ui->extraHeadersPlainTextEdit->setFixedHeight(lineHeight * 3 + 12);
    for (QToolButton *button :
         {m_ui->port25ToolButton, m_ui->port465ToolButton, m_ui->port587ToolButton, m_ui->port2525ToolButton})
        button->setAutoRaise(false);

    connectFields();
    setSettings(SessionSettings());
    applyColours();
}

ConnectionPanel::~ConnectionPanel() = default;

void ConnectionPanel::connectFields()
{
    Ui::ConnectionPanel *ui = m_ui.get();
    const auto lineEdit = [this](QLineEdit *edit, std::optional<Field> field) {
        if (field)
            connect(edit, &QLineEdit::textEdited, this, [this, f = *field] { fieldEdited(f); });
        connect(edit, &QLineEdit::textChanged, this, &ConnectionPanel::afterEdit);
    };
    lineEdit(ui->hostLineEdit, HostField);
    lineEdit(ui->ehloLineEdit, std::nullopt);
    lineEdit(ui->caFileLineEdit, CaFileField);
    lineEdit(ui->authUserLineEdit, AuthUserField);
    lineEdit(ui->passwordLineEdit, PasswordField);
    lineEdit(ui->mailFromLineEdit, MailFromField);
    lineEdit(ui->subjectLineEdit, std::nullopt);
    lineEdit(ui->messageFileLineEdit, MessageFileField);
    const auto plainTextEdit = [this](QPlainTextEdit *edit, std::optional<Field> field) {
        connect(edit, &QPlainTextEdit::textChanged, this, [this, field] {
            if (field && !m_updating)
                m_touched[*field] = true;
            afterEdit();
        });
    };
    plainTextEdit(ui->recipientsPlainTextEdit, RecipientsField);
    plainTextEdit(ui->bodyPlainTextEdit, std::nullopt);
    plainTextEdit(ui->extraHeadersPlainTextEdit, ExtraHeadersField);

    connect(ui->portSpinBox, &QSpinBox::valueChanged, this, &ConnectionPanel::portEdited);
    const std::array<std::pair<QToolButton *, quint16>, 4> presets{{{ui->port25ToolButton, kRelayPort},
                                                                    {ui->port465ToolButton, kImplicitTlsPort},
                                                                    {ui->port587ToolButton, kSubmissionPort},
                                                                    {ui->port2525ToolButton, kAlternativePort}}};
    for (const auto &[button, port] : presets)
        connect(button, &QToolButton::clicked, this, [this, p = port] {
            m_ui->portSpinBox->setValue(p);
            updateDependentWidgets(); // a click unchecks a checked preset: check it again
        });
    connect(ui->securityComboBox, &QComboBox::currentIndexChanged, this, &ConnectionPanel::securityEdited);
    connect(ui->targetComboBox, &QComboBox::currentIndexChanged, this, &ConnectionPanel::targetEdited);
    connect(ui->hostDnsToolButton, &QToolButton::clicked, this, [this] {
        Q_EMIT dnsCheckRequested(m_ui->hostLineEdit->text().trimmed().section(u'@', -1));
    });
    connect(ui->scenarioComboBox, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            m_wantedScenario = m_ui->scenarioComboBox->currentData().toString();
        afterEdit();
    });
    for (QComboBox *box : {ui->ipFamilyComboBox, ui->authComboBox, ui->quitAfterComboBox})
        connect(box, &QComboBox::currentIndexChanged, this, &ConnectionPanel::afterEdit);
    for (QAbstractButton *button : std::initializer_list<QAbstractButton *>{
             ui->acceptTlsErrorsCheckBox, ui->plainAuthCheckBox, ui->composedRadioButton, ui->rawFileRadioButton})
        connect(button, &QAbstractButton::toggled, this, &ConnectionPanel::afterEdit);
    for (QSpinBox *box : {ui->connectTimeoutSpinBox, ui->replyTimeoutSpinBox, ui->dataTimeoutSpinBox})
        connect(box, &QSpinBox::valueChanged, this, &ConnectionPanel::afterEdit);

    // Non-modal file choosers: QFileDialog::open() returns at once, fileSelected() fills the field.
    connect(ui->caFileBrowseToolButton, &QToolButton::clicked, this, [this] {
        browseFile(m_ui->caFileLineEdit, CaFileField, tr("Choose a CA File"),
                   tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    });
    connect(ui->messageFileBrowseToolButton, &QToolButton::clicked, this, [this] {
        browseFile(m_ui->messageFileLineEdit, MessageFileField, tr("Choose a Message File"),
                   tr("Messages (*.eml *.txt);;All files (*)"));
    });

    connect(ui->profileComboBox, &QComboBox::activated, this,
            [this](int index) { loadProfile(m_ui->profileComboBox->itemText(index)); });
    connect(ui->saveProfilePushButton, &QPushButton::clicked, this, &ConnectionPanel::saveProfile);
    connect(ui->saveProfileAsPushButton, &QPushButton::clicked, this, &ConnectionPanel::startSaveAs);
    connect(ui->deleteProfilePushButton, &QPushButton::clicked, this, &ConnectionPanel::deleteProfile);
    connect(ui->profileNameLineEdit, &QLineEdit::textChanged, this, &ConnectionPanel::updateSaveAsRow);
    connect(ui->profileNameLineEdit, &QLineEdit::returnPressed, this, &ConnectionPanel::finishSaveAs);
    connect(ui->profileNameOkPushButton, &QPushButton::clicked, this, &ConnectionPanel::finishSaveAs);
    connect(ui->profileNameCancelPushButton, &QPushButton::clicked, this, &ConnectionPanel::cancelSaveAs);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), ui->profileNameWidget);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &ConnectionPanel::cancelSaveAs);
}

// --- settings ------------------------------------------------------------------------------------

SessionSettings ConnectionPanel::settings() const
{
    SessionSettings s;
    s.target = target();
    s.practiceScenario = m_ui->scenarioComboBox->currentIndex() >= 0 ? m_ui->scenarioComboBox->currentData().toString()
                                                                      : m_wantedScenario;
    s.host = m_ui->hostLineEdit->text().trimmed();
    s.port = quint16(m_ui->portSpinBox->value());
    s.ipFamily = kIpFamilies.at(std::size_t(qMax(0, m_ui->ipFamilyComboBox->currentIndex())));
    s.security = security();
    s.connectTimeoutMs = m_ui->connectTimeoutSpinBox->value() * 1000;
    s.greetingTimeoutMs = m_ui->replyTimeoutSpinBox->value() * 1000;
    s.commandTimeoutMs = s.greetingTimeoutMs;
    s.dataTimeoutMs = m_ui->dataTimeoutSpinBox->value() * 1000;
    s.acceptTlsErrors = m_ui->acceptTlsErrorsCheckBox->isChecked();
    s.caFile = m_ui->caFileLineEdit->text().trimmed();
    s.ehloName = m_ui->ehloLineEdit->text().trimmed();
    if (const int row = m_ui->authComboBox->currentIndex(); row > 0)
        s.authMechanism = kMechanisms.at(std::size_t(row - 1));
    s.authUser = m_ui->authUserLineEdit->text().trimmed();
    s.authSecret = m_ui->passwordLineEdit->text(); // as typed: spaces can be part of a password
    s.allowAuthWithoutTls = m_ui->plainAuthCheckBox->isChecked();
    s.mailFrom = m_ui->mailFromLineEdit->text().trimmed();
    s.recipients = nonEmptyLines(m_ui->recipientsPlainTextEdit->toPlainText());
    if (m_ui->rawFileRadioButton->isChecked())
        s.messageFile = m_ui->messageFileLineEdit->text().trimmed();
    s.subject = m_ui->subjectLineEdit->text();
    s.body = m_ui->bodyPlainTextEdit->toPlainText();
    for (const QString &line : nonEmptyLines(m_ui->extraHeadersPlainTextEdit->toPlainText())) {
        const qsizetype colon = line.indexOf(u':');
        if (colon > 0)
            s.extraHeaders.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    s.quitAfter = quitAfter();
    return s;
}

void ConnectionPanel::setSettings(const SessionSettings &s)
{
    {
        const QScopedValueRollback updating(m_updating, true);
        const auto seconds = [](int ms, const QSpinBox *box) {
            return qBound(box->minimum(), (ms + 500) / 1000, box->maximum());
        };
        m_ui->targetComboBox->setCurrentIndex(qMax(0, indexOf(kTargets, s.target)));
        m_wantedScenario = s.practiceScenario;
        fillScenarioPicker();
        m_ui->hostLineEdit->setText(s.host);
        m_ui->portSpinBox->setValue(s.port);
        m_ui->ipFamilyComboBox->setCurrentIndex(qMax(0, indexOf(kIpFamilies, s.ipFamily)));
        m_ui->securityComboBox->setCurrentIndex(qMax(0, indexOf(kSecurities, s.security)));
        m_ui->connectTimeoutSpinBox->setValue(seconds(s.connectTimeoutMs, m_ui->connectTimeoutSpinBox));
        m_ui->replyTimeoutSpinBox->setValue(seconds(s.commandTimeoutMs, m_ui->replyTimeoutSpinBox));
        m_ui->dataTimeoutSpinBox->setValue(seconds(s.dataTimeoutMs, m_ui->dataTimeoutSpinBox));
        m_ui->acceptTlsErrorsCheckBox->setChecked(s.acceptTlsErrors);
        m_ui->caFileLineEdit->setText(s.caFile);
        m_ui->ehloLineEdit->setText(s.ehloName);
        m_ui->authComboBox->setCurrentIndex(s.authMechanism ? indexOf(kMechanisms, *s.authMechanism) + 1 : 0);
        m_ui->authUserLineEdit->setText(s.authUser);
        m_ui->passwordLineEdit->setText(s.authSecret);
        m_ui->plainAuthCheckBox->setChecked(s.allowAuthWithoutTls);
        m_ui->mailFromLineEdit->setText(s.mailFrom);
        m_ui->recipientsPlainTextEdit->setPlainText(s.recipients.join(u'\n'));
        (s.messageFile.isEmpty() ? m_ui->composedRadioButton : m_ui->rawFileRadioButton)->setChecked(true);
        m_ui->messageFileLineEdit->setText(s.messageFile);
        m_ui->subjectLineEdit->setText(s.subject);
        m_ui->bodyPlainTextEdit->setPlainText(s.body);
        QStringList headers;
        for (const auto &[name, value] : s.extraHeaders)
            headers.append(name + QStringLiteral(": ") + value);
        m_ui->extraHeadersPlainTextEdit->setPlainText(headers.join(u'\n'));
        m_ui->quitAfterComboBox->setCurrentIndex(qMax(0, indexOf(kQuitStages, s.quitAfter)));
        m_touched.fill(false);
        m_revealAll = false;
    }
    updateDependentWidgets();
    showProblems(problems());
    Q_EMIT settingsChanged();
}

SessionSettings::Security ConnectionPanel::security() const
{
    return kSecurities.at(std::size_t(qMax(0, m_ui->securityComboBox->currentIndex())));
}

SessionStage ConnectionPanel::quitAfter() const
{
    return kQuitStages.at(std::size_t(qMax(0, m_ui->quitAfterComboBox->currentIndex())));
}

// --- edits and the fields that follow them -------------------------------------------------------

void ConnectionPanel::fieldEdited(Field field)
{
    if (!m_updating)
        m_touched[field] = true;
}

void ConnectionPanel::afterEdit()
{
    if (m_updating)
        return;
    m_ui->profileNoteLabel->hide();
    updateDependentWidgets();
    showProblems(problems());
    Q_EMIT settingsChanged();
}

void ConnectionPanel::portEdited(int port)
{
    if (m_updating)
        return;
    m_touched[PortField] = true;
    // Port 465 speaks TLS from the first byte (RFC 8314 §3.3): suggest the matching mode.
    if (port == kImplicitTlsPort && security() != Security::ImplicitTls) {
        const QScopedValueRollback updating(m_updating, true);
        m_ui->securityComboBox->setCurrentIndex(indexOf(kSecurities, Security::ImplicitTls));
    }
    afterEdit();
}

void ConnectionPanel::securityEdited()
{
    if (m_updating)
        return;
    const int port = m_ui->portSpinBox->value();
    const bool wellKnown = port == kRelayPort || port == kSubmissionPort || port == kAlternativePort;
    {
        const QScopedValueRollback updating(m_updating, true);
        if (security() == Security::ImplicitTls && wellKnown) {
            m_ui->portSpinBox->setValue(kImplicitTlsPort);
        } else if (security() != Security::ImplicitTls && port == kImplicitTlsPort) {
            // Back from 465: submission with STARTTLS is 587 (RFC 6409); plain SMTP is 25.
            m_ui->portSpinBox->setValue(security() == Security::None ? kRelayPort : kSubmissionPort);
        }
    }
    afterEdit();
}

void ConnectionPanel::updateDependentWidgets()
{
    Ui::ConnectionPanel *form = m_ui.get();
    const Target where = target();
    const bool practice = where == Target::Practice;
    form->serverFormLayout->setRowVisible(form->hostLayout, !practice);
    form->hostDnsToolButton->setVisible(where == Target::DomainMx);
    form->serverFormLayout->setRowVisible(form->scenarioWidget, practice);
    form->serverFormLayout->setRowVisible(form->portLayout, !practice);
    form->serverFormLayout->setRowVisible(form->ipFamilyComboBox, !practice);
    form->hostLabel->setText(where == Target::DomainMx ? tr("&Domain:") : tr("&Host:"));
    form->hostLineEdit->setAccessibleName(where == Target::DomainMx ? tr("Mail domain") : tr("Host"));
    form->hostLineEdit->setPlaceholderText(where == Target::DomainMx ? tr("example.com")
                                                                     : tr("mail.example.com or 192.0.2.25"));
    form->hostLineEdit->setToolTip(
        where == Target::DomainMx
            ? tr("The mail domain: SMTP Doctor looks up its MX records and connects to the most preferred one")
            : tr("The server to connect to: a host name, an IPv4 address or an IPv6 address (without brackets)"));
    const int scenario = form->scenarioComboBox->currentIndex();
    const QString lesson =
        scenario >= 0 && scenario < m_scenarios.size() ? Translations::pick(m_scenarios.at(scenario).lesson) : QString();
    form->scenarioLessonLabel->setText(
        lesson.isEmpty() ? tr("The practice server runs inside SMTP Doctor on 127.0.0.1 and answers as the scenario says.")
                         : lesson);

    Ui::ConnectionPanel *ui = m_ui.get();
    const Security mode = security();
    const int port = ui->portSpinBox->value();

    QString explanation;
    switch (mode) {
    case Security::None:
        explanation = tr("Plain SMTP: nothing is encrypted and STARTTLS is never tried.");
        break;
    case Security::StartTls:
        explanation =
            tr("Upgrades with STARTTLS when the server offers it; otherwise goes on unencrypted and says so.");
        break;
    case Security::StartTlsRequired:
        explanation = tr("Upgrades with STARTTLS; stops with an explanation when the server does not offer it or "
                         "the handshake fails.");
        break;
    case Security::ImplicitTls:
        explanation = tr("TLS from the first byte, as on port 465 (RFC 8314).");
        break;
    }
    // A mismatch is legal (admins test odd set-ups) but usually a mistake: say what will happen.
    if (mode != Security::ImplicitTls && port == kImplicitTlsPort)
        explanation += u'\n' + tr("Port 465 expects TLS from the first byte: without implicit TLS the greeting "
                                  "usually never comes.");
    else if (mode == Security::ImplicitTls && (port == kRelayPort || port == kSubmissionPort))
        explanation +=
            u'\n' + tr("Port %1 starts in plain text: implicit TLS there usually fails the handshake.").arg(port);
    ui->securityExplanationLabel->setText(explanation);

    const bool tls = mode != Security::None;
    ui->acceptTlsErrorsCheckBox->setEnabled(tls);
    ui->acceptTlsErrorsWarningLabel->setVisible(tls && ui->acceptTlsErrorsCheckBox->isChecked());
    for (QWidget *widget : {static_cast<QWidget *>(ui->caFileLabel), static_cast<QWidget *>(ui->caFileLineEdit),
                            static_cast<QWidget *>(ui->caFileBrowseToolButton)})
        widget->setEnabled(tls);

    ui->port25ToolButton->setChecked(port == kRelayPort);
    ui->port465ToolButton->setChecked(port == kImplicitTlsPort);
    ui->port587ToolButton->setChecked(port == kSubmissionPort);
    ui->port2525ToolButton->setChecked(port == kAlternativePort);

    const int mechanismRow = ui->authComboBox->currentIndex();
    const bool auth = mechanismRow > 0;
    const bool token = auth && kMechanisms.at(std::size_t(mechanismRow - 1)) == Mechanism::XOAuth2;
    for (QWidget *widget : {static_cast<QWidget *>(ui->authUserLabel), static_cast<QWidget *>(ui->authUserLineEdit),
                            static_cast<QWidget *>(ui->passwordLabel), static_cast<QWidget *>(ui->passwordLineEdit),
                            static_cast<QWidget *>(ui->plainAuthCheckBox), static_cast<QWidget *>(ui->keyringCheckBox)})
        widget->setEnabled(auth);
    ui->keyringCheckBox->setVisible(m_keyring && m_store);
    ui->keyringCheckBox->setText(token ? tr("Keep the token in the desktop keyrin&g")
                                       : tr("Keep the password in the desktop keyrin&g"));
    ui->passwordLabel->setText(token ? tr("To&ken:") : tr("Pass&word:"));
    ui->passwordLineEdit->setAccessibleName(token ? tr("OAuth 2.0 access token") : tr("Password"));
    ui->plainAuthWarningLabel->setVisible(auth && ui->plainAuthCheckBox->isChecked());

    const bool raw = ui->rawFileRadioButton->isChecked();
    ui->composedWidget->setVisible(!raw);
    ui->rawFileWidget->setVisible(raw);
    ui->messageNoteLabel->setVisible(quitAfter() != SessionStage::None);
    updateProfileButtons();
}

void ConnectionPanel::applyColours()
{
    const QPalette palette = this->palette();
    for (int f = 0; f < FieldCount; ++f)
        setTextColour(messageLabel(Field(f)), errorColour(palette));
    for (QLabel *label : {m_ui->acceptTlsErrorsWarningLabel, m_ui->plainAuthWarningLabel})
        setTextColour(label, warningColour(palette));
    showProblems(problems()); // the tint of invalid fields derives from the palette too
}

SessionSettings::Target ConnectionPanel::target() const
{
    return kTargets.at(std::size_t(qMax(0, m_ui->targetComboBox->currentIndex())));
}

void ConnectionPanel::targetEdited()
{
    if (!m_updating && target() == Target::Practice && m_ui->scenarioComboBox->currentIndex() < 0)
        fillScenarioPicker();
    afterEdit();
}

void ConnectionPanel::setPracticeScenarios(const QList<PracticeChoice> &choices)
{
    m_scenarios = choices;
    fillScenarioPicker();
    updateDependentWidgets();
    showProblems(problems());
}

void ConnectionPanel::fillScenarioPicker()
{
    const QScopedValueRollback updating(m_updating, true);
    QComboBox *box = m_ui->scenarioComboBox;
    box->clear();
    for (const PracticeChoice &choice : std::as_const(m_scenarios)) {
        box->addItem(Translations::pick(choice.title), choice.id);
        box->setItemData(box->count() - 1, Translations::pick(choice.lesson), Qt::ToolTipRole);
    }
    const int wanted = m_wantedScenario.isEmpty() ? -1 : box->findData(m_wantedScenario);
    box->setCurrentIndex(wanted >= 0 ? wanted : (box->count() > 0 && m_wantedScenario.isEmpty() ? 0 : -1));
}

// --- validation ----------------------------------------------------------------------------------

bool ConnectionPanel::transactionPlanned() const
{
    // Without recipients the session plans no mail transaction at all: it quits after EHLO / AUTH.
    switch (quitAfter()) {
    case SessionStage::Greeting:
    case SessionStage::Ehlo:
    case SessionStage::StartTls:
    case SessionStage::Auth:
        return false;
    default:
        return true;
    }
}

namespace {

/// What is wrong with an envelope address as typed, or an empty string. SMTP Doctor adds the angle
/// brackets itself (RFC 5321 §4.1.2); "Postmaster" alone is a valid RCPT TO (RFC 5321 §4.1.1.3).
QString addressProblem(const QString &address, bool recipient)
{
    if (recipient && address.compare(QLatin1String("postmaster"), Qt::CaseInsensitive) == 0)
        return {};
    if (recipient && (address.contains(u',') || address.contains(u';')))
        return ConnectionPanel::tr("Put one address per line, without commas or semicolons.");
    if (address.contains(u'<') || address.contains(u'>'))
        return ConnectionPanel::tr("Leave out the angle brackets: SMTP Doctor adds them.");
    if (containsSpace(address))
        return ConnectionPanel::tr("An address cannot contain spaces.");
    const qsizetype at = address.lastIndexOf(u'@');
    if (at < 0)
        return ConnectionPanel::tr("An address needs an @, as in user@example.com.");
    if (at == 0 || at == address.size() - 1)
        return ConnectionPanel::tr("An address needs a name before the @ and a domain after it.");
    return {};
}

} // namespace

QList<ConnectionPanel::Problem> ConnectionPanel::problems() const
{
    QList<Problem> found;
    const SessionSettings s = settings();

    const QString host = s.host;
    const qsizetype scheme = host.indexOf(QLatin1String("://"));
    if (s.target == Target::Practice) {
        if (s.practiceScenario.isEmpty())
            found.append({HostField, tr("Choose a practice scenario.")});
        else if (m_ui->scenarioComboBox->findData(s.practiceScenario) < 0 && !m_scenarios.isEmpty())
            found.append({HostField, tr("This version has no practice scenario \"%1\"; choose another.")
                                         .arg(s.practiceScenario)});
    } else if (host.isEmpty()) {
        found.append({HostField, s.target == Target::DomainMx ? tr("Enter the mail domain, such as example.com.")
                                                               : tr("Enter the server's host name or IP address.")});
    } else if (s.target == Target::DomainMx && !QHostAddress(host).isNull()) {
        found.append({HostField, tr("An address has no MX records: enter a mail domain, or choose \"A server\".")});
    } else if (s.target == Target::DomainMx && host.contains(u'@')) {
        found.append({HostField, tr("Enter the domain alone: the part after the @, here %1.")
                                     .arg(host.section(u'@', -1))});
    }
    const bool hostChecked = s.target == Target::Practice || host.isEmpty() || !found.isEmpty();
    if (!hostChecked) {
        if (scheme > 0)
            found.append({HostField, tr("Enter the host name alone, without \"%1\".").arg(host.left(scheme + 3))});
        else if (containsSpace(host))
            found.append({HostField, tr("A host name cannot contain spaces.")});
        else if (host.contains(u'@'))
            found.append({HostField, tr("This is a mail address; enter the server's name, such as mail.example.com.")});
        else if (host.startsWith(u'['))
            found.append({HostField, tr("Enter an IPv6 address without the brackets.")});
        else if (host.count(u':') == 1)
            found.append({HostField, tr("Enter the port in the Port field, not after the host name.")});
    }

    if (s.port == 0 && s.target != Target::Practice)
        found.append({PortField, tr("Choose a port from 1 to 65535.")});
    if (s.target == Target::Practice && s.security == Security::ImplicitTls)
        found.append({HostField, tr("The practice server speaks STARTTLS, not implicit TLS: choose another "
                                    "encryption setting.")});

    if (s.security != Security::None && !s.caFile.isEmpty() && !QFileInfo(s.caFile).isFile())
        found.append({CaFileField, tr("The file %1 does not exist.").arg(QDir::toNativeSeparators(s.caFile))});

    if (s.authMechanism && s.target == Target::DomainMx) {
        // An MX host takes mail for its domain's users, not the user's login: never send it there.
        found.append({AuthUserField, tr("A domain's MX does not take your login. For AUTH, choose \"A server\" and "
                                        "your submission server (usually port 587); for the MX, set AUTH to none.")});
    } else if (s.authMechanism) {
        const QString mechanism = SaslAuthenticator::mechanismName(*s.authMechanism);
        if (s.authUser.isEmpty())
            found.append({AuthUserField, tr("%1 needs a user name.").arg(mechanism)});
        if (s.authSecret.isEmpty())
            found.append({PasswordField, *s.authMechanism == Mechanism::XOAuth2
                                             ? tr("Enter the access token. It is kept until SMTP Doctor closes.")
                                             : tr("Enter the password. It is kept until SMTP Doctor closes.")});
    }

    if (!s.mailFrom.isEmpty()) {
        if (const QString problem = addressProblem(s.mailFrom, false); !problem.isEmpty())
            found.append({MailFromField, problem});
    }

    QStringList recipientProblems;
    int line = 0;
    int badLines = 0;
    for (const QString &raw : m_ui->recipientsPlainTextEdit->toPlainText().split(u'\n')) {
        ++line;
        const QString address = raw.trimmed();
        if (address.isEmpty())
            continue;
        if (const QString problem = addressProblem(address, true); !problem.isEmpty()) {
            if (++badLines <= kMaxListedProblems)
                recipientProblems.append(tr("Line %1 (%2): %3").arg(line).arg(address, problem));
        }
    }
    if (badLines > kMaxListedProblems)
        recipientProblems.append(tr("… and %n more line(s).", nullptr, badLines - kMaxListedProblems));
    if (s.recipients.isEmpty() && transactionPlanned())
        recipientProblems.append(tr("Add at least one recipient, or stop before MAIL FROM."));
    if (!recipientProblems.isEmpty())
        found.append({RecipientsField, recipientProblems.join(u'\n')});

    // The session opens the file as soon as a mail transaction is planned, even when it stops before DATA.
    if (m_ui->rawFileRadioButton->isChecked() && transactionPlanned()) {
        const QFileInfo file(s.messageFile);
        const QString shown = QDir::toNativeSeparators(s.messageFile);
        if (s.messageFile.isEmpty())
            found.append({MessageFileField, tr("Choose the message file to send.")});
        else if (!file.isFile())
            found.append({MessageFileField, tr("The file %1 does not exist.").arg(shown)});
        else if (!file.isReadable())
            found.append({MessageFileField, tr("The file %1 cannot be read.").arg(shown)});
    }

    if (m_ui->composedRadioButton->isChecked()) {
        QStringList headerProblems;
        line = 0;
        for (const QString &raw : m_ui->extraHeadersPlainTextEdit->toPlainText().split(u'\n')) {
            ++line;
            if (raw.trimmed().isEmpty())
                continue;
            const qsizetype colon = raw.indexOf(u':');
            if (colon <= 0)
                headerProblems.append(tr("Line %1: write a header as \"Name: value\".").arg(line));
            else if (containsSpace(raw.left(colon)))
                headerProblems.append(tr("Line %1: a header name cannot contain spaces (RFC 5322 §2.2).").arg(line));
        }
        if (!headerProblems.isEmpty())
            found.append({ExtraHeadersField, headerProblems.join(u'\n')});
    }

    // The session stops only after a stage it completes; one it never reaches would not stop it.
    if (s.quitAfter == SessionStage::StartTls && s.security != Security::StartTls &&
        s.security != Security::StartTlsRequired)
        found.append({QuitAfterField, tr("No STARTTLS is planned with this encryption setting, so the session "
                                         "would not stop there but run to the end.")});
    else if (s.quitAfter == SessionStage::Auth && !s.authMechanism)
        found.append({QuitAfterField, tr("No AUTH is planned, so the session would not stop there but run to "
                                         "the end.")});
    return found;
}

bool ConnectionPanel::hasInput(Field field) const
{
    switch (field) {
    case HostField:
        return target() == Target::Practice || !m_ui->hostLineEdit->text().trimmed().isEmpty();
    case AuthUserField:
        return !m_ui->authUserLineEdit->text().trimmed().isEmpty();
    case PasswordField:
        return !m_ui->passwordLineEdit->text().isEmpty();
    case RecipientsField:
        return !m_ui->recipientsPlainTextEdit->toPlainText().trimmed().isEmpty();
    case MessageFileField:
        return !m_ui->messageFileLineEdit->text().trimmed().isEmpty();
    case PortField:
    case CaFileField:
    case MailFromField:
    case ExtraHeadersField:
    case QuitAfterField:
    case FieldCount:
        break;
    }
    return true; // problems here are about what was entered, never about a field left empty
}

void ConnectionPanel::showProblems(const QList<Problem> &problems) const
{
    const QPalette palette = this->palette();
    const QColor error = errorColour(palette);
    for (int f = 0; f < FieldCount; ++f) {
        const Field field = Field(f);
        const auto problem =
            std::find_if(problems.cbegin(), problems.cend(), [field](const Problem &p) { return p.field == field; });
        // An empty field the user has not reached yet is not an error to shout about; what was typed is.
        const bool show = problem != problems.cend() && (m_touched[f] || m_revealAll || hasInput(field));
        QLabel *label = messageLabel(field);
        QWidget *widget = fieldWidget(field);
        label->setText(show ? problem->message : QString());
        label->setVisible(show);
        widget->setAccessibleDescription(show ? problem->message : QString());
        if (show) {
            // Only these roles: the rest of the field keeps following the system palette.
            QPalette tinted;
            tinted.setColor(QPalette::Base, blend(palette.color(QPalette::Base), error, 0.18));
            tinted.setColor(QPalette::Button, blend(palette.color(QPalette::Button), error, 0.18));
            widget->setPalette(tinted);
        } else {
            widget->setPalette(QPalette());
        }
    }
}

QStringList ConnectionPanel::validationErrors() const
{
    m_revealAll = true;
    const QList<Problem> found = problems();
    showProblems(found);
    QStringList errors;
    for (const Problem &problem : found)
        errors.append(tr("%1: %2").arg(fieldName(problem.field), problem.message));
    return errors;
}

bool ConnectionPanel::isValid() const
{
    return problems().isEmpty();
}

QWidget *ConnectionPanel::fieldWidget(Field field) const
{
    const std::array<QWidget *, FieldCount> widgets{m_ui->hostLineEdit,
                                                    m_ui->portSpinBox,
                                                    m_ui->caFileLineEdit,
                                                    m_ui->authUserLineEdit,
                                                    m_ui->passwordLineEdit,
                                                    m_ui->mailFromLineEdit,
                                                    m_ui->recipientsPlainTextEdit,
                                                    m_ui->messageFileLineEdit,
                                                    m_ui->extraHeadersPlainTextEdit,
                                                    m_ui->quitAfterComboBox};
    return widgets.at(field);
}

QLabel *ConnectionPanel::messageLabel(Field field) const
{
    const std::array<QLabel *, FieldCount> labels{
        m_ui->hostErrorLabel,         m_ui->portErrorLabel,     m_ui->caFileErrorLabel,     m_ui->authUserErrorLabel,
        m_ui->passwordErrorLabel,     m_ui->mailFromErrorLabel, m_ui->recipientsErrorLabel, m_ui->messageFileErrorLabel,
        m_ui->extraHeadersErrorLabel, m_ui->quitAfterErrorLabel};
    return labels.at(field);
}

QString ConnectionPanel::fieldName(Field field) const
{
    switch (field) {
    case HostField:
        return tr("Host");
    case PortField:
        return tr("Port");
    case CaFileField:
        return tr("CA file");
    case AuthUserField:
        return tr("User");
    case PasswordField:
        return m_ui->authComboBox->currentIndex() == indexOf(kMechanisms, Mechanism::XOAuth2) + 1 ? tr("Token")
                                                                                                  : tr("Password");
    case MailFromField:
        return QStringLiteral("MAIL FROM");
    case RecipientsField:
        return QStringLiteral("RCPT TO");
    case MessageFileField:
        return tr("Message file");
    case ExtraHeadersField:
        return tr("Headers");
    case QuitAfterField:
    case FieldCount:
        break;
    }
    return tr("Stop");
}

// --- files ---------------------------------------------------------------------------------------

void ConnectionPanel::browseFile(QLineEdit *target, Field field, const QString &title, const QString &filter)
{
    const QFileInfo current(target->text().trimmed());
    auto *dialog = new QFileDialog(this, title, current.exists() ? current.absolutePath() : QDir::homePath(), filter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this, target, field](const QString &file) {
        m_touched[field] = true;
        target->setText(QDir::toNativeSeparators(file));
    });
    dialog->open();
}

// --- profiles ------------------------------------------------------------------------------------

void ConnectionPanel::setKeyring(PasswordKeyring *keyring)
{
    if (m_keyring)
        disconnect(m_keyring, nullptr, this, nullptr);
    m_keyring = keyring;
    if (keyring) {
        connect(keyring, &PasswordKeyring::readFinished, this, &ConnectionPanel::keyringRead);
        connect(keyring, &PasswordKeyring::writeFinished, this, &ConnectionPanel::keyringWritten);
        connect(keyring, &PasswordKeyring::removeFinished, this, [this](const QString &profile, const QString &error) {
            if (!error.isEmpty())
                showProfileNote(tr("The desktop keyring still holds the password of \"%1\": it could not remove it (%2). "
                                   "Remove it with the keyring's own tool (Seahorse, KWalletManager).")
                                    .arg(profile, error));
        });
    }
    updateDependentWidgets();
}

void ConnectionPanel::setProfileStore(ProfileStore *store)
{
    m_store = store;
    m_ui->profileGroupBox->setVisible(store != nullptr);
    cancelSaveAs();
    m_ui->profileNoteLabel->hide();
    const QString last = store ? store->lastUsed() : QString();
    reloadProfileNames(last);
    if (!last.isEmpty())
        loadProfile(last);
}

QString ConnectionPanel::currentProfile() const
{
    return m_ui->profileComboBox->currentIndex() < 0 ? QString() : m_ui->profileComboBox->currentText();
}

void ConnectionPanel::reloadProfileNames(const QString &select)
{
    const QSignalBlocker blocker(m_ui->profileComboBox);
    m_ui->profileComboBox->clear();
    if (m_store)
        m_ui->profileComboBox->addItems(m_store->names());
    // Names are case-insensitive in the store.
    m_ui->profileComboBox->setCurrentIndex(
        select.isEmpty() ? -1 : m_ui->profileComboBox->findText(select, Qt::MatchFixedString));
    updateProfileButtons();
}

void ConnectionPanel::loadProfile(const QString &name)
{
    if (!m_store)
        return;
    const auto loaded = m_store->load(name);
    if (!loaded) {
        reloadProfileNames(QString());
        showProfileNote(tr("The profile \"%1\" no longer exists.").arg(name));
        return;
    }
    // The password never comes from the profile, and one typed for another server must not go to this
    // one: it is empty until the keyring, if the user keeps it there, answers (keyringRead()).
    setSettings(*loaded);
    const bool inKeyring = m_keyring && m_store->passwordInKeyring(name);
    m_ui->keyringCheckBox->setChecked(inKeyring);
    m_store->setLastUsed(name);
    reloadProfileNames(name);
    if (inKeyring && loaded->authMechanism) {
        m_keyringAsked = {name, loaded->host, loaded->authUser};
        m_keyring->read(name);
    }
}

void ConnectionPanel::storeProfile(const QString &name)
{
    const SessionSettings s = settings();
    const bool keep = m_keyring && m_ui->keyringCheckBox->isChecked() && s.authMechanism && !s.authSecret.isEmpty();
    const bool wasKept = m_keyring && m_store->passwordInKeyring(name);
    m_store->save(name, s, keep);
    m_store->setLastUsed(name);
    if (keep) {
        m_keyring->write(name, s.authSecret);
        showProfileNote(tr("Saved \"%1\"; the password is going to the desktop keyring.").arg(name));
        return;
    }
    if (wasKept)
        m_keyring->remove(name);
    showProfileNote(tr("Saved \"%1\" (without the password).").arg(name));
}

void ConnectionPanel::keyringRead(const QString &profile, const QString &secret, const QString &error)
{
    // Only for the profile, server and user it was asked for: a keyring may take a minute to unlock.
    const KeyringRequest asked = std::exchange(m_keyringAsked, {});
    if (PasswordKeyring::key(profile) != PasswordKeyring::key(currentProfile()) || asked.profile != profile)
        return; // the user moved on to another profile meanwhile
    if (!error.isEmpty()) {
        showProfileNote(tr("The desktop keyring did not give the password of \"%1\": %2").arg(profile, error));
        return;
    }
    if (secret.isEmpty()) {
        showProfileNote(tr("The desktop keyring has no password for \"%1\" any more.").arg(profile));
        return;
    }
    const SessionSettings now = settings();
    if (now.host != asked.host || now.authUser != asked.user) {
        showProfileNote(tr("The password of \"%1\" from the desktop keyring was not filled in: the server or the "
                           "user name changed since the profile was loaded.")
                            .arg(profile));
        return;
    }
    if (m_sessionRunning) {
        showProfileNote(tr("The password of \"%1\" arrived from the desktop keyring while a session was running; "
                           "load the profile again to fill it in.")
                            .arg(profile));
        return;
    }
    // Only into an empty field: what the user typed meanwhile wins.
    if (m_ui->passwordLineEdit->text().isEmpty())
        m_ui->passwordLineEdit->setText(secret);
}

void ConnectionPanel::keyringWritten(const QString &profile, const QString &error)
{
    if (!m_store)
        return;
    if (error.isEmpty()) {
        if (PasswordKeyring::key(profile) == PasswordKeyring::key(currentProfile()))
            showProfileNote(tr("Saved \"%1\"; the password is in the desktop keyring.").arg(profile));
        return;
    }
    // The profile must not claim a password the keyring does not have.
    if (const auto loaded = m_store->load(profile))
        m_store->save(profile, *loaded, false);
    if (PasswordKeyring::key(profile) == PasswordKeyring::key(currentProfile()))
        m_ui->keyringCheckBox->setChecked(false);
    showProfileNote(
        tr("Saved \"%1\" without the password: the desktop keyring refused it (%2). The password is kept until SMTP Doctor closes.")
            .arg(profile, error));
}

void ConnectionPanel::saveProfile()
{
    const QString name = currentProfile();
    if (!m_store)
        return;
    if (name.isEmpty()) {
        startSaveAs();
        return;
    }
    storeProfile(name);
}

void ConnectionPanel::startSaveAs()
{
    m_ui->profileNoteLabel->hide();
    m_ui->profileNameWidget->show();
    const QString current = currentProfile();
    m_ui->profileNameLineEdit->setText(current.isEmpty() ? m_ui->hostLineEdit->text().trimmed() : current);
    m_ui->profileNameLineEdit->selectAll();
    m_ui->profileNameLineEdit->setFocus();
    updateSaveAsRow();
}

void ConnectionPanel::updateSaveAsRow()
{
    if (m_ui->profileNameWidget->isHidden())
        return;
    const QString name = m_ui->profileNameLineEdit->text().trimmed();
    const int existing = name.isEmpty() ? -1 : m_ui->profileComboBox->findText(name, Qt::MatchFixedString);
    m_ui->profileNameOkPushButton->setEnabled(!name.isEmpty());
    m_ui->profileNameOkPushButton->setText(existing < 0 ? tr("Save") : tr("Replace"));
    if (existing < 0)
        m_ui->profileNoteLabel->hide();
    else
        showProfileNote(tr("Replaces the saved profile \"%1\".").arg(m_ui->profileComboBox->itemText(existing)));
}

void ConnectionPanel::finishSaveAs()
{
    const QString name = m_ui->profileNameLineEdit->text().trimmed();
    if (!m_store || name.isEmpty())
        return;
    storeProfile(name);
    m_ui->profileNameWidget->hide();
    reloadProfileNames(name);
    m_ui->profileComboBox->setFocus();
}

void ConnectionPanel::cancelSaveAs()
{
    const bool hadFocus = m_ui->profileNameWidget->isAncestorOf(focusWidget());
    m_ui->profileNameWidget->hide();
    m_ui->profileNoteLabel->hide();
    m_ui->profileNameLineEdit->clear();
    if (hadFocus)
        m_ui->saveProfileAsPushButton->setFocus();
}

void ConnectionPanel::deleteProfile()
{
    const QString name = currentProfile();
    if (!m_store || name.isEmpty())
        return;
    if (m_keyring && m_store->passwordInKeyring(name))
        m_keyring->remove(name);
    m_store->remove(name);
    reloadProfileNames(QString());
    // Nothing is lost at once: the fields keep the values, and "Save as…" brings the profile back.
    showProfileNote(tr("Deleted \"%1\". The fields keep their values.").arg(name));
}

void ConnectionPanel::showProfileNote(const QString &text)
{
    m_ui->profileNoteLabel->setText(text);
    m_ui->profileNoteLabel->show();
}

void ConnectionPanel::updateProfileButtons()
{
    const bool selected = m_ui->profileComboBox->currentIndex() >= 0;
    m_ui->saveProfilePushButton->setEnabled(m_store && selected);
    m_ui->deleteProfilePushButton->setEnabled(m_store && selected);
    m_ui->profileComboBox->setEnabled(m_ui->profileComboBox->count() > 0);
}

// --- running and language ------------------------------------------------------------------------

void ConnectionPanel::setSessionRunning(bool running)
{
    m_sessionRunning = running;
    if (running)
        cancelSaveAs();
    m_ui->scrollAreaWidgetContents->setEnabled(!running);
    m_ui->sessionRunningLabel->setVisible(running);
}

void ConnectionPanel::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
        m_ui->retranslateUi(this);
        m_ui->profileComboBox->setPlaceholderText(tr("No profile selected"));
        m_ui->ehloLineEdit->setPlaceholderText(tr("Default: %1").arg(SessionSettings().effectiveEhloName()));
        m_ui->profileNoteLabel->hide();
        fillScenarioPicker();
        updateSaveAsRow();
        updateDependentWidgets();
        showProblems(problems());
        break;
    case QEvent::PaletteChange:
    case QEvent::StyleChange:
        applyColours();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

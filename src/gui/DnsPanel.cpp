#include "gui/DnsPanel.h"

#include "core/dns/DnsCheck.h"
#include "gui/DnsFindingView.h"
#include "gui/ExplanationView.h"
#include "ui_DnsPanel.h"

#include <QAction>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSettings>
#include <QShortcut>
#include <QStandardPaths>
#include <QStyle>

namespace {

/// A tool tip that shows DNS data as it is: Qt guesses whether a tool tip is rich text, and a record
/// such as "v=spf1 <b>…" would be read as markup.
QString plainToolTip(const QString &text)
{
    return QStringLiteral("<p style='white-space:pre-wrap'>") + text.toHtmlEscaped() + QStringLiteral("</p>");
}

const QString kGeometryKey = QStringLiteral("dnsPanel/geometry");
const QString kSplitterKey = QStringLiteral("dnsPanel/splitter");
const QString kResultSplitterKey = QStringLiteral("dnsPanel/resultSplitter");

enum FindingColumn
{
    TitleColumn,
    SeverityColumn,
    SubjectColumn
};

enum MxColumn
{
    PreferenceColumn,
    HostColumn,
    AddressesColumn
};

constexpr int kIndexRole = Qt::UserRole;     ///< findings: index into m_findings, -1 for groups and notes
constexpr int kCheckRole = Qt::UserRole + 1; ///< findings: the group's check key
constexpr int kHostRole = Qt::UserRole;      ///< MX rows: the host to connect to; empty when there is none

// The report's parts in the order they are listed, by the keys DnsCheck::checksForReply() uses.
const QStringList &checkOrder()
{
    static const QStringList order{QStringLiteral("mx"),    QStringLiteral("ptr"),     QStringLiteral("spf"),
                                   QStringLiteral("dmarc"), QStringLiteral("mta-sts"), QStringLiteral("tls-rpt"),
                                   QStringLiteral("dns")};
    return order;
}

QList<DnsFinding> findingsOf(const DnsReport &report, const QString &check)
{
    if (check == QLatin1String("mx"))
        return report.mx.findings;
    if (check == QLatin1String("ptr"))
        return report.ptr.findings;
    if (check == QLatin1String("spf"))
        return report.spf.findings;
    if (check == QLatin1String("dmarc"))
        return report.dmarc.findings;
    if (check == QLatin1String("mta-sts"))
        return report.mtaSts.findings;
    if (check == QLatin1String("tls-rpt"))
        return report.tlsRpt.findings;
    return report.general;
}

QColor mix(const QColor &a, const QColor &b, qreal amount)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * amount, a.greenF() + (b.greenF() - a.greenF()) * amount,
                            a.blueF() + (b.blueF() - a.blueF()) * amount);
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor errorColour(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
}

QString joinAddresses(const QList<QHostAddress> &addresses)
{
    QStringList texts;
    for (const QHostAddress &a : addresses)
        texts.append(a.toString());
    return texts.join(QStringLiteral(", "));
}

} // namespace

DnsPanel::DnsPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DnsPanel>())
    , m_check(new DnsCheck(this))
    , m_connectMxAction(new QAction(this))
{
    m_ui->setupUi(this);
    // Its own window beside the main one, never a child widget drawn inside it.
    setWindowFlag(Qt::Window, true);
    setWindowIcon(QIcon(QStringLiteral(":/icons/smtp-doctor.svg")));
    // Below what the layout needs, the window scrolls instead of squeezing (and clipping) the lists. The
    // splitter's own size hint is ignored (it has a minimum height instead): the scroll area sizes
    // its contents by their preferred height, which would otherwise scroll a window that fits.
    m_ui->scrollContents->setMinimumWidth(680);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_ui->summaryIconLabel->setFixedSize(iconSize, iconSize);
    m_ui->splitter->setStretchFactor(0, 5);
    m_ui->splitter->setStretchFactor(1, 4);
    m_ui->splitter->setSizes({480, 380});
    m_ui->resultSplitter->setStretchFactor(0, 2);
    m_ui->resultSplitter->setStretchFactor(1, 3);
    m_ui->resultSplitter->setSizes({130, 300});
    m_ui->mxTreeWidget->header()->setSectionResizeMode(PreferenceColumn, QHeaderView::ResizeToContents);
    m_ui->findingsTreeWidget->header()->setSectionResizeMode(SeverityColumn, QHeaderView::ResizeToContents);
    m_ui->mxTreeWidget->addAction(m_connectMxAction);

    ExplanationView::setUpLanguageComboBox(m_ui->languageComboBox);
    ExplanationView::selectLanguage(m_ui->languageComboBox, ExplanationView::defaultLanguage());
    m_ui->detailsView->setLanguage(ExplanationView::defaultLanguage());

    connect(m_check, &DnsCheck::finished, this, &DnsPanel::finished);
    connect(m_ui->checkPushButton, &QPushButton::clicked, this, &DnsPanel::startFromFields);
    connect(m_ui->cancelPushButton, &QPushButton::clicked, this, &DnsPanel::cancel);
    connect(m_ui->domainLineEdit, &QLineEdit::returnPressed, this, &DnsPanel::startFromFields);
    connect(m_ui->addressLineEdit, &QLineEdit::returnPressed, this, &DnsPanel::startFromFields);
    // The announced names belong to the address they came with.
    connect(m_ui->addressLineEdit, &QLineEdit::textEdited, this, [this] { m_announced.clear(); });
    for (QLineEdit *edit : {m_ui->domainLineEdit, m_ui->addressLineEdit})
        connect(edit, &QLineEdit::textChanged, this, [this] { validateFields(); });
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &DnsPanel::startFromFields);
    }
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &DnsPanel::cancel);

    connect(m_ui->languageComboBox, &QComboBox::currentIndexChanged, this, [this] {
        fillMx();
        retitleFindings();
        m_ui->detailsView->setLanguage(explanationLanguage());
        Q_EMIT explanationLanguageChanged(explanationLanguage());
    });
    connect(m_ui->mxTreeWidget, &QTreeWidget::currentItemChanged, this, &DnsPanel::updateMxActions);
    connect(m_ui->mxTreeWidget, &QTreeWidget::itemActivated, this, &DnsPanel::connectToSelectedMx);
    connect(m_ui->connectMxPushButton, &QPushButton::clicked, this, &DnsPanel::connectToSelectedMx);
    connect(m_connectMxAction, &QAction::triggered, this, &DnsPanel::connectToSelectedMx);
    connect(m_ui->useDomainMxPushButton, &QPushButton::clicked, this, [this] {
        if (m_report && m_report->mx.acceptsMail())
            Q_EMIT useDomainMxRequested(m_report->domain);
    });
    connect(m_ui->findingsTreeWidget, &QTreeWidget::currentItemChanged, this, &DnsPanel::showSelectedFinding);
    connect(m_ui->detailsView, &DnsFindingView::codeActivated, this, &DnsPanel::referenceRequested);
    connect(m_ui->copyPushButton, &QPushButton::clicked, this, &DnsPanel::copyReport);
    connect(m_ui->savePushButton, &QPushButton::clicked, this, &DnsPanel::chooseSaveFile);

    const QSettings settings;
    resize(900, 600);
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    m_ui->splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    m_ui->resultSplitter->restoreState(settings.value(kResultSplitterKey).toByteArray());
    retranslate();
    validateFields();
    setStatus(Status::Idle);
    m_ui->domainLineEdit->setFocus();
}

DnsPanel::~DnsPanel() = default;

void DnsPanel::setNameserver(const QHostAddress &nameserver)
{
    m_check->setNameserver(nameserver);
}

void DnsPanel::setTimeout(int ms)
{
    m_check->setTimeout(ms);
}

ExplanationLanguage DnsPanel::explanationLanguage() const
{
    return ExplanationView::languageOf(m_ui->languageComboBox);
}

void DnsPanel::setExplanationLanguage(ExplanationLanguage language)
{
    // Changing the combo box re-renders and emits explanationLanguageChanged (only when it changes).
    ExplanationView::selectLanguage(m_ui->languageComboBox, language);
}

// --- running a check ---------------------------------------------------------------------------

void DnsPanel::check(const QString &domain, const QHostAddress &address, const QStringList &focus,
                     const QStringList &announcedNames)
{
    m_ui->domainLineEdit->setText(domain.trimmed());
    m_ui->addressLineEdit->setText(address.isNull() ? QString() : address.toString());
    m_announced = address.isNull() ? QStringList() : announcedNames;
    if (m_status == Status::Running)
        cancel();
    startFromFields();
    m_focus = focus;
}

void DnsPanel::startFromFields()
{
    if (m_status == Status::Running || !validateFields(true))
        return;
    m_focus.clear();
    m_report.reset();
    m_findings.clear();
    m_running = domainFromField();
    fillMx();
    fillFindings();
    showReportStatus(QString(), false);
    setStatus(Status::Running);
    m_check->check(m_running, addressFromField().value_or(QHostAddress()), m_announced);
}

void DnsPanel::cancel()
{
    if (m_status != Status::Running)
        return;
    m_check->cancel();
    setStatus(Status::Cancelled);
}

bool DnsPanel::isRunning() const
{
    return m_status == Status::Running;
}

void DnsPanel::finished(const DnsReport &report)
{
    m_report = report;
    fillMx();
    fillFindings();
    setStatus(Status::Finished);
    selectFocus();
    m_focus.clear();
    Q_EMIT checkFinished();
}

void DnsPanel::setStatus(Status status)
{
    m_status = status;
    const bool running = status == Status::Running;
    m_ui->busyProgressBar->setVisible(running);
    m_ui->cancelPushButton->setEnabled(running);
    m_ui->copyPushButton->setEnabled(m_report.has_value());
    m_ui->savePushButton->setEnabled(m_report.has_value());
    validateFields();
    updateMxActions();
    updateSummary();
}

void DnsPanel::updateSummary()
{
    QLabel *label = m_ui->summaryLabel;
    m_ui->summaryIconLabel->setVisible(m_status == Status::Finished && m_report);
    switch (m_status) {
    case Status::Idle:
        label->setText(tr("Enter a domain, and optionally the IP address your mail server sends from, then press "
                          "Check."));
        return;
    case Status::Running: {
        const QHostAddress server = m_check->nameserver();
        label->setText(tr("Checking %1 (name server: %2)…")
                           .arg(m_running, server.isNull() ? tr("the system resolver") : server.toString()));
        return;
    }
    case Status::Cancelled:
        label->setText(tr("The check of %1 was cancelled.").arg(m_running));
        return;
    case Status::Finished:
        break;
    }
    if (!m_report)
        return;
    int counts[4] = {0, 0, 0, 0};
    for (const DnsFinding &f : m_report->findings())
        ++counts[int(f.severity)];
    const QString separator = tr(", ", "between the parts of a list");
    const QString parts = QStringList{tr("%n error(s)", nullptr, counts[int(DnsSeverity::Error)]),
                                      tr("%n warning(s)", nullptr, counts[int(DnsSeverity::Warning)]),
                                      tr("%n note(s)", nullptr, counts[int(DnsSeverity::Info)]),
                                      tr("%n fine", "DNS findings without a problem", counts[int(DnsSeverity::Ok)])}
                              .join(separator);
    label->setText(tr("%1: %2.", "DNS check summary: the domain, then the counts").arg(m_report->domain, parts));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_ui->summaryIconLabel->setPixmap(
        DnsFindingView::severityIcon(style(), m_report->worstSeverity()).pixmap(size, size));
    m_ui->summaryIconLabel->setAccessibleDescription(severityWord(m_report->worstSeverity()));
}

// --- the fields ----------------------------------------------------------------------------------

QString DnsPanel::domainFromField() const
{
    // An e-mail address names its domain after the last '@' ("<user@example.com>" too).
    QString text = m_ui->domainLineEdit->text().trimmed();
    if (text.contains(u'@'))
        text = text.section(u'@', -1);
    if (text.endsWith(u'>'))
        text.chop(1);
    return DnsRecords::normalizedName(text);
}

std::optional<QHostAddress> DnsPanel::addressFromField() const
{
    QString text = m_ui->addressLineEdit->text().trimmed();
    if (text.startsWith(u'[') && text.endsWith(u']'))
        text = text.mid(1, text.size() - 2);
    if (text.isEmpty())
        return QHostAddress();
    QHostAddress address;
    if (!address.setAddress(text) || text.contains(u'%'))
        return std::nullopt;
    return address;
}

bool DnsPanel::validateFields(bool showEmpty)
{
    const QString domainText = m_ui->domainLineEdit->text().trimmed();
    QString domainProblem;
    if (domainText.isEmpty()) {
        if (showEmpty)
            domainProblem = tr("Enter the domain to check, for example example.com.");
    } else if (!DnsRecords::isDomainName(domainFromField())) {
        domainProblem =
            tr("“%1” is not a domain name. Enter a domain such as example.com, or an e-mail address.").arg(domainText);
    }
    const QString addressText = m_ui->addressLineEdit->text().trimmed();
    QString addressProblem;
    if (!addressFromField()) {
        addressProblem = tr("“%1” is not an IP address. Enter an IPv4 address such as 192.0.2.25 or an IPv6 address "
                            "such as 2001:db8::25, or leave the field empty.")
                             .arg(addressText);
    }
    const QPalette palette = this->palette();
    const auto show = [&palette](QLabel *label, QWidget *field, const QString &problem) {
        label->setText(problem);
        label->setVisible(!problem.isEmpty());
        QPalette labelPalette;
        labelPalette.setColor(QPalette::WindowText, errorColour(palette));
        label->setPalette(problem.isEmpty() ? QPalette() : labelPalette);
        field->setAccessibleDescription(problem);
        QPalette tinted;
        tinted.setColor(QPalette::Base, mix(palette.color(QPalette::Base), errorColour(palette), 0.18));
        field->setPalette(problem.isEmpty() ? QPalette() : tinted);
    };
    show(m_ui->domainErrorLabel, m_ui->domainLineEdit, domainProblem);
    show(m_ui->addressErrorLabel, m_ui->addressLineEdit, addressProblem);
    const bool valid = !domainText.isEmpty() && domainProblem.isEmpty() && addressProblem.isEmpty();
    m_ui->checkPushButton->setEnabled(valid && m_status != Status::Running);
    return valid;
}

// --- MX ------------------------------------------------------------------------------------------

void DnsPanel::fillMx()
{
    QTreeWidget *tree = m_ui->mxTreeWidget;
    const QString current = tree->currentItem() ? tree->currentItem()->text(HostColumn) : QString();
    tree->clear();
    QString note;
    if (m_report) {
        const ExplanationLanguage language = explanationLanguage();
        const MxResult &mx = m_report->mx;
        bool equalPreferences = false;
        for (qsizetype i = 0; i < mx.hosts.size(); ++i) {
            const MxHost &host = mx.hosts.at(i);
            equalPreferences = equalPreferences || (i > 0 && mx.hosts.at(i - 1).preference == host.preference);
            // QTreeWidgetItem shows plain text only: host names from DNS can never become markup here.
            auto *item = new QTreeWidgetItem(tree);
            item->setText(PreferenceColumn, host.implicit ? tr("implicit") : QString::number(host.preference));
            item->setText(HostColumn, host.canonicalName.isEmpty()
                                          ? host.name
                                          : tr("%1 (an alias of %2)").arg(host.name, host.canonicalName));
            QString addresses = joinAddresses(host.addresses);
            if (addresses.isEmpty())
                addresses = host.error.isEmpty() ? tr("no address") : host.error.text(language);
            item->setText(AddressesColumn, addresses);
            item->setToolTip(AddressesColumn, plainToolTip(addresses));
            item->setData(HostColumn, kHostRole, host.hasAddresses() ? host.name : QString());
            if (host.implicit)
                item->setToolTip(PreferenceColumn, tr("No MX records: senders deliver to the domain's own address."));
            if (host.name == current)
                tree->setCurrentItem(item);
        }
        switch (mx.kind) {
        case MxResult::Kind::Hosts:
            if (equalPreferences)
                note = tr("Hosts with the same preference are listed in the order of the DNS answer; real senders "
                          "try them in random order.");
            if (mx.nullMixed)
                note = (note.isEmpty() ? QString() : note + u' ') +
                       tr("A null MX record (“0 .”) is published beside these hosts; it is left out of the list.");
            break;
        case MxResult::Kind::Implicit:
            note = tr("The domain has no MX records: senders deliver to its own address (implicit MX).");
            break;
        case MxResult::Kind::NullMx: {
            auto *item = new QTreeWidgetItem(tree);
            item->setText(PreferenceColumn, QStringLiteral("0"));
            item->setText(HostColumn, QStringLiteral("."));
            item->setText(AddressesColumn, tr("null MX: the domain accepts no mail"));
            note = tr("The domain publishes a null MX (“MX 0 .”): it accepts no mail, and senders give up at once.");
            break;
        }
        case MxResult::Kind::NoMail:
            note = tr("The domain has neither MX records nor an address: it cannot receive mail.");
            break;
        case MxResult::Kind::NoDomain:
            note = tr("The domain does not exist (NXDOMAIN).");
            break;
        case MxResult::Kind::Failed:
            note = mx.error.isEmpty() ? tr("The MX lookup got no usable answer.")
                                      : tr("The MX lookup got no usable answer: %1").arg(mx.error.text(language));
            break;
        }
    }
    m_ui->mxNoteLabel->setText(note);
    m_ui->mxNoteLabel->setVisible(!note.isEmpty());
    tree->resizeColumnToContents(HostColumn);
    tree->setColumnWidth(HostColumn, qMin(tree->columnWidth(HostColumn), qMax(160, tree->viewport()->width() / 2)));
    if (!tree->currentItem() && tree->topLevelItemCount() > 0)
        tree->setCurrentItem(tree->topLevelItem(0));
    updateMxActions();
}

void DnsPanel::updateMxActions()
{
    const QTreeWidgetItem *item = m_ui->mxTreeWidget->currentItem();
    const bool host = item && !item->data(HostColumn, kHostRole).toString().isEmpty();
    m_ui->connectMxPushButton->setEnabled(host);
    m_connectMxAction->setEnabled(host);
    m_ui->useDomainMxPushButton->setEnabled(m_report && m_report->mx.acceptsMail());
}

void DnsPanel::connectToSelectedMx()
{
    const QTreeWidgetItem *item = m_ui->mxTreeWidget->currentItem();
    const QString host = item ? item->data(HostColumn, kHostRole).toString() : QString();
    if (!host.isEmpty())
        Q_EMIT connectToHostRequested(host);
}

// --- findings ------------------------------------------------------------------------------------

void DnsPanel::fillFindings()
{
    QTreeWidget *tree = m_ui->findingsTreeWidget;
    tree->clear();
    m_findings.clear();
    m_ui->detailsView->clear();
    if (!m_report)
        return;
    for (const QString &check : checkOrder()) {
        const QList<DnsFinding> findings = findingsOf(*m_report, check);
        const bool notChecked = check == QLatin1String("ptr") && m_report->address.isNull();
        if (findings.isEmpty() && !notChecked)
            continue;
        auto *group = new QTreeWidgetItem(tree);
        group->setData(TitleColumn, kIndexRole, -1);
        group->setData(TitleColumn, kCheckRole, check);
        QFont font = group->font(TitleColumn);
        font.setBold(true);
        group->setFont(TitleColumn, font);
        group->setFirstColumnSpanned(true);
        if (notChecked) {
            auto *note = new QTreeWidgetItem(group);
            note->setData(TitleColumn, kIndexRole, -1);
            note->setFirstColumnSpanned(true);
        }
        for (const DnsFinding &finding : findings) {
            auto *item = new QTreeWidgetItem(group);
            item->setData(TitleColumn, kIndexRole, int(m_findings.size()));
            item->setIcon(TitleColumn, DnsFindingView::severityIcon(style(), finding.severity));
            // Plain text only: the subject is DNS data.
            item->setText(SubjectColumn, finding.subject);
            item->setToolTip(SubjectColumn, plainToolTip(finding.subject));
            m_findings.append({check, finding});
        }
    }
    tree->expandAll();
    retitleFindings();
}

void DnsPanel::retitleFindings()
{
    // Titles follow the explanation language (English in "both", to keep rows short; the tooltip
    // has both); group names, severity words and notes are part of the user interface.
    const ExplanationLanguage language = explanationLanguage();
    const ExplanationLanguage titles = language == ExplanationLanguage::Both ? ExplanationLanguage::English : language;
    const QStringList names{QStringLiteral("MX"),      tr("PTR (reverse DNS of the address)"),
                            QStringLiteral("SPF"),     QStringLiteral("DMARC"),
                            QStringLiteral("MTA-STS"), QStringLiteral("TLS-RPT"),
                            tr("Name server")};
    const QString separator = tr(", ", "between the parts of a list");
    QTreeWidget *tree = m_ui->findingsTreeWidget;
    int widest = tree->header()->sectionSizeHint(TitleColumn);
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = tree->topLevelItem(g);
        const QString check = group->data(TitleColumn, kCheckRole).toString();
        int counts[4] = {0, 0, 0, 0};
        DnsSeverity worst = DnsSeverity::Ok;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const int index = item->data(TitleColumn, kIndexRole).toInt();
            if (index < 0) {
                item->setText(TitleColumn, tr("Not checked: no IP address was given."));
                item->setToolTip(TitleColumn, tr("Enter the IP address your mail server sends from to check its "
                                                 "PTR record."));
                continue;
            }
            const DnsFinding &finding = m_findings.at(index).finding;
            const DnsFindingEntry *entry = finding.entry();
            item->setText(TitleColumn, entry ? entry->title.text(titles) : finding.id);
            item->setToolTip(TitleColumn, entry ? entry->title.en + u'\n' + entry->title.ja : finding.id);
            item->setText(SeverityColumn, severityWord(finding.severity));
            ++counts[int(finding.severity)];
            worst = qMax(worst, finding.severity);
            widest = qMax(widest, tree->fontMetrics().horizontalAdvance(item->text(TitleColumn)) +
                                      style()->pixelMetric(QStyle::PM_SmallIconSize) + 2 * tree->indentation() + 16);
        }
        QStringList parts;
        if (counts[int(DnsSeverity::Error)])
            parts.append(tr("%n error(s)", nullptr, counts[int(DnsSeverity::Error)]));
        if (counts[int(DnsSeverity::Warning)])
            parts.append(tr("%n warning(s)", nullptr, counts[int(DnsSeverity::Warning)]));
        if (counts[int(DnsSeverity::Info)])
            parts.append(tr("%n note(s)", nullptr, counts[int(DnsSeverity::Info)]));
        if (parts.isEmpty() && counts[int(DnsSeverity::Ok)])
            parts.append(tr("fine", "a DNS check without problems"));
        const QString name = names.value(int(checkOrder().indexOf(check)));
        group->setText(TitleColumn, parts.isEmpty() ? name : tr("%1 — %2").arg(name, parts.join(separator)));
        if (!parts.isEmpty())
            group->setIcon(TitleColumn, DnsFindingView::severityIcon(style(), worst));
    }
    tree->setColumnWidth(TitleColumn, qMin(widest, qMax(200, tree->viewport()->width() * 3 / 5)));
}

QString DnsPanel::severityWord(DnsSeverity severity) const
{
    switch (severity) {
    case DnsSeverity::Ok:
        return tr("OK", "DNS finding severity");
    case DnsSeverity::Info:
        return tr("Note", "DNS finding severity");
    case DnsSeverity::Warning:
        return tr("Warning", "DNS finding severity");
    case DnsSeverity::Error:
        break;
    }
    return tr("Error", "DNS finding severity");
}

void DnsPanel::selectFocus()
{
    QTreeWidget *tree = m_ui->findingsTreeWidget;
    QTreeWidgetItem *chosen = nullptr;
    // The first problem of the checks asked about, in the order asked; else their first finding.
    for (bool problemsOnly : {true, false}) {
        for (const QString &check : std::as_const(m_focus)) {
            for (QTreeWidgetItemIterator it(tree); *it && !chosen; ++it) {
                const int index = (*it)->data(TitleColumn, kIndexRole).toInt();
                // "dns" also names the timeouts and failures of the other parts' lookups.
                if (index >= 0 &&
                    (m_findings.at(index).check == check || m_findings.at(index).finding.check() == check) &&
                    (!problemsOnly || m_findings.at(index).finding.severity >= DnsSeverity::Warning))
                    chosen = *it;
            }
        }
    }
    // Without a focus: the first of the worst findings.
    if (!chosen && m_report) {
        const DnsSeverity worst = m_report->worstSeverity();
        for (QTreeWidgetItemIterator it(tree); *it && !chosen; ++it) {
            const int index = (*it)->data(TitleColumn, kIndexRole).toInt();
            if (index >= 0 && m_findings.at(index).finding.severity == worst)
                chosen = *it;
        }
    }
    if (chosen) {
        tree->setCurrentItem(chosen);
        tree->scrollToItem(chosen);
    }
}

void DnsPanel::reselectFinding(int index)
{
    QTreeWidget *tree = m_ui->findingsTreeWidget;
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        if (index >= 0 && (*it)->data(TitleColumn, kIndexRole).toInt() == index) {
            tree->setCurrentItem(*it);
            return;
        }
    }
}

void DnsPanel::showSelectedFinding()
{
    const QTreeWidgetItem *item = m_ui->findingsTreeWidget->currentItem();
    const int index = item ? item->data(TitleColumn, kIndexRole).toInt() : -1;
    if (!m_report || index < 0 || index >= m_findings.size())
        return; // a group: the details of the last finding stay
    m_ui->detailsView->showFinding(*m_report, m_findings.at(index).check, m_findings.at(index).finding);
}

// --- the report ----------------------------------------------------------------------------------

void DnsPanel::copyReport()
{
    if (!m_report)
        return;
    QGuiApplication::clipboard()->setText(m_report->toText(explanationLanguage()));
    showReportStatus(tr("The report is on the clipboard."), false);
}

void DnsPanel::chooseSaveFile()
{
    if (!m_report)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = m_report->domain + QStringLiteral("-dns.json");
    // Non-modal: no nested event loop on the GUI thread.
    auto *dialog =
        new QFileDialog(this, tr("Save the DNS report"), QDir(folder).filePath(name), tr("JSON files (*.json)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &DnsPanel::saveReport);
    dialog->open();
}

void DnsPanel::saveReport(const QString &path)
{
    if (!m_report)
        return;
    QSaveFile file(path);
    const QByteArray json = QJsonDocument(m_report->toJson()).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        showReportStatus(
            tr("The report could not be saved to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
            true);
        return;
    }
    showReportStatus(tr("The report was saved to %1.").arg(QDir::toNativeSeparators(path)), false);
}

void DnsPanel::showReportStatus(const QString &message, bool isError)
{
    QLabel *label = m_ui->reportStatusLabel;
    label->setText(message);
    QPalette palette;
    if (isError)
        palette.setColor(QPalette::WindowText, errorColour(this->palette()));
    label->setPalette(isError ? palette : QPalette());
    label->setAccessibleDescription(isError ? tr("Error") : QString());
}

// --- events --------------------------------------------------------------------------------------

void DnsPanel::retranslate()
{
    m_connectMxAction->setText(tr("Connect to this MX"));
}

void DnsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        ExplanationView::retranslateLanguageComboBox(m_ui->languageComboBox);
        retranslate();
        fillMx();
        retitleFindings();
        validateFields();
        updateSummary();
        // The report status is a message about something done: it is not repeated in the new language.
        showReportStatus(QString(), false);
    } else if (event->type() == QEvent::PaletteChange) {
        // The field messages take their colours from the palette (the details view re-renders itself).
        validateFields();
    } else if (event->type() == QEvent::StyleChange) {
        // Severity icons come from the style.
        const QTreeWidgetItem *item = m_ui->findingsTreeWidget->currentItem();
        const int index = item ? item->data(TitleColumn, kIndexRole).toInt() : -1;
        fillFindings();
        reselectFinding(index);
        updateSummary();
    }
    QWidget::changeEvent(event);
}

void DnsPanel::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kSplitterKey, m_ui->splitter->saveState());
    settings.setValue(kResultSplitterKey, m_ui->resultSplitter->saveState());
    QWidget::closeEvent(event);
}

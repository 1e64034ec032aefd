#include "gui/ExplainerPane.h"

#include "core/dns/DnsCheck.h"
#include "core/reference/ReferenceCatalog.h"
#include "core/reference/ReplyExplainer.h"
#include "ui_ExplainerPane.h"

#include <QMenu>

namespace {

enum Page
{
    EmptyPage,
    ExplanationPage
};

// The section stays a few lines high: the reference window and the DNS panel have the rest.
constexpr int kMaxDnsFindingsShown = 4;

} // namespace

ExplainerPane::ExplainerPane(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ExplainerPane>())
    , m_compareMenu(new QMenu(this))
{
    m_ui->setupUi(this);
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    m_ui->dnsTitleLabel->setFont(titleFont);
    // The empty state reads as a hint, not as content.
    m_ui->emptyLabel->setForegroundRole(QPalette::PlaceholderText);

    ExplanationView::setUpLanguageComboBox(m_ui->languageComboBox);
    const ExplanationLanguage initial = ExplanationView::defaultLanguage();
    ExplanationView::selectLanguage(m_ui->languageComboBox, initial);
    m_ui->explanationView->setLanguage(initial);
    m_ui->compareToolButton->setMenu(m_compareMenu);

    connect(m_ui->languageComboBox, &QComboBox::currentIndexChanged, this, [this] {
        const ExplanationLanguage chosen = language();
        m_ui->explanationView->setLanguage(chosen);
        updateDnsSection();
        Q_EMIT languageChanged(chosen);
    });
    connect(m_ui->compareToolButton, &QToolButton::clicked, this, [this] {
        if (!m_code.isEmpty())
            Q_EMIT compareRequested(m_code);
    });
    connect(m_ui->dnsCheckPushButton, &QPushButton::clicked, this, [this] {
        if (!m_dnsChecks.isEmpty())
            Q_EMIT dnsCheckRequested(m_dnsChecks);
    });
    clear();
}

ExplainerPane::~ExplainerPane() = default;

void ExplainerPane::showReply(const SmtpReply &reply, SessionStage stage)
{
    const Explanation explanation = ReplyExplainer().explain(reply, stage);
    m_code = reply.code() ? QString::number(reply.code()) : QString();
    m_enhancedCode = reply.enhancedCode().isValid() ? reply.enhancedCode().toString() : QString();
    m_dnsChecks = DnsCheck::checksForReply(reply.code(), reply.enhancedCode(), reply.text());
    m_dnsFindings.clear();
    if (!m_dnsChecks.isEmpty()) {
        m_dnsFindings =
            ReferenceCatalog::builtIn().dnsFindingsForReply(reply.code(), reply.enhancedCode(), reply.text());
    }
    m_ui->explanationView->showExplanation(explanation);
    m_ui->pagesStackedWidget->setCurrentIndex(ExplanationPage);
    updateCompareMenu();
    updateDnsSection();
}

void ExplainerPane::clear()
{
    m_code.clear();
    m_enhancedCode.clear();
    m_dnsChecks.clear();
    m_dnsFindings.clear();
    m_ui->explanationView->clear();
    m_ui->pagesStackedWidget->setCurrentIndex(EmptyPage);
    updateCompareMenu();
    updateDnsSection();
}

ExplanationLanguage ExplainerPane::language() const
{
    return ExplanationView::languageOf(m_ui->languageComboBox);
}

void ExplainerPane::setLanguage(ExplanationLanguage language)
{
    // Changing the combo box re-renders and emits languageChanged (only when it changes).
    ExplanationView::selectLanguage(m_ui->languageComboBox, language);
}

void ExplainerPane::updateCompareMenu()
{
    m_compareMenu->clear();
    for (const QString &code : {m_code, m_enhancedCode}) {
        if (code.isEmpty())
            continue;
        QAction *action = m_compareMenu->addAction(tr("Compare %1 with…").arg(code));
        connect(action, &QAction::triggered, this, [this, code] { Q_EMIT compareRequested(code); });
    }
    m_ui->compareToolButton->setEnabled(!m_code.isEmpty());
    m_ui->compareToolButton->setToolTip(m_code.isEmpty()
                                            ? tr("Compare this code with another one in the reference window")
                                            : tr("Compare %1 with another code in the reference window").arg(m_code));
}

void ExplainerPane::updateDnsSection()
{
    m_ui->dnsFrame->setVisible(!m_dnsChecks.isEmpty());
    if (m_dnsChecks.isEmpty())
        return;
    QStringList names;
    for (const QString &check : std::as_const(m_dnsChecks))
        names.append(ExplanationView::dnsCheckName(check));
    m_ui->dnsTitleLabel->setText(tr("DNS that may be the cause: %1").arg(names.join(QStringLiteral(", "))));

    // The findings' titles are knowledge-base text: they follow the explanation language.
    const ExplanationLanguage chosen = language();
    QStringList lines;
    QStringList tips;
    for (const DnsFindingEntry *finding : std::as_const(m_dnsFindings)) {
        const LocalizedText &title = finding->title;
        const QString shown = chosen == ExplanationLanguage::Both && title.ja != title.en
                                  ? title.en + QStringLiteral(" / ") + title.ja
                                  : title.text(chosen);
        if (lines.size() < kMaxDnsFindingsShown)
            lines.append(QStringLiteral("• ") + shown);
        tips.append(finding->key + QStringLiteral(": ") + shown);
    }
    const qsizetype more = m_dnsFindings.size() - lines.size();
    if (more > 0)
        lines.append(tr("… and %n more", "DNS findings not listed", int(more)));
    m_ui->dnsFindingsLabel->setText(lines.join(u'\n'));
    m_ui->dnsFindingsLabel->setVisible(!lines.isEmpty());
    m_ui->dnsFindingsLabel->setToolTip(tips.join(u'\n'));
    m_ui->dnsCheckPushButton->setToolTip(tr("Check %1 in the DNS panel").arg(names.join(QStringLiteral(", "))));
}

void ExplainerPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        ExplanationView::retranslateLanguageComboBox(m_ui->languageComboBox);
        updateCompareMenu();
        updateDnsSection();
    }
    QWidget::changeEvent(event);
}

#include "gui/ExplainerPane.h"

#include "core/reference/ReplyExplainer.h"
#include "ui_ExplainerPane.h"

#include <QMenu>

namespace {

enum Page
{
    EmptyPage,
    ExplanationPage
};

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
        Q_EMIT languageChanged(chosen);
    });
    connect(m_ui->compareToolButton, &QToolButton::clicked, this, [this] {
        if (!m_code.isEmpty())
            Q_EMIT compareRequested(m_code);
    });
    clear();
}

ExplainerPane::~ExplainerPane() = default;

void ExplainerPane::showReply(const SmtpReply &reply, SessionStage stage)
{
    const Explanation explanation = ReplyExplainer().explain(reply, stage);
    m_code = reply.code() ? QString::number(reply.code()) : QString();
    m_enhancedCode = reply.enhancedCode().isValid() ? reply.enhancedCode().toString() : QString();
    m_ui->explanationView->showExplanation(explanation);
    m_ui->pagesStackedWidget->setCurrentIndex(ExplanationPage);
    updateCompareMenu();
}

void ExplainerPane::clear()
{
    m_code.clear();
    m_enhancedCode.clear();
    m_ui->explanationView->clear();
    m_ui->pagesStackedWidget->setCurrentIndex(EmptyPage);
    updateCompareMenu();
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

void ExplainerPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        ExplanationView::retranslateLanguageComboBox(m_ui->languageComboBox);
        updateCompareMenu();
    }
    QWidget::changeEvent(event);
}

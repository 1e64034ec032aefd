#include "gui/MainWindow.h"

#include "core/i18n/Translations.h"
#include "core/smtp/SmtpReplyParser.h"
#include "ui_MainWindow.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QMessageBox>
#include <QSettings>
#include <QStyle>

namespace {

const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kLanguageKey = QStringLiteral("ui/language");

enum Column
{
    ItemColumn,
    CodeColumn,
    EnhancedColumn,
    LinesColumn,
    VerdictColumn
};

// Pasted text has lost its line endings: give every line the CRLF a server would have sent.
QByteArray asWireBytes(const QString &pasted)
{
    QString text = pasted;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    if (!text.isEmpty() && !text.endsWith(u'\n'))
        text.append(u'\n');
    text.replace(u'\n', QStringLiteral("\r\n"));
    return text.toUtf8();
}

} // namespace

MainWindow::MainWindow(Translations *translations, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_translations(translations)
    , m_languageGroup(new QActionGroup(this))
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/smtp-doctor.svg")));
    m_ui->replyPlainTextEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->quitAction->setShortcut(QKeySequence::Quit);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 2);

    m_languageGroup->setExclusive(true);
    for (QAction *action : {m_ui->systemLanguageAction, m_ui->englishAction, m_ui->japaneseAction})
        m_languageGroup->addAction(action);

    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_ui->systemLanguageAction, &QAction::triggered, this, [this] { chooseLanguage(QString()); });
    connect(m_ui->englishAction, &QAction::triggered, this, [this] { chooseLanguage(QStringLiteral("en")); });
    connect(m_ui->japaneseAction, &QAction::triggered, this, [this] { chooseLanguage(QStringLiteral("ja")); });
    connect(m_ui->replyPlainTextEdit, &QPlainTextEdit::textChanged, this, &MainWindow::inspect);

    const QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    syncLanguageActions();
    inspect();
}

MainWindow::~MainWindow() = default;

void MainWindow::setReplyText(const QString &text)
{
    m_ui->replyPlainTextEdit->setPlainText(text);
}

int MainWindow::inspectedItemCount() const
{
    return m_ui->resultTreeWidget->topLevelItemCount();
}

void MainWindow::inspect()
{
    QTreeWidget *tree = m_ui->resultTreeWidget;
    tree->clear();
    SmtpReplyParser parser;
    QList<SmtpReply> items = parser.feed(asWireBytes(m_ui->replyPlainTextEdit->toPlainText()));
    if (const auto rest = parser.finish())
        items.append(*rest);

    const QIcon okIcon = style()->standardIcon(QStyle::SP_DialogApplyButton);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QFont fixedFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    int malformed = 0;
    int number = 0;
    for (const SmtpReply &reply : std::as_const(items)) {
        ++number;
        QStringList findings;
        if (reply.isMalformed())
            findings.append(reply.problemDescription());
        findings.append(reply.warnings());

        // QTreeWidgetItem shows plain text only: server text can never become markup here.
        auto *item = new QTreeWidgetItem(tree);
        item->setText(ItemColumn,
                      reply.isMalformed() ? tr("Malformed item %1").arg(number) : tr("Reply %1").arg(number));
        item->setText(CodeColumn, reply.code() ? QString::number(reply.code()) : QStringLiteral("—"));
        item->setText(EnhancedColumn,
                      reply.enhancedCode().isValid() ? reply.enhancedCode().toString() : QStringLiteral("—"));
        item->setText(LinesColumn, QString::number(reply.displayLines().size()));
        item->setText(VerdictColumn, reply.isMalformed()  ? tr("Malformed")
                                     : findings.isEmpty() ? tr("Well-formed")
                                                          : tr("%n warning(s)", nullptr, int(findings.size())));
        item->setIcon(ItemColumn, reply.isMalformed() ? errorIcon : findings.isEmpty() ? okIcon : warningIcon);
        for (const QString &line : reply.displayLines()) {
            auto *child = new QTreeWidgetItem(item);
            child->setText(ItemColumn, line);
            child->setFont(ItemColumn, fixedFont);
            child->setFirstColumnSpanned(true);
        }
        for (const QString &finding : std::as_const(findings)) {
            auto *child = new QTreeWidgetItem(item);
            child->setText(ItemColumn, finding);
            child->setToolTip(ItemColumn, finding);
            child->setIcon(ItemColumn,
                           reply.isMalformed() && finding == findings.constFirst() ? errorIcon : warningIcon);
            child->setFirstColumnSpanned(true);
        }
        if (reply.isMalformed())
            ++malformed;
    }
    tree->expandAll();
    for (int column = CodeColumn; column < VerdictColumn; ++column)
        tree->resizeColumnToContents(column);
    // The first column is as wide as its headings; the reply lines below them span all columns.
    int headingWidth = tree->header()->sectionSizeHint(ItemColumn);
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        headingWidth =
            qMax(headingWidth, tree->fontMetrics().horizontalAdvance(tree->topLevelItem(i)->text(0)) +
                                   style()->pixelMetric(QStyle::PM_SmallIconSize) + tree->indentation() + 24);
    }
    tree->setColumnWidth(ItemColumn, headingWidth);

    statusBar()->showMessage(items.isEmpty() ? tr("Paste reply lines above to inspect them.")
                                             : tr("%n item(s) read", nullptr, int(items.size())) + u' ' +
                                                   tr("(%n malformed)", nullptr, malformed));
}

void MainWindow::chooseLanguage(const QString &language)
{
    if (!m_translations->setLanguage(language))
        return;
    QSettings settings;
    settings.setValue(kLanguageKey, language);
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
        syncLanguageActions();
        inspect();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    QMainWindow::closeEvent(event);
}

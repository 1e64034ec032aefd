#include "gui/ReplyInspector.h"

#include "core/smtp/SmtpReplyParser.h"
#include "ui_ReplyInspector.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QStyle>

namespace {

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

ReplyInspector::ReplyInspector(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ReplyInspector>())
{
    m_ui->setupUi(this);
    m_ui->replyPlainTextEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 2);
    connect(m_ui->replyPlainTextEdit, &QPlainTextEdit::textChanged, this, &ReplyInspector::inspect);
    inspect();
}

ReplyInspector::~ReplyInspector() = default;

void ReplyInspector::setReplyText(const QString &text)
{
    m_ui->replyPlainTextEdit->setPlainText(text);
}

int ReplyInspector::inspectedItemCount() const
{
    return m_ui->resultTreeWidget->topLevelItemCount();
}

void ReplyInspector::inspect()
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

    QString summary = items.isEmpty() ? tr("Paste reply lines above to inspect them.")
                                      : tr("%n item(s) read", nullptr, int(items.size()));
    if (malformed > 0)
        summary += u' ' + tr("(%n malformed)", nullptr, malformed);
    m_ui->summaryLabel->setText(summary);
}

void ReplyInspector::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        inspect();
    }
    QWidget::changeEvent(event);
}

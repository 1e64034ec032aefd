#include "gui/TranscriptView.h"

#include "core/transcript/Transcript.h"
#include "core/transcript/TranscriptExporter.h"
#include "gui/TranscriptDelegate.h"
#include "gui/TranscriptModel.h"
#include "ui_TranscriptView.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTimer>

#include <algorithm>

namespace {

// Typing in the find bar refilters every line; wait for a pause so 100,000 lines do not stutter.
constexpr int kFilterDelayMs = 150;

// Space around a cell's text, as QStyledItemDelegate leaves it, plus a little air between columns.
int cellPadding(const QWidget *widget)
{
    return 2 * (widget->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1) + 8;
}

} // namespace

// Lines whose text contains the find text, in any case. A new find text is applied with one layout
// change: QSortFilterProxyModel's own filter setters remove and insert rows run by run, which with
// 100,000 scattered lines means tens of thousands of signals and seconds of work.
class TranscriptView::LineFilterModel final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QString needle() const { return m_needle; }
    void setNeedle(const QString &needle)
    {
        if (needle == m_needle)
            return;
        m_needle = needle;
        invalidate();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        if (m_needle.isEmpty())
            return true;
        const QModelIndex text = sourceModel()->index(sourceRow, TranscriptModel::TextColumn, sourceParent);
        return text.data().toString().contains(m_needle, Qt::CaseInsensitive);
    }

private:
    QString m_needle;
};

TranscriptView::TranscriptView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TranscriptView>())
    , m_filterModel(new LineFilterModel(this))
    , m_delegate(new TranscriptDelegate(this))
    , m_filterTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->findBarWidget->hide();
    // The icon theme's (which follows a dark desktop), else the style's own.
    m_ui->closeFindToolButton->setIcon(
        QIcon::fromTheme(QStringLiteral("window-close"), style()->standardIcon(QStyle::SP_DialogCloseButton)));

    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(kFilterDelayMs);

    QTableView *table = m_ui->transcriptTableView;
    table->setModel(m_filterModel);
    table->setItemDelegate(m_delegate);
    // Every row the same fixed height: the view never measures rows, whatever their number.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->horizontalHeader()->setStretchLastSection(true);

    m_ui->copyAction->setShortcut(QKeySequence::Copy);
    m_ui->copyAction->setShortcutContext(Qt::WidgetShortcut);
    m_ui->copyAction->setEnabled(false);
    m_ui->selectAllAction->setShortcut(QKeySequence::SelectAll);
    m_ui->selectAllAction->setShortcutContext(Qt::WidgetShortcut);
    m_ui->findAction->setShortcut(QKeySequence::Find);
    m_ui->findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    table->addActions({m_ui->copyAction, m_ui->selectAllAction, m_ui->findAction});
    addAction(m_ui->findAction);

    m_ui->findLineEdit->installEventFilter(this);

    connect(m_ui->copyAction, &QAction::triggered, this, &TranscriptView::copySelection);
    connect(m_ui->selectAllAction, &QAction::triggered, table, &QTableView::selectAll);
    connect(m_ui->findAction, &QAction::triggered, this, &TranscriptView::showFindBar);
    connect(m_ui->findLineEdit, &QLineEdit::textEdited, this, &TranscriptView::findTextEdited);
    // The clear button changes the text without textEdited.
    connect(m_ui->findLineEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            findTextEdited();
    });
    connect(m_ui->findNextToolButton, &QToolButton::clicked, this, &TranscriptView::findNext);
    connect(m_ui->findPreviousToolButton, &QToolButton::clicked, this, &TranscriptView::findPrevious);
    connect(m_ui->filterCheckBox, &QCheckBox::toggled, this, &TranscriptView::applyFilter);
    connect(m_ui->closeFindToolButton, &QToolButton::clicked, this, &TranscriptView::hideFindBar);
    connect(m_filterTimer, &QTimer::timeout, this, &TranscriptView::applyFilter);

    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { currentRowChanged(current); });
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_ui->copyAction->setEnabled(m_ui->transcriptTableView->selectionModel()->hasSelection()); });

    QScrollBar *bar = table->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, &TranscriptView::scrollValueChanged);
    connect(bar, &QScrollBar::rangeChanged, this, &TranscriptView::scrollRangeChanged);
    // Once per burst of new lines (a 100-line EHLO reply, a pasted script), not once per line.
    connect(m_filterModel, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_following || m_scrollPending)
            return;
        m_scrollPending = true;
        QTimer::singleShot(0, this, [this] {
            m_scrollPending = false;
            if (m_following)
                m_ui->transcriptTableView->scrollToBottom();
        });
    });
    connect(m_filterModel, &QAbstractItemModel::modelReset, this, [this] {
        m_following = true;
        m_ui->findStatusLabel->clear();
    });

    sizeColumns();
}

TranscriptView::~TranscriptView()
{
    // ~QWidget hides and deletes the children after this class is gone; signals they send then (the
    // scroll bar's range, the selection) must not reach this object's slots.
    for (QObject *child : findChildren<QObject *>())
        child->disconnect(this);
}

void TranscriptView::setModel(TranscriptModel *model)
{
    if (model == m_model)
        return;
    m_model = model;
    m_filterModel->setSourceModel(model);
    m_following = true;
    sizeColumns();
    m_ui->transcriptTableView->scrollToBottom();
}

QTableView *TranscriptView::tableView() const
{
    return m_ui->transcriptTableView;
}

QAction *TranscriptView::copyAction() const
{
    return m_ui->copyAction;
}

QAction *TranscriptView::findAction() const
{
    return m_ui->findAction;
}

void TranscriptView::sizeColumns()
{
    // From font metrics, never from the rows: resizeColumnsToContents would read every line.
    QTableView *table = m_ui->transcriptTableView;
    const QFont font = m_delegate->textFont();
    const QFontMetrics metrics(font);

    QStyleOptionViewItem option;
    option.initFrom(table);
    option.font = font;
    option.fontMetrics = metrics;
    option.features = QStyleOptionViewItem::HasDisplay;
    option.text = QStringLiteral("0:Xgy");
    const int cellHeight = table->style()->sizeFromContents(QStyle::CT_ItemViewItem, &option, QSize(), table).height();
    const int rowHeight = std::max({cellHeight, metrics.height() + 2, table->fontMetrics().height() + 2});
    table->verticalHeader()->setMinimumSectionSize(rowHeight);
    table->verticalHeader()->setDefaultSectionSize(rowHeight);

    const int padding = cellPadding(table);
    const int lock = metrics.height() * 3 / 4 + 4;
    const int widths[] = {
        metrics.horizontalAdvance(QStringLiteral("00:00:00.000")) + padding,
        metrics.horizontalAdvance(TranscriptModel::latencyText(99999)) + padding,
        metrics.horizontalAdvance(QStringLiteral("<~")) + lock + padding,
    };
    QHeaderView *header = table->horizontalHeader();
    for (int column = 0; column < TranscriptModel::TextColumn && column < header->count(); ++column)
        header->resizeSection(column, qMax(widths[column], header->sectionSizeHint(column)));
}

void TranscriptView::showFindBar()
{
    m_ui->findBarWidget->show();
    m_ui->findLineEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->findLineEdit->selectAll();
    applyFilter();
}

void TranscriptView::hideFindBar()
{
    if (!isFindBarVisible())
        return;
    m_ui->findBarWidget->hide();
    m_ui->findStatusLabel->clear();
    m_filterTimer->stop();
    applyFilter();
    m_ui->transcriptTableView->setFocus(Qt::OtherFocusReason);
}

bool TranscriptView::isFindBarVisible() const
{
    return !m_ui->findBarWidget->isHidden();
}

bool TranscriptView::findNext()
{
    return find(+1, false);
}

bool TranscriptView::findPrevious()
{
    return find(-1, false);
}

bool TranscriptView::find(int direction, bool includeCurrent)
{
    const QString needle = m_ui->findLineEdit->text();
    const int rows = m_filterModel->rowCount();
    m_ui->findStatusLabel->clear();
    if (needle.isEmpty() || rows == 0)
        return false;

    QTableView *table = m_ui->transcriptTableView;
    const QModelIndex current = table->currentIndex();
    int start = current.isValid() ? current.row() : (direction > 0 ? 0 : rows - 1);
    if (current.isValid() && !includeCurrent)
        start += direction;
    for (int step = 0; step < rows; ++step) {
        const int row = ((start + direction * step) % rows + rows) % rows;
        const QModelIndex index = m_filterModel->index(row, TranscriptModel::TextColumn);
        if (index.data().toString().contains(needle, Qt::CaseInsensitive)) {
            table->setCurrentIndex(index);
            table->scrollTo(index);
            return true;
        }
    }
    m_ui->findStatusLabel->setText(tr("No matches"));
    return false;
}

void TranscriptView::findTextEdited()
{
    if (m_ui->filterCheckBox->isChecked())
        m_filterTimer->start();
    find(+1, true);
}

void TranscriptView::applyFilter()
{
    const QString pattern =
        isFindBarVisible() && m_ui->filterCheckBox->isChecked() ? m_ui->findLineEdit->text() : QString();
    if (pattern == m_filterModel->needle())
        return;
    m_filterModel->setNeedle(pattern);
    QTableView *table = m_ui->transcriptTableView;
    if (m_following)
        table->scrollToBottom();
    else if (table->currentIndex().isValid())
        table->scrollTo(table->currentIndex(), QAbstractItemView::PositionAtCenter);
}

void TranscriptView::currentRowChanged(const QModelIndex &current)
{
    if (!m_model || !current.isValid())
        return;
    const int entry = m_model->entryIndexForRow(sourceRow(current.row()));
    if (entry >= 0)
        Q_EMIT entrySelected(entry);
}

int TranscriptView::sourceRow(int viewRow) const
{
    return m_filterModel->mapToSource(m_filterModel->index(viewRow, 0)).row();
}

QModelIndex TranscriptView::viewIndexForSourceRow(int sourceRow, int column) const
{
    if (!m_model || sourceRow < 0)
        return {};
    return m_filterModel->mapFromSource(m_model->index(sourceRow, column));
}

void TranscriptView::selectEntry(int entryIndex)
{
    if (!m_model)
        return;
    const QModelIndex index = viewIndexForSourceRow(m_model->firstRowForEntry(entryIndex), TranscriptModel::TextColumn);
    if (!index.isValid())
        return;
    m_ui->transcriptTableView->setCurrentIndex(index);
    m_ui->transcriptTableView->scrollTo(index);
}

void TranscriptView::scrollToNewest()
{
    m_following = true;
    m_ui->transcriptTableView->scrollToBottom();
}

void TranscriptView::scrollValueChanged(int value)
{
    // The user (or find, or a click that scrolled) moved the view: follow only from the bottom.
    m_following = value >= m_ui->transcriptTableView->verticalScrollBar()->maximum();
}

void TranscriptView::scrollRangeChanged()
{
    // New lines (or a narrower filter, or a resize) changed the range: stay at the bottom if following.
    if (m_following) {
        QScrollBar *bar = m_ui->transcriptTableView->verticalScrollBar();
        bar->setValue(bar->maximum());
    }
}

QString TranscriptView::selectedText() const
{
    if (!m_model || !m_model->transcript())
        return {};
    const Transcript &transcript = *m_model->transcript();
    QList<int> rows;
    const QModelIndexList selected = m_ui->transcriptTableView->selectionModel()->selectedRows();
    rows.reserve(selected.size());
    for (const QModelIndex &index : selected)
        rows.append(sourceRow(index.row()));
    std::sort(rows.begin(), rows.end());

    // The exporter's lines, so what is copied reads exactly like a saved transcript.
    QString out;
    int cachedEntry = -1;
    QStringList entryLines;
    for (const int row : std::as_const(rows)) {
        const int entry = m_model->entryIndexForRow(row);
        const int line = m_model->lineIndexForRow(row);
        if (entry < 0)
            continue;
        if (entry != cachedEntry) {
            cachedEntry = entry;
            entryLines = TranscriptExporter::textLine(transcript.at(entry)).chopped(1).split(u'\n');
        }
        if (line >= entryLines.size())
            continue;
        out += entryLines.at(line) + u'\n';
        // The last line of a reply carries its "!!" remarks (why it is malformed, warnings).
        if (line == m_model->lineCountForEntry(entry) - 1) {
            for (qsizetype remark = line + 1; remark < entryLines.size(); ++remark)
                out += entryLines.at(remark) + u'\n';
        }
    }
    return out;
}

void TranscriptView::copySelection()
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

bool TranscriptView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->findLineEdit &&
        (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride)) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter || key->key() == Qt::Key_Escape) {
            // Claim the keys before any window shortcut can, then act on the key press itself.
            if (event->type() == QEvent::ShortcutOverride) {
                event->accept();
                return true;
            }
            if (key->key() == Qt::Key_Escape)
                hideFindBar();
            else if (key->modifiers() & Qt::ShiftModifier)
                findPrevious();
            else
                findNext();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TranscriptView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->findStatusLabel->clear();
        if (m_model)
            m_model->retranslate();
        sizeColumns();
    } else if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        sizeColumns();
    }
    QWidget::changeEvent(event);
}

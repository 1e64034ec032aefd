#pragma once

#include <QWidget>

#include <memory>

class QAction;
class QModelIndex;
class QTableView;
class QTimer;
class TranscriptDelegate;
class TranscriptModel;

namespace Ui {
class TranscriptView;
}

/// The live transcript: a table of TranscriptModel rows that follows the newest line unless the
/// user has scrolled up (and follows again once they scroll back to the bottom), with a find bar
/// (Ctrl+F; Enter next, Shift+Enter previous, Esc closes) that can also filter to matching lines.
class TranscriptView final : public QWidget
{
    Q_OBJECT

public:
    explicit TranscriptView(QWidget *parent = nullptr);
    ~TranscriptView() override;

    /// Shows `model` (not owned; nullptr for none).
    void setModel(TranscriptModel *model);
    TranscriptModel *model() const { return m_model; }

    /// Shows the find bar and puts the focus in it.
    void showFindBar();
    void hideFindBar();
    bool isFindBarVisible() const;

    /// Moves to the next (previous) line matching the find text, wrapping at the end; false if none.
    bool findNext();
    bool findPrevious();

    /// The selected lines, one per line, as the text export writes them (time, latency, marker,
    /// text), plus the "!!" remarks of a reply whose last line is selected.
    QString selectedText() const;
    /// Puts selectedText() on the clipboard.
    void copySelection();

    /// Selects the first line of an entry and scrolls to it (a user action: following stops unless
    /// it is the newest line).
    void selectEntry(int entryIndex);
    /// True while the view keeps the newest line in sight.
    bool isFollowingNewest() const { return m_following; }
    /// Scrolls to the newest line and follows again.
    void scrollToNewest();

    /// Copy (Ctrl+C) and Find (Ctrl+F), for a main window's Edit menu; their shortcuts work while the
    /// focus is inside this view.
    QAction *copyAction() const;
    QAction *findAction() const;

    QTableView *tableView() const;

Q_SIGNALS:
    /// The current line changed (click, keys, find): the index of its entry in the transcript.
    void entrySelected(int entryIndex);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool find(int direction, bool includeCurrent);
    void findTextEdited();
    void applyFilter();
    void currentRowChanged(const QModelIndex &current);
    void scrollValueChanged(int value);
    void scrollRangeChanged();
    void sizeColumns();
    int sourceRow(int viewRow) const;
    QModelIndex viewIndexForSourceRow(int sourceRow, int column) const;

    class LineFilterModel;

    std::unique_ptr<Ui::TranscriptView> m_ui;
    TranscriptModel *m_model = nullptr;
    LineFilterModel *m_filterModel;
    TranscriptDelegate *m_delegate;
    QTimer *m_filterTimer;
    bool m_following = true;
    bool m_scrollPending = false;
};

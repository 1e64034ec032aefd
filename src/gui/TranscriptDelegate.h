#pragma once

#include <QFont>
#include <QHash>
#include <QIcon>
#include <QStyledItemDelegate>

/// Draws TranscriptModel rows: colour by direction and reply class (derived from the view's
/// palette, so light and dark themes both read well), a lock beside the marker of lines inside
/// TLS, and the system's fixed-width font. Text is always drawn as plain text; tooltips are
/// escaped before Qt could read them as markup, and add the whole line when the cell elides it.
class TranscriptDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit TranscriptDelegate(QObject *parent = nullptr);

    /// The font the rows are drawn in (the system's fixed-width font).
    QFont textFont() const { return m_font; }
    /// The colour a cell's text is drawn in against `palette` (not selected).
    static QColor foreground(const QModelIndex &index, const QPalette &palette);

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QIcon lockIcon(const QColor &color, const QColor &selectedColor) const;

    QFont m_font;
    mutable QHash<QPair<QRgb, QRgb>, QIcon> m_lockIcons; ///< by (normal, selected) colour
};

#include "gui/TranscriptDelegate.h"

#include "core/transcript/TranscriptEntry.h"
#include "gui/TranscriptModel.h"

#include <QAbstractItemView>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace {

using Direction = TranscriptEntry::Direction;
using Severity = TranscriptEntry::Severity;

// Hues (degrees) for the kinds of line; lightness and saturation come from the palette.
constexpr int kClientHue = 270; // violet: what we sent
constexpr int kPositiveHue = 130;
constexpr int kIntermediateHue = 212;
constexpr int kTransientHue = 38;
constexpr int kPermanentHue = 0;

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < palette.color(QPalette::Text).lightnessF();
}

// A colour of `hue` that reads well on the palette's base: dark on light themes, light on dark ones.
QColor tinted(int hue, const QPalette &palette)
{
    return isDark(palette) ? QColor::fromHslF(hue / 360.0F, 0.70F, 0.70F)
                           : QColor::fromHslF(hue / 360.0F, 0.80F, 0.32F);
}

QColor mixed(const QColor &a, const QColor &b, float bShare)
{
    const float aShare = 1.0F - bShare;
    return QColor::fromRgbF(a.redF() * aShare + b.redF() * bShare, a.greenF() * aShare + b.greenF() * bShare,
                            a.blueF() * aShare + b.blueF() * bShare);
}

QColor muted(const QPalette &palette)
{
    return mixed(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.4F);
}

// A padlock drawn at any size in the line's colour: no image file, crisp at every scale.
class LockIconEngine final : public QIconEngine
{
public:
    LockIconEngine(const QColor &normal, const QColor &selected)
        : m_normal(normal)
        , m_selected(selected)
    {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const qreal side = qMin(rect.width(), rect.height());
        const QRectF box(rect.x() + (rect.width() - side) / 2.0, rect.y() + (rect.height() - side) / 2.0, side, side);
        const QColor color = mode == QIcon::Selected ? m_selected : m_normal;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const qreal stroke = qMax(1.0, side * 0.12);
        const QRectF body(box.left() + side * 0.18, box.top() + side * 0.45, side * 0.64, side * 0.5);
        const QRectF shackle(box.left() + side * 0.3, box.top() + side * 0.08, side * 0.4, side * 0.4);
        QPainterPath arc;
        arc.moveTo(shackle.left(), body.top());
        arc.lineTo(shackle.left(), shackle.center().y());
        arc.arcTo(shackle, 180, -180);
        arc.lineTo(shackle.right(), body.top());
        painter->setPen(QPen(color, stroke, Qt::SolidLine, Qt::FlatCap));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(arc);
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawRoundedRect(body, side * 0.08, side * 0.08);
        painter->restore();
    }

    QIconEngine *clone() const override { return new LockIconEngine(m_normal, m_selected); }

private:
    QColor m_normal;
    QColor m_selected;
};

QString escapedLines(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br/>"));
}

} // namespace

TranscriptDelegate::TranscriptDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_font(QFontDatabase::systemFont(QFontDatabase::FixedFont))
{}

QColor TranscriptDelegate::foreground(const QModelIndex &index, const QPalette &palette)
{
    const int column = index.column();
    const int line = index.data(TranscriptModel::LineIndexRole).toInt();
    if (column == TranscriptModel::TimeColumn || column == TranscriptModel::LatencyColumn)
        return line == 0 ? palette.color(QPalette::Text) : muted(palette);

    switch (Direction(index.data(TranscriptModel::DirectionRole).toInt())) {
    case Direction::Client:
        return tinted(kClientHue, palette);
    case Direction::Note:
        switch (Severity(index.data(TranscriptModel::SeverityRole).toInt())) {
        case Severity::Error:
            return tinted(kPermanentHue, palette);
        case Severity::Warning:
            return tinted(kTransientHue, palette);
        case Severity::Info:
            break;
        }
        return muted(palette);
    case Direction::Server:
        break;
    }
    if (index.data(TranscriptModel::MalformedRole).toBool())
        return tinted(kPermanentHue, palette);
    switch (index.data(TranscriptModel::ReplyClassRole).toInt()) {
    case 2:
        return tinted(kPositiveHue, palette);
    case 3:
        return tinted(kIntermediateHue, palette);
    case 4:
        return tinted(kTransientHue, palette);
    case 5:
        return tinted(kPermanentHue, palette);
    default:
        return palette.color(QPalette::Text);
    }
}

void TranscriptDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const bool malformed = index.data(TranscriptModel::MalformedRole).toBool();
    const bool note = Direction(index.data(TranscriptModel::DirectionRole).toInt()) == Direction::Note;

    option->font = m_font;
    if (index.column() == TranscriptModel::TextColumn && (malformed || note))
        option->font.setItalic(true);
    option->fontMetrics = QFontMetrics(option->font);
    const QColor color = foreground(index, option->palette);
    option->palette.setColor(QPalette::Text, color);

    if (index.column() == TranscriptModel::DirectionColumn && index.data(TranscriptModel::InsideTlsRole).toBool()) {
        const int side = qMax(8, option->fontMetrics.height() * 3 / 4);
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->icon = lockIcon(color, option->palette.color(QPalette::HighlightedText));
        option->decorationSize = QSize(side, side);
        // On the right, so the markers of all lines stay in one column.
        option->decorationPosition = QStyleOptionViewItem::Right;
        option->decorationAlignment = Qt::AlignCenter;
    }
}

QIcon TranscriptDelegate::lockIcon(const QColor &color, const QColor &selectedColor) const
{
    const QPair<QRgb, QRgb> key(color.rgba(), selectedColor.rgba());
    auto it = m_lockIcons.constFind(key);
    if (it == m_lockIcons.constEnd())
        it = m_lockIcons.insert(key, QIcon(new LockIconEngine(color, selectedColor)));
    return *it;
}

bool TranscriptDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                   const QModelIndex &index)
{
    if (!event || !view || event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);

    // Qt guesses whether a tooltip is markup; ours is built as escaped HTML so that no text from the
    // network (a line shown in full because the cell elides it) can ever be read as markup.
    QStringList parts;
    if (index.column() == TranscriptModel::TextColumn) {
        QStyleOptionViewItem full = option;
        initStyleOption(&full, index);
        const QWidget *widget = full.widget ? full.widget : view;
        const QRect textRect = widget->style()->subElementRect(QStyle::SE_ItemViewItemText, &full, widget);
        const int margin = widget->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
        if (full.fontMetrics.horizontalAdvance(full.text) > textRect.width() - 2 * margin) {
            parts.append(QStringLiteral("<p style=\"white-space:pre-wrap\"><tt>") + full.text.toHtmlEscaped() +
                         QStringLiteral("</tt></p>"));
        }
    }
    const QString tip = index.data(Qt::ToolTipRole).toString();
    if (!tip.isEmpty())
        parts.append(escapedLines(tip));
    if (parts.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
        return false;
    }
    QToolTip::showText(event->globalPos(), QStringLiteral("<qt>") + parts.join(QString()) + QStringLiteral("</qt>"),
                       view->viewport(), option.rect);
    return true;
}

#include "gui/TranscriptModel.h"

#include "core/smtp/SessionStage.h"
#include "core/smtp/WireText.h"
#include "core/transcript/Transcript.h"
#include "core/transcript/TranscriptExporter.h"

namespace {

using Direction = TranscriptEntry::Direction;
using Severity = TranscriptEntry::Severity;

QString clockTime(const QDateTime &time)
{
    return time.toLocalTime().toString(QStringLiteral("hh:mm:ss.zzz"));
}

} // namespace

TranscriptModel::TranscriptModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

TranscriptModel::~TranscriptModel() = default;

void TranscriptModel::setTranscript(const Transcript *transcript)
{
    if (transcript == m_transcript)
        return;
    beginResetModel();
    disconnect(m_entryAddedConnection);
    disconnect(m_destroyedConnection);
    m_rows.clear();
    m_firstRow.clear();
    m_transcript = transcript;
    if (m_transcript) {
        m_rows.reserve(m_transcript->size());
        m_firstRow.reserve(m_transcript->size());
        for (int entry = 0; entry < m_transcript->size(); ++entry)
            indexEntry(entry);
        // The index argument is not needed: every entry not yet indexed is appended, in order.
        m_entryAddedConnection = connect(m_transcript, &Transcript::entryAdded, this, [this] { appendNewEntries(); });
        m_destroyedConnection = connect(m_transcript, &QObject::destroyed, this, [this] { forgetTranscript(); });
    }
    endResetModel();
}

void TranscriptModel::forgetTranscript()
{
    // Called from ~QObject: the entries are gone already, so nothing may read them, not even a view
    // that asks for data while the reset runs (data() checks m_transcript first).
    m_transcript = nullptr;
    beginResetModel();
    disconnect(m_entryAddedConnection);
    disconnect(m_destroyedConnection);
    m_rows.clear();
    m_firstRow.clear();
    endResetModel();
}

void TranscriptModel::indexEntry(int entry)
{
    const QString &text = m_transcript->at(entry).text();
    m_firstRow.append(int(m_rows.size()));
    qsizetype start = 0;
    for (;;) {
        const qsizetype end = text.indexOf(u'\n', start);
        if (end < 0) {
            m_rows.append(Row{entry, int(start), int(text.size() - start)});
            return;
        }
        m_rows.append(Row{entry, int(start), int(end - start)});
        start = end + 1;
    }
}

void TranscriptModel::appendNewEntries()
{
    if (!m_transcript)
        return;
    const int firstNew = int(m_firstRow.size());
    const int entryCount = m_transcript->size();
    if (firstNew >= entryCount)
        return;
    // Count first: beginInsertRows must know the rows, and must come before the model changes.
    int newRows = 0;
    for (int entry = firstNew; entry < entryCount; ++entry)
        newRows += int(m_transcript->at(entry).text().count(u'\n')) + 1;
    const int firstRow = int(m_rows.size());
    beginInsertRows({}, firstRow, firstRow + newRows - 1);
    for (int entry = firstNew; entry < entryCount; ++entry)
        indexEntry(entry);
    endInsertRows();
}

QString TranscriptModel::marker(const TranscriptEntry &entry)
{
    return TranscriptExporter::marker(entry); // one set of markers for the view, the copy and the exports
}

QString TranscriptModel::latencyText(qint64 milliseconds)
{
    return tr("%1 ms", "latency in milliseconds").arg(milliseconds);
}

int TranscriptModel::entryIndexForRow(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).entry : -1;
}

int TranscriptModel::lineIndexForRow(int row) const
{
    return row >= 0 && row < m_rows.size() ? row - m_firstRow.at(m_rows.at(row).entry) : -1;
}

int TranscriptModel::firstRowForEntry(int entry) const
{
    return entry >= 0 && entry < m_firstRow.size() ? m_firstRow.at(entry) : -1;
}

int TranscriptModel::lineCountForEntry(int entry) const
{
    if (entry < 0 || entry >= m_firstRow.size())
        return 0;
    const int end = entry + 1 < m_firstRow.size() ? m_firstRow.at(entry + 1) : int(m_rows.size());
    return end - m_firstRow.at(entry);
}

void TranscriptModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    // Latencies ("120 ms") and tooltips (stage names) are translated too.
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

int TranscriptModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TranscriptModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TranscriptModel::lineText(const Row &row, const TranscriptEntry &entry) const
{
    const QString line = entry.text().mid(row.start, row.length);
    // Client and server text went through WireText when it was recorded; a note may quote things
    // from the network (a certificate's subject), so it goes through once more (the exporter does too).
    return entry.direction() == Direction::Note ? WireText::toDisplay(line.toUtf8()) : line;
}

QString TranscriptModel::textToolTip(const TranscriptEntry &entry) const
{
    QStringList parts{tr("Stage: %1").arg(SessionStages::displayName(entry.stage()))};
    if (entry.direction() == Direction::Server) {
        if (entry.reply().isMalformed())
            parts.append(entry.reply().problemDescription());
        parts.append(entry.reply().warnings());
    }
    if (entry.isRedacted())
        parts.append(tr("A secret was replaced with asterisks before it was recorded."));
    return parts.join(u'\n');
}

QString TranscriptModel::directionDescription(const TranscriptEntry &entry) const
{
    QString description;
    switch (entry.direction()) {
    case Direction::Client:
        description = tr("Sent to the server");
        break;
    case Direction::Server:
        description = tr("Received from the server");
        break;
    case Direction::Note:
        description = entry.severity() == Severity::Error     ? tr("Error noted by SMTP Doctor")
                      : entry.severity() == Severity::Warning ? tr("Warning noted by SMTP Doctor")
                                                              : tr("Note from SMTP Doctor");
        break;
    }
    if (entry.insideTls())
        description = tr("%1, inside TLS").arg(description);
    return description;
}

QVariant TranscriptModel::data(const QModelIndex &index, int role) const
{
    if (!m_transcript || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const TranscriptEntry &entry = m_transcript->at(row.entry);
    const int line = index.row() - m_firstRow.at(row.entry);

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return clockTime(entry.time());
        case LatencyColumn:
            return line == 0 && entry.hasLatency() ? latencyText(entry.latencyMs()) : QString();
        case DirectionColumn:
            return marker(entry);
        case TextColumn:
            return lineText(row, entry);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == TextColumn)
            return textToolTip(entry);
        if (index.column() == DirectionColumn)
            return directionDescription(entry);
        return {};
    case Qt::AccessibleTextRole:
        // A screen reader says what the marker and the lock mean.
        return index.column() == DirectionColumn ? QVariant(directionDescription(entry)) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == LatencyColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                               : QVariant(int(Qt::AlignLeft | Qt::AlignVCenter));
    case EntryIndexRole:
        return row.entry;
    case LineIndexRole:
        return line;
    case DirectionRole:
        return int(entry.direction());
    case SeverityRole:
        return int(entry.severity());
    case ReplyCodeRole:
        return entry.direction() == Direction::Server ? entry.reply().code() : 0;
    case ReplyClassRole:
        return entry.direction() == Direction::Server && !entry.reply().isMalformed() ? int(entry.reply().replyClass())
                                                                                      : 0;
    case MalformedRole:
        return entry.direction() == Direction::Server && entry.reply().isMalformed();
    case InsideTlsRole:
        return entry.insideTls();
    case StageRole:
        return int(entry.stage());
    case RedactedRole:
        return entry.isRedacted();
    default:
        return {};
    }
}

QVariant TranscriptModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case TimeColumn:
            return tr("Time");
        case LatencyColumn:
            return tr("Latency");
        case DirectionColumn:
            return tr("Dir.", "direction, a short column heading");
        case TextColumn:
            return tr("Text");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case TimeColumn:
            return tr("Local time the line was sent or received");
        case LatencyColumn:
            return tr("Time from a command to its reply");
        case DirectionColumn:
            return tr("-> sent, <- received, ~> <~ inside TLS, == note, !! warning or error");
        case TextColumn:
            return tr("The line as sent or received; control characters are shown as symbols");
        default:
            return {};
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

Qt::ItemFlags TranscriptModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> TranscriptModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(EntryIndexRole, "entryIndex");
    names.insert(LineIndexRole, "lineIndex");
    names.insert(DirectionRole, "direction");
    names.insert(SeverityRole, "severity");
    names.insert(ReplyCodeRole, "replyCode");
    names.insert(ReplyClassRole, "replyClass");
    names.insert(MalformedRole, "malformed");
    names.insert(InsideTlsRole, "insideTls");
    names.insert(StageRole, "stage");
    names.insert(RedactedRole, "redacted");
    return names;
}

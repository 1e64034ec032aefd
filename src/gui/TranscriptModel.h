#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QMetaObject>

class Transcript;
class TranscriptEntry;

/// The live transcript as a table with one row per display line: a three-line reply is three
/// rows that share one entry index, so every row has the same height and a view of 100,000 lines
/// stays smooth. Follows Transcript::entryAdded; shows what the core recorded, as plain text.
class TranscriptModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,      ///< local "hh:mm:ss.zzz" of the entry
        LatencyColumn,   ///< "120 ms" on a reply's first line
        DirectionColumn, ///< the swaks marker: -> <- ~> <~ == !!
        TextColumn,      ///< the line itself
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        EntryIndexRole = Qt::UserRole + 1, ///< int: the entry's index in the transcript
        LineIndexRole,                     ///< int: 0 for the entry's first line
        DirectionRole,                     ///< int: TranscriptEntry::Direction
        SeverityRole,                      ///< int: TranscriptEntry::Severity
        ReplyCodeRole,                     ///< int: the reply's code, 0 for none
        ReplyClassRole,                    ///< int: 2..5, 0 for malformed items and non-replies
        MalformedRole,                     ///< bool: a server item the parser could not read as a reply
        InsideTlsRole,                     ///< bool
        StageRole,                         ///< int: SessionStage
        RedactedRole,                      ///< bool: a secret was replaced before the entry existed
    };
    Q_ENUM(Role)

    explicit TranscriptModel(QObject *parent);
    ~TranscriptModel() override;

    /// Shows `transcript` (which may be nullptr) instead of the previous one: a model reset.
    void setTranscript(const Transcript *transcript);
    const Transcript *transcript() const { return m_transcript; }

    /// The swaks marker of an entry: "->" client, "<-" server, "~>" "<~" inside TLS, "==" a note,
    /// "!!" a warning or error note.
    static QString marker(const TranscriptEntry &entry);
    /// A latency as the Latency column shows it: "120 ms".
    static QString latencyText(qint64 milliseconds);

    /// The entry shown on `row`; -1 for a row out of range.
    int entryIndexForRow(int row) const;
    /// The line of its entry shown on `row` (0 for the first); -1 for a row out of range.
    int lineIndexForRow(int row) const;
    /// The row of an entry's first line; -1 for an entry not (yet) shown.
    int firstRowForEntry(int entry) const;
    /// How many rows (lines) an entry takes; 0 for an entry not shown.
    int lineCountForEntry(int entry) const;

    /// Tells the views that the header labels and translated cell texts changed (call it on
    /// QEvent::LanguageChange).
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    /// Where a row's line sits in its entry's text().
    struct Row
    {
        int entry;
        int start;
        int length;
    };

    void appendNewEntries();
    void indexEntry(int entry);
    void forgetTranscript();
    QString lineText(const Row &row, const TranscriptEntry &entry) const;
    QString textToolTip(const TranscriptEntry &entry) const;
    QString directionDescription(const TranscriptEntry &entry) const;

    const Transcript *m_transcript = nullptr;
    QList<Row> m_rows;     ///< one per display line, in order
    QList<int> m_firstRow; ///< per entry: its first row
    QMetaObject::Connection m_entryAddedConnection;
    QMetaObject::Connection m_destroyedConnection;
};

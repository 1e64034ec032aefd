#pragma once

#include "core/smtp/EnhancedStatusCode.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFlags>
#include <QMetaType>
#include <QStringList>

/// One reply from an SMTP server, or one malformed item the parser could not read as a reply.
/// A value: cheap to copy (Qt's implicit sharing), never changed after the parser made it.
class SmtpReply final
{
    Q_DECLARE_TR_FUNCTIONS(SmtpReply)

public:
    /// RFC 5321 §4.2.1: the first digit of the code.
    enum class Class
    {
        None = 0,
        PositiveCompletion = 2,
        PositiveIntermediate = 3,
        TransientNegative = 4,
        PermanentNegative = 5,
    };

    /// Why an item is malformed; None for a well-formed reply.
    enum class Problem
    {
        None,
        EmptyLine,        ///< a line with nothing on it
        NoCode,           ///< the line does not start with three digits
        CodeOutOfRange,   ///< three digits, but the first is not 2-5
        MissingSeparator, ///< "250OK": the code is followed by neither space, hyphen nor end of line
        CodeMismatch,     ///< a multi-line reply changed its code part-way
        NulByte,          ///< a NUL byte inside the line
        LineTooLong,      ///< a line over the parser's limit: kept up to the limit, the rest skipped
        SkippedBytes,     ///< the rest of an over-long line, counted but not kept
        TooManyLines,     ///< a multi-line reply over the line limit without a final line
        ReplyTooLarge,    ///< a multi-line reply over the byte limit without a final line
        Incomplete,       ///< the stream ended in the middle of a line or a reply
    };

    /// Things worth knowing that do not make the reply unusable.
    enum class Flag
    {
        BareLineFeed = 0x1,          ///< a line ended in LF without CR (RFC 5321 §2.3.8); tolerated
        BareCarriageReturn = 0x2,    ///< a CR inside a line
        InvalidUtf8 = 0x4,           ///< text bytes that are not UTF-8, shown as U+FFFD
        ControlCharacters = 0x8,     ///< control characters, shown as visible symbols
        EnhancedClassMismatch = 0x10 ///< e.g. "421 5.7.32": classes 4 and 5 disagree (RFC 3463 §2)
    };
    Q_DECLARE_FLAGS(Flags, Flag)

    SmtpReply() = default;

    /// Parses `bytes` as one complete reply (a convenience for tests and paste-in tools):
    /// the first item the parser yields, or a malformed item when there is none.
    static SmtpReply parse(QByteArrayView bytes);

    bool isValid() const { return m_problem == Problem::None && m_code != 0; }
    bool isMalformed() const { return m_problem != Problem::None; }
    bool isNull() const { return m_problem == Problem::None && m_code == 0; }

    int code() const { return m_code; } ///< 0 when the item has no code
    Class replyClass() const;
    bool isPositive() const { return m_code >= 200 && m_code < 400; }
    bool isTransientFailure() const { return m_code >= 400 && m_code < 500; }
    bool isPermanentFailure() const { return m_code >= 500 && m_code < 600; }
    bool isMultiline() const { return m_displayLines.size() > 1; }

    /// The text of each line after the code and separator (the whole line for a malformed line).
    const QStringList &lines() const { return m_lines; }
    /// lines() joined by newlines.
    QString text() const;
    /// Each line as it arrived, code included, without the line ending; safe to show.
    const QStringList &displayLines() const { return m_displayLines; }
    /// The exact bytes received (line endings included), up to the parser's limits.
    const QByteArray &raw() const { return m_raw; }
    /// Bytes received for this item but not kept in raw() because of the limits.
    qint64 discardedBytes() const { return m_discarded; }

    /// The RFC 3463 code right after the basic code on the first line that has one; invalid if none.
    const EnhancedStatusCode &enhancedCode() const { return m_enhanced; }
    Flags flags() const { return m_flags; }
    bool hasFlag(Flag flag) const { return m_flags.testFlag(flag); }

    Problem problem() const { return m_problem; }
    /// 1-based number of the line that made the item malformed; 0 when not tied to a line.
    int problemLine() const { return m_problemLine; }
    /// A sentence for the user (current UI language) saying what is wrong; empty when nothing is.
    QString problemDescription() const;
    /// Sentences for the user about the flags (bare LF, class mismatch, …).
    QStringList warnings() const;

private:
    friend class SmtpReplyParser;

    QByteArray m_raw;
    QStringList m_lines;
    QStringList m_displayLines;
    EnhancedStatusCode m_enhanced;
    qint64 m_discarded = 0;
    int m_code = 0;
    int m_problemLine = 0;
    int m_problemValue = 0; ///< the number a problem sentence needs (a limit, a code)
    Problem m_problem = Problem::None;
    Flags m_flags;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(SmtpReply::Flags)
Q_DECLARE_METATYPE(SmtpReply)

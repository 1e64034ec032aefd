#include "core/smtp/SmtpReply.h"

#include "core/smtp/SmtpReplyParser.h"

#include <QCoreApplication>

SmtpReply SmtpReply::parse(QByteArrayView bytes)
{
    SmtpReplyParser parser;
    QList<SmtpReply> items = parser.feed(bytes);
    if (const auto rest = parser.finish())
        items.append(*rest);
    if (items.isEmpty()) {
        SmtpReply empty;
        empty.m_problem = Problem::Incomplete;
        return empty;
    }
    return items.constFirst();
}

SmtpReply::Class SmtpReply::replyClass() const
{
    switch (m_code / 100) {
    case 2:
        return Class::PositiveCompletion;
    case 3:
        return Class::PositiveIntermediate;
    case 4:
        return Class::TransientNegative;
    case 5:
        return Class::PermanentNegative;
    default:
        return Class::None;
    }
}

QString SmtpReply::text() const
{
    return m_lines.join(u'\n');
}

QString SmtpReply::problemDescription() const
{
    const QString line = QString::number(m_problemLine);
    const QString value = QString::number(m_problemValue);
    switch (m_problem) {
    case Problem::None:
        return {};
    case Problem::EmptyLine:
        return tr("The server sent an empty line where a reply was expected.");
    case Problem::NoCode:
        return tr("Line %1 does not start with a three-digit reply code (RFC 5321 §4.2).").arg(line);
    case Problem::CodeOutOfRange:
        return tr("Line %1 starts with %2, but a reply code must start with 2, 3, 4 or 5 (RFC 5321 §4.2.1).")
            .arg(line, value);
    case Problem::MissingSeparator:
        return tr("On line %1 the code %2 is followed by neither a space nor a hyphen (RFC 5321 §4.2).")
            .arg(line, value);
    case Problem::CodeMismatch:
        return tr("Line %1 carries the code %2, but the reply began with %3: every line of a multi-line reply "
                  "must carry the same code (RFC 5321 §4.2.1).")
            .arg(line, value, QString::number(m_code));
    case Problem::NulByte:
        return tr("Line %1 contains a NUL byte, which SMTP text must never contain (RFC 5321 §4.2).").arg(line);
    case Problem::LineTooLong:
        return tr("Line %1 is longer than %n bytes. It was kept up to that length and the rest of the line is "
                  "skipped (RFC 5321 §4.5.3.1.5 allows 512).",
                  nullptr, m_problemValue)
            .arg(line);
    case Problem::SkippedBytes:
        return tr("%n more bytes of an over-long line were skipped up to its end.", nullptr,
                  int(qMin<qint64>(m_discarded, INT_MAX)));
    case Problem::TooManyLines:
        return tr("The reply went on for more than %n lines without a final line. It was cut there so that "
                  "memory stays bounded.",
                  nullptr, m_problemValue);
    case Problem::ReplyTooLarge:
        return tr("The reply grew beyond %n bytes without a final line. It was cut there so that memory stays "
                  "bounded.",
                  nullptr, m_problemValue);
    case Problem::Incomplete:
        return tr("The data ended in the middle of a reply.");
    }
    return {};
}

QStringList SmtpReply::warnings() const
{
    QStringList result;
    if (m_flags.testFlag(Flag::EnhancedClassMismatch)) {
        result.append(tr("The enhanced status code %1 is of class %2, but the reply code %3 is of class %4. "
                         "They should agree (RFC 3463 §2); clients act on the reply code.")
                          .arg(m_enhanced.toString(), QString::number(m_enhanced.statusClass()),
                               QString::number(m_code), QString::number(m_code / 100)));
    }
    if (m_flags.testFlag(Flag::BareLineFeed))
        result.append(tr("Lines end in a bare LF instead of CR LF (RFC 5321 §2.3.8). Read anyway."));
    if (m_flags.testFlag(Flag::BareCarriageReturn))
        result.append(tr("The text contains a CR that does not end a line."));
    if (m_flags.testFlag(Flag::InvalidUtf8))
        result.append(tr("The text contains bytes that are not valid UTF-8; they are shown as \uFFFD."));
    if (m_flags.testFlag(Flag::ControlCharacters))
        result.append(tr("The text contains control characters; they are shown as symbols such as \u241B."));
    return result;
}

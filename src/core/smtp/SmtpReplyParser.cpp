#include "core/smtp/SmtpReplyParser.h"

#include "core/smtp/WireText.h"

namespace {

struct LineInfo
{
    SmtpReply::Problem problem = SmtpReply::Problem::None;
    int code = 0;
    int value = 0; ///< the number a problem sentence needs
    bool continuation = false;
};

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// RFC 5321 §4.2: Reply-line = *( Reply-code "-" [ textstring ] CRLF ) Reply-code [ SP textstring ] CRLF
LineInfo classify(QByteArrayView content)
{
    LineInfo info;
    if (content.isEmpty()) {
        info.problem = SmtpReply::Problem::EmptyLine;
        return info;
    }
    if (content.contains('\0')) {
        info.problem = SmtpReply::Problem::NulByte;
        return info;
    }
    if (content.size() < 3 || !isDigit(content[0]) || !isDigit(content[1]) || !isDigit(content[2])) {
        info.problem = SmtpReply::Problem::NoCode;
        return info;
    }
    const int code = (content[0] - '0') * 100 + (content[1] - '0') * 10 + (content[2] - '0');
    // §4.2.1: the first digit is 2, 3, 4 or 5; nothing else may be sent without an extension.
    if (content[0] < '2' || content[0] > '5') {
        info.problem = SmtpReply::Problem::CodeOutOfRange;
        info.value = code;
        return info;
    }
    if (content.size() > 3 && content[3] != ' ' && content[3] != '-') {
        info.problem = SmtpReply::Problem::MissingSeparator;
        info.value = code;
        return info;
    }
    info.code = code;
    info.continuation = content.size() > 3 && content[3] == '-';
    return info;
}

} // namespace

SmtpReplyParser::SmtpReplyParser()
    : SmtpReplyParser(Limits{})
{}

SmtpReplyParser::SmtpReplyParser(const Limits &limits)
    : m_limits(limits)
{
    m_limits.maxLineLength = qMax<qsizetype>(m_limits.maxLineLength, 16);
    m_limits.maxLines = qMax(m_limits.maxLines, 1);
    m_limits.maxReplyBytes = qMax<qsizetype>(m_limits.maxReplyBytes, m_limits.maxLineLength);
}

QList<SmtpReply> SmtpReplyParser::feed(QByteArrayView bytes)
{
    QList<SmtpReply> out;
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        const QByteArrayView rest = bytes.sliced(pos);
        const qsizetype lf = rest.indexOf('\n');

        if (m_skipping) {
            // Still inside an over-long line: count its bytes up to and including its LF.
            if (lf < 0) {
                m_skipped += rest.size();
                break;
            }
            m_skipped += lf + 1;
            pos += lf + 1;
            SmtpReply skipped;
            skipped.m_problem = SmtpReply::Problem::SkippedBytes;
            skipped.m_discarded = m_skipped;
            out.append(skipped);
            m_skipping = false;
            m_skipped = 0;
            continue;
        }

        if (lf < 0) {
            // No line end yet. Keep at most the limit plus one byte (a CR whose LF is still coming).
            const qsizetype room = m_limits.maxLineLength + 1 - m_partialLine.size();
            if (rest.size() <= room) {
                m_partialLine.append(rest);
                break;
            }
            m_partialLine.append(rest.first(room));
            const qint64 discarded = m_partialLine.size() - m_limits.maxLineLength + (rest.size() - room);
            overlongLine(QByteArrayView(m_partialLine).first(m_limits.maxLineLength), discarded, out);
            m_partialLine.clear();
            m_skipping = true;
            m_skipped = 0;
            break;
        }

        const qsizetype lineEnd = lf + 1;
        const qsizetype beforeLf = m_partialLine.size() + lf;
        const char lastBeforeLf = lf > 0 ? rest[lf - 1] : (m_partialLine.isEmpty() ? '\0' : m_partialLine.back());
        const qsizetype contentLength = beforeLf - (lastBeforeLf == '\r' ? 1 : 0);
        if (contentLength > m_limits.maxLineLength) {
            QByteArray kept = m_partialLine.left(m_limits.maxLineLength);
            kept.append(rest.first(m_limits.maxLineLength - kept.size()));
            const qint64 discarded = m_partialLine.size() + lineEnd - kept.size();
            overlongLine(kept, discarded, out);
            m_partialLine.clear();
        } else if (m_partialLine.isEmpty()) {
            consumeLine(rest.first(lineEnd), out);
        } else {
            m_partialLine.append(rest.first(lineEnd));
            consumeLine(m_partialLine, out);
            m_partialLine.clear();
        }
        pos += lineEnd;
    }
    return out;
}

void SmtpReplyParser::consumeLine(QByteArrayView line, QList<SmtpReply> &out)
{
    QByteArrayView content = line.chopped(1); // the LF
    if (content.endsWith('\r'))
        content.chop(1);
    else
        m_pending.m_flags |= SmtpReply::Flag::BareLineFeed; // RFC 5321 §2.3.8: tolerated, recorded

    const LineInfo info = classify(content);
    const bool inReply = !m_pending.m_displayLines.isEmpty();
    appendLine(line, content, info.problem == SmtpReply::Problem::None);
    const int lineNumber = int(m_pending.m_displayLines.size());

    if (info.problem != SmtpReply::Problem::None) {
        m_pending.m_problemLine = lineNumber;
        emitPending(info.problem, info.value, out);
        return;
    }
    if (!inReply) {
        m_pending.m_code = info.code;
    } else if (info.code != m_pending.m_code) {
        // RFC 5321 §4.2.1: every line of a multi-line reply carries the same code.
        m_pending.m_problemLine = lineNumber;
        emitPending(SmtpReply::Problem::CodeMismatch, info.code, out);
        return;
    }
    if (!m_pending.m_enhanced.isValid()) {
        // RFC 2034 §4: the enhanced code comes first in the text, right after the basic code.
        if (const auto enhanced = EnhancedStatusCode::parsePrefix(m_pending.m_lines.constLast()))
            m_pending.m_enhanced = *enhanced;
    }
    if (!info.continuation) {
        emitPending(SmtpReply::Problem::None, 0, out);
    } else if (lineNumber >= m_limits.maxLines) {
        m_pending.m_problemLine = lineNumber;
        emitPending(SmtpReply::Problem::TooManyLines, m_limits.maxLines, out);
    } else if (m_pending.m_raw.size() >= m_limits.maxReplyBytes) {
        m_pending.m_problemLine = lineNumber;
        emitPending(SmtpReply::Problem::ReplyTooLarge, int(m_limits.maxReplyBytes), out);
    }
}

void SmtpReplyParser::overlongLine(QByteArrayView kept, qint64 discarded, QList<SmtpReply> &out)
{
    appendLine(kept, kept, false);
    m_pending.m_discarded += discarded;
    m_pending.m_problemLine = int(m_pending.m_displayLines.size());
    emitPending(SmtpReply::Problem::LineTooLong, int(m_limits.maxLineLength), out);
}

void SmtpReplyParser::appendLine(QByteArrayView line, QByteArrayView content, bool hasCode)
{
    m_pending.m_raw.append(line);
    const WireText::Decoded decoded = WireText::decode(content);
    if (decoded.invalidUtf8)
        m_pending.m_flags |= SmtpReply::Flag::InvalidUtf8;
    if (decoded.controlCharacters)
        m_pending.m_flags |= SmtpReply::Flag::ControlCharacters;
    if (content.contains('\r'))
        m_pending.m_flags |= SmtpReply::Flag::BareCarriageReturn;
    // A well-formed line starts with three ASCII digits and a separator, so the text after them
    // starts at character 4 of the decoded line too; malformed lines keep their whole text.
    m_pending.m_lines.append(hasCode ? decoded.text.mid(4) : decoded.text);
    m_pending.m_displayLines.append(decoded.text);
}

void SmtpReplyParser::emitPending(SmtpReply::Problem problem, int problemValue, QList<SmtpReply> &out)
{
    SmtpReply reply = std::move(m_pending);
    m_pending = SmtpReply();
    reply.m_problem = problem;
    reply.m_problemValue = problemValue;
    const int basicClass = reply.m_code / 100;
    if (reply.m_enhanced.isValid() && (basicClass == 2 || basicClass == 4 || basicClass == 5) &&
        reply.m_enhanced.statusClass() != basicClass) {
        reply.m_flags |= SmtpReply::Flag::EnhancedClassMismatch;
    }
    out.append(std::move(reply));
}

std::optional<SmtpReply> SmtpReplyParser::finish()
{
    QList<SmtpReply> out;
    if (m_skipping) {
        SmtpReply skipped;
        skipped.m_problem = SmtpReply::Problem::SkippedBytes;
        skipped.m_discarded = m_skipped;
        m_skipping = false;
        m_skipped = 0;
        return skipped;
    }
    if (!m_partialLine.isEmpty()) {
        appendLine(m_partialLine, m_partialLine, false);
        m_partialLine.clear();
    }
    if (m_pending.m_displayLines.isEmpty())
        return std::nullopt;
    m_pending.m_problemLine = int(m_pending.m_displayLines.size());
    emitPending(SmtpReply::Problem::Incomplete, 0, out);
    return out.constFirst();
}

qsizetype SmtpReplyParser::discardPending()
{
    const qsizetype dropped = pendingBytes() + m_skipped;
    m_partialLine.clear();
    m_pending = SmtpReply();
    m_skipping = false;
    m_skipped = 0;
    return dropped;
}

qsizetype SmtpReplyParser::pendingBytes() const
{
    return m_partialLine.size() + m_pending.m_raw.size();
}

// libFuzzer harness for SmtpReplyParser: any bytes, split anywhere, with small limits so that the
// limit paths are reached often. Checks the parser's promises, not just "no crash":
//  * every input byte ends up in exactly one item (kept in raw() or counted in discardedBytes());
//  * what is buffered between reads stays within the limits;
//  * a malformed item always says why; a valid one has a code from 200 to 599;
//  * display text never carries a control character (a terminal or a view could act on it).
#include "core/smtp/SmtpReplyParser.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

void checkItem(const SmtpReply &reply, qint64 *accounted)
{
    *accounted += reply.raw().size() + reply.discardedBytes();
    if (reply.isMalformed())
        check(!reply.problemDescription().isEmpty());
    else
        check(reply.code() >= 200 && reply.code() <= 599);
    check(reply.lines().size() == reply.displayLines().size());
    for (const QString &line : reply.displayLines()) {
        for (const QChar ch : line)
            check(ch.unicode() >= 0x20 || ch.unicode() == u'\t');
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    SmtpReplyParser::Limits limits;
    limits.maxLineLength = 16 + data[0] % 240;
    limits.maxLines = 1 + data[0] % 7;
    limits.maxReplyBytes = limits.maxLineLength * (1 + data[1] % 5);
    const size_t chunk = 1 + data[1] % 37;
    const QByteArrayView input(reinterpret_cast<const char *>(data) + 2, qsizetype(size - 2));

    SmtpReplyParser parser(limits);
    qint64 accounted = 0;
    for (qsizetype pos = 0; pos < input.size(); pos += qsizetype(chunk)) {
        const QByteArrayView piece = input.sliced(pos, qMin<qsizetype>(qsizetype(chunk), input.size() - pos));
        for (const SmtpReply &reply : parser.feed(piece))
            checkItem(reply, &accounted);
        check(parser.pendingBytes() <= limits.maxReplyBytes + 2 * (limits.maxLineLength + 2));
    }
    if (const auto rest = parser.finish())
        checkItem(*rest, &accounted);
    check(!parser.hasPendingData());
    check(accounted == input.size());
    return 0;
}

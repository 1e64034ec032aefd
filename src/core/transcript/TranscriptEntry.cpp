#include "core/transcript/TranscriptEntry.h"

QString TranscriptEntry::directionKey(Direction direction)
{
    switch (direction) {
    case Direction::Client:
        return QStringLiteral("client");
    case Direction::Server:
        return QStringLiteral("server");
    case Direction::Note:
        break;
    }
    return QStringLiteral("note");
}

QString TranscriptEntry::severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Info:
        break;
    }
    return QStringLiteral("info");
}

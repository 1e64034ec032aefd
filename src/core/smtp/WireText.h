#pragma once

#include <QByteArrayView>
#include <QString>

/// Turns bytes from the wire into text that is safe to show anywhere (a view, a terminal, a file).
namespace WireText {

struct Decoded
{
    QString text;
    bool invalidUtf8 = false;       ///< some bytes were not UTF-8; each bad sequence shows as U+FFFD
    bool controlCharacters = false; ///< control or bidi-override characters were made visible
};

/// Decodes UTF-8; control characters (other than TAB) become Unicode control pictures
/// (NUL -> U+2400 "␀", ESC -> "␛"), so a server cannot move a terminal cursor or hide text,
/// line and paragraph separators become U+2424 "␤" so they cannot fake a line break, and
/// bidirectional overrides become U+FFFD so they cannot reorder what the admin reads.
Decoded decode(QByteArrayView bytes);

/// The same as decode(bytes).text.
QString toDisplay(QByteArrayView bytes);

} // namespace WireText

#include "core/smtp/WireText.h"

#include <QStringDecoder>

namespace WireText {

namespace {

bool isBidiControl(char16_t c)
{
    // LRE..RLO, LRI..PDI and the marks: all can make a line read differently from its bytes.
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
}

} // namespace

Decoded decode(QByteArrayView bytes)
{
    Decoded result;
    // Keep a leading BOM as a character: display text must not silently lose what was received.
    QStringDecoder decoder(QStringDecoder::Utf8,
                           QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    result.text = decoder.decode(bytes);
    result.invalidUtf8 = decoder.hasError();

    for (QChar &ch : result.text) {
        const char16_t c = ch.unicode();
        if (c < 0x20 && c != u'\t') {
            ch = QChar(char16_t(0x2400 + c)); // Control Pictures block
            result.controlCharacters = true;
        } else if (c == 0x7F) {
            ch = QChar(char16_t(0x2421)); // SYMBOL FOR DELETE
            result.controlCharacters = true;
        } else if (c == 0x2028 || c == 0x2029) {
            // LINE / PARAGRAPH SEPARATOR: a text layout breaks the line there, so a server could
            // fake an extra reply line in a view.
            ch = QChar(char16_t(0x2424)); // SYMBOL FOR NEWLINE
            result.controlCharacters = true;
        } else if ((c >= 0x80 && c <= 0x9F) || isBidiControl(c)) {
            ch = QChar(QChar::ReplacementCharacter);
            result.controlCharacters = true;
        }
    }
    return result;
}

QString toDisplay(QByteArrayView bytes)
{
    return decode(bytes).text;
}

} // namespace WireText

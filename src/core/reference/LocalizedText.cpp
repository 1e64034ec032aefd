#include "core/reference/LocalizedText.h"

QString LocalizedText::text(ExplanationLanguage language) const
{
    switch (language) {
    case ExplanationLanguage::English:
        return en;
    case ExplanationLanguage::Japanese:
        return ja.isEmpty() ? en : ja;
    case ExplanationLanguage::Both:
        break;
    }
    if (ja.isEmpty() || ja == en)
        return en;
    return en + u'\n' + ja;
}

namespace {

bool isJapanese(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x3000 && u <= 0x30FF) || (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0xFF00 && u <= 0xFFEF);
}

bool isFullWidthPunctuation(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x3000 && u <= 0x303F) || (u >= 0xFF01 && u <= 0xFF0F) || (u >= 0xFF1A && u <= 0xFF20) ||
           (u >= 0xFF3B && u <= 0xFF40) || (u >= 0xFF5B && u <= 0xFF65);
}

bool isLatinWord(QChar c)
{
    return c.unicode() < 0x80 && c.isLetterOrNumber();
}

} // namespace

QString LocalizedText::tidyJapanese(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u' ' && !out.isEmpty() && i + 1 < text.size()) {
            const QChar before = out.back();
            const QChar after = text.at(i + 1);
            const bool japaneseBoth = isJapanese(before) && isJapanese(after);
            if (japaneseBoth || isFullWidthPunctuation(before) || isFullWidthPunctuation(after))
                continue;
        }
        if (!out.isEmpty()) {
            const QChar before = out.back();
            const bool needsSpace = (isJapanese(before) && !isFullWidthPunctuation(before) && isLatinWord(c)) ||
                                    (isLatinWord(before) && isJapanese(c) && !isFullWidthPunctuation(c));
            if (needsSpace)
                out.append(u' ');
        }
        out.append(c);
    }
    return out;
}

namespace ExplanationLanguages {

QString key(ExplanationLanguage language)
{
    switch (language) {
    case ExplanationLanguage::English:
        return QStringLiteral("en");
    case ExplanationLanguage::Japanese:
        return QStringLiteral("ja");
    case ExplanationLanguage::Both:
        break;
    }
    return QStringLiteral("both");
}

bool fromKey(const QString &key, ExplanationLanguage *language)
{
    for (ExplanationLanguage l :
         {ExplanationLanguage::English, ExplanationLanguage::Japanese, ExplanationLanguage::Both}) {
        if (key.compare(ExplanationLanguages::key(l), Qt::CaseInsensitive) == 0) {
            *language = l;
            return true;
        }
    }
    return false;
}

} // namespace ExplanationLanguages

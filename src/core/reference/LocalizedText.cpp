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

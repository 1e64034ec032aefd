#include "gui/SafeHtml.h"

#include <QStringList>

namespace SafeHtml {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br/>"));
}

QString withCodeSpans(const QString &text)
{
    const QStringList parts = text.split(u'`');
    QString out;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const bool inside = i % 2 == 1;
        if (inside && i < parts.size() - 1)
            out += QStringLiteral("<code>") + escaped(parts.at(i)) + QStringLiteral("</code>");
        else
            out += (inside ? QStringLiteral("`") : QString()) + escaped(parts.at(i));
    }
    return out;
}

} // namespace SafeHtml

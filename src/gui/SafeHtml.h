#pragma once

#include <QString>

/// Text turned into HTML for the rich-text views (explanations, DNS findings): everything is escaped
/// first, so server text, DNS data and knowledge-base text alike are never read as markup.
namespace SafeHtml {

/// Escaped, with line breaks kept.
QString escaped(const QString &text);
/// Escaped; knowledge-base text marks commands and records with backticks, which become <code> spans
/// around the already escaped text. An unpaired backtick stays as it is.
QString withCodeSpans(const QString &text);

} // namespace SafeHtml

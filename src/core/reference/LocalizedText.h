#pragma once

#include <QString>

/// Which language(s) an explanation is written in. Independent of the UI language: an admin may
/// run the UI in English and read explanations in Japanese, or both side by side.
enum class ExplanationLanguage
{
    English,
    Japanese,
    Both
};

/// A text in English and Japanese, as every human text of the knowledge base is.
struct LocalizedText
{
    QString en;
    QString ja;

    /// From two UTF-8 literals, for the texts SMTP Doctor writes itself.
    static LocalizedText fromUtf8(const char *en, const char *ja)
    {
        return {QString::fromUtf8(en), QString::fromUtf8(ja)};
    }

    bool isEmpty() const { return en.isEmpty() && ja.isEmpty(); }
    /// The text in one language (Both gives English, then Japanese on the next line).
    QString text(ExplanationLanguage language) const;
    /// "%1"-style arguments substituted in both languages.
    LocalizedText arg(const QString &a) const { return {en.arg(a), ja.arg(a)}; }
    LocalizedText arg(const QString &a, const QString &b) const { return {en.arg(a, b), ja.arg(a, b)}; }
    LocalizedText arg(const QString &a, const QString &b, const QString &c) const
    {
        return {en.arg(a, b, c), ja.arg(a, b, c)};
    }

    /// Japanese spacing for sentences built from pieces: a half-width space between Japanese and a
    /// Latin letter or digit, none between two Japanese characters or next to full-width punctuation.
    static QString tidyJapanese(const QString &text);

    friend bool operator==(const LocalizedText &x, const LocalizedText &y) { return x.en == y.en && x.ja == y.ja; }
};

namespace ExplanationLanguages {
/// "en", "ja" or "both".
QString key(ExplanationLanguage language);
bool fromKey(const QString &key, ExplanationLanguage *language);
} // namespace ExplanationLanguages

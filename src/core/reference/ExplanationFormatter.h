#pragma once

#include "core/reference/CodeComparison.h"
#include "core/reference/Explanation.h"

#include <QJsonObject>
#include <QString>

/// Lays out explanations and comparisons as plain text (the CLI; copy and paste from the GUI),
/// with bilingual section headings, in English, Japanese or both.
class ExplanationFormatter final
{
public:
    enum class Heading
    {
        Summary,
        AtThisStage,
        Why,
        ServerText,
        Warnings,
        HowToFix,
        WhoActs,
        Permanence,
        Reference,
        Description,
        WhenYouSeeIt,
        MainDifferences,
        WhichApplies,
    };
    static LocalizedText heading(Heading heading);

    /// The explanation, indented by `indent` spaces (the CLI puts it under the reply).
    static QString toText(const Explanation &explanation, ExplanationLanguage language, int indent = 0);
    /// A comparison laid out like the seed pages: summary, each code, differences, which applies.
    static QString toText(const CodeComparison &comparison, ExplanationLanguage language);
    /// The explanation as JSON, every text as {"en": …, "ja": …}.
    static QJsonObject toJson(const Explanation &explanation);
    static QJsonObject toJson(const CodeComparison &comparison);
};

#pragma once

#include "core/reference/ReferenceCatalog.h"

/// Any two codes side by side, laid out like the pages admins search for ("SMTP 354 vs 550"):
/// a summary, each code's description / when you see it / how to fix, the main differences
/// (class and permanence, stage, who acts, what to do) and which applies when.
struct CodeComparison
{
    struct Side
    {
        QString code; ///< as asked: "550", "5.1.1", "gmail-5.7.26"
        const ReferenceEntry *entry = nullptr;
        ReferenceEntry::Permanence permanence = ReferenceEntry::Permanence::Permanent;
    };

    Side a;
    Side b;
    LocalizedText summary;
    QList<LocalizedText> differences;
    QList<LocalizedText> whichApplies;
    QString error; ///< set when a code is unknown

    bool isValid() const { return error.isEmpty(); }

    static CodeComparison compare(const QString &a, const QString &b,
                                  const ReferenceCatalog &catalog = ReferenceCatalog::builtIn());
};

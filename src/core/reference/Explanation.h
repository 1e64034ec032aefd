#pragma once

#include "core/reference/ReferenceEntry.h"

#include <QList>
#include <QStringList>

/// What one reply means, assembled by ReplyExplainer from the catalog: the reply class, the basic
/// code at this stage, the enhanced code, the server texts it matches, warnings and ordered fixes.
/// Every text is bilingual; the GUI and the CLI lay it out.
struct Explanation
{
    int code = 0;
    EnhancedStatusCode enhanced;
    SessionStage stage = SessionStage::None;
    QString serverText;

    const ReferenceEntry *basic = nullptr;         ///< nullptr for a code the catalog does not know
    const ReferenceEntry *enhancedEntry = nullptr; ///< nullptr when absent or unregistered
    const ReferenceEntry *statusClass = nullptr;   ///< the enhanced code's class (2, 4, 5)
    const ReferenceEntry *subject = nullptr;       ///< the enhanced code's subject (X.1 …)
    QList<const ReferenceEntry *> patterns;        ///< matched server texts, most specific first

    LocalizedText title;
    LocalizedText summary;
    LocalizedText atThisStage;     ///< what the reply means at this stage of the session
    LocalizedText why;             ///< the description of the most specific entry
    QList<LocalizedText> hints;    ///< what the server's own text reveals
    QList<LocalizedText> warnings; ///< class mismatch, unknown or non-standard code, provider meaning, …
    QList<ReferenceEntry::Fix> fixes;
    ReferenceEntry::Permanence permanence = ReferenceEntry::Permanence::Permanent;
    ReferenceEntry::Actor actor = ReferenceEntry::Actor::Either;
    QStringList rfcs;

    bool isKnown() const { return basic != nullptr; }
};

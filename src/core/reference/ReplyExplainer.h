#pragma once

#include "core/reference/Explanation.h"
#include "core/reference/ReferenceCatalog.h"
#include "core/smtp/SmtpReply.h"

/// (reply, stage, server text) -> Explanation: what the reply means here and what to do.
class ReplyExplainer final
{
public:
    explicit ReplyExplainer(const ReferenceCatalog &catalog = ReferenceCatalog::builtIn());

    Explanation explain(const SmtpReply &reply, SessionStage stage) const;
    /// The same from parts, for --explain and the reference window.
    Explanation explain(int code, const EnhancedStatusCode &enhanced, SessionStage stage,
                        const QString &serverText) const;

    /// RFC 5321 §4.2.1: what the first and second digits of any code say (for unknown codes).
    static LocalizedText fromDigits(int code);
    static ReferenceEntry::Permanence permanenceOf(int code);

private:
    const ReferenceCatalog &m_catalog;
};

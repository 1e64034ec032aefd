#pragma once

#include <QString>
#include <QStringView>

#include <optional>

/// An RFC 3463 enhanced status code, "class.subject.detail" (for example 5.1.1).
class EnhancedStatusCode final
{
public:
    EnhancedStatusCode() = default;
    EnhancedStatusCode(int statusClass, int subject, int detail);

    /// Parses a code at the very start of `text`, which must be followed by a space or end the text
    /// (RFC 3463 §2: class is 2, 4 or 5; subject and detail have one to three digits).
    /// `length` receives the number of characters the code occupies.
    static std::optional<EnhancedStatusCode> parsePrefix(QStringView text, qsizetype *length = nullptr);
    /// Parses a whole string such as "5.7.26"; also accepts the registry's "X.7.26" form as class 0.
    static std::optional<EnhancedStatusCode> fromString(QStringView text);

    /// True for a code with class 0 ("X"), 2, 4 or 5 and subject and detail from 0 to 999.
    bool isValid() const;
    int statusClass() const { return m_class; } ///< 2, 4 or 5; 0 for the class-less "X.y.z" form
    int subject() const { return m_subject; }
    int detail() const { return m_detail; }

    QString toString() const; ///< "5.1.1", or "X.1.1" when the class is open
    EnhancedStatusCode withoutClass() const { return {0, m_subject, m_detail}; }

    friend bool operator==(const EnhancedStatusCode &a, const EnhancedStatusCode &b)
    {
        return a.m_class == b.m_class && a.m_subject == b.m_subject && a.m_detail == b.m_detail;
    }
    friend bool operator!=(const EnhancedStatusCode &a, const EnhancedStatusCode &b) { return !(a == b); }

private:
    int m_class = 0;
    int m_subject = -1;
    int m_detail = -1;
};

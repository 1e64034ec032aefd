#include "core/smtp/EnhancedStatusCode.h"

namespace {

// Reads 1 to 3 ASCII digits at `pos`; returns the number of digits read (0 when none or more than 3).
qsizetype readNumber(QStringView text, qsizetype pos, int *value)
{
    qsizetype n = 0;
    int v = 0;
    while (pos + n < text.size() && text[pos + n].unicode() >= u'0' && text[pos + n].unicode() <= u'9') {
        v = v * 10 + (text[pos + n].unicode() - u'0');
        if (++n > 3)
            return 0;
    }
    *value = v;
    return n;
}

} // namespace

EnhancedStatusCode::EnhancedStatusCode(int statusClass, int subject, int detail)
    : m_class(statusClass)
    , m_subject(subject)
    , m_detail(detail)
{}

std::optional<EnhancedStatusCode> EnhancedStatusCode::parsePrefix(QStringView text, qsizetype *length)
{
    // RFC 3463 §2: status-code = class "." subject "." detail; class = "2" / "4" / "5".
    if (text.size() < 5)
        return std::nullopt;
    const char16_t c = text[0].unicode();
    if (c != u'2' && c != u'4' && c != u'5')
        return std::nullopt;
    if (text[1] != u'.')
        return std::nullopt;
    int subject = 0;
    const qsizetype subjectDigits = readNumber(text, 2, &subject);
    if (subjectDigits == 0)
        return std::nullopt;
    qsizetype pos = 2 + subjectDigits;
    if (pos >= text.size() || text[pos] != u'.')
        return std::nullopt;
    int detail = 0;
    const qsizetype detailDigits = readNumber(text, pos + 1, &detail);
    if (detailDigits == 0)
        return std::nullopt;
    pos += 1 + detailDigits;
    // The code is a word of its own: "5.1.1 User unknown", never "5.1.1.2" or "5.1.1abc".
    if (pos < text.size() && text[pos] != u' ' && text[pos] != u'\t')
        return std::nullopt;
    if (length)
        *length = pos;
    return EnhancedStatusCode(c - u'0', subject, detail);
}

std::optional<EnhancedStatusCode> EnhancedStatusCode::fromString(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.startsWith(u'X', Qt::CaseInsensitive)) {
        const QString asSuccess = u'2' + trimmed.mid(1).toString();
        qsizetype length = 0;
        const auto code = parsePrefix(asSuccess, &length);
        if (!code || length != asSuccess.size())
            return std::nullopt;
        return code->withoutClass();
    }
    qsizetype length = 0;
    const auto code = parsePrefix(trimmed, &length);
    if (!code || length != trimmed.size())
        return std::nullopt;
    return code;
}

bool EnhancedStatusCode::isValid() const
{
    const bool knownClass = m_class == 0 || m_class == 2 || m_class == 4 || m_class == 5;
    return knownClass && m_subject >= 0 && m_subject <= 999 && m_detail >= 0 && m_detail <= 999;
}

QString EnhancedStatusCode::toString() const
{
    if (!isValid())
        return {};
    const QString cls = m_class == 0 ? QStringLiteral("X") : QString::number(m_class);
    return cls + u'.' + QString::number(m_subject) + u'.' + QString::number(m_detail);
}

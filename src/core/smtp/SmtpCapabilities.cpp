#include "core/smtp/SmtpCapabilities.h"

#include <QRegularExpression>

namespace {

QString keywordOf(const QString &line)
{
    // "AUTH=PLAIN LOGIN" is what some old servers (and Outlook clients) used before RFC 4954.
    qsizetype end = 0;
    while (end < line.size() && line[end] != u' ' && line[end] != u'\t' && line[end] != u'=')
        ++end;
    return line.left(end).toUpper();
}

} // namespace

SmtpCapabilities SmtpCapabilities::fromEhloReply(const SmtpReply &reply)
{
    SmtpCapabilities caps;
    if (!reply.isValid() || reply.code() != 250 || reply.lines().isEmpty())
        return caps;
    caps.m_serverName = reply.lines().constFirst().section(u' ', 0, 0);
    for (qsizetype i = 1; i < reply.lines().size(); ++i) {
        const QString line = reply.lines().at(i).trimmed();
        const QString keyword = keywordOf(line);
        if (keyword.isEmpty())
            continue;
        caps.m_lines.append(line);
        if (!caps.m_keywords.contains(keyword))
            caps.m_keywords.append(keyword);
    }
    return caps;
}

bool SmtpCapabilities::has(const QString &keyword) const
{
    return m_keywords.contains(keyword.toUpper());
}

QStringList SmtpCapabilities::parameters(const QString &keyword) const
{
    static const QRegularExpression separators(QStringLiteral("[\\s=]+"));
    const QString wanted = keyword.toUpper();
    QStringList result;
    for (const QString &line : m_lines) {
        if (keywordOf(line) != wanted)
            continue;
        QStringList parts = line.split(separators, Qt::SkipEmptyParts);
        parts.removeFirst();
        for (const QString &part : std::as_const(parts)) {
            if (!result.contains(part))
                result.append(part);
        }
    }
    return result;
}

std::optional<qint64> SmtpCapabilities::sizeLimit() const
{
    if (!has(QStringLiteral("SIZE")))
        return std::nullopt;
    const QStringList params = parameters(QStringLiteral("SIZE"));
    bool ok = false;
    const qint64 limit = params.isEmpty() ? 0 : params.constFirst().toLongLong(&ok);
    return ok ? limit : 0;
}

QStringList SmtpCapabilities::authMechanisms() const
{
    QStringList result;
    for (const QString &mechanism : parameters(QStringLiteral("AUTH")))
        result.append(mechanism.toUpper());
    result.removeDuplicates();
    return result;
}

#pragma once

#include "core/dns/DnsReport.h"

#include <QIcon>
#include <QTextBrowser>

#include <optional>

class QStyle;

/// The details of one DNS finding, for the DNS panel: what was found this time (the subject, the
/// detail, the records the check read) and what the knowledge base says about it (summary,
/// description, numbered fixes, the reply codes it explains as links, the RFC), in English,
/// Japanese or both. Every text is escaped before it becomes part of the page, so DNS data can
/// never become markup. Re-renders on language and palette changes.
class DnsFindingView final : public QTextBrowser
{
    Q_OBJECT

public:
    explicit DnsFindingView(QWidget *parent = nullptr);
    ~DnsFindingView() override;

    ExplanationLanguage language() const { return m_language; }
    void setLanguage(ExplanationLanguage language);

    /// Shows `finding`, reported by the part `check` ("mx", "spf", …, "dns") of `report`.
    void showFinding(const DnsReport &report, const QString &check, const DnsFinding &finding);
    /// Shows nothing.
    void clear();
    bool isEmpty() const { return !m_finding.has_value(); }

    /// The style's icon for a severity (with the severity's word beside it wherever it is shown).
    static QIcon severityIcon(const QStyle *style, DnsSeverity severity);

Q_SIGNALS:
    /// A reply code the finding explains was clicked ("556", "5.1.10").
    void codeActivated(const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    ExplanationLanguage m_language = ExplanationLanguage::English;
    std::optional<DnsReport> m_report;
    QString m_check;
    std::optional<DnsFinding> m_finding;
};

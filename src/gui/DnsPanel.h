#pragma once

#include "core/dns/DnsReport.h"
#include "core/reference/LocalizedText.h"

#include <QHostAddress>
#include <QStringList>
#include <QWidget>

#include <memory>
#include <optional>

class DnsCheck;
class QAction;

namespace Ui {
class DnsPanel;
}

/// The DNS check as a tool window: a domain (and optionally the sending server's IP address) in,
/// its MX hosts in delivery order and the findings of every check (MX, PTR, SPF, DMARC, MTA-STS,
/// TLS-RPT) out, each explained from the knowledge base in English, Japanese or both. Runs
/// DnsCheck asynchronously (every lookup has its own timeout); the report can be copied as text or
/// saved as JSON. DNS data is shown as plain text only. A separate, non-modal window.
class DnsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit DnsPanel(QWidget *parent = nullptr);
    ~DnsPanel() override;

    /// The name server to ask (port 53); a null address means the system resolver. For tests.
    void setNameserver(const QHostAddress &nameserver);
    /// How long each single lookup may take before it counts as unanswered.
    void setTimeout(int ms);

    ExplanationLanguage explanationLanguage() const;
    /// Selects the language explanations are shown in (the window's language chooser follows).
    void setExplanationLanguage(ExplanationLanguage language);

    /// Fills the fields and starts the check at once (cancelling one running). `focus` names checks
    /// ("ptr", "spf", "mx", "dmarc", "mta-sts", "tls-rpt", "dns"; e.g. DnsCheck::checksForReply()):
    /// when the report arrives, the first problem of those checks is selected. An invalid domain or
    /// address is only flagged in place; nothing starts.
    /// `announcedNames`: the names the host at `address` gave itself (greeting, EHLO reply), compared with
    /// its PTR; they go with that address only (editing the address forgets them).
    void check(const QString &domain, const QHostAddress &address = {}, const QStringList &focus = {},
               const QStringList &announcedNames = {});
    /// Stops the running check; checkFinished() does not follow.
    void cancel();
    bool isRunning() const;
    /// The report shown; empty before the first check, while one runs and after a cancel.
    const std::optional<DnsReport> &report() const { return m_report; }

Q_SIGNALS:
    /// "Connect to this MX": a session to one host of the list.
    void connectToHostRequested(const QString &host);
    /// "Use this domain's MX": a session to the domain's MX hosts, in order.
    void useDomainMxRequested(const QString &domain);
    /// A reply code the selected finding explains was clicked ("556", "5.1.10").
    void referenceRequested(const QString &code);
    /// A check has finished and its report is shown (not after cancel()).
    void checkFinished();
    void explanationLanguageChanged(ExplanationLanguage language);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    enum class Status
    {
        Idle,
        Running,
        Finished,
        Cancelled
    };
    /// A finding as listed: the part of the report it came from and its place in that part.
    struct Listed
    {
        QString check; ///< "mx", "ptr", …, "dns" for the report's general findings
        DnsFinding finding;
    };

    void startFromFields();
    void finished(const DnsReport &report);
    void setStatus(Status status);
    void updateSummary();
    /// Flags the fields' problems in place; `showEmpty`: an empty domain is one too. Whether a check may start.
    bool validateFields(bool showEmpty = false);
    QString domainFromField() const;
    std::optional<QHostAddress> addressFromField() const;

    void fillMx();
    void fillFindings();
    void retitleFindings();
    QString severityWord(DnsSeverity severity) const;
    void reselectFinding(int index);
    void selectFocus();
    void showSelectedFinding();
    void updateMxActions();
    void connectToSelectedMx();
    void copyReport();
    void chooseSaveFile();
    void saveReport(const QString &path);
    void showReportStatus(const QString &message, bool isError);
    void retranslate();

    std::unique_ptr<Ui::DnsPanel> m_ui;
    DnsCheck *m_check;
    QAction *m_connectMxAction;
    Status m_status = Status::Idle;
    QString m_running;   ///< the domain being checked
    QStringList m_focus; ///< the checks to select a finding of when the report arrives
    QStringList m_announced; ///< the names the host at the address announced
    std::optional<DnsReport> m_report;
    QList<Listed> m_findings;
};

#pragma once

#include "core/reference/LocalizedText.h"
#include "core/smtp/SessionStage.h"
#include "core/smtp/SmtpReply.h"

#include <QWidget>

#include <memory>

class QMenu;
struct DnsFindingEntry;

namespace Ui {
class ExplainerPane;
}

/// Beside the transcript: what the selected reply means at its stage and how to fix it, as the
/// core's ReplyExplainer says, in English, Japanese or both; below it, when DNS may be the cause
/// (DnsCheck::checksForReply()), the checks and findings to look at and a button to run them.
class ExplainerPane final : public QWidget
{
    Q_OBJECT

public:
    explicit ExplainerPane(QWidget *parent = nullptr);
    ~ExplainerPane() override;

    /// Explains `reply`, received at `stage`.
    void showReply(const SmtpReply &reply, SessionStage stage);
    /// Back to the empty state.
    void clear();

    /// The explanation language; by default Japanese when the system's user interface language is
    /// (Translations::systemLanguage()), else English. The main window may set the user's choice.
    ExplanationLanguage language() const;
    void setLanguage(ExplanationLanguage language);

Q_SIGNALS:
    void languageChanged(ExplanationLanguage language);
    /// The user wants to compare the shown reply's code ("550" or "5.1.1") with another one.
    void compareRequested(const QString &code);
    /// The user wants the DNS checks that fit the shown reply run ("ptr", "mx", "spf", …, most useful first).
    void dnsCheckRequested(const QStringList &checks);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateCompareMenu();
    void updateDnsSection();

    std::unique_ptr<Ui::ExplainerPane> m_ui;
    QMenu *m_compareMenu;
    QString m_code;                               ///< "550"; empty when nothing is shown
    QString m_enhancedCode;                       ///< "5.1.1"; empty when the reply has none
    QStringList m_dnsChecks;                      ///< DnsCheck::checksForReply() of the shown reply
    QList<const DnsFindingEntry *> m_dnsFindings; ///< the findings that can explain it (built-in catalog)
};

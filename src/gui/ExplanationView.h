#pragma once

#include "core/reference/CodeComparison.h"
#include "core/reference/Explanation.h"

#include <QTextBrowser>

#include <optional>

class QComboBox;

/// A read-only view that lays out what the core says: an Explanation (the explainer pane), a
/// ReferenceEntry, a DnsFindingEntry or a CodeComparison (the reference window), in English,
/// Japanese or both.
/// Everything is built as HTML in which every text, from the knowledge base or from the server, is
/// escaped first: no text can ever become markup. Re-renders on language and palette changes.
class ExplanationView final : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ExplanationView(QWidget *parent = nullptr);
    ~ExplanationView() override;

    ExplanationLanguage language() const { return m_language; }
    void setLanguage(ExplanationLanguage language);

    void showExplanation(const Explanation &explanation);
    /// A reply code's entry; reply codes list the DNS findings that can explain them as links.
    void showEntry(const ReferenceEntry &entry);
    /// A DNS finding of the knowledge base: severity, summary, description, fixes, the replies it
    /// explains (links, as codeActivated()) and the RFC.
    void showDnsFinding(const DnsFindingEntry &finding);
    void showComparison(const CodeComparison &comparison);
    /// Shows nothing (hides QTextEdit::clear(), which would not forget what was shown).
    void clear();
    bool isEmpty() const;

    /// The language chooser shared by the explainer pane and the reference window: fills the
    /// combo box's items (日本語, English, Both) with their language keys as item data.
    static void setUpLanguageComboBox(QComboBox *comboBox);
    /// Sets the item texts again (after QEvent::LanguageChange; "Both" is translated).
    static void retranslateLanguageComboBox(QComboBox *comboBox);
    static ExplanationLanguage languageOf(const QComboBox *comboBox);
    static void selectLanguage(QComboBox *comboBox, ExplanationLanguage language);
    /// Japanese when the user interface language is Japanese, else English.
    static ExplanationLanguage defaultLanguage();
    /// The DNS checks in the order they are listed: "mx", "ptr", "spf", "dmarc", "mta-sts", "tls-rpt", "dns".
    static QStringList dnsCheckOrder();
    /// A check's name for the user interface: "PTR", "MTA-STS", "DNS server" (translated), …
    static QString dnsCheckName(const QString &check);
    /// The DNS findings (not "ok" ones) that can explain the replies an entry stands for: those whose
    /// related codes name it and those whose reply rules match it, in catalog order.
    static QList<const DnsFindingEntry *> dnsFindingsExplaining(const ReferenceEntry &entry);

Q_SIGNALS:
    /// A related code was clicked ("550", "X.1.1", "gmail-5.7.26-dmarc").
    void codeActivated(const QString &code);
    /// A DNS finding was clicked ("mx.null").
    void dnsFindingActivated(const QString &key);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    ExplanationLanguage m_language = ExplanationLanguage::English;
    std::optional<Explanation> m_explanation;
    std::optional<ReferenceEntry> m_entry;
    std::optional<CodeComparison> m_comparison;
    std::optional<DnsFindingEntry> m_dnsFinding;
};

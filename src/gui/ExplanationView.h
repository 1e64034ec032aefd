#pragma once

#include "core/reference/CodeComparison.h"
#include "core/reference/Explanation.h"

#include <QTextBrowser>

#include <optional>

class QComboBox;

/// A read-only view that lays out what the core says: an Explanation (the explainer pane), a
/// ReferenceEntry or a CodeComparison (the reference window), in English, Japanese or both.
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
    void showEntry(const ReferenceEntry &entry);
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

Q_SIGNALS:
    /// A related code was clicked ("550", "X.1.1", "gmail-5.7.26-dmarc").
    void codeActivated(const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    ExplanationLanguage m_language = ExplanationLanguage::English;
    std::optional<Explanation> m_explanation;
    std::optional<ReferenceEntry> m_entry;
    std::optional<CodeComparison> m_comparison;
};

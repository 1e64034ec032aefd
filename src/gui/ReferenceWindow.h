#pragma once

#include "core/reference/LocalizedText.h"
#include "core/reference/ReferenceCatalog.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QTreeWidgetItem;

namespace Ui {
class ReferenceWindow;
}

/// The knowledge base to browse, search and compare: every reply code by class, every enhanced
/// status code by subject, every server text by provider, every DNS finding by check; the details
/// of one, or two codes side by side.
/// A separate, non-modal window (also when it has a parent).
class ReferenceWindow final : public QWidget
{
    Q_OBJECT

public:
    explicit ReferenceWindow(QWidget *parent = nullptr);
    ~ReferenceWindow() override;

    /// Selects the code ("550", "5.1.1", "X.7", a server text key, a DNS finding id) and shows its
    /// details; an unknown code is put into the search field instead.
    void showCode(const QString &code);
    /// Selects the DNS finding ("mx.null") and shows its details; an unknown id becomes a search.
    void showDnsFinding(const QString &key);
    /// Compares two codes on the Compare tab (and shows that tab).
    void compare(const QString &a, const QString &b);

    ExplanationLanguage language() const;
    void setLanguage(ExplanationLanguage language);

Q_SIGNALS:
    void languageChanged(ExplanationLanguage language);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildTree();
    void retitleTree();
    void retitle(QTreeWidgetItem *item);
    void applySearch();
    void selectFirstMatch();
    void showSelected();
    void selectItem(QTreeWidgetItem *item);
    void runComparison();
    void showCompareMessage(const QString &message, bool isError);

    std::unique_ptr<Ui::ReferenceWindow> m_ui;
    const ReferenceCatalog &m_catalog;
    QHash<const ReferenceEntry *, QTreeWidgetItem *> m_items;
    QHash<const DnsFindingEntry *, QTreeWidgetItem *> m_dnsItems;
    QString m_compared; ///< "a\nb" of the comparison shown, so that leaving a field does not redo it
};

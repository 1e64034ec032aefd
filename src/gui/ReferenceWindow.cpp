#include "gui/ReferenceWindow.h"

#include "core/reference/CodeComparison.h"
#include "ui_ReferenceWindow.h"

#include <QCloseEvent>
#include <QCompleter>
#include <QSet>
#include <QSettings>
#include <QStringListModel>

#include <algorithm>

namespace {

const QString kGeometryKey = QStringLiteral("reference/geometry");
const QString kSplitterKey = QStringLiteral("reference/splitter");

enum Role
{
    EntryRole = Qt::UserRole, ///< leaves: the entry (a pointer into the built-in catalog)
    GroupRole = Qt::UserRole + 1,
    GroupParameterRole = Qt::UserRole + 2,
    DnsFindingRole = Qt::UserRole + 3, ///< leaves: the DNS finding (a pointer into the built-in catalog)
};

enum Group
{
    ReplyCodesGroup = 1,
    ReplyClassGroup,
    EnhancedCodesGroup,
    ClassesAndSubjectsGroup,
    SubjectGroup,
    ServerTextsGroup,
    ProviderGroup,
    DnsFindingsGroup,
    DnsCheckGroup,
};

const ReferenceEntry *entryOf(const QTreeWidgetItem *item)
{
    return item ? reinterpret_cast<const ReferenceEntry *>(item->data(0, EntryRole).value<quintptr>()) : nullptr;
}

const DnsFindingEntry *dnsFindingOf(const QTreeWidgetItem *item)
{
    return item ? reinterpret_cast<const DnsFindingEntry *>(item->data(0, DnsFindingRole).value<quintptr>()) : nullptr;
}

bool isLeaf(const QTreeWidgetItem *item)
{
    return entryOf(item) || dnsFindingOf(item);
}

// A DNS finding's id, title, summary or description holds every word of the query (either
// language, case-insensitive), or its id starts with the one word; as ReferenceCatalog::search().
bool dnsFindingMatches(const DnsFindingEntry &finding, const QStringList &words)
{
    if (words.isEmpty())
        return false;
    if (words.size() == 1 && finding.key.startsWith(words.constFirst(), Qt::CaseInsensitive))
        return true;
    const QString haystack = finding.key + u' ' + finding.title.en + u' ' + finding.title.ja + u' ' +
                             finding.summary.en + u' ' + finding.summary.ja + u' ' + finding.description.en + u' ' +
                             finding.description.ja;
    return std::all_of(words.cbegin(), words.cend(),
                       [&](const QString &word) { return haystack.contains(word, Qt::CaseInsensitive); });
}

QTreeWidgetItem *groupItem(QTreeWidgetItem *parent, Group group, const QVariant &parameter = {})
{
    auto *item = new QTreeWidgetItem(parent);
    item->setData(0, GroupRole, group);
    item->setData(0, GroupParameterRole, parameter);
    QFont font = item->font(0);
    font.setBold(parent == nullptr);
    item->setFont(0, font);
    return item;
}

// A group below `parent` found by its parameter, made when missing.
QTreeWidgetItem *childGroup(QTreeWidgetItem *parent, Group group, const QVariant &parameter)
{
    for (int i = 0; i < parent->childCount(); ++i) {
        QTreeWidgetItem *child = parent->child(i);
        if (child->data(0, GroupRole).toInt() == group && child->data(0, GroupParameterRole) == parameter)
            return child;
    }
    return groupItem(parent, group, parameter);
}

// Hides groups whose leaves are all hidden; returns whether `item` shows anything.
bool updateGroupVisibility(QTreeWidgetItem *item)
{
    if (isLeaf(item))
        return !item->isHidden();
    bool any = false;
    for (int i = 0; i < item->childCount(); ++i)
        any = updateGroupVisibility(item->child(i)) || any;
    item->setHidden(!any);
    return any;
}

} // namespace

ReferenceWindow::ReferenceWindow(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ReferenceWindow>())
    , m_catalog(ReferenceCatalog::builtIn())
{
    m_ui->setupUi(this);
    // Its own window beside the main one, never a child widget drawn inside it.
    setWindowFlag(Qt::Window, true);
    setWindowIcon(QIcon(QStringLiteral(":/icons/smtp-doctor.svg")));
    m_ui->splitter->setStretchFactor(0, 2);
    m_ui->splitter->setStretchFactor(1, 3);
    m_ui->splitter->setSizes({380, 620});
    m_ui->compareMessageLabel->hide();

    ExplanationView::setUpLanguageComboBox(m_ui->languageComboBox);
    const ExplanationLanguage initial = ExplanationView::defaultLanguage();
    ExplanationView::selectLanguage(m_ui->languageComboBox, initial);
    m_ui->detailsView->setLanguage(initial);
    m_ui->comparisonView->setLanguage(initial);

    QStringList keys;
    for (const ReferenceEntry &entry : m_catalog.entries())
        keys.append(entry.key);
    for (QLineEdit *edit : {m_ui->compareALineEdit, m_ui->compareBLineEdit}) {
        auto *completer = new QCompleter(new QStringListModel(keys, edit), edit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        completer->setMaxVisibleItems(12);
        edit->setCompleter(completer);
        connect(completer, qOverload<const QString &>(&QCompleter::activated), this, &ReferenceWindow::runComparison);
        connect(edit, &QLineEdit::editingFinished, this, &ReferenceWindow::runComparison);
    }
    buildTree();

    connect(m_ui->languageComboBox, &QComboBox::currentIndexChanged, this, [this] {
        const ExplanationLanguage chosen = language();
        m_ui->detailsView->setLanguage(chosen);
        m_ui->comparisonView->setLanguage(chosen);
        retitleTree();
        Q_EMIT languageChanged(chosen);
    });
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, this, &ReferenceWindow::applySearch);
    connect(m_ui->searchLineEdit, &QLineEdit::returnPressed, this, &ReferenceWindow::selectFirstMatch);
    connect(m_ui->codesTreeWidget, &QTreeWidget::currentItemChanged, this, &ReferenceWindow::showSelected);
    connect(m_ui->detailsView, &ExplanationView::codeActivated, this, &ReferenceWindow::showCode);
    connect(m_ui->detailsView, &ExplanationView::dnsFindingActivated, this, &ReferenceWindow::showDnsFinding);
    connect(m_ui->comparePushButton, &QPushButton::clicked, this, &ReferenceWindow::runComparison);
    connect(m_ui->swapToolButton, &QToolButton::clicked, this, [this] {
        const QString a = m_ui->compareALineEdit->text();
        m_ui->compareALineEdit->setText(m_ui->compareBLineEdit->text());
        m_ui->compareBLineEdit->setText(a);
        runComparison();
    });

    const QSettings settings;
    resize(1000, 680);
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    m_ui->splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    applySearch();
    runComparison();
}

ReferenceWindow::~ReferenceWindow() = default;

void ReferenceWindow::buildTree()
{
    QTreeWidget *tree = m_ui->codesTreeWidget;
    tree->clear();
    m_items.clear();
    m_dnsItems.clear();
    QTreeWidgetItem *replyCodes = groupItem(nullptr, ReplyCodesGroup);
    QTreeWidgetItem *enhancedCodes = groupItem(nullptr, EnhancedCodesGroup);
    QTreeWidgetItem *serverTexts = groupItem(nullptr, ServerTextsGroup);
    QTreeWidgetItem *dnsFindings = groupItem(nullptr, DnsFindingsGroup);
    tree->addTopLevelItems({replyCodes, enhancedCodes, serverTexts, dnsFindings});
    QTreeWidgetItem *classesAndSubjects = groupItem(enhancedCodes, ClassesAndSubjectsGroup);

    // Providers in alphabetical order; everything else in the catalog's own order.
    QStringList providers;
    for (const ReferenceEntry *entry : m_catalog.entries(ReferenceEntry::Kind::Text)) {
        if (!providers.contains(entry->provider))
            providers.append(entry->provider);
    }
    providers.sort(Qt::CaseInsensitive);
    for (const QString &provider : std::as_const(providers))
        groupItem(serverTexts, ProviderGroup, provider);
    for (const ReferenceEntry *subject : m_catalog.entries(ReferenceEntry::Kind::Subject))
        childGroup(enhancedCodes, SubjectGroup, subject->key.mid(2).toInt());

    for (const ReferenceEntry &entry : m_catalog.entries()) {
        QTreeWidgetItem *parent = nullptr;
        switch (entry.kind) {
        case ReferenceEntry::Kind::Basic:
            parent = childGroup(replyCodes, ReplyClassGroup, entry.key.left(1).toInt());
            break;
        case ReferenceEntry::Kind::Class:
        case ReferenceEntry::Kind::Subject:
            parent = classesAndSubjects;
            break;
        case ReferenceEntry::Kind::Enhanced: {
            const auto code = EnhancedStatusCode::fromString(entry.key);
            parent = childGroup(enhancedCodes, SubjectGroup, code ? code->subject() : -1);
            break;
        }
        case ReferenceEntry::Kind::Text:
            parent = childGroup(serverTexts, ProviderGroup, entry.provider);
            break;
        }
        auto *item = new QTreeWidgetItem(parent);
        item->setData(0, EntryRole, QVariant::fromValue(reinterpret_cast<quintptr>(&entry)));
        m_items.insert(&entry, item);
    }

    // One group per check, in the order the DNS panel lists them; the findings in file order.
    for (const QString &check : ExplanationView::dnsCheckOrder())
        groupItem(dnsFindings, DnsCheckGroup, check);
    for (const DnsFindingEntry &finding : m_catalog.dnsFindings()) {
        auto *item = new QTreeWidgetItem(childGroup(dnsFindings, DnsCheckGroup, finding.check));
        item->setData(0, DnsFindingRole, QVariant::fromValue(reinterpret_cast<quintptr>(&finding)));
        m_dnsItems.insert(&finding, item);
    }
    // A check without findings (none today) would be an empty group that reads as a leaf.
    for (int i = dnsFindings->childCount() - 1; i >= 0; --i) {
        if (dnsFindings->child(i)->childCount() == 0)
            delete dnsFindings->takeChild(i);
    }
    retitleTree();
    for (QTreeWidgetItem *group : {replyCodes, enhancedCodes, serverTexts, dnsFindings})
        group->setExpanded(true);
}

void ReferenceWindow::retitleTree()
{
    QTreeWidget *tree = m_ui->codesTreeWidget;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        retitle(tree->topLevelItem(i));
}

void ReferenceWindow::retitle(QTreeWidgetItem *item)
{
    // Titles follow the explanation language (English in "both", to keep lines short); the
    // tooltip always has both. Group names are part of the user interface.
    const ExplanationLanguage titles =
        language() == ExplanationLanguage::Both ? ExplanationLanguage::English : language();
    if (const ReferenceEntry *entry = entryOf(item)) {
        item->setText(0, entry->key + QStringLiteral(" — ") + entry->title.text(titles));
        item->setToolTip(0, entry->title.en + u'\n' + entry->title.ja);
        return;
    }
    if (const DnsFindingEntry *finding = dnsFindingOf(item)) {
        item->setText(0, finding->key + QStringLiteral(" — ") + finding->title.text(titles));
        item->setToolTip(0, finding->title.en + u'\n' + finding->title.ja);
        return;
    }
    const QVariant parameter = item->data(0, GroupParameterRole);
    switch (item->data(0, GroupRole).toInt()) {
    case ReplyCodesGroup:
        item->setText(0, tr("Reply codes"));
        break;
    case ReplyClassGroup:
        switch (parameter.toInt()) {
        case 2:
            item->setText(0, tr("2xx success"));
            break;
        case 3:
            item->setText(0, tr("3xx intermediate"));
            break;
        case 4:
            item->setText(0, tr("4xx temporary failure"));
            break;
        case 5:
            item->setText(0, tr("5xx permanent failure"));
            break;
        case 1:
            // 101 and 111 are what some clients print for network errors; no server sends them.
            item->setText(0, tr("1xx client-side errors"));
            break;
        default:
            item->setText(0, QStringLiteral("%1xx").arg(parameter.toInt()));
            break;
        }
        break;
    case EnhancedCodesGroup:
        item->setText(0, tr("Enhanced status codes"));
        break;
    case ClassesAndSubjectsGroup:
        item->setText(0, tr("Classes and subjects"));
        break;
    case SubjectGroup: {
        const ReferenceEntry *subject = m_catalog.subject(parameter.toInt());
        const QString key = QStringLiteral("X.%1").arg(parameter.toInt());
        item->setText(0, subject ? key + u' ' + subject->title.text(titles) : key);
        break;
    }
    case ServerTextsGroup:
        item->setText(0, tr("Server texts"));
        break;
    case ProviderGroup:
        item->setText(0, parameter.toString());
        break;
    case DnsFindingsGroup:
        item->setText(0, tr("DNS findings"));
        break;
    case DnsCheckGroup:
        item->setText(0, ExplanationView::dnsCheckName(parameter.toString()));
        break;
    default:
        break;
    }
    for (int i = 0; i < item->childCount(); ++i)
        retitle(item->child(i));
}

void ReferenceWindow::applySearch()
{
    const QString query = m_ui->searchLineEdit->text().trimmed();
    QSet<const ReferenceEntry *> hits;
    if (!query.isEmpty()) {
        const QList<const ReferenceEntry *> found = m_catalog.search(query);
        hits = QSet<const ReferenceEntry *>(found.cbegin(), found.cend());
        // "5.7.26" names the registry entry X.7.26 too, which a prefix search would miss.
        if (const ReferenceEntry *exact = m_catalog.find(query))
            hits.insert(exact);
    }
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it)
        it.value()->setHidden(!query.isEmpty() && !hits.contains(it.key()));
    const QStringList words = query.simplified().split(u' ', Qt::SkipEmptyParts);
    qsizetype dnsHits = 0;
    for (auto it = m_dnsItems.cbegin(); it != m_dnsItems.cend(); ++it) {
        const bool shown = query.isEmpty() || dnsFindingMatches(*it.key(), words);
        it.value()->setHidden(!shown);
        dnsHits += shown && !query.isEmpty() ? 1 : 0;
    }
    const qsizetype matches = hits.size() + dnsHits;
    QTreeWidget *tree = m_ui->codesTreeWidget;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        updateGroupVisibility(tree->topLevelItem(i));

    if (query.isEmpty()) {
        tree->collapseAll();
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            tree->topLevelItem(i)->setExpanded(true);
        m_ui->searchStatusLabel->setText(tr("%n entries", nullptr, int(m_items.size() + m_dnsItems.size())));
    } else {
        tree->expandAll();
        m_ui->searchStatusLabel->setText(matches == 0 ? tr("Nothing matches “%1”.").arg(query)
                                                      : tr("%n match(es)", nullptr, int(matches)));
    }
    if (QTreeWidgetItem *current = tree->currentItem(); current && !current->isHidden())
        tree->scrollToItem(current);
}

void ReferenceWindow::selectFirstMatch()
{
    QTreeWidget *tree = m_ui->codesTreeWidget;
    for (QTreeWidgetItemIterator it(tree, QTreeWidgetItemIterator::NotHidden); *it; ++it) {
        if (isLeaf(*it)) {
            tree->setCurrentItem(*it);
            tree->setFocus();
            return;
        }
    }
}

void ReferenceWindow::showSelected()
{
    const QTreeWidgetItem *current = m_ui->codesTreeWidget->currentItem();
    if (const ReferenceEntry *entry = entryOf(current))
        m_ui->detailsView->showEntry(*entry);
    else if (const DnsFindingEntry *finding = dnsFindingOf(current))
        m_ui->detailsView->showDnsFinding(*finding);
    else
        return;
    m_ui->tabWidget->setCurrentWidget(m_ui->detailsTab);
}

void ReferenceWindow::showCode(const QString &code)
{
    QTreeWidgetItem *item = m_items.value(m_catalog.find(code));
    if (!item)
        item = m_dnsItems.value(m_catalog.dnsFinding(code.trimmed()));
    if (!item) {
        m_ui->searchLineEdit->setText(code.trimmed());
        return;
    }
    selectItem(item);
}

void ReferenceWindow::showDnsFinding(const QString &key)
{
    QTreeWidgetItem *item = m_dnsItems.value(m_catalog.dnsFinding(key.trimmed()));
    if (!item) {
        m_ui->searchLineEdit->setText(key.trimmed());
        return;
    }
    selectItem(item);
}

void ReferenceWindow::selectItem(QTreeWidgetItem *item)
{
    if (item->isHidden())
        m_ui->searchLineEdit->clear();
    m_ui->codesTreeWidget->setCurrentItem(item);
    m_ui->codesTreeWidget->scrollToItem(item);
    showSelected();
}

void ReferenceWindow::compare(const QString &a, const QString &b)
{
    m_ui->compareALineEdit->setText(a.trimmed());
    m_ui->compareBLineEdit->setText(b.trimmed());
    m_ui->tabWidget->setCurrentWidget(m_ui->compareTab);
    runComparison();
}

void ReferenceWindow::runComparison()
{
    const QString a = m_ui->compareALineEdit->text().trimmed();
    const QString b = m_ui->compareBLineEdit->text().trimmed();
    const QString asked = a + u'\n' + b;
    if (asked == m_compared)
        return;
    m_compared = asked;
    if (a.isEmpty() || b.isEmpty()) {
        m_ui->comparisonView->clear();
        showCompareMessage(tr("Enter two codes to compare, for example 354 and 550, or 5.1.1 and 5.7.1."), false);
        return;
    }
    const CodeComparison comparison = CodeComparison::compare(a, b, m_catalog);
    if (!comparison.isValid()) {
        m_ui->comparisonView->clear();
        const QString unknown = comparison.a.entry ? b : a;
        showCompareMessage(tr("SMTP Doctor does not know “%1”. Enter a reply code (550), an enhanced status code "
                              "(5.1.1 or X.1.1), a class (5), a subject (X.7) or a server text name from the list.")
                               .arg(unknown),
                           true);
        return;
    }
    showCompareMessage(QString(), false);
    m_ui->comparisonView->showComparison(comparison);
}

void ReferenceWindow::showCompareMessage(const QString &message, bool isError)
{
    QLabel *label = m_ui->compareMessageLabel;
    label->setText(message);
    label->setVisible(!message.isEmpty());
    QFont font = label->font();
    font.setBold(isError);
    label->setFont(font);
    label->setForegroundRole(isError ? QPalette::WindowText : QPalette::PlaceholderText);
    label->setAccessibleDescription(isError ? tr("Error") : QString());
}

ExplanationLanguage ReferenceWindow::language() const
{
    return ExplanationView::languageOf(m_ui->languageComboBox);
}

void ReferenceWindow::setLanguage(ExplanationLanguage language)
{
    ExplanationView::selectLanguage(m_ui->languageComboBox, language);
}

void ReferenceWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        ExplanationView::retranslateLanguageComboBox(m_ui->languageComboBox);
        retitleTree();
        applySearch();
        m_compared.clear();
        runComparison();
    }
    QWidget::changeEvent(event);
}

void ReferenceWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kSplitterKey, m_ui->splitter->saveState());
    QWidget::closeEvent(event);
}

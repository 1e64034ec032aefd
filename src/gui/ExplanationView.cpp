#include "gui/ExplanationView.h"

#include "core/dns/DnsFinding.h"
#include "core/i18n/Translations.h"
#include "core/reference/ExplanationFormatter.h"
#include "core/reference/ReplyExplainer.h"
#include "gui/SafeHtml.h"

#include <QComboBox>
#include <QEvent>
#include <QUrl>

#include <algorithm>

namespace {

using Heading = ExplanationFormatter::Heading;

const QString kLinkScheme = QStringLiteral("smtpdoctor");
const QString kDnsLinkScheme = QStringLiteral("smtpdoctor-dns"); ///< "smtpdoctor-dns:mx.null"

// Labels the core's formatter has no heading for; bilingual because they follow the explanation
// language, not the user interface language.
LocalizedText anyStageText()
{
    return LocalizedText::fromUtf8("Any stage", "どの段階でも");
}

// Names the core writes for running text ("the greeting", "permanent failure: …") start a line or a
// bracketed label here; Japanese has no case, so only the English form changes.
LocalizedText capitalized(LocalizedText text)
{
    if (!text.en.isEmpty())
        text.en[0] = text.en.at(0).toUpper();
    return text;
}

// A check as the protocols spell it ("MTA-STS"); "DNS" for the check of the name server itself.
QString checkToken(const QString &check)
{
    if (check == QLatin1String("dmarc"))
        return QStringLiteral("DMARC");
    return check.toUpper();
}

QColor mix(const QColor &a, const QColor &b, qreal amount)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * amount, a.greenF() + (b.greenF() - a.greenF()) * amount,
                            a.blueF() + (b.blueF() - a.blueF()) * amount);
}

using SafeHtml::escaped;
using SafeHtml::withCodeSpans;

// Colours derived from the palette, so that light and dark themes both read well.
struct Colours
{
    explicit Colours(const QPalette &palette)
        : text(palette.color(QPalette::Text))
        , base(palette.color(QPalette::Base))
        , dark(base.lightness() < 128)
        , muted(mix(text, base, 0.3).name())
        , subtle(mix(base, text, 0.06).name())
        , warning(QColor::fromHsl(42, dark ? 120 : 200, dark ? 55 : 222).name())
    {}

    QString badge(std::optional<ReferenceEntry::Permanence> permanence) const
    {
        if (!permanence)
            return mix(base, text, 0.14).name();
        int hue = 0;
        switch (*permanence) {
        case ReferenceEntry::Permanence::Success:
            hue = 125;
            break;
        case ReferenceEntry::Permanence::Intermediate:
            hue = 210;
            break;
        case ReferenceEntry::Permanence::Temporary:
            hue = 38;
            break;
        case ReferenceEntry::Permanence::Permanent:
            hue = 0;
            break;
        }
        return hueBadge(hue);
    }
    // DNS findings by their usual severity, in the same colours as the reply classes.
    QString severityBadge(const QString &severity) const
    {
        if (severity == QLatin1String("ok"))
            return hueBadge(125);
        if (severity == QLatin1String("info"))
            return hueBadge(210);
        if (severity == QLatin1String("warning"))
            return hueBadge(38);
        return hueBadge(0);
    }
    QString hueBadge(int hue) const { return QColor::fromHsl(hue, dark ? 110 : 150, dark ? 62 : 212).name(); }

    QColor text;
    QColor base;
    bool dark;
    QString muted;
    QString subtle;
    QString warning;
};

// Builds the HTML of one page. Every text passes through escaped() or withCodeSpans().
class Page
{
public:
    Page(const Colours &colours, ExplanationLanguage language)
        : m_colours(colours)
        , m_language(language)
    {}

    QString html() const { return m_html; }
    ExplanationLanguage language() const { return m_language; }
    const Colours &colours() const { return m_colours; }

    // The text in the chosen language; in Both, English then Japanese in a muted colour.
    QString text(const LocalizedText &t) const
    {
        if (m_language != ExplanationLanguage::Both)
            return withCodeSpans(t.text(m_language));
        if (t.ja.isEmpty() || t.ja == t.en)
            return withCodeSpans(t.en);
        return withCodeSpans(t.en) + QStringLiteral("<br/><span style=\"color:%1\">").arg(m_colours.muted) +
               withCodeSpans(t.ja) + QStringLiteral("</span>");
    }
    // A short name inside a line: "RCPT TO", "the greeting / グリーティング".
    QString name(const LocalizedText &t) const
    {
        if (m_language == ExplanationLanguage::Both && !t.ja.isEmpty() && t.ja != t.en)
            return escaped(t.en + QStringLiteral(" / ") + t.ja);
        return escaped(t.text(m_language));
    }
    // "Label: value" in each language, for the line under a title.
    LocalizedText labelled(const LocalizedText &label, const LocalizedText &value) const
    {
        return {label.en + QStringLiteral(": ") + value.en, label.ja + QStringLiteral(": ") + value.ja};
    }

    // The line under the title: temporary or permanent, and who has to act.
    void meta(ReferenceEntry::Permanence permanence, ReferenceEntry::Actor actor)
    {
        const LocalizedText p = capitalized(ReferenceEntry::permanenceName(permanence));
        const LocalizedText who =
            labelled(ExplanationFormatter::heading(Heading::WhoActs), ReferenceEntry::actorName(actor));
        paragraph({p.en + QStringLiteral(" · ") + who.en, p.ja + QStringLiteral(" · ") + who.ja});
    }

    void add(const QString &html) { m_html += html; }
    void heading(const LocalizedText &title, int level = 3)
    {
        m_html +=
            QStringLiteral("<h%1 style=\"margin-top:14px; margin-bottom:4px\">%2</h%1>").arg(level).arg(name(title));
    }
    void heading(Heading h, int level = 3) { heading(ExplanationFormatter::heading(h), level); }
    void paragraph(const LocalizedText &t)
    {
        if (!t.isEmpty())
            m_html += QStringLiteral("<p style=\"margin-top:2px\">") + text(t) + QStringLiteral("</p>");
    }
    void list(const QList<LocalizedText> &items, bool numbered = false)
    {
        m_html += numbered ? QStringLiteral("<ol>") : QStringLiteral("<ul>");
        for (const LocalizedText &item : items)
            m_html += QStringLiteral("<li style=\"margin-bottom:4px\">") + text(item) + QStringLiteral("</li>");
        m_html += numbered ? QStringLiteral("</ol>") : QStringLiteral("</ul>");
    }
    void fixes(const QList<ReferenceEntry::Fix> &fixes)
    {
        m_html += QStringLiteral("<ol>");
        for (const ReferenceEntry::Fix &fix : fixes) {
            m_html +=
                QStringLiteral("<li style=\"margin-bottom:6px\"><span style=\"color:%1; font-weight:600\">[%2]</span> ")
                    .arg(m_colours.muted, name(ReferenceEntry::sideName(fix.side))) +
                text(fix.text) + QStringLiteral("</li>");
        }
        m_html += QStringLiteral("</ol>");
    }
    void stageNotes(const QList<ReferenceEntry::StageNote> &notes)
    {
        m_html += QStringLiteral("<ul>");
        for (const ReferenceEntry::StageNote &note : notes) {
            const LocalizedText stage =
                note.stage ? capitalized(ReferenceEntry::stageName(*note.stage)) : anyStageText();
            m_html += QStringLiteral("<li style=\"margin-bottom:4px\"><b>[%1]</b> ").arg(name(stage)) +
                      text(note.text) + QStringLiteral("</li>");
        }
        m_html += QStringLiteral("</ul>");
    }
    // The code badge beside the title, coloured by the reply class (or a finding's severity).
    void header(const QString &badgeTop, const QString &badgeBottom, std::optional<ReferenceEntry::Permanence> kind,
                const LocalizedText &title)
    {
        header(badgeTop, badgeBottom, m_colours.badge(kind), title);
    }
    void header(const QString &badgeTop, const QString &badgeBottom, const QString &badgeColour,
                const LocalizedText &title)
    {
        QString badge =
            QStringLiteral("<span style=\"font-size:x-large; font-weight:700\">%1</span>").arg(escaped(badgeTop));
        if (!badgeBottom.isEmpty())
            badge += QStringLiteral("<br/><span style=\"font-weight:600\">%1</span>").arg(escaped(badgeBottom));
        QString titleHtml;
        if (m_language == ExplanationLanguage::Both && !title.ja.isEmpty() && title.ja != title.en) {
            titleHtml = QStringLiteral("<span style=\"font-size:large; font-weight:700\">%1</span><br/>"
                                       "<span style=\"font-size:large; font-weight:600; color:%2\">%3</span>")
                            .arg(withCodeSpans(title.en), m_colours.muted, withCodeSpans(title.ja));
        } else {
            titleHtml = QStringLiteral("<span style=\"font-size:large; font-weight:700\">%1</span>")
                            .arg(withCodeSpans(title.text(m_language)));
        }
        m_html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"8\"><tr>"
                                 "<td bgcolor=\"%1\" align=\"center\" valign=\"middle\">%2</td>"
                                 "<td valign=\"middle\">%3</td></tr></table>")
                      .arg(badgeColour, badge, titleHtml);
    }
    // Codes as links to their own entries, each with its title.
    void codeLinks(const QStringList &codes)
    {
        QString items = QStringLiteral("<ul>");
        for (const QString &key : codes) {
            const QString href = kLinkScheme + u':' + QString::fromLatin1(QUrl::toPercentEncoding(key));
            items += QStringLiteral("<li><a href=\"%1\">%2</a>").arg(href.toHtmlEscaped(), escaped(key));
            if (const ReferenceEntry *related = ReferenceCatalog::builtIn().find(key))
                items += QStringLiteral(" — ") + name(related->title);
            items += QStringLiteral("</li>");
        }
        m_html += items + QStringLiteral("</ul>");
    }
    // DNS findings as links, one line per check: "PTR: No PTR record … · The PTR name does not …".
    void dnsFindingLinks(const QList<const DnsFindingEntry *> &findings)
    {
        QStringList checks = ExplanationView::dnsCheckOrder();
        for (const DnsFindingEntry *finding : findings) {
            if (!checks.contains(finding->check))
                checks.append(finding->check);
        }
        QString items = QStringLiteral("<ul>");
        for (const QString &check : std::as_const(checks)) {
            QStringList links;
            for (const DnsFindingEntry *finding : findings) {
                if (finding->check != check)
                    continue;
                const QString href = kDnsLinkScheme + u':' + QString::fromLatin1(QUrl::toPercentEncoding(finding->key));
                links.append(QStringLiteral("<a href=\"%1\">%2</a>").arg(href.toHtmlEscaped(), name(finding->title)));
            }
            if (!links.isEmpty()) {
                items += QStringLiteral("<li style=\"margin-bottom:4px\"><b>%1</b>: ").arg(escaped(checkToken(check))) +
                         links.join(QStringLiteral(" · ")) + QStringLiteral("</li>");
            }
        }
        m_html += items + QStringLiteral("</ul>");
    }

    // A block set apart from the text around it (warnings, the server's own words).
    void box(const QString &colour, const QString &inner)
    {
        m_html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"8\" style=\"margin-top:8px\">"
                                 "<tr><td bgcolor=\"%1\">%2</td></tr></table>")
                      .arg(colour, inner);
    }

private:
    Colours m_colours;
    ExplanationLanguage m_language;
    QString m_html;
};

void renderExplanation(Page &page, const Explanation &e)
{
    page.header(e.code ? QString::number(e.code) : QStringLiteral("—"),
                e.enhanced.isValid() ? e.enhanced.toString() : QString(), e.permanence, e.title);
    page.meta(e.permanence, e.actor);
    if (!e.serverText.isEmpty()) {
        // The server's own words: plain text in a monospaced block, never markup.
        page.box(page.colours().subtle,
                 QStringLiteral("<span style=\"font-family:monospace; white-space:pre-wrap\">%1</span>")
                     .arg(e.serverText.toHtmlEscaped()));
    }
    if (!e.summary.isEmpty()) {
        page.heading(Heading::Summary);
        page.paragraph(e.summary);
    }
    if (!e.atThisStage.isEmpty()) {
        const LocalizedText h = ExplanationFormatter::heading(Heading::AtThisStage);
        const LocalizedText stage = ReferenceEntry::stageName(e.stage);
        page.heading({h.en + QStringLiteral(" (") + stage.en + u')', h.ja + u'（' + stage.ja + u'）'});
        page.paragraph(e.atThisStage);
    }
    if (!e.why.isEmpty() && !(e.why == e.summary)) {
        page.heading(Heading::Why);
        page.paragraph(e.why);
    }
    if (!e.hints.isEmpty()) {
        page.heading(Heading::ServerText);
        page.list(e.hints);
    }
    if (!e.warnings.isEmpty()) {
        Page inner(page.colours(), page.language());
        inner.heading(Heading::Warnings, 4);
        inner.list(e.warnings);
        page.box(page.colours().warning, inner.html());
    }
    if (!e.fixes.isEmpty()) {
        page.heading(Heading::HowToFix);
        page.fixes(e.fixes);
    }
    if (!e.rfcs.isEmpty()) {
        page.heading(Heading::Reference);
        page.paragraph({e.rfcs.join(QStringLiteral("; ")), e.rfcs.join(QStringLiteral("; "))});
    }
}

std::optional<ReferenceEntry::Permanence> badgeKind(const ReferenceEntry &entry)
{
    switch (entry.kind) {
    case ReferenceEntry::Kind::Basic:
        return ReplyExplainer::permanenceOf(entry.key.toInt());
    case ReferenceEntry::Kind::Class:
        return ReplyExplainer::permanenceOf(entry.key.toInt() * 100);
    case ReferenceEntry::Kind::Subject:
        return std::nullopt;
    case ReferenceEntry::Kind::Enhanced:
    case ReferenceEntry::Kind::Text:
        break;
    }
    return entry.permanence;
}

void renderEntry(Page &page, const ReferenceEntry &e)
{
    const bool detailed = e.kind == ReferenceEntry::Kind::Basic || e.kind == ReferenceEntry::Kind::Enhanced ||
                          e.kind == ReferenceEntry::Kind::Text;
    page.header(e.kind == ReferenceEntry::Kind::Text ? e.provider : e.key,
                e.kind == ReferenceEntry::Kind::Text ? e.enhancedKey : QString(), badgeKind(e), e.title);
    if (detailed)
        page.meta(e.permanence, e.actor);
    if (!e.summary.isEmpty()) {
        page.heading(Heading::Summary);
        page.paragraph(e.summary);
    }
    if (!e.description.isEmpty() && !(e.description == e.summary)) {
        page.heading(Heading::Description);
        page.paragraph(e.description);
    }
    if (!e.when.isEmpty()) {
        page.heading(Heading::WhenYouSeeIt);
        page.stageNotes(e.when);
    }
    if (!e.fixes.isEmpty()) {
        page.heading(Heading::HowToFix);
        page.fixes(e.fixes);
    } else if (detailed) {
        page.heading(Heading::HowToFix);
        page.paragraph(LocalizedText::fromUtf8("Nothing to fix.", "対処は不要です。"));
    }
    if (e.kind == ReferenceEntry::Kind::Text) {
        page.heading(LocalizedText::fromUtf8("Recognised by", "判別の条件"));
        QList<LocalizedText> rules;
        rules.append(
            page.labelled(LocalizedText::fromUtf8("Sent by", "このテキストを返すサーバー"), {e.provider, e.provider}));
        if (!e.codes.isEmpty()) {
            QStringList codes;
            for (int code : e.codes)
                codes.append(QString::number(code));
            const QString list = codes.join(QStringLiteral(", "));
            rules.append(page.labelled(LocalizedText::fromUtf8("Reply code", "応答コード"), {list, list}));
        }
        if (!e.enhancedKey.isEmpty()) {
            rules.append(page.labelled(LocalizedText::fromUtf8("Enhanced status code", "拡張ステータスコード"),
                                       {e.enhancedKey, e.enhancedKey}));
        }
        // Backticks make the pattern a code span; a backtick inside it would only end the span early.
        if (!e.contains.isEmpty()) {
            const QString quoted = u'`' + e.contains + u'`';
            rules.append(
                page.labelled(LocalizedText::fromUtf8("The text contains", "本文に含まれる文字列"), {quoted, quoted}));
        }
        if (!e.regex.pattern().isEmpty()) {
            const QString quoted = u'`' + e.regex.pattern() + u'`';
            rules.append(page.labelled(
                LocalizedText::fromUtf8("The text matches the regular expression", "本文が一致する正規表現"),
                {quoted, quoted}));
        }
        page.list(rules);
    }
    if (!e.related.isEmpty()) {
        page.heading(LocalizedText::fromUtf8("Related codes", "関連するコード"));
        page.codeLinks(e.related);
    }
    if (const QList<const DnsFindingEntry *> findings = ExplanationView::dnsFindingsExplaining(e);
        !findings.isEmpty()) {
        page.heading(
            LocalizedText::fromUtf8("DNS findings that explain this reply", "この応答の原因になりうる DNS の問題"));
        page.dnsFindingLinks(findings);
    }
    if (e.kind == ReferenceEntry::Kind::Enhanced && !e.registryTitle.isEmpty()) {
        page.heading(LocalizedText::fromUtf8("IANA registry title", "IANA レジストリでの名称"));
        page.paragraph({e.registryTitle, e.registryTitle});
    }
    if (!e.rfc.isEmpty()) {
        page.heading(Heading::Reference);
        page.paragraph({e.rfc, e.rfc});
    }
}

void renderDnsFinding(Page &page, const DnsFindingEntry &f)
{
    page.header(checkToken(f.check), f.key, page.colours().severityBadge(f.severity), f.title);
    const std::optional<DnsSeverity> severity = DnsSeverities::fromKey(f.severity);
    const LocalizedText usual = page.labelled(LocalizedText::fromUtf8("Usual severity", "通常の重大度"),
                                              DnsSeverities::name(severity.value_or(DnsSeverity::Error)));
    const LocalizedText check =
        page.labelled(LocalizedText::fromUtf8("DNS check", "DNS 検査"), {checkToken(f.check), checkToken(f.check)});
    page.paragraph({usual.en + QStringLiteral(" · ") + check.en, usual.ja + QStringLiteral(" · ") + check.ja});
    if (!f.summary.isEmpty()) {
        page.heading(Heading::Summary);
        page.paragraph(f.summary);
    }
    if (!f.description.isEmpty() && !(f.description == f.summary)) {
        page.heading(Heading::Description);
        page.paragraph(f.description);
    }
    page.heading(Heading::HowToFix);
    if (f.fixes.isEmpty())
        page.paragraph(LocalizedText::fromUtf8("Nothing to fix.", "対処は不要です。"));
    else
        page.fixes(f.fixes);
    if (!f.related.isEmpty()) {
        page.heading(LocalizedText::fromUtf8("Replies it explains", "関連する応答"));
        page.codeLinks(f.related);
    }
    if (!f.rfc.isEmpty()) {
        page.heading(Heading::Reference);
        page.paragraph({f.rfc, f.rfc});
    }
}

void renderComparison(Page &page, const CodeComparison &c)
{
    if (!c.isValid()) {
        page.paragraph({c.error, c.error});
        return;
    }
    page.add(QStringLiteral("<h2>%1</h2>").arg(escaped(QStringLiteral("SMTP %1 vs %2").arg(c.a.code, c.b.code))));
    page.heading(Heading::Summary);
    page.paragraph(c.summary);
    for (const CodeComparison::Side *side : {&c.a, &c.b}) {
        const ReferenceEntry &e = *side->entry;
        page.heading({side->code + QStringLiteral(": ") + e.title.en, side->code + QStringLiteral(": ") + e.title.ja},
                     3);
        page.heading(Heading::Description, 4);
        page.paragraph(e.description);
        page.heading(Heading::WhenYouSeeIt, 4);
        page.stageNotes(e.when);
        page.heading(Heading::HowToFix, 4);
        if (e.fixes.isEmpty())
            page.paragraph(LocalizedText::fromUtf8("Nothing to fix.", "対処は不要です。"));
        else
            page.fixes(e.fixes);
    }
    page.heading(Heading::MainDifferences);
    page.list(c.differences);
    page.heading(Heading::WhichApplies);
    page.list(c.whichApplies);
}

} // namespace

ExplanationView::ExplanationView(QWidget *parent)
    : QTextBrowser(parent)
{
    // Links are ours (related codes); nothing is ever opened or followed by the browser itself.
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
    // Regular expressions and server tokens can be long unbroken words: break them rather than scroll.
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document()->setDocumentMargin(10);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == kLinkScheme)
            Q_EMIT codeActivated(url.path());
        else if (url.scheme() == kDnsLinkScheme)
            Q_EMIT dnsFindingActivated(url.path());
    });
}

ExplanationView::~ExplanationView() = default;

void ExplanationView::setLanguage(ExplanationLanguage language)
{
    if (language == m_language)
        return;
    m_language = language;
    render();
}

void ExplanationView::showExplanation(const Explanation &explanation)
{
    clear();
    m_explanation = explanation;
    render();
}

void ExplanationView::showEntry(const ReferenceEntry &entry)
{
    clear();
    m_entry = entry;
    render();
}

void ExplanationView::showDnsFinding(const DnsFindingEntry &finding)
{
    clear();
    m_dnsFinding = finding;
    render();
}

void ExplanationView::showComparison(const CodeComparison &comparison)
{
    clear();
    m_comparison = comparison;
    render();
}

void ExplanationView::clear()
{
    m_explanation.reset();
    m_entry.reset();
    m_comparison.reset();
    m_dnsFinding.reset();
    QTextBrowser::clear();
}

bool ExplanationView::isEmpty() const
{
    return !m_explanation && !m_entry && !m_comparison && !m_dnsFinding;
}

void ExplanationView::render()
{
    Page page(Colours(palette()), m_language);
    if (m_explanation)
        renderExplanation(page, *m_explanation);
    else if (m_entry)
        renderEntry(page, *m_entry);
    else if (m_comparison)
        renderComparison(page, *m_comparison);
    else if (m_dnsFinding)
        renderDnsFinding(page, *m_dnsFinding);
    if (isEmpty())
        QTextBrowser::clear();
    else
        setHtml(page.html());
}

void ExplanationView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        render();
}

void ExplanationView::setUpLanguageComboBox(QComboBox *comboBox)
{
    comboBox->clear();
    for (ExplanationLanguage language :
         {ExplanationLanguage::Japanese, ExplanationLanguage::English, ExplanationLanguage::Both}) {
        comboBox->addItem(QString(), ExplanationLanguages::key(language));
    }
    retranslateLanguageComboBox(comboBox);
}

void ExplanationView::retranslateLanguageComboBox(QComboBox *comboBox)
{
    // The languages' own names are not translated; "both" is.
    comboBox->setItemText(comboBox->findData(ExplanationLanguages::key(ExplanationLanguage::Japanese)),
                          QStringLiteral("日本語"));
    comboBox->setItemText(comboBox->findData(ExplanationLanguages::key(ExplanationLanguage::English)),
                          QStringLiteral("English"));
    comboBox->setItemText(comboBox->findData(ExplanationLanguages::key(ExplanationLanguage::Both)),
                          tr("Both", "explanation language: English and Japanese"));
}

ExplanationLanguage ExplanationView::languageOf(const QComboBox *comboBox)
{
    ExplanationLanguage language = ExplanationLanguage::English;
    ExplanationLanguages::fromKey(comboBox->currentData().toString(), &language);
    return language;
}

void ExplanationView::selectLanguage(QComboBox *comboBox, ExplanationLanguage language)
{
    comboBox->setCurrentIndex(comboBox->findData(ExplanationLanguages::key(language)));
}

ExplanationLanguage ExplanationView::defaultLanguage()
{
    return Translations::systemLanguage() == QLatin1String("ja") ? ExplanationLanguage::Japanese
                                                                 : ExplanationLanguage::English;
}

QStringList ExplanationView::dnsCheckOrder()
{
    return {QStringLiteral("mx"),      QStringLiteral("ptr"),     QStringLiteral("spf"), QStringLiteral("dmarc"),
            QStringLiteral("mta-sts"), QStringLiteral("tls-rpt"), QStringLiteral("dns")};
}

QString ExplanationView::dnsCheckName(const QString &check)
{
    // The others are protocol names, the same in every language.
    if (check == QLatin1String("dns"))
        return tr("DNS server", "the DNS check of the name server itself (timeouts, failures)");
    return checkToken(check);
}

QList<const DnsFindingEntry *> ExplanationView::dnsFindingsExplaining(const ReferenceEntry &entry)
{
    // The codes that stand for the entry in a finding's "related" list, and the replies to try its
    // "replies" rules on. A server text is tried with its fixed part as the text.
    struct Reply
    {
        int code = 0;
        EnhancedStatusCode enhanced;
        QString text;
    };
    QStringList names;
    QList<Reply> replies;
    switch (entry.kind) {
    case ReferenceEntry::Kind::Basic:
        names.append(entry.key);
        replies.append({entry.key.toInt(), {}, {}});
        break;
    case ReferenceEntry::Kind::Enhanced:
        if (const auto code = EnhancedStatusCode::fromString(entry.key)) {
            for (int statusClass : {2, 4, 5}) {
                const EnhancedStatusCode withClass(statusClass, code->subject(), code->detail());
                names.append(withClass.toString());
                if (statusClass != 2)
                    replies.append({0, withClass, {}});
            }
        }
        break;
    case ReferenceEntry::Kind::Text: {
        if (!entry.enhancedKey.isEmpty())
            names.append(entry.enhancedKey);
        const EnhancedStatusCode enhanced =
            EnhancedStatusCode::fromString(entry.enhancedKey).value_or(EnhancedStatusCode());
        const QList<int> codes = entry.codes.isEmpty() ? QList<int>{0} : entry.codes;
        for (int code : codes)
            replies.append({code, enhanced, entry.contains});
        break;
    }
    case ReferenceEntry::Kind::Class:
    case ReferenceEntry::Kind::Subject:
        return {};
    }

    QList<const DnsFindingEntry *> result;
    for (const DnsFindingEntry &finding : ReferenceCatalog::builtIn().dnsFindings()) {
        // "Everything is fine" explains no failure.
        if (finding.severity == QLatin1String("ok"))
            continue;
        bool explains = std::any_of(names.cbegin(), names.cend(),
                                    [&](const QString &name) { return finding.related.contains(name); });
        explains = explains || std::any_of(replies.cbegin(), replies.cend(), [&](const Reply &r) {
                       return finding.matchesReply(r.code, r.enhanced, r.text);
                   });
        if (explains)
            result.append(&finding);
    }
    return result;
}

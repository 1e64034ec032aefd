#include "gui/DnsFindingView.h"

#include "core/reference/ExplanationFormatter.h"
#include "gui/SafeHtml.h"

#include <QEvent>
#include <QScrollBar>
#include <QStyle>
#include <QUrl>

namespace {

const QString kLinkScheme = QStringLiteral("smtpdoctor");
const QString kSeverityImage = QStringLiteral("severity:");

QColor mix(const QColor &a, const QColor &b, qreal amount)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * amount, a.greenF() + (b.greenF() - a.greenF()) * amount,
                            a.blueF() + (b.blueF() - a.blueF()) * amount);
}

QString joinAddresses(const QList<QHostAddress> &addresses)
{
    QStringList texts;
    for (const QHostAddress &a : addresses)
        texts.append(a.toString());
    return texts.join(QStringLiteral(", "));
}

using SafeHtml::escaped;
using SafeHtml::withCodeSpans;

// The details page of one finding, in the explanation language; colours from the palette.
class Page
{
public:
    Page(const QPalette &palette, ExplanationLanguage language)
        : m_language(language)
        , m_muted(mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.3).name())
        , m_subtle(mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.07).name())
    {}

    QString html() const { return m_html; }

    // Knowledge-base text; in Both, English then Japanese in a muted colour.
    QString text(const LocalizedText &t, bool codeSpans = true) const
    {
        const auto format = [codeSpans](const QString &s) {
            return codeSpans ? withCodeSpans(s) : escaped(s);
        };
        if (m_language != ExplanationLanguage::Both || t.ja.isEmpty() || t.ja == t.en)
            return format(t.text(m_language == ExplanationLanguage::Both ? ExplanationLanguage::English : m_language));
        return format(t.en) + QStringLiteral("<br/><span style=\"color:%1\">").arg(m_muted) + format(t.ja) +
               QStringLiteral("</span>");
    }
    QString name(const LocalizedText &t) const
    {
        if (m_language == ExplanationLanguage::Both && !t.ja.isEmpty() && t.ja != t.en)
            return escaped(t.en + QStringLiteral(" / ") + t.ja);
        return escaped(t.text(m_language));
    }

    void header(DnsSeverity severity, const LocalizedText &title, const QString &meta)
    {
        m_html +=
            QStringLiteral("<table cellspacing=\"0\" cellpadding=\"4\"><tr><td valign=\"middle\">"
                           "<img src=\"%1%2\" width=\"32\" height=\"32\"/></td><td valign=\"middle\">"
                           "<span style=\"font-weight:600\">%3</span><br/>"
                           "<span style=\"font-size:large; font-weight:700\">%4</span></td></tr></table>")
                .arg(kSeverityImage, DnsSeverities::key(severity), name(DnsSeverities::name(severity)), text(title));
        m_html += QStringLiteral("<p style=\"margin-top:0px; color:%1\">%2</p>").arg(m_muted, escaped(meta));
    }
    void heading(const LocalizedText &title)
    {
        m_html += QStringLiteral("<h4 style=\"margin-top:12px; margin-bottom:3px\">%1</h4>").arg(name(title));
    }
    void paragraph(const QString &html)
    {
        m_html += QStringLiteral("<p style=\"margin-top:2px\">") + html + QStringLiteral("</p>");
    }
    // DNS data as it came: monospaced, every line kept, never markup.
    void plainBlock(const QStringList &lines)
    {
        QStringList shown;
        for (const QString &line : lines)
            shown.append(line.toHtmlEscaped());
        m_html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\"><tr><td bgcolor=\"%1\">"
                                 "<span style=\"font-family:monospace; white-space:pre-wrap\">%2</span>"
                                 "</td></tr></table>")
                      .arg(m_subtle, shown.join(QStringLiteral("<br/>")));
    }
    void fixes(const QList<ReferenceEntry::Fix> &fixes)
    {
        m_html += QStringLiteral("<ol>");
        for (const ReferenceEntry::Fix &fix : fixes) {
            m_html +=
                QStringLiteral("<li style=\"margin-bottom:5px\"><span style=\"color:%1; font-weight:600\">[%2]</span> ")
                    .arg(m_muted, name(ReferenceEntry::sideName(fix.side))) +
                text(fix.text) + QStringLiteral("</li>");
        }
        m_html += QStringLiteral("</ol>");
    }
    void codeLinks(const QStringList &codes)
    {
        m_html += QStringLiteral("<ul>");
        for (const QString &code : codes) {
            const QString href = kLinkScheme + u':' + QString::fromLatin1(QUrl::toPercentEncoding(code));
            m_html += QStringLiteral("<li><a href=\"%1\">%2</a>").arg(href.toHtmlEscaped(), escaped(code));
            if (const ReferenceEntry *entry = ReferenceCatalog::builtIn().find(code))
                m_html += QStringLiteral(" — ") + name(entry->title);
            m_html += QStringLiteral("</li>");
        }
        m_html += QStringLiteral("</ul>");
    }

private:
    ExplanationLanguage m_language;
    QString m_muted;
    QString m_subtle;
    QString m_html;
};

// What the lookups of a check found, for the details of its findings (the MX list is shown apart).
QStringList recordsOf(const DnsReport &report, const QString &check, ExplanationLanguage language)
{
    QStringList lines;
    const auto txt = [&lines](const QString &name, const TxtSelection &selection) {
        for (const QString &record : selection.records)
            lines.append(name + QStringLiteral(" TXT ") + record);
        for (const QString &record : selection.nearMisses)
            lines.append(name + QStringLiteral(" TXT ") + record);
    };
    if (check == QLatin1String("spf")) {
        txt(report.spf.domain, report.spf.selection);
        if (report.spf.selection.status == TxtSelection::Status::One) {
            const LocalizedText lookups =
                LocalizedText::fromUtf8("DNS lookups: %1 of %2", "DNS 検索: 上限 %2 回のうち %1 回")
                    .arg(QString::number(report.spf.totalLookups) +
                             (report.spf.truncated ? QStringLiteral("+") : QString()),
                         QString::number(DnsRecords::kSpfLookupLimit));
            lines.append(lookups.text(language == ExplanationLanguage::Both ? ExplanationLanguage::English : language));
        }
        for (const SpfNode &node : report.spf.nodes) {
            lines.append(
                QString(node.depth * 2, u' ') + node.via + (node.via == QLatin1String("include") ? u':' : u'=') +
                node.domain +
                (node.selection.records.isEmpty() ? QString() : QStringLiteral("  ") + node.selection.record()));
        }
    } else if (check == QLatin1String("dmarc")) {
        txt(report.dmarc.name, report.dmarc.selection);
    } else if (check == QLatin1String("mta-sts")) {
        txt(report.mtaSts.name, report.mtaSts.selection);
    } else if (check == QLatin1String("tls-rpt")) {
        txt(report.tlsRpt.name, report.tlsRpt.selection);
    } else if (check == QLatin1String("ptr")) {
        for (const PtrName &n : report.ptr.names) {
            lines.append(QStringLiteral("%1 PTR %2 → %3%4")
                             .arg(report.ptr.reverseName, n.name,
                                  n.addresses.isEmpty() ? QStringLiteral("-") : joinAddresses(n.addresses),
                                  n.confirms ? QStringLiteral("  (FCrDNS)") : QString()));
        }
    }
    return lines;
}

} // namespace

DnsFindingView::DnsFindingView(QWidget *parent)
    : QTextBrowser(parent)
{
    // Links are ours (reply codes); nothing is ever opened or followed by the browser itself.
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
    // SPF records and tokens can be long unbroken words: break them rather than scroll sideways.
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document()->setDocumentMargin(8);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == kLinkScheme)
            Q_EMIT codeActivated(url.path());
    });
}

DnsFindingView::~DnsFindingView() = default;

QIcon DnsFindingView::severityIcon(const QStyle *style, DnsSeverity severity)
{
    switch (severity) {
    case DnsSeverity::Ok:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case DnsSeverity::Info:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    case DnsSeverity::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case DnsSeverity::Error:
        break;
    }
    return style->standardIcon(QStyle::SP_MessageBoxCritical);
}

void DnsFindingView::setLanguage(ExplanationLanguage language)
{
    if (language == m_language)
        return;
    m_language = language;
    render();
}

void DnsFindingView::showFinding(const DnsReport &report, const QString &check, const DnsFinding &finding)
{
    const bool same = m_finding && m_check == check && *m_finding == finding;
    m_report = report;
    m_check = check;
    m_finding = finding;
    if (!same)
        QTextBrowser::clear(); // a new finding starts at the top
    render();
}

void DnsFindingView::clear()
{
    m_report.reset();
    m_check.clear();
    m_finding.reset();
    QTextBrowser::clear();
}

void DnsFindingView::render()
{
    if (!m_finding || !m_report) {
        QTextBrowser::clear();
        return;
    }
    const DnsFinding &f = *m_finding;
    const DnsFindingEntry *entry = f.entry();
    using Heading = ExplanationFormatter::Heading;

    for (DnsSeverity severity : {DnsSeverity::Ok, DnsSeverity::Info, DnsSeverity::Warning, DnsSeverity::Error}) {
        document()->addResource(QTextDocument::ImageResource, QUrl(kSeverityImage + DnsSeverities::key(severity)),
                                severityIcon(style(), severity).pixmap(32, 32).toImage());
    }
    Page page(palette(), m_language);
    page.header(f.severity, entry ? entry->title : LocalizedText{f.id, f.id},
                entry && !entry->rfc.isEmpty() ? f.id + QStringLiteral(" · ") + entry->rfc : f.id);
    if (!f.subject.isEmpty()) {
        page.heading(LocalizedText::fromUtf8("About", "対象"));
        page.plainBlock({f.subject});
    }
    if (entry && !entry->summary.isEmpty()) {
        page.heading(ExplanationFormatter::heading(Heading::Summary));
        page.paragraph(page.text(entry->summary));
    }
    if (!f.detail.isEmpty()) {
        page.heading(LocalizedText::fromUtf8("What was found", "検出内容"));
        page.paragraph(page.text(f.detail, false));
    }
    const QStringList records = recordsOf(*m_report, m_check, m_language);
    if (!records.isEmpty()) {
        page.heading(LocalizedText::fromUtf8("Records found", "見つかったレコード"));
        page.plainBlock(records);
    }
    // What to do before the background: the fixes are what an administrator looks for first.
    if (entry && (!entry->fixes.isEmpty() || f.severity != DnsSeverity::Ok)) {
        page.heading(ExplanationFormatter::heading(Heading::HowToFix));
        if (entry->fixes.isEmpty())
            page.paragraph(page.text(LocalizedText::fromUtf8("Nothing to fix.", "対処は不要です。")));
        else
            page.fixes(entry->fixes);
    }
    if (entry && !entry->description.isEmpty() && !(entry->description == entry->summary)) {
        page.heading(ExplanationFormatter::heading(Heading::Description));
        page.paragraph(page.text(entry->description));
    }
    if (entry && !entry->related.isEmpty()) {
        page.heading(LocalizedText::fromUtf8("Replies it explains", "関連する応答"));
        page.codeLinks(entry->related);
    }
    if (entry && !entry->rfc.isEmpty()) {
        page.heading(ExplanationFormatter::heading(Heading::Reference));
        page.paragraph(escaped(entry->rfc));
    }
    // The same finding again (another language, another palette): stay where the reader was.
    const int scroll = verticalScrollBar()->value();
    setHtml(page.html());
    verticalScrollBar()->setValue(scroll);
}

void DnsFindingView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        render();
}

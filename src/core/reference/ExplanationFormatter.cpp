#include "core/reference/ExplanationFormatter.h"

#include <QJsonArray>
#include <QStringList>

namespace {

// Appends `text` (one or two languages) under `prefix`, continuation lines aligned with the text.
void add(QStringList *out, const QString &prefix, const QString &text)
{
    const QStringList lines = text.split(u'\n');
    const QString pad(prefix.size(), u' ');
    for (qsizetype i = 0; i < lines.size(); ++i)
        out->append((i == 0 ? prefix : pad) + lines.at(i));
}

QString headingText(ExplanationFormatter::Heading h, ExplanationLanguage language)
{
    const LocalizedText text = ExplanationFormatter::heading(h);
    if (language == ExplanationLanguage::Both)
        return text.en + QStringLiteral(" / ") + text.ja;
    return text.text(language);
}

} // namespace

LocalizedText ExplanationFormatter::heading(Heading heading)
{
    switch (heading) {
    case Heading::Summary:
        return LocalizedText::fromUtf8("Summary", "概要");
    case Heading::AtThisStage:
        return LocalizedText::fromUtf8("At this stage", "この段階での意味");
    case Heading::Why:
        return LocalizedText::fromUtf8("Why", "原因");
    case Heading::ServerText:
        return LocalizedText::fromUtf8("From the server's text", "サーバーのテキストから分かること");
    case Heading::Warnings:
        return LocalizedText::fromUtf8("Warnings", "注意");
    case Heading::HowToFix:
        return LocalizedText::fromUtf8("How to fix", "対処方法");
    case Heading::WhoActs:
        return LocalizedText::fromUtf8("Who has to act", "対応する人");
    case Heading::Permanence:
        return LocalizedText::fromUtf8("Temporary or permanent", "一時的か恒久的か");
    case Heading::Reference:
        return LocalizedText::fromUtf8("Reference", "参照");
    case Heading::Description:
        return LocalizedText::fromUtf8("Description", "説明");
    case Heading::WhenYouSeeIt:
        return LocalizedText::fromUtf8("When you see it", "発生する場面");
    case Heading::MainDifferences:
        return LocalizedText::fromUtf8("Main differences", "主な違い");
    case Heading::WhichApplies:
        return LocalizedText::fromUtf8("Which applies when", "どちらに当たるかの見分け方");
    }
    return {};
}

QString ExplanationFormatter::toText(const Explanation &e, ExplanationLanguage language, int indent)
{
    QStringList out;
    const QString pad(indent, u' ');
    const auto section = [&](Heading h) {
        out.append(pad + headingText(h, language) + u':');
    };
    const QString inner = pad + QStringLiteral("  ");

    QString badge = e.code ? QString::number(e.code) : QStringLiteral("—");
    if (e.enhanced.isValid())
        badge += u' ' + e.enhanced.toString();
    add(&out, pad + badge + QStringLiteral("  "), e.title.text(language));
    add(&out, inner, ReferenceEntry::permanenceName(e.permanence).text(language));
    if (!e.summary.isEmpty()) {
        section(Heading::Summary);
        add(&out, inner, e.summary.text(language));
    }
    if (!e.atThisStage.isEmpty()) {
        section(Heading::AtThisStage);
        const LocalizedText stage = ReferenceEntry::stageName(e.stage);
        add(&out,
            inner + u'[' +
                stage.text(language == ExplanationLanguage::Both ? ExplanationLanguage::English : language)
                    .replace(u'\n', u' ') +
                QStringLiteral("] "),
            e.atThisStage.text(language));
    }
    if (!e.why.isEmpty() && !(e.why == e.summary)) {
        section(Heading::Why);
        add(&out, inner, e.why.text(language));
    }
    if (!e.hints.isEmpty()) {
        section(Heading::ServerText);
        for (const LocalizedText &hint : e.hints)
            add(&out, inner + QStringLiteral("- "), hint.text(language));
    }
    if (!e.warnings.isEmpty()) {
        section(Heading::Warnings);
        for (const LocalizedText &warning : e.warnings)
            add(&out, inner + QStringLiteral("! "), warning.text(language));
    }
    if (!e.fixes.isEmpty()) {
        section(Heading::HowToFix);
        int n = 0;
        for (const ReferenceEntry::Fix &fix : e.fixes) {
            const QString side = ReferenceEntry::sideName(fix.side).text(
                language == ExplanationLanguage::Both ? ExplanationLanguage::English : language);
            add(&out, inner + QStringLiteral("%1. [%2] ").arg(++n).arg(side), fix.text.text(language));
        }
    }
    section(Heading::WhoActs);
    add(&out, inner, ReferenceEntry::actorName(e.actor).text(language));
    if (!e.rfcs.isEmpty()) {
        section(Heading::Reference);
        add(&out, inner, e.rfcs.join(QStringLiteral("; ")));
    }
    return out.join(u'\n');
}

QString ExplanationFormatter::toText(const CodeComparison &c, ExplanationLanguage language)
{
    QStringList out;
    if (!c.isValid())
        return c.error;
    const auto section = [&](const QString &title) {
        out.append(QString());
        out.append(title);
        out.append(QString(qMin<qsizetype>(title.size() * 2, 60), u'-'));
    };
    out.append(QStringLiteral("SMTP %1 vs %2").arg(c.a.code, c.b.code));
    section(headingText(Heading::Summary, language));
    add(&out, QString(), c.summary.text(language));
    for (const CodeComparison::Side *side : {&c.a, &c.b}) {
        const ReferenceEntry &e = *side->entry;
        section(side->code + QStringLiteral(": ") + e.title.text(language).replace(u'\n', QStringLiteral(" / ")));
        out.append(headingText(Heading::Description, language) + u':');
        add(&out, QStringLiteral("  "), e.description.text(language));
        out.append(headingText(Heading::WhenYouSeeIt, language) + u':');
        for (const ReferenceEntry::StageNote &note : e.when) {
            const QString stage =
                note.stage ? ReferenceEntry::stageName(*note.stage)
                                 .text(language == ExplanationLanguage::Both ? ExplanationLanguage::English : language)
                           : LocalizedText::fromUtf8("Any stage", "どの段階でも")
                                 .text(language == ExplanationLanguage::Both ? ExplanationLanguage::English : language);
            add(&out, QStringLiteral("  - [%1] ").arg(stage), note.text.text(language));
        }
        out.append(headingText(Heading::HowToFix, language) + u':');
        if (e.fixes.isEmpty())
            add(&out, QStringLiteral("  - "),
                LocalizedText::fromUtf8("Nothing to fix.", "対処は不要です。").text(language));
        for (const ReferenceEntry::Fix &fix : e.fixes)
            add(&out, QStringLiteral("  - "), fix.text.text(language));
    }
    section(headingText(Heading::MainDifferences, language));
    for (const LocalizedText &d : c.differences)
        add(&out, QStringLiteral("- "), d.text(language));
    section(headingText(Heading::WhichApplies, language));
    for (const LocalizedText &w : c.whichApplies)
        add(&out, QStringLiteral("- "), w.text(language));
    return out.join(u'\n');
}

namespace {

QJsonObject json(const LocalizedText &text)
{
    return {{QStringLiteral("en"), text.en}, {QStringLiteral("ja"), text.ja}};
}

QJsonArray json(const QList<LocalizedText> &texts)
{
    QJsonArray array;
    for (const LocalizedText &t : texts)
        array.append(json(t));
    return array;
}

QJsonArray json(const QList<ReferenceEntry::Fix> &fixes)
{
    QJsonArray array;
    for (const ReferenceEntry::Fix &fix : fixes) {
        QJsonObject o = json(fix.text);
        o.insert(QStringLiteral("side"), fix.side == ReferenceEntry::Side::Sender     ? QStringLiteral("sender")
                                         : fix.side == ReferenceEntry::Side::Receiver ? QStringLiteral("receiver")
                                                                                      : QStringLiteral("both"));
        array.append(o);
    }
    return array;
}

} // namespace

QJsonObject ExplanationFormatter::toJson(const Explanation &e)
{
    QJsonObject o;
    o.insert(QStringLiteral("code"), e.code);
    o.insert(QStringLiteral("enhancedCode"), e.enhanced.isValid() ? QJsonValue(e.enhanced.toString()) : QJsonValue());
    o.insert(QStringLiteral("stage"), SessionStages::key(e.stage));
    o.insert(QStringLiteral("known"), e.isKnown());
    o.insert(QStringLiteral("title"), json(e.title));
    o.insert(QStringLiteral("summary"), json(e.summary));
    o.insert(QStringLiteral("atThisStage"), json(e.atThisStage));
    o.insert(QStringLiteral("why"), json(e.why));
    o.insert(QStringLiteral("hints"), json(e.hints));
    o.insert(QStringLiteral("warnings"), json(e.warnings));
    o.insert(QStringLiteral("fixes"), json(e.fixes));
    o.insert(QStringLiteral("permanence"), ReferenceEntry::permanenceKey(e.permanence));
    o.insert(QStringLiteral("actor"), ReferenceEntry::actorKey(e.actor));
    QJsonArray patterns;
    for (const ReferenceEntry *p : e.patterns)
        patterns.append(p->key);
    o.insert(QStringLiteral("matchedTexts"), patterns);
    o.insert(QStringLiteral("rfc"), QJsonArray::fromStringList(e.rfcs));
    return o;
}

QJsonObject ExplanationFormatter::toJson(const CodeComparison &c)
{
    QJsonObject o;
    if (!c.isValid()) {
        o.insert(QStringLiteral("error"), c.error);
        return o;
    }
    const auto side = [](const CodeComparison::Side &s) {
        QJsonObject j;
        j.insert(QStringLiteral("code"), s.code);
        j.insert(QStringLiteral("title"), json(s.entry->title));
        j.insert(QStringLiteral("description"), json(s.entry->description));
        QJsonArray when;
        for (const ReferenceEntry::StageNote &note : s.entry->when) {
            QJsonObject n = json(note.text);
            n.insert(QStringLiteral("stage"), note.stage ? SessionStages::key(*note.stage) : QStringLiteral("any"));
            when.append(n);
        }
        j.insert(QStringLiteral("when"), when);
        j.insert(QStringLiteral("fixes"), json(s.entry->fixes));
        j.insert(QStringLiteral("permanence"), ReferenceEntry::permanenceKey(s.permanence));
        return j;
    };
    o.insert(QStringLiteral("a"), side(c.a));
    o.insert(QStringLiteral("b"), side(c.b));
    o.insert(QStringLiteral("summary"), json(c.summary));
    o.insert(QStringLiteral("differences"), json(c.differences));
    o.insert(QStringLiteral("whichApplies"), json(c.whichApplies));
    return o;
}

#include "core/reference/CodeComparison.h"

#include "core/reference/ReplyExplainer.h"

namespace {

ReferenceEntry::Permanence permanenceOf(const QString &code, const ReferenceEntry *entry)
{
    if (entry->kind == ReferenceEntry::Kind::Basic)
        return ReplyExplainer::permanenceOf(code.toInt());
    if (entry->kind == ReferenceEntry::Kind::Enhanced) {
        // "5.1.1" carries its class; "X.1.1" leaves it to the entry.
        const auto enhanced = EnhancedStatusCode::fromString(code);
        if (enhanced && enhanced->statusClass() == 2)
            return ReferenceEntry::Permanence::Success;
        if (enhanced && enhanced->statusClass() == 4)
            return ReferenceEntry::Permanence::Temporary;
        if (enhanced && enhanced->statusClass() == 5)
            return ReferenceEntry::Permanence::Permanent;
    }
    return entry->permanence;
}

// "the greeting, RCPT TO" / "グリーティング、RCPT TO", from the entry's stage notes.
LocalizedText stagesOf(const ReferenceEntry &entry)
{
    QStringList en;
    QStringList ja;
    bool any = false;
    for (const ReferenceEntry::StageNote &note : entry.when) {
        if (!note.stage) {
            any = true;
            continue;
        }
        const LocalizedText name = ReferenceEntry::stageName(*note.stage);
        en.append(name.en);
        ja.append(name.ja);
    }
    if (en.isEmpty())
        return any ? LocalizedText::fromUtf8("any stage of the session", "セッションのどの段階でも")
                   : LocalizedText::fromUtf8("no particular stage", "特定の段階なし");
    return {en.join(QStringLiteral(", ")), ja.join(QStringLiteral("、"))};
}

LocalizedText whatToDo(ReferenceEntry::Permanence permanence)
{
    switch (permanence) {
    case ReferenceEntry::Permanence::Success:
        return LocalizedText::fromUtf8("nothing to fix: go on with the session",
                                       "対処は不要で、そのままセッションを続けます");
    case ReferenceEntry::Permanence::Intermediate:
        return LocalizedText::fromUtf8("send what the server asks for next", "サーバーが求める次のデータを送ります");
    case ReferenceEntry::Permanence::Temporary:
        return LocalizedText::fromUtf8("wait and retry; the sending server normally does so by itself",
                                       "時間をおいて再送します（通常は送信側サーバーが自動で再送します）");
    case ReferenceEntry::Permanence::Permanent:
        break;
    }
    return LocalizedText::fromUtf8(
        "change something before sending again: the address, the message, the configuration or DNS",
        "宛先、メッセージ、設定、DNS のいずれかを直してから送り直します");
}

// The first sentence of the entry's first fix (the most likely step), else what the class says.
LocalizedText firstStep(const ReferenceEntry &entry, ReferenceEntry::Permanence permanence)
{
    if (entry.fixes.isEmpty()) {
        const LocalizedText generic = whatToDo(permanence);
        return {generic.en + u'.', generic.ja + u'。'};
    }
    const LocalizedText &fix = entry.fixes.constFirst().text;
    const auto firstSentence = [](const QString &text, const QString &end) {
        const qsizetype at = text.indexOf(end);
        return at < 0 ? text : text.left(at + end.size()).trimmed();
    };
    QString en = firstSentence(fix.en, QStringLiteral(". "));
    if (!en.isEmpty() && !en.endsWith(u'.'))
        en += u'.';
    en[0] = en.at(0).toLower();
    return {en, firstSentence(fix.ja, QStringLiteral("。"))};
}

} // namespace

CodeComparison CodeComparison::compare(const QString &codeA, const QString &codeB, const ReferenceCatalog &catalog)
{
    CodeComparison c;
    c.a.code = codeA.trimmed();
    c.b.code = codeB.trimmed();
    c.a.entry = catalog.find(c.a.code);
    c.b.entry = catalog.find(c.b.code);
    for (const Side *side : {&c.a, &c.b}) {
        if (!side->entry) {
            c.error = QStringLiteral("unknown code: %1").arg(side->code);
            return c;
        }
    }
    c.a.permanence = permanenceOf(c.a.code, c.a.entry);
    c.b.permanence = permanenceOf(c.b.code, c.b.entry);
    const ReferenceEntry &ea = *c.a.entry;
    const ReferenceEntry &eb = *c.b.entry;
    const LocalizedText pa = ReferenceEntry::permanenceShortName(c.a.permanence);
    const LocalizedText pb = ReferenceEntry::permanenceShortName(c.b.permanence);

    // Summary: what kind each is, then what each means, in one breath each.
    if (c.a.permanence == c.b.permanence) {
        c.summary.en = QStringLiteral("%1 (%2) and %3 (%4) are both %5, for different reasons. %1: %6 %3: %7")
                           .arg(c.a.code, ea.title.en, c.b.code, eb.title.en, pa.en.mid(pa.en.indexOf(u' ') + 1) + u's',
                                ea.summary.en, eb.summary.en);
        c.summary.ja = QStringLiteral("%1（%2）と %3（%4）は、どちらも%5ですが、理由が異なります。%1: %6 %3: %7")
                           .arg(c.a.code, ea.title.ja, c.b.code, eb.title.ja, pa.ja, ea.summary.ja, eb.summary.ja);
    } else {
        c.summary.en =
            QStringLiteral("%1 (%2) and %3 (%4) are different kinds of reply: %1 is %5, %3 is %6. %1: %7 %3: %8")
                .arg(c.a.code, ea.title.en, c.b.code, eb.title.en, pa.en, pb.en, ea.summary.en, eb.summary.en);
        c.summary.ja =
            QStringLiteral("%1（%2）と %3（%4）は種類の異なる応答で、%1 は%5、%3 は%6です。%1: %7 %3: %8")
                .arg(c.a.code, ea.title.ja, c.b.code, eb.title.ja, pa.ja, pb.ja, ea.summary.ja, eb.summary.ja);
    }

    // Main differences.
    LocalizedText kind;
    if (c.a.permanence == c.b.permanence) {
        kind.en = QStringLiteral("Class: both are %1s.").arg(pa.en.mid(pa.en.indexOf(u' ') + 1));
        kind.ja = QStringLiteral("種類: どちらも%1です。").arg(pa.ja);
    } else {
        kind.en = QStringLiteral("Class and permanence: %1 is %2; %3 is %4.").arg(c.a.code, pa.en, c.b.code, pb.en);
        kind.ja = QStringLiteral("種類と恒久性: %1 は%2、%3 は%4です。").arg(c.a.code, pa.ja, c.b.code, pb.ja);
    }
    c.differences.append(kind);

    const LocalizedText sa = stagesOf(ea);
    const LocalizedText sb = stagesOf(eb);
    c.differences.append(
        {QStringLiteral("Where you see it: %1 at %2; %3 at %4.").arg(c.a.code, sa.en, c.b.code, sb.en),
         QStringLiteral("発生する場面: %1 は %2、%3 は %4 で返されます。").arg(c.a.code, sa.ja, c.b.code, sb.ja)});

    const LocalizedText aa = ReferenceEntry::actorName(ea.actor);
    const LocalizedText ab = ReferenceEntry::actorName(eb.actor);
    c.differences.append(
        {QStringLiteral("Who has to act: for %1, %2; for %3, %4.").arg(c.a.code, aa.en, c.b.code, ab.en),
         QStringLiteral("対応する人: %1 は%2、%3 は%4です。").arg(c.a.code, aa.ja, c.b.code, ab.ja)});

    const LocalizedText da = firstStep(ea, c.a.permanence);
    const LocalizedText db = firstStep(eb, c.b.permanence);
    c.differences.append(
        {QStringLiteral("What to do first: after %1, %2 After %3, %4").arg(c.a.code, da.en, c.b.code, db.en),
         QStringLiteral("最初に取るべき行動: %1 の後は、%2%3 の後は、%4").arg(c.a.code, da.ja, c.b.code, db.ja)});
    if (!ea.rfc.isEmpty() || !eb.rfc.isEmpty()) {
        const QString ra = ea.rfc.isEmpty() ? QStringLiteral("—") : ea.rfc;
        const QString rb = eb.rfc.isEmpty() ? QStringLiteral("—") : eb.rfc;
        c.differences.append({QStringLiteral("Defined in: %1: %2; %3: %4.").arg(c.a.code, ra, c.b.code, rb),
                              QStringLiteral("定義: %1 は %2、%3 は %4。").arg(c.a.code, ra, c.b.code, rb)});
    }

    // Which applies when: each code's own "when you see it" notes, stage by stage.
    for (const Side *side : {&c.a, &c.b}) {
        for (const ReferenceEntry::StageNote &note : side->entry->when) {
            LocalizedText line;
            if (note.stage) {
                const LocalizedText stage = ReferenceEntry::stageName(*note.stage);
                line.en = QStringLiteral("%1 at %2: %3").arg(side->code, stage.en, note.text.en);
                line.ja = QStringLiteral("%1［%2］: %3").arg(side->code, stage.ja, note.text.ja);
            } else {
                line.en = QStringLiteral("%1: %2").arg(side->code, note.text.en);
                line.ja = QStringLiteral("%1: %2").arg(side->code, note.text.ja);
            }
            c.whichApplies.append(line);
        }
    }
    // Sentences built from pieces get Japanese spacing right.
    c.summary.ja = LocalizedText::tidyJapanese(c.summary.ja);
    for (LocalizedText &d : c.differences)
        d.ja = LocalizedText::tidyJapanese(d.ja);
    return c;
}

#include "core/reference/ReplyExplainer.h"

namespace {

void addFixes(QList<ReferenceEntry::Fix> *fixes, const ReferenceEntry *entry)
{
    if (!entry)
        return;
    for (const ReferenceEntry::Fix &fix : entry->fixes) {
        const bool seen = std::any_of(fixes->cbegin(), fixes->cend(),
                                      [&](const ReferenceEntry::Fix &f) { return f.text.en == fix.text.en; });
        if (!seen)
            fixes->append(fix);
    }
}

void addRfc(QStringList *rfcs, const ReferenceEntry *entry)
{
    if (entry && !entry->rfc.isEmpty() && !rfcs->contains(entry->rfc))
        rfcs->append(entry->rfc);
}

LocalizedText classWord(int digit)
{
    switch (digit) {
    case 2:
        return LocalizedText::fromUtf8("success", "成功");
    case 3:
        return LocalizedText::fromUtf8("intermediate", "途中経過");
    case 4:
        return LocalizedText::fromUtf8("temporary failure", "一時的なエラー");
    case 5:
        return LocalizedText::fromUtf8("permanent failure", "恒久的なエラー");
    default:
        break;
    }
    return LocalizedText::fromUtf8("unknown", "不明");
}

} // namespace

ReplyExplainer::ReplyExplainer(const ReferenceCatalog &catalog)
    : m_catalog(catalog)
{}

ReferenceEntry::Permanence ReplyExplainer::permanenceOf(int code)
{
    switch (code / 100) {
    case 2:
        return ReferenceEntry::Permanence::Success;
    case 3:
        return ReferenceEntry::Permanence::Intermediate;
    case 4:
        return ReferenceEntry::Permanence::Temporary;
    default:
        break;
    }
    return ReferenceEntry::Permanence::Permanent;
}

LocalizedText ReplyExplainer::fromDigits(int code)
{
    LocalizedText first;
    switch (code / 100) {
    case 2:
        first = LocalizedText::fromUtf8("The first digit 2 means the command succeeded.",
                                        "1 桁目の 2 は、コマンドが成功したことを表します。");
        break;
    case 3:
        first = LocalizedText::fromUtf8(
            "The first digit 3 means the command was accepted and the server waits for more (as 354 after DATA).",
            "1 桁目の 3 は、コマンドを受け付け、サーバーが続きを待っていることを表します（DATA の後の 354 など）。");
        break;
    case 4:
        first = LocalizedText::fromUtf8(
            "The first digit 4 means a temporary failure: the same command may succeed later.",
            "1 桁目の 4 は一時的なエラーを表します。時間をおけば同じコマンドが成功する可能性があります。");
        break;
    case 5:
        first = LocalizedText::fromUtf8(
            "The first digit 5 means a permanent failure: repeating the command unchanged will fail again.",
            "1 桁目の 5 は恒久的なエラーを表します。同じコマンドを繰り返しても再び失敗します。");
        break;
    default:
        first = LocalizedText::fromUtf8("A first digit other than 2 to 5 is not allowed in SMTP.",
                                        "1 桁目が 2〜5 以外のコードは SMTP では認められていません。");
        break;
    }
    LocalizedText second;
    switch ((code / 10) % 10) {
    case 0:
        second = LocalizedText::fromUtf8("The second digit 0 points at syntax: a command or its arguments.",
                                         "2 桁目の 0 は構文（コマンドや引数）に関するものであることを示します。");
        break;
    case 1:
        second = LocalizedText::fromUtf8("The second digit 1 marks information (status or help).",
                                         "2 桁目の 1 は情報（状態やヘルプ）であることを示します。");
        break;
    case 2:
        second = LocalizedText::fromUtf8("The second digit 2 points at the connection.",
                                         "2 桁目の 2 は接続に関するものであることを示します。");
        break;
    case 5:
        second = LocalizedText::fromUtf8(
            "The second digit 5 points at the mail system: mailbox, destination or policy.",
            "2 桁目の 5 はメールシステム（メールボックス、宛先、ポリシー）に関するものであることを示します。");
        break;
    default:
        second = LocalizedText::fromUtf8("The second digit is not specific.", "2 桁目は特定の分類を表していません。");
        break;
    }
    // RFC 5321 §4.2.1 / §4.3.2: a client must act on the first digit of a code it does not know.
    return {first.en + u' ' + second.en + QStringLiteral(" (RFC 5321 §4.2.1)"),
            first.ja + second.ja + QStringLiteral("（RFC 5321 §4.2.1）")};
}

Explanation ReplyExplainer::explain(const SmtpReply &reply, SessionStage stage) const
{
    Explanation e = explain(reply.code(), reply.enhancedCode(), stage, reply.text());
    if (reply.isMalformed()) {
        const QString problem = reply.problemDescription();
        e.warnings.prepend({problem, problem});
    }
    return e;
}

Explanation ReplyExplainer::explain(int code, const EnhancedStatusCode &enhanced, SessionStage stage,
                                    const QString &serverText) const
{
    Explanation e;
    e.code = code;
    e.enhanced = enhanced;
    e.stage = stage;
    e.serverText = serverText;
    e.permanence = permanenceOf(code);
    e.basic = m_catalog.basic(code);
    if (enhanced.isValid()) {
        e.enhancedEntry = m_catalog.enhanced(enhanced);
        e.statusClass = m_catalog.statusClass(enhanced.statusClass());
        e.subject = m_catalog.subject(enhanced.subject());
    }
    e.patterns = m_catalog.matchText(serverText, code, enhanced);
    const ReferenceEntry *pattern = e.patterns.isEmpty() ? nullptr : e.patterns.constFirst();

    // The most specific source speaks first: what the server's text says, then the enhanced code,
    // then the basic code.
    // X.0.0 says nothing beyond the class, so then the basic code is the better source.
    const bool enhancedSaysMore = e.enhancedEntry && !(enhanced.subject() == 0 && enhanced.detail() == 0);
    const ReferenceEntry *specific = pattern ? pattern : enhancedSaysMore ? e.enhancedEntry : e.basic;
    if (!specific)
        specific = e.enhancedEntry;
    if (specific) {
        e.title = specific->title;
        e.summary = specific->summary;
        e.why = specific->description;
        e.actor = specific->actor;
    }
    if (e.basic) {
        if (const LocalizedText *note = e.basic->whenAt(stage))
            e.atThisStage = *note;
    }
    if (e.atThisStage.isEmpty() && e.enhancedEntry) {
        if (const LocalizedText *note = e.enhancedEntry->whenAt(stage))
            e.atThisStage = *note;
    }
    if (!e.basic) {
        e.warnings.append(
            LocalizedText::fromUtf8("Reply code %1 is not a code SMTP Doctor knows; it is read from its digits.",
                                    "応答コード %1 は SMTP Doctor の知らないコードです。桁ごとの意味から読み取ります。")
                .arg(QString::number(code)));
        const LocalizedText digits = fromDigits(code);
        if (e.title.isEmpty()) {
            e.title = LocalizedText::fromUtf8("Reply %1: %2", "応答 %1: %2")
                          .arg(QString::number(code), classWord(code / 100).en);
            e.title.ja = QStringLiteral("応答 %1: %2").arg(code).arg(classWord(code / 100).ja);
        }
        if (e.summary.isEmpty())
            e.summary = digits;
        // No entry to take fixes from: what the class alone says to do.
        if (code / 100 == 4) {
            e.fixes.append({ReferenceEntry::Side::Sender,
                            LocalizedText::fromUtf8(
                                "Retry later (a sending server does so by itself); read the server's text for the "
                                "reason, and ask the receiving side's administrator if it keeps failing.",
                                "時間をおいて再送してください（送信側サーバーは自動で再送します）。理由はサーバーの"
                                "テキストで確認し、失敗が続く場合は受信側の管理者に問い合わせてください。")});
        } else if (code / 100 == 5) {
            e.fixes.append({ReferenceEntry::Side::Sender,
                            LocalizedText::fromUtf8(
                                "Do not resend unchanged. Read the server's text for the reason, correct the address, "
                                "message or configuration it names, or ask the receiving side's administrator.",
                                "そのまま再送しないでください。サーバーのテキストで理由を確認し、指摘されている宛先、"
                                "メッセージ、設定を直すか、受信側の管理者に問い合わせてください。")});
        }
    } else if (e.basic->status != QLatin1String("standard")) {
        e.warnings.append(
            LocalizedText::fromUtf8("%1 is not a standard SMTP reply code; see the description for what it usually is.",
                                    "%1 は標準の SMTP 応答コードではありません。実際の意味は説明をご覧ください。")
                .arg(QString::number(code)));
    }

    // RFC 3463 §2: the enhanced class must agree with the reply code; clients act on the reply code.
    const int basicClass = code / 100;
    if (enhanced.isValid() && enhanced.statusClass() != 0 && (basicClass == 2 || basicClass == 4 || basicClass == 5) &&
        enhanced.statusClass() != basicClass) {
        const LocalizedText treatAs = classWord(basicClass);
        LocalizedText warning = LocalizedText::fromUtf8(
            "The enhanced code %1 says class %2, but the reply code %3 says class %4: they "
            "should agree (RFC 3463 §2). Clients act on the reply code, so this is a %5.",
            "拡張ステータスコード %1 のクラスは %2 ですが、応答コード %3 のクラスは %4 で、"
            "食い違っています（RFC 3463 §2 では一致が必要です）。クライアントは応答コードに従うため、"
            "%5として扱われます。");
        warning.en = warning.en.arg(enhanced.toString(), QString::number(enhanced.statusClass()), QString::number(code),
                                    QString::number(basicClass), treatAs.en);
        warning.ja = warning.ja.arg(enhanced.toString(), QString::number(enhanced.statusClass()), QString::number(code),
                                    QString::number(basicClass), treatAs.ja);
        e.warnings.append(warning);
    }
    if (enhanced.isValid() && !e.enhancedEntry) {
        e.warnings.append(LocalizedText::fromUtf8(
                              "The enhanced code %1 is not in the IANA registry: it is this server's own. Its class "
                              "and subject still tell the kind of problem.",
                              "拡張ステータスコード %1 は IANA のレジストリにない、このサーバー独自のコードです。"
                              "クラスとサブジェクトから問題の種類は分かります。")
                              .arg(enhanced.toString()));
    }
    for (const ReferenceEntry *p : std::as_const(e.patterns)) {
        e.hints.append(p->summary);
        if (p->overrides && e.enhancedEntry) {
            LocalizedText warning =
                LocalizedText::fromUtf8("%1 uses %2 with a meaning of its own: %3. The registry's meaning (\"%4\") "
                                        "does not apply to this reply.",
                                        "%1 は %2 を独自の意味で使っています（%3）。レジストリ上の意味（「%4」）は"
                                        "この応答には当てはまりません。");
            warning.en = warning.en.arg(p->provider, enhanced.toString(), p->title.en, e.enhancedEntry->registryTitle);
            warning.ja = warning.ja.arg(p->provider, enhanced.toString(), p->title.ja, e.enhancedEntry->registryTitle);
            e.warnings.append(warning);
        }
    }
    if (e.subject && !pattern)
        e.hints.append(e.subject->summary);

    for (const ReferenceEntry *p : std::as_const(e.patterns))
        addFixes(&e.fixes, p);
    addFixes(&e.fixes, e.enhancedEntry);
    addFixes(&e.fixes, e.basic);
    for (const ReferenceEntry *p : std::as_const(e.patterns))
        addRfc(&e.rfcs, p);
    addRfc(&e.rfcs, e.basic);
    addRfc(&e.rfcs, e.enhancedEntry);
    return e;
}

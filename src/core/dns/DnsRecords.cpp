#include "core/dns/DnsRecords.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

RecordProblem problem(const char *code, DnsSeverity severity, const QString &term, const char *en, const char *ja)
{
    LocalizedText message = LocalizedText::fromUtf8(en, ja);
    if (message.en.contains(QLatin1String("%1")))
        message = message.arg(term);
    return {QString::fromLatin1(code), severity, term, message};
}

bool startsWithWord(const QString &record, const QString &version, Qt::CaseSensitivity cs)
{
    // The version, then the end, a space or (for the ';'-separated formats) optional spaces and ';'.
    if (!record.startsWith(version, cs))
        return false;
    const QStringView rest = QStringView(record).mid(version.size());
    const QStringView trimmed = rest.trimmed();
    return rest.isEmpty() || rest.front() == u' ' || (trimmed.isEmpty() || trimmed.front() == u';');
}

TxtSelection select(const QStringList &txt, const QString &version, Qt::CaseSensitivity cs)
{
    TxtSelection selection;
    for (const QString &record : txt) {
        if (startsWithWord(record, version, cs))
            selection.records.append(record);
        else if (record.contains(version.mid(2), Qt::CaseInsensitive))
            selection.nearMisses.append(record);
    }
    selection.status = selection.records.isEmpty()     ? TxtSelection::Status::None
                       : selection.records.size() == 1 ? TxtSelection::Status::One
                                                       : TxtSelection::Status::Multiple;
    return selection;
}

bool anyError(const QList<RecordProblem> &problems)
{
    return std::any_of(problems.cbegin(), problems.cend(),
                       [](const RecordProblem &p) { return p.severity == DnsSeverity::Error; });
}

bool validPrefix(const QString &digits, int max)
{
    static const QRegularExpression number(QStringLiteral("^[0-9]{1,3}$"));
    return number.match(digits).hasMatch() && digits.toInt() <= max;
}

// "/24", "//64" or "/24//64" after a or mx (RFC 7208 §5.6 dual-cidr-length).
bool validDualCidr(const QString &cidr)
{
    if (cidr.isEmpty())
        return true;
    static const QRegularExpression dual(QStringLiteral("^(?:/([0-9]+))?(?://([0-9]+))?$"));
    const QRegularExpressionMatch m = dual.match(cidr);
    if (!m.hasMatch())
        return false;
    return (m.captured(1).isEmpty() || validPrefix(m.captured(1), 32)) &&
           (m.captured(2).isEmpty() || validPrefix(m.captured(2), 128));
}

// A host-part address that QHostAddress accepts and that is of the expected family.
bool validAddress(const QString &text, QAbstractSocket::NetworkLayerProtocol family)
{
    if (family == QAbstractSocket::IPv4Protocol) {
        static const QRegularExpression dotted(QStringLiteral("^[0-9]{1,3}(\\.[0-9]{1,3}){3}$"));
        if (!dotted.match(text).hasMatch())
            return false;
    } else if (!text.contains(u':')) {
        return false;
    }
    QHostAddress address;
    return address.setAddress(text) && address.protocol() == family;
}

void parseSpfDirective(const QString &text, SpfRecord *r)
{
    SpfTerm term;
    term.text = text;
    QString rest = text;
    const QChar first = rest.front();
    if (first == u'+' || first == u'-' || first == u'~' || first == u'?') {
        term.qualifier = SpfTerm::Qualifier(first.toLatin1());
        rest = rest.mid(1);
    }
    if (rest.isEmpty() || !rest.front().isLetter() || rest.front().unicode() > 0x7F) {
        r->problems.append(problem("bad-qualifier", DnsSeverity::Error, text,
                                   "\"%1\" does not start with a qualifier (+, -, ~, ?) and a mechanism.",
                                   "「%1」は限定子（+、-、~、?）とメカニズムの形になっていません。"));
        r->terms.append(term);
        return;
    }
    const qsizetype colon = rest.indexOf(u':');
    const qsizetype slash = rest.indexOf(u'/');
    qsizetype nameEnd = rest.size();
    if (colon >= 0)
        nameEnd = colon;
    if (slash >= 0 && slash < nameEnd)
        nameEnd = slash;
    term.name = rest.left(nameEnd).toLower();
    QString argument = colon >= 0 && colon == nameEnd ? rest.mid(colon + 1) : QString();
    QString cidr = colon >= 0 && colon == nameEnd ? QString() : rest.mid(nameEnd);
    const bool hasColon = colon >= 0 && colon == nameEnd;

    const auto needDomain = [&] {
        if (argument.isEmpty())
            r->problems.append(problem("missing-domain", DnsSeverity::Error, text,
                                       "\"%1\" needs a domain name after the colon.",
                                       "「%1」にはコロンの後にドメイン名が必要です。"));
    };
    const auto splitCidr = [&] {
        // The domain-spec ends where the CIDR suffix starts (a domain name holds no '/').
        const qsizetype s = argument.indexOf(u'/');
        if (s >= 0) {
            cidr = argument.mid(s);
            argument = argument.left(s);
        }
    };

    if (term.name == QLatin1String("all")) {
        if (hasColon || !cidr.isEmpty())
            r->problems.append(problem("bad-argument", DnsSeverity::Error, text, "\"%1\": all takes no argument.",
                                       "「%1」: all には引数を付けられません。"));
        if (!r->allQualifier)
            r->allQualifier = term.qualifier;
    } else if (term.name == QLatin1String("include") || term.name == QLatin1String("exists")) {
        needDomain();
        static const QRegularExpression macro(QStringLiteral("%\\{[^}]*\\}"));
        if (!cidr.isEmpty() || QString(argument).remove(macro).contains(u'/'))
            r->problems.append(problem("bad-cidr", DnsSeverity::Error, text, "\"%1\" cannot take a prefix length.",
                                       "「%1」にはプレフィックス長を付けられません。"));
        if (term.name == QLatin1String("include") && !argument.isEmpty())
            r->includes.append(argument);
    } else if (term.name == QLatin1String("a") || term.name == QLatin1String("mx")) {
        if (hasColon) {
            splitCidr();
            needDomain();
        }
        if (!validDualCidr(cidr))
            r->problems.append(
                problem("bad-cidr", DnsSeverity::Error, text,
                        "Invalid prefix length in \"%1\" (0–32 for IPv4, 0–128 for IPv6).",
                        "「%1」のプレフィックス長が正しくありません（IPv4 は 0～32、IPv6 は 0～128）。"));
    } else if (term.name == QLatin1String("ptr")) {
        if (hasColon)
            needDomain();
        r->problems.append(
            problem("ptr", DnsSeverity::Warning, text,
                    "\"%1\": the ptr mechanism is slow and unreliable; RFC 7208 §5.5 says not to use it.",
                    "「%1」: ptr メカニズムは遅く信頼性も低いため、RFC 7208 §5.5 で使わないよう求められています。"));
    } else if (term.name == QLatin1String("ip4") || term.name == QLatin1String("ip6")) {
        const bool v4 = term.name == QLatin1String("ip4");
        const qsizetype s = argument.indexOf(u'/');
        const QString address = s >= 0 ? argument.left(s) : argument;
        const QString prefix = s >= 0 ? argument.mid(s + 1) : QString();
        if (!hasColon || !validAddress(address, v4 ? QAbstractSocket::IPv4Protocol : QAbstractSocket::IPv6Protocol))
            r->problems.append(problem("bad-ip", DnsSeverity::Error, text,
                                       "\"%1\" does not hold a valid address of its family.",
                                       "「%1」に正しい形式の IP アドレスが指定されていません。"));
        else if (s >= 0 && !validPrefix(prefix, v4 ? 32 : 128))
            r->problems.append(
                problem("bad-cidr", DnsSeverity::Error, text,
                        "Invalid prefix length in \"%1\" (0–32 for IPv4, 0–128 for IPv6).",
                        "「%1」のプレフィックス長が正しくありません（IPv4 は 0～32、IPv6 は 0～128）。"));
        if (s >= 0) {
            cidr = argument.mid(s);
            argument = address;
        }
    } else {
        r->problems.append(problem(
            "unknown-mechanism", DnsSeverity::Error, text,
            "\"%1\" is not an SPF mechanism: receivers reject the whole record (permerror).",
            "「%1」は SPF のメカニズムではありません。受信側はレコード全体をエラー（permerror）として扱います。"));
    }
    term.value = argument;
    term.cidr = cidr;
    r->terms.append(term);
}

void parseSpfModifier(const QString &text, qsizetype equals, SpfRecord *r, QStringList *seen)
{
    SpfTerm term;
    term.text = text;
    term.isModifier = true;
    term.name = text.left(equals).toLower();
    term.value = text.mid(equals + 1);
    const bool known = term.name == QLatin1String("redirect") || term.name == QLatin1String("exp");
    if (known && seen->contains(term.name)) {
        r->problems.append(problem("duplicate-modifier", DnsSeverity::Error, text,
                                   "\"%1\": this modifier may appear only once (RFC 7208 §6).",
                                   "「%1」: この修飾子は 1 回しか書けません（RFC 7208 §6）。"));
    } else if (known && term.value.isEmpty()) {
        r->problems.append(problem("missing-domain", DnsSeverity::Error, text,
                                   "\"%1\" needs a domain name after the equals sign.",
                                   "「%1」には「=」の後にドメイン名が必要です。"));
    } else if (!known) {
        r->problems.append(problem("unknown-modifier", DnsSeverity::Warning, text,
                                   "Unknown modifier \"%1\": receivers ignore it; check the spelling.",
                                   "「%1」は未定義の修飾子で、受信側は無視します。綴りを確認してください。"));
    }
    if (term.name == QLatin1String("redirect") && !seen->contains(term.name))
        r->redirect = term.value;
    seen->append(term.name);
    r->terms.append(term);
}

// "mailto:dmarc@example.com" or "mailto:a@b.example!10m" (RFC 7489 §6.2 size limit suffix).
bool validMailto(const QString &uri)
{
    static const QRegularExpression mailto(
        QStringLiteral("^mailto:[^@\\s,;!]+@[^@\\s,;!]+\\.[^@\\s,;!]+(![0-9]+[kmgt]?)?$"),
        QRegularExpression::CaseInsensitiveOption);
    return mailto.match(uri).hasMatch();
}

// "tag=value; tag=value" (DMARC, MTA-STS, TLS-RPT): the pairs in order; a part without '=' is reported.
QList<std::pair<QString, QString>> splitTags(const QString &record, QList<RecordProblem> *problems)
{
    QList<std::pair<QString, QString>> tags;
    for (const QString &part : record.split(u';')) {
        const QString p = part.trimmed();
        if (p.isEmpty())
            continue;
        const qsizetype equals = p.indexOf(u'=');
        if (equals <= 0) {
            problems->append(problem("bad-tag", DnsSeverity::Error, p, "\"%1\" is not a tag=value pair.",
                                     "「%1」が「タグ=値」の形になっていません。"));
            continue;
        }
        tags.append({p.left(equals).trimmed(), p.mid(equals + 1).trimmed()});
    }
    return tags;
}

void checkDuplicates(const QList<std::pair<QString, QString>> &tags, QList<RecordProblem> *problems)
{
    QStringList seen;
    for (const auto &[name, value] : tags) {
        const QString lower = name.toLower();
        if (seen.contains(lower))
            problems->append(problem("duplicate-tag", DnsSeverity::Error, name, "\"%1\" appears more than once.",
                                     "「%1」が複数回指定されています。"));
        seen.append(lower);
    }
}

RecordProblem versionProblem(const QString &record, const char *version)
{
    const QString v = QString::fromLatin1(version);
    return {QStringLiteral("version"), DnsSeverity::Error, record,
            LocalizedText::fromUtf8("The record must start with \"%1\".", "レコードは「%1」で始める必要があります。")
                .arg(v)};
}

RecordProblem badValue(const QString &tag, const QString &value, const char *expectedEn, const char *expectedJa)
{
    const QString term = tag + u'=' + value;
    return {QStringLiteral("bad-value"),
            DnsSeverity::Error,
            term,
            {QStringLiteral("Invalid value in \"%1\": expected %2.").arg(term, QString::fromUtf8(expectedEn)),
             QStringLiteral("「%1」の値が正しくありません（%2）。").arg(term, QString::fromUtf8(expectedJa))}};
}

} // namespace

bool SpfTerm::countsLookup() const
{
    if (isModifier)
        return name == QLatin1String("redirect");
    return name == QLatin1String("include") || name == QLatin1String("a") || name == QLatin1String("mx") ||
           name == QLatin1String("ptr") || name == QLatin1String("exists");
}

QStringList SpfRecord::mechanisms() const
{
    QStringList result;
    for (const SpfTerm &term : terms) {
        QString written = term.name;
        if (!term.value.isEmpty())
            written += (term.isModifier ? u'=' : u':') + term.value;
        result.append(written + term.cidr);
    }
    return result;
}

bool SpfRecord::hasErrors() const
{
    return anyError(problems);
}

bool DmarcRecord::hasErrors() const
{
    return anyError(problems);
}

bool MtaStsRecord::hasErrors() const
{
    return anyError(problems);
}

bool TlsRptRecord::hasErrors() const
{
    return anyError(problems);
}

LocalizedText DmarcRecord::policyExplanation() const
{
    LocalizedText explanation;
    if (policy == QLatin1String("reject"))
        explanation = LocalizedText::fromUtf8("p=reject: receivers are asked to refuse mail that fails DMARC.",
                                              "p=reject: DMARC に失敗したメールの受信拒否を受信側に求めています。");
    else if (policy == QLatin1String("quarantine"))
        explanation = LocalizedText::fromUtf8(
            "p=quarantine: receivers are asked to treat mail that fails DMARC as suspicious (usually the spam folder).",
            "p=quarantine: DMARC "
            "に失敗したメールを疑わしいものとして扱う（多くは迷惑メールフォルダーに入れる）よう受信側に求めています。");
    else if (policy == QLatin1String("none"))
        explanation = LocalizedText::fromUtf8(
            "p=none: monitoring only; receivers deliver failing mail as usual and only send reports.",
            "p=none: 監視のみです。受信側は DMARC に失敗したメールも通常どおり配送し、レポートを送るだけです。");
    else
        return LocalizedText::fromUtf8("No valid policy.", "有効なポリシーがありません。");
    if (percent < 100 && policy != QLatin1String("none")) {
        explanation.en += QStringLiteral(" Only %1% of failing mail is subject to it (pct=%1).").arg(percent);
        explanation.ja += QStringLiteral("ただし対象は失敗したメールの %1% だけです（pct=%1）。").arg(percent);
    }
    return explanation;
}

QString DnsRecords::joinTxt(const QList<QByteArray> &strings)
{
    QByteArray joined;
    for (const QByteArray &s : strings)
        joined += s;
    return QString::fromUtf8(joined);
}

TxtSelection DnsRecords::selectSpf(const QStringList &txt)
{
    // RFC 7208 §4.5: exactly "v=spf1" followed by a space or the end ("v=spf10" is not SPF).
    TxtSelection selection;
    for (const QString &record : txt) {
        const bool spf = record.startsWith(QLatin1String("v=spf1"), Qt::CaseInsensitive) &&
                         (record.size() == 6 || record.at(6) == u' ');
        if (spf)
            selection.records.append(record);
        else if (record.contains(QLatin1String("spf1"), Qt::CaseInsensitive))
            selection.nearMisses.append(record);
    }
    selection.status = selection.records.isEmpty()     ? TxtSelection::Status::None
                       : selection.records.size() == 1 ? TxtSelection::Status::One
                                                       : TxtSelection::Status::Multiple;
    return selection;
}

TxtSelection DnsRecords::selectDmarc(const QStringList &txt)
{
    // RFC 7489 §6.6.3: records that do not start with "v=DMARC1" are discarded.
    return select(txt, QStringLiteral("v=DMARC1"), Qt::CaseSensitive);
}

TxtSelection DnsRecords::selectMtaSts(const QStringList &txt)
{
    return select(txt, QStringLiteral("v=STSv1"), Qt::CaseSensitive); // RFC 8461 §3.1
}

TxtSelection DnsRecords::selectTlsRpt(const QStringList &txt)
{
    return select(txt, QStringLiteral("v=TLSRPTv1"), Qt::CaseSensitive); // RFC 8460 §3
}

SpfRecord DnsRecords::parseSpf(const QString &record)
{
    SpfRecord r;
    r.text = record;
    QStringList parts = record.split(u' ', Qt::SkipEmptyParts);
    if (parts.isEmpty() || parts.constFirst().compare(QLatin1String("v=spf1"), Qt::CaseInsensitive) != 0) {
        r.problems.append(versionProblem(record, "v=spf1"));
        return r;
    }
    parts.removeFirst();
    static const QRegularExpression modifierName(QStringLiteral("^[A-Za-z][A-Za-z0-9_.-]*$"));
    QStringList modifiers;
    for (const QString &text : std::as_const(parts)) {
        const qsizetype equals = text.indexOf(u'=');
        const qsizetype colon = text.indexOf(u':');
        const bool modifier =
            equals > 0 && (colon < 0 || equals < colon) && modifierName.match(text.left(equals)).hasMatch();
        if (modifier)
            parseSpfModifier(text, equals, &r, &modifiers);
        else
            parseSpfDirective(text, &r);
    }
    // RFC 7208 §5.1: mechanisms after "all" are never tested; §6.1: redirect= is ignored when "all" is there.
    bool afterAll = false;
    for (const SpfTerm &term : std::as_const(r.terms)) {
        if (afterAll && !term.isModifier) {
            r.problems.append(problem("all-not-last", DnsSeverity::Warning, term.text,
                                      "\"%1\" comes after \"all\" and is never evaluated.",
                                      "「%1」は all の後にあるため評価されません。"));
            break;
        }
        if (!term.isModifier && term.name == QLatin1String("all"))
            afterAll = true;
    }
    if (r.allQualifier && !r.redirect.isEmpty())
        r.problems.append(problem("redirect-with-all", DnsSeverity::Warning, QStringLiteral("redirect=") + r.redirect,
                                  "\"%1\" is ignored because the record has an \"all\" mechanism (RFC 7208 §6.1).",
                                  "all があるため「%1」は無視されます（RFC 7208 §6.1）。"));
    if (!r.allQualifier && r.redirect.isEmpty())
        r.problems.append(
            problem("no-all", DnsSeverity::Warning, record,
                    "No \"all\" and no redirect=: mail from hosts not listed gets the neutral result.",
                    "all も redirect= もないため、記載のないホストからのメールの判定は neutral になります。"));
    if (r.allQualifier == SpfTerm::Qualifier::Pass) {
        const auto all = std::find_if(r.terms.cbegin(), r.terms.cend(),
                                      [](const SpfTerm &t) { return !t.isModifier && t.name == QLatin1String("all"); });
        r.problems.append(problem("plus-all", DnsSeverity::Error, all->text,
                                  "\"%1\" lets every host on the internet pass SPF for this domain.",
                                  "「%1」では、インターネット上のあらゆるホストがこのドメインの SPF に合格します。"));
    } else if (r.allQualifier == SpfTerm::Qualifier::Neutral) {
        r.problems.append(problem("neutral-all", DnsSeverity::Warning, QStringLiteral("?all"),
                                  "\"%1\" treats hosts not listed as neutral: SPF then protects nothing.",
                                  "「%1」は記載のないホストを neutral とするため、SPF による保護になりません。"));
    }
    for (const SpfTerm &term : std::as_const(r.terms)) {
        if (term.countsLookup())
            ++r.lookupCount;
    }
    return r;
}

DmarcRecord DnsRecords::parseDmarc(const QString &record)
{
    DmarcRecord r;
    r.text = record;
    r.tags = splitTags(record, &r.problems);
    checkDuplicates(r.tags, &r.problems);
    // RFC 7489 §6.4: v=DMARC1 first, then p=.
    if (r.tags.isEmpty() || r.tags.constFirst().first != QLatin1String("v") ||
        r.tags.constFirst().second != QLatin1String("DMARC1")) {
        r.problems.prepend(versionProblem(record, "v=DMARC1"));
    }
    const auto at = [&](const char *name) {
        for (qsizetype i = 0; i < r.tags.size(); ++i) {
            if (r.tags.at(i).first.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
                return i;
        }
        return qsizetype(-1);
    };
    const qsizetype p = at("p");
    if (p < 0)
        r.problems.append(problem("p-missing", DnsSeverity::Error, record, "The required p= tag is missing.",
                                  "必須の p= タグがありません。"));
    else if (p != 1)
        r.problems.append(problem("p-not-second", DnsSeverity::Warning, QStringLiteral("p=") + r.tags.at(p).second,
                                  "\"%1\" should come right after v=DMARC1 (RFC 7489 §6.4).",
                                  "「%1」は v=DMARC1 の直後に書く必要があります（RFC 7489 §6.4）。"));
    static const QStringList policies{QStringLiteral("none"), QStringLiteral("quarantine"), QStringLiteral("reject")};
    static const QRegularExpression number(QStringLiteral("^[0-9]{1,10}$"));
    static const QRegularExpression foValue(QStringLiteral("^[01ds](:[01ds])*$"));
    static const QRegularExpression rfValue(QStringLiteral("^(afrf|iodef)(:(afrf|iodef))*$"));
    for (qsizetype i = 0; i < r.tags.size(); ++i) {
        const QString name = r.tags.at(i).first.toLower();
        const QString value = r.tags.at(i).second;
        if (name == QLatin1String("v"))
            continue; // checked above: first, and DMARC1
        if (name == QLatin1String("p") || name == QLatin1String("sp")) {
            if (!policies.contains(value.toLower()))
                r.problems.append(badValue(name, value, "none, quarantine or reject",
                                           "none、quarantine、reject のいずれかを指定します"));
            else if (name == QLatin1String("p"))
                r.policy = value.toLower();
            else
                r.subdomainPolicy = value.toLower();
        } else if (name == QLatin1String("pct")) {
            if (!number.match(value).hasMatch() || value.toLongLong() > 100)
                r.problems.append(badValue(name, value, "a whole number from 0 to 100", "0～100 の整数を指定します"));
            else
                r.percent = value.toInt();
        } else if (name == QLatin1String("rua") || name == QLatin1String("ruf")) {
            QStringList *list = name == QLatin1String("rua") ? &r.rua : &r.ruf;
            for (const QString &part : value.split(u',')) {
                const QString uri = part.trimmed();
                list->append(uri);
                if (uri.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive)) {
                    if (!validMailto(uri))
                        r.problems.append(problem("bad-uri", DnsSeverity::Error, uri,
                                                  "\"%1\" is not a valid mailto: address.",
                                                  "「%1」は正しい mailto: のアドレスではありません。"));
                } else if (uri.contains(u':')) {
                    r.problems.append(problem("non-mailto", DnsSeverity::Warning, uri,
                                              "\"%1\": receivers only have to support mailto: report addresses.",
                                              "「%1」: 受信側が対応を求められているのは mailto: の送付先だけです。"));
                } else {
                    r.problems.append(problem("bad-uri", DnsSeverity::Error, uri,
                                              "\"%1\" is not a URI: write mailto:address.",
                                              "「%1」は URI ではありません。mailto:アドレス の形で書きます。"));
                }
            }
        } else if (name == QLatin1String("adkim") || name == QLatin1String("aspf")) {
            if (value != QLatin1String("r") && value != QLatin1String("s"))
                r.problems.append(
                    badValue(name, value, "r (relaxed) or s (strict)", "r（緩和）か s（厳格）を指定します"));
            else
                (name == QLatin1String("adkim") ? r.adkim : r.aspf) = value;
        } else if (name == QLatin1String("fo")) {
            if (!foValue.match(value).hasMatch())
                r.problems.append(badValue(name, value, "0, 1, d or s, separated by colons",
                                           "0、1、d、s をコロン区切りで指定します"));
        } else if (name == QLatin1String("rf")) {
            if (!rfValue.match(value.toLower()).hasMatch())
                r.problems.append(badValue(name, value, "afrf", "afrf を指定します"));
        } else if (name == QLatin1String("ri")) {
            if (!number.match(value).hasMatch())
                r.problems.append(badValue(name, value, "a number of seconds", "秒数を整数で指定します"));
        } else {
            r.problems.append(problem("unknown-tag", DnsSeverity::Warning, r.tags.at(i).first,
                                      "Unknown tag \"%1\": receivers ignore it; check the spelling.",
                                      "未定義のタグ「%1」は受信側に無視されます。綴りを確認してください。"));
        }
    }
    if (r.subdomainPolicy.isEmpty())
        r.subdomainPolicy = r.policy;
    return r;
}

MtaStsRecord DnsRecords::parseMtaSts(const QString &record)
{
    MtaStsRecord r;
    r.text = record;
    const auto tags = splitTags(record, &r.problems);
    checkDuplicates(tags, &r.problems);
    if (tags.isEmpty() || tags.constFirst().first != QLatin1String("v") ||
        tags.constFirst().second != QLatin1String("STSv1"))
        r.problems.prepend(versionProblem(record, "v=STSv1"));
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9]{1,32}$"));
    bool hasId = false;
    for (const auto &[name, value] : tags) {
        if (name != QLatin1String("id"))
            continue;
        hasId = true;
        r.id = value;
        if (!idPattern.match(value).hasMatch())
            r.problems.append(problem("bad-id", DnsSeverity::Error, QStringLiteral("id=") + value,
                                      "\"%1\": the id must be 1 to 32 letters and digits.",
                                      "「%1」: id は 1～32 文字の英数字にする必要があります。"));
    }
    if (!hasId)
        r.problems.append(problem("id-missing", DnsSeverity::Error, record, "The required id= field is missing.",
                                  "必須の id= フィールドがありません。"));
    return r;
}

TlsRptRecord DnsRecords::parseTlsRpt(const QString &record)
{
    TlsRptRecord r;
    r.text = record;
    const auto tags = splitTags(record, &r.problems);
    checkDuplicates(tags, &r.problems);
    if (tags.isEmpty() || tags.constFirst().first != QLatin1String("v") ||
        tags.constFirst().second != QLatin1String("TLSRPTv1"))
        r.problems.prepend(versionProblem(record, "v=TLSRPTv1"));
    bool hasRua = false;
    for (const auto &[name, value] : tags) {
        if (name != QLatin1String("rua"))
            continue;
        hasRua = true;
        for (const QString &part : value.split(u',')) {
            const QString uri = part.trimmed();
            r.rua.append(uri);
            const bool https = uri.startsWith(QLatin1String("https://"), Qt::CaseInsensitive) && uri.size() > 8;
            if (!https && !validMailto(uri))
                r.problems.append(problem("bad-uri", DnsSeverity::Error, uri,
                                          "\"%1\" is neither a mailto: address nor an https: URL.",
                                          "「%1」は mailto: のアドレスでも https: の URL でもありません。"));
        }
    }
    if (!hasRua)
        r.problems.append(problem("rua-missing", DnsSeverity::Error, record, "The required rua= field is missing.",
                                  "必須の rua= フィールドがありません。"));
    return r;
}

bool DnsRecords::isNullMx(const MxRecord &record)
{
    return record.exchange.isEmpty() || record.exchange == QLatin1String(".");
}

MxClassification DnsRecords::classifyMx(const QList<MxRecord> &records, bool noSuchDomain)
{
    MxClassification c;
    if (noSuchDomain) {
        c.kind = MxClassification::Kind::NoDomain;
        return c;
    }
    if (records.isEmpty()) {
        c.kind = MxClassification::Kind::NoMx; // RFC 5321 §5.1: the domain itself is the implicit MX
        return c;
    }
    if (records.size() == 1 && isNullMx(records.constFirst())) {
        c.kind = MxClassification::Kind::NullMx; // RFC 7505 §3
        return c;
    }
    c.kind = MxClassification::Kind::Hosts;
    for (const MxRecord &record : records) {
        if (isNullMx(record))
            c.nullMixed = true;
        else
            c.hosts.append(record);
    }
    std::stable_sort(c.hosts.begin(), c.hosts.end(),
                     [](const MxRecord &a, const MxRecord &b) { return a.preference < b.preference; });
    return c;
}

QHostAddress DnsRecords::plainAddress(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        return QHostAddress(v4);
    QHostAddress plain(address);
    plain.setScopeId(QString());
    return plain;
}

QString DnsRecords::reverseName(const QHostAddress &address)
{
    if (address.isNull())
        return {};
    const QHostAddress plain = plainAddress(address);
    if (plain.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 v4 = plain.toIPv4Address();
        return QStringLiteral("%1.%2.%3.%4.in-addr.arpa")
            .arg(v4 & 0xFF)
            .arg((v4 >> 8) & 0xFF)
            .arg((v4 >> 16) & 0xFF)
            .arg((v4 >> 24) & 0xFF);
    }
    const Q_IPV6ADDR v6 = plain.toIPv6Address();
    QString name;
    static const char hex[] = "0123456789abcdef";
    for (int i = 15; i >= 0; --i) {
        name += QLatin1Char(hex[v6[i] & 0x0F]) + u'.';
        name += QLatin1Char(hex[(v6[i] >> 4) & 0x0F]) + u'.';
    }
    return name + QStringLiteral("ip6.arpa");
}

QString DnsRecords::normalizedName(const QString &name)
{
    QString n = name.trimmed().toLower();
    while (n.endsWith(u'.'))
        n.chop(1);
    return n;
}

bool DnsRecords::isDomainName(const QString &name)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?=.{1,253}$)([A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?)(\\.[A-Za-z0-9_](?:[A-Za-z0-9_-"
                       "]{0,61}[A-Za-z0-9_])?)*\\.?$"));
    return pattern.match(name.trimmed()).hasMatch();
}

QString DnsRecords::organizationalDomain(const QString &domain)
{
    const QStringList labels = normalizedName(domain).split(u'.', Qt::SkipEmptyParts);
    if (labels.size() <= 2)
        return labels.join(u'.');
    return labels.mid(labels.size() - 2).join(u'.');
}

bool DnsRecords::looksGeneric(const QString &ptrName, const QHostAddress &address)
{
    const QString name = normalizedName(ptrName);
    static const QRegularExpression words(
        QStringLiteral("(^|[.-])(dyn|dynamic|dhcp|dsl|adsl|vdsl|pool|ppp|pppoe|dial|dialup|cable|broadband|"
                       "customer|client|residential|unassigned|static)[0-9]*([.-]|$)"));
    if (words.match(name).hasMatch())
        return true;
    const QHostAddress plain = plainAddress(address);
    if (plain.protocol() != QAbstractSocket::IPv4Protocol)
        return false;
    // The address's digits in the name, forwards or backwards, with dots, dashes or nothing between.
    const quint32 v4 = plain.toIPv4Address();
    const QStringList octets{QString::number(v4 >> 24), QString::number((v4 >> 16) & 0xFF),
                             QString::number((v4 >> 8) & 0xFF), QString::number(v4 & 0xFF)};
    QStringList reversed = octets;
    std::reverse(reversed.begin(), reversed.end());
    for (const QStringList &order : {octets, reversed}) {
        for (const QString &sep : {QStringLiteral("-"), QStringLiteral("."), QStringLiteral("_")}) {
            if (name.contains(order.join(sep)))
                return true;
        }
    }
    return false;
}

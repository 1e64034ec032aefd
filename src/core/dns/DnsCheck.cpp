#include "core/dns/DnsCheck.h"

#include "core/Logging.h"
#include "core/dns/DnsAnalysis.h"

#include <QTimer>

#include <algorithm>

struct DnsCheck::Answer
{
    DnsStatus status = DnsStatus::Failed;
    LocalizedText error;
    QList<MxRecord> mx;
    QList<QHostAddress> addresses;
    QStringList names;     ///< PTR targets
    QStringList texts;     ///< TXT records, character-strings joined
    QString canonicalName; ///< the last CNAME target met on the way
};

struct DnsCheck::SpfWalk
{
    SpfResult result;
    int pending = 0;
    int fetched = 0;
    std::function<void(const SpfResult &)> done;
};

namespace {

bool isFailure(DnsStatus status)
{
    return status == DnsStatus::TimedOut || status == DnsStatus::Failed;
}

LocalizedText notADomain(const QString &name)
{
    return LocalizedText::fromUtf8("\"%1\" is not a domain name.", "「%1」はドメイン名ではありません。").arg(name);
}

// "1.10" < "1.2" must not happen: compare the dotted positions number by number.
bool orderLess(const QString &a, const QString &b)
{
    const QStringList x = a.split(u'.');
    const QStringList y = b.split(u'.');
    for (qsizetype i = 0; i < qMin(x.size(), y.size()); ++i) {
        if (x.at(i).toInt() != y.at(i).toInt())
            return x.at(i).toInt() < y.at(i).toInt();
    }
    return x.size() < y.size();
}

template<typename Result>
void txtPart(Result *r, const QString &domain, const QString &prefix)
{
    r->domain = domain;
    r->name = prefix + domain;
}

} // namespace

DnsCheck::DnsCheck(QObject *parent)
    : QObject(parent)
{}

DnsCheck::~DnsCheck()
{
    cancel();
}

void DnsCheck::start()
{
    cancel();
    m_active = true;
}

void DnsCheck::soon(std::function<void()> work)
{
    QTimer::singleShot(0, this, [this, generation = m_generation, work = std::move(work)] {
        if (generation == m_generation)
            work();
    });
}

void DnsCheck::cancel()
{
    // Abort and delete every lookup: a deleted QDnsLookup drops Qt's blocking delivery of its result,
    // so a lookup stuck in the C resolver cannot hold the application's exit.
    const auto pending = std::exchange(m_pending, {});
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        QDnsLookup *lookup = it.key();
        lookup->disconnect(this);
        if (!lookup->isFinished())
            lookup->abort();
        lookup->deleteLater();
        it->timer->stop();
        it->timer->deleteLater();
    }
    m_active = false;
    ++m_generation; // completions already queued for the old operation are dropped
}

void DnsCheck::query(QDnsLookup::Type type, const QString &name, Callback done)
{
    auto *lookup = new QDnsLookup(type, name, this);
    if (!m_nameserver.isNull())
        lookup->setNameserver(m_nameserver);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    m_pending.insert(lookup, {timer, std::move(done)});
    connect(lookup, &QDnsLookup::finished, this, [this, lookup] { complete(lookup, answerOf(*lookup)); });
    connect(timer, &QTimer::timeout, this, [this, lookup, type, name] {
        qCDebug(lcDns) << "no answer within" << m_timeoutMs << "ms:" << name << type;
        Answer answer;
        answer.status = DnsStatus::TimedOut;
        answer.error = DnsAnalysis::timeoutText(m_timeoutMs);
        complete(lookup, answer);
    });
    qCDebug(lcDns) << "lookup" << name << type << "at"
                   << (m_nameserver.isNull() ? QStringLiteral("system resolver") : m_nameserver.toString());
    timer->start(m_timeoutMs);
    lookup->lookup();
}

void DnsCheck::complete(QDnsLookup *lookup, const Answer &answer)
{
    const auto it = m_pending.find(lookup);
    if (it == m_pending.end())
        return;
    const Pending pending = *it;
    m_pending.erase(it);
    lookup->disconnect(this);
    if (!lookup->isFinished())
        lookup->abort(); // emits finished() to nobody: we are disconnected
    lookup->deleteLater();
    pending.timer->stop();
    pending.timer->deleteLater();
    pending.done(answer);
}

DnsCheck::Answer DnsCheck::answerOf(const QDnsLookup &lookup) const
{
    Answer a;
    switch (lookup.error()) {
    case QDnsLookup::NoError:
        a.status = DnsStatus::Found;
        break;
    case QDnsLookup::NotFoundError:
        a.status = DnsStatus::NoDomain;
        return a;
    case QDnsLookup::InvalidReplyError:
        // Qt 6.4 says this for NOERROR without records (and for a name server that is not there).
        qCDebug(lcDns) << lookup.name() << lookup.type() << "taken as no records:" << lookup.errorString();
        a.status = DnsStatus::NoRecords;
        return a;
    case QDnsLookup::ResolverError:
    case QDnsLookup::OperationCancelledError:
    case QDnsLookup::InvalidRequestError:
    case QDnsLookup::ServerFailureError:
    case QDnsLookup::ServerRefusedError:
        a.status = DnsStatus::Failed;
        a.error = LocalizedText::fromUtf8("The lookup failed: %1.", "DNS の検索に失敗しました: %1。")
                      .arg(lookup.errorString());
        return a;
    }
    for (const QDnsMailExchangeRecord &r : lookup.mailExchangeRecords())
        a.mx.append({r.exchange(), r.preference()});
    for (const QDnsHostAddressRecord &r : lookup.hostAddressRecords()) {
        const bool wanted = (lookup.type() == QDnsLookup::A) == (r.value().protocol() == QAbstractSocket::IPv4Protocol);
        if (wanted && !a.addresses.contains(r.value()))
            a.addresses.append(r.value());
    }
    for (const QDnsDomainNameRecord &r : lookup.pointerRecords()) {
        if (!a.names.contains(r.value(), Qt::CaseInsensitive))
            a.names.append(r.value());
    }
    for (const QDnsTextRecord &r : lookup.textRecords())
        a.texts.append(DnsRecords::joinTxt(r.values()));
    const QList<QDnsDomainNameRecord> aliases = lookup.canonicalNameRecords();
    if (!aliases.isEmpty())
        a.canonicalName = aliases.constLast().value();
    const bool empty = a.mx.isEmpty() && a.addresses.isEmpty() && a.names.isEmpty() && a.texts.isEmpty();
    if (empty)
        a.status = DnsStatus::NoRecords;
    return a;
}

// --- MX ----------------------------------------------------------------------------------------

void DnsCheck::resolveMx(const QString &domain)
{
    start();
    runMx(DnsRecords::normalizedName(domain), [this](const MxResult &result) {
        m_active = false;
        Q_EMIT mxResolved(result);
    });
}

void DnsCheck::runMx(const QString &domain, std::function<void(const MxResult &)> done)
{
    auto result = std::make_shared<MxResult>();
    result->domain = domain;
    if (!DnsRecords::isDomainName(domain)) {
        result->status = DnsStatus::Failed;
        result->error = notADomain(domain);
        result->findings = {DnsAnalysis::lookupFailure(DnsStatus::Failed, domain, result->error)};
        soon([result, done] { done(*result); });
        return;
    }
    query(QDnsLookup::MX, domain, [this, result, done](const Answer &a) {
        result->status = a.status;
        if (isFailure(a.status)) {
            result->kind = MxResult::Kind::Failed;
            result->error = a.error;
            result->findings = DnsAnalysis::mxFindings(*result);
            return done(*result);
        }
        const MxClassification c = DnsRecords::classifyMx(a.mx, a.status == DnsStatus::NoDomain);
        result->nullMixed = c.nullMixed;
        switch (c.kind) {
        case MxClassification::Kind::NoDomain:
            result->kind = MxResult::Kind::NoDomain;
            break;
        case MxClassification::Kind::NullMx:
            result->kind = MxResult::Kind::NullMx;
            break;
        case MxClassification::Kind::NoMx: {
            // RFC 5321 §5.1: without MX records the domain itself is the one host, preference 0.
            result->kind = MxResult::Kind::Implicit;
            MxHost host;
            host.name = result->domain;
            host.implicit = true;
            result->hosts.append(host);
            return resolveHosts(result, done);
        }
        case MxClassification::Kind::Hosts:
            result->kind = MxResult::Kind::Hosts;
            for (const MxRecord &record : c.hosts) {
                MxHost host;
                host.name = DnsRecords::normalizedName(record.exchange);
                host.preference = record.preference;
                result->hosts.append(host);
            }
            return resolveHosts(result, done);
        }
        result->findings = DnsAnalysis::mxFindings(*result);
        done(*result);
    });
}

void DnsCheck::resolveHosts(std::shared_ptr<MxResult> result, std::function<void(const MxResult &)> done)
{
    // A and AAAA of every host at once; each answer is kept apart so addresses come A first.
    struct Lookups
    {
        QList<Answer> a, aaaa;
        int remaining = 0;
    };
    auto lookups = std::make_shared<Lookups>();
    const qsizetype count = qMin<qsizetype>(result->hosts.size(), kMaxMxHosts);
    lookups->a.resize(count);
    lookups->aaaa.resize(count);
    const auto finish = [result, lookups, done] {
        for (qsizetype i = 0; i < lookups->a.size(); ++i) {
            MxHost &host = result->hosts[i];
            if (host.status == DnsStatus::NotRun && !host.error.isEmpty())
                continue; // an address literal, never looked up
            const Answer &a = lookups->a.at(i);
            const Answer &aaaa = lookups->aaaa.at(i);
            host.addresses = a.addresses + aaaa.addresses;
            host.canonicalName = !a.canonicalName.isEmpty() ? a.canonicalName : aaaa.canonicalName;
            if (host.hasAddresses()) {
                host.status = DnsStatus::Found;
            } else if (a.status == DnsStatus::NoDomain && aaaa.status == DnsStatus::NoDomain) {
                host.status = DnsStatus::NoDomain;
                host.error = LocalizedText::fromUtf8("The host name does not exist (NXDOMAIN).",
                                                     "このホスト名は存在しません（NXDOMAIN）。");
            } else if (isFailure(a.status) || isFailure(aaaa.status)) {
                host.status = isFailure(a.status) ? a.status : aaaa.status;
                host.error = isFailure(a.status) ? a.error : aaaa.error;
            } else {
                host.status = DnsStatus::NoRecords;
                host.error =
                    LocalizedText::fromUtf8("No A or AAAA record.", "A レコードも AAAA レコードもありません。");
            }
        }
        for (qsizetype i = lookups->a.size(); i < result->hosts.size(); ++i)
            result->hosts[i].error = LocalizedText::fromUtf8("Not resolved: only the first %1 MX hosts are.",
                                                             "先頭の %1 件の MX ホストだけを名前解決しています。")
                                         .arg(QString::number(kMaxMxHosts));
        if (result->kind == MxResult::Kind::Implicit && !result->acceptsMail())
            result->kind = MxResult::Kind::NoMail;
        result->findings = DnsAnalysis::mxFindings(*result);
        done(*result);
    };
    for (qsizetype i = 0; i < count; ++i) {
        MxHost &host = result->hosts[i];
        if (QHostAddress literal; literal.setAddress(host.name)) {
            host.error = LocalizedText::fromUtf8("An address, not a host name: it is not looked up.",
                                                 "ホスト名ではなくアドレスなので、名前解決していません。");
            continue;
        }
        lookups->remaining += 2;
    }
    if (lookups->remaining == 0) {
        soon(finish);
        return;
    }
    for (qsizetype i = 0; i < count; ++i) {
        if (!result->hosts.at(i).error.isEmpty())
            continue;
        for (const QDnsLookup::Type type : {QDnsLookup::A, QDnsLookup::AAAA}) {
            query(type, result->hosts.at(i).name, [lookups, finish, i, type](const Answer &answer) {
                (type == QDnsLookup::A ? lookups->a : lookups->aaaa)[i] = answer;
                if (--lookups->remaining == 0)
                    finish();
            });
        }
    }
}

// --- PTR ---------------------------------------------------------------------------------------

void DnsCheck::resolvePtr(const QHostAddress &address)
{
    start();
    runPtr(address, [this](const PtrResult &result) {
        m_active = false;
        Q_EMIT ptrResolved(result);
    });
}

void DnsCheck::runPtr(const QHostAddress &address, std::function<void(const PtrResult &)> done)
{
    auto result = std::make_shared<PtrResult>();
    result->address = DnsRecords::plainAddress(address);
    result->reverseName = DnsRecords::reverseName(address);
    if (result->reverseName.isEmpty()) {
        result->status = DnsStatus::Failed;
        result->error = LocalizedText::fromUtf8("No address to look up.", "検索するアドレスがありません。");
        soon([result, done] { done(*result); });
        return;
    }
    query(QDnsLookup::PTR, result->reverseName, [this, result, done](const Answer &a) {
        result->status = a.status;
        result->error = a.error;
        for (const QString &name : a.names.mid(0, kMaxPtrNames))
            result->names.append({DnsRecords::normalizedName(name), {}, DnsStatus::NotRun, false});
        if (result->names.isEmpty()) {
            result->findings = DnsAnalysis::ptrFindings(*result);
            return done(*result);
        }
        // Forward confirmation (FCrDNS): the name's addresses of the same family must include the address.
        const auto type =
            result->address.protocol() == QAbstractSocket::IPv4Protocol ? QDnsLookup::A : QDnsLookup::AAAA;
        auto remaining = std::make_shared<qsizetype>(result->names.size());
        for (qsizetype i = 0; i < result->names.size(); ++i) {
            query(type, result->names.at(i).name, [result, done, remaining, i](const Answer &forward) {
                PtrName &name = result->names[i];
                name.status = forward.status;
                for (const QHostAddress &found : forward.addresses)
                    name.addresses.append(DnsRecords::plainAddress(found));
                name.confirms = name.addresses.contains(result->address);
                if (--*remaining == 0) {
                    result->findings = DnsAnalysis::ptrFindings(*result);
                    done(*result);
                }
            });
        }
    });
}

// --- SPF ---------------------------------------------------------------------------------------

void DnsCheck::checkSpf(const QString &domain)
{
    start();
    runSpf(DnsRecords::normalizedName(domain), [this](const SpfResult &result) {
        m_active = false;
        Q_EMIT spfChecked(result);
    });
}

void DnsCheck::runSpf(const QString &domain, std::function<void(const SpfResult &)> done)
{
    auto walk = std::make_shared<SpfWalk>();
    walk->result.domain = domain;
    walk->done = std::move(done);
    if (!DnsRecords::isDomainName(domain)) {
        walk->result.status = DnsStatus::Failed;
        walk->result.error = notADomain(domain);
        soon([walk] { finishSpf(walk); });
        return;
    }
    query(QDnsLookup::TXT, domain, [this, walk, domain](const Answer &a) {
        SpfResult &r = walk->result;
        r.status = a.status;
        r.error = a.error;
        r.selection = DnsRecords::selectSpf(a.texts);
        if (r.selection.status == TxtSelection::Status::One) {
            r.record = DnsRecords::parseSpf(r.selection.record());
            followSpf(walk, r.record, {domain}, QString(), 1);
        }
        if (walk->pending == 0)
            finishSpf(walk);
    });
}

void DnsCheck::finishSpf(const std::shared_ptr<SpfWalk> &walk)
{
    // Count every DNS-querying term of the records reached (RFC 7208 §4.6.4), in a stable order.
    SpfResult &r = walk->result;
    std::stable_sort(r.nodes.begin(), r.nodes.end(),
                     [](const SpfNode &a, const SpfNode &b) { return orderLess(a.order, b.order); });
    r.totalLookups = r.record.lookupCount;
    r.voidLookups = 0;
    for (const SpfNode &node : std::as_const(r.nodes)) {
        if (node.selection.status == TxtSelection::Status::One)
            r.totalLookups += node.record.lookupCount;
        if (node.status == DnsStatus::NoDomain || node.status == DnsStatus::NoRecords)
            ++r.voidLookups;
    }
    r.findings = DnsAnalysis::spfFindings(r);
    const auto done = std::exchange(walk->done, nullptr);
    if (done)
        done(r);
}

void DnsCheck::followSpf(std::shared_ptr<SpfWalk> walk, const SpfRecord &record, const QStringList &chain,
                         const QString &order, int depth)
{
    QList<std::pair<QString, QString>> targets;
    for (const QString &include : record.includes)
        targets.append({QStringLiteral("include"), include});
    if (!record.redirect.isEmpty())
        targets.append({QStringLiteral("redirect"), record.redirect});
    for (qsizetype i = 0; i < targets.size(); ++i) {
        SpfNode node;
        node.via = targets.at(i).first;
        node.domain = DnsRecords::normalizedName(targets.at(i).second);
        node.from = chain.constLast();
        node.depth = depth;
        node.order = (order.isEmpty() ? QString() : order + u'.') + QString::number(i + 1);
        if (node.domain.contains(u'%')) {
            node.error = LocalizedText::fromUtf8(
                "The target holds a macro (%{…}); it depends on each message and is not followed.",
                "参照先にマクロ（%{…}）が含まれ、メッセージごとに変わるため追跡していません。");
            walk->result.nodes.append(node);
            continue;
        }
        if (chain.contains(node.domain)) {
            node.error = LocalizedText::fromUtf8(
                             "A loop: %1 is already being evaluated above; receivers give up (permerror).",
                             "ループしています。%1 はすでに上位で評価中のため、受信側はエラー（permerror）にします。")
                             .arg(node.domain);
            walk->result.nodes.append(node);
            continue;
        }
        if (walk->fetched >= kMaxSpfRecords) {
            walk->result.truncated = true;
            continue;
        }
        ++walk->fetched;
        ++walk->pending;
        const qsizetype index = walk->result.nodes.size();
        walk->result.nodes.append(node);
        const QStringList nextChain = chain + QStringList{node.domain};
        query(QDnsLookup::TXT, node.domain, [this, walk, index, nextChain, depth](const Answer &a) {
            SpfRecord parsed;
            {
                SpfNode &n = walk->result.nodes[index];
                n.status = a.status;
                n.selection = DnsRecords::selectSpf(a.texts);
                // RFC 7208 §5.2 / §6.1: a target without exactly one SPF record is a permerror.
                if (isFailure(a.status))
                    n.error = a.error;
                else if (a.status == DnsStatus::NoDomain)
                    n.error = LocalizedText::fromUtf8(
                        "The name does not exist (NXDOMAIN): receivers give up (permerror).",
                        "この名前は存在しません（NXDOMAIN）。受信側はエラー（permerror）にします。");
                else if (n.selection.status == TxtSelection::Status::None)
                    n.error = LocalizedText::fromUtf8(
                        "No v=spf1 record at this name: receivers give up (permerror).",
                        "この名前には v=spf1 のレコードがないため、受信側はエラー（permerror）にします。");
                else if (n.selection.status == TxtSelection::Status::Multiple)
                    n.error = LocalizedText::fromUtf8(
                        "Several v=spf1 records at this name: receivers give up (permerror).",
                        "この名前には v=spf1 のレコードが複数あるため、受信側はエラー（permerror）にします。");
                else
                    parsed = n.record = DnsRecords::parseSpf(n.selection.record());
            }
            if (!parsed.text.isEmpty())
                followSpf(walk, parsed, nextChain, walk->result.nodes.at(index).order, depth + 1);
            if (--walk->pending == 0)
                finishSpf(walk);
        });
    }
}

// --- DMARC, MTA-STS, TLS-RPT -------------------------------------------------------------------

void DnsCheck::checkDmarc(const QString &domain)
{
    start();
    runDmarc(DnsRecords::normalizedName(domain), [this](const DmarcResult &result) {
        m_active = false;
        Q_EMIT dmarcChecked(result);
    });
}

void DnsCheck::runDmarc(const QString &domain, std::function<void(const DmarcResult &)> done)
{
    auto result = std::make_shared<DmarcResult>();
    txtPart(result.get(), domain, QStringLiteral("_dmarc."));
    const auto take = [result, done](const Answer &a, const QStringList &earlierNearMisses) {
        result->status = a.status;
        result->error = a.error;
        result->selection = DnsRecords::selectDmarc(a.texts);
        result->selection.nearMisses = earlierNearMisses + result->selection.nearMisses;
        if (result->selection.status == TxtSelection::Status::One)
            result->record = DnsRecords::parseDmarc(result->selection.record());
        result->findings = DnsAnalysis::dmarcFindings(*result);
        done(*result);
    };
    if (!DnsRecords::isDomainName(domain)) {
        result->status = DnsStatus::Failed;
        result->error = notADomain(domain);
        result->findings = DnsAnalysis::dmarcFindings(*result);
        soon([result, done] { done(*result); });
        return;
    }
    query(QDnsLookup::TXT, result->name, [this, result, take](const Answer &a) {
        const TxtSelection here = DnsRecords::selectDmarc(a.texts);
        const QString org = DnsRecords::organizationalDomain(result->domain);
        // RFC 7489 §6.6.3: no record at the domain -> ask the organisational domain (simplified, see
        // DnsRecords::organizationalDomain; the finding says so).
        if (isFailure(a.status) || here.status != TxtSelection::Status::None || org == result->domain)
            return take(a, {});
        result->organizational = true;
        result->name = QStringLiteral("_dmarc.") + org;
        query(QDnsLookup::TXT, result->name, [take, here](const Answer &b) { take(b, here.nearMisses); });
    });
}

void DnsCheck::checkMtaSts(const QString &domain)
{
    start();
    runMtaSts(DnsRecords::normalizedName(domain), [this](const MtaStsResult &result) {
        m_active = false;
        Q_EMIT mtaStsChecked(result);
    });
}

void DnsCheck::runMtaSts(const QString &domain, std::function<void(const MtaStsResult &)> done)
{
    auto result = std::make_shared<MtaStsResult>();
    txtPart(result.get(), domain, QStringLiteral("_mta-sts."));
    query(QDnsLookup::TXT, result->name, [result, done](const Answer &a) {
        result->status = a.status;
        result->error = a.error;
        result->selection = DnsRecords::selectMtaSts(a.texts);
        if (result->selection.status == TxtSelection::Status::One)
            result->record = DnsRecords::parseMtaSts(result->selection.record());
        result->findings = DnsAnalysis::mtaStsFindings(*result);
        done(*result);
    });
}

void DnsCheck::checkTlsRpt(const QString &domain)
{
    start();
    runTlsRpt(DnsRecords::normalizedName(domain), [this](const TlsRptResult &result) {
        m_active = false;
        Q_EMIT tlsRptChecked(result);
    });
}

void DnsCheck::runTlsRpt(const QString &domain, std::function<void(const TlsRptResult &)> done)
{
    auto result = std::make_shared<TlsRptResult>();
    txtPart(result.get(), domain, QStringLiteral("_smtp._tls."));
    query(QDnsLookup::TXT, result->name, [result, done](const Answer &a) {
        result->status = a.status;
        result->error = a.error;
        result->selection = DnsRecords::selectTlsRpt(a.texts);
        if (result->selection.status == TxtSelection::Status::One)
            result->record = DnsRecords::parseTlsRpt(result->selection.record());
        result->findings = DnsAnalysis::tlsRptFindings(*result);
        done(*result);
    });
}

// --- Everything at once ------------------------------------------------------------------------

void DnsCheck::check(const QString &domainText, const QHostAddress &address, const QStringList &announcedNames)
{
    start();
    auto report = std::make_shared<DnsReport>();
    report->domain = DnsRecords::normalizedName(domainText);
    report->address = address.isNull() ? QHostAddress() : DnsRecords::plainAddress(address);
    report->nameserver = m_nameserver;
    report->timeoutMs = m_timeoutMs;
    if (!DnsRecords::isDomainName(report->domain)) {
        report->general = {DnsAnalysis::lookupFailure(DnsStatus::Failed, domainText, notADomain(domainText))};
        soon([this, report] {
            m_active = false;
            Q_EMIT finished(*report);
        });
        return;
    }
    auto remaining = std::make_shared<int>(address.isNull() ? 5 : 6);
    const auto partDone = [this, report, remaining] {
        if (--*remaining > 0)
            return;
        report->general = DnsAnalysis::generalFindings(*report);
        m_active = false;
        Q_EMIT finished(*report);
    };
    const QString domain = report->domain;
    runMx(domain, [report, partDone](const MxResult &r) {
        report->mx = r;
        partDone();
    });
    if (!address.isNull()) {
        runPtr(address, [report, partDone, announcedNames](const PtrResult &r) {
            report->ptr = r;
            report->ptr.findings += r.compareWithNames(announcedNames);
            partDone();
        });
    }
    runSpf(domain, [report, partDone](const SpfResult &r) {
        report->spf = r;
        partDone();
    });
    runDmarc(domain, [report, partDone](const DmarcResult &r) {
        report->dmarc = r;
        partDone();
    });
    runMtaSts(domain, [report, partDone](const MtaStsResult &r) {
        report->mtaSts = r;
        partDone();
    });
    runTlsRpt(domain, [report, partDone](const TlsRptResult &r) {
        report->tlsRpt = r;
        partDone();
    });
}

QStringList DnsCheck::checksForReply(int code, const EnhancedStatusCode &enhanced, const QString &text)
{
    QStringList checks;
    for (const DnsFindingEntry *entry : ReferenceCatalog::builtIn().dnsFindingsForReply(code, enhanced, text)) {
        if (!checks.contains(entry->check))
            checks.append(entry->check);
    }
    return checks;
}

QString DnsCheck::domainForChecks(const QStringList &checks, const QString &mailFrom, const QStringList &recipients)
{
    const auto domainOf = [](const QString &address) {
        const qsizetype at = address.lastIndexOf(u'@');
        return at < 0 ? QString() : address.mid(at + 1).trimmed().toLower();
    };
    const QString sender = domainOf(mailFrom);
    const QString recipient = recipients.isEmpty() ? QString() : domainOf(recipients.constFirst());
    const bool aboutRecipient = !checks.isEmpty() && checks.constFirst() == QLatin1String("mx");
    const QString first = aboutRecipient ? recipient : sender;
    return first.isEmpty() ? (aboutRecipient ? sender : recipient) : first;
}

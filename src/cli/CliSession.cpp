#include "cli/CliSession.h"

#include "core/dns/DnsCheck.h"
#include "core/reference/ExplanationFormatter.h"
#include "core/reference/ReplyExplainer.h"
#include "core/smtp/SmtpConnection.h"
#include "core/smtp/SmtpSession.h"
#include "core/transcript/Transcript.h"
#include "core/transcript/TranscriptExporter.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

CliSession::CliSession(SessionSettings settings, bool json, QObject *parent)
    : QObject(parent)
    , m_transcript(std::make_unique<Transcript>())
    , m_session(std::make_unique<SmtpSession>(std::move(settings), m_transcript.get()))
    , m_out(stdout)
    , m_json(json)
{
    connect(m_transcript.get(), &Transcript::entryAdded, this, &CliSession::printEntry);
}

CliSession::~CliSession() = default;

QString CliSession::prepare()
{
    return m_session->prepare();
}

void CliSession::start()
{
    m_connection = std::make_unique<SmtpConnection>(m_session.get());
    connect(m_connection.get(), &SmtpConnection::closed, this, [this] {
        printOutcome(m_session->outcome());
        int exitCode = m_session->outcome().exitCode();
        QString error;
        if (!m_transcriptPath.isEmpty() &&
            !TranscriptExporter::write(*m_transcript, m_transcriptFormat, m_transcriptPath, &error)) {
            std::fprintf(stderr, "smtp-doctor-cli: %s\n", qPrintable(error));
            exitCode = exitCode == 0 ? 1 : exitCode;
        }
        Q_EMIT finished(exitCode);
    });
    m_session->setRunMode(true);
    m_connection->open();
}

void CliSession::addNote(const QString &text)
{
    m_transcript->addNote(text, SessionStage::None);
}

void CliSession::saveTranscriptTo(const QString &path, TranscriptExporter::Format format)
{
    m_transcriptPath = path;
    m_transcriptFormat = format;
}

void CliSession::setExplanations(ExplanationLanguage language, bool all)
{
    m_language = language;
    m_explainAll = all;
}

void CliSession::printEntry(int index)
{
    const TranscriptEntry &entry = m_transcript->at(index);
    if (m_json)
        m_out << QJsonDocument(TranscriptExporter::toJsonObject(entry)).toJson(QJsonDocument::Compact) << '\n';
    else
        m_out << TranscriptExporter::textLine(entry);
    // Under every reply that is not a plain success: what it means here and what to do.
    const SmtpReply &reply = entry.reply();
    if (entry.direction() == TranscriptEntry::Direction::Server && (reply.code() != 0 || reply.isMalformed()) &&
        (m_explainAll || reply.code() / 100 != 2)) {
        const Explanation explanation = ReplyExplainer().explain(reply, entry.stage());
        if (m_json) {
            QJsonObject object{{QStringLiteral("explanation"), ExplanationFormatter::toJson(explanation)},
                               {QStringLiteral("index"), index}};
            m_out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
        } else {
            m_out << ExplanationFormatter::toText(explanation, m_language, 8) << "\n\n";
        }
    }
    m_out.flush(); // as it happens, even into a pipe
}

void CliSession::printOutcome(const SessionOutcome &outcome)
{
    if (m_json) {
        QJsonObject object;
        object.insert(QStringLiteral("outcome"), outcome.key());
        object.insert(QStringLiteral("stage"), SessionStages::key(outcome.stage));
        object.insert(QStringLiteral("summary"), outcome.summary());
        object.insert(QStringLiteral("exitCode"), outcome.exitCode());
        if (!outcome.reply.isNull()) {
            object.insert(QStringLiteral("code"), outcome.reply.code());
            if (outcome.reply.enhancedCode().isValid())
                object.insert(QStringLiteral("enhancedCode"), outcome.reply.enhancedCode().toString());
        }
        object.insert(QStringLiteral("acceptedRecipients"), outcome.acceptedRecipients);
        object.insert(QStringLiteral("rejectedRecipients"), outcome.rejectedRecipients);
        m_out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
    } else {
        m_out << '\n' << tr("Outcome: %1").arg(outcome.summary()) << '\n';
        // The DNS check that fits the deciding reply ("cannot find your hostname" → PTR, 5.7.26 → DMARC…).
        if (!outcome.isSuccess() && !outcome.reply.isNull()) {
            const QStringList checks = DnsCheck::checksForReply(outcome.reply.code(), outcome.reply.enhancedCode(),
                                                                outcome.reply.text());
            const SessionSettings &s = m_session->settings();
            const QString domain = DnsCheck::domainForChecks(checks, s.mailFrom, s.recipients);
            if (!checks.isEmpty() && !domain.isEmpty()) {
                QString command = QStringLiteral("smtp-doctor-cli --dns-check ") + domain;
                if (checks.contains(QLatin1String("ptr")))
                    command += QStringLiteral(" --ip <") + tr("your sending address") + u'>';
                m_out << tr("DNS may explain this (%1): %2").arg(checks.join(QStringLiteral(", ")).toUpper(), command)
                      << '\n';
            }
        }
    }
    m_out.flush();
}

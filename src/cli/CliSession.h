#pragma once

#include "core/reference/LocalizedText.h"
#include "core/smtp/SessionSettings.h"
#include "core/transcript/TranscriptExporter.h"

#include <QObject>
#include <QTextStream>

#include <memory>

class SmtpConnection;
class SmtpSession;
class Transcript;
struct SessionOutcome;

/// Runs one SMTP session for smtp-doctor-cli in run mode: prints the transcript as it happens
/// (text, or one JSON object per line), then the outcome; finished() carries the exit status.
class CliSession final : public QObject
{
    Q_OBJECT

public:
    CliSession(SessionSettings settings, bool json, QObject *parent = nullptr);
    ~CliSession() override;

    /// Checks the settings and opens the message; returns an error for the user, or empty.
    QString prepare();
    void start();
    /// Explains every non-2xx reply (or every reply) under it, in this language.
    void setExplanations(ExplanationLanguage language, bool all);
    /// A note from SMTP Doctor at the head of the transcript (where the host came from), before start().
    void addNote(const QString &text);
    /// Writes the whole transcript to `path` when the session ends.
    void saveTranscriptTo(const QString &path, TranscriptExporter::Format format);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void printEntry(int index);
    void printOutcome(const SessionOutcome &outcome);

    std::unique_ptr<Transcript> m_transcript;
    std::unique_ptr<SmtpSession> m_session;
    std::unique_ptr<SmtpConnection> m_connection;
    QTextStream m_out;
    QString m_transcriptPath;
    TranscriptExporter::Format m_transcriptFormat = TranscriptExporter::Format::Text;
    ExplanationLanguage m_language = ExplanationLanguage::English;
    bool m_explainAll = false;
    bool m_json;
};

#include "gui/CommandBar.h"

#include "core/smtp/SmtpSession.h"
#include "ui_CommandBar.h"

#include <QEvent>
#include <QFontDatabase>
#include <QLineEdit>
#include <QSignalBlocker>

CommandBar::CommandBar(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CommandBar>())
{
    m_ui->setupUi(this);
    m_ui->commandComboBox->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    connect(m_ui->sendPushButton, &QPushButton::clicked, this, &CommandBar::send);
    connect(m_ui->commandComboBox->lineEdit(), &QLineEdit::returnPressed, this, &CommandBar::send);
    refresh();
}

CommandBar::~CommandBar() = default;

void CommandBar::setSession(SmtpSession *session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (m_session)
        connect(m_session, &SmtpSession::stateChanged, this, &CommandBar::refresh);
    refresh();
}

void CommandBar::focusCommand()
{
    m_ui->commandComboBox->setFocus();
    m_ui->commandComboBox->lineEdit()->selectAll();
}

void CommandBar::send()
{
    if (!m_session || !m_session->canSend())
        return;
    const QString text = m_ui->commandComboBox->currentText().trimmed();
    if (text.isEmpty())
        return;
    // A listed command keeps what it is (the message after 354, AUTH with its credentials);
    // anything else goes out exactly as typed.
    for (const SmtpCommand &command : std::as_const(m_commands)) {
        if (command.label() == text) {
            m_session->send(command);
            m_ui->commandComboBox->setCurrentText(QString());
            Q_EMIT commandSent();
            return;
        }
    }
    m_session->sendRaw(text);
    m_ui->commandComboBox->setCurrentText(QString()); // sent: the next suggestion takes its place
    Q_EMIT commandSent();
}

void CommandBar::refresh()
{
    const bool canSend = m_session && m_session->canSend();
    // What the user typed stays; only an untouched suggestion is replaced by the new one.
    const QString typed = m_ui->commandComboBox->currentText();
    const bool untouched = typed.isEmpty() || typed == m_lastSuggestion;
    m_commands = canSend ? m_session->availableCommands() : QList<SmtpCommand>();
    const QSignalBlocker blocker(m_ui->commandComboBox);
    m_ui->commandComboBox->clear();
    for (const SmtpCommand &command : std::as_const(m_commands))
        m_ui->commandComboBox->addItem(command.label());
    const SmtpCommand suggested = m_session ? m_session->suggestedCommand() : SmtpCommand();
    m_lastSuggestion = suggested.isValid() ? suggested.label() : QString();
    m_ui->commandComboBox->setCurrentText(untouched ? m_lastSuggestion : typed);
    m_ui->commandComboBox->setEnabled(canSend);
    m_ui->sendPushButton->setEnabled(canSend);

    QString hint;
    if (!m_session) {
        hint = tr("Connect to start a session; then step through it one command at a time.");
    } else {
        switch (m_session->state()) {
        case SmtpSession::State::Idle:
        case SmtpSession::State::Connecting:
            hint = tr("Connecting…");
            break;
        case SmtpSession::State::AwaitingReply:
            hint = m_session->canSend() ? tr("Waiting for the server's reply. You may still send a command "
                                             "(pipelining, or testing the server).")
                                        : tr("Waiting for the server's reply.");
            break;
        case SmtpSession::State::Ready:
            hint = suggested.isValid() ? tr("Press Enter to send the suggested command, edit it, or type any "
                                            "command.")
                                       : tr("Type any command.");
            break;
        case SmtpSession::State::TlsHandshake:
            hint = tr("TLS handshake in progress…");
            break;
        case SmtpSession::State::SendingMessage:
            hint = tr("Sending the message…");
            break;
        case SmtpSession::State::Closing:
        case SmtpSession::State::Finished:
            hint = tr("The session has ended. Start a new one to try again.");
            break;
        }
    }
    m_ui->hintLabel->setText(hint);
}

void CommandBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        refresh();
    }
    QWidget::changeEvent(event);
}

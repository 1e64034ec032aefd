#pragma once

#include "core/smtp/SmtpCommand.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class SmtpSession;

namespace Ui {
class CommandBar;
}

/// The command line under the transcript: the suggested next command (editable), the commands
/// that make sense now, and a free line for any raw command ("lax mode"). Enter sends.
class CommandBar final : public QWidget
{
    Q_OBJECT

public:
    explicit CommandBar(QWidget *parent = nullptr);
    ~CommandBar() override;

    /// The session to drive; nullptr when there is none.
    void setSession(SmtpSession *session);
    void focusCommand();
    /// Sends what the line holds: a listed command as it is, anything else as a raw line.
    void send();

Q_SIGNALS:
    void commandSent();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    std::unique_ptr<Ui::CommandBar> m_ui;
    QPointer<SmtpSession> m_session;
    QList<SmtpCommand> m_commands;
    QString m_lastSuggestion;
};

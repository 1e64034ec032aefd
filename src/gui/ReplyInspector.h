#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class ReplyInspector;
}

/// Paste reply lines (from a log or a telnet session) and see how the core's parser reads them:
/// codes, enhanced codes, multi-line replies and anything malformed. A tool window.
class ReplyInspector final : public QWidget
{
    Q_OBJECT

public:
    explicit ReplyInspector(QWidget *parent = nullptr);
    ~ReplyInspector() override;

    void setReplyText(const QString &text);
    int inspectedItemCount() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void inspect();

    std::unique_ptr<Ui::ReplyInspector> m_ui;
};

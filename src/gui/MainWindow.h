#pragma once

#include <QMainWindow>

#include <memory>

class QActionGroup;
class Translations;

namespace Ui {
class MainWindow;
}

/// The main window. For now it hosts the reply inspector: paste reply lines, see how the core's
/// parser reads them. The session UI (connection panel, transcript, explainer) replaces the centre.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Translations *translations, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// The pasted text the inspector reads, and what it found (for tests).
    void setReplyText(const QString &text);
    int inspectedItemCount() const;

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void inspect();
    void chooseLanguage(const QString &language);
    void syncLanguageActions();
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Translations *m_translations;
    QActionGroup *m_languageGroup;
};

#pragma once

#include "core/reference/LocalizedText.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTranslator>

/// Installs SMTP Doctor's translations (compiled into the binary) and Qt's own into the running
/// application, and swaps them at run time; widgets then receive QEvent::LanguageChange.
class Translations final : public QObject
{
    Q_OBJECT

public:
    explicit Translations(QObject *parent = nullptr);
    ~Translations() override;

    /// Languages the UI is complete in, as BCP 47 codes: "en", "ja".
    static QStringList availableLanguages();
    /// The best available language for the system locale ("ja" on a Japanese desktop, else "en").
    static QString systemLanguage();
    /// The language's own name, for menus: "English", "日本語".
    static QString nativeName(const QString &language);

    /// Switches to `language` ("en", "ja", or empty for the system language). Returns false, and
    /// changes nothing, for a language the application does not have.
    bool setLanguage(const QString &language);
    /// The language in effect.
    QString language() const { return m_language; }
    /// The language the application's UI is in now ("en" until a Translations object switches it):
    /// for texts that come in both languages from data, such as practice scenario titles.
    static QString activeLanguage();
    /// `text` in the active language (English where the Japanese is missing).
    static QString pick(const LocalizedText &text);

Q_SIGNALS:
    void languageChanged(const QString &language);

private:
    void removeTranslators();

    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
    QString m_language;
    bool m_installed = false;
};

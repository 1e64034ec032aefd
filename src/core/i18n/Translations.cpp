#include "core/i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

Translations::Translations(QObject *parent)
    : QObject(parent)
{}

Translations::~Translations()
{
    removeTranslators();
}

QStringList Translations::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("ja")};
}

QString Translations::systemLanguage()
{
    for (const QString &name : QLocale::system().uiLanguages()) {
        if (name.startsWith(QLatin1String("ja"), Qt::CaseInsensitive))
            return QStringLiteral("ja");
        if (name.startsWith(QLatin1String("en"), Qt::CaseInsensitive))
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

QString Translations::nativeName(const QString &language)
{
    if (language == QLatin1String("ja"))
        return QStringLiteral("日本語");
    return QStringLiteral("English");
}

namespace {
QString g_activeLanguage = QStringLiteral("en"); // the GUI thread's; set only by setLanguage()
}

QString Translations::activeLanguage()
{
    return g_activeLanguage;
}

QString Translations::pick(const LocalizedText &text)
{
    return g_activeLanguage == QLatin1String("ja") && !text.ja.isEmpty() ? text.ja : text.en;
}

bool Translations::setLanguage(const QString &language)
{
    const QString wanted = language.isEmpty() ? systemLanguage() : language;
    if (!availableLanguages().contains(wanted))
        return false;
    if (wanted == m_language && m_installed)
        return true;

    // Before the translators change: widgets read it while they handle QEvent::LanguageChange.
    g_activeLanguage = wanted;
    m_language = wanted;
    removeTranslators();
    // English is the source language: it needs no catalogue for singular strings, but carries the
    // plural forms ("1 byte" / "2 bytes"), so both languages load one.
    const QString file = QStringLiteral(":/i18n/smtp-doctor_%1.qm").arg(wanted);
    if (m_appTranslator.load(file))
        QCoreApplication::installTranslator(&m_appTranslator);
    if (wanted != QLatin1String("en") &&
        m_qtTranslator.load(QStringLiteral("qtbase_") + wanted, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(&m_qtTranslator);
    }
    m_installed = true;
    Q_EMIT languageChanged(m_language);
    return true;
}

void Translations::removeTranslators()
{
    if (!m_installed)
        return;
    QCoreApplication::removeTranslator(&m_appTranslator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
    m_installed = false;
}

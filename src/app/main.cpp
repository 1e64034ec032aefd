#include "core/i18n/Translations.h"
#include "gui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SMTP Doctor"));
    QApplication::setOrganizationDomain(QStringLiteral("smtpdoctor.invalid"));
    QApplication::setApplicationName(QStringLiteral("smtp-doctor"));
    QApplication::setApplicationDisplayName(QStringLiteral("SMTP Doctor"));
    QApplication::setApplicationVersion(QStringLiteral(SMTPDOCTOR_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("smtp-doctor"));

    Translations translations;
    QCommandLineParser parser;
    const QCommandLineOption languageOption(
        QStringLiteral("lang"), QStringLiteral("User interface language: en or ja."), QStringLiteral("language"));
    parser.setApplicationDescription(QStringLiteral("Step through SMTP sessions and understand every reply."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(languageOption);
    parser.process(app);

    const QString language = parser.isSet(languageOption) ? parser.value(languageOption)
                                                          : QSettings().value(QStringLiteral("ui/language")).toString();
    if (!translations.setLanguage(language))
        translations.setLanguage(QString());

    MainWindow window(&translations);
    window.show();
    return QApplication::exec();
}

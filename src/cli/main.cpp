#include "core/i18n/Translations.h"
#include "core/smtp/SmtpReplyParser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

namespace {

// Exit codes scripts can rely on.
enum ExitCode
{
    Ok = 0,
    MalformedFound = 1,
    UsageError = 2
};

// The translation context of the command line's own sentences.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

void printItem(QTextStream &out, int number, const SmtpReply &reply)
{
    QString heading = QStringLiteral("[%1] ").arg(number);
    if (reply.isMalformed()) {
        heading += Cli::tr("MALFORMED");
        if (reply.code())
            heading += u' ' + QString::number(reply.code());
    } else {
        heading += QString::number(reply.code());
        if (reply.enhancedCode().isValid())
            heading += u' ' + reply.enhancedCode().toString();
        if (reply.isMultiline())
            heading += u' ' + Cli::tr("(%n line(s))", nullptr, int(reply.displayLines().size()));
    }
    out << heading << '\n';
    // WireText already turned control characters into visible symbols: a server cannot send
    // escape sequences to this terminal.
    for (const QString &line : reply.displayLines())
        out << "    " << line << '\n';
    if (reply.isMalformed())
        out << "    ! " << reply.problemDescription() << '\n';
    for (const QString &warning : reply.warnings())
        out << "    ! " << warning << '\n';
}

int parseFile(const QString &path, QTextStream &out, QTextStream &err)
{
    QFile file;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        err << Cli::tr("Cannot read %1: %2").arg(path, file.errorString()) << '\n';
        return UsageError;
    }
    SmtpReplyParser parser;
    int number = 0;
    bool malformed = false;
    const auto print = [&](const SmtpReply &reply) {
        printItem(out, ++number, reply);
        malformed = malformed || reply.isMalformed();
    };
    // Streamed in blocks, so a huge capture never sits in memory at once.
    while (!file.atEnd()) {
        const QByteArray block = file.read(64 * 1024);
        if (block.isEmpty())
            break;
        for (const SmtpReply &reply : parser.feed(block))
            print(reply);
    }
    if (const auto rest = parser.finish())
        print(*rest);
    out << Cli::tr("%n item(s) read.", nullptr, number) << '\n';
    return malformed ? MalformedFound : Ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("smtp-doctor-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SMTPDOCTOR_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("SMTP Doctor on the command line: step through SMTP sessions and understand every reply.\n"
                       "Exit status: 0 success, 1 malformed replies found, 2 usage or file error."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption parseOption(
        QStringLiteral("parse"),
        QStringLiteral("Read raw server replies from <file> (\"-\" for standard input) and show how they parse."),
        QStringLiteral("file"));
    const QCommandLineOption languageOption(QStringLiteral("lang"),
                                            QStringLiteral("Language of the output: en or ja (default: system)."),
                                            QStringLiteral("language"));
    parser.addOption(parseOption);
    parser.addOption(languageOption);
    // parse() rather than process(): a usage error must exit with UsageError (2), never with 1,
    // which tells scripts that malformed replies were found.
    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "smtp-doctor-cli: %s\n", qPrintable(parser.errorText()));
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(Ok);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    Translations translations;
    if (!translations.setLanguage(parser.value(languageOption))) {
        std::fprintf(stderr, "smtp-doctor-cli: unknown language \"%s\" (use en or ja)\n",
                     qPrintable(parser.value(languageOption)));
        return UsageError;
    }

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (parser.isSet(parseOption))
        return parseFile(parser.value(parseOption), out, err);

    parser.showHelp(UsageError);
}

#include "cli/CliSession.h"
#include "cli/DnsCommands.h"
#include "cli/PracticeCommands.h"
#include "core/practice/PracticeServer.h"
#include "core/practice/Scenario.h"
#include "core/smtp/SessionOutcome.h"
#include "core/smtp/TargetResolver.h"
#include "core/i18n/Translations.h"
#include "core/reference/CodeComparison.h"
#include "core/reference/ExplanationFormatter.h"
#include "core/reference/ReplyExplainer.h"
#include "core/smtp/SmtpReplyParser.h"
#include "core/transcript/TranscriptExporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace {

// Exit codes of the tool itself; a session's own codes come from SessionOutcome::exitCode().
enum ExitCode
{
    Ok = 0,
    MalformedFound = 1,
    UsageError = 2
};

const char *const kPasswordVariable = "SMTPDOCTOR_PASSWORD";

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

// "host", "host:port", "[v6]:port", "v6" -> host and port (0 when not given).
bool splitServer(const QString &server, QString *host, quint16 *port)
{
    *port = 0;
    QString portText;
    if (server.startsWith(u'[')) {
        const qsizetype close = server.indexOf(u']');
        if (close < 0)
            return false;
        *host = server.mid(1, close - 1);
        if (close + 1 < server.size()) {
            if (server.at(close + 1) != u':')
                return false;
            portText = server.mid(close + 2);
        }
    } else if (server.count(u':') == 1) {
        *host = server.section(u':', 0, 0);
        portText = server.section(u':', 1);
    } else {
        *host = server; // a bare IPv6 address, or a name
    }
    if (!portText.isEmpty()) {
        bool ok = false;
        const uint value = portText.toUInt(&ok);
        if (!ok || value == 0 || value > 65535)
            return false;
        *port = quint16(value);
    }
    return !host->isEmpty();
}

// Reads a line from the terminal with echo off (POSIX termios: Qt has no API for this).
std::optional<QString> promptPassword(const QString &prompt)
{
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    std::fputs(qPrintable(prompt), stderr);
    std::fflush(stderr);
    termios saved{};
    tcgetattr(STDIN_FILENO, &saved);
    termios quiet = saved;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    char buffer[1024];
    const bool read = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    std::fputs("\n", stderr);
    if (!read)
        return std::nullopt;
    QString password = QString::fromUtf8(buffer);
    while (password.endsWith(u'\n') || password.endsWith(u'\r'))
        password.chop(1);
    std::fill(std::begin(buffer), std::end(buffer), '\0');
    return password;
}

int usageError(const QString &message)
{
    std::fprintf(stderr, "smtp-doctor-cli: %s\n", qPrintable(message));
    return UsageError;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("smtp-doctor-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SMTPDOCTOR_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "SMTP Doctor on the command line: run an SMTP session step by step and understand every reply.\n"
        "Exit status: 0 success; 1 malformed replies found (--parse) or other failure; 2 usage error;\n"
        "3 connection failed; 4 TLS failed; 5 AUTH failed; 6 timeout; 7 unexpected disconnect;\n"
        "10-15 permanent rejection at greeting, EHLO, MAIL, RCPT, DATA, end of data; 20-25 the same, temporary."));
    parser.addHelpOption();
    parser.addVersionOption();
    const auto option = [&parser](const QStringList &names, const QString &description, const QString &value = {}) {
        QCommandLineOption o(names, description, value);
        parser.addOption(o);
        return o;
    };
    const auto serverOption =
        option({QStringLiteral("s"), QStringLiteral("server")},
               QStringLiteral("Server to connect to: host, host:port or [IPv6]:port."), QStringLiteral("host[:port]"));
    const auto portOption =
        option({QStringLiteral("p"), QStringLiteral("port")},
               QStringLiteral("Port (default 25, or 465 with --security tls)."), QStringLiteral("port"));
    const auto securityOption = option({QStringLiteral("security")},
                                       QStringLiteral("none, starttls (when offered; default), starttls-required, "
                                                      "or tls (implicit TLS, port 465)."),
                                       QStringLiteral("mode"));
    const auto ipv4Option = option({QStringLiteral("4")}, QStringLiteral("Connect over IPv4 only."));
    const auto ipv6Option = option({QStringLiteral("6")}, QStringLiteral("Connect over IPv6 only."));
    const auto ehloOption =
        option({QStringLiteral("ehlo")}, QStringLiteral("Name to send in EHLO/HELO."), QStringLiteral("name"));
    const auto fromOption =
        option({QStringLiteral("f"), QStringLiteral("from")},
               QStringLiteral("Envelope sender (MAIL FROM); empty for the null sender <>."), QStringLiteral("address"));
    const auto toOption =
        option({QStringLiteral("t"), QStringLiteral("to")},
               QStringLiteral("Envelope recipient (RCPT TO); repeat for several."), QStringLiteral("address"));
    const auto authOption =
        option({QStringLiteral("auth")}, QStringLiteral("Authenticate with PLAIN, LOGIN, CRAM-MD5 or XOAUTH2."),
               QStringLiteral("mechanism"));
    const auto userOption =
        option({QStringLiteral("user")}, QStringLiteral("User name for AUTH."), QStringLiteral("name"));
    const auto passwordFileOption = option(
        {QStringLiteral("password-file")},
        QStringLiteral("Read the password (or XOAUTH2 token) from the first line of this file. Otherwise it comes "
                       "from the SMTPDOCTOR_PASSWORD environment variable, or a prompt without echo."),
        QStringLiteral("file"));
    const auto plainAuthOption =
        option({QStringLiteral("allow-plaintext-auth")}, QStringLiteral("Allow AUTH over an unencrypted connection."));
    const auto headerOption = option({QStringLiteral("header")},
                                     QStringLiteral("Extra header for the composed message, \"Name: value\"; "
                                                    "repeat for several."),
                                     QStringLiteral("header"));
    const auto subjectOption =
        option({QStringLiteral("subject")}, QStringLiteral("Subject of the composed message."), QStringLiteral("text"));
    const auto bodyOption =
        option({QStringLiteral("body")}, QStringLiteral("Body of the composed message."), QStringLiteral("text"));
    const auto dataOption =
        option({QStringLiteral("data")},
               QStringLiteral("Send this file as the raw message (\"-\" for standard input)."), QStringLiteral("file"));
    const auto quitAfterOption =
        option({QStringLiteral("quit-after")},
               QStringLiteral("Stop with QUIT after this stage: connect, greeting, ehlo, tls, auth, mail, rcpt, data."),
               QStringLiteral("stage"));
    const auto timeoutOption = option({QStringLiteral("timeout")},
                                      QStringLiteral("Seconds to wait for a connection or a reply (default: 15 to "
                                                     "connect, 60 per reply, 180 after the message)."),
                                      QStringLiteral("seconds"));
    const auto insecureOption = option({QStringLiteral("insecure")},
                                       QStringLiteral("Go on past TLS certificate errors (they are still reported)."));
    const auto caFileOption =
        option({QStringLiteral("ca-file")}, QStringLiteral("Also trust the CA certificates in this PEM file."),
               QStringLiteral("file"));
    const auto transcriptOption = option(
        {QStringLiteral("transcript")},
        QStringLiteral("Also save the transcript to <file>; the format follows the extension: .txt, .json, .jsonl "
                       "or .html."),
        QStringLiteral("file"));
    const auto jsonOption = option({QStringLiteral("json")},
                                   QStringLiteral("Print one JSON object per transcript entry, then the outcome."));
    const auto explainOption =
        option({QStringLiteral("explain")},
               QStringLiteral("Explain a reply code (and an enhanced code given after it): --explain 550 5.1.1 "
                              "[--stage rcpt] [--text \"server text\"]."),
               QStringLiteral("code"));
    const auto compareOption =
        option({QStringLiteral("compare")}, QStringLiteral("Compare two codes, basic or enhanced: --compare 354 550."),
               QStringLiteral("code"));
    const auto stageOption = option({QStringLiteral("stage")},
                                    QStringLiteral("With --explain: the stage the reply came at (greeting, ehlo, "
                                                   "starttls, auth, mail, rcpt, data, end-of-data)."),
                                    QStringLiteral("stage"));
    const auto textOption = option({QStringLiteral("text")}, QStringLiteral("With --explain: the server's reply text."),
                                   QStringLiteral("text"));
    const auto explainAllOption = option({QStringLiteral("explain-all")},
                                         QStringLiteral("In a session, explain every reply, not only the non-2xx "
                                                        "ones."));
    const auto parseOption = option(
        {QStringLiteral("parse")},
        QStringLiteral("Read raw server replies from <file> (\"-\" for standard input) and show how they parse."),
        QStringLiteral("file"));
    const auto mxOption =
        option({QStringLiteral("mx")},
               QStringLiteral("Connect to the most preferred MX of <domain> (instead of --server); the MX records "
                              "found go into the transcript."),
               QStringLiteral("domain"));
    const auto dnsCheckOption =
        option({QStringLiteral("dns-check")},
               QStringLiteral("Check the mail DNS of <domain>: MX, SPF, DMARC, MTA-STS, TLS-RPT, and with --ip the PTR "
                              "of the sending address. Exit status 1 when a finding is an error."),
               QStringLiteral("domain"));
    const auto ipOption = option({QStringLiteral("ip")},
                                 QStringLiteral("With --dns-check: the sending server's address, for PTR and "
                                                "forward confirmation."),
                                 QStringLiteral("address"));
    const auto nameserverOption =
        option({QStringLiteral("nameserver")},
               QStringLiteral("Ask this DNS server (port 53) instead of the system's, for --mx and --dns-check."),
               QStringLiteral("address"));
    const auto practiceOption =
        option({QStringLiteral("practice")},
               QStringLiteral("Run the session against the built-in practice server playing <scenario> (instead of "
                              "--server); other options override the scenario's envelope and login."),
               QStringLiteral("scenario"));
    const auto listScenariosOption =
        option({QStringLiteral("list-scenarios")}, QStringLiteral("List the practice server's scenarios."));
    const auto servePracticeOption =
        option({QStringLiteral("serve-practice")},
               QStringLiteral("Run the practice server alone, playing <scenario>, on 127.0.0.1 (--port, default "
                              "2525), for swaks or telnet; Ctrl+C stops it."),
               QStringLiteral("scenario"));
    const auto languageOption =
        option({QStringLiteral("lang")}, QStringLiteral("Language of the output: en, ja or both (default: system)."),
               QStringLiteral("language"));

    // parse() rather than process(): a usage error must exit with UsageError (2), never with 1,
    // which tells scripts that malformed replies were found.
    if (!parser.parse(QCoreApplication::arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(Ok);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    // --lang sets the language of SMTP Doctor's own sentences and of the explanations; "both" puts
    // explanations in English and Japanese (the rest stays English).
    Translations translations;
    const QString languageKey = parser.value(languageOption);
    ExplanationLanguage explanationLanguage = ExplanationLanguage::English;
    if (languageKey.isEmpty()) {
        explanationLanguage = Translations::systemLanguage() == QLatin1String("ja") ? ExplanationLanguage::Japanese
                                                                                    : ExplanationLanguage::English;
    } else if (!ExplanationLanguages::fromKey(languageKey, &explanationLanguage)) {
        return usageError(QStringLiteral("unknown language \"%1\" (use en, ja or both)").arg(languageKey));
    }
    translations.setLanguage(explanationLanguage == ExplanationLanguage::Japanese ? QStringLiteral("ja")
                             : languageKey.isEmpty()                              ? QString()
                                                                                  : QStringLiteral("en"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QHostAddress nameserver;
    if (parser.isSet(nameserverOption) && !nameserver.setAddress(parser.value(nameserverOption)))
        return usageError(QStringLiteral("the name server must be an IP address, not \"%1\"")
                              .arg(parser.value(nameserverOption)));
    int dnsTimeoutMs = 0; // DnsCheck's default
    if (parser.isSet(timeoutOption)) {
        bool ok = false;
        const double seconds = parser.value(timeoutOption).toDouble(&ok);
        if (ok && seconds > 0 && seconds <= 86400)
            dnsTimeoutMs = int(seconds * 1000);
    }
    if (parser.isSet(dnsCheckOption)) {
        QHostAddress address;
        if (parser.isSet(ipOption) && !address.setAddress(parser.value(ipOption)))
            return usageError(QStringLiteral("--ip needs an IPv4 or IPv6 address, not \"%1\"").arg(parser.value(ipOption)));
        const QString domain = parser.value(dnsCheckOption).trimmed();
        if (domain.isEmpty() || domain.contains(u' ') || domain.contains(u'@') || !QHostAddress(domain).isNull())
            return usageError(QStringLiteral("--dns-check needs a domain name, such as example.com"));
        return DnsCommands::check(domain, address, nameserver, dnsTimeoutMs, explanationLanguage,
                                  parser.isSet(jsonOption));
    }
    if (parser.isSet(ipOption))
        return usageError(QStringLiteral("--ip goes with --dns-check"));
    if (parser.isSet(listScenariosOption))
        return PracticeCommands::listScenarios(explanationLanguage, parser.isSet(jsonOption));
    if (parser.isSet(servePracticeOption)) {
        quint16 port = 2525;
        if (parser.isSet(portOption)) {
            bool ok = false;
            const uint value = parser.value(portOption).toUInt(&ok);
            if (!ok || value > 65535)
                return usageError(QStringLiteral("invalid port \"%1\"").arg(parser.value(portOption)));
            port = quint16(value); // 0: any free port, printed
        }
        return PracticeCommands::serve(parser.value(servePracticeOption), port, explanationLanguage);
    }
    if (parser.isSet(parseOption))
        return parseFile(parser.value(parseOption), out, err);
    if (parser.isSet(explainOption) || parser.isSet(compareOption)) {
        const QStringList extra = parser.positionalArguments();
        if (parser.isSet(compareOption)) {
            QStringList codes = parser.value(compareOption).split(u' ', Qt::SkipEmptyParts) + extra;
            if (codes.size() != 2)
                return usageError(QStringLiteral("--compare needs two codes, e.g. --compare 354 550"));
            const CodeComparison comparison = CodeComparison::compare(codes.at(0), codes.at(1));
            if (!comparison.isValid())
                return usageError(comparison.error);
            if (parser.isSet(jsonOption))
                out << QJsonDocument(ExplanationFormatter::toJson(comparison)).toJson(QJsonDocument::Indented);
            else
                out << ExplanationFormatter::toText(comparison, explanationLanguage) << '\n';
            return Ok;
        }
        QStringList parts = parser.value(explainOption).split(u' ', Qt::SkipEmptyParts) + extra;
        bool isNumber = false;
        const int code = parts.value(0).toInt(&isNumber);
        const auto enhanced = EnhancedStatusCode::fromString(parts.value(1));
        if (!isNumber || code < 100 || code > 599 || (parts.size() > 1 && !enhanced) || parts.size() > 2)
            return usageError(QStringLiteral("--explain needs a reply code and optionally an enhanced code, e.g. "
                                             "--explain 550 5.1.1"));
        SessionStage stage = SessionStage::None;
        if (parser.isSet(stageOption)) {
            const auto parsed = SessionStages::fromKey(parser.value(stageOption));
            if (!parsed)
                return usageError(QStringLiteral("unknown stage \"%1\"").arg(parser.value(stageOption)));
            stage = *parsed;
        }
        const Explanation explanation =
            ReplyExplainer().explain(code, enhanced.value_or(EnhancedStatusCode()), stage, parser.value(textOption));
        if (parser.isSet(jsonOption))
            out << QJsonDocument(ExplanationFormatter::toJson(explanation)).toJson(QJsonDocument::Indented);
        else
            out << ExplanationFormatter::toText(explanation, explanationLanguage) << '\n';
        return Ok;
    }
    const int targets = int(parser.isSet(serverOption)) + int(parser.isSet(practiceOption)) + int(parser.isSet(mxOption));
    if (targets > 1)
        return usageError(QStringLiteral("give one of --server, --mx and --practice"));
    if (targets == 0)
        parser.showHelp(UsageError);

    // Options given override; those not given keep the base: defaults, or the practice scenario's hints.
    SessionSettings settings;
    PracticeServer practiceServer;
    if (parser.isSet(practiceOption)) {
        if (parser.isSet(portOption))
            return usageError(QStringLiteral("--port does not go with --practice: the practice server picks a free port"));
        if (!Scenario::find(parser.value(practiceOption)))
            return usageError(PracticeCommands::unknownScenario(parser.value(practiceOption)));
        if (const QString problem =
                PracticeCommands::startInProcess(&practiceServer, parser.value(practiceOption), &settings);
            !problem.isEmpty()) {
            std::fprintf(stderr, "smtp-doctor-cli: %s\n", qPrintable(problem));
            return 3; // like a connection that failed
        }
    } else if (parser.isSet(mxOption)) {
        settings.target = SessionSettings::Target::DomainMx;
        settings.host = parser.value(mxOption).trimmed();
        if (settings.host.isEmpty() || settings.host.contains(u'@') || settings.host.contains(u':') ||
            !QHostAddress(settings.host).isNull())
            return usageError(QStringLiteral("--mx needs a mail domain, such as example.com"));
    } else if (!splitServer(parser.value(serverOption), &settings.host, &settings.port)) {
        return usageError(QStringLiteral("cannot read the server \"%1\"").arg(parser.value(serverOption)));
    }
    if (parser.isSet(securityOption)) {
        const auto security = SessionSettings::securityFromKey(parser.value(securityOption));
        if (!security)
            return usageError(QStringLiteral("unknown security mode \"%1\"").arg(parser.value(securityOption)));
        settings.security = *security;
    }
    if (parser.isSet(portOption)) {
        bool ok = false;
        const uint port = parser.value(portOption).toUInt(&ok);
        if (!ok || port == 0 || port > 65535)
            return usageError(QStringLiteral("invalid port \"%1\"").arg(parser.value(portOption)));
        settings.port = quint16(port);
    } else if (settings.port == 0) {
        settings.port = SessionSettings::defaultPort(settings.security);
    }
    if (parser.isSet(ipv4Option) && parser.isSet(ipv6Option))
        return usageError(QStringLiteral("-4 and -6 exclude each other"));
    if (parser.isSet(ipv4Option))
        settings.ipFamily = SessionSettings::IpFamily::IPv4;
    if (parser.isSet(ipv6Option))
        settings.ipFamily = SessionSettings::IpFamily::IPv6;
    if (parser.isSet(ehloOption))
        settings.ehloName = parser.value(ehloOption);
    if (parser.isSet(fromOption))
        settings.mailFrom = parser.value(fromOption);
    if (parser.isSet(toOption))
        settings.recipients = parser.values(toOption);
    settings.subject = parser.value(subjectOption);
    settings.body = parser.value(bodyOption);
    settings.messageFile = parser.value(dataOption);
    for (const QString &header : parser.values(headerOption)) {
        const qsizetype colon = header.indexOf(u':');
        if (colon <= 0)
            return usageError(QStringLiteral("a header is \"Name: value\", not \"%1\"").arg(header));
        settings.extraHeaders.append({header.left(colon).trimmed(), header.mid(colon + 1).trimmed()});
    }
    if (parser.isSet(quitAfterOption)) {
        const QString key = parser.value(quitAfterOption);
        const auto stage = SessionStages::fromKey(key == QLatin1String("tls") ? QStringLiteral("starttls") : key);
        if (!stage)
            return usageError(QStringLiteral("unknown stage \"%1\"").arg(key));
        settings.quitAfter = *stage;
    }
    if (parser.isSet(timeoutOption)) {
        bool ok = false;
        const double seconds = parser.value(timeoutOption).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 86400)
            return usageError(QStringLiteral("invalid timeout \"%1\"").arg(parser.value(timeoutOption)));
        const int ms = int(seconds * 1000);
        settings.connectTimeoutMs = settings.greetingTimeoutMs = settings.commandTimeoutMs = ms;
        settings.dataTimeoutMs = ms;
    }
    settings.acceptTlsErrors = parser.isSet(insecureOption);
    if (parser.isSet(caFileOption))
        settings.caFile = parser.value(caFileOption);
    settings.allowAuthWithoutTls = parser.isSet(plainAuthOption);
    if (parser.isSet(authOption)) {
        settings.authMechanism = SaslAuthenticator::mechanismFromName(parser.value(authOption));
        if (!settings.authMechanism)
            return usageError(QStringLiteral("unknown AUTH mechanism \"%1\"").arg(parser.value(authOption)));
        const bool practice = settings.target == SessionSettings::Target::Practice;
        // Against the practice server the practice account is the default login.
        if (parser.isSet(userOption) || !practice)
            settings.authUser = parser.value(userOption);
        else
            settings.authUser = PracticeServer::practiceUser();
        // The password never comes from the command line itself: other users can read it there.
        if (practice && !parser.isSet(userOption) && !parser.isSet(passwordFileOption) &&
            !qEnvironmentVariableIsSet(kPasswordVariable)) {
            settings.authSecret = PracticeServer::practicePassword();
        } else if (parser.isSet(passwordFileOption)) {
            QFile file(parser.value(passwordFileOption));
            if (!file.open(QIODevice::ReadOnly))
                return usageError(QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
            settings.authSecret = QString::fromUtf8(file.readLine()).trimmed();
        } else if (qEnvironmentVariableIsSet(kPasswordVariable)) {
            settings.authSecret = qEnvironmentVariable(kPasswordVariable);
        } else if (const auto typed = promptPassword(QStringLiteral("Password for %1: ").arg(settings.authUser))) {
            settings.authSecret = *typed;
        } else {
            return usageError(QStringLiteral("AUTH needs a password: use --password-file or SMTPDOCTOR_PASSWORD"));
        }
    }

    std::optional<TranscriptExporter::Format> transcriptFormat;
    if (parser.isSet(transcriptOption)) {
        transcriptFormat = TranscriptExporter::formatFromName(QFileInfo(parser.value(transcriptOption)).suffix());
        if (!transcriptFormat)
            return usageError(QStringLiteral("the transcript file must end in .txt, .json, .jsonl or .html"));
    }

    // --mx: the MX records are looked up first; the choice goes into the transcript.
    QStringList notes;
    std::optional<TargetResolver::Resolution> resolution;
    if (settings.target == SessionSettings::Target::DomainMx) {
        TargetResolver resolver;
        resolver.setNameserver(nameserver);
        if (dnsTimeoutMs > 0)
            resolver.setTimeout(dnsTimeoutMs);
        QString failure;
        QObject::connect(&resolver, &TargetResolver::resolved, &app,
                         [&resolution](const TargetResolver::Resolution &r) {
                             resolution = r;
                             QCoreApplication::exit(0);
                         });
        QObject::connect(&resolver, &TargetResolver::failed, &app, [&failure](const QString &reason) {
            failure = reason;
            QCoreApplication::exit(0);
        });
        QMetaObject::invokeMethod(
            &resolver, [&resolver, &settings] { resolver.resolve(settings); }, Qt::QueuedConnection);
        QCoreApplication::exec();
        if (!resolution) {
            std::fprintf(stderr, "smtp-doctor-cli: %s\n", qPrintable(failure));
            SessionOutcome noMail;
            noMail.kind = SessionOutcome::Kind::ConnectionFailed;
            return noMail.exitCode();
        }
        settings = resolution->settings;
        notes = resolution->notes;
    }

    int exitCode = 1;
    for (;;) {
        CliSession session(settings, parser.isSet(jsonOption));
        for (const QString &note : std::as_const(notes))
            session.addNote(note);
        session.setExplanations(explanationLanguage, parser.isSet(explainAllOption));
        if (transcriptFormat)
            session.saveTranscriptTo(parser.value(transcriptOption), *transcriptFormat);
        if (const QString problem = session.prepare(); !problem.isEmpty())
            return usageError(problem);
        QObject::connect(&session, &CliSession::finished, &app, [&exitCode](int code) {
            exitCode = code;
            QCoreApplication::exit(code);
        });
        // Started from the event loop: a connection that fails at once must still end exec().
        QMetaObject::invokeMethod(&session, &CliSession::start, Qt::QueuedConnection);
        QCoreApplication::exec();

        // With --mx, as a sending server would: on to the next MX when this one could not be reached,
        // timed out, dropped the connection or deferred at the greeting (3, 6, 7, 20). Each is reported.
        const bool unreachable = exitCode == 3 || exitCode == 6 || exitCode == 7 || exitCode == 20;
        const auto next = resolution && unreachable ? TargetResolver::nextMx(*resolution) : std::nullopt;
        if (!next)
            break;
        resolution = next;
        settings = next->settings;
        notes = next->notes;
        if (!parser.isSet(jsonOption))
            std::fputs("\n", stdout);
    }
    return exitCode;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "AuditCommand.h"
#include "BannerCommand.h"
#include "CheckCommand.h"
#include "CliCommand.h"
#include "CompareCommand.h"
#include "EnumCommand.h"
#include "HeadersCommand.h"
#include "PracticeServerCommand.h"
#include "RelayCommand.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>

namespace {

using namespace mxscope::cli;

// A subcommand with its own runner, or (run == nullptr) a catalogue check of the same
// name run by runCheckCommand with the context options that checkFlags name.
struct Subcommand {
    const char *name;
    CommandRunner run;
    const char *summary;
    unsigned checkFlags = 0;
};

const Subcommand subcommands[] = {
    {"audit", &mxscope::cli::runAuditCommand,
     QT_TRANSLATE_NOOP("mxscope::cli",
                       "Full audit: all checks, graded HTML, JSON and CSV reports, CI gating")},
    {"banner", &mxscope::cli::runBannerCommand,
     QT_TRANSLATE_NOOP("mxscope::cli",
                       "Greeting, EHLO capabilities, TLS details and disclosure findings")},
    {"capacity", nullptr,
     QT_TRANSLATE_NOOP("mxscope::cli",
                       "Connection exhaustion: a bounded ramp of concurrent connections and the "
                       "idle timeout (loads the server; needs --yes-i-am-authorised)"),
     TargetServer | MaxConnections | Authorisation | TimeLimit},
    {"compare", &mxscope::cli::runCompareCommand,
     QT_TRANSLATE_NOOP("mxscope::cli",
                       "Compare two JSON reports: fixed, new and unchanged findings")},
    {"dns", nullptr,
     QT_TRANSLATE_NOOP("mxscope::cli",
                       "DNS and sender authentication: MX, reverse DNS, SPF, DMARC, MTA-STS"),
     OptionalServer | Domain | NameServer | TimeLimit},
    {"eicar", nullptr,
     QT_TRANSLATE_NOOP("mxscope::cli",
                       "Malware and spam filter: EICAR in the body and as an attachment, GTUBE "
                       "(sends mail; needs --yes-i-am-authorised)"),
     TargetServer | Sender | LocalRecipient | Authorisation | TimeLimit},
    {"enum", &mxscope::cli::runEnumCommand,
     QT_TRANSLATE_NOOP("mxscope::cli",
                       "Account enumeration (VRFY, EXPN, RCPT) and directory-harvest resilience")},
    {"headers", &mxscope::cli::runHeadersCommand,
     QT_TRANSLATE_NOOP("mxscope::cli",
                       "Analyse a received message's header: hop timeline and disclosures")},
    {"practice-server", &runPracticeServerCommand,
     QT_TRANSLATE_NOOP("mxscope::cli", "Run the built-in practice SMTP server on loopback")},
    {"relay", &mxscope::cli::runRelayCommand,
     QT_TRANSLATE_NOOP("mxscope::cli",
                       "Open-relay matrix: every known relay trick, judged stage by stage")},
    {"sender-policy", nullptr,
     QT_TRANSLATE_NOOP("mxscope::cli",
                       "Sender policy: own-domain, null, unqualified and unknown-domain senders "
                       "from an anonymous client"),
     TargetServer | Domain | LocalRecipient | Sender | TimeLimit},
    {"tls", nullptr,
     QT_TRANSLATE_NOOP("mxscope::cli",
                       "TLS and STARTTLS policy: handshake, certificate, retired TLS versions, "
                       "AUTH and MAIL before TLS"),
     TargetServer | RequireTls | Sender | TimeLimit},
};

void printUsage(QTextStream &out)
{
    out << QCoreApplication::translate("mxscope::cli", "Usage: mxscope-cli <command> [options]")
        << "\n\n"
        << QCoreApplication::translate("mxscope::cli", "Commands:") << '\n';
    for (const Subcommand &command : subcommands)
        out << "  " << QString::fromLatin1(command.name).leftJustified(18)
            << QCoreApplication::translate("mxscope::cli", command.summary) << '\n';
    out << '\n'
        << QCoreApplication::translate(
               "mxscope::cli", "Run 'mxscope-cli <command> --help' for the options of a command.")
        << '\n';
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mxscope-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MXSCOPE_VERSION));
    // Human output follows the user's locale; English also supplies its plural forms.
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("mxscope"), QStringLiteral("_"),
                        QStringLiteral(":/i18n"))
        || translator.load(QStringLiteral(":/i18n/mxscope_en.qm")))
        QCoreApplication::installTranslator(&translator);
    // Qt's own words (--help's "Displays help on commandline options.") in the same language.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    QTextStream out(stdout);
    QTextStream err(stderr);

    const QStringList arguments = QCoreApplication::arguments();
    const QString first = arguments.value(1);
    if (first.isEmpty() || first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("help")) {
        printUsage(first.isEmpty() ? err : out);
        return first.isEmpty() ? mxscope::cli::ExitUsage : mxscope::cli::ExitOk;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out << "mxscope-cli " << QCoreApplication::applicationVersion() << '\n';
        return mxscope::cli::ExitOk;
    }
    for (const Subcommand &command : subcommands) {
        if (first == QLatin1String(command.name)) {
            QStringList rest = arguments.mid(2);
            rest.prepend(arguments.constFirst() + QLatin1Char(' ') + first);
            return command.run
                ? command.run(rest)
                : runCheckCommand(QString::fromLatin1(command.name), command.checkFlags, rest);
        }
    }
    err << QCoreApplication::translate("mxscope::cli",
                                       "mxscope-cli: unknown command '%1' (see mxscope-cli --help)")
               .arg(first)
        << '\n';
    return mxscope::cli::ExitUsage;
}

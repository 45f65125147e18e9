// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "AuditCommand.h"

#include "AuditSummaryPrinter.h"
#include "CliCommand.h"
#include "ContextOptions.h"
#include "StopSignals.h"
#include "audit/AuditRunner.h"
#include "audit/CheckCatalogue.h"
#include "audit/RunRecordJson.h"
#include "relay/RelayAddress.h"
#include "report/ReportFiles.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QTranslator>

#include <algorithm>
#include <memory>

namespace mxscope::cli {

namespace {

class AuditCommand
{
    Q_DECLARE_TR_FUNCTIONS(mxscope::cli::AuditCommand)
};

constexpr unsigned auditContext = TargetServer | Domain | Sender | ExternalRecipient | NameServer
    | MaxConnections | Authorisation | RequireTls | TimeLimit | UserList;
constexpr qint64 progressIntervalMs = 2000;

struct Options {
    CheckContext context;
    QStringList checks;
    QString htmlPath;
    QString jsonPath;
    QString csvDirectory;
    std::optional<Severity> failOn;
};

void printCatalogue(QTextStream &out)
{
    for (const CheckInfo &info : CheckCatalogue::all()) {
        out << info.id.leftJustified(14) << info.title();
        if (info.needsAuthorisation)
            out << "  " << AuditCommand::tr("(needs --yes-i-am-authorised)");
        if (!info.inDefaultAudit)
            out << "  " << AuditCommand::tr("(only when listed in --checks)");
        out << '\n';
    }
}

// Reads every option, or returns nothing with *error set (or *done when --help and the
// like were answered).
std::optional<Options> parse(const QStringList &arguments, QTextStream &out, bool *done,
                             QString *error, std::unique_ptr<QTranslator> &language)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(AuditCommand::tr(
        "Runs the checks of a security audit against one mail server and writes a graded "
        "report. Exit status: 0 done, 1 a check failed or the run was cancelled, 2 bad "
        "arguments, 3 a finding at or above --fail-on."));
    parser.addHelpOption();
    const ContextOptions contextOptions(auditContext);
    contextOptions.addTo(parser);
    const QCommandLineOption checks(
        QStringLiteral("checks"),
        AuditCommand::tr("Comma-separated checks to run (default: %1).")
            .arg(CheckCatalogue::defaultAuditIds().join(QLatin1Char(','))),
        AuditCommand::tr("list"));
    const QCommandLineOption listChecks(QStringLiteral("list-checks"),
                                        AuditCommand::tr("List the checks and exit."));
    const QCommandLineOption localRecipient(
        QStringLiteral("local-recipient"),
        AuditCommand::tr("A mailbox the server delivers locally (sender-policy checks)."),
        AuditCommand::tr("address"));
    const QCommandLineOption report(QStringLiteral("report"),
                                    AuditCommand::tr("Write the HTML report to FILE."),
                                    AuditCommand::tr("file"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  AuditCommand::tr("Write the JSON report to FILE (- for "
                                                   "standard output)."),
                                  AuditCommand::tr("file"));
    const QCommandLineOption csv(QStringLiteral("csv-dir"),
                                 AuditCommand::tr("Write every result table as CSV into DIR."),
                                 AuditCommand::tr("dir"));
    const QCommandLineOption failOn(
        QStringLiteral("fail-on"),
        AuditCommand::tr("Exit with status 3 when a finding of this severity or higher is "
                         "found: info, low, medium, high or critical."),
        AuditCommand::tr("severity"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  AuditCommand::tr("Language of the output and reports: en or "
                                                   "ja (default: the locale)."),
                                  AuditCommand::tr("code"));
    parser.addOptions({checks, listChecks, localRecipient, report, json, csv, failOn, lang});
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(lang)) {
        const QString code = parser.value(lang).trimmed().toLower();
        language = std::make_unique<QTranslator>();
        if ((code != QLatin1String("en") && code != QLatin1String("ja"))
            || !language->load(QStringLiteral(":/i18n/mxscope_") + code)) {
            *error = AuditCommand::tr("--lang must be en or ja, not '%1'.").arg(code);
            return std::nullopt;
        }
        QCoreApplication::installTranslator(language.get());
    }
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(listChecks)) {
        if (parser.isSet(listChecks))
            printCatalogue(out);
        else
            out << parser.helpText();
        *done = true;
        return std::nullopt;
    }
    Options options;
    const auto context = contextOptions.read(parser, error);
    if (!context)
        return std::nullopt;
    options.context = *context;
    options.context.localRecipient = parser.value(localRecipient).trimmed();
    if (!options.context.localRecipient.isEmpty()) {
        if (const auto problem = RelayAddress::check(options.context.localRecipient,
                                                     QStringLiteral("--local-recipient"))) {
            *error = *problem;
            return std::nullopt;
        }
    }
    options.checks = parser.isSet(checks)
        ? parser.value(checks).split(QLatin1Char(','), Qt::SkipEmptyParts)
        : CheckCatalogue::defaultAuditIds();
    for (QString &id : options.checks) {
        id = id.trimmed();
        if (!CheckCatalogue::find(id)) {
            *error = AuditCommand::tr("--checks: no check is called '%1' (see --list-checks).")
                         .arg(id);
            return std::nullopt;
        }
    }
    options.checks.removeDuplicates();
    if (options.checks.isEmpty()) {
        *error = AuditCommand::tr("--checks names no check.");
        return std::nullopt;
    }
    if (parser.isSet(failOn)) {
        options.failOn = severityFromString(parser.value(failOn).trimmed().toLower());
        if (!options.failOn) {
            *error = AuditCommand::tr("--fail-on must be info, low, medium, high or critical, "
                                      "not '%1'.")
                         .arg(parser.value(failOn));
            return std::nullopt;
        }
    }
    options.htmlPath = parser.value(report);
    options.jsonPath = parser.value(json);
    options.csvDirectory = parser.value(csv);
    return options;
}

// Writes what was asked for; false when any file could not be written.
bool writeReports(const Options &options, const RunRecord &record, QTextStream &out,
                  QTextStream &err)
{
    bool ok = true;
    QString error;
    auto failed = [&] {
        err << "mxscope-cli audit: " << error << '\n';
        ok = false;
    };
    if (!options.htmlPath.isEmpty()) {
        if (ReportFiles::saveHtml(record, options.htmlPath, &error))
            err << AuditCommand::tr("HTML report: %1").arg(options.htmlPath) << '\n';
        else
            failed();
    }
    if (options.jsonPath == QLatin1String("-")) {
        out << QString::fromUtf8(RunRecordJson::toBytes(record));
        out.flush();
    } else if (!options.jsonPath.isEmpty()) {
        if (ReportFiles::saveJson(record, options.jsonPath, &error))
            err << AuditCommand::tr("JSON report: %1").arg(options.jsonPath) << '\n';
        else
            failed();
    }
    if (!options.csvDirectory.isEmpty()) {
        QStringList written;
        if (ReportFiles::saveCsv(record, options.csvDirectory, &written, &error))
            err << AuditCommand::tr("CSV tables: %n file(s) in %1", nullptr, int(written.size()))
                       .arg(options.csvDirectory)
                << '\n';
        else
            failed();
    }
    return ok;
}

int exitStatus(const Options &options, const RunRecord &record, bool cancelled)
{
    if (options.failOn) {
        const QList<Finding> findings = record.allFindings();
        if (std::any_of(findings.cbegin(), findings.cend(),
                        [&](const Finding &f) { return f.severity >= *options.failOn; }))
            return ExitFindingsAtThreshold;
    }
    const bool failed
        = std::any_of(record.checks.cbegin(), record.checks.cend(), [](const CheckOutcome &c) {
              return c.status == CheckStatus::Failed || c.status == CheckStatus::Cancelled;
          });
    return cancelled || failed ? ExitCheckFailed : ExitOk;
}

} // namespace

int runAuditCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    bool done = false;
    QString error;
    std::unique_ptr<QTranslator> language;
    const auto options = parse(arguments, out, &done, &error, language);
    if (done)
        return ExitOk;
    if (!options) {
        err << "mxscope-cli audit: " << error << '\n';
        return ExitUsage;
    }

    AuditRunner runner(options->context, options->checks);
    const int total = int(options->checks.size());
    QElapsedTimer sinceProgress;
    QObject::connect(&runner, &AuditRunner::checkStarted, QCoreApplication::instance(),
                     [&](int index, const QString &id) {
                         const CheckInfo *info = CheckCatalogue::find(id);
                         err << QStringLiteral("[%1/%2] ").arg(index + 1).arg(total)
                             << (info ? info->title() : id) << " ..." << Qt::endl;
                         sinceProgress.start();
                     });
    QObject::connect(&runner, &AuditRunner::checkProgress, QCoreApplication::instance(),
                     [&](int, int doneSteps, int totalSteps, const QString &step) {
                         if (sinceProgress.elapsed() < progressIntervalMs)
                             return;
                         sinceProgress.restart();
                         err << "      " << doneSteps << '/' << totalSteps << "  " << step
                             << Qt::endl;
                     });
    QObject::connect(&runner, &AuditRunner::checkFinished, QCoreApplication::instance(),
                     [&](int, const CheckOutcome &outcome) {
                         err << "      " << AuditSummaryPrinter::statusLine(outcome) << Qt::endl;
                     });
    QObject::connect(&runner, &AuditRunner::finished, QCoreApplication::instance(),
                     [] { QCoreApplication::exit(0); });
    bool cancelled = false;
    const StopSignals stop([&] {
        cancelled = true;
        err << AuditCommand::tr("Stopping; the reports keep what was measured.") << Qt::endl;
        runner.cancel();
    });
    runner.start();
    if (runner.isRunning())
        QCoreApplication::exec();

    const RunRecord &record = runner.record();
    if (options->jsonPath != QLatin1String("-")) {
        AuditSummaryPrinter::print(record, out);
        out.flush();
    }
    const bool written = writeReports(*options, record, out, err);
    const int status = exitStatus(*options, record, cancelled);
    return written || status == ExitFindingsAtThreshold ? status : ExitCheckFailed;
}

} // namespace mxscope::cli

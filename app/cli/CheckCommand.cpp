// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "CheckCommand.h"

#include "CheckPrinter.h"
#include "CliCommand.h"
#include "ParseArguments.h"
#include "ReportFile.h"
#include "StopSignals.h"
#include "audit/AuditRunner.h"
#include "audit/CheckCatalogue.h"
#include "report/JsonConversions.h"
#include "report/ReportFiles.h"
#include "transcript/Transcript.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

namespace mxscope::cli {

namespace {

int exitStatusFor(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Completed:
        return ExitOk;
    case CheckStatus::Refused:
        return ExitUsage;
    default:
        return ExitCheckFailed;
    }
}

} // namespace

int runCheckCommand(const QString &checkId, unsigned contextFlags, const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString prefix = QStringLiteral("mxscope-cli ") + checkId + QStringLiteral(": ");
    const CheckInfo *info = CheckCatalogue::find(checkId);
    if (!info) {
        err << prefix << QCoreApplication::translate("mxscope::cli", "this check is not built in.")
            << '\n';
        return ExitUsage;
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(info->description());
    parser.addHelpOption();
    const ContextOptions contextOptions(contextFlags);
    contextOptions.addTo(parser);
    const QCommandLineOption json(
        QStringLiteral("json"),
        QCoreApplication::translate("mxscope::cli", "Print the result as JSON."));
    parser.addOption(json);
    const QCommandLineOption report = reportOption();
    parser.addOption(report);
    if (const std::optional<int> status = parseSubcommandArguments(parser, arguments, prefix))
        return *status;
    QString error;
    const std::optional<CheckContext> context = contextOptions.read(parser, &error);
    if (!context) {
        err << prefix << error << '\n';
        return ExitUsage;
    }

    AuditRunner runner(*context, {checkId});
    QObject::connect(&runner, &AuditRunner::finished, QCoreApplication::instance(),
                     [] { QCoreApplication::exit(0); });
    const StopSignals stop([&runner] { runner.cancel(); });
    runner.start();
    if (runner.isRunning())
        QCoreApplication::exec();

    const CheckOutcome &outcome = runner.record().checks.constFirst();
    if (outcome.status == CheckStatus::Refused) {
        err << prefix << outcome.error << '\n';
        return ExitUsage;
    }
    if (parser.isSet(json)) {
        QJsonObject object = CheckPrinter::toJson(outcome);
        object.insert(QStringLiteral("transcript"),
                      JsonConversions::toJson(runner.record().transcript));
        out << QJsonDocument(object).toJson(QJsonDocument::Indented);
        out.flush();
    } else {
        CheckPrinter::printText(outcome, out);
    }
    if (outcome.status != CheckStatus::Completed)
        err << prefix << outcome.error << '\n';
    if (parser.isSet(report)
        && !ReportFiles::saveHtml(runner.record(), parser.value(report), &error)) {
        err << prefix << error << '\n';
        return ExitCheckFailed;
    }
    return exitStatusFor(outcome.status);
}

} // namespace mxscope::cli

// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "BannerCommand.h"

#include "BannerReportPrinter.h"
#include "CliCommand.h"
#include "ParseArguments.h"
#include "ReportFile.h"
#include "TargetOptions.h"
#include "checks/BannerCheck.h"
#include "report/BannerHtmlReport.h"
#include "report/JsonConversions.h"
#include "transcript/Transcript.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

namespace mxscope::cli {

int runBannerCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "mxscope::cli",
        "Reads the greeting, EHLO capabilities, TLS details and HELP of a mail "
        "server and reports what they disclose."));
    parser.addHelpOption();
    TargetOptions target;
    target.addTo(parser);
    const QCommandLineOption json(
        QStringLiteral("json"),
        QCoreApplication::translate("mxscope::cli", "Print the result as JSON."));
    parser.addOption(json);
    const QCommandLineOption report = reportOption();
    parser.addOption(report);
    if (const std::optional<int> status
        = parseSubcommandArguments(parser, arguments, QStringLiteral("mxscope-cli banner: ")))
        return *status;
    QString error;
    const auto options = target.read(parser, &error);
    if (!options) {
        err << "mxscope-cli banner: " << error << '\n';
        return ExitUsage;
    }

    Transcript transcript;
    BannerCheck check(*options, &transcript);
    QObject::connect(&check, &BannerCheck::finished, QCoreApplication::instance(),
                     [] { QCoreApplication::exit(0); });
    check.start();
    if (check.isRunning())
        QCoreApplication::exec();

    const BannerResult &result = check.result();
    if (parser.isSet(json)) {
        QJsonObject object = JsonConversions::toJson(result, options->tls);
        object.insert(QStringLiteral("transcript"), JsonConversions::toJson(transcript.entries()));
        out << QJsonDocument(object).toJson(QJsonDocument::Indented);
        out.flush();
    } else if (result.greeting) {
        BannerReportPrinter::print(result, out);
    }
    if (parser.isSet(report)
        && !saveReport(
            parser.value(report),
            [&](QIODevice &device) {
                return BannerHtmlReport::write(result, transcript.entries(), device);
            },
            &error)) {
        err << "mxscope-cli banner: " << error << '\n';
        return ExitCheckFailed;
    }
    if (!result.completed) {
        err << "mxscope-cli banner: " << result.errorMessage << '\n';
        return ExitCheckFailed;
    }
    return ExitOk;
}

} // namespace mxscope::cli

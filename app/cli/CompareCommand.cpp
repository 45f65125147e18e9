// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "CompareCommand.h"

#include "CliCommand.h"
#include "ParseArguments.h"
#include "report/ReportComparison.h"
#include "report/ReportFiles.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

namespace mxscope::cli {

namespace {

class CompareCommand
{
    Q_DECLARE_TR_FUNCTIONS(mxscope::cli::CompareCommand)
};

void printGroup(const QString &heading, const QList<FindingChange> &changes, QTextStream &out)
{
    out << '\n' << heading << " (" << changes.size() << ")\n";
    for (const FindingChange &c : changes) {
        const Finding &f = c.after.id.isEmpty() ? c.before : c.after;
        out << "  [" << toString(f.severity).toUpper() << "] " << c.checkId << ": " << f.title
            << "  (" << f.id << ")";
        if (c.detailChanged)
            out << "  " << CompareCommand::tr("[detail changed]");
        out << '\n';
    }
}

void printHuman(const ReportComparison &diff, QTextStream &out)
{
    out << CompareCommand::tr("Before: %1 port %2, run %3")
               .arg(diff.targetBefore.host, QString::number(diff.targetBefore.port), diff.runBefore)
        << '\n'
        << CompareCommand::tr("After:  %1 port %2, run %3")
               .arg(diff.targetAfter.host, QString::number(diff.targetAfter.port), diff.runAfter)
        << '\n';
    if (!diff.sameTarget())
        out << CompareCommand::tr("Note: the two reports are of different servers.") << '\n';
    out << diff.summary() << '\n';
    printGroup(CompareCommand::tr("Fixed"), diff.fixed, out);
    printGroup(CompareCommand::tr("New"), diff.introduced, out);
    printGroup(CompareCommand::tr("Unchanged"), diff.unchanged, out);
    if (!diff.notRetested.isEmpty())
        printGroup(CompareCommand::tr("Not retested"), diff.notRetested, out);
}

} // namespace

int runCompareCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(CompareCommand::tr(
        "Compares two JSON reports of mxscope-cli audit (before and after a change): which "
        "findings were fixed, which are new, which remain. Exits 0 whatever changed."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("before"),
                                 CompareCommand::tr("The earlier JSON report."));
    parser.addPositionalArgument(QStringLiteral("after"),
                                 CompareCommand::tr("The later JSON report."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  CompareCommand::tr("Print the comparison as JSON."));
    parser.addOption(json);
    if (const std::optional<int> status
        = parseSubcommandArguments(parser, arguments, QStringLiteral("mxscope-cli compare: ")))
        return *status;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 2) {
        err << "mxscope-cli compare: "
            << CompareCommand::tr("give two JSON reports: the earlier one, then the later one.")
            << '\n';
        return ExitUsage;
    }
    QString error;
    const auto before = ReportFiles::loadJson(files.at(0), &error);
    const auto after = before ? ReportFiles::loadJson(files.at(1), &error) : std::nullopt;
    if (!before || !after) {
        err << "mxscope-cli compare: " << error << '\n';
        return ExitUsage;
    }
    const ReportComparison diff = ReportComparison::compare(*before, *after);
    if (parser.isSet(json))
        out << QJsonDocument(diff.toJson()).toJson(QJsonDocument::Indented);
    else
        printHuman(diff, out);
    return ExitOk;
}

} // namespace mxscope::cli

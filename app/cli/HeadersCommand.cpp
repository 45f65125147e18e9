// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "HeadersCommand.h"

#include "CliCommand.h"
#include "ParseArguments.h"
#include "headers/HeaderAnalysis.h"
#include "headers/HeaderJson.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

namespace mxscope::cli {

namespace {

// The translation context of this command's strings.
class HeadersCommand
{
    Q_DECLARE_TR_FUNCTIONS(mxscope::cli::HeadersCommand)
};

QString clipped(const QString &text, qsizetype width)
{
    return text.size() <= width ? text : text.left(width - 1) + QChar(0x2026);
}

QString describeDelay(const Hop &hop)
{
    if (hop.number == 1)
        return HeadersCommand::tr("first hop");
    if (!hop.delaySeconds)
        return HeadersCommand::tr("delay unknown");
    if (*hop.delaySeconds < 0)
        return HeadersCommand::tr("%1 s (clock skew)").arg(*hop.delaySeconds);
    return HeadersCommand::tr("+%1 s").arg(*hop.delaySeconds);
}

void printTimeline(const HeaderAnalysis &analysis, QTextStream &out)
{
    out << HeadersCommand::tr("Received chain, oldest first: %n hop(s)", nullptr,
                              int(analysis.hops.size()))
        << '\n';
    for (const Hop &hop : analysis.hops) {
        const ReceivedField &r = hop.received;
        const QString time = r.time.isValid()
            ? r.time.toUTC().toString(Qt::ISODate)
            : (r.dateText.isEmpty()
                   ? HeadersCommand::tr("(no date)")
                   : HeadersCommand::tr("(unreadable date \"%1\")").arg(clipped(r.dateText, 40)));
        out << QString::number(hop.number).rightJustified(3) << ". " << time << "  "
            << describeDelay(hop) << '\n';
        QString from = r.from.isEmpty() ? QStringLiteral("-") : r.from;
        if (!r.fromHost.isEmpty() && r.fromHost != r.from)
            from += QStringLiteral(" (") + r.fromHost + QLatin1Char(')');
        if (!r.fromAddress.isEmpty() && !r.from.contains(r.fromAddress))
            from += QStringLiteral(" [") + r.fromAddress + QLatin1Char(']');
        out << "     " << HeadersCommand::tr("from %1").arg(clipped(from, 90)) << '\n'
            << "     "
            << HeadersCommand::tr("by %1").arg(
                   clipped(r.by.isEmpty() ? QStringLiteral("-") : r.by, 90));
        if (!r.with.isEmpty())
            out << "  " << HeadersCommand::tr("with %1").arg(clipped(r.with, 40));
        out << '\n';
    }
}

void printHuman(const HeaderAnalysis &analysis, QTextStream &out)
{
    printTimeline(analysis, out);
    for (const QString &warning : analysis.warnings)
        out << HeadersCommand::tr("Note: %1").arg(warning) << '\n';
    out << '\n'
        << HeadersCommand::tr("Findings: %n", nullptr, int(analysis.findings.size())) << '\n';
    for (const Finding &finding : analysis.findings) {
        out << "  [" << toString(finding.severity) << "] " << finding.title << '\n'
            << "      " << finding.detail << '\n';
        if (!finding.remediation.isEmpty())
            out << "      " << HeadersCommand::tr("Fix: %1").arg(finding.remediation) << '\n';
    }
}

} // namespace

int runHeadersCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(HeadersCommand::tr(
        "Analyse the header of a received message: the Received hop timeline and what the "
        "header discloses (private addresses, internal names, software versions)."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("file"),
        HeadersCommand::tr("The message (.eml); \"-\" reads standard input."));
    parser.addOption({QStringLiteral("json"), HeadersCommand::tr("Print the result as JSON.")});
    if (const std::optional<int> status
        = parseSubcommandArguments(parser, arguments, QStringLiteral("mxscope-cli headers: ")))
        return *status;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        err << "mxscope-cli headers: "
            << HeadersCommand::tr("give exactly one message file (or \"-\" for standard input)")
            << '\n';
        return ExitUsage;
    }

    QByteArray message;
    QString error;
    if (!HeaderInput::readMessageFile(files.constFirst(), message, &error)) {
        err << "mxscope-cli headers: " << error << '\n';
        return ExitUsage;
    }
    const HeaderAnalysis analysis = analyseHeaders(message);
    if (parser.isSet(QStringLiteral("json"))) {
        out << QJsonDocument(HeaderJson::toJson(analysis)).toJson(QJsonDocument::Indented);
        out.flush();
    } else if (analysis.ok()) {
        printHuman(analysis, out);
        out.flush();
    }
    if (!analysis.ok()) {
        for (const QString &problem : analysis.errors)
            err << "mxscope-cli headers: " << problem << '\n';
        return ExitUsage;
    }
    return ExitOk;
}

} // namespace mxscope::cli

// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "EnumCommand.h"

#include "CliCommand.h"
#include "CliText.h"
#include "ParseArguments.h"
#include "StopSignals.h"
#include "TargetOptions.h"
#include "enumeration/EnumerationJson.h"
#include "enumeration/EnumerationRun.h"
#include "enumeration/UserListReader.h"
#include "report/JsonConversions.h"
#include "transcript/Transcript.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QPointer>
#include <QTextStream>

namespace mxscope::cli {

namespace {

const QString errorPrefix = QStringLiteral("mxscope-cli enum: ");

struct EnumOptions {
    QCommandLineOption method {QStringLiteral("method"),
                               CliText::tr("vrfy, expn, rcpt or auto (default auto: the fastest "
                                           "method that tells users apart)."),
                               CliText::tr("method"), QStringLiteral("auto")};
    QCommandLineOption users {QStringLiteral("users"),
                              CliText::tr("User list: one name per line, '#' comments."),
                              CliText::tr("file")};
    QCommandLineOption domain {QStringLiteral("domain"),
                               CliText::tr("Domain to append to every name (name@domain)."),
                               CliText::tr("domain")};
    QCommandLineOption from {QStringLiteral("from"),
                             CliText::tr("Sender for RCPT probes (default: the null sender <>)."),
                             CliText::tr("address")};
    QCommandLineOption connections {QStringLiteral("connections"),
                                    CliText::tr("Parallel connections, 1 to %1 (default %2).")
                                        .arg(EnumerationPlan::maxConnections)
                                        .arg(EnumerationPlan::defaultConnections),
                                    CliText::tr("n"),
                                    QString::number(EnumerationPlan::defaultConnections)};
    QCommandLineOption rate {
        QStringLiteral("rate"),
        CliText::tr("At most this many probes per second (default 0: no cap)."),
        CliText::tr("probes"), QStringLiteral("0")};
    QCommandLineOption noHarvest {
        QStringLiteral("no-harvest"),
        CliText::tr("Skip the session that measures how many errors the server tolerates.")};
    QCommandLineOption timeLimit {QStringLiteral("time-limit"),
                                  CliText::tr("Stop after this many seconds (default 3600)."),
                                  CliText::tr("seconds"), QStringLiteral("3600")};
    QCommandLineOption json {QStringLiteral("json"), CliText::tr("Print the result as JSON.")};
    QCommandLineOption journal {
        QStringLiteral("journal"),
        CliText::tr("Append every result to FILE as JSON lines as soon as it arrives."),
        CliText::tr("file")};
};

// The plan from the arguments, or nothing with *error set (a usage error).
std::optional<EnumerationPlan> readPlan(const QCommandLineParser &parser, const EnumOptions &o,
                                        const TargetOptions &target, QString *error)
{
    const auto options = target.read(parser, error);
    if (!options)
        return std::nullopt;
    EnumerationPlan plan;
    plan.target = *options;
    const auto method = enumerationMethodFromString(parser.value(o.method));
    if (!method) {
        *error = CliText::tr("--method must be vrfy, expn, rcpt or auto, not '%1'.")
                     .arg(parser.value(o.method));
        return std::nullopt;
    }
    plan.method = *method;
    if (!parser.isSet(o.users)) {
        *error = CliText::tr("--users is required.");
        return std::nullopt;
    }
    const UserListReader::Result list = UserListReader::readFile(parser.value(o.users));
    if (!list.ok()) {
        *error = list.error;
        return std::nullopt;
    }
    plan.names = list.names;
    plan.domain = parser.value(o.domain).trimmed();
    plan.sender = parser.value(o.from).trimmed();
    bool ok = false;
    plan.connections = parser.value(o.connections).toInt(&ok);
    if (!ok || plan.connections < 1 || plan.connections > EnumerationPlan::maxConnections) {
        *error = CliText::tr("--connections must be a number from 1 to %1, not '%2'.")
                     .arg(EnumerationPlan::maxConnections)
                     .arg(parser.value(o.connections));
        return std::nullopt;
    }
    plan.ratePerSecond = parser.value(o.rate).toDouble(&ok);
    if (!ok || plan.ratePerSecond < 0) {
        *error = CliText::tr("--rate must be zero or a positive number, not '%1'.")
                     .arg(parser.value(o.rate));
        return std::nullopt;
    }
    const double seconds = parser.value(o.timeLimit).toDouble(&ok);
    if (!ok || seconds <= 0 || seconds > 7 * 24 * 3600) {
        *error = CliText::tr("--time-limit must be a positive number of seconds, not '%1'.")
                     .arg(parser.value(o.timeLimit));
        return std::nullopt;
    }
    plan.timeLimitMs = int(seconds * 1000);
    plan.measureHarvest = !parser.isSet(o.noHarvest);
    plan.journalPath = parser.value(o.journal);
    if (const auto problem = plan.validate()) {
        *error = *problem;
        return std::nullopt;
    }
    return plan;
}

void printReport(const EnumerationResult &r, QTextStream &out)
{
    const BaselineResult &b = r.baseline;
    out << '\n' << CliText::tr("Baseline: %1").arg(b.reason) << '\n';
    for (const MethodBaseline &m : b.methods)
        out << "  " << displayName(m.method).leftJustified(8) << ' ' << toString(m.verdict) << ": "
            << m.reason << '\n';
    if (b.discriminates) {
        const QStringList found = r.found();
        out << '\n'
            << CliText::tr("Users found with %1: %2 of %3 names")
                   .arg(displayName(b.method))
                   .arg(found.size())
                   .arg(r.total)
            << '\n';
        for (const QString &name : found)
            out << "  " << name << '\n';
        out << CliText::tr("Absent: %1, unknown: %2, not probed: %3")
                   .arg(r.count(ProbeVerdict::Absent))
                   .arg(r.count(ProbeVerdict::Unknown))
                   .arg(r.notProbed())
            << '\n';
    } else {
        out << '\n'
            << CliText::tr("No users reported: no method can tell them apart here.") << '\n';
    }
    if (r.harvest.defence != HarvestDefence::NotMeasured || r.harvest.guessesPerMinute > 0)
        out << CliText::tr("Harvest: %1 About %2 guesses per minute.")
                   .arg(r.harvest.summary)
                   .arg(qRound64(r.harvest.guessesPerMinute))
            << '\n';
    out << '\n' << CliText::tr("Findings: %1").arg(r.findings.size()) << '\n';
    for (const Finding &finding : r.findings) {
        out << "  [" << toString(finding.severity) << "] " << finding.title << '\n';
        out << "      " << finding.detail << '\n';
        if (!finding.remediation.isEmpty())
            out << "      " << CliText::tr("Fix: %1").arg(finding.remediation) << '\n';
    }
    out << '\n'
        << CliText::tr("%1 sessions in %2 s%3")
               .arg(r.sessions)
               .arg(double(r.elapsedMs) / 1000.0, 0, 'f', 2)
               .arg(r.cancelled      ? CliText::tr(" (cancelled)")
                        : r.timedOut ? CliText::tr(" (time limit reached)")
                                     : QString())
        << '\n';
    out.flush();
}

} // namespace

int runEnumCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Finds which accounts exist on a mail server with VRFY, EXPN or RCPT TO, "
                    "after a baseline of made-up names shows which method can tell, and "
                    "measures how the server resists directory harvesting. Only for servers "
                    "you are authorised to test."));
    parser.addHelpOption();
    TargetOptions target;
    target.addTo(parser);
    const EnumOptions o;
    parser.addOptions({o.method, o.users, o.domain, o.from, o.connections, o.rate, o.noHarvest,
                       o.timeLimit, o.json, o.journal});
    if (const std::optional<int> status = parseSubcommandArguments(parser, arguments, errorPrefix))
        return *status;
    QString error;
    const auto plan = readPlan(parser, o, target, &error);
    if (!plan) {
        err << errorPrefix << error << '\n';
        return ExitUsage;
    }
    const bool json = parser.isSet(o.json);

    Transcript transcript;
    EnumerationRun run(*plan, &transcript);
    if (!json) {
        out << CliText::tr("Enumerating %1 names on %2 port %3 (%4)")
                   .arg(plan->names.size())
                   .arg(plan->target.host)
                   .arg(plan->target.port)
                   .arg(toString(plan->method))
            << '\n';
        out.flush();
        QObject::connect(&run, &EnumerationRun::probeFinished, &run, [&out](const ProbeResult &p) {
            if (p.verdict != ProbeVerdict::Exists)
                return;
            out << "  [+] " << p.name << "  " << p.reply.summary();
            if (!p.members.isEmpty())
                out << "  (" << p.members.join(QStringLiteral(", ")) << ')';
            out << '\n';
            out.flush();
        });
    }
    QObject::connect(&run, &EnumerationRun::finished, QCoreApplication::instance(),
                     [] { QCoreApplication::exit(0); });
    const StopSignals stopSignals([&run] { run.cancel(); });
    run.start();
    if (run.isRunning())
        QCoreApplication::exec();

    const EnumerationResult &result = run.result();
    if (json) {
        QJsonObject object = EnumerationJson::toJson(result);
        object.insert(QStringLiteral("transcript"), JsonConversions::toJson(transcript.entries()));
        out << QJsonDocument(object).toJson(QJsonDocument::Indented);
        out.flush();
    } else if (result.error.isEmpty()) {
        printReport(result, out);
    }
    if (!result.error.isEmpty()) {
        err << errorPrefix << result.error << '\n';
        return ExitCheckFailed;
    }
    return ExitOk;
}

} // namespace mxscope::cli

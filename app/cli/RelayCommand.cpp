// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "RelayCommand.h"

#include "CliCommand.h"
#include "ReportFile.h"
#include "TargetOptions.h"
#include "relay/RelayAddress.h"
#include "relay/RelayJson.h"
#include "relay/RelayTest.h"
#include "report/JsonConversions.h"
#include "report/RelayHtmlReport.h"
#include "smtp/InputValidation.h"
#include "transcript/Transcript.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

namespace mxscope::cli {

namespace {

const QString passwordVariable = QStringLiteral("MXSCOPE_AUTH_PASSWORD");

// The translation context of this command's strings.
class RelayCommand
{
    Q_DECLARE_TR_FUNCTIONS(mxscope::cli::RelayCommand)
};

QString clipped(const QString &text, qsizetype width)
{
    return text.size() <= width ? text : text.left(width - 1) + QChar(0x2026);
}

void printTable(const RelayResult &result, QTextStream &out)
{
    qsizetype idWidth = 7, fromWidth = 9, toWidth = 7, stageWidth = 5;
    for (const RelayOutcome &o : result.outcomes) {
        idWidth = std::max(idWidth, o.variant.id.size());
        fromWidth = std::max(fromWidth, o.variant.mailFrom.size());
        toWidth = std::max(toWidth, o.variant.rcptTo.size());
        stageWidth = std::max(stageWidth, toString(o.stage).size());
    }
    fromWidth = std::min<qsizetype>(fromWidth, 34);
    toWidth = std::min<qsizetype>(toWidth, 34);
    auto row = [&](const QString &n, const QString &id, const QString &from, const QString &to,
                   const QString &stage, const QString &reply) {
        out << n.rightJustified(3) << "  " << id.leftJustified(idWidth) << "  "
            << clipped(from, fromWidth).leftJustified(fromWidth) << "  "
            << clipped(to, toWidth).leftJustified(toWidth) << "  "
            << stage.leftJustified(stageWidth) << "  " << clipped(reply, 60) << '\n';
    };
    row(QStringLiteral("#"), RelayCommand::tr("Variant"), RelayCommand::tr("MAIL FROM"),
        RelayCommand::tr("RCPT TO"), RelayCommand::tr("Stage"), RelayCommand::tr("Reply"));
    for (qsizetype i = 0; i < result.outcomes.size(); ++i) {
        const RelayOutcome &o = result.outcomes.at(i);
        const QString reply = o.reply.code ? o.reply.summary() : o.error;
        row(QString::number(i + 1), o.variant.id, o.variant.mailFrom, o.variant.rcptTo,
            toString(o.stage), reply);
    }
}

void printHuman(const RelayPlan &plan, const RelayResult &result, QTextStream &out)
{
    out << RelayCommand::tr("Relay test of %1 port %2").arg(plan.target.host).arg(plan.target.port);
    if (!result.targetName.isEmpty())
        out << " (" << result.targetName << ", " << result.targetAddress << ')';
    out << '\n'
        << (plan.sendData
                ? RelayCommand::tr("Mode: sending a test message (token %1)").arg(result.token)
                : RelayCommand::tr("Mode: safe (judged at RCPT TO, RSET before DATA)"))
        << "\n\n";
    if (!result.outcomes.isEmpty()) {
        printTable(result, out);
        out << '\n';
    }
    out << RelayCommand::tr("Verdict: %1").arg(toString(result.verdict)) << '\n'
        << result.verdictSentence << "\n\n";
    out << RelayCommand::tr("Findings: %n", nullptr, int(result.findings.size())) << '\n';
    for (const Finding &f : result.findings)
        out << "  [" << toString(f.severity) << "] " << f.id << ": " << f.title << '\n';
    out << '\n'
        << RelayCommand::tr("%n variant(s) in %1 ms over %2 session(s).", nullptr,
                            int(result.outcomes.size()))
               .arg(result.elapsedMs)
               .arg(result.connections)
        << '\n';
}

struct Parsed {
    RelayPlan plan;
    bool json = false;
    QString reportPath;
    int connections = 0;
};

// Returns the plan, or nothing with *error set (a usage error).
std::optional<Parsed> parse(const QStringList &arguments, QTextStream &out, bool *helpShown,
                            QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(RelayCommand::tr(
        "Tries every known way of asking a mail server to relay to an outside address "
        "(nmap's 16 tests, the abuse.net list and more) and says whether it is an open relay. "
        "Safe mode judges at RCPT TO and sends RSET before DATA."));
    parser.addHelpOption();
    TargetOptions target;
    target.addTo(parser);
    const QCommandLineOption from(QStringLiteral("from"),
                                  RelayCommand::tr("Envelope sender address."),
                                  RelayCommand::tr("address"));
    const QCommandLineOption to(QStringLiteral("to"),
                                RelayCommand::tr("External recipient address (a mailbox you own)."),
                                RelayCommand::tr("address"));
    const QCommandLineOption sendData(
        QStringLiteral("send-data"),
        RelayCommand::tr(
            "Send a real test message (with a unique token) after each accepted RCPT TO."));
    const QCommandLineOption authorised(
        QStringLiteral("yes-i-am-authorised"),
        RelayCommand::tr(
            "Confirm that you are allowed to test this server (required by --send-data)."));
    const QCommandLineOption user(
        QStringLiteral("auth-user"),
        RelayCommand::tr(
            "Also test relaying after AUTH as this user; the password is read from %1.")
            .arg(passwordVariable),
        RelayCommand::tr("name"));
    const QCommandLineOption connections(
        QStringLiteral("connections"),
        RelayCommand::tr("Most sessions at once (1 to 8, default 4)."), RelayCommand::tr("count"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  RelayCommand::tr("Print the result as JSON."));
    const QCommandLineOption report = reportOption();
    parser.addOptions({from, to, sendData, authorised, user, connections, json, report});
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        *helpShown = true;
        return std::nullopt;
    }
    const auto options = target.read(parser, error);
    if (!options)
        return std::nullopt;
    Parsed parsed;
    parsed.plan.target = *options;
    parsed.plan.sender = parser.value(from).trimmed();
    parsed.plan.recipient = parser.value(to).trimmed();
    for (const auto &[value, name] : {std::pair {parsed.plan.sender, QStringLiteral("--from")},
                                      std::pair {parsed.plan.recipient, QStringLiteral("--to")}}) {
        if (value.isEmpty()) {
            *error = RelayCommand::tr("%1 is required.").arg(name);
            return std::nullopt;
        }
        if (auto problem = InputValidation::checkField(value, name))
            *error = *problem;
        else if (auto bad = RelayAddress::check(value, name))
            *error = *bad;
        if (!error->isEmpty())
            return std::nullopt;
    }
    parsed.plan.sendData = parser.isSet(sendData);
    parsed.plan.authorised = parser.isSet(authorised);
    if (parsed.plan.sendData && !parsed.plan.authorised) {
        *error = RelayCommand::tr(
            "--send-data sends real mail; add --yes-i-am-authorised to confirm you may "
            "test this server.");
        return std::nullopt;
    }
    if (parser.isSet(user)) {
        Credentials credentials;
        credentials.user = parser.value(user);
        credentials.password = qEnvironmentVariable(qPrintable(passwordVariable));
        if (credentials.user.isEmpty() || credentials.password.isEmpty()) {
            *error = RelayCommand::tr("--auth-user needs a user name and the password in %1.")
                         .arg(passwordVariable);
            return std::nullopt;
        }
        parsed.plan.target.credentials = credentials;
    }
    if (parser.isSet(connections)) {
        bool ok = false;
        parsed.connections = parser.value(connections).toInt(&ok);
        if (!ok || parsed.connections < 1 || parsed.connections > 8) {
            *error = RelayCommand::tr("--connections must be a number from 1 to 8, not '%1'.")
                         .arg(parser.value(connections));
            return std::nullopt;
        }
    }
    parsed.json = parser.isSet(json);
    parsed.reportPath = parser.value(report);
    return parsed;
}

} // namespace

int runRelayCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    bool helpShown = false;
    QString error;
    const auto parsed = parse(arguments, out, &helpShown, &error);
    if (helpShown)
        return ExitOk;
    if (!parsed) {
        err << "mxscope-cli relay: " << error << '\n';
        return ExitUsage;
    }

    Transcript transcript;
    RelayTest test(parsed->plan, &transcript);
    if (parsed->connections > 0) {
        RelayTest::Limits limits;
        limits.maxConnections = parsed->connections;
        test.setLimits(limits);
    }
    QObject::connect(&test, &RelayTest::finished, QCoreApplication::instance(),
                     [] { QCoreApplication::exit(0); });
    test.start();
    if (test.isRunning())
        QCoreApplication::exec();

    const RelayResult &result = test.result();
    if (parsed->json) {
        QJsonObject object = RelayJson::toJson(result, parsed->plan);
        object.insert(QStringLiteral("transcript"), JsonConversions::toJson(transcript.entries()));
        out << QJsonDocument(object).toJson(QJsonDocument::Indented);
        out.flush();
    } else if (!result.outcomes.isEmpty()) {
        printHuman(parsed->plan, result, out);
        out.flush();
    }
    if (!parsed->reportPath.isEmpty()
        && !saveReport(
            parsed->reportPath,
            [&](QIODevice &device) {
                return RelayHtmlReport::write(parsed->plan, result, false, transcript.entries(),
                                              device);
            },
            &error)) {
        err << "mxscope-cli relay: " << error << '\n';
        return ExitCheckFailed;
    }
    // The test ran when the server named itself and the matrix was built.
    if (result.outcomes.isEmpty()) {
        err << "mxscope-cli relay: " << result.errorMessage << '\n';
        return ExitCheckFailed;
    }
    return ExitOk;
}

} // namespace mxscope::cli

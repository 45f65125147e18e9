// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
//
// Three figures, each beside the floor of the same work measured in this run:
// - the relay matrix against the hardened practice server, beside one raw connection that
//   sends the same number of MAIL/RCPT/RSET rounds and waits for each reply;
// - a connection ramp to the hard cap (500) against the practice server, beside 500 raw
//   sockets opened at once that wait for their first line;
// - the HTML, JSON and CSV reports of a 10,000-name enumeration run, beside writing the
//   same cells and transcript lines once as plain text.
// Everything runs on 127.0.0.1, in this process, and ends by itself.
#include "RawClients.h"
#include "SessionRun.h"
#include "audit/AuditRunner.h"
#include "audit/RunRecordJson.h"
#include "report/AuditHtmlReport.h"
#include "report/ReportFiles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>

#include <cstdio>

using namespace mxscope;
using namespace mxscope::bench;

namespace {

constexpr int rampCap = 500;
constexpr int reportNames = 10'000;
constexpr qsizetype roundsPerSession = 3;

CheckOutcome runCheck(const QString &id, const CheckContext &context)
{
    AuditRunner runner(context, {id});
    QEventLoop loop;
    QObject::connect(&runner, &AuditRunner::finished, &loop, &QEventLoop::quit);
    runner.start();
    if (runner.isRunning())
        loop.exec();
    return runner.record().checks.constFirst();
}

void printResult(const char *name, double value, const char *unit, double baseline)
{
    std::printf("RESULT %s %.1f %s baseline=%.2f ratio=%.2f\n", name, value, unit, baseline,
                baseline > 0 ? value / baseline : 0.0);
}

void benchRelay()
{
    const auto server = testing::startPracticeServer(QStringLiteral("hardened"));
    CheckContext context;
    context.target = testing::practiceOptions(*server);
    const CheckOutcome outcome = runCheck(QStringLiteral("relay"), context);
    const qint64 mxscopeMs = outcome.finishedMs - outcome.startedMs;
    qsizetype variants = 0;
    for (const ResultTable &table : outcome.tables)
        variants = std::max(variants, table.rows.size());
    // The server ends sessions after a few refusals, as Postfix does: rounds of three.
    double rawMs = 0;
    for (qsizetype done = 0; done < variants && rawMs >= 0; done += roundsPerSession) {
        QByteArrayList commands {"EHLO bench.invalid\r\n"};
        for (qsizetype i = done; i < std::min(variants, done + roundsPerSession); ++i)
            commands << "MAIL FROM:<bench@example.com>\r\n"
                     << "RCPT TO:<bench@example.net>\r\n"
                     << "RSET\r\n";
        commands << "QUIT\r\n";
        const double ms = runRawDialogue(context.target.host, context.target.port, commands);
        rawMs = ms < 0 ? -1 : rawMs + ms;
    }
    std::printf("relay matrix: %lld variants, mxscope %lld ms (%s), raw rounds %.2f ms\n",
                static_cast<long long>(variants), static_cast<long long>(mxscopeMs),
                qPrintable(toString(outcome.status)), rawMs);
    if (rawMs < 0 || outcome.status != CheckStatus::Completed) {
        std::printf("SKIP relay.matrix the practice server ended a session early\n");
        return;
    }
    printResult("relay.matrix.hardened", double(mxscopeMs), "ms", rawMs);
}

void benchRamp()
{
    // A fresh server for each side, so neither waits for the other's sessions to close.
    int greeted = 0;
    const auto rawServer = testing::startPracticeServer(QStringLiteral("hardened"));
    const SessionOptions rawTarget = testing::practiceOptions(*rawServer);
    const double rawMs
        = runRawRamp(rawTarget.host, rawTarget.port, rampCap, rampCap / 10, &greeted);

    const auto server = testing::startPracticeServer(QStringLiteral("hardened"));
    CheckContext context;
    context.target = testing::practiceOptions(*server);
    context.maxConnections = rampCap;
    context.authorised = true;
    context.timeLimitMs = 6000; // the idle-timeout wait after the ramp stays short
    const CheckOutcome outcome = runCheck(QStringLiteral("capacity"), context);
    const double rampMs = outcome.details.value(QStringLiteral("ramp_ms")).toDouble();
    const int acceptedMax = outcome.details.value(QStringLiteral("accepted_max")).toInt();
    std::printf("connection ramp to %d: mxscope %.0f ms (%d held at once), raw %.1f ms "
                "(%d greeted)\n",
                rampCap, rampMs, acceptedMax, rawMs, greeted);
    printResult("capacity.ramp.500", rampMs, "ms", rawMs);
}

RunRecord enumerationRecord()
{
    RunRecord record;
    record.id = RunRecord::newId(QDateTime::currentMSecsSinceEpoch());
    record.target = {QStringLiteral("127.0.0.1"), 25, TlsMode::None, QStringLiteral("bench.test")};
    record.startedMs = QDateTime::currentMSecsSinceEpoch();
    record.finishedMs = record.startedMs + 1;
    CheckOutcome outcome;
    outcome.checkId = QStringLiteral("enumeration");
    outcome.title = QStringLiteral("Account enumeration");
    outcome.status = CheckStatus::Completed;
    outcome.summary = QStringLiteral("100 of 10000 names exist.");
    ResultTable names {QStringLiteral("names"),
                       QStringLiteral("Names"),
                       {QStringLiteral("Name"), QStringLiteral("Method"), QStringLiteral("Reply"),
                        QStringLiteral("Verdict"), QStringLiteral("ms")},
                       {},
                       {}};
    ChartSeries latency {QStringLiteral("Latency"), {}};
    for (int i = 0; i < reportNames; ++i) {
        const bool exists = i % 100 == 50;
        const QString name = QStringLiteral("user%1").arg(i);
        const QString reply = exists ? QStringLiteral("250 2.1.5 Ok")
                                     : QStringLiteral("550 5.1.1 <%1@bench.test>: Recipient "
                                                      "address rejected: User unknown")
                                           .arg(name);
        names.rows.append({name, QStringLiteral("RCPT"), reply,
                           exists ? QStringLiteral("exists") : QStringLiteral("absent"),
                           QString::number(i % 7)});
        names.evidence.append(record.transcript.size());
        latency.values.append(i % 7);
        const qint64 at = record.startedMs + i;
        record.transcript.append({at, TranscriptDirection::Sent, false, i % 4,
                                  QStringLiteral("RCPT TO:<%1@bench.test>").arg(name)});
        record.transcript.append({at, TranscriptDirection::Received, false, i % 4, reply});
    }
    outcome.tables.append(names);
    outcome.charts.append({QStringLiteral("latency"),
                           QStringLiteral("Latency per probe"),
                           ChartData::Kind::Line,
                           {},
                           QStringLiteral("probe"),
                           QStringLiteral("ms"),
                           {latency}});
    outcome.findings.append({QStringLiteral("enumeration.rcpt"),
                             Severity::Medium,
                             QStringLiteral("RCPT TO tells which accounts exist"),
                             QStringLiteral("100 names exist."),
                             QString(),
                             {1, 3}});
    record.checks.append(outcome);
    return record;
}

void benchReport()
{
    const RunRecord record = enumerationRecord();
    QTemporaryDir dir;
    QElapsedTimer clock;
    clock.start();
    const QString html = AuditHtmlReport::render(record);
    const QByteArray json = RunRecordJson::toBytes(record);
    QString error;
    QStringList written;
    const bool csv = ReportFiles::saveCsv(record, dir.path(), &written, &error);
    const qint64 mxscopeMs = clock.elapsed();

    clock.restart();
    QByteArray plain;
    for (const QStringList &row : record.checks.constFirst().tables.constFirst().rows)
        plain += row.join(u'\t').toUtf8() + '\n';
    for (const TranscriptEntry &entry : record.transcript)
        plain += entry.text.toUtf8() + '\n';
    const qint64 plainMs = clock.elapsed();
    std::printf("report of %d names: HTML %lld KiB, JSON %lld KiB, CSV %s; %lld ms; plain "
                "text %lld KiB in %lld ms\n",
                reportNames, static_cast<long long>(html.size() / 1024),
                static_cast<long long>(json.size() / 1024), csv ? "written" : "FAILED",
                static_cast<long long>(mxscopeMs), static_cast<long long>(plain.size() / 1024),
                static_cast<long long>(plainMs));
    printResult("report.10000-names", double(mxscopeMs), "ms",
                double(std::max<qint64>(plainMs, 1)));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchRelay();
    benchRamp();
    benchReport();
    return 0;
}

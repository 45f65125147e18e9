// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "capacity/CapacityReport.h"

#include <QJsonArray>

namespace mxscope {

namespace {

QString millis(qint64 ms)
{
    return ms < 0 ? QStringLiteral("-") : QString::number(ms);
}

} // namespace

QString CapacityReport::outcomeText(ConnectionOutcome outcome)
{
    switch (outcome) {
    case ConnectionOutcome::Pending:
        return tr("no answer yet");
    case ConnectionOutcome::Accepted:
        return tr("accepted");
    case ConnectionOutcome::Refused421:
        return tr("refused with 421");
    case ConnectionOutcome::RefusedReply:
        return tr("rejected at connect");
    case ConnectionOutcome::TcpRefused:
        return tr("connection refused");
    case ConnectionOutcome::Reset:
        return tr("closed before the greeting");
    case ConnectionOutcome::Timeout:
        return tr("timed out");
    case ConnectionOutcome::LocalError:
        return tr("local error");
    }
    return {};
}

ResultTable CapacityReport::connectionTable(const CapacityResult &r)
{
    ResultTable table;
    table.id = QStringLiteral("connections");
    table.title = tr("Connections of the ramp");
    table.columns = {tr("#"),
                     tr("Concurrent attempted"),
                     tr("Outcome"),
                     tr("Connect (ms)"),
                     tr("Greeting (ms)"),
                     tr("Server reply or error")};
    for (const ConnectionAttempt &a : r.attempts) {
        QString outcome = outcomeText(a.outcome);
        if (a.droppedWhileHeld)
            outcome += QLatin1Char(' ') + tr("(closed by the server while held)");
        const QString reply
            = a.code != 0 ? QString::number(a.code) + QLatin1Char(' ') + a.text : a.text;
        table.rows.append({QString::number(a.number), QString::number(a.attemptedAtStep), outcome,
                           millis(a.connectMs), millis(a.greetingMs), reply});
        table.evidence.append(a.evidence);
    }
    return table;
}

ChartData CapacityReport::rampChart(const CapacityResult &r)
{
    ChartData chart;
    chart.id = QStringLiteral("ramp");
    chart.title = tr("Accepted and refused connections over the ramp");
    chart.kind = ChartData::Kind::StackedBar;
    chart.xLabel = tr("Concurrent connections attempted");
    chart.yLabel = tr("Connections");
    ChartSeries accepted {tr("Accepted, held open"), {}};
    ChartSeries refused {tr("Refused"), {}};
    for (const RampStep &step : r.steps) {
        chart.categories.append(QString::number(step.attempted));
        accepted.values.append(step.accepted);
        refused.values.append(step.refused);
    }
    chart.series = {accepted, refused};
    return chart;
}

QJsonObject CapacityReport::details(const CapacityResult &r)
{
    QJsonObject o;
    o[QStringLiteral("requested_connections")] = r.requested;
    o[QStringLiteral("max_connections")] = r.maxConnections;
    o[QStringLiteral("attempted")] = int(r.attempts.size());
    o[QStringLiteral("accepted_max")] = r.acceptedMax;
    QJsonArray refusals;
    for (const RefusalGroup &g : r.refusalGroups()) {
        QJsonObject entry;
        entry[QStringLiteral("kind")] = toString(g.kind);
        entry[QStringLiteral("code")] = g.code == 0 ? QJsonValue() : QJsonValue(g.code);
        entry[QStringLiteral("text")] = g.text;
        entry[QStringLiteral("count")] = g.count;
        refusals.append(entry);
    }
    o[QStringLiteral("refusals")] = refusals;
    // The limit found: sessions held when the server began to refuse.
    o[QStringLiteral("per_client_limit")]
        = r.refusalsBeganAt ? QJsonValue(r.acceptedMax) : QJsonValue();
    o[QStringLiteral("refusals_began_at")]
        = r.refusalsBeganAt ? QJsonValue(*r.refusalsBeganAt) : QJsonValue();
    int dropped = 0;
    for (const ConnectionAttempt &a : r.attempts)
        dropped += a.droppedWhileHeld ? 1 : 0;
    o[QStringLiteral("dropped_while_held")] = dropped;
    QJsonArray steps;
    for (const RampStep &s : r.steps)
        steps.append(QJsonObject {{QStringLiteral("attempted"), s.attempted},
                                  {QStringLiteral("accepted"), s.accepted},
                                  {QStringLiteral("refused"), s.refused}});
    o[QStringLiteral("steps")] = steps;
    o[QStringLiteral("ramp_ms")] = r.rampMs;
    if (r.stoppedByLocalError)
        o[QStringLiteral("local_error")] = r.localError;

    const IdleMeasurement &idle = r.idle;
    const bool measured = idle.attempted && idle.error.isEmpty();
    o[QStringLiteral("idle_timeout_s")]
        = measured && idle.closedByServer ? QJsonValue(idle.seconds) : QJsonValue();
    if (measured && !idle.closedByServer)
        o[QStringLiteral("idle_timeout_more_than_s")] = idle.seconds;
    if (!idle.closingReply.isEmpty())
        o[QStringLiteral("idle_closing_reply")] = idle.closingReply;
    if (!idle.error.isEmpty())
        o[QStringLiteral("idle_error")] = idle.error;
    return o;
}

} // namespace mxscope

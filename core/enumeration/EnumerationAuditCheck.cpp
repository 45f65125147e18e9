// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "enumeration/EnumerationAuditCheck.h"

#include "enumeration/EnumerationJson.h"
#include "enumeration/EnumerationRun.h"

#include <algorithm>

namespace mxscope {

namespace {

// Sessions at once in an audit: fewer than the enumeration page's default, since the
// list is short and an audit should be polite.
constexpr int auditConnections = 2;

QList<const ProbeResult *> inListOrder(const EnumerationResult &result)
{
    QList<const ProbeResult *> probes;
    for (const ProbeResult &p : result.probes)
        probes.append(&p);
    std::sort(probes.begin(), probes.end(),
              [](const ProbeResult *a, const ProbeResult *b) { return a->index < b->index; });
    return probes;
}

QString verdictName(ProbeVerdict verdict)
{
    switch (verdict) {
    case ProbeVerdict::Exists:
        return EnumerationAuditCheck::tr("Exists");
    case ProbeVerdict::Absent:
        return EnumerationAuditCheck::tr("Absent");
    case ProbeVerdict::Unknown:
        break;
    }
    return EnumerationAuditCheck::tr("Unknown");
}

ResultTable nameTable(const QList<const ProbeResult *> &probes)
{
    ResultTable table;
    table.id = QStringLiteral("names");
    table.title = EnumerationAuditCheck::tr("Names probed");
    table.columns
        = {EnumerationAuditCheck::tr("Name"),   EnumerationAuditCheck::tr("Address"),
           EnumerationAuditCheck::tr("Method"), EnumerationAuditCheck::tr("Verdict"),
           EnumerationAuditCheck::tr("Reply"),  EnumerationAuditCheck::tr("Latency (ms)")};
    for (const ProbeResult *p : probes) {
        table.rows.append({p->name, p->argument, displayName(p->method), verdictName(p->verdict),
                           p->reply.code ? p->reply.summary() : p->note,
                           QString::number(p->latencyMs)});
        table.evidence.append(p->evidence);
    }
    return table;
}

ChartData verdictChart(const EnumerationResult &result)
{
    ChartData chart;
    chart.id = QStringLiteral("verdicts");
    chart.title = EnumerationAuditCheck::tr("Verdict per name");
    chart.kind = ChartData::Kind::Bar;
    chart.yLabel = EnumerationAuditCheck::tr("Names");
    chart.categories
        = {verdictName(ProbeVerdict::Exists), verdictName(ProbeVerdict::Absent),
           verdictName(ProbeVerdict::Unknown), EnumerationAuditCheck::tr("Not probed")};
    chart.series
        = {{EnumerationAuditCheck::tr("Names"),
            {double(result.count(ProbeVerdict::Exists)), double(result.count(ProbeVerdict::Absent)),
             double(result.count(ProbeVerdict::Unknown)), double(result.notProbed())}}};
    return chart;
}

ChartData latencyChart(const QList<const ProbeResult *> &probes)
{
    ChartData chart;
    chart.id = QStringLiteral("latency");
    chart.title = EnumerationAuditCheck::tr("Reply time per probe");
    chart.kind = ChartData::Kind::Line;
    chart.xLabel = EnumerationAuditCheck::tr("Name");
    chart.yLabel = EnumerationAuditCheck::tr("Milliseconds");
    ChartSeries series;
    series.name = EnumerationAuditCheck::tr("Reply time");
    for (const ProbeResult *p : probes) {
        chart.categories.append(p->name);
        series.values.append(double(p->latencyMs));
    }
    chart.series = {series};
    return chart;
}

QString summaryOf(const EnumerationResult &result)
{
    if (!result.baseline.discriminates)
        return EnumerationAuditCheck::tr("No user could be told apart: %1")
            .arg(result.baseline.reason);
    return EnumerationAuditCheck::tr("%1 of %n name(s) found to exist with %2.", nullptr,
                                     int(result.total))
        .arg(result.count(ProbeVerdict::Exists))
        .arg(displayName(result.baseline.method));
}

} // namespace

EnumerationAuditCheck::EnumerationAuditCheck(const CheckContext &context, QObject *parent)
    : AuditCheck(QStringLiteral("enumeration"), context, parent)
    , m_plan(planFor(context))
{ }

QStringList EnumerationAuditCheck::commonNames()
{
    return {QStringLiteral("root"),     QStringLiteral("admin"),      QStringLiteral("postmaster"),
            QStringLiteral("abuse"),    QStringLiteral("hostmaster"), QStringLiteral("webmaster"),
            QStringLiteral("info"),     QStringLiteral("sales"),      QStringLiteral("support"),
            QStringLiteral("contact"),  QStringLiteral("office"),     QStringLiteral("mail"),
            QStringLiteral("test"),     QStringLiteral("user"),       QStringLiteral("guest"),
            QStringLiteral("staff"),    QStringLiteral("marketing"),  QStringLiteral("billing"),
            QStringLiteral("security"), QStringLiteral("noreply"),    QStringLiteral("operator"),
            QStringLiteral("backup"),   QStringLiteral("www"),        QStringLiteral("ftp"),
            QStringLiteral("nobody")};
}

EnumerationPlan EnumerationAuditCheck::planFor(const CheckContext &context)
{
    EnumerationPlan plan;
    plan.target = context.target;
    plan.method = EnumerationMethod::Auto;
    plan.names = context.userNames.isEmpty() ? commonNames() : context.userNames;
    plan.domain = context.domain;
    plan.sender = context.sender;
    plan.connections = auditConnections;
    plan.timeLimitMs = 0; // the audit's own limit applies (AuditCheck)
    return plan;
}

void EnumerationAuditCheck::describe(const EnumerationResult &result, CheckOutcome &outcome)
{
    const QList<const ProbeResult *> probes = inListOrder(result);
    outcome.findings = result.findings;
    outcome.tables = {nameTable(probes)};
    outcome.charts = {verdictChart(result)};
    if (!probes.isEmpty())
        outcome.charts.append(latencyChart(probes));
    QJsonObject details = EnumerationJson::toJson(result);
    details.remove(QStringLiteral("findings")); // the outcome carries them
    outcome.details = details;
}

void EnumerationAuditCheck::run()
{
    if (const auto problem = m_plan.validate()) {
        finish(CheckStatus::Refused, *problem);
        return;
    }
    m_run = new EnumerationRun(m_plan, context().transcript, this);
    connect(m_run, &EnumerationRun::progress, this, [this](qsizetype done, qsizetype total) {
        reportProgress(int(done), int(total), tr("Name %1 of %2").arg(done).arg(total));
    });
    connect(m_run, &EnumerationRun::finished, this, &EnumerationAuditCheck::onFinished);
    reportProgress(0, int(m_plan.names.size()), tr("Baseline with made-up names"));
    m_run->start();
}

void EnumerationAuditCheck::stop()
{
    if (!m_run)
        return;
    m_run->disconnect(this);
    m_run->cancel();
    describe(m_run->result(), outcomeForUpdate());
}

void EnumerationAuditCheck::onFinished()
{
    const EnumerationResult &result = m_run->result();
    CheckOutcome &outcome = outcomeForUpdate();
    describe(result, outcome);
    const QList<Finding> findings = std::exchange(outcome.findings, {});
    for (const Finding &finding : findings)
        addFinding(finding);
    if (!result.error.isEmpty())
        finish(CheckStatus::Failed, result.error);
    else
        finish(CheckStatus::Completed, summaryOf(result));
}

} // namespace mxscope

// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "relay/RelayAuditCheck.h"

#include "audit/CheckCatalogue.h"
#include "relay/RelayJson.h"
#include "relay/RelayTest.h"

#include <array>

namespace mxscope {

namespace {

// Reserved for documentation (RFC 2606): no real mailbox ever receives them.
const QString defaultSender = QStringLiteral("mxscope-test@example.com");
const QString defaultRecipient = QStringLiteral("mxscope-relay-test@example.net");

qsizetype firstEvidence(const RelayOutcome &outcome)
{
    if (!outcome.evidence.isEmpty())
        return outcome.evidence.constFirst();
    return outcome.commandEvidence.isEmpty() ? -1 : outcome.commandEvidence.constFirst();
}

ResultTable variantTable(const RelayResult &result)
{
    ResultTable table;
    table.id = QStringLiteral("variants");
    table.title = RelayAuditCheck::tr("Relay variants");
    table.columns = {RelayAuditCheck::tr("Variant"), RelayAuditCheck::tr("MAIL FROM"),
                     RelayAuditCheck::tr("RCPT TO"), RelayAuditCheck::tr("Stage reached"),
                     RelayAuditCheck::tr("Reply")};
    for (const RelayOutcome &o : result.outcomes) {
        const QString reply = o.stage == RelayStage::Error && !o.error.isEmpty() ? o.error
            : o.reply.code                                                       ? o.reply.summary()
                                                                                 : QString();
        table.rows.append(
            {o.variant.id, o.variant.mailFrom, o.variant.rcptTo, describe(o.stage), reply});
        table.evidence.append(firstEvidence(o));
    }
    return table;
}

ChartData outcomeChart(const RelayResult &result)
{
    static constexpr std::array stages {RelayStage::RejectedAtMail,   RelayStage::RejectedAtRcpt,
                                        RelayStage::AcceptedAtRcpt,   RelayStage::AcceptedAfterData,
                                        RelayStage::RefusedAfterData, RelayStage::Error,
                                        RelayStage::NotTried};
    ChartData chart;
    chart.id = QStringLiteral("outcomes");
    chart.title = RelayAuditCheck::tr("Outcome per variant");
    chart.kind = ChartData::Kind::Bar;
    chart.yLabel = RelayAuditCheck::tr("Variants");
    ChartSeries series;
    series.name = RelayAuditCheck::tr("Variants");
    for (const RelayStage stage : stages) {
        const auto count
            = std::count_if(result.outcomes.cbegin(), result.outcomes.cend(),
                            [stage](const RelayOutcome &o) { return o.stage == stage; });
        // Stages no variant reached would only add empty bars, except the two that matter.
        if (count == 0 && stage != RelayStage::RejectedAtRcpt
            && stage != RelayStage::AcceptedAtRcpt)
            continue;
        chart.categories.append(describe(stage));
        series.values.append(double(count));
    }
    chart.series = {series};
    return chart;
}

} // namespace

RelayAuditCheck::RelayAuditCheck(const CheckContext &context, QObject *parent)
    : AuditCheck(QStringLiteral("relay"), context, parent)
    , m_plan(planFor(context))
{ }

RelayPlan RelayAuditCheck::planFor(const CheckContext &context)
{
    RelayPlan plan;
    plan.target = context.target;
    plan.sender = context.sender.isEmpty() ? defaultSender : context.sender;
    plan.recipient
        = context.externalRecipient.isEmpty() ? defaultRecipient : context.externalRecipient;
    plan.authorised = context.authorised;
    plan.sendData = false; // an audit judges at RCPT TO and never sends a message
    return plan;
}

void RelayAuditCheck::describe(const RelayResult &result, const RelayPlan &plan,
                               CheckOutcome &outcome)
{
    outcome.findings = result.findings;
    outcome.tables = {variantTable(result)};
    outcome.charts = {outcomeChart(result)};
    QJsonObject details = RelayJson::toJson(result, plan);
    details.remove(QStringLiteral("findings")); // the outcome carries them
    outcome.details = details;
}

CheckOutcome RelayAuditCheck::outcomeOf(const RelayResult &result, const RelayPlan &plan,
                                        bool cancelled)
{
    CheckOutcome outcome;
    outcome.checkId = QStringLiteral("relay");
    if (const CheckInfo *info = CheckCatalogue::find(outcome.checkId))
        outcome.title = info->title();
    describe(result, plan, outcome);
    if (cancelled) {
        outcome.status = CheckStatus::Cancelled;
        outcome.error = result.verdictSentence;
    } else if (result.outcomes.isEmpty()) {
        outcome.status = CheckStatus::Failed;
        outcome.error = result.errorMessage;
    } else {
        outcome.status = CheckStatus::Completed;
        outcome.summary = result.verdictSentence;
    }
    return outcome;
}

void RelayAuditCheck::run()
{
    m_test = new RelayTest(m_plan, context().transcript, this);
    connect(m_test, &RelayTest::progress, this, [this](int done, int total) {
        reportProgress(done, total, tr("Variant %1 of %2").arg(done).arg(total));
    });
    connect(m_test, &RelayTest::finished, this, &RelayAuditCheck::onFinished);
    m_test->start();
}

void RelayAuditCheck::stop()
{
    if (!m_test)
        return;
    m_test->disconnect(this);
    m_test->cancel();
    describe(m_test->result(), m_plan, outcomeForUpdate());
}

void RelayAuditCheck::onFinished()
{
    const RelayResult &result = m_test->result();
    CheckOutcome &outcome = outcomeForUpdate();
    describe(result, m_plan, outcome);
    const QList<Finding> findings = std::exchange(outcome.findings, {});
    for (const Finding &finding : findings)
        addFinding(finding);
    if (result.outcomes.isEmpty())
        finish(CheckStatus::Failed, result.errorMessage);
    else
        finish(CheckStatus::Completed, result.verdictSentence);
}

} // namespace mxscope

// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "checks/BannerAuditCheck.h"

#include "checks/BannerCheck.h"
#include "report/JsonConversions.h"

namespace mxscope {

namespace {

ResultTable capabilityTable(const BannerResult &result)
{
    ResultTable table;
    table.id = QStringLiteral("capabilities");
    table.title = BannerAuditCheck::tr("Advertised extensions");
    table.columns = {BannerAuditCheck::tr("Extension"), BannerAuditCheck::tr("Parameters")};
    // The first line of the EHLO reply is the server's name, not an extension.
    const QStringList lines = result.capabilities.lines();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString keyword = lines.at(i).section(QLatin1Char(' '), 0, 0);
        table.rows.append({keyword, lines.at(i).section(QLatin1Char(' '), 1)});
        table.evidence.append(result.helloEvidence >= 0 ? result.helloEvidence + 1 + i : -1);
    }
    return table;
}

QString summaryOf(const BannerResult &result)
{
    const int extensions = int(result.capabilities.lines().size());
    const QString greeting
        = BannerAuditCheck::tr("Greeting after %1 ms.").arg(result.greetingDelayMs);
    //: The server answered EHLO (or HELO) listing this many extensions.
    const QString hello = BannerAuditCheck::tr("%n extension(s) advertised.", nullptr, extensions);
    const QString found = result.findings.isEmpty()
        ? BannerAuditCheck::tr("Nothing disclosed.")
        : BannerAuditCheck::tr("%n disclosure finding(s).", nullptr, int(result.findings.size()));
    //: Three sentences in a row. Keep the space where the language puts one between sentences.
    return BannerAuditCheck::tr("%1 %2 %3").arg(greeting, hello, found);
}

} // namespace

BannerAuditCheck::BannerAuditCheck(const CheckContext &context, QObject *parent)
    : AuditCheck(QStringLiteral("banner"), context, parent)
{ }

void BannerAuditCheck::describe(const BannerResult &result, TlsMode tlsMode, CheckOutcome &outcome)
{
    outcome.findings = result.findings;
    if (!result.capabilities.lines().isEmpty())
        outcome.tables = {capabilityTable(result)};
    QJsonObject details = JsonConversions::toJson(result, tlsMode);
    details.remove(QStringLiteral("findings")); // the outcome carries them
    outcome.details = details;
}

void BannerAuditCheck::run()
{
    reportProgress(0, 1, tr("Reading the greeting"));
    m_check = new BannerCheck(context().target, context().transcript, this);
    connect(m_check, &BannerCheck::finished, this, &BannerAuditCheck::onFinished);
    m_check->start();
}

void BannerAuditCheck::stop()
{
    if (m_check) {
        m_check->disconnect(this);
        m_check->cancel();
        describe(m_check->result(), context().target.tls, outcomeForUpdate());
    }
}

void BannerAuditCheck::onFinished()
{
    const BannerResult &result = m_check->result();
    CheckOutcome &outcome = outcomeForUpdate();
    describe(result, context().target.tls, outcome);
    const QList<Finding> findings = outcome.findings;
    outcome.findings.clear();
    // The TLS check judges TLS itself, more closely; one finding, not two, when both run.
    const bool tlsCheckRuns = context().runChecks.contains(QStringLiteral("tls"));
    for (const Finding &finding : findings) {
        if (!(tlsCheckRuns && finding.id.startsWith(QStringLiteral("tls."))))
            addFinding(finding);
    }
    reportProgress(1, 1, tr("Done"));
    if (result.completed)
        finish(CheckStatus::Completed, summaryOf(result));
    else
        finish(CheckStatus::Failed, result.errorMessage);
}

} // namespace mxscope

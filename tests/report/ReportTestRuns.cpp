// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "ReportTestRuns.h"

#include "SignalWait.h"
#include "audit/AuditRunner.h"
#include "practice/PracticeServer.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

namespace mxscope::testing {

namespace {

QList<qsizetype> numbersOf(const QString &html, const QRegularExpression &pattern)
{
    QList<qsizetype> numbers;
    auto it = pattern.globalMatch(html);
    while (it.hasNext())
        numbers.append(it.next().captured(1).toLongLong());
    return numbers;
}

// The sample checks all completed; they differ in their findings and tables.
CheckOutcome completedOutcome(const QString &checkId, const QString &title, const QString &summary)
{
    CheckOutcome outcome;
    outcome.checkId = checkId;
    outcome.title = title;
    outcome.status = CheckStatus::Completed;
    outcome.summary = summary;
    return outcome;
}

} // namespace

RunRecord auditPractice(const PracticeProfile &profile, const QStringList &checks,
                        const QString &domain)
{
    PracticeServer server(profile);
    EXPECT_TRUE(server.listen(QHostAddress::LocalHost, 0)) << server.errorString().toStdString();
    CheckContext context;
    context.target.host = QStringLiteral("127.0.0.1");
    context.target.port = server.serverPort();
    context.target.heloName = QStringLiteral("client.mxscope.test");
    context.target.timeouts = {5000, 5000, 10000, 10000, 15000};
    context.domain = domain;
    context.timeLimitMs = 60'000;
    AuditRunner runner(context, checks);
    runner.start();
    EXPECT_TRUE(waitForJob(runner, 90'000)) << "the audit did not finish in time";
    if (runner.isRunning())
        runner.cancel();
    return runner.record();
}

RunRecord sampleRecord()
{
    RunRecord r;
    r.id = QStringLiteral("20261123T160000Z-0001");
    r.target = {QStringLiteral("mx.example.org"), 25, TlsMode::None, QStringLiteral("example.org")};
    r.startedMs = 1'795'000'000'000;
    r.finishedMs = r.startedMs + 4200;
    r.toolVersion = QStringLiteral("test");
    for (int i = 0; i < 6; ++i) {
        TranscriptEntry e;
        e.timestampMs = r.startedMs + i;
        e.direction = i % 2 ? TranscriptDirection::Sent : TranscriptDirection::Received;
        e.connection = 1;
        e.text = QStringLiteral("line %1").arg(i);
        r.transcript.append(e);
    }
    CheckOutcome banner = completedOutcome(QStringLiteral("banner"), QStringLiteral("Banner"),
                                           QStringLiteral("Greeting after 3 ms."));
    banner.findings = {{QStringLiteral("banner.software-version"),
                        Severity::Low,
                        QStringLiteral("Version disclosed"),
                        QStringLiteral("The greeting says \"Sendmail 8.15.2\"."),
                        QStringLiteral("Postfix: smtpd_banner = $myhostname ESMTP. Exim: "
                                       "smtp_banner = x. Exchange: Set-ReceiveConnector."),
                        {0}}};
    CheckOutcome relay = completedOutcome(QStringLiteral("relay"), QStringLiteral("Open relay"),
                                          QStringLiteral("Open relay."));
    relay.findings = {{QStringLiteral("relay.open"),
                       Severity::Critical,
                       QStringLiteral("Open relay"),
                       QStringLiteral("Accepted 3 variants."),
                       QStringLiteral("Postfix: smtpd_relay_restrictions."),
                       {2, 4}}};
    relay.tables = {{QStringLiteral("variants"),
                     QStringLiteral("Relay variants"),
                     {QStringLiteral("Variant"), QStringLiteral("Reply")},
                     {{QStringLiteral("plain"), QStringLiteral("250 2.1.5 Ok")},
                      {QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("550, \"no\"")}},
                     {3, -1}}};
    relay.charts = {{QStringLiteral("outcomes"),
                     QStringLiteral("Outcome per variant"),
                     ChartData::Kind::Bar,
                     {QStringLiteral("Rejected"), QStringLiteral("Accepted")},
                     {},
                     QStringLiteral("Variants"),
                     {{QStringLiteral("Variants"), {40, 3}}}}};
    r.checks = {banner, relay};
    return r;
}

QList<qsizetype> transcriptLinks(const QString &html)
{
    static const QRegularExpression link(QStringLiteral("href=\"#t(\\d+)\""));
    return numbersOf(html, link);
}

QStringList liveTags(const QString &html)
{
    static const QRegularExpression tag(QStringLiteral("<[a-zA-Z][^>]*>"));
    QStringList tags;
    auto it = tag.globalMatch(html);
    while (it.hasNext())
        tags.append(it.next().captured(0));
    return tags;
}

QList<qsizetype> transcriptAnchors(const QString &html)
{
    static const QRegularExpression anchor(QStringLiteral("id=\"t(\\d+)\""));
    return numbersOf(html, anchor);
}

} // namespace mxscope::testing

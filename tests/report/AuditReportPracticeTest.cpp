// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
//
// Whole audits against the built-in practice server, then the reports made of them: the
// leaky profile's known weaknesses must show in the grade, counts, sections and evidence;
// a hostile greeting must never reach the HTML as markup.
#include "QtPrinters.h"
#include "ReportTestRuns.h"
#include "SignalWait.h"
#include "audit/AuditRunner.h"
#include "audit/CheckCatalogue.h"
#include "practice/PracticeServer.h"
#include "relay/RelayTypes.h"
#include "report/AuditGrade.h"
#include "report/AuditHtmlReport.h"
#include "report/CsvExport.h"

#include <gtest/gtest.h>

using namespace mxscope;
using namespace mxscope::testing;

namespace {

const QStringList auditChecks
    = {QStringLiteral("banner"), QStringLiteral("relay"), QStringLiteral("enumeration")};

const CheckOutcome *outcomeOf(const RunRecord &record, const QString &id)
{
    for (const CheckOutcome &check : record.checks) {
        if (check.checkId == id)
            return &check;
    }
    return nullptr;
}

bool hasFinding(const CheckOutcome &check, const QString &prefix)
{
    return std::any_of(check.findings.cbegin(), check.findings.cend(),
                       [&](const Finding &f) { return f.id.startsWith(prefix); });
}

} // namespace

TEST(AuditCatalogueTest, BannerRelayAndEnumerationAreInTheDefaultAudit)
{
    const QStringList ids = CheckCatalogue::defaultAuditIds();
    for (const QString &id : auditChecks)
        EXPECT_TRUE(ids.contains(id)) << id.toStdString();
}

TEST(AuditReportPracticeTest, LeakyServerGetsItsWeaknessesReported)
{
    const RunRecord record
        = auditPractice(*PracticeProfile::byName(QStringLiteral("leaky")), auditChecks);
    ASSERT_EQ(record.checks.size(), 3);
    for (const CheckOutcome &check : record.checks)
        EXPECT_EQ(check.status, CheckStatus::Completed)
            << check.checkId.toStdString() << ": " << check.error.toStdString();
    const CheckOutcome *banner = outcomeOf(record, QStringLiteral("banner"));
    const CheckOutcome *relay = outcomeOf(record, QStringLiteral("relay"));
    const CheckOutcome *enumeration = outcomeOf(record, QStringLiteral("enumeration"));
    ASSERT_TRUE(banner && relay && enumeration);
    EXPECT_TRUE(hasFinding(*banner, QStringLiteral("banner.")));
    EXPECT_FALSE(hasFinding(*relay, QStringLiteral("relay.open")));
    EXPECT_EQ(relay->details.value(QStringLiteral("verdict")).toString(), QStringLiteral("closed"));
    EXPECT_FALSE(enumeration->findings.isEmpty());
    // Tables and charts as the adapters promise.
    ASSERT_EQ(relay->tables.size(), 1);
    EXPECT_EQ(relay->tables.first().id, QStringLiteral("variants"));
    EXPECT_GE(relay->tables.first().rows.size(), 30);
    EXPECT_EQ(relay->charts.first().id, QStringLiteral("outcomes"));
    ASSERT_EQ(enumeration->tables.size(), 1);
    EXPECT_EQ(enumeration->tables.first().id, QStringLiteral("names"));
    ASSERT_EQ(enumeration->charts.size(), 2);
    EXPECT_EQ(enumeration->charts.at(1).id, QStringLiteral("latency"));
    // Evidence indexes point into the run's own transcript.
    for (const Finding &f : record.allFindings()) {
        for (const qsizetype index : f.evidence) {
            EXPECT_GE(index, 0) << f.id.toStdString();
            EXPECT_LT(index, record.transcript.size()) << f.id.toStdString();
        }
    }

    // The leaky profile discloses its software and lets users be enumerated: at least high.
    const AuditGrade grade = AuditGrade::of(record);
    EXPECT_FALSE(grade.incomplete);
    EXPECT_TRUE(grade.letter == QStringLiteral("D") || grade.letter == QStringLiteral("F"))
        << grade.letter.toStdString();
    int total = 0;
    for (const int count : grade.counts)
        total += count;
    EXPECT_EQ(total, record.allFindings().size());

    const QString html = AuditHtmlReport::render(record);
    EXPECT_TRUE(html.contains(QStringLiteral(">%1</div>").arg(grade.letter)));
    for (const char *section : {"id=\"check-1-banner\"", "id=\"check-2-relay\"",
                                "id=\"check-3-enumeration\"", "id=\"transcript\""})
        EXPECT_TRUE(html.contains(QString::fromLatin1(section))) << section;
    EXPECT_EQ(html.count(QStringLiteral("<svg")), 3);
    EXPECT_EQ(html.count(QStringLiteral("<article class=\"finding")), record.allFindings().size());
    const QList<qsizetype> anchors = transcriptAnchors(html);
    EXPECT_EQ(anchors.size(), record.transcript.size());
    const QList<qsizetype> links = transcriptLinks(html);
    EXPECT_FALSE(links.isEmpty());
    for (const qsizetype link : links)
        ASSERT_TRUE(anchors.contains(link)) << "dangling evidence link #t" << link;
    for (const Finding &f : record.allFindings()) {
        for (const qsizetype index : f.evidence)
            EXPECT_TRUE(links.contains(index)) << f.id.toStdString() << " line " << index;
    }
    EXPECT_FALSE(CsvExport::toCsv(enumeration->tables.first()).isEmpty());
}

TEST(AuditReportPracticeTest, HostileGreetingNeverBecomesMarkup)
{
    PracticeProfile profile = *PracticeProfile::byName(QStringLiteral("leaky"));
    profile.bannerText = "<script>alert(1)</script> \"><img src=x onerror=alert(2)> ESMTP";
    profile.helpText = "<iframe src=javascript:alert(3)></iframe>";
    const RunRecord record = auditPractice(profile, {QStringLiteral("banner")});
    ASSERT_EQ(record.checks.size(), 1);
    ASSERT_EQ(record.checks.first().status, CheckStatus::Completed)
        << record.checks.first().error.toStdString();
    const bool greetingSeen = std::any_of(
        record.transcript.cbegin(), record.transcript.cend(), [](const TranscriptEntry &e) {
            return e.text.contains(QStringLiteral("<script>alert(1)</script>"));
        });
    ASSERT_TRUE(greetingSeen) << "the hostile greeting did not reach the transcript";
    const QString html = AuditHtmlReport::render(record);
    for (const char *tag : {"<script", "<img", "<iframe"})
        EXPECT_FALSE(html.contains(QString::fromLatin1(tag), Qt::CaseInsensitive)) << tag;
    for (const QString &tag : liveTags(html)) {
        EXPECT_FALSE(tag.contains(QStringLiteral("onerror"), Qt::CaseInsensitive))
            << tag.toStdString();
        EXPECT_FALSE(tag.contains(QStringLiteral("javascript:"), Qt::CaseInsensitive))
            << tag.toStdString();
    }
    EXPECT_TRUE(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
    EXPECT_TRUE(html.contains(QStringLiteral("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;")));
}

TEST(AuditReportPracticeTest, CancelKeepsTheVariantsTriedSoFar)
{
    // The tarpit answers each refusal later than the last: plenty of time to cancel.
    PracticeServer server(*PracticeProfile::byName(QStringLiteral("tarpit")));
    ASSERT_TRUE(server.listen(QHostAddress::LocalHost, 0));
    CheckContext context;
    context.target.host = QStringLiteral("127.0.0.1");
    context.target.port = server.serverPort();
    context.target.heloName = QStringLiteral("client.mxscope.test");
    AuditRunner runner(context, {QStringLiteral("relay"), QStringLiteral("enumeration")});
    int variantsDone = 0;
    QObject::connect(&runner, &AuditRunner::checkProgress, &runner,
                     [&](int, int done, int, const QString &) { variantsDone = done; });
    runner.start();
    ASSERT_TRUE(waitUntil([&] { return variantsDone >= 3; }, 30'000));
    runner.cancel();
    ASSERT_FALSE(runner.isRunning());
    const RunRecord &record = runner.record();
    ASSERT_EQ(record.checks.size(), 2);
    const CheckOutcome &relay = record.checks.first();
    EXPECT_EQ(relay.status, CheckStatus::Cancelled);
    ASSERT_EQ(relay.tables.size(), 1);
    const auto tried = std::count_if(
        relay.tables.first().rows.cbegin(), relay.tables.first().rows.cend(),
        [](const QStringList &row) { return row.value(3) != describe(RelayStage::NotTried); });
    EXPECT_GE(tried, 3);
    EXPECT_EQ(record.checks.at(1).status, CheckStatus::NotRun);
    EXPECT_TRUE(record.isFinished());
    const AuditGrade grade = AuditGrade::of(record);
    EXPECT_TRUE(grade.incomplete);
    EXPECT_TRUE(AuditHtmlReport::render(record).contains(QStringLiteral("grade")));
}

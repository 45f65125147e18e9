// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
//
// Before/after comparison of two runs: fixed, new, unchanged and not retested findings.
#include "report/ReportComparison.h"
#include "QtPrinters.h"
#include "ReportTestRuns.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace mxscope;
using namespace mxscope::testing;

namespace {

Finding finding(const char *id, Severity severity, const QString &detail)
{
    return {QString::fromLatin1(id), severity, QStringLiteral("title"), detail, {}, {}};
}

} // namespace

TEST(ReportComparisonTest, SortsFindingsIntoFixedNewAndUnchanged)
{
    RunRecord before = sampleRecord();
    RunRecord after = sampleRecord();
    // Banner: the version finding stays with a new version number (digits do not count).
    after.checks[0].findings[0].detail = QStringLiteral("The greeting says \"Sendmail 8.17.1\".");
    // Relay: the open relay is fixed; a new finding appears.
    after.checks[1].findings = {finding("relay.throttled", Severity::Info, QStringLiteral("x"))};
    const ReportComparison diff = ReportComparison::compare(before, after);
    ASSERT_EQ(diff.fixed.size(), 1);
    EXPECT_EQ(diff.fixed.first().before.id, QStringLiteral("relay.open"));
    ASSERT_EQ(diff.introduced.size(), 1);
    EXPECT_EQ(diff.introduced.first().after.id, QStringLiteral("relay.throttled"));
    ASSERT_EQ(diff.unchanged.size(), 1);
    EXPECT_EQ(diff.unchanged.first().checkId, QStringLiteral("banner"));
    EXPECT_FALSE(diff.unchanged.first().detailChanged);
    EXPECT_EQ(diff.gradeBefore, QStringLiteral("F"));
    EXPECT_EQ(diff.gradeAfter, QStringLiteral("B"));
    EXPECT_TRUE(diff.sameTarget());
    const QJsonObject json = diff.toJson();
    EXPECT_EQ(json.value(QStringLiteral("schema")).toString(),
              QStringLiteral("mxscope-comparison"));
    EXPECT_EQ(json.value(QStringLiteral("fixed")).toArray().size(), 1);
    EXPECT_EQ(json.value(QStringLiteral("new")).toArray().size(), 1);
}

TEST(ReportComparisonTest, SameIdWithOtherWordingIsUnchangedButMarked)
{
    RunRecord before = sampleRecord();
    RunRecord after = sampleRecord();
    after.checks[0].findings[0].detail = QStringLiteral("HELP names Exim.");
    const ReportComparison diff = ReportComparison::compare(before, after);
    EXPECT_TRUE(diff.fixed.isEmpty());
    EXPECT_TRUE(diff.introduced.isEmpty());
    ASSERT_EQ(diff.unchanged.size(), 2);
    EXPECT_TRUE(std::any_of(diff.unchanged.cbegin(), diff.unchanged.cend(),
                            [](const FindingChange &c) { return c.detailChanged; }));
}

TEST(ReportComparisonTest, DuplicatesMatchOneToOne)
{
    RunRecord before = sampleRecord();
    before.checks[1].findings = {finding("enum.user", Severity::Low, QStringLiteral("root")),
                                 finding("enum.user", Severity::Low, QStringLiteral("admin"))};
    RunRecord after = before;
    after.checks[1].findings = {finding("enum.user", Severity::Low, QStringLiteral("admin"))};
    const ReportComparison diff = ReportComparison::compare(before, after);
    ASSERT_EQ(diff.fixed.size(), 1);
    EXPECT_EQ(diff.fixed.first().before.detail, QStringLiteral("root"));
    EXPECT_EQ(diff.unchanged.size(), 2); // banner + admin
}

TEST(ReportComparisonTest, FindingsOfAChecksThatDidNotCompleteAreNotCalledFixed)
{
    RunRecord before = sampleRecord();
    RunRecord after = sampleRecord();
    after.checks[1].status = CheckStatus::Failed;
    after.checks[1].findings.clear();
    const ReportComparison diff = ReportComparison::compare(before, after);
    EXPECT_TRUE(diff.fixed.isEmpty());
    ASSERT_EQ(diff.notRetested.size(), 1);
    EXPECT_EQ(diff.notRetested.first().before.id, QStringLiteral("relay.open"));
    EXPECT_TRUE(diff.summary().contains(QStringLiteral("not retested")));
}

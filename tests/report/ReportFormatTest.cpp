// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
//
// The report writers on runs built by hand: grade rule, CSV quoting and formula safety,
// SVG charts, the HTML report's structure and escaping, and JSON round trips.
#include "QtPrinters.h"
#include "ReportTestRuns.h"
#include "audit/RunRecordJson.h"
#include "report/AuditGrade.h"
#include "report/AuditHtmlReport.h"
#include "report/CsvExport.h"
#include "report/ReportFiles.h"
#include "report/SvgChart.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace mxscope;
using namespace mxscope::testing;

namespace {

RunRecord withFindings(std::initializer_list<Severity> severities,
                       CheckStatus status = CheckStatus::Completed)
{
    RunRecord r;
    CheckOutcome check;
    check.checkId = QStringLiteral("banner");
    check.status = status;
    for (const Severity s : severities)
        check.findings.append({QStringLiteral("x.y"), s, QStringLiteral("t"), {}, {}, {}});
    r.checks = {check};
    return r;
}

} // namespace

TEST(AuditGradeTest, WorstFindingDecidesTheLetter)
{
    EXPECT_EQ(AuditGrade::of(withFindings({})).letter, QStringLiteral("A"));
    EXPECT_EQ(AuditGrade::of(withFindings({Severity::Info})).letter, QStringLiteral("A"));
    EXPECT_EQ(AuditGrade::of(withFindings({Severity::Low, Severity::Info})).letter,
              QStringLiteral("B"));
    EXPECT_EQ(AuditGrade::of(withFindings({Severity::Medium, Severity::Low})).letter,
              QStringLiteral("C"));
    EXPECT_EQ(AuditGrade::of(withFindings({Severity::High, Severity::Low})).letter,
              QStringLiteral("D"));
    EXPECT_EQ(AuditGrade::of(withFindings({Severity::Low, Severity::Critical})).letter,
              QStringLiteral("F"));
    const AuditGrade counted = AuditGrade::of(withFindings({Severity::Low, Severity::Low}));
    EXPECT_EQ(counted.counts.value(Severity::Low), 2);
    EXPECT_EQ(counted.counts.value(Severity::High), 0);
}

TEST(AuditGradeTest, NothingCompletedMeansNoGradeAndPartialRunsAreMarked)
{
    EXPECT_TRUE(AuditGrade::of(withFindings({}, CheckStatus::Failed)).letter.isEmpty());
    RunRecord partial = withFindings({Severity::Low});
    CheckOutcome failed;
    failed.checkId = QStringLiteral("relay");
    failed.status = CheckStatus::Cancelled;
    partial.checks.append(failed);
    const AuditGrade grade = AuditGrade::of(partial);
    EXPECT_EQ(grade.letter, QStringLiteral("B"));
    EXPECT_TRUE(grade.incomplete);
    EXPECT_TRUE(grade.explanation().contains(QStringLiteral("1 of 2")));
}

TEST(CsvExportTest, QuotesPerRfc4180AndDefusesFormulas)
{
    EXPECT_EQ(CsvExport::field(QStringLiteral("plain")), QStringLiteral("plain"));
    EXPECT_EQ(CsvExport::field(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    EXPECT_EQ(CsvExport::field(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    EXPECT_EQ(CsvExport::field(QStringLiteral("two\r\nlines")), QStringLiteral("\"two\r\nlines\""));
    EXPECT_EQ(CsvExport::field(QStringLiteral(" edge")), QStringLiteral("\" edge\""));
    for (const char *formula : {"=1+1", "+1", "-1", "@SUM(A1)"})
        EXPECT_EQ(CsvExport::field(QString::fromLatin1(formula)),
                  u'\'' + QString::fromLatin1(formula));
    EXPECT_EQ(CsvExport::field(QStringLiteral("=HYPERLINK(\"x\",\"y\")")),
              QStringLiteral("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""));
}

TEST(CsvExportTest, TableHasHeaderRowsAndEvidenceInUtf8WithCrlf)
{
    ResultTable table = sampleRecord().checks.at(1).tables.first();
    table.rows.append({QStringLiteral("日本語"), QStringLiteral("ok")});
    table.evidence.append(5);
    const QByteArray csv = CsvExport::toCsv(table);
    const QList<QByteArray> lines = csv.split('\n');
    ASSERT_EQ(lines.size(), 5); // header, three rows, empty after the last CRLF
    EXPECT_EQ(lines.at(0), QByteArray("Variant,Reply,Transcript line\r"));
    EXPECT_EQ(lines.at(1), QByteArray("plain,250 2.1.5 Ok,3\r"));
    EXPECT_EQ(lines.at(2), QByteArray("'=cmd|' /C calc'!A0,\"550, \"\"no\"\"\",\r"));
    EXPECT_EQ(lines.at(3), QStringLiteral("日本語,ok,5\r").toUtf8());
    EXPECT_FALSE(csv.startsWith("\xEF\xBB\xBF"));
}

TEST(CsvExportTest, WritesOneSafelyNamedFilePerTable)
{
    QTemporaryDir dir;
    RunRecord record = sampleRecord();
    record.checks[1].tables[0].id = QStringLiteral("../../etc/passwd");
    QStringList written;
    QString error;
    ASSERT_TRUE(ReportFiles::saveCsv(record, dir.filePath(QStringLiteral("csv")), &written, &error))
        << error.toStdString();
    ASSERT_EQ(written.size(), 1);
    EXPECT_EQ(QFileInfo(written.first()).dir().absolutePath(),
              QDir(dir.filePath(QStringLiteral("csv"))).absolutePath());
    EXPECT_TRUE(QFileInfo(written.first()).fileName().startsWith(QStringLiteral("relay-")));
}

TEST(SvgChartTest, DrawsEveryKindWithEscapedLabelsAndLegend)
{
    ChartData chart = sampleRecord().checks.at(1).charts.first();
    chart.categories[0] = QStringLiteral("<script>x</script>");
    chart.series.append({QStringLiteral("\"><b>second"), {1, 2}});
    for (const auto kind :
         {ChartData::Kind::Bar, ChartData::Kind::StackedBar, ChartData::Kind::Line}) {
        chart.kind = kind;
        const QString svg = SvgChart::render(chart);
        EXPECT_TRUE(svg.startsWith(QStringLiteral("<svg"))) << svg.toStdString();
        EXPECT_TRUE(svg.endsWith(QStringLiteral("</svg>")));
        EXPECT_FALSE(svg.contains(QStringLiteral("<script")));
        EXPECT_FALSE(svg.contains(QStringLiteral("<b>")));
        EXPECT_TRUE(svg.contains(QStringLiteral("&lt;script&gt;")));
        EXPECT_TRUE(svg.contains(QStringLiteral("Outcome per variant")));
        EXPECT_TRUE(svg.contains(QStringLiteral("class=\"legend\"")));
        EXPECT_TRUE(svg.contains(QStringLiteral("Variants"))); // axis label
    }
    chart.kind = ChartData::Kind::Bar;
    EXPECT_EQ(SvgChart::render(chart).count(QStringLiteral("<rect")), 4 + 2); // bars + legend
}

TEST(SvgChartTest, SurvivesEmptyAndZeroCharts)
{
    ChartData empty;
    empty.title = QStringLiteral("Nothing");
    EXPECT_TRUE(SvgChart::render(empty).endsWith(QStringLiteral("</svg>")));
    empty.categories = {QStringLiteral("a")};
    empty.series = {{QStringLiteral("s"), {0}}};
    empty.kind = ChartData::Kind::Line;
    EXPECT_FALSE(SvgChart::render(empty).contains(QStringLiteral("nan")));
}

TEST(AuditHtmlReportTest, SummarySectionsFindingsAndAnchors)
{
    const RunRecord record = sampleRecord();
    const QString html = AuditHtmlReport::render(record);
    EXPECT_TRUE(
        html.contains(QRegularExpression(QStringLiteral("class=\"grade critical[^>]*>F<"))));
    EXPECT_TRUE(html.contains(QStringLiteral("id=\"check-1-banner\"")));
    EXPECT_TRUE(html.contains(QStringLiteral("id=\"check-2-relay\"")));
    EXPECT_TRUE(html.contains(QStringLiteral("id=\"transcript\"")));
    EXPECT_TRUE(html.contains(QStringLiteral("<svg")));
    EXPECT_TRUE(html.contains(QStringLiteral("<dt>Exim</dt>")));
    EXPECT_TRUE(html.contains(QStringLiteral("@media print")));
    // Self-contained: nothing to fetch, not even a namespace URL.
    EXPECT_FALSE(html.contains(QStringLiteral("http://"))
                 || html.contains(QStringLiteral("https://")));
    EXPECT_FALSE(html.contains(QStringLiteral("src=")));
    const QList<qsizetype> anchors = transcriptAnchors(html);
    EXPECT_EQ(anchors.size(), record.transcript.size());
    for (const qsizetype link : transcriptLinks(html))
        EXPECT_TRUE(anchors.contains(link)) << "dangling link to line " << link;
    EXPECT_TRUE(transcriptLinks(html).contains(4)); // the relay finding's evidence
    EXPECT_TRUE(transcriptLinks(html).contains(3)); // the table row's evidence
}

TEST(AuditHtmlReportTest, EscapesEveryStringFromTheRecord)
{
    RunRecord record = sampleRecord();
    const QString attack
        = QStringLiteral("<script>alert(1)</script>\"><img src=x onerror=alert(2)>");
    record.target.host = attack;
    record.checks[0].title = attack;
    record.checks[0].summary = attack;
    record.checks[0].findings[0].detail = attack;
    record.checks[0].findings[0].id = attack;
    record.checks[1].tables[0].rows[0][1] = attack;
    record.checks[1].charts[0].categories[0] = attack;
    record.transcript[0].text = attack;
    const QString html = AuditHtmlReport::render(record);
    EXPECT_FALSE(html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
    EXPECT_FALSE(html.contains(QStringLiteral("<img"), Qt::CaseInsensitive));
    for (const QString &tag : liveTags(html))
        EXPECT_FALSE(tag.contains(QStringLiteral("onerror"))) << tag.toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
}

TEST(RunRecordJsonTest, ReportRoundTripsThroughAFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("run.json"));
    const RunRecord record = sampleRecord();
    QString error;
    ASSERT_TRUE(ReportFiles::saveJson(record, path, &error)) << error.toStdString();
    const auto back = ReportFiles::loadJson(path, &error);
    ASSERT_TRUE(back.has_value()) << error.toStdString();
    EXPECT_EQ(back->checks.size(), 2);
    EXPECT_EQ(back->checks.at(1).tables.first().rows, record.checks.at(1).tables.first().rows);
    EXPECT_EQ(back->checks.at(1).findings.first().evidence, (QList<qsizetype> {2, 4}));
    EXPECT_EQ(AuditHtmlReport::render(*back).size() > 0, true);
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.contains("\"schema\": \"mxscope-run\""));
    EXPECT_TRUE(bytes.contains("\"schema_version\": 1"));
}

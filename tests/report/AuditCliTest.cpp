// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
//
// `mxscope-cli audit` and `mxscope-cli compare` as processes against a practice server
// process: the reports they write, the --fail-on exit status, and a comparison.
#include "CliProcess.h"
#include "QtPrinters.h"
#include "report/ReportFiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace mxscope;
using namespace mxscope::testing;

namespace {

QStringList auditArgs(const QString &port, const QStringList &extra)
{
    return QStringList {QStringLiteral("audit"),
                        QStringLiteral("--host"),
                        QStringLiteral("127.0.0.1"),
                        QStringLiteral("--port"),
                        port,
                        QStringLiteral("--domain"),
                        QStringLiteral("practice.test")}
    + extra;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST(AuditCliTest, WritesEveryReportAndGatesOnSeverity)
{
    PracticeServerProcess server(QStringLiteral("leaky"));
    ASSERT_FALSE(server.port().isEmpty());
    QTemporaryDir dir;
    const QString html = dir.filePath(QStringLiteral("report.html"));
    const QString json = dir.filePath(QStringLiteral("report.json"));
    const QString csv = dir.filePath(QStringLiteral("csv"));
    const CliRun run
        = runCli(auditArgs(server.port(),
                           {QStringLiteral("--checks"), QStringLiteral("banner,relay,enumeration"),
                            QStringLiteral("--report"), html, QStringLiteral("--json"), json,
                            QStringLiteral("--csv-dir"), csv, QStringLiteral("--fail-on"),
                            QStringLiteral("high")}),
                 120'000);
    EXPECT_EQ(run.exitCode, 3) << run.diagnostics();
    EXPECT_TRUE(run.err.contains("[1/3]")) << run.diagnostics();
    EXPECT_TRUE(run.out.contains("Grade: ")) << run.diagnostics();
    EXPECT_TRUE(readAll(html).startsWith("<!DOCTYPE html>"));
    QString error;
    const auto record = ReportFiles::loadJson(json, &error);
    ASSERT_TRUE(record.has_value()) << error.toStdString();
    EXPECT_EQ(record->checks.size(), 3);
    EXPECT_TRUE(record->isFinished());
    const QStringList tables = QDir(csv).entryList({QStringLiteral("*.csv")}, QDir::Files);
    EXPECT_TRUE(tables.contains(QStringLiteral("relay-variants.csv")))
        << tables.join(u' ').toStdString();
    EXPECT_TRUE(tables.contains(QStringLiteral("enumeration-names.csv")));

    // The same server below the threshold, and without one.
    const CliRun relaxed = runCli(auditArgs(server.port(),
                                            {QStringLiteral("--checks"), QStringLiteral("relay"),
                                             QStringLiteral("--fail-on"), QStringLiteral("high")}),
                                  120'000);
    EXPECT_EQ(relaxed.exitCode, 0) << relaxed.diagnostics();

    // Compare the full run with itself plus the relay-only run: exit 0 either way.
    const QString second = dir.filePath(QStringLiteral("second.json"));
    const CliRun relayOnly
        = runCli(auditArgs(server.port(),
                           {QStringLiteral("--checks"), QStringLiteral("banner,relay"),
                            QStringLiteral("--json"), second}),
                 120'000);
    ASSERT_EQ(relayOnly.exitCode, 0) << relayOnly.diagnostics();
    const CliRun compare
        = runCli({QStringLiteral("compare"), json, second, QStringLiteral("--json")});
    ASSERT_EQ(compare.exitCode, 0) << compare.diagnostics();
    const QJsonObject diff = compare.json();
    EXPECT_EQ(diff.value(QStringLiteral("schema")).toString(),
              QStringLiteral("mxscope-comparison"));
    EXPECT_TRUE(diff.value(QStringLiteral("fixed")).toArray().isEmpty());
    // The enumeration did not run the second time: its findings are not retested, not fixed.
    EXPECT_FALSE(diff.value(QStringLiteral("not_retested")).toArray().isEmpty());
    EXPECT_FALSE(diff.value(QStringLiteral("unchanged")).toArray().isEmpty());
}

TEST(AuditCliTest, RejectsBadArgumentsWithUsageStatus)
{
    EXPECT_EQ(
        runCli({QStringLiteral("audit"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                QStringLiteral("--fail-on"), QStringLiteral("severe")})
            .exitCode,
        2);
    EXPECT_EQ(
        runCli({QStringLiteral("audit"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                QStringLiteral("--checks"), QStringLiteral("banner,nonsense")})
            .exitCode,
        2);
    const CliRun list = runCli({QStringLiteral("audit"), QStringLiteral("--list-checks")});
    EXPECT_EQ(list.exitCode, 0);
    EXPECT_TRUE(list.out.contains("enumeration"));
    EXPECT_EQ(runCli({QStringLiteral("compare"), QStringLiteral("/nonexistent/a.json"),
                      QStringLiteral("/nonexistent/b.json")})
                  .exitCode,
              2);
}

TEST(AuditCliTest, UnreachableServerStillWritesAReport)
{
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("r.json"));
    // Port 9 (discard) on loopback: nothing listens there in the test environment.
    const CliRun run
        = runCli({QStringLiteral("audit"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                  QStringLiteral("--port"), QStringLiteral("9"), QStringLiteral("--checks"),
                  QStringLiteral("banner"), QStringLiteral("--json"), json});
    EXPECT_EQ(run.exitCode, 1) << run.diagnostics();
    QString error;
    const auto record = ReportFiles::loadJson(json, &error);
    ASSERT_TRUE(record.has_value()) << error.toStdString();
    EXPECT_EQ(record->checks.first().status, CheckStatus::Failed);
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
//
// `mxscope-cli headers` as a user runs it: a real process reading sample messages.
#include "CliProcess.h"
#include "HeaderSamples.h"
#include "QtPrinters.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace mxscope::testing;

namespace {

QJsonObject findingWithId(const QJsonObject &json, const QString &id)
{
    for (const QJsonValue &finding : json.value(QStringLiteral("findings")).toArray()) {
        if (finding[QStringLiteral("id")].toString() == id)
            return finding.toObject();
    }
    return {};
}

} // namespace

TEST(HeadersCli, PrintsHopsAndFindingsAsJson)
{
    const CliRun run = runCli(
        {QStringLiteral("headers"), headerSamplePath("exim-chain.eml"), QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.diagnostics();
    const QJsonObject json = run.json();
    const QJsonArray hops = json.value(QStringLiteral("hops")).toArray();
    ASSERT_EQ(hops.size(), 3) << run.diagnostics();
    EXPECT_EQ(hops.at(1)[QStringLiteral("ip")].toString(), QStringLiteral("192.168.1.20"));
    EXPECT_EQ(hops.at(1)[QStringLiteral("helo")].toString(), QStringLiteral("workstation"));
    EXPECT_EQ(hops.at(1)[QStringLiteral("with")].toString(), QStringLiteral("esmtpsa"));
    EXPECT_EQ(hops.at(2)[QStringLiteral("by")].toString(), QStringLiteral("mx1.example.net"));
    EXPECT_TRUE(hops.at(0)[QStringLiteral("delay_s")].isNull());
    EXPECT_EQ(hops.at(2)[QStringLiteral("delay_s")].toInt(), 2);
    EXPECT_EQ(hops.at(2)[QStringLiteral("time")].toString(),
              QStringLiteral("2024-11-19T09:12:05Z"));

    const QJsonObject version = findingWithId(json, QStringLiteral("headers.mta-version"));
    ASSERT_FALSE(version.isEmpty()) << run.diagnostics();
    EXPECT_EQ(version[QStringLiteral("severity")].toString(), QStringLiteral("medium"));
    EXPECT_TRUE(version[QStringLiteral("detail")].toString().contains(QLatin1String("Exim 4.96")));
    EXPECT_FALSE(version[QStringLiteral("remediation")].toString().isEmpty());
    EXPECT_TRUE(json.value(QStringLiteral("errors")).toArray().isEmpty());
}

TEST(HeadersCli, PrintsAReadableTimeline)
{
    const CliRun run = runCli({QStringLiteral("headers"), headerSamplePath("skewed-dates.eml")});
    ASSERT_EQ(run.exitCode, 0) << run.diagnostics();
    EXPECT_TRUE(run.out.contains("Received chain, oldest first: 4 hop")) << run.diagnostics();
    EXPECT_TRUE(run.out.contains("-235 s (clock skew)")) << run.diagnostics();
    EXPECT_TRUE(run.out.contains("unreadable date \"someday soon\"")) << run.diagnostics();
    EXPECT_TRUE(run.out.contains("[info] Relay clocks disagree")) << run.diagnostics();
}

TEST(HeadersCli, ReadsStandardInput)
{
    QProcess process;
    process.start(QStringLiteral(MXSCOPE_CLI_PATH),
                  {QStringLiteral("headers"), QStringLiteral("-"), QStringLiteral("--json")});
    ASSERT_TRUE(process.waitForStarted(10'000));
    process.write(headerSample("gmail.eml"));
    process.closeWriteChannel();
    ASSERT_TRUE(process.waitForFinished(30'000));
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    const QByteArray out = process.readAllStandardOutput();
    EXPECT_TRUE(out.contains("\"by\": \"mx.google.com\"")) << out.toStdString();
}

TEST(HeadersCli, MalformedInputExitsTwoWithAClearMessage)
{
    const CliRun run = runCli({QStringLiteral("headers"), headerSamplePath("malformed-text.eml")});
    EXPECT_EQ(run.exitCode, 2) << run.diagnostics();
    EXPECT_TRUE(run.err.contains("No header fields were found")) << run.diagnostics();

    const CliRun binary
        = runCli({QStringLiteral("headers"), headerSamplePath("malformed-binary.eml")});
    EXPECT_EQ(binary.exitCode, 2) << binary.diagnostics();
    EXPECT_TRUE(binary.err.contains("NUL")) << binary.diagnostics();
}

TEST(HeadersCli, UnreadableFileExitsTwo)
{
    const CliRun run = runCli({QStringLiteral("headers"), QStringLiteral("/nonexistent/x.eml")});
    EXPECT_EQ(run.exitCode, 2) << run.diagnostics();
    EXPECT_TRUE(run.err.contains("Cannot open /nonexistent/x.eml")) << run.diagnostics();
    EXPECT_EQ(runCli({QStringLiteral("headers")}).exitCode, 2);
}

TEST(HeadersCli, HugeHeaderIsRefusedWithinTheLimit)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("huge.eml"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    const QByteArray line = "X-Filler: " + QByteArray(500, 'x') + "\r\n";
    for (int i = 0; i < 6000; ++i) // about 3 MiB of header, no empty line
        file.write(line);
    file.close();
    const CliRun run = runCli({QStringLiteral("headers"), path, QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 2) << run.diagnostics();
    EXPECT_TRUE(run.err.contains("larger than 1024 KiB")) << run.diagnostics();
    const QJsonArray errors = run.json().value(QStringLiteral("errors")).toArray();
    ASSERT_EQ(errors.size(), 1) << run.diagnostics();
}

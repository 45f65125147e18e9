// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
// mxscope-cli as a user runs it: a real process against a practice server process.
#include "CliProcess.h"
#include "QtPrinters.h"
#include "SignalWait.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

using namespace mxscope::testing;

namespace {

QStringList bannerArgs(const QString &port, const QStringList &extra = {})
{
    return QStringList {QStringLiteral("banner"), QStringLiteral("--host"),
                        QStringLiteral("127.0.0.1"), QStringLiteral("--port"), port}
    + extra;
}

QString unusedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return QString::number(probe.serverPort()); // closed again when probe goes away
}

} // namespace

TEST(Cli, VersionAndHelp)
{
    const CliRun version = runCli({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith("mxscope-cli " MXSCOPE_VERSION))
        << version.out.toStdString();
    const CliRun help = runCli({QStringLiteral("banner"), QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains("--host"));
    EXPECT_TRUE(help.out.contains("--json"));
}

TEST(Cli, BadArgumentsExitWithTwoAndOneLine)
{
    const QList<QStringList> cases = {
        {},
        {QStringLiteral("no-such-command")},
        {QStringLiteral("banner")},
        {QStringLiteral("banner"), QStringLiteral("--host"), QStringLiteral("h"),
         QStringLiteral("--port"), QStringLiteral("70000")},
        {QStringLiteral("banner"), QStringLiteral("--host"), QStringLiteral("h"),
         QStringLiteral("--tls"), QStringLiteral("sometimes")},
        {QStringLiteral("banner"), QStringLiteral("--host"), QStringLiteral("h\r\nQUIT")},
        {QStringLiteral("banner"), QStringLiteral("--host"), QStringLiteral("h"),
         QStringLiteral("--helo"), QStringLiteral("x\nMAIL FROM:<a@b>")},
    };
    for (const QStringList &arguments : cases) {
        const CliRun run = runCli(arguments);
        EXPECT_EQ(run.exitCode, 2) << arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_FALSE(run.err.trimmed().isEmpty());
    }
}

TEST(Cli, RefusedConnectionIsExitOneWithAClearError)
{
    const CliRun run = runCli(bannerArgs(unusedPort()));
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains("refused")) << run.err.toStdString();
    EXPECT_EQ(run.err.trimmed().count('\n'), 0) << "one line";
}

TEST(Cli, BannerJsonAgainstTheLeakyPracticeServer)
{
    PracticeServerProcess server(QStringLiteral("leaky"));
    ASSERT_FALSE(server.port().isEmpty());
    const CliRun run = runCli(bannerArgs(server.port(), {QStringLiteral("--json")}));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(run.out, &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << run.out.toStdString();
    EXPECT_TRUE(json.value(QStringLiteral("banner")).toString().startsWith(QStringLiteral("220 ")));
    EXPECT_TRUE(json.value(QStringLiteral("capabilities")).isArray());
    EXPECT_FALSE(json.value(QStringLiteral("capabilities")).toArray().isEmpty());
    QStringList ids;
    for (const QJsonValue &finding : json.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject f = finding.toObject();
        EXPECT_TRUE(f.contains(QStringLiteral("severity")));
        EXPECT_FALSE(f.value(QStringLiteral("title")).toString().isEmpty());
        ids.append(f.value(QStringLiteral("id")).toString());
    }
    EXPECT_TRUE(ids.contains(QStringLiteral("disclosure.software-version")))
        << ids.join(QLatin1Char(',')).toStdString();
    const QJsonArray transcript = json.value(QStringLiteral("transcript")).toArray();
    ASSERT_GE(transcript.size(), 4);
    EXPECT_EQ(transcript.at(2).toObject().value(QStringLiteral("direction")).toString(),
              QStringLiteral("received"));
}

TEST(Cli, HumanOutputAndHtmlReport)
{
    PracticeServerProcess server(QStringLiteral("leaky"));
    ASSERT_FALSE(server.port().isEmpty());
    QTemporaryDir dir;
    const QString report = dir.filePath(QStringLiteral("report.html"));
    const CliRun run = runCli(bannerArgs(server.port(), {QStringLiteral("--report"), report}));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains("Greeting"));
    EXPECT_TRUE(run.out.contains("[medium]"));
    QFile file(report);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray html = file.readAll();
    EXPECT_TRUE(html.startsWith("<!DOCTYPE html>"));
    EXPECT_TRUE(html.contains("disclos"));
    EXPECT_FALSE(html.contains("http://")) << "self-contained";
    EXPECT_FALSE(html.contains("https://")) << "self-contained";
}

TEST(Cli, StartTlsAgainstTheHardenedPracticeServer)
{
    PracticeServerProcess server(QStringLiteral("hardened"));
    ASSERT_FALSE(server.port().isEmpty());
    const CliRun run = runCli(bannerArgs(
        server.port(),
        {QStringLiteral("--tls"), QStringLiteral("starttls"), QStringLiteral("--json")}));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    EXPECT_TRUE(
        json.value(QStringLiteral("tls")).toObject().value(QStringLiteral("encrypted")).toBool());
    const QJsonArray transcript = json.value(QStringLiteral("transcript")).toArray();
    EXPECT_TRUE(transcript.last().toObject().value(QStringLiteral("tls")).toBool());
}

TEST(Cli, HostileServersEndInBoundedTimeWithExitOne)
{
    for (const QString &profile :
         {QStringLiteral("hostile"), QStringLiteral("hostile-long-line"),
          QStringLiteral("hostile-endless"), QStringLiteral("hostile-garbage"),
          QStringLiteral("hostile-drip")}) {
        PracticeServerProcess server(profile);
        ASSERT_FALSE(server.port().isEmpty()) << profile.toStdString();
        QElapsedTimer clock;
        clock.start();
        const CliRun run = runCli(bannerArgs(server.port(),
                                             {QStringLiteral("--timeout"), QStringLiteral("3"),
                                              QStringLiteral("--json")}),
                                  15000);
        EXPECT_EQ(run.exitCode, 1) << profile.toStdString() << ": " << run.err.toStdString();
        EXPECT_LT(clock.elapsed(), 12000) << profile.toStdString();
        EXPECT_FALSE(run.err.trimmed().isEmpty()) << profile.toStdString();
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        EXPECT_FALSE(json.value(QStringLiteral("error"))
                         .toObject()
                         .value(QStringLiteral("code"))
                         .toString()
                         .isEmpty())
            << profile.toStdString();
    }
}

TEST(Cli, PracticeServerStopsCleanlyOnSigterm)
{
    PracticeServerProcess server(QStringLiteral("hardened"));
    ASSERT_FALSE(server.port().isEmpty());
    EXPECT_EQ(server.stop(), QProcess::NormalExit);
}

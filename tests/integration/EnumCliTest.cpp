// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
//
// `mxscope-cli enum` as a user runs it: a real process against a practice server process.
#include "CliProcess.h"
#include "QtPrinters.h"
#include "SignalWait.h"
#include "enumeration/JsonLinesJournal.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace mxscope::testing;

namespace {

QString writeUsers(const QTemporaryDir &dir, const QByteArray &contents,
                   const QString &name = QStringLiteral("users.txt"))
{
    QString path = dir.filePath(name);
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(contents);
    return path;
}

QStringList enumArgs(const QString &port, const QString &users, const QStringList &extra = {})
{
    return QStringList {QStringLiteral("enum"),
                        QStringLiteral("--host"),
                        QStringLiteral("127.0.0.1"),
                        QStringLiteral("--port"),
                        port,
                        QStringLiteral("--users"),
                        users}
    + extra;
}

const QByteArray userList = "# smtp-user-enum style\nalice\nnobody\nbob\nstaff\nzed\nroot\n";

} // namespace

TEST(EnumCli, JsonHasMethodBaselineAndResults)
{
    PracticeServerProcess server(QStringLiteral("leaky"));
    ASSERT_FALSE(server.port().isEmpty());
    QTemporaryDir dir;
    const QString journal = dir.filePath(QStringLiteral("enum.jsonl"));
    const CliRun run
        = runCli(enumArgs(server.port(), writeUsers(dir, userList),
                          {QStringLiteral("--method"), QStringLiteral("vrfy"),
                           QStringLiteral("--json"), QStringLiteral("--journal"), journal}));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(run.out, &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << run.out.left(400).toStdString();
    EXPECT_EQ(json.value(QStringLiteral("method")).toString(), QStringLiteral("vrfy"));
    const QJsonObject baseline = json.value(QStringLiteral("baseline")).toObject();
    EXPECT_TRUE(baseline.value(QStringLiteral("discriminates")).toBool());
    EXPECT_FALSE(baseline.value(QStringLiteral("reason")).toString().isEmpty());
    const QJsonArray results = json.value(QStringLiteral("results")).toArray();
    ASSERT_EQ(results.size(), 6);
    QStringList found;
    for (const QJsonValue value : results) {
        const QJsonObject result = value.toObject();
        for (const char *key : {"name", "verdict", "code", "latency_ms"})
            EXPECT_TRUE(result.contains(QLatin1String(key))) << key;
        if (result.value(QStringLiteral("verdict")).toString() == QLatin1String("exists")) {
            found.append(result.value(QStringLiteral("name")).toString());
            EXPECT_EQ(result.value(QStringLiteral("code")).toInt(), 250);
        } else {
            EXPECT_EQ(result.value(QStringLiteral("verdict")).toString(), QStringLiteral("absent"));
        }
    }
    EXPECT_EQ(found,
              (QStringList {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("staff"),
                            QStringLiteral("root")}));
    EXPECT_EQ(
        json.value(QStringLiteral("summary")).toObject().value(QStringLiteral("exists")).toInt(),
        4);
    EXPECT_FALSE(json.value(QStringLiteral("findings")).toArray().isEmpty());
    EXPECT_FALSE(json.value(QStringLiteral("transcript")).toArray().isEmpty());

    qsizetype probes = 0;
    for (const QJsonObject &record : mxscope::JsonLinesJournal::read(journal))
        probes += record.value(QStringLiteral("type")).toString() == QLatin1String("probe");
    EXPECT_EQ(probes, 6);
}

TEST(EnumCli, HumanOutputExplainsWhyNothingWasFound)
{
    PracticeServerProcess server(QStringLiteral("hardened"));
    ASSERT_FALSE(server.port().isEmpty());
    QTemporaryDir dir;
    const CliRun run = runCli(enumArgs(server.port(), writeUsers(dir, userList),
                                       {QStringLiteral("--method"), QStringLiteral("vrfy")}));
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains("252")) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains("No users reported")) << run.out.toStdString();
    EXPECT_FALSE(run.out.contains("[+]"));

    const CliRun rcpt = runCli(enumArgs(server.port(), writeUsers(dir, userList),
                                        {QStringLiteral("--method"), QStringLiteral("rcpt")}));
    EXPECT_EQ(rcpt.exitCode, 0) << rcpt.err.toStdString();
    for (const char *user : {"alice", "bob", "staff", "root"})
        EXPECT_TRUE(rcpt.out.contains(QByteArray(QByteArray("[+] ") + user)))
            << rcpt.out.toStdString();
    EXPECT_FALSE(rcpt.out.contains("[+] zed"));
}

TEST(EnumCli, BadArgumentsExitTwoUnreachableExitsOne)
{
    QTemporaryDir dir;
    const QString users = writeUsers(dir, userList);
    const QString binary = writeUsers(dir,
                                      QByteArray("\x7f"
                                                 "ELF\x02\x01\0\0",
                                                 8),
                                      QStringLiteral("a.out"));
    const QString port = QStringLiteral("25");
    const QList<QStringList> bad = {
        {QStringLiteral("enum"), QStringLiteral("--host"), QStringLiteral("127.0.0.1")},
        enumArgs(port, users, {QStringLiteral("--method"), QStringLiteral("finger")}),
        enumArgs(port, users, {QStringLiteral("--connections"), QStringLiteral("17")}),
        enumArgs(port, users, {QStringLiteral("--rate"), QStringLiteral("-3")}),
        enumArgs(port, users, {QStringLiteral("--domain"), QStringLiteral("a b")}),
        enumArgs(port, binary),
        enumArgs(port, dir.filePath(QStringLiteral("missing.txt"))),
    };
    for (const QStringList &arguments : bad) {
        const CliRun run = runCli(arguments);
        EXPECT_EQ(run.exitCode, 2) << arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_FALSE(run.err.trimmed().isEmpty());
    }
    EXPECT_TRUE(runCli(enumArgs(port, binary)).err.contains("binary"));

    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const QString closedPort = QString::number(probe.serverPort());
    probe.close();
    const CliRun refused = runCli(enumArgs(closedPort, users));
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains("refused")) << refused.err.toStdString();
}

TEST(EnumCli, TerminateCancelsAndPrintsWhatWasMeasured)
{
    PracticeServerProcess server(QStringLiteral("hardened"));
    ASSERT_FALSE(server.port().isEmpty());
    QTemporaryDir dir;
    QByteArray many = "alice\nbob\n";
    for (int i = 0; i < 4000; ++i)
        many += "nosuchuser" + QByteArray::number(i) + '\n';
    const QString journal = dir.filePath(QStringLiteral("enum.jsonl"));
    QProcess process;
    process.start(QStringLiteral(MXSCOPE_CLI_PATH),
                  enumArgs(server.port(), writeUsers(dir, many),
                           {QStringLiteral("--rate"), QStringLiteral("400"),
                            QStringLiteral("--json"), QStringLiteral("--journal"), journal}));
    ASSERT_TRUE(waitUntil(
        [&] {
            return QFile(journal).size() > 0
                && mxscope::JsonLinesJournal::read(journal).size() > 50;
        },
        30000));
    process.terminate();
    ASSERT_TRUE(process.waitForFinished(10000));
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    const QJsonObject json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    EXPECT_TRUE(json.value(QStringLiteral("cancelled")).toBool());
    const qsizetype results = json.value(QStringLiteral("results")).toArray().size();
    EXPECT_GT(results, 40);
    EXPECT_LT(results, 4002);
}

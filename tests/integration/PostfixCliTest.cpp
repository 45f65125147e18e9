// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
//
// mxscope-cli banner --json as a process, against a real Postfix on 127.0.0.1.
#include "PostfixFixture.h"
#include "QtPrinters.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <gtest/gtest.h>

namespace mxscope::testing {
namespace {

#ifdef MXSCOPE_CLI_PATH
constexpr int cliTimeoutMs = 60'000;

struct CliRun {
    int exitCode = -1;
    QJsonObject json;
    QString output; // stderr and anything unparsable, for failure messages
};

CliRun runCli(const QStringList &arguments)
{
    CliRun run;
    QProcess process;
    process.start(QStringLiteral(MXSCOPE_CLI_PATH), arguments);
    if (!process.waitForFinished(cliTimeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        run.output = QStringLiteral("mxscope-cli did not finish within %1 ms").arg(cliTimeoutMs);
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    const QByteArray out = process.readAllStandardOutput();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(out, &error);
    run.json = document.object();
    run.output = QString::fromUtf8(process.readAllStandardError());
    if (error.error != QJsonParseError::NoError)
        run.output += QStringLiteral("\nstdout is not JSON (%1):\n%2")
                          .arg(error.errorString(), QString::fromUtf8(out));
    return run;
}

QStringList findingIds(const QJsonObject &json)
{
    QStringList ids;
    for (const QJsonValue finding : json.value(QStringLiteral("findings")).toArray())
        ids.append(finding.toObject().value(QStringLiteral("id")).toString());
    return ids;
}

class PostfixCliTest : public ::testing::Test
{
protected:
    static void TearDownTestSuite() { PostfixFixture::releaseAllShared(); }
};

TEST_F(PostfixCliTest, BannerJsonReportsTheLeakyVersion)
{
    if (!QFileInfo::exists(QStringLiteral(MXSCOPE_CLI_PATH)))
        GTEST_SKIP() << "mxscope-cli is not built: " << MXSCOPE_CLI_PATH;
    PostfixFixture::Options options;
    options.banner = PostfixFixture::Banner::Leaky;
    PostfixFixture *postfix = PostfixFixture::shared(QStringLiteral("leaky"), options);
    MXSCOPE_REQUIRE_POSTFIX(postfix);
    const QString version = PostfixFixture::installedVersion();

    const CliRun run
        = runCli({QStringLiteral("banner"), QStringLiteral("--host"), postfix->host(),
                  QStringLiteral("--port"), QString::number(postfix->port()),
                  QStringLiteral("--tls"), QStringLiteral("none"), QStringLiteral("--timeout"),
                  QStringLiteral("10"), QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.output);
    const QJsonObject &json = run.json;
    ASSERT_FALSE(json.isEmpty()) << qPrintable(run.output);

    EXPECT_TRUE(json.value(QStringLiteral("banner"))
                    .toString()
                    .contains(QStringLiteral("mx.postfix.test ESMTP Postfix ") + version))
        << qPrintable(json.value(QStringLiteral("banner")).toString());

    QStringList capabilities;
    for (const QJsonValue value : json.value(QStringLiteral("capabilities")).toArray())
        capabilities.append(value.toString());
    for (const QString &keyword :
         {QStringLiteral("PIPELINING"), QStringLiteral("ENHANCEDSTATUSCODES"),
          QStringLiteral("8BITMIME")})
        EXPECT_TRUE(capabilities.contains(keyword))
            << qPrintable(capabilities.join(QLatin1Char(',')));
    EXPECT_TRUE(capabilities.contains(QStringLiteral("SIZE 10240000")))
        << qPrintable(capabilities.join(QLatin1Char(',')));

    bool sawVersion = false;
    for (const QJsonValue value : json.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject finding = value.toObject();
        EXPECT_FALSE(finding.value(QStringLiteral("id")).toString().isEmpty());
        EXPECT_FALSE(finding.value(QStringLiteral("severity")).toString().isEmpty());
        EXPECT_FALSE(finding.value(QStringLiteral("title")).toString().isEmpty());
        if (finding.value(QStringLiteral("id")).toString()
            == QLatin1String("disclosure.software-version")) {
            sawVersion = true;
            EXPECT_EQ(finding.value(QStringLiteral("severity")).toString(),
                      QStringLiteral("medium"));
        }
    }
    EXPECT_TRUE(sawVersion) << qPrintable(findingIds(json).join(QLatin1Char(',')));
    EXPECT_TRUE(findingIds(json).contains(QStringLiteral("tls.starttls-missing")));

    const QJsonValue transcript = json.value(QStringLiteral("transcript"));
    ASSERT_TRUE(transcript.isArray()) << "no transcript array";
    bool sawGreeting = false;
    for (const QJsonValue entry : transcript.toArray())
        sawGreeting = sawGreeting
            || entry.toObject()
                   .value(QStringLiteral("text"))
                   .toString()
                   .startsWith(QStringLiteral("220 mx.postfix.test"));
    EXPECT_TRUE(sawGreeting);
}

#else

TEST(PostfixCliTest, BannerJsonReportsTheLeakyVersion)
{
    GTEST_SKIP() << "mxscope-cli is not part of this build (no MXSCOPE_CLI_PATH).";
}

#endif

} // namespace
} // namespace mxscope::testing

// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
//
// mxscope-cli banner --json as a process, against a real Postfix on 127.0.0.1.
#include "CliProcess.h"
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
    ASSERT_EQ(run.exitCode, 0) << run.diagnostics();
    const QJsonObject json = run.json();
    ASSERT_FALSE(json.isEmpty()) << run.diagnostics();

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

} // namespace
} // namespace mxscope::testing

// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
// The malware and spam filter check against a real Postfix whose only filter is a
// body_checks rule for the EICAR string. body_checks sees the raw lines, so it catches
// EICAR in the body but not base64-encoded in an attachment: that is what a server with
// only pattern rules really does, and the check must report it as such.
#include "FilterTestRun.h"
#include "PostfixFixture.h"

#include <gtest/gtest.h>

namespace mxscope::testing {
namespace {

class FilterTestPostfix : public ::testing::Test
{
protected:
    static void TearDownTestSuite() { PostfixFixture::releaseAllShared(); }

    static PostfixFixture::Options bodyChecks()
    {
        PostfixFixture::Options options;
        options.users = {QStringLiteral("alice")};
        // Built here, never stored: the middle of the string is distinctive and holds no
        // regular-expression metacharacters.
        const QByteArray pattern = FilterTestPayloads::eicar().mid(28, 34);
        options.files = {{QStringLiteral("body_checks"),
                          "/" + pattern + "/ REJECT 5.7.1 Infected: EICAR test file\n"}};
        options.mainCf = {{QStringLiteral("body_checks"),
                           QStringLiteral("regexp:$config_directory/body_checks")}};
        return options;
    }
};

TEST_F(FilterTestPostfix, BodyChecksRefuseEicarInTheBodyButNotTheAttachment)
{
    PostfixFixture *postfix
        = PostfixFixture::shared(QStringLiteral("filter-body-checks"), bodyChecks());
    MXSCOPE_REQUIRE_POSTFIX(postfix);
    CheckContext context;
    context.target = postfix->sessionOptions();
    context.sender = QStringLiteral("tester@client.mxscope.test");
    context.localRecipient = QStringLiteral("alice@postfix.test");
    context.authorised = true;
    const FilterRun run = runFilterCheck(context);
    ASSERT_EQ(run.outcome.status, CheckStatus::Completed)
        << run.outcome.error.toStdString() << postfix->diagnostics().toStdString();
    EXPECT_EQ(run.verdicts(),
              (QStringList {QStringLiteral("rejected"), QStringLiteral("accepted"),
                            QStringLiteral("accepted")}));
    // Postfix answers a body_checks REJECT with 550 and the rule's text.
    const QString refusal = run.payload(0).value(QStringLiteral("reply")).toString();
    EXPECT_TRUE(refusal.startsWith(u"550 5.7.1")) << refusal.toStdString();
    EXPECT_TRUE(refusal.contains(u"Infected: EICAR test file")) << refusal.toStdString();
    EXPECT_TRUE(run.payload(1).value(QStringLiteral("reply")).toString().startsWith(u"250 2.0.0"));
    EXPECT_TRUE(run.hasFinding(QStringLiteral("filter.malware-accepted")));
    EXPECT_TRUE(run.hasFinding(QStringLiteral("filter.spam-accepted")));
    EXPECT_FALSE(run.transcriptHoldsTestString());
    EXPECT_TRUE(postfix->waitForLog(QStringLiteral("Infected: EICAR test file")));
}

} // namespace
} // namespace mxscope::testing

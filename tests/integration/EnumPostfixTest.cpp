// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
//
// Enumeration against a real Postfix on 127.0.0.1, with local recipient verification on
// (local_recipient_maps lists the users) and off (local_recipient_maps empty: every local
// recipient accepted, the classic backscatter source).
#include "PostfixFixture.h"
#include "QtPrinters.h"
#include "SignalWait.h"
#include "enumeration/EnumerationRun.h"

#include <QElapsedTimer>

#include <QEventLoop>
#include <QTimer>

#include <gtest/gtest.h>

using namespace mxscope;
using namespace mxscope::testing;

namespace {

constexpr int runTimeoutMs = 100'000;

PostfixFixture::Options verifyingPostfix()
{
    PostfixFixture::Options options;
    options.users = {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol"),
                     QStringLiteral("dave")};
    options.aliases = {{QStringLiteral("team"), {QStringLiteral("alice"), QStringLiteral("bob")}}};
    options.mainCf = {{QStringLiteral("disable_vrfy_command"), QStringLiteral("no")}};
    return options;
}

PostfixFixture::Options catchAllPostfix()
{
    PostfixFixture::Options options = verifyingPostfix();
    options.mainCf.append({QStringLiteral("local_recipient_maps"), QString()});
    return options;
}

const QStringList listedNames {
    QStringLiteral("admin"),      QStringLiteral("alice"), QStringLiteral("bob"),
    QStringLiteral("nobody"),     QStringLiteral("carol"), QStringLiteral("team"),
    QStringLiteral("guest"),      QStringLiteral("dave"),  QStringLiteral("oracle"),
    QStringLiteral("postmaster"), QStringLiteral("www"),   QStringLiteral("zed")};
const QStringList existing {QStringLiteral("alice"), QStringLiteral("bob"),
                            QStringLiteral("carol"), QStringLiteral("team"),
                            QStringLiteral("dave"),  QStringLiteral("postmaster")};

EnumerationResult run(const EnumerationPlan &plan)
{
    EnumerationRun run(plan, nullptr);
    run.start();
    EXPECT_TRUE(waitForJob(run, runTimeoutMs)) << "still running";
    run.cancel();
    return run.result();
}

EnumerationPlan planFor(const PostfixFixture &postfix, EnumerationMethod method,
                        const QStringList &names = listedNames)
{
    EnumerationPlan plan;
    plan.target = postfix.sessionOptions();
    plan.method = method;
    plan.names = names;
    plan.domain = QStringLiteral("postfix.test");
    return plan;
}

QStringList ids(const EnumerationResult &r)
{
    QStringList list;
    for (const Finding &f : r.findings)
        list.append(f.id);
    return list;
}

class EnumPostfixTest : public ::testing::Test
{
protected:
    static void TearDownTestSuite() { PostfixFixture::releaseAllShared(); }
};

} // namespace

TEST_F(EnumPostfixTest, RcptFindsExactlyTheLocalRecipients)
{
    PostfixFixture *postfix
        = PostfixFixture::shared(QStringLiteral("enum-verify"), verifyingPostfix());
    MXSCOPE_REQUIRE_POSTFIX(postfix);
    const EnumerationResult r = run(planFor(*postfix, EnumerationMethod::Rcpt));
    ASSERT_TRUE(r.error.isEmpty()) << r.error.toStdString();
    EXPECT_TRUE(r.baseline.discriminates) << r.baseline.reason.toStdString();
    EXPECT_TRUE(r.baseline.find(EnumerationMethod::Rcpt)->confirmed);
    EXPECT_EQ(r.found(), existing);
    EXPECT_EQ(r.count(ProbeVerdict::Absent), listedNames.size() - existing.size());
    EXPECT_EQ(r.count(ProbeVerdict::Unknown), 0);
    // Postfix: smtpd_error_sleep_time once a session has made smtpd_soft_error_limit errors.
    EXPECT_EQ(r.harvest.defence, HarvestDefence::Delay) << r.harvest.summary.toStdString();
    EXPECT_EQ(r.harvest.errorsBeforeDefence, 10) << r.harvest.summary.toStdString();
    EXPECT_TRUE(ids(r).contains(QStringLiteral("enum.rcpt-possible")));
    EXPECT_FALSE(ids(r).contains(QStringLiteral("harvest.backscatter")));
}

TEST_F(EnumPostfixTest, Vrfy252And550AreCountedRight)
{
    PostfixFixture *postfix
        = PostfixFixture::shared(QStringLiteral("enum-verify"), verifyingPostfix());
    MXSCOPE_REQUIRE_POSTFIX(postfix);
    EnumerationPlan plan = planFor(*postfix, EnumerationMethod::Vrfy);
    plan.measureHarvest = false;
    const EnumerationResult r = run(plan);
    ASSERT_TRUE(r.error.isEmpty()) << r.error.toStdString();
    EXPECT_EQ(r.baseline.method, EnumerationMethod::Vrfy);
    EXPECT_EQ(r.found(), existing);
    for (const ProbeResult &p : r.probes) {
        if (p.verdict == ProbeVerdict::Exists)
            EXPECT_EQ(p.reply.code, 252) << p.name.toStdString();
        else
            EXPECT_EQ(p.reply.code, 550) << p.name.toStdString();
    }
    EXPECT_TRUE(ids(r).contains(QStringLiteral("enum.vrfy-enabled")));
    // Postfix has no EXPN; with PIPELINING, auto takes RCPT.
    EXPECT_EQ(r.baseline.find(EnumerationMethod::Expn)->verdict, BaselineVerdict::Disabled);
    const EnumerationResult automatic = run(planFor(*postfix, EnumerationMethod::Auto));
    EXPECT_EQ(automatic.baseline.method, EnumerationMethod::Rcpt);
    EXPECT_EQ(automatic.found(), existing);
}

TEST_F(EnumPostfixTest, TenThousandNamesInBoundedTimeWithExactResults)
{
    PostfixFixture *postfix
        = PostfixFixture::shared(QStringLiteral("enum-verify"), verifyingPostfix());
    MXSCOPE_REQUIRE_POSTFIX(postfix);
    QStringList names;
    for (int i = 0; i < 10'000 - int(existing.size()); ++i)
        names.append(QStringLiteral("candidate%1").arg(i));
    for (qsizetype i = 0; i < existing.size(); ++i)
        names.insert(i * 1500, existing.at(i));
    EnumerationPlan plan = planFor(*postfix, EnumerationMethod::Rcpt, names);
    plan.measureHarvest = false;
    QElapsedTimer clock;
    clock.start();
    const EnumerationResult r = run(plan);
    ASSERT_TRUE(r.error.isEmpty()) << r.error.toStdString();
    EXPECT_EQ(r.probes.size(), 10'000);
    EXPECT_EQ(r.count(ProbeVerdict::Unknown), 0);
    QStringList expected = r.found();
    EXPECT_EQ(r.found().size(), existing.size());
    for (const QString &name : existing)
        EXPECT_TRUE(expected.contains(name)) << name.toStdString();
    EXPECT_EQ(r.harvest.throttleEvents, 0) << "sessions stay below Postfix's error limits";
    EXPECT_LT(clock.elapsed(), 60'000);
    std::cout << "10,000 RCPT probes against Postfix: " << r.enumerationMs << " ms, " << r.sessions
              << " sessions\n";
}

TEST_F(EnumPostfixTest, WithoutRecipientVerificationNoUsersAndBackscatter)
{
    PostfixFixture *postfix
        = PostfixFixture::shared(QStringLiteral("enum-catch-all"), catchAllPostfix());
    MXSCOPE_REQUIRE_POSTFIX(postfix);
    const EnumerationResult r = run(planFor(*postfix, EnumerationMethod::Auto));
    ASSERT_TRUE(r.error.isEmpty()) << r.error.toStdString();
    EXPECT_FALSE(r.baseline.discriminates) << r.baseline.reason.toStdString();
    EXPECT_TRUE(r.found().isEmpty());
    EXPECT_EQ(r.count(ProbeVerdict::Exists), 0);
    EXPECT_EQ(r.baseline.find(EnumerationMethod::Rcpt)->verdict, BaselineVerdict::CatchAll);
    EXPECT_TRUE(r.baseline.reason.contains(QLatin1String("catch-all")))
        << r.baseline.reason.toStdString();
    EXPECT_TRUE(ids(r).contains(QStringLiteral("harvest.backscatter")));

    const EnumerationResult rcpt = run(planFor(*postfix, EnumerationMethod::Rcpt));
    EXPECT_FALSE(rcpt.baseline.discriminates);
    EXPECT_EQ(rcpt.count(ProbeVerdict::Exists), 0);
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
//
// The sender policy check against practice servers with and without sender restrictions.
#include "PolicyCheckRun.h"
#include "QtPrinters.h"
#include "SessionRun.h"
#include "checks/SenderPolicyCheck.h"

#include <QJsonArray>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace mxscope;
using namespace mxscope::testing;

namespace {

std::unique_ptr<PracticeServer> startServer(const char *name, bool senderRestrictions)
{
    PracticeProfile profile = PracticeProfile::byName(QString::fromLatin1(name)).value();
    profile.senderRestrictions = senderRestrictions;
    auto server = std::make_unique<PracticeServer>(profile);
    EXPECT_TRUE(server->listen(QHostAddress::LocalHost, 0)) << server->errorString().toStdString();
    return server;
}

CheckContext contextFor(const PracticeServer &server,
                        const QString &recipient = QStringLiteral("alice@practice.test"))
{
    CheckContext context;
    context.target = practiceOptions(server);
    context.domain = QStringLiteral("practice.test");
    context.localRecipient = recipient;
    return context;
}

QList<SenderOutcome> outcomesOf(const SenderPolicyResult &result)
{
    QList<SenderOutcome> outcomes;
    for (const SenderProbe &p : result.probes)
        outcomes.append(p.outcome());
    return outcomes;
}

} // namespace

TEST(SenderPolicyPracticeTest, RestrictedServerRefusesEverySuspiciousSender)
{
    const auto server = startServer("hardened", true);
    const auto run = runPolicyCheck<SenderPolicyCheck>(contextFor(*server));

    ASSERT_EQ(run.outcome().status, CheckStatus::Completed) << run.outcome().error.toStdString();
    const SenderPolicyResult &r = run.check->result();
    EXPECT_EQ(outcomesOf(r),
              (QList<SenderOutcome> {SenderOutcome::RefusedAtRcpt, SenderOutcome::Accepted,
                                     SenderOutcome::RefusedAtRcpt, SenderOutcome::DeferredAtRcpt}));
    EXPECT_EQ(r.probes.at(0).path, QStringLiteral("<alice@practice.test>"));
    EXPECT_EQ(r.probes.at(0).rcptReply->code, 553);
    EXPECT_EQ(r.probes.at(2).path, QStringLiteral("<alice>"));
    // The null sender is accepted, as RFC 5321 requires: no finding for it.
    EXPECT_TRUE(run.outcome().findings.isEmpty())
        << run.findingIds().join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(r.sessions, 1);
    EXPECT_TRUE(run.outcome().summary.contains(QLatin1String("refused")))
        << run.outcome().summary.toStdString();

    ASSERT_EQ(run.outcome().tables.size(), 1);
    const ResultTable &table = run.outcome().tables.constFirst();
    ASSERT_EQ(table.rows.size(), 4);
    EXPECT_EQ(table.rows.at(1).value(1), QStringLiteral("<>"));
    EXPECT_TRUE(table.rows.at(1).value(4).contains(QLatin1String("RFC 5321")));
    EXPECT_TRUE(table.rows.at(0).value(3).startsWith(QLatin1String("553")));
    EXPECT_TRUE(run.evidenceIsValid());

    // MAIL, RCPT, RSET for each form; never DATA.
    const QStringList sent = run.sentLines();
    EXPECT_EQ(sent.count(QStringLiteral("RSET")), 4);
    EXPECT_FALSE(sent.contains(QStringLiteral("DATA")));
    EXPECT_EQ(sent.count(QStringLiteral("RCPT TO:<alice@practice.test>")), 4);
}

TEST(SenderPolicyPracticeTest, UnrestrictedServerTakesSpoofedOwnDomainMail)
{
    const auto server = startServer("hardened", false);
    const auto run = runPolicyCheck<SenderPolicyCheck>(contextFor(*server));

    ASSERT_EQ(run.outcome().status, CheckStatus::Completed) << run.outcome().error.toStdString();
    EXPECT_EQ(run.findingIds(),
              (QStringList {QStringLiteral("sender.own-domain-spoofing"),
                            QStringLiteral("sender.unqualified-accepted"),
                            QStringLiteral("sender.unknown-domain-accepted")}));
    const Finding *spoof = run.finding(QStringLiteral("sender.own-domain-spoofing"));
    ASSERT_NE(spoof, nullptr);
    EXPECT_EQ(spoof->severity, Severity::High);
    EXPECT_TRUE(spoof->detail.contains(QLatin1String("<alice@practice.test>")))
        << spoof->detail.toStdString();
    EXPECT_TRUE(spoof->detail.contains(QLatin1String("250 2.1.5 Ok")))
        << spoof->detail.toStdString();
    EXPECT_TRUE(
        spoof->remediation.contains(QLatin1String("reject_unauthenticated_sender_login_mismatch")));
    EXPECT_TRUE(spoof->remediation.contains(
        QLatin1String("ms-Exch-SMTP-Accept-Authoritative-Domain-Sender")));
    EXPECT_EQ(run.finding(QStringLiteral("sender.unqualified-accepted"))->severity,
              Severity::Medium);
    EXPECT_TRUE(run.evidenceIsValid());

    const QJsonArray probes = run.outcome().details.value(QStringLiteral("probes")).toArray();
    ASSERT_EQ(probes.size(), 4);
    EXPECT_EQ(probes.at(0).toObject().value(QStringLiteral("variant")).toString(),
              QStringLiteral("own_domain"));
    EXPECT_EQ(probes.at(0).toObject().value(QStringLiteral("outcome")).toString(),
              QStringLiteral("accepted"));
}

TEST(SenderPolicyPracticeTest, TheUsersSenderIsUsedWhenItIsInTheDomain)
{
    const auto server = startServer("leaky", false);
    CheckContext context = contextFor(*server, QStringLiteral("bob@practice.test"));
    context.sender = QStringLiteral("ceo@practice.test");
    const auto run = runPolicyCheck<SenderPolicyCheck>(context);
    ASSERT_EQ(run.outcome().status, CheckStatus::Completed) << run.outcome().error.toStdString();
    EXPECT_EQ(run.check->result().probes.at(0).path, QStringLiteral("<ceo@practice.test>"));
    EXPECT_EQ(run.check->result().probes.at(2).path, QStringLiteral("<ceo>"));
    EXPECT_NE(run.finding(QStringLiteral("sender.own-domain-spoofing")), nullptr);
}

TEST(SenderPolicyPracticeTest, UnknownRecipientMakesTheVerdictInconclusive)
{
    const auto server = startServer("hardened", false);
    const auto run = runPolicyCheck<SenderPolicyCheck>(
        contextFor(*server, QStringLiteral("nobody@practice.test")));
    ASSERT_EQ(run.outcome().status, CheckStatus::Completed) << run.outcome().error.toStdString();
    EXPECT_EQ(run.findingIds(), QStringList {QStringLiteral("sender.recipient-refused")});
    EXPECT_EQ(run.finding(QStringLiteral("sender.recipient-refused"))->severity, Severity::Info);
    EXPECT_TRUE(run.outcome().summary.contains(QLatin1String("Inconclusive")));
}

TEST(SenderPolicyPracticeTest, RefusesToRunWithoutDomainOrRecipient)
{
    const auto server = startServer("hardened", false);
    QSignalSpy opened(server.get(), &PracticeServer::sessionOpened);
    for (const auto &[domain, recipient] :
         {std::pair {QString(), QStringLiteral("alice@practice.test")},
          std::pair {QStringLiteral("practice.test"), QString()}}) {
        CheckContext context = contextFor(*server, recipient);
        context.domain = domain;
        const auto run = runPolicyCheck<SenderPolicyCheck>(context);
        EXPECT_EQ(run.outcome().status, CheckStatus::Refused);
        EXPECT_TRUE(run.outcome().error.contains(QLatin1String("domain")))
            << run.outcome().error.toStdString();
        EXPECT_TRUE(run.outcome().error.contains(QLatin1String("recipient")));
        EXPECT_TRUE(run.transcript->entries().isEmpty());
    }
    // Give a connection the chance to arrive, were one made.
    EXPECT_FALSE(waitUntil([&] { return !opened.isEmpty(); }, 200));
}

TEST(SenderPolicyPracticeTest, RefusesLineBreaksInItsInputs)
{
    const auto server = startServer("hardened", false);
    CheckContext context = contextFor(*server, QStringLiteral("alice@practice.test\r\nDATA"));
    const auto run = runPolicyCheck<SenderPolicyCheck>(context);
    EXPECT_EQ(run.outcome().status, CheckStatus::Refused);
    EXPECT_TRUE(run.transcript->entries().isEmpty());
}

TEST(SenderPolicyPracticeTest, ServerThatHangsUpAfterErrorsGetsAnotherConnection)
{
    PracticeProfile profile = PracticeProfile::byName(QStringLiteral("hardened")).value();
    profile.senderRestrictions = true;
    profile.errorLimit = 2; // 421 once two errors were answered
    PracticeServer server(profile);
    ASSERT_TRUE(server.listen(QHostAddress::LocalHost, 0));
    const auto run = runPolicyCheck<SenderPolicyCheck>(contextFor(server));

    ASSERT_EQ(run.outcome().status, CheckStatus::Completed) << run.outcome().error.toStdString();
    const SenderPolicyResult &r = run.check->result();
    EXPECT_GT(r.sessions, 1);
    EXPECT_LE(r.sessions, 3);
    EXPECT_EQ(r.probes.at(0).outcome(), SenderOutcome::RefusedAtRcpt);
    EXPECT_EQ(r.probes.at(1).outcome(), SenderOutcome::Accepted);
}

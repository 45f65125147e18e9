// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "relay/RelayFindings.h"
#include "QtPrinters.h"
#include "relay/RelayJson.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace mxscope;

namespace {

RelayOutcome outcome(const char *id, RelayStage stage, int code, QList<qsizetype> evidence = {})
{
    RelayOutcome o;
    o.variant.id = QLatin1String(id);
    o.variant.mailFrom = QStringLiteral("<tester@client.example>");
    o.variant.rcptTo = QStringLiteral("<victim@outside.example>");
    o.stage = stage;
    o.reply.code = code;
    o.reply.lines = {"2.1.5 Ok"};
    o.evidence = std::move(evidence);
    return o;
}

RelayPlan plan()
{
    RelayPlan p;
    p.target.host = QStringLiteral("mx.example.org");
    p.sender = QStringLiteral("tester@client.example");
    p.recipient = QStringLiteral("victim@outside.example");
    return p;
}

const Finding *findingById(const RelayResult &result, const char *id)
{
    for (const Finding &f : result.findings) {
        if (f.id == QLatin1String(id))
            return &f;
    }
    return nullptr;
}

} // namespace

TEST(RelayFindingsTest, StageAndVerdictNames)
{
    EXPECT_EQ(toString(RelayStage::RejectedAtMail), QStringLiteral("rejected-mail"));
    EXPECT_EQ(toString(RelayStage::RejectedAtRcpt), QStringLiteral("rejected-rcpt"));
    EXPECT_EQ(toString(RelayStage::AcceptedAtRcpt), QStringLiteral("accepted-rcpt"));
    EXPECT_EQ(toString(RelayStage::AcceptedAfterData), QStringLiteral("accepted-data"));
    EXPECT_EQ(toString(RelayStage::RefusedAfterData), QStringLiteral("refused-data"));
    EXPECT_EQ(toString(RelayStage::Error), QStringLiteral("error"));
    EXPECT_EQ(toString(RelayStage::NotTried), QStringLiteral("not-tried"));
    EXPECT_EQ(toString(RelayVerdict::Open), QStringLiteral("open"));
    EXPECT_EQ(toString(RelayVerdict::Closed), QStringLiteral("closed"));
    EXPECT_EQ(toString(RelayVerdict::Inconclusive), QStringLiteral("inconclusive"));
    EXPECT_FALSE(describe(RelayStage::RefusedAfterData).isEmpty());
}

TEST(RelayFindingsTest, OneAcceptedVariantMakesAnOpenRelayWithEvidence)
{
    RelayResult result;
    result.outcomes = {outcome("nmap-01", RelayStage::RejectedAtRcpt, 554, {7}),
                       outcome("nmap-05", RelayStage::AcceptedAtRcpt, 250, {12}),
                       outcome("nmap-06", RelayStage::NotTried, 0)};
    RelayFindings::evaluate(result, plan());
    EXPECT_EQ(result.verdict, RelayVerdict::Open);
    EXPECT_TRUE(result.verdictSentence.contains(QStringLiteral("victim@outside.example")));
    const Finding *open = findingById(result, "relay.open");
    ASSERT_NE(open, nullptr);
    EXPECT_EQ(open->severity, Severity::Critical);
    EXPECT_EQ(open->evidence, QList<qsizetype> {12});
    EXPECT_TRUE(open->detail.contains(QStringLiteral("nmap-05")));
    EXPECT_FALSE(open->detail.contains(QStringLiteral("nmap-01")));
    EXPECT_FALSE(open->remediation.isEmpty());
}

TEST(RelayFindingsTest, RefusedAfterDataIsClosedButReported)
{
    RelayResult result;
    result.outcomes = {outcome("nmap-01", RelayStage::RefusedAfterData, 554, {3, 9}),
                       outcome("nmap-02", RelayStage::RejectedAtRcpt, 554),
                       outcome("nmap-03", RelayStage::RejectedAtMail, 553)};
    RelayFindings::evaluate(result, plan());
    EXPECT_EQ(result.verdict, RelayVerdict::Closed);
    EXPECT_EQ(findingById(result, "relay.open"), nullptr);
    const Finding *refused = findingById(result, "relay.accepted-then-refused");
    ASSERT_NE(refused, nullptr);
    EXPECT_EQ(refused->severity, Severity::Medium);
    EXPECT_EQ(refused->evidence, (QList<qsizetype> {3, 9}));
}

TEST(RelayFindingsTest, UntriedVariantsMakeItInconclusive)
{
    RelayResult result;
    result.outcomes = {outcome("nmap-01", RelayStage::RejectedAtRcpt, 554),
                       outcome("nmap-02", RelayStage::Error, 451)};
    result.incompleteReason = QStringLiteral("the server kept deferring");
    RelayFindings::evaluate(result, plan());
    EXPECT_EQ(result.verdict, RelayVerdict::Inconclusive);
    EXPECT_TRUE(result.verdictSentence.contains(QStringLiteral("the server kept deferring")));
    const Finding *f = findingById(result, "relay.inconclusive");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->severity, Severity::Low);

    RelayResult nothing;
    nothing.errorMessage = QStringLiteral("Connection refused.");
    RelayFindings::evaluate(nothing, plan());
    EXPECT_EQ(nothing.verdict, RelayVerdict::Inconclusive);
    EXPECT_TRUE(nothing.verdictSentence.contains(QStringLiteral("Connection refused.")));
}

TEST(RelayFindingsTest, RelayAfterAuthIsInfoNotOpen)
{
    RelayPlan p = plan();
    p.target.credentials = Credentials {QStringLiteral("alice"), QStringLiteral("secret"), {}};
    RelayResult result;
    result.outcomes = {outcome("nmap-01", RelayStage::RejectedAtRcpt, 554)};
    result.authenticatedOutcome = outcome("after-auth", RelayStage::AcceptedAtRcpt, 250, {20});
    RelayFindings::evaluate(result, p);
    EXPECT_EQ(result.verdict, RelayVerdict::Closed);
    const Finding *f = findingById(result, "relay.after-auth");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->severity, Severity::Info);
    EXPECT_FALSE(f->detail.contains(QStringLiteral("secret")));
}

TEST(RelayFindingsTest, JsonHasTheDocumentedKeys)
{
    RelayResult result;
    result.outcomes = {outcome("nmap-05", RelayStage::AcceptedAtRcpt, 250, {12})};
    RelayFindings::evaluate(result, plan());
    const QJsonObject json = RelayJson::toJson(result, plan());
    EXPECT_EQ(json.value(QStringLiteral("verdict")).toString(), QStringLiteral("open"));
    EXPECT_FALSE(json.value(QStringLiteral("verdict_sentence")).toString().isEmpty());
    const QJsonObject v = json.value(QStringLiteral("variants")).toArray().at(0).toObject();
    EXPECT_EQ(v.value(QStringLiteral("id")).toString(), QStringLiteral("nmap-05"));
    EXPECT_EQ(v.value(QStringLiteral("mail_from")).toString(),
              QStringLiteral("<tester@client.example>"));
    EXPECT_EQ(v.value(QStringLiteral("rcpt_to")).toString(),
              QStringLiteral("<victim@outside.example>"));
    EXPECT_EQ(v.value(QStringLiteral("stage")).toString(), QStringLiteral("accepted-rcpt"));
    const QJsonObject reply = v.value(QStringLiteral("reply")).toObject();
    EXPECT_EQ(reply.value(QStringLiteral("code")).toInt(), 250);
    EXPECT_TRUE(reply.value(QStringLiteral("text")).toString().endsWith(QStringLiteral("Ok")));
    EXPECT_EQ(json.value(QStringLiteral("findings"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("id")),
              QStringLiteral("relay.open"));
}

TEST(RelayFindingsTest, LocalRecipientIsNoProofOfRelaying)
{
    RelayPlan p = plan();
    p.recipient = QStringLiteral("postmaster@example.org");
    RelayResult result;
    result.targetName = QStringLiteral("mx.example.org");
    result.outcomes = {outcome("nmap-01", RelayStage::AcceptedAtRcpt, 250)};
    RelayFindings::evaluate(result, p);
    EXPECT_EQ(result.verdict, RelayVerdict::Inconclusive);
    EXPECT_EQ(findingById(result, "relay.open"), nullptr);
    EXPECT_NE(findingById(result, "relay.inconclusive"), nullptr);
}

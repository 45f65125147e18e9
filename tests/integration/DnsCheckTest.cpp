// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "dns/DnsCheck.h"
#include "DnsmasqServer.h"
#include "SessionRun.h"
#include "SignalWait.h"
#include "transcript/Transcript.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

#include <memory>

using namespace mxscope;
using namespace mxscope::testing;

namespace {

// good.test: one MX with forward-confirmed reverse DNS (host-record makes A and PTR),
// one SPF record, DMARC p=reject, MTA-STS. weak.test: an MX without address, an MX whose
// reverse name does not resolve back, two SPF records, DMARC p=none, no MTA-STS.
// slow.test never answers; names outside .test are refused (no upstream server).
QStringList zone()
{
    return {
        QStringLiteral("--mx-host=good.test,mx1.good.test,10"),
        QStringLiteral("--host-record=mx1.good.test,127.0.0.1"),
        QStringLiteral("--txt-record=good.test,v=spf1 mx -all"),
        QStringLiteral("--txt-record=_dmarc.good.test,v=DMARC1; p=reject"),
        QStringLiteral("--txt-record=_mta-sts.good.test,v=STSv1; id=20260101"),
        QStringLiteral("--mx-host=weak.test,mx.weak.test,10"),
        QStringLiteral("--mx-host=weak.test,noaddr.weak.test,20"),
        QStringLiteral("--address=/mx.weak.test/127.0.0.2"),
        QStringLiteral("--ptr-record=2.0.0.127.in-addr.arpa,elsewhere.weak.test"),
        QStringLiteral("--txt-record=weak.test,v=spf1 mx ~all"),
        QStringLiteral("--txt-record=weak.test,v=spf1 a ?all"),
        QStringLiteral("--txt-record=_dmarc.weak.test,v=DMARC1; p=none"),
        // Forwarded to an address where nothing answers: lookups time out.
        QStringLiteral("--server=/slow.test/127.0.36.9"),
    };
}

class DnsCheckTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        if (!DnsmasqServer::unavailableReason().isEmpty())
            return;
        s_dns = std::make_unique<DnsmasqServer>(zone());
        if (!s_dns->start())
            s_startError = s_dns->diagnostics();
    }
    static void TearDownTestSuite() { s_dns.reset(); }

    void SetUp() override
    {
        if (const QString why = DnsmasqServer::unavailableReason(); !why.isEmpty())
            GTEST_SKIP() << why.toStdString();
        ASSERT_TRUE(s_startError.isEmpty()) << s_startError.toStdString();
    }

    // Runs the check for domain (and host, when given) against the local name server.
    std::unique_ptr<DnsCheck> runCheck(const QString &domain, const SessionOptions &target = {},
                                       QHostAddress nameServer = {})
    {
        m_context.domain = domain;
        m_context.target = target;
        m_context.nameServer = nameServer.isNull() ? s_dns->address() : nameServer;
        m_context.transcript = &m_transcript;
        auto check = std::make_unique<DnsCheck>(m_context);
        check->start();
        EXPECT_TRUE(waitForJob(*check, 30'000));
        return check;
    }

    static QStringList ids(const CheckOutcome &outcome)
    {
        QStringList out;
        for (const Finding &f : outcome.findings)
            out.append(f.id);
        return out;
    }

    static inline std::unique_ptr<DnsmasqServer> s_dns;
    static inline QString s_startError;
    Transcript m_transcript;
    CheckContext m_context;
};

} // namespace

TEST_F(DnsCheckTest, WellConfiguredDomainHasNoFindings)
{
    auto check = runCheck(QStringLiteral("good.test"));
    const CheckOutcome &outcome = check->outcome();
    ASSERT_EQ(outcome.status, CheckStatus::Completed) << outcome.error.toStdString();
    const QJsonObject json = outcome.details;
    EXPECT_TRUE(outcome.findings.isEmpty()) << ids(outcome).join(QLatin1Char(' ')).toStdString()
                                            << QJsonDocument(json).toJson().toStdString();
    const QJsonArray mx = json[QStringLiteral("mx")].toArray();
    ASSERT_EQ(mx.size(), 1);
    EXPECT_EQ(mx[0][QStringLiteral("host")].toString(), QStringLiteral("mx1.good.test"));
    EXPECT_EQ(mx[0][QStringLiteral("addresses")].toArray(),
              QJsonArray {QStringLiteral("127.0.0.1")});
    const QJsonArray reverse = json[QStringLiteral("reverse")].toArray();
    ASSERT_EQ(reverse.size(), 1);
    EXPECT_TRUE(reverse[0][QStringLiteral("fcrdns")].toBool());
    EXPECT_EQ(json[QStringLiteral("spf")].toArray(), QJsonArray {QStringLiteral("v=spf1 mx -all")});
    EXPECT_EQ(json[QStringLiteral("dmarc_policy")].toString(), QStringLiteral("reject"));
    EXPECT_EQ(json[QStringLiteral("mta_sts")].toArray().size(), 1);
    EXPECT_FALSE(outcome.tables.value(0).rows.isEmpty());
}

TEST_F(DnsCheckTest, WeakDomainFindings)
{
    auto check = runCheck(QStringLiteral("weak.test"));
    const CheckOutcome &outcome = check->outcome();
    ASSERT_EQ(outcome.status, CheckStatus::Completed) << outcome.error.toStdString();
    const QStringList found = ids(outcome);
    for (const char *expected :
         {"dns.mx-without-address", "dns.fcrdns-mismatch", "dns.spf-multiple",
          "dns.dmarc-policy-none", "dns.mta-sts-missing"})
        EXPECT_TRUE(found.contains(QLatin1String(expected)))
            << expected << " missing from " << found.join(QLatin1Char(' ')).toStdString();
    for (const Finding &f : outcome.findings) {
        EXPECT_FALSE(f.remediation.isEmpty()) << f.id.toStdString();
        ASSERT_FALSE(f.evidence.isEmpty()) << f.id.toStdString();
        EXPECT_LT(f.evidence[0], m_transcript.entries().size());
    }
}

TEST_F(DnsCheckTest, NonexistentDomainIsNxdomainNotAFailure)
{
    auto check = runCheck(QStringLiteral("missing.test"));
    const CheckOutcome &outcome = check->outcome();
    ASSERT_EQ(outcome.status, CheckStatus::Completed) << outcome.error.toStdString();
    EXPECT_EQ(outcome.details[QStringLiteral("mx_status")].toString(), QStringLiteral("nxdomain"));
    EXPECT_TRUE(ids(outcome).contains(QStringLiteral("dns.domain-not-found")));
}

TEST_F(DnsCheckTest, SilentNameServerFailsTheCheck)
{
    // Nothing listens there: no answer is not NXDOMAIN.
    auto check
        = runCheck(QStringLiteral("good.test"), {}, QHostAddress(QStringLiteral("127.0.36.1")));
    const CheckOutcome &outcome = check->outcome();
    EXPECT_EQ(outcome.status, CheckStatus::Failed);
    EXPECT_NE(outcome.details[QStringLiteral("mx_status")].toString(), QStringLiteral("nxdomain"));
    EXPECT_TRUE(outcome.findings.isEmpty()) << ids(outcome).join(QLatin1Char(' ')).toStdString();
}

TEST_F(DnsCheckTest, RefusedQueriesAreNotNxdomain)
{
    auto check = runCheck(QStringLiteral("elsewhere.example"));
    const CheckOutcome &outcome = check->outcome();
    EXPECT_EQ(outcome.status, CheckStatus::Failed);
    EXPECT_EQ(outcome.details[QStringLiteral("mx_status")].toString(), QStringLiteral("refused"));
    EXPECT_TRUE(outcome.findings.isEmpty()) << ids(outcome).join(QLatin1Char(' ')).toStdString();
}

TEST_F(DnsCheckTest, BannerHostComparedWithReverseDns)
{
    PracticeProfile profile = *PracticeProfile::byName(QStringLiteral("hardened"));
    profile.hostName = "mx1.good.test";
    PracticeServer matching(profile);
    ASSERT_TRUE(matching.listen());
    auto check = runCheck(QStringLiteral("good.test"), practiceOptions(matching));
    EXPECT_EQ(check->outcome().details[QStringLiteral("banner_host")].toString(),
              QStringLiteral("mx1.good.test"));
    EXPECT_FALSE(ids(check->outcome()).contains(QStringLiteral("dns.banner-ptr-mismatch")));

    profile.hostName = "internal.corp.example";
    PracticeServer other(profile);
    ASSERT_TRUE(other.listen());
    check = runCheck(QStringLiteral("good.test"), practiceOptions(other));
    const QStringList found = ids(check->outcome());
    ASSERT_TRUE(found.contains(QStringLiteral("dns.banner-ptr-mismatch")))
        << found.join(QLatin1Char(' ')).toStdString();
}

TEST_F(DnsCheckTest, RefusesWithoutADomain)
{
    auto check = runCheck(QString());
    EXPECT_EQ(check->outcome().status, CheckStatus::Refused);
}

// Last: Qt's resolver threads stay blocked in the system resolver after the time-out, which
// would slow the lookups of a test that follows in the same process.
TEST_F(DnsCheckTest, UnansweredLookupsTimeOutWithinTheBound)
{
    QElapsedTimer clock;
    clock.start();
    auto check = runCheck(QStringLiteral("slow.test"));
    const CheckOutcome &outcome = check->outcome();
    EXPECT_EQ(outcome.status, CheckStatus::Failed);
    EXPECT_EQ(outcome.details[QStringLiteral("mx_status")].toString(), QStringLiteral("timeout"));
    EXPECT_TRUE(outcome.findings.isEmpty()) << ids(outcome).join(QLatin1Char(' ')).toStdString();
    // The lookups run side by side, each bounded.
    EXPECT_LT(clock.elapsed(), 2 * DnsCheck::lookupTimeoutMs + 2000);
}

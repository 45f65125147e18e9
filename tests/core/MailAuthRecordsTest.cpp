// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "dns/MailAuthRecords.h"
#include "dns/DnsFindings.h"

#include <gtest/gtest.h>

using namespace mxscope;

namespace {

DnsAnswer txt(const QString &name, const QStringList &texts)
{
    DnsAnswer a;
    a.name = name;
    a.type = QDnsLookup::TXT;
    a.status = texts.isEmpty() ? DnsStatus::NoRecords : DnsStatus::Ok;
    a.texts = texts;
    return a;
}

// A domain with everything in order; each test breaks one thing.
DnsResult goodDomain()
{
    DnsResult r;
    r.domain = QStringLiteral("example.test");
    r.mx.name = r.domain;
    r.mx.type = QDnsLookup::MX;
    r.mx.status = DnsStatus::Ok;
    r.mx.mx = {{10, QStringLiteral("mx1.example.test")}};
    DnsAnswer a;
    a.name = QStringLiteral("mx1.example.test");
    a.status = DnsStatus::Ok;
    a.addresses = {QHostAddress(QStringLiteral("192.0.2.10"))};
    r.mxAddresses = {a};
    r.spf = txt(r.domain,
                {QStringLiteral("google-site-verification=abc"), QStringLiteral("v=spf1 mx -all")});
    r.dmarc = txt(QStringLiteral("_dmarc.example.test"),
                  {QStringLiteral("v=DMARC1; p=reject; rua=mailto:d@example.test")});
    r.mtaSts = txt(QStringLiteral("_mta-sts.example.test"), {QStringLiteral("v=STSv1; id=1")});
    return r;
}

QStringList ids(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out.append(f.id);
    return out;
}

} // namespace

TEST(MailAuthRecords, SpfQualifierOfAll)
{
    EXPECT_EQ(SpfPolicy::fromTexts({QStringLiteral("v=spf1 mx -all")}).allQualifier,
              QLatin1Char('-'));
    EXPECT_EQ(SpfPolicy::fromTexts({QStringLiteral("v=spf1 a ~ALL")}).allQualifier,
              QLatin1Char('~'));
    EXPECT_EQ(SpfPolicy::fromTexts({QStringLiteral("v=spf1 +all")}).allQualifier, QLatin1Char('+'));
    EXPECT_EQ(SpfPolicy::fromTexts({QStringLiteral("v=spf1 all")}).allQualifier, QLatin1Char('+'));
    EXPECT_FALSE(SpfPolicy::fromTexts({QStringLiteral("v=spf1 include:x.test")}).allQualifier);
    EXPECT_EQ(SpfPolicy::fromTexts({QStringLiteral("v=spf1 redirect=_spf.x.test")}).redirect,
              QStringLiteral("_spf.x.test"));
}

TEST(MailAuthRecords, SpfVersionMustBeAWholeTerm)
{
    EXPECT_TRUE(SpfPolicy::fromTexts({QStringLiteral("v=spf10 -all")}).records.isEmpty());
    EXPECT_EQ(SpfPolicy::fromTexts({QStringLiteral("V=SPF1 -all"), QStringLiteral("other")})
                  .records.size(),
              1);
}

TEST(MailAuthRecords, DmarcTags)
{
    const DmarcPolicy d = DmarcPolicy::fromTexts(
        {QStringLiteral("v=DMARC1;p=Quarantine; sp=none; pct=50; rua=mailto:a@b.test")});
    EXPECT_EQ(d.policy, QStringLiteral("quarantine"));
    EXPECT_EQ(d.subdomainPolicy, QStringLiteral("none"));
    EXPECT_EQ(d.percent, 50);
    EXPECT_TRUE(d.reports);
}

TEST(MailAuthRecords, ReverseNames)
{
    EXPECT_EQ(reverseName(QHostAddress(QStringLiteral("192.0.2.10"))),
              QStringLiteral("10.2.0.192.in-addr.arpa"));
    EXPECT_EQ(reverseName(QHostAddress(QStringLiteral("2001:db8::1"))),
              QStringLiteral("1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2."
                             "ip6.arpa"));
}

TEST(DnsFindingRules, GoodDomainHasNoFindings)
{
    EXPECT_TRUE(DnsFindings::evaluate(goodDomain()).isEmpty())
        << ids(DnsFindings::evaluate(goodDomain())).join(QLatin1Char(' ')).toStdString();
}

TEST(DnsFindingRules, SpfProblems)
{
    DnsResult r = goodDomain();
    r.spf = txt(r.domain, {QStringLiteral("v=spf1 mx -all"), QStringLiteral("v=spf1 a ~all")});
    const QList<Finding> multiple = DnsFindings::evaluate(r);
    ASSERT_EQ(ids(multiple), QStringList {QStringLiteral("dns.spf-multiple")});
    EXPECT_TRUE(multiple[0].detail.contains(QLatin1String("\"v=spf1 a ~all\"")));

    r.spf = txt(r.domain, {QStringLiteral("v=spf1 +all")});
    const QList<Finding> passAll = DnsFindings::evaluate(r);
    ASSERT_EQ(ids(passAll), QStringList {QStringLiteral("dns.spf-pass-all")});
    EXPECT_EQ(passAll[0].severity, Severity::High);

    r.spf = txt(r.domain, {QStringLiteral("v=spf1 mx ?all")});
    EXPECT_EQ(ids(DnsFindings::evaluate(r)), QStringList {QStringLiteral("dns.spf-neutral-all")});

    r.spf = txt(r.domain, {});
    EXPECT_EQ(ids(DnsFindings::evaluate(r)), QStringList {QStringLiteral("dns.spf-missing")});

    // No answer is not a missing record.
    r.spf.status = DnsStatus::Timeout;
    EXPECT_TRUE(DnsFindings::evaluate(r).isEmpty());
}

TEST(DnsFindingRules, DmarcProblems)
{
    DnsResult r = goodDomain();
    r.dmarc = txt(r.dmarc.name, {QStringLiteral("v=DMARC1; p=none")});
    const QList<Finding> none = DnsFindings::evaluate(r);
    ASSERT_EQ(ids(none), QStringList {QStringLiteral("dns.dmarc-policy-none")});
    EXPECT_TRUE(none[0].detail.contains(QLatin1String("p=none")));

    r.dmarc = txt(r.dmarc.name, {});
    r.dmarc.status = DnsStatus::NxDomain;
    EXPECT_EQ(ids(DnsFindings::evaluate(r)), QStringList {QStringLiteral("dns.dmarc-missing")});
}

TEST(DnsFindingRules, MxAndReverseProblems)
{
    DnsResult r = goodDomain();
    r.mxAddresses[0].addresses.clear();
    r.mxAddresses[0].status = DnsStatus::NoRecords;
    EXPECT_EQ(ids(DnsFindings::evaluate(r)),
              QStringList {QStringLiteral("dns.mx-without-address")});

    r = goodDomain();
    ReverseCheck check;
    check.address = QHostAddress(QStringLiteral("192.0.2.10"));
    check.source = QStringLiteral("mx1.example.test");
    check.ptr.status = DnsStatus::NxDomain;
    r.reverse = {check};
    EXPECT_EQ(ids(DnsFindings::evaluate(r)), QStringList {QStringLiteral("dns.no-ptr")});

    r.reverse[0].ptr.status = DnsStatus::Ok;
    r.reverse[0].ptr.names = {QStringLiteral("host.elsewhere.test")};
    r.reverse[0].unconfirmedNames = r.reverse[0].ptr.names;
    EXPECT_EQ(ids(DnsFindings::evaluate(r)), QStringList {QStringLiteral("dns.fcrdns-mismatch")});

    r.mx.status = DnsStatus::NxDomain;
    r.mx.mx.clear();
    EXPECT_TRUE(ids(DnsFindings::evaluate(r)).contains(QStringLiteral("dns.domain-not-found")));
}

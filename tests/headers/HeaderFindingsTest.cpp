// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "HeaderSamples.h"
#include "QtPrinters.h"
#include "headers/HeaderAnalysis.h"

#include <gtest/gtest.h>

using namespace mxscope;
using namespace mxscope::testing;

namespace {

HeaderAnalysis analyseSample(const char *name)
{
    const QByteArray message = headerSample(name);
    EXPECT_FALSE(message.isEmpty()) << name;
    return analyseHeaders(message);
}

// The finding's detail, or a note that it is missing, for readable failures.
std::string detailOf(const HeaderAnalysis &analysis, const char *id)
{
    const Finding *finding = findingById(analysis.findings, id);
    return finding ? finding->detail.toStdString() : std::string("(no finding ") + id + ')';
}

// Carries the detail in its message either way, so EXPECT_TRUE and EXPECT_FALSE failures
// show what the finding actually said.
::testing::AssertionResult detailQuotes(const HeaderAnalysis &analysis, const char *id,
                                        const char *text)
{
    const Finding *finding = findingById(analysis.findings, id);
    const bool quoted = finding && finding->detail.contains(QLatin1String(text));
    return (quoted ? ::testing::AssertionSuccess() : ::testing::AssertionFailure())
        << detailOf(analysis, id);
}

} // namespace

TEST(HeaderTimeline, RunsOldestToNewestWithDelays)
{
    const HeaderAnalysis a = analyseSample("postfix-chain.eml");
    ASSERT_TRUE(a.ok());
    ASSERT_EQ(a.hops.size(), 4);
    EXPECT_EQ(a.hops.at(0).received.by, QStringLiteral("submit.corp.example.lan"));
    EXPECT_EQ(a.hops.at(0).received.fromAddress, QStringLiteral("192.168.20.31"));
    EXPECT_EQ(a.hops.at(3).received.by, QStringLiteral("mbox1.example.net"));
    EXPECT_FALSE(a.hops.at(0).delaySeconds.has_value());
    EXPECT_EQ(a.hops.at(1).delaySeconds, std::optional<qint64>(2));
    EXPECT_EQ(a.hops.at(3).delaySeconds, std::optional<qint64>(1));
}

TEST(HeaderTimeline, ShowsClockSkewAsNegativeAndMissingDatesAsUnknown)
{
    const HeaderAnalysis a = analyseSample("skewed-dates.eml");
    ASSERT_EQ(a.hops.size(), 4);
    EXPECT_FALSE(a.hops.at(1).delaySeconds.has_value()) << "hop 1 has no date";
    EXPECT_FALSE(a.hops.at(2).delaySeconds.has_value()) << "hop 2's date is garbled";
    EXPECT_EQ(a.hops.at(3).delaySeconds, std::optional<qint64>(-235));
    EXPECT_TRUE(detailQuotes(a, "headers.clock-skew", "235 s"));
    EXPECT_TRUE(detailQuotes(a, "headers.undated-hop", "\"someday soon\""));
}

TEST(HeaderFindingsPostfix, QuotesPrivateAddressesInternalNamesAndClient)
{
    const HeaderAnalysis a = analyseSample("postfix-chain.eml");
    EXPECT_TRUE(detailQuotes(a, "headers.private-address", "192.168.20.31"));
    EXPECT_TRUE(detailQuotes(a, "headers.private-address", "10.10.4.7"));
    EXPECT_TRUE(detailQuotes(a, "headers.internal-host", "\"submit.corp.example.lan\""));
    EXPECT_TRUE(detailQuotes(a, "headers.internal-host", "ws-alice.example.lan"))
        << "the Message-ID names the workstation";
    EXPECT_TRUE(detailQuotes(a, "headers.mta-software", "\"Postfix\""));
    EXPECT_TRUE(detailQuotes(a, "headers.client-software", "Mozilla Thunderbird 128.4.3esr"));
    const Finding *privateAddress = findingById(a.findings, "headers.private-address");
    ASSERT_NE(privateAddress, nullptr);
    EXPECT_EQ(privateAddress->severity, Severity::Medium);
    EXPECT_TRUE(privateAddress->remediation.contains(QLatin1String("smtp_header_checks")));
    EXPECT_TRUE(privateAddress->remediation.contains(QLatin1String("received_header_text")));
    EXPECT_TRUE(
        privateAddress->remediation.contains(QLatin1String("Ms-Exch-Send-Headers-Routing")));
    EXPECT_FALSE(detailQuotes(a, "headers.private-address", "198.51.100.25"))
        << "a public address is not private";
}

TEST(HeaderFindingsExim, QuotesVersionsHeloAndFilters)
{
    const HeaderAnalysis a = analyseSample("exim-chain.eml");
    EXPECT_TRUE(detailQuotes(a, "headers.mta-version", "\"Exim 4.96\""));
    EXPECT_TRUE(detailQuotes(a, "headers.internal-host", "\"workstation\""));
    EXPECT_TRUE(detailQuotes(a, "headers.private-address", "192.168.1.20"));
    EXPECT_TRUE(detailQuotes(a, "headers.private-address", "127.0.0.1"));
    EXPECT_TRUE(detailQuotes(a, "headers.filter-version", "SpamAssassin 3.4.6"));
    EXPECT_TRUE(detailQuotes(a, "headers.filter-version", "amavisd-new"));
    EXPECT_TRUE(detailQuotes(a, "headers.client-software", "Claws Mail 4.1.1"));
    EXPECT_EQ(findingById(a.findings, "headers.clock-skew"), nullptr);
}

TEST(HeaderFindingsExchange, QuotesBuildNumbersAndOrganisationHeaders)
{
    const HeaderAnalysis a = analyseSample("exchange-o365.eml");
    ASSERT_EQ(a.hops.size(), 4);
    EXPECT_EQ(a.hops.at(1).received.with, QStringLiteral("Microsoft SMTP Server"));
    EXPECT_TRUE(detailQuotes(a, "headers.mta-version", "\"id 15.20.8158.20\""));
    EXPECT_TRUE(detailQuotes(a, "headers.mta-version", "\"id 15.1.2507.39\""));
    EXPECT_TRUE(detailQuotes(a, "headers.private-address", "10.20.1.15"));
    EXPECT_TRUE(detailQuotes(a, "headers.private-address", "fe80::8d1c:2b7a:44e1:9c3f"));
    EXPECT_TRUE(detailQuotes(a, "headers.private-address", "10.20.30.40"))
        << "named by X-Originating-IP";
    EXPECT_TRUE(detailQuotes(a, "headers.originating-ip", "[10.20.30.40]"));
    EXPECT_TRUE(detailQuotes(a, "headers.internal-host", "EXCH01.corp.example.local"));
    const Finding *exchange = findingById(a.findings, "headers.exchange-headers");
    ASSERT_NE(exchange, nullptr);
    EXPECT_EQ(exchange->severity, Severity::Low);
    EXPECT_TRUE(exchange->detail.contains(QLatin1String("X-MS-Exchange-Organization-AuthSource")));
    EXPECT_TRUE(exchange->remediation.contains(QLatin1String("Remove-ADPermission")));
}

TEST(HeaderFindingsGmail, PublicChainDisclosesNothingPrivate)
{
    const HeaderAnalysis a = analyseSample("gmail.eml");
    ASSERT_TRUE(a.ok());
    ASSERT_EQ(a.hops.size(), 2);
    EXPECT_EQ(a.hops.at(1).received.byAddress,
              QStringLiteral("2002:a05:6a10:e1c8:b0:5a1:2b3c:4d5e"));
    EXPECT_EQ(a.hops.at(1).delaySeconds, std::optional<qint64>(1));
    EXPECT_EQ(findingById(a.findings, "headers.private-address"), nullptr)
        << detailOf(a, "headers.private-address");
    EXPECT_EQ(findingById(a.findings, "headers.internal-host"), nullptr)
        << detailOf(a, "headers.internal-host");
}

TEST(HeaderFindings, FindingsComeWorstFirst)
{
    const HeaderAnalysis a = analyseSample("exim-chain.eml");
    for (qsizetype i = 1; i < a.findings.size(); ++i)
        EXPECT_GE(a.findings.at(i - 1).severity, a.findings.at(i).severity);
}

TEST(HeaderFindings, ListsAreBoundedForHostileHeaders)
{
    QByteArray message;
    for (int i = 0; i < 300; ++i)
        message += "Received: from [10.0." + QByteArray::number(i / 250) + '.'
            + QByteArray::number(i % 250) + "] by relay" + QByteArray::number(i)
            + "; Mon, 18 Nov 2024 10:15:33 +0000\n";
    message += "\nbody";
    const HeaderAnalysis a = analyseHeaders(message);
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(a.hops.size(), HopTimeline::maxHops);
    EXPECT_FALSE(a.warnings.isEmpty());
    const Finding *finding = findingById(a.findings, "headers.private-address");
    ASSERT_NE(finding, nullptr);
    EXPECT_LT(finding->detail.size(), 4000);
    EXPECT_TRUE(finding->detail.contains(QLatin1String("more")));
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "checks/DisclosureAnalyzer.h"
#include "QtPrinters.h"
#include "checks/BannerFindings.h"

#include <gtest/gtest.h>

using namespace mxscope;

namespace {

struct BannerSample {
    const char *text;
    const char *product;
    const char *version;
};

// Greetings as real MTAs send them.
const BannerSample samples[] = {
    {"mx1.example.org ESMTP Postfix (Debian/GNU)", "Postfix", ""},
    {"mail.example.org ESMTP Postfix 3.7.11", "Postfix", "3.7.11"},
    {"mx.example.net ESMTP Exim 4.96 Mon, 23 Nov 2026 10:00:00 +0000", "Exim", "4.96"},
    {"host.example.com ESMTP Sendmail 8.15.2/8.15.2; Mon, 23 Nov 2026 10:00:00 GMT", "Sendmail",
     "8.15.2"},
    {"EXCH01.contoso.local Microsoft ESMTP MAIL Service ready at Mon, 23 Nov 2026 10:00:00 +0000",
     "Microsoft Exchange", ""},
    {"mail.example.com Microsoft ESMTP MAIL Service, Version: 6.0.3790.4675 ready",
     "Microsoft Exchange", "6.0.3790.4675"},
    {"smtp.example.org ESMTP OpenSMTPD", "OpenSMTPD", ""},
    {"mx.example.org ESMTP Haraka/3.0.3 ready", "Haraka", "3.0.3"},
};

} // namespace

TEST(DisclosureAnalyzer, RecognisesRealGreetings)
{
    for (const BannerSample &sample : samples) {
        const auto mentions = DisclosureAnalyzer::findSoftware(QString::fromLatin1(sample.text));
        ASSERT_FALSE(mentions.isEmpty()) << sample.text;
        EXPECT_EQ(mentions.first().product, QString::fromLatin1(sample.product)) << sample.text;
        EXPECT_EQ(mentions.first().version, QString::fromLatin1(sample.version)) << sample.text;
    }
}

TEST(DisclosureAnalyzer, ProductNamesInsideHostNamesAreNotSoftware)
{
    EXPECT_TRUE(
        DisclosureAnalyzer::findSoftware(QStringLiteral("mx.postfix.test ESMTP")).isEmpty());
    EXPECT_TRUE(
        DisclosureAnalyzer::findSoftware(QStringLiteral("exim-relay.example.org ESMTP")).isEmpty());
    const auto mentions
        = DisclosureAnalyzer::findSoftware(QStringLiteral("mx.postfix.test ESMTP Postfix 3.7.11"));
    ASSERT_EQ(mentions.size(), 1);
    EXPECT_EQ(mentions.first().version, QStringLiteral("3.7.11"));
    EXPECT_EQ(DisclosureAnalyzer::findSoftware(QStringLiteral("ESMTP Postfix.")).size(), 1);
}

TEST(DisclosureAnalyzer, NeutralGreetingDisclosesNothing)
{
    EXPECT_TRUE(
        DisclosureAnalyzer::findSoftware(QStringLiteral("mx.example.org ESMTP ready")).isEmpty());
    EXPECT_TRUE(DisclosureAnalyzer::findSoftware(QStringLiteral("mx.example.org ESMTP 4.2.1 ok"))
                    .isEmpty());
}

TEST(DisclosureAnalyzer, OperatingSystems)
{
    EXPECT_EQ(
        DisclosureAnalyzer::findOperatingSystems(QStringLiteral("ESMTP Postfix (Debian/GNU)")),
        QStringList {QStringLiteral("Debian")});
    EXPECT_EQ(DisclosureAnalyzer::findOperatingSystems(QStringLiteral("ESMTP Postfix (Ubuntu)")),
              QStringList {QStringLiteral("Ubuntu")});
}

TEST(DisclosureAnalyzer, InternalHostNames)
{
    EXPECT_TRUE(DisclosureAnalyzer::internalHostReason(QStringLiteral("EXCH01")).has_value());
    EXPECT_TRUE(
        DisclosureAnalyzer::internalHostReason(QStringLiteral("exch01.contoso.local")).has_value());
    EXPECT_TRUE(
        DisclosureAnalyzer::internalHostReason(QStringLiteral("mail01.corp.internal")).has_value());
    EXPECT_TRUE(DisclosureAnalyzer::internalHostReason(QStringLiteral("[10.1.2.3]")).has_value());
    EXPECT_FALSE(
        DisclosureAnalyzer::internalHostReason(QStringLiteral("mx.example.org")).has_value());
    EXPECT_FALSE(DisclosureAnalyzer::internalHostReason(QStringLiteral("[192.0.2.1]")).has_value());
}

TEST(DisclosureAnalyzer, PrivateAddresses)
{
    EXPECT_EQ(DisclosureAnalyzer::findPrivateAddresses(
                  QStringLiteral("relay 10.0.0.5 and 172.20.1.1, not 8.8.8.8 or 172.32.0.1")),
              (QStringList {QStringLiteral("10.0.0.5"), QStringLiteral("172.20.1.1")}));
    EXPECT_EQ(
        DisclosureAnalyzer::findPrivateAddresses(QStringLiteral("from [fe80::1] cgnat 100.64.3.4")),
        (QStringList {QStringLiteral("100.64.3.4"), QStringLiteral("fe80::1")}));
    EXPECT_TRUE(
        DisclosureAnalyzer::findPrivateAddresses(QStringLiteral("version 8.15.2.1 released"))
            .isEmpty());
}

TEST(BannerFindings, VersionedBannerIsMediumWithEvidence)
{
    BannerResult result;
    SmtpReply greeting;
    greeting.code = 220;
    greeting.lines = {"mail01.corp.internal ESMTP Sendmail 8.15.2/8.15.2; Mon, 23 Nov 2026"};
    result.greeting = greeting;
    result.greetingEvidence = 1;
    const QList<Finding> findings = BannerFindings::evaluate(result);
    auto find = [&](const char *id) {
        return std::find_if(findings.cbegin(), findings.cend(),
                            [&](const Finding &f) { return f.id == QLatin1String(id); });
    };
    const auto version = find("disclosure.software-version");
    ASSERT_NE(version, findings.cend());
    EXPECT_EQ(version->severity, Severity::Medium);
    EXPECT_TRUE(version->detail.contains(QStringLiteral("Sendmail 8.15.2")));
    EXPECT_EQ(version->evidence, QList<qsizetype> {1});
    EXPECT_FALSE(version->remediation.isEmpty());
    EXPECT_NE(find("disclosure.internal-host"), findings.cend());
}

TEST(BannerFindings, NeutralBannerOverTlsHasNoFindings)
{
    BannerResult result;
    SmtpReply greeting;
    greeting.code = 220;
    greeting.lines = {"mx.example.org ESMTP"};
    result.greeting = greeting;
    TlsDetails tls;
    tls.encrypted = true;
    result.tls = tls;
    EXPECT_TRUE(BannerFindings::evaluate(result).isEmpty());
}

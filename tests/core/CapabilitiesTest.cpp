// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "smtp/Capabilities.h"
#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace mxscope;

namespace {

SmtpReply reply(std::initializer_list<QByteArray> lines)
{
    SmtpReply r;
    r.code = 250;
    r.lines = lines;
    return r;
}

} // namespace

TEST(Capabilities, ParsesKeywordsAndParameters)
{
    const auto caps = Capabilities::fromEhloReply(
        reply({"mx.example.org Hello [192.0.2.1]", "PIPELINING", "SIZE 10240000",
               "auth login PLAIN", "STARTTLS", "8BITMIME", "ENHANCEDSTATUSCODES"}));
    EXPECT_EQ(caps.serverName(), QStringLiteral("mx.example.org"));
    EXPECT_TRUE(caps.has(QStringLiteral("pipelining")));
    EXPECT_TRUE(caps.has(QStringLiteral("STARTTLS")));
    EXPECT_FALSE(caps.has(QStringLiteral("CHUNKING")));
    EXPECT_EQ(caps.sizeLimit(), 10240000);
    EXPECT_EQ(caps.authMechanisms(),
              (QStringList {QStringLiteral("LOGIN"), QStringLiteral("PLAIN")}));
    EXPECT_EQ(caps.lines().size(), 6);
}

TEST(Capabilities, OldStyleAuthEqualsFormIsMerged)
{
    const auto caps
        = Capabilities::fromEhloReply(reply({"mx", "AUTH LOGIN PLAIN", "AUTH=LOGIN CRAM-MD5"}));
    EXPECT_EQ(caps.authMechanisms(),
              (QStringList {QStringLiteral("LOGIN"), QStringLiteral("PLAIN"),
                            QStringLiteral("CRAM-MD5")}));
}

TEST(Capabilities, SubstringsAreNotKeywords)
{
    // A keyword that merely contains another's name must not count as that extension.
    const auto caps = Capabilities::fromEhloReply(reply({"mx", "X-PIPELINING-OFF", "XSTARTTLS"}));
    EXPECT_FALSE(caps.has(QStringLiteral("PIPELINING")));
    EXPECT_FALSE(caps.has(QStringLiteral("STARTTLS")));
}

TEST(Capabilities, EmptyReplyHasNothing)
{
    EXPECT_TRUE(Capabilities::fromEhloReply(SmtpReply {}).isEmpty());
    EXPECT_EQ(Capabilities::fromEhloReply(reply({"mx only"})).sizeLimit(), 0);
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "smtp/AuthExchange.h"
#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace mxscope;

namespace {

SmtpReply challenge(const QByteArray &text)
{
    SmtpReply r;
    r.code = 334;
    r.lines = {text};
    return r;
}

} // namespace

TEST(AuthExchange, PlainSendsAnInitialResponse)
{
    AuthExchange auth(AuthMechanism::Plain, QStringLiteral("tim"),
                      QStringLiteral("tanstaaftanstaaf"));
    EXPECT_EQ(auth.initialLine(), QByteArray("AUTH PLAIN AHRpbQB0YW5zdGFhZnRhbnN0YWFm"));
    EXPECT_FALSE(auth.initialTranscriptText().contains(QStringLiteral("AHRpbQ")));
}

TEST(AuthExchange, LoginAnswersUserThenPassword)
{
    AuthExchange auth(AuthMechanism::Login, QStringLiteral("alice"), QStringLiteral("s3cret"));
    EXPECT_EQ(auth.initialLine(), QByteArray("AUTH LOGIN"));
    EXPECT_EQ(auth.respond(challenge("VXNlcm5hbWU6")), QByteArray("YWxpY2U="));
    EXPECT_EQ(auth.respond(challenge("UGFzc3dvcmQ6")), QByteArray("czNjcmV0"));
    EXPECT_FALSE(auth.respond(challenge("")).has_value());
}

TEST(AuthExchange, CramMd5MatchesTheRfc2195Example)
{
    AuthExchange auth(AuthMechanism::CramMd5, QStringLiteral("tim"),
                      QStringLiteral("tanstaaftanstaaf"));
    const QByteArray nonce = QByteArray("<1896.697170952@postoffice.reston.mci.net>").toBase64();
    const auto answer = auth.respond(challenge(nonce));
    ASSERT_TRUE(answer.has_value());
    EXPECT_EQ(QByteArray::fromBase64(*answer), QByteArray("tim b913a602c7eda7a495b4e6e7334d3890"));
}

TEST(AuthExchange, MechanismNamesRoundTrip)
{
    EXPECT_EQ(authMechanismFromString(QStringLiteral("cram-md5")), AuthMechanism::CramMd5);
    EXPECT_FALSE(authMechanismFromString(QStringLiteral("NTLM")).has_value());
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "smtp/ReplyExplainer.h"
#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace mxscope;

namespace {

SmtpReply reply(int code, QByteArray text, std::optional<EnhancedStatus> enhanced = {})
{
    SmtpReply r;
    r.code = code;
    r.lines = {std::move(text)};
    r.enhanced = enhanced;
    return r;
}

#define EXPECT_CONTAINS(haystack, needle)                                                          \
    EXPECT_TRUE((haystack).contains(QStringLiteral(needle))) << (haystack).toStdString()

} // namespace

TEST(ReplyExplainer, PositiveCompletion)
{
    EXPECT_CONTAINS(ReplyExplainer::codeMeaning(250), "completed");
    const QString rcpt
        = ReplyExplainer::explain(reply(250, "2.1.5 Ok", EnhancedStatus {2, 1, 5}), SmtpVerb::Rcpt);
    EXPECT_CONTAINS(rcpt, "250: Requested action completed");
    EXPECT_CONTAINS(rcpt, "2.1.5: Success (addressing): destination address valid.");
    EXPECT_CONTAINS(rcpt, "accepted this recipient");
    EXPECT_CONTAINS(rcpt, "open relay");
    // The same code answering MAIL says the decision is still to come.
    EXPECT_CONTAINS(ReplyExplainer::explain(reply(250, "Ok"), SmtpVerb::Mail), "RCPT TO");
}

TEST(ReplyExplainer, StartMailInput)
{
    EXPECT_CONTAINS(ReplyExplainer::codeMeaning(354), "single dot");
    EXPECT_CONTAINS(ReplyExplainer::explain(reply(354, "End data"), SmtpVerb::Data), "lone dot");
}

TEST(ReplyExplainer, ServiceNotAvailable)
{
    const QString text = ReplyExplainer::explain(
        reply(421, "4.7.0 Error: too many errors", EnhancedStatus {4, 7, 0}));
    EXPECT_CONTAINS(text, "421: Service not available");
    EXPECT_CONTAINS(text, "closing the connection");
    EXPECT_CONTAINS(text, "4.7.0: Temporary failure (security or policy)");
}

TEST(ReplyExplainer, TemporaryMailboxFailure)
{
    EXPECT_CONTAINS(ReplyExplainer::codeMeaning(450), "for now");
    EXPECT_CONTAINS(ReplyExplainer::explain(reply(450, "try later"), SmtpVerb::Rcpt),
                    "greylisting");
}

TEST(ReplyExplainer, UnknownUser)
{
    const QString text = ReplyExplainer::explain(
        reply(550, "5.1.1 <nobody@practice.test>: User unknown", EnhancedStatus {5, 1, 1}),
        SmtpVerb::Rcpt);
    EXPECT_CONTAINS(text, "550: Action not taken: mailbox unavailable");
    EXPECT_CONTAINS(text,
                    "5.1.1: Permanent failure (addressing): bad destination mailbox "
                    "address: the mailbox does not exist.");
    EXPECT_CONTAINS(text, "refused this recipient");
}

TEST(ReplyExplainer, RelayDenied)
{
    const QString text = ReplyExplainer::explain(
        reply(554, "5.7.1 <you@example.org>: Relay access denied", EnhancedStatus {5, 7, 1}),
        SmtpVerb::Rcpt);
    EXPECT_CONTAINS(text, "554: Transaction failed");
    EXPECT_CONTAINS(text,
                    "5.7.1: Permanent failure (security or policy): delivery not "
                    "authorised, message refused.");
    // Three sentences, one per line: code, enhanced code, what it means here.
    EXPECT_EQ(text.count(QLatin1Char('\n')), 2);
}

TEST(ReplyExplainer, AuthenticationRequired)
{
    const QString text = ReplyExplainer::explain(
        reply(530, "5.7.0 Authentication required", EnhancedStatus {5, 7, 0}));
    EXPECT_CONTAINS(text, "530: Authentication required");
    EXPECT_CONTAINS(text, "5.7.0: Permanent failure (security or policy)");
    EXPECT_CONTAINS(text, "authentication required");
    // No command given: no context sentence.
    EXPECT_EQ(text.count(QLatin1Char('\n')), 1);
}

TEST(ReplyExplainer, UnknownCodesFallBackToTheirDigits)
{
    EXPECT_CONTAINS(ReplyExplainer::codeMeaning(299), "not defined by RFC 5321");
    EXPECT_CONTAINS(ReplyExplainer::codeMeaning(299), "2xx code means success");
    EXPECT_CONTAINS(ReplyExplainer::codeMeaning(471), "temporary refusal");
    EXPECT_CONTAINS(ReplyExplainer::codeMeaning(599), "permanent refusal");
    EXPECT_CONTAINS(ReplyExplainer::codeMeaning(0), "not a valid SMTP reply code");
    EXPECT_CONTAINS(ReplyExplainer::codeMeaning(999), "not a valid SMTP reply code");
    EXPECT_CONTAINS(ReplyExplainer::codeMeaning(150), "not a valid SMTP reply code");
}

TEST(ReplyExplainer, UnknownEnhancedCodes)
{
    EXPECT_CONTAINS(ReplyExplainer::enhancedMeaning({5, 7, 99}),
                    "5.7.99: Permanent failure (security or policy); this detail code is not "
                    "defined");
    EXPECT_CONTAINS(ReplyExplainer::enhancedMeaning({4, 9, 1}), "unknown subject 9");
    EXPECT_CONTAINS(ReplyExplainer::enhancedMeaning({3, 1, 1}), "not a valid enhanced status");
}

TEST(ReplyExplainer, ContextOnlyWhereItAddsSomething)
{
    EXPECT_FALSE(ReplyExplainer::inContext(250, SmtpVerb::Noop));
    EXPECT_FALSE(ReplyExplainer::inContext(502, SmtpVerb::Vrfy));
    EXPECT_TRUE(ReplyExplainer::inContext(502, SmtpVerb::Ehlo));
    EXPECT_TRUE(ReplyExplainer::inContext(221, SmtpVerb::Quit));
    EXPECT_TRUE(ReplyExplainer::inContext(250, SmtpVerb::Rset));
    EXPECT_TRUE(ReplyExplainer::inContext(554, SmtpVerb::DataBody));
}

TEST(ReplyExplainer, BadSequenceAtRcptSaysNothingAboutRelaying)
{
    SmtpReply reply;
    reply.code = 503;
    reply.lines = {"5.5.1 Error: need MAIL command"};
    reply.enhanced = EnhancedStatus {5, 5, 1};
    const QString text = ReplyExplainer::explain(reply, SmtpVerb::Rcpt);
    EXPECT_TRUE(text.contains(QStringLiteral("MAIL FROM"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("does not relay"))) << text.toStdString();
}

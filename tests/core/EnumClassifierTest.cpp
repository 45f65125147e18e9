// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
//
// Enumeration's pure decisions: what a reply means, what the baseline allows, which
// method a run uses, and when a session is being slowed down on purpose.
#include "QtPrinters.h"
#include "enumeration/BaselineJudge.h"
#include "enumeration/ReplyClassifier.h"
#include "enumeration/ReplyDelayMonitor.h"
#include "smtp/ReplyParser.h"

#include <gtest/gtest.h>

using namespace mxscope;

namespace {

// One reply from its wire form, through the real parser.
SmtpReply reply(const QByteArray &wire)
{
    ReplyParser parser;
    ReplyParser::Output out;
    parser.feed(wire.endsWith("\r\n") ? wire : wire + "\r\n", out);
    EXPECT_EQ(out.replies.size(), 1) << wire.toStdString();
    return out.replies.value(0);
}

QList<BaselineSample> samples(const QList<QByteArray> &wires)
{
    QList<BaselineSample> list;
    int n = 0;
    for (const QByteArray &wire : wires)
        list.append({QStringLiteral("made-up-%1").arg(n++), reply(wire), 1, -1});
    return list;
}

std::optional<BaselineSample> control(const QByteArray &wire)
{
    return BaselineSample {QStringLiteral("postmaster"), reply(wire), 1, -1};
}

MethodBaseline decide(EnumerationMethod method, const QList<QByteArray> &wires,
                      const QByteArray &controlWire = {})
{
    return BaselineJudge::decide(method, samples(wires),
                                 controlWire.isEmpty() ? std::nullopt : control(controlWire),
                                 std::nullopt);
}

const QByteArray postfixUnknown
    = "550 5.1.1 <zq7@example.org>: Recipient address rejected: User unknown in local "
      "recipient table";

} // namespace

TEST(EnumClassifier, MeaningOfRealServerReplies)
{
    const struct {
        QByteArray wire;
        ReplyMeaning meaning;
    } cases[] = {
        {"250 2.1.5 Ok", ReplyMeaning::Accepted},
        {"251 2.1.5 User not local; will forward", ReplyMeaning::Accepted},
        {"252 2.0.0 alice", ReplyMeaning::CannotVerify},
        {postfixUnknown, ReplyMeaning::UserUnknown},
        {"550 5.1.1 bob... User unknown", ReplyMeaning::UserUnknown},
        {"550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
         ReplyMeaning::UserUnknown},
        {"550 Requested action not taken: mailbox unavailable", ReplyMeaning::UserUnknown},
        {"551 User not local; please try <forward@elsewhere>", ReplyMeaning::UserUnknown},
        {"550 No such user here", ReplyMeaning::UserUnknown},
        {"554 5.7.1 <x@elsewhere.test>: Relay access denied", ReplyMeaning::RelayDenied},
        {"553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)",
         ReplyMeaning::RelayDenied},
        {"550 5.7.1 <x@y>... Relaying denied", ReplyMeaning::RelayDenied},
        {"554 5.7.1 <unknown[192.0.2.9]>: Client host rejected: Access denied",
         ReplyMeaning::PolicyRefused},
        {"502 5.5.1 VRFY command is disabled", ReplyMeaning::Disabled},
        {"502 5.5.2 Error: command not recognized", ReplyMeaning::Disabled},
        {"500 5.5.1 Command unrecognized: \"EXPN x\"", ReplyMeaning::Disabled},
        {"530 5.7.0 Authentication required", ReplyMeaning::AuthRequired},
        {"550 5.7.1 Authentication required to send mail", ReplyMeaning::AuthRequired},
        {"504 5.5.2 <alice>: Recipient address rejected: need fully-qualified address",
         ReplyMeaning::AddressRefused},
        {"501 5.1.3 Bad recipient address syntax", ReplyMeaning::AddressRefused},
        {"503 5.5.1 Error: need MAIL command", ReplyMeaning::OutOfSequence},
        {"421 4.7.0 mx.example.org Error: too many errors", ReplyMeaning::Throttled},
        {"450 4.2.0 <a@b>: Recipient address rejected: Greylisted", ReplyMeaning::Throttled},
        {"452 4.5.3 Error: too many recipients", ReplyMeaning::TooManyRecipients},
        {"552 5.5.3 Too many recipients", ReplyMeaning::TooManyRecipients},
    };
    for (const auto &c : cases)
        EXPECT_EQ(ReplyClassifier::meaningOf(reply(c.wire)), c.meaning) << c.wire.toStdString();
    EXPECT_EQ(ReplyClassifier::meaningOf(SmtpReply {}), ReplyMeaning::None);
}

TEST(EnumClassifier, VerdictsFollowTheBaseline)
{
    // Postfix with VRFY on: 252 for users, 550 for everyone else.
    const MethodBaseline vrfy
        = decide(EnumerationMethod::Vrfy, {postfixUnknown, postfixUnknown, postfixUnknown},
                 "252 2.0.0 postmaster");
    ASSERT_TRUE(vrfy.discriminates);
    EXPECT_TRUE(vrfy.confirmed);
    EXPECT_EQ(ReplyClassifier::verdictFor(reply("252 2.0.0 alice"), vrfy), ProbeVerdict::Exists);
    EXPECT_EQ(ReplyClassifier::verdictFor(reply("250 2.1.5 <alice@x>"), vrfy),
              ProbeVerdict::Exists);
    EXPECT_EQ(ReplyClassifier::verdictFor(reply(postfixUnknown), vrfy), ProbeVerdict::Absent);
    // Throttling and odd replies never become "absent".
    EXPECT_EQ(ReplyClassifier::verdictFor(reply("421 4.7.0 too many errors"), vrfy),
              ProbeVerdict::Unknown);
    EXPECT_EQ(ReplyClassifier::verdictFor(reply("450 4.7.1 try later"), vrfy),
              ProbeVerdict::Unknown);
    EXPECT_EQ(ReplyClassifier::verdictFor(reply("501 5.1.3 Bad address syntax"), vrfy),
              ProbeVerdict::Unknown);

    // 252 for everyone: nothing exists, whatever the reply.
    const MethodBaseline cannot = decide(
        EnumerationMethod::Vrfy,
        {"252 2.5.2 Cannot VRFY user", "252 2.5.2 Cannot VRFY user", "252 2.5.2 Cannot VRFY user"});
    EXPECT_FALSE(cannot.discriminates);
    EXPECT_EQ(cannot.verdict, BaselineVerdict::CannotVerify);
    EXPECT_EQ(ReplyClassifier::verdictFor(reply("252 2.0.0 alice"), cannot), ProbeVerdict::Unknown);
    EXPECT_EQ(ReplyClassifier::verdictFor(reply("250 2.1.5 Ok"), cannot), ProbeVerdict::Unknown);
}

TEST(EnumClassifier, BaselineVerdicts)
{
    const auto verdictOf = [](EnumerationMethod method, const QList<QByteArray> &wires,
                              const QByteArray &controlWire = {}) {
        return decide(method, wires, controlWire).verdict;
    };
    using V = BaselineVerdict;
    const auto rcpt = EnumerationMethod::Rcpt;
    EXPECT_EQ(verdictOf(rcpt, {"250 2.1.5 Ok", "250 2.1.5 Ok", "250 2.1.5 Ok"}), V::CatchAll);
    EXPECT_EQ(verdictOf(EnumerationMethod::Expn, {"502 5.5.1 EXPN command is disabled"}),
              V::Disabled);
    EXPECT_EQ(verdictOf(rcpt, {"530 5.7.0 Authentication required"}), V::AuthRequired);
    EXPECT_EQ(
        verdictOf(rcpt,
                  {"554 5.7.1 <a@b>: Relay access denied", "554 5.7.1 <c@b>: Relay access denied"}),
        V::RelayDenied);
    EXPECT_EQ(verdictOf(rcpt, {"504 5.5.2 <a>: need fully-qualified address"}), V::AddressRefused);
    EXPECT_EQ(verdictOf(rcpt, {postfixUnknown, postfixUnknown, postfixUnknown}), V::Discriminates);
    EXPECT_EQ(verdictOf(rcpt, {postfixUnknown, "250 2.1.5 Ok", postfixUnknown}), V::Inconsistent);
    // A policy refusal tells only when postmaster gets through.
    const QByteArray policy = "554 5.7.1 Service unavailable; blocked by policy";
    EXPECT_EQ(verdictOf(rcpt, {policy, policy}, "250 2.1.5 Ok"), V::Discriminates);
    EXPECT_EQ(verdictOf(rcpt, {policy, policy}, policy), V::RefusesAll);
    EXPECT_EQ(verdictOf(rcpt, {"421 4.7.0 busy", "450 4.7.1 later"}), V::Throttled);
    EXPECT_EQ(verdictOf(rcpt, {}), V::NoAnswer);

    const MethodBaseline sender = BaselineJudge::decide(
        rcpt, samples({"503 5.5.1 need MAIL"}), std::nullopt, reply("553 5.1.8 Sender rejected"));
    EXPECT_EQ(sender.verdict, V::SenderRefused);
    EXPECT_FALSE(sender.discriminates);
    EXPECT_TRUE(sender.reason.contains(QLatin1String("553"))) << sender.reason.toStdString();

    // A discriminating baseline remembers what made-up names got.
    const MethodBaseline policyBaseline = decide(rcpt, {policy, policy}, "250 2.1.5 Ok");
    EXPECT_EQ(policyBaseline.negativeCodes, QList<int> {554});
    EXPECT_EQ(ReplyClassifier::verdictFor(reply(policy), policyBaseline), ProbeVerdict::Absent);
}

TEST(EnumClassifier, ReasonsSayWhyInPlainWords)
{
    const MethodBaseline catchAll
        = decide(EnumerationMethod::Rcpt, {"250 2.1.5 Ok", "250 2.1.5 Ok"});
    EXPECT_TRUE(catchAll.reason.contains(QLatin1String("catch-all")));
    const MethodBaseline cannot = decide(EnumerationMethod::Vrfy, {"252 2.5.2 Cannot VRFY user"});
    EXPECT_TRUE(cannot.reason.contains(QLatin1String("252")));
    const MethodBaseline disabled = decide(EnumerationMethod::Vrfy, {"502 5.5.1 VRFY disabled"});
    EXPECT_TRUE(disabled.reason.contains(QLatin1String("disabled")));
}

TEST(EnumClassifier, AutoPrefersPipelinedRcptThenVrfyThenExpn)
{
    const MethodBaseline vrfy = decide(EnumerationMethod::Vrfy, {postfixUnknown}, "252 2.0.0 x");
    const MethodBaseline expn = decide(EnumerationMethod::Expn, {postfixUnknown}, "250 2.1.5 x");
    const MethodBaseline rcpt = decide(EnumerationMethod::Rcpt, {postfixUnknown}, "250 2.1.5 Ok");
    const MethodBaseline rcptCatchAll = decide(EnumerationMethod::Rcpt, {"250 2.1.5 Ok"});
    const MethodBaseline vrfy252 = decide(EnumerationMethod::Vrfy, {"252 2.5.2 Cannot"});
    const MethodBaseline expnOff = decide(EnumerationMethod::Expn, {"502 5.5.1 disabled"});

    const auto autoPick = [](const QList<MethodBaseline> &methods, bool pipelining) {
        return BaselineJudge::conclude(EnumerationMethod::Auto, methods, pipelining);
    };
    EXPECT_EQ(autoPick({vrfy, expn, rcpt}, true).method, EnumerationMethod::Rcpt);
    EXPECT_EQ(autoPick({vrfy, expn, rcpt}, false).method, EnumerationMethod::Vrfy);
    EXPECT_EQ(autoPick({vrfy252, expn, rcptCatchAll}, true).method, EnumerationMethod::Expn);
    EXPECT_EQ(autoPick({vrfy252, expnOff, rcpt}, false).method, EnumerationMethod::Rcpt);

    const BaselineResult none = autoPick({vrfy252, expnOff, rcptCatchAll}, true);
    EXPECT_FALSE(none.discriminates);
    EXPECT_EQ(none.method, EnumerationMethod::Auto);
    EXPECT_TRUE(none.reason.contains(QLatin1String("catch-all")));
    EXPECT_TRUE(none.reason.contains(QLatin1String("252")));

    // An explicit method that cannot tell is not replaced, but the reason names one that can.
    const BaselineResult explicitVrfy
        = BaselineJudge::conclude(EnumerationMethod::Vrfy, {vrfy252, expnOff, rcpt}, true);
    EXPECT_FALSE(explicitVrfy.discriminates);
    EXPECT_EQ(explicitVrfy.method, EnumerationMethod::Vrfy);
    EXPECT_TRUE(explicitVrfy.reason.contains(QLatin1String("RCPT TO")));
}

TEST(EnumClassifier, ExpnMembersFromMultilineReply)
{
    const SmtpReply list = reply("250-2.1.5 Alice Liddell <alice@example.org>\r\n"
                                 "250-2.1.5 <bob@example.org>\r\n"
                                 "250 2.1.5 carol@example.org");
    EXPECT_EQ(ReplyClassifier::expnMembers(list),
              (QStringList {QStringLiteral("alice@example.org"), QStringLiteral("bob@example.org"),
                            QStringLiteral("carol@example.org")}));
    EXPECT_TRUE(ReplyClassifier::expnMembers(reply(postfixUnknown)).isEmpty());
}

TEST(EnumClassifier, DelayMonitorSeesPenaltiesNotHiccups)
{
    ReplyDelayMonitor postfix; // smtpd_error_sleep_time after 10 errors
    for (int i = 0; i < 10; ++i)
        postfix.add(1, true);
    EXPECT_FALSE(postfix.throttled());
    postfix.add(1000, true);
    EXPECT_TRUE(postfix.throttled());
    EXPECT_EQ(postfix.errorsBeforeSlowdown(), 10);

    ReplyDelayMonitor tarpit; // 200, 400, 800 ms
    tarpit.add(200, true);
    tarpit.add(400, true);
    EXPECT_FALSE(tarpit.throttled());
    tarpit.add(800, true);
    EXPECT_TRUE(tarpit.throttled());
    EXPECT_EQ(tarpit.errorsBeforeSlowdown(), 1);

    ReplyDelayMonitor waking; // a first reply held back once, then prompt ones
    waking.add(1000, true);
    waking.add(1, true);
    EXPECT_FALSE(waking.throttled());

    ReplyDelayMonitor hiccup;
    hiccup.add(300, true);
    hiccup.add(2, true);
    hiccup.add(300, false);
    EXPECT_FALSE(hiccup.throttled());
    EXPECT_EQ(hiccup.errors(), 2);
}

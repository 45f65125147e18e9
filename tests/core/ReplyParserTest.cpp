// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "smtp/ReplyParser.h"
#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace mxscope;

namespace {

ReplyParser::Output feedAll(ReplyParser &parser, QByteArrayView bytes)
{
    ReplyParser::Output out;
    parser.feed(bytes, out);
    return out;
}

} // namespace

TEST(ReplyParser, SingleLineReply)
{
    ReplyParser parser;
    const auto out = feedAll(parser, "220 mx.example.org ESMTP ready\r\n");
    ASSERT_EQ(out.replies.size(), 1);
    EXPECT_EQ(out.replies[0].code, 220);
    EXPECT_EQ(out.replies[0].lines, QList<QByteArray> {"mx.example.org ESMTP ready"});
    EXPECT_FALSE(out.replies[0].isMultiline());
    EXPECT_FALSE(parser.hasPendingInput());
}

TEST(ReplyParser, MultiLineReplyCompletesOnlyOnFinalLine)
{
    ReplyParser parser;
    auto out = feedAll(parser, "250-mx.example.org\r\n250-PIPELINING\r\n");
    EXPECT_TRUE(out.replies.isEmpty());
    EXPECT_EQ(out.lines.size(), 2);
    EXPECT_TRUE(parser.hasPendingInput());
    out = feedAll(parser, "250 STARTTLS\r\n");
    ASSERT_EQ(out.replies.size(), 1);
    EXPECT_EQ(out.replies[0].lines.size(), 3);
    EXPECT_EQ(out.replies[0].lines[2], "STARTTLS");
}

TEST(ReplyParser, ByteByByteFeedingGivesTheSameReply)
{
    const QByteArray wire = "250-first\r\n250 second\r\n";
    ReplyParser parser;
    QList<SmtpReply> replies;
    for (const char c : wire) {
        ReplyParser::Output out;
        parser.feed(QByteArrayView(&c, 1), out);
        replies += out.replies;
    }
    ASSERT_EQ(replies.size(), 1);
    EXPECT_EQ(replies[0].lines, (QList<QByteArray> {"first", "second"}));
}

TEST(ReplyParser, BareLineFeedIsTolerated)
{
    ReplyParser parser;
    const auto out = feedAll(parser, "250-one\n250 two\n");
    ASSERT_EQ(out.replies.size(), 1);
    EXPECT_EQ(out.replies[0].lines, (QList<QByteArray> {"one", "two"}));
}

TEST(ReplyParser, SeveralRepliesInOneChunkForPipelining)
{
    ReplyParser parser;
    const auto out = feedAll(
        parser, "250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n550 5.1.1 <x@y>: User unknown\r\n354 go\r\n");
    ASSERT_EQ(out.replies.size(), 4);
    EXPECT_EQ(out.replies[2].code, 550);
    EXPECT_EQ(out.replies[3].code, 354);
}

TEST(ReplyParser, CodeAloneIsALegalFinalLine)
{
    ReplyParser parser;
    const auto out = feedAll(parser, "250\r\n");
    ASSERT_EQ(out.replies.size(), 1);
    EXPECT_EQ(out.replies[0].code, 250);
    EXPECT_EQ(out.replies[0].lines, QList<QByteArray> {QByteArray()});
}

TEST(ReplyParser, EnhancedStatusCodeIsParsedAndStrippedFromText)
{
    ReplyParser parser;
    const auto out
        = feedAll(parser, "550 5.1.1 <nobody@example.org>: Recipient address rejected\r\n");
    ASSERT_EQ(out.replies.size(), 1);
    const SmtpReply &reply = out.replies[0];
    ASSERT_TRUE(reply.enhanced.has_value());
    EXPECT_EQ(*reply.enhanced, (EnhancedStatus {5, 1, 1}));
    EXPECT_EQ(reply.text(), QStringLiteral("<nobody@example.org>: Recipient address rejected"));
    EXPECT_EQ(reply.summary(),
              QStringLiteral("550 5.1.1 <nobody@example.org>: Recipient address rejected"));
}

TEST(ReplyParser, TextThatOnlyLooksLikeAStatusIsNotOne)
{
    ReplyParser parser;
    for (const char *line : {"250 2.0 ok\r\n", "250 3.1.1 bad class\r\n",
                             "250 2.1.1234 too long\r\n", "250 2.1.0x\r\n"}) {
        const auto out = feedAll(parser, line);
        ASSERT_EQ(out.replies.size(), 1) << line;
        EXPECT_FALSE(out.replies[0].enhanced.has_value()) << line;
    }
}

TEST(ReplyParser, MismatchedContinuationCodesAreFlagged)
{
    ReplyParser parser;
    const auto out = feedAll(parser, "250-one\r\n251 two\r\n");
    ASSERT_EQ(out.replies.size(), 1);
    EXPECT_FALSE(out.replies[0].codesConsistent);
    EXPECT_EQ(out.replies[0].code, 251);
}

TEST(ReplyParser, LineOverTheCapIsAViolationEvenWithoutNewline)
{
    ReplyParser parser({64, 10, 4096});
    ReplyParser::Output out;
    parser.feed(QByteArray(50, 'a').prepend("250 "), out);
    EXPECT_FALSE(parser.hasFailed());
    parser.feed(QByteArray(50, 'b'), out);
    EXPECT_TRUE(parser.hasFailed());
    EXPECT_EQ(parser.violation(), ProtocolViolation::LineTooLong);
    EXPECT_TRUE(parser.violationMessage().contains(QStringLiteral("64")));
    EXPECT_FALSE(parser.hasPendingInput()) << "buffers must be released on failure";
}

TEST(ReplyParser, HugeSingleChunkDoesNotGrowTheBuffer)
{
    ReplyParser parser;
    ReplyParser::Output out;
    parser.feed(QByteArray(1 << 20, 'x'), out);
    EXPECT_EQ(parser.violation(), ProtocolViolation::LineTooLong);
    EXPECT_TRUE(parser.partialLine().isEmpty());
}

TEST(ReplyParser, EndlessMultiLineReplyStopsAtTheLineCap)
{
    ReplyParser parser({4096, 100, 1 << 20});
    ReplyParser::Output out;
    for (int i = 0; i < 1000 && !parser.hasFailed(); ++i)
        parser.feed("250-again\r\n", out);
    EXPECT_EQ(parser.violation(), ProtocolViolation::TooManyLines);
    EXPECT_TRUE(out.replies.isEmpty());
    EXPECT_LE(out.lines.size(), 101);
}

TEST(ReplyParser, ReplyByteCapIsEnforced)
{
    ReplyParser parser({4096, 10000, 1000});
    ReplyParser::Output out;
    for (int i = 0; i < 100 && !parser.hasFailed(); ++i)
        parser.feed(QByteArray(QByteArray("250-") + QByteArray(100, 'z') + "\r\n"), out);
    EXPECT_EQ(parser.violation(), ProtocolViolation::ReplyTooLarge);
}

TEST(ReplyParser, GarbageIsAMalformedLine)
{
    for (const QByteArray &garbage :
         {QByteArray("hello there\r\n"), QByteArray("\x00\x01\xff\r\n", 5),
          QByteArray("99 short\r\n"), QByteArray("150 not smtp\r\n"), QByteArray("2x0 no\r\n")}) {
        ReplyParser parser;
        const auto out = feedAll(parser, garbage);
        EXPECT_EQ(parser.violation(), ProtocolViolation::MalformedLine) << garbage.toStdString();
        EXPECT_TRUE(out.replies.isEmpty());
        EXPECT_FALSE(parser.violationMessage().contains(QChar(0))) << "evidence must be made safe";
    }
}

TEST(ReplyParser, InputAfterAViolationIsIgnoredAndResetRecovers)
{
    ReplyParser parser;
    auto out = feedAll(parser, "junk\r\n250 ok\r\n");
    EXPECT_TRUE(parser.hasFailed());
    EXPECT_TRUE(out.replies.isEmpty());
    parser.reset();
    out = feedAll(parser, "250 ok\r\n");
    EXPECT_EQ(out.replies.size(), 1);
}

TEST(ReplyParser, EightBitTextIsKeptAsBytes)
{
    ReplyParser parser;
    const auto out = feedAll(parser, "220 \xe3\x83\xa1\xe3\x83\xbc\xe3\x83\xab ready\r\n");
    ASSERT_EQ(out.replies.size(), 1);
    EXPECT_EQ(out.replies[0].text(), QStringLiteral("メール ready"));
}

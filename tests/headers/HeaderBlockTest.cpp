// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "headers/HeaderBlock.h"
#include "HeaderSamples.h"
#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace mxscope;
using namespace mxscope::testing;

TEST(HeaderBlock, UnfoldsCrlfAndLfAlike)
{
    const QByteArray crlf = "Subject: a folded\r\n  subject\r\n\tline\r\nTo: x@example.org\r\n\r\n";
    QByteArray lf = crlf;
    lf.replace("\r\n", "\n");
    for (const QByteArray &message : {crlf, lf}) {
        const HeaderBlock block = HeaderBlockParser::parse(message);
        ASSERT_TRUE(block.ok()) << block.errors.join(QLatin1Char(';')).toStdString();
        ASSERT_EQ(block.fields.size(), 2);
        EXPECT_EQ(block.fields.at(0).name, QStringLiteral("Subject"));
        EXPECT_EQ(block.fields.at(0).value, QStringLiteral("a folded  subject\tline"));
        EXPECT_EQ(block.fields.at(1).line, 4);
    }
}

TEST(HeaderBlock, StopsAtTheEmptyLine)
{
    const HeaderBlock block
        = HeaderBlockParser::parse("From: a@example.org\n\nReceived: from body.example by x; Mon, "
                                   "1 Jan 2024 00:00:00 +0000\n");
    ASSERT_TRUE(block.ok());
    EXPECT_EQ(block.fields.size(), 1);
    EXPECT_TRUE(block.all(QLatin1String("Received")).isEmpty());
}

TEST(HeaderBlock, ReadsTheFoldedSample)
{
    const HeaderBlock block = HeaderBlockParser::parse(headerSample("folded-crlf.eml"));
    ASSERT_TRUE(block.ok());
    EXPECT_EQ(block.first(QLatin1String("subject")), QStringLiteral("a folded  subject line"));
    EXPECT_TRUE(block.first(QLatin1String("Received")).contains(QLatin1String("[198.51.100.9]")));
    EXPECT_FALSE(block.first(QLatin1String("Received")).contains(QLatin1Char('\r')));
}

TEST(HeaderBlock, SkipsAnMboxSeparatorAndLeadingEmptyLines)
{
    const HeaderBlock block = HeaderBlockParser::parse(
        "\r\n\nFrom alice@example.org Mon Nov 18 10:15:28 2024\nSubject: hi\n\nbody");
    ASSERT_TRUE(block.ok());
    ASSERT_EQ(block.fields.size(), 1);
    EXPECT_EQ(block.fields.constFirst().value, QStringLiteral("hi"));
}

TEST(HeaderBlock, WarnsAboutStrayLinesButKeepsGoing)
{
    const HeaderBlock block
        = HeaderBlockParser::parse("  orphan continuation\nnot a field\nSubject: ok\n\n");
    ASSERT_TRUE(block.ok());
    EXPECT_EQ(block.fields.size(), 1);
    ASSERT_EQ(block.warnings.size(), 2);
    EXPECT_TRUE(block.warnings.at(1).contains(QLatin1String("\"not a field\"")));
}

TEST(HeaderBlock, RefusesTextThatIsNotAHeader)
{
    for (const char *name : {"malformed-text.eml", "malformed-binary.eml"}) {
        const QByteArray message = headerSample(name);
        ASSERT_FALSE(message.isEmpty()) << name;
        const HeaderBlock block = HeaderBlockParser::parse(message);
        EXPECT_FALSE(block.ok()) << name;
    }
    EXPECT_FALSE(HeaderBlockParser::parse("").ok());
    EXPECT_FALSE(HeaderBlockParser::parse("\r\n\r\n").ok());
    EXPECT_FALSE(HeaderBlockParser::parse(QByteArray("Subject: x\0y\n", 13)).ok());
}

TEST(HeaderBlock, RefusesAHeaderBeyondTheSizeLimit)
{
    // 20 000 Received fields of ~60 bytes: well past 1 MiB with no empty line.
    QByteArray huge;
    for (int i = 0; huge.size() <= 1024 * 1024 + 10; ++i)
        huge += QByteArray("Received: from h" + QByteArray::number(i)
                           + ".example by mx.example; x\n");
    HeaderLimits limits;
    limits.maxFields = 1'000'000;
    const HeaderBlock block = HeaderBlockParser::parse(huge, limits);
    ASSERT_FALSE(block.ok());
    EXPECT_TRUE(block.errors.constFirst().contains(QLatin1String("1024 KiB")))
        << block.errors.constFirst().toStdString();
}

TEST(HeaderBlock, RefusesOverlongLinesAndTooManyFields)
{
    HeaderLimits limits;
    limits.maxLineBytes = 100;
    limits.maxFields = 3;
    const HeaderBlock longLine
        = HeaderBlockParser::parse(QByteArray("Subject: " + QByteArray(200, 'x') + "\n\n"), limits);
    ASSERT_FALSE(longLine.ok());
    EXPECT_TRUE(longLine.errors.constFirst().contains(QLatin1String("longer than 100")));
    const HeaderBlock many = HeaderBlockParser::parse("A: 1\nB: 2\nC: 3\nD: 4\n\n", limits);
    ASSERT_FALSE(many.ok());
    EXPECT_TRUE(many.errors.constFirst().contains(QLatin1String("more than 3")));
}

TEST(HeaderBlock, EscapesControlCharactersInValues)
{
    const HeaderBlock block = HeaderBlockParser::parse("X-Mailer: evil\x1b[31m\n\n");
    ASSERT_TRUE(block.ok());
    EXPECT_FALSE(block.fields.constFirst().value.contains(QChar(0x1b)));
    EXPECT_TRUE(block.fields.constFirst().value.contains(QLatin1String("\\x1b")));
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "headers/ReceivedParser.h"
#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace mxscope;

TEST(ReceivedParser, ReadsAPostfixField)
{
    const ReceivedField r = ReceivedParser::parse(QStringLiteral(
        "from smtp-out.example.org (smtp-out.example.org [198.51.100.25])\t(using TLSv1.3 with "
        "cipher TLS_AES_256_GCM_SHA384 (256/256 bits)) by mx.example.net (Postfix) with ESMTPS "
        "id 4XsK3Q2hT9z9sWc for <bob@example.net>; Mon, 18 Nov 2024 10:15:33 +0100 (CET)"));
    EXPECT_EQ(r.from, QStringLiteral("smtp-out.example.org"));
    EXPECT_EQ(r.fromHost, QStringLiteral("smtp-out.example.org"));
    EXPECT_EQ(r.fromAddress, QStringLiteral("198.51.100.25"));
    EXPECT_EQ(r.by, QStringLiteral("mx.example.net"));
    EXPECT_EQ(r.with, QStringLiteral("ESMTPS"));
    EXPECT_EQ(r.id, QStringLiteral("4XsK3Q2hT9z9sWc"));
    EXPECT_EQ(r.recipient, QStringLiteral("<bob@example.net>"));
    EXPECT_TRUE(r.comments.contains(QStringLiteral("Postfix")));
    ASSERT_TRUE(r.time.isValid());
    EXPECT_EQ(r.time.toUTC(), QDateTime(QDate(2024, 11, 18), QTime(9, 15, 33), Qt::UTC));
}

TEST(ReceivedParser, ReadsEximHeloAndTlsClauses)
{
    const ReceivedField r = ReceivedParser::parse(QStringLiteral(
        "from [192.168.1.20] (helo=workstation) by mail.example.com with esmtpsa (TLS1.3) tls "
        "TLS_AES_128_GCM_SHA256 (Exim 4.96) (envelope-from <carol@example.com>) id "
        "1tDH2t-000ABC-2k for dave@example.net; Tue, 19 Nov 2024 09:12:03 +0000"));
    EXPECT_EQ(r.from, QStringLiteral("[192.168.1.20]"));
    EXPECT_EQ(r.fromAddress, QStringLiteral("192.168.1.20"));
    EXPECT_EQ(r.heloName, QStringLiteral("workstation"));
    EXPECT_EQ(r.with, QStringLiteral("esmtpsa"));
    EXPECT_EQ(r.id, QStringLiteral("1tDH2t-000ABC-2k"));
    EXPECT_EQ(r.recipient, QStringLiteral("dave@example.net"));
    EXPECT_TRUE(r.comments.contains(QStringLiteral("Exim 4.96")));
}

TEST(ReceivedParser, ReadsExchangeAddressesAndServerName)
{
    const ReceivedField r = ReceivedParser::parse(QStringLiteral(
        "from EXCH01.corp.example.local (10.20.1.15) by EXCH02.corp.example.local (10.20.1.16) "
        "with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384) "
        "id 15.1.2507.39; Wed, 20 Nov 2024 15:03:08 +0100"));
    EXPECT_EQ(r.fromAddress, QStringLiteral("10.20.1.15"));
    EXPECT_EQ(r.byAddress, QStringLiteral("10.20.1.16"));
    EXPECT_EQ(r.with, QStringLiteral("Microsoft SMTP Server"));
    EXPECT_EQ(r.id, QStringLiteral("15.1.2507.39"));
    EXPECT_TRUE(r.time.isValid());
}

TEST(ReceivedParser, ReadsGmailIpv6ByClause)
{
    const ReceivedField r = ReceivedParser::parse(
        QStringLiteral("by 2002:a05:6a10:e1c8:b0:5a1:2b3c:4d5e with SMTP id d8csp1234567pxb; Thu, "
                       "21 Nov 2024 01:12:05 -0800 (PST)"));
    EXPECT_TRUE(r.from.isEmpty());
    EXPECT_EQ(r.byAddress, QStringLiteral("2002:a05:6a10:e1c8:b0:5a1:2b3c:4d5e"));
    EXPECT_EQ(r.with, QStringLiteral("SMTP"));
    EXPECT_EQ(r.time.toUTC(), QDateTime(QDate(2024, 11, 21), QTime(9, 12, 5), Qt::UTC));
}

TEST(ReceivedParser, ReadsQmailHeloComments)
{
    const ReceivedField r = ReceivedParser::parse(QStringLiteral(
        "from unknown (HELO pc17) (203.0.113.9) by mx.example.org with SMTP; 5 Jan 2024 "
        "08:00:00 -0000"));
    EXPECT_EQ(r.heloName, QStringLiteral("pc17"));
    EXPECT_EQ(r.fromAddress, QStringLiteral("203.0.113.9"));
    EXPECT_TRUE(r.fromHost.isEmpty());
    EXPECT_TRUE(r.time.isValid()) << "a date without weekday is valid RFC 5322";
}

TEST(ReceivedParser, ToleratesMissingAndGarbledDates)
{
    EXPECT_FALSE(ReceivedParser::parse(QStringLiteral("from a by b with SMTP")).time.isValid());
    const ReceivedField garbled
        = ReceivedParser::parse(QStringLiteral("from a by b with SMTP; someday soon"));
    EXPECT_EQ(garbled.dateText, QStringLiteral("someday soon"));
    EXPECT_FALSE(garbled.time.isValid());
    EXPECT_TRUE(
        ReceivedParser::parseDate(QStringLiteral("Mon, 18 Nov 2024 10:15:33 GMT")).isValid());
    EXPECT_EQ(ReceivedParser::parseDate(QStringLiteral("Mon, 18 Nov 2024 01:15:33 PST")).toUTC(),
              QDateTime(QDate(2024, 11, 18), QTime(9, 15, 33), Qt::UTC));
}

TEST(ReceivedParser, SurvivesUnbalancedComments)
{
    const ReceivedField r
        = ReceivedParser::parse(QStringLiteral("from a ((( [10.0.0.1] by b \\) ; x (y"));
    EXPECT_EQ(r.from, QStringLiteral("a"));
    EXPECT_TRUE(r.by.isEmpty()) << "\"by\" inside an unclosed comment is not a clause";
}

TEST(ReceivedParser, RecognisesOnlyRealAddressLiterals)
{
    EXPECT_EQ(ReceivedParser::addressLiteral(QStringLiteral("[IPv6:2001:db8::1]")),
              QStringLiteral("2001:db8::1"));
    EXPECT_EQ(ReceivedParser::addressLiteral(QStringLiteral("[192.0.2.1]")),
              QStringLiteral("192.0.2.1"));
    EXPECT_TRUE(ReceivedParser::addressLiteral(QStringLiteral("1.2")).isEmpty());
    EXPECT_TRUE(ReceivedParser::addressLiteral(QStringLiteral("mx.example.org")).isEmpty());
    EXPECT_TRUE(ReceivedParser::addressLiteral(QStringLiteral("15.20.8158.20")).isEmpty());
}

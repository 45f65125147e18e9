// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "smtp/DataEncoder.h"
#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace mxscope;

TEST(DataEncoder, DotStuffsLinesStartingWithADot)
{
    EXPECT_EQ(encodeMessageForData("Subject: t\r\n\r\n.hidden\r\n..two\r\nend"),
              QByteArray("Subject: t\r\n\r\n..hidden\r\n...two\r\nend\r\n.\r\n"));
}

TEST(DataEncoder, LoneDotLineCannotEndTheMessageEarly)
{
    const QByteArray encoded = encodeMessageForData("a\r\n.\r\nMAIL FROM:<x@y>\r\n");
    EXPECT_EQ(encoded, QByteArray("a\r\n..\r\nMAIL FROM:<x@y>\r\n.\r\n"));
    EXPECT_EQ(encoded.indexOf("\r\n.\r\n"), encoded.size() - 5)
        << "only the terminator ends the data";
}

TEST(DataEncoder, NormalisesBareLfAndBareCr)
{
    EXPECT_EQ(encodeMessageForData("one\ntwo\rthree\r\n"),
              QByteArray("one\r\ntwo\r\nthree\r\n.\r\n"));
    EXPECT_EQ(encodeMessageForData("x\n.\ny"), QByteArray("x\r\n..\r\ny\r\n.\r\n"))
        << "bare-LF dot line stuffed too";
}

TEST(DataEncoder, EmptyMessageIsJustTheTerminator)
{
    EXPECT_EQ(encodeMessageForData(""), QByteArray(".\r\n"));
}

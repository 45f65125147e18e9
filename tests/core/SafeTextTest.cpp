// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "transcript/SafeText.h"
#include "QtPrinters.h"

#include <gtest/gtest.h>

using namespace mxscope;

TEST(SafeText, PrintableAsciiAndUtf8AreKept)
{
    EXPECT_EQ(safeText("250 ok\tfine"), QStringLiteral("250 ok\tfine"));
    EXPECT_EQ(safeText("\xe6\x97\xa5\xe6\x9c\xac"), QStringLiteral("日本"));
    EXPECT_FALSE(hasUnprintableBytes("plain \\x41 text"));
    EXPECT_EQ(safeText("plain \\x41 text"), QStringLiteral("plain \\x5cx41 text")) << "unambiguous";
}

TEST(SafeText, ControlAndInvalidBytesAreEscaped)
{
    EXPECT_EQ(safeText(QByteArray("a\x00"
                                  "b",
                                  3)),
              QStringLiteral("a\\x00b"));
    EXPECT_EQ(safeText("\x1b[31mred"), QStringLiteral("\\x1b[31mred"));
    EXPECT_EQ(safeText("\xff\xfe"), QStringLiteral("\\xff\\xfe"));
    EXPECT_EQ(safeText("\xe6\x97"), QStringLiteral("\\xe6\\x97")) << "truncated sequence";
    EXPECT_EQ(safeText("\xc0\xaf"), QStringLiteral("\\xc0\\xaf")) << "overlong encoding";
    EXPECT_TRUE(hasUnprintableBytes("\r"));
}

TEST(SafeText, BidiOverridesAreEscaped)
{
    // U+202E RIGHT-TO-LEFT OVERRIDE can make a transcript line read differently than sent.
    EXPECT_EQ(safeText("a\xe2\x80\xae"
                       "b"),
              QStringLiteral("a\\xe2\\x80\\xaeb"));
}

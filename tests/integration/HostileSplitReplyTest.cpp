// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
// A multi-line reply that arrives over several reads (a slow or hostile server, a small
// TCP window) must be logged once, line by line, in order, and handled as one reply.
#include "FakeTransport.h"
#include "SignalWait.h"
#include "smtp/SmtpSession.h"

#include <gtest/gtest.h>

namespace mxscope::testing {
namespace {

TEST(HostileSplitReply, MultiLineRepliesOverSeveralReadsAreLoggedOnceInOrder)
{
    auto *fake = new FakeTransport;
    SessionOptions options;
    options.host = QStringLiteral("mx.example");
    SmtpSession session(options, fake);
    QStringList received;
    QList<SmtpReply> replies;
    QObject::connect(&session, &SmtpSession::transcriptEntry, &session,
                     [&](const TranscriptEntry &entry) {
                         if (entry.direction == TranscriptDirection::Received)
                             received.append(entry.text);
                     });
    QObject::connect(&session, &SmtpSession::replyReceived, &session,
                     [&](const CommandResult &result) { replies.append(result.reply); });
    bool handshake = false;
    QObject::connect(&session, &SmtpSession::handshakeCompleted, &session,
                     [&] { handshake = true; });
    fake->setGreeting("220-mx.example\r\n");
    session.open();
    ASSERT_TRUE(waitUntil([&] { return received.size() == 1; }));
    fake->serverSends("220-second line\r\n220 ESMTP");
    fake->serverSends("\r\n");
    ASSERT_TRUE(waitUntil([&] { return fake->writtenLines().size() == 1; }));
    fake->serverSends("250-mx.example\r\n");
    fake->serverSends("250-PIPE");
    fake->serverSends("LINING\r\n250-8BITMIME\r\n");
    fake->serverSends("250 SMTPUTF8\r\n");
    ASSERT_TRUE(waitUntil([&] { return handshake; }));
    EXPECT_EQ(received,
              (QStringList {QStringLiteral("220-mx.example"), QStringLiteral("220-second line"),
                            QStringLiteral("220 ESMTP"), QStringLiteral("250-mx.example"),
                            QStringLiteral("250-PIPELINING"), QStringLiteral("250-8BITMIME"),
                            QStringLiteral("250 SMTPUTF8")}));
    ASSERT_EQ(replies.size(), 1);
    EXPECT_EQ(replies.first().lines.size(), 4);
    EXPECT_TRUE(session.capabilities().has(QStringLiteral("PIPELINING")));
    ASSERT_TRUE(session.greeting().has_value());
    EXPECT_EQ(session.greeting()->lines.size(), 3);
    session.cancel();
}

} // namespace
} // namespace mxscope::testing

// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "smtp/InputValidation.h"
#include "FakeTransport.h"
#include "QtPrinters.h"
#include "SignalWait.h"
#include "smtp/SmtpSession.h"

#include <gtest/gtest.h>

using namespace mxscope;

TEST(InputValidation, AcceptsOrdinaryFields)
{
    EXPECT_FALSE(
        InputValidation::checkField(QStringLiteral("alice@example.org"), QStringLiteral("Sender")));
    EXPECT_FALSE(
        InputValidation::checkField(QStringLiteral("名前@例え.jp"), QStringLiteral("Sender")));
}

TEST(InputValidation, RefusesCrLfAndNulWithTheFieldName)
{
    for (const QString &value :
         {QStringLiteral("a@b\r\nRCPT TO:<victim@x>"), QStringLiteral("a@b\nDATA"),
          QStringLiteral("a@b\rx"), QString::fromUtf8("a\0b", 3)}) {
        const auto problem = InputValidation::checkField(value, QStringLiteral("Sender address"));
        ASSERT_TRUE(problem.has_value());
        EXPECT_TRUE(problem->startsWith(QStringLiteral("Sender address")))
            << problem->toStdString();
    }
}

TEST(InputValidation, SessionSendsNothingForAnInjectedField)
{
    auto *fake = new mxscope::testing::FakeTransport;
    fake->setGreeting("220 mx ESMTP\r\n");
    fake->setResponder([](const QByteArray &) { return QByteArray("250 ok\r\n"); });
    SessionOptions options;
    options.autoHandshake = false;
    SmtpSession session(options, fake);
    QSignalSpy ready(&session, &SmtpSession::handshakeCompleted);
    session.open();
    ASSERT_TRUE(waitForSignals(ready));
    QString error;
    const quint64 id
        = session.send(SmtpCommand::mailFrom(QStringLiteral("a@b>\r\nRCPT TO:<victim@x")), &error);
    EXPECT_EQ(id, 0u);
    EXPECT_FALSE(error.isEmpty());
    EXPECT_TRUE(fake->writtenBytes().isEmpty());
}

TEST(InputValidation, HeloNameWithLineBreakFailsBeforeConnecting)
{
    auto *fake = new mxscope::testing::FakeTransport;
    SessionOptions options;
    options.heloName = QStringLiteral("evil\r\nMAIL FROM:<x>");
    SmtpSession session(options, fake);
    QSignalSpy closed(&session, &SmtpSession::closed);
    session.open();
    EXPECT_EQ(closed.size(), 1);
    EXPECT_EQ(session.error(), SessionError::InvalidInput);
    EXPECT_TRUE(fake->writtenBytes().isEmpty());
}

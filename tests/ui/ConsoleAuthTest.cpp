// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "console/ConsoleWidget.h"
#include "practice/PracticeServer.h"
#include "transcript/TranscriptModel.h"
#include "transcript/TranscriptView.h"

#include "SignalWait.h"

#include <QComboBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include <gtest/gtest.h>

#include <memory>

using namespace mxscope;

namespace {

constexpr int ReplyTimeoutMs = 10'000;

// The AUTH helper against the leaky practice server, which offers AUTH PLAIN LOGIN before
// TLS and accepts any listed user (alice, bob, ...) with the password "practice".
class ConsoleAuthTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        server
            = std::make_unique<PracticeServer>(*PracticeProfile::byName(QStringLiteral("leaky")));
        ASSERT_TRUE(server->listen(QHostAddress::LocalHost, 0));
        QObject::connect(server.get(), &PracticeServer::commandReceived, server.get(),
                         [this](quint64, const QString &line) { received.append(line); });
        ConsoleTarget target;
        target.options.host = QStringLiteral("127.0.0.1");
        target.options.port = server->serverPort();
        console = std::make_unique<ConsoleWidget>(target);
        console->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(console.get()));
        commandLine = console->findChild<QLineEdit *>(QStringLiteral("commandLineEdit"));
        model = qobject_cast<TranscriptModel *>(
            console->findChild<TranscriptView *>(QStringLiteral("consoleTranscriptView"))->model());
        ASSERT_NE(model, nullptr);
        console->connectToServer();
        ASSERT_TRUE(waitUntil([&] { return console->sessionState() == SessionState::Ready; },
                              ReplyTimeoutMs));
        type(QStringLiteral("EHLO client.test"));
        ASSERT_TRUE(waitForReceived(QStringLiteral("250 ")));
    }

    template<typename T> T *find(const char *name)
    {
        T *widget = console->findChild<T *>(QLatin1String(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    void type(const QString &line)
    {
        commandLine->clear();
        QTest::keyClicks(commandLine, line);
        QTest::keyClick(commandLine, Qt::Key_Return);
    }

    bool waitForReceived(const QString &prefix, int from = 0)
    {
        return waitUntil(
            [&] {
                for (int row = from; row < model->rowCount(); ++row) {
                    const TranscriptEntry &e = model->entry(row);
                    if (e.direction == TranscriptDirection::Received && e.text.startsWith(prefix))
                        return true;
                }
                return false;
            },
            ReplyTimeoutMs);
    }

    QStringList sentLines() const
    {
        QStringList lines;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->entry(row).direction == TranscriptDirection::Sent)
                lines.append(model->entry(row).text);
        }
        return lines;
    }

    std::unique_ptr<PracticeServer> server;
    std::unique_ptr<ConsoleWidget> console;
    QLineEdit *commandLine = nullptr;
    TranscriptModel *model = nullptr;
    QStringList received;
};

class ConsoleAuthMechanismTest : public ConsoleAuthTest,
                                 public ::testing::WithParamInterface<AuthMechanism>
{
};

} // namespace

TEST_P(ConsoleAuthMechanismTest, HelperAuthenticatesAndTheTranscriptShowsRedacted)
{
    auto *panel = find<QFrame>("authPanel");
    EXPECT_FALSE(panel->isVisible());
    QTest::mouseClick(find<QPushButton>("authButton"), Qt::LeftButton);
    ASSERT_TRUE(panel->isVisible());
    auto *mechanism = find<QComboBox>("authMechanismComboBox");
    mechanism->setCurrentIndex(mechanism->findData(int(GetParam())));
    QTest::keyClicks(find<QLineEdit>("authUserLineEdit"), QStringLiteral("alice"));
    auto *password = find<QLineEdit>("authPasswordLineEdit");
    QTest::keyClicks(password, QStringLiteral("practice"));
    const int before = model->rowCount();
    QTest::mouseClick(find<QPushButton>("authSendButton"), Qt::LeftButton);
    EXPECT_TRUE(password->text().isEmpty()); // handed over once, then forgotten
    EXPECT_FALSE(panel->isVisible());
    ASSERT_TRUE(waitForReceived(QStringLiteral("235 "), before));

    const QStringList sent = sentLines();
    const QStringList expected = GetParam() == AuthMechanism::Plain
        ? QStringList {QStringLiteral("AUTH PLAIN <redacted>")}
        : QStringList {QStringLiteral("AUTH LOGIN"), QStringLiteral("<redacted>"),
                       QStringLiteral("<redacted>")};
    EXPECT_EQ(sent.mid(1), expected) << sent.join(QLatin1Char('|')).toStdString();
    // Neither the password nor any base64 of the credentials reaches the transcript.
    for (const TranscriptEntry &entry : console->entries()) {
        EXPECT_FALSE(entry.text.contains(QStringLiteral("practice"))) << entry.text.toStdString();
        EXPECT_FALSE(entry.text.contains(QStringLiteral("cHJhY3RpY2"))) << entry.text.toStdString();
        EXPECT_FALSE(entry.text.contains(QStringLiteral("YWxpY2"))) << entry.text.toStdString();
        EXPECT_FALSE(entry.text.contains(QStringLiteral("AGFsaWNl"))) << entry.text.toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(PlainAndLogin, ConsoleAuthMechanismTest,
                         ::testing::Values(AuthMechanism::Plain, AuthMechanism::Login),
                         [](const auto &info) { return toString(info.param).toStdString(); });

TEST_F(ConsoleAuthTest, TypedAuthWithCredentialsIsNotSentAndOpensTheHelper)
{
    const QString typed = QStringLiteral("AUTH PLAIN AGFsaWNlAHByYWN0aWNl");
    type(typed);
    EXPECT_TRUE(find<QFrame>("authPanel")->isVisible());
    EXPECT_TRUE(commandLine->text().isEmpty()); // the secret does not linger in the line
    EXPECT_TRUE(find<QLabel>("consoleMessageLabel")->text().startsWith(QStringLiteral("Not sent")));
    EXPECT_EQ(find<QComboBox>("authMechanismComboBox")->currentData().toInt(),
              int(AuthMechanism::Plain));
    // Up recalls only what was sent: the EHLO, never the AUTH line.
    QTest::keyClick(commandLine, Qt::Key_Up);
    EXPECT_EQ(commandLine->text(), QStringLiteral("EHLO client.test"));
    EXPECT_FALSE(received.contains(typed));
    EXPECT_FALSE(sentLines().contains(typed));
}

TEST_F(ConsoleAuthTest, AnUnknownMechanismAloneIsSentAsTyped)
{
    const int before = model->rowCount();
    type(QStringLiteral("AUTH FOO"));
    ASSERT_TRUE(waitForReceived(QStringLiteral("5"), before)); // refused, as data
    EXPECT_TRUE(received.contains(QStringLiteral("AUTH FOO")));
    EXPECT_FALSE(find<QFrame>("authPanel")->isVisible());
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "console/ConsoleWidget.h"
#include "console/ConsoleTranscriptModel.h"
#include "practice/PracticeServer.h"
#include "smtp/DataEncoder.h"
#include "transcript/TranscriptView.h"

#include "SignalWait.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

using namespace mxscope;

namespace {

constexpr int ReplyTimeoutMs = 10'000;

// Drives a ConsoleWidget against a practice server on 127.0.0.1, through its widgets only.
class ConsoleWidgetTest : public ::testing::Test
{
protected:
    void start(const QString &profileName, bool implicitTls = false)
    {
        const auto profile = PracticeProfile::byName(profileName);
        ASSERT_TRUE(profile) << profileName.toStdString();
        server = std::make_unique<PracticeServer>(*profile);
        server->setImplicitTls(implicitTls);
        ASSERT_TRUE(server->listen(QHostAddress::LocalHost, 0))
            << server->errorString().toStdString();
        QObject::connect(server.get(), &PracticeServer::commandReceived, server.get(),
                         [this](quint64, const QString &line) { received.append(line); });

        ConsoleTarget target;
        target.options.host = QStringLiteral("127.0.0.1");
        target.options.port = server->serverPort();
        target.options.tls = implicitTls ? TlsMode::Implicit : TlsMode::None;
        target.options.heloName = QStringLiteral("client.test");
        target.sender = QStringLiteral("tester@example.org");
        target.recipient = QStringLiteral("alice@practice.test");
        console = std::make_unique<ConsoleWidget>(target);
        console->resize(900, 600);
        console->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(console.get()));
        commandLine = find<QLineEdit>("commandLineEdit");
        model = qobject_cast<ConsoleTranscriptModel *>(
            find<TranscriptView>("consoleTranscriptView")->model());
        ASSERT_NE(model, nullptr);
    }

    void connectAndGreet()
    {
        ASSERT_EQ(find<QSpinBox>("consolePortSpinBox")->value(), server->serverPort());
        QTest::mouseClick(find<QPushButton>("connectButton"), Qt::LeftButton);
        ASSERT_TRUE(waitForRow([](const TranscriptEntry &e) {
            return e.direction == TranscriptDirection::Received && e.text.startsWith(u"220 ");
        })) << dump();
        ASSERT_TRUE(waitUntil([&] { return console->sessionState() == SessionState::Ready; },
                              ReplyTimeoutMs));
    }

    template<typename T> T *find(const char *name)
    {
        T *widget = console->findChild<T *>(QLatin1String(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    // Types line into the command line and presses Enter, as a user would.
    void type(const QString &line)
    {
        commandLine->clear();
        QTest::keyClicks(commandLine, line);
        QTest::keyClick(commandLine, Qt::Key_Return);
    }

    int rowWhere(const std::function<bool(const TranscriptEntry &)> &predicate, int from = 0) const
    {
        for (int row = from; row < model->rowCount(); ++row) {
            if (predicate(model->entry(row)))
                return row;
        }
        return -1;
    }

    bool waitForRow(const std::function<bool(const TranscriptEntry &)> &predicate, int from = 0)
    {
        return waitUntil([&] { return rowWhere(predicate, from) >= 0; }, ReplyTimeoutMs);
    }

    // The first received line starting with prefix at or after row from.
    bool waitForReply(const QString &prefix, int from = 0, bool tls = false)
    {
        return waitForRow(
            [&](const TranscriptEntry &e) {
                return e.direction == TranscriptDirection::Received && e.text.startsWith(prefix)
                    && e.tls == tls;
            },
            from);
    }

    std::string dump() const
    {
        QString out;
        for (int row = 0; row < model->rowCount(); ++row)
            out += TranscriptModel::directionName(model->entry(row).direction,
                                                  model->entry(row).tls)
                + QStringLiteral(": ") + model->entry(row).text + QLatin1Char('\n');
        return out.toStdString();
    }

    std::unique_ptr<PracticeServer> server;
    std::unique_ptr<ConsoleWidget> console;
    QLineEdit *commandLine = nullptr;
    ConsoleTranscriptModel *model = nullptr;
    QStringList received;
};

} // namespace

TEST_F(ConsoleWidgetTest, TypedEhloShowsTheCapabilityLines)
{
    start(QStringLiteral("hardened"));
    connectAndGreet();
    type(QStringLiteral("EHLO client.test"));
    ASSERT_TRUE(waitForReply(QStringLiteral("250 "))) << dump();
    EXPECT_GE(rowWhere([](const TranscriptEntry &e) {
                  return e.direction == TranscriptDirection::Sent && e.text == u"EHLO client.test";
              }),
              0);
    EXPECT_GE(rowWhere([](const TranscriptEntry &e) { return e.text == u"250-STARTTLS"; }), 0)
        << dump();
    EXPECT_TRUE(commandLine->text().isEmpty());
    EXPECT_TRUE(find<QLabel>("lastReplyLabel")->text().contains(QStringLiteral("250")));
    EXPECT_EQ(received, QStringList {QStringLiteral("EHLO client.test")});
}

TEST_F(ConsoleWidgetTest, TypedStartTlsUpgradesAndLaterLinesAreMarkedTls)
{
    start(QStringLiteral("hardened"));
    ASSERT_TRUE(server->tlsAvailable()) << server->tlsUnavailableReason().toStdString();
    connectAndGreet();
    type(QStringLiteral("EHLO client.test"));
    ASSERT_TRUE(waitForReply(QStringLiteral("250 "))) << dump();
    const int beforeStartTls = model->rowCount();
    type(QStringLiteral("STARTTLS"));
    ASSERT_TRUE(waitForReply(QStringLiteral("220 "), beforeStartTls)) << dump();
    ASSERT_TRUE(waitForRow([](const TranscriptEntry &e) {
        return e.direction == TranscriptDirection::Event && e.text.startsWith(u"TLS established");
    })) << dump();
    ASSERT_TRUE(
        waitUntil([&] { return console->sessionState() == SessionState::Ready; }, ReplyTimeoutMs));
    EXPECT_FALSE(find<QPushButton>("startTlsButton")->isEnabled());
    EXPECT_TRUE(find<QLabel>("consoleStateLabel")->text().contains(QStringLiteral("TLS")));

    const int afterTls = model->rowCount();
    type(QStringLiteral("EHLO client.test"));
    ASSERT_TRUE(waitForReply(QStringLiteral("250 "), afterTls, true)) << dump();
    EXPECT_GE(rowWhere(
                  [](const TranscriptEntry &e) {
                      return e.direction == TranscriptDirection::Sent && e.tls
                          && e.text == u"EHLO client.test";
                  },
                  afterTls),
              0);
    // After the upgrade the hardened server offers AUTH and no longer STARTTLS.
    EXPECT_GE(rowWhere([](const TranscriptEntry &e) { return e.tls && e.text.contains(u"AUTH"); },
                       afterTls),
              0)
        << dump();
}

TEST_F(ConsoleWidgetTest, StartTlsButtonUpgradesTheConnection)
{
    start(QStringLiteral("hardened"));
    ASSERT_TRUE(server->tlsAvailable());
    connectAndGreet();
    QTest::mouseClick(find<QPushButton>("ehloButton"), Qt::LeftButton);
    EXPECT_EQ(commandLine->text(), QStringLiteral("EHLO client.test")); // filled, not sent
    QTest::keyClick(commandLine, Qt::Key_Return);
    ASSERT_TRUE(waitForReply(QStringLiteral("250 "))) << dump();
    QTest::mouseClick(find<QPushButton>("startTlsButton"), Qt::LeftButton);
    ASSERT_TRUE(waitForRow([](const TranscriptEntry &e) {
        return e.direction == TranscriptDirection::Event && e.tls
            && e.text.startsWith(u"TLS established");
    })) << dump();
}

TEST_F(ConsoleWidgetTest, StartTlsAtOnceUpgradesBeforeTheFirstTypedCommand)
{
    start(QStringLiteral("hardened"));
    ASSERT_TRUE(server->tlsAvailable());
    auto *security = find<QComboBox>("consoleSecurityComboBox");
    security->setCurrentIndex(security->findData(int(TlsMode::StartTls)));
    find<QSpinBox>("consolePortSpinBox")->setValue(server->serverPort());
    connectAndGreet();
    ASSERT_TRUE(waitForRow([](const TranscriptEntry &e) {
        return e.direction == TranscriptDirection::Event && e.text.startsWith(u"TLS established");
    })) << dump();
    const int afterTls = model->rowCount();
    type(QStringLiteral("NOOP"));
    ASSERT_TRUE(waitForReply(QStringLiteral("250 "), afterTls, true)) << dump();
    EXPECT_EQ(received.value(0), QStringLiteral("EHLO client.test"));
    EXPECT_EQ(received.value(1), QStringLiteral("STARTTLS"));
    EXPECT_EQ(received.value(3), QStringLiteral("NOOP"));
}

TEST_F(ConsoleWidgetTest, ImplicitTlsGreetsInsideTls)
{
    start(QStringLiteral("hardened"), true);
    ASSERT_TRUE(server->tlsAvailable());
    EXPECT_EQ(find<QComboBox>("consoleSecurityComboBox")->currentData().toInt(),
              int(TlsMode::Implicit));
    connectAndGreet();
    EXPECT_GE(rowWhere([](const TranscriptEntry &e) {
                  return e.direction == TranscriptDirection::Received && e.tls
                      && e.text.startsWith(u"220 ");
              }),
              0)
        << dump();
}

TEST_F(ConsoleWidgetTest, DataModeSendsADotStuffedMessage)
{
    start(QStringLiteral("hardened"));
    QSignalSpy messages(server.get(), &PracticeServer::messageReceived);
    connectAndGreet();
    for (const char *button : {"ehloButton", "mailButton", "rcptButton"}) {
        const int before = model->rowCount();
        QTest::mouseClick(find<QPushButton>(button), Qt::LeftButton);
        QTest::keyClick(commandLine, Qt::Key_Return);
        ASSERT_TRUE(waitForReply(QStringLiteral("250 "), before)) << button << dump();
    }
    EXPECT_TRUE(received.contains(QStringLiteral("MAIL FROM:<tester@example.org>")));
    EXPECT_TRUE(received.contains(QStringLiteral("RCPT TO:<alice@practice.test>")));

    type(QStringLiteral("DATA")); // opens DATA mode; nothing is sent yet
    auto *editor = find<QPlainTextEdit>("dataEditor");
    ASSERT_TRUE(editor->isVisible());
    EXPECT_FALSE(commandLine->isEnabled());
    EXPECT_FALSE(received.contains(QStringLiteral("DATA")));
    // A lone "." and a line starting with "." would end the message early if not stuffed.
    const QString body
        = QStringLiteral("Subject: dots\n\n.\n.leading dot\n..two dots\nlast line\n");
    editor->setPlainText(body);
    const int before = model->rowCount();
    QTest::mouseClick(find<QPushButton>("sendDataButton"), Qt::LeftButton);
    EXPECT_FALSE(editor->isVisible());
    ASSERT_TRUE(waitForReply(QStringLiteral("354 "), before)) << dump();
    ASSERT_TRUE(waitForSignals(messages, 1, ReplyTimeoutMs));
    // The server counts the bytes it read up to the lone ".": all of them, stuffing included.
    const QByteArray encoded = encodeMessageForData(body.toUtf8());
    EXPECT_EQ(messages.first().at(1).toLongLong(), encoded.size() - 3);
    const int stuffed = rowWhere([](const TranscriptEntry &e) {
        return e.direction == TranscriptDirection::Sent && e.text == u"..leading dot";
    });
    EXPECT_GE(stuffed, 0) << dump();
    ASSERT_TRUE(waitForReply(QStringLiteral("250 "), stuffed)) << dump();
    EXPECT_FALSE(received.contains(QStringLiteral(".leading dot")));
    EXPECT_TRUE(commandLine->isEnabled());
}

TEST_F(ConsoleWidgetTest, RefusesLinesWithCrLfOrNulAndSendsNothing)
{
    start(QStringLiteral("hardened"));
    connectAndGreet();
    auto *message = find<QLabel>("consoleMessageLabel");
    const QString injections[] = {QStringLiteral("NOOP\r\nRSET"), QStringLiteral("NOOP\nRSET"),
                                  QStringLiteral("NOOP") + QChar(0) + QStringLiteral("RSET")};
    for (const QString &line : injections) {
        commandLine->setText(line);
        QTest::keyClick(commandLine, Qt::Key_Return);
        EXPECT_TRUE(message->isVisible());
        EXPECT_TRUE(message->text().contains(QStringLiteral("refusing")))
            << message->text().toStdString();
        EXPECT_EQ(commandLine->text(), line); // kept for the user to fix
    }
    EXPECT_EQ(
        rowWhere([](const TranscriptEntry &e) { return e.direction == TranscriptDirection::Sent; }),
        -1);
    // A clean line afterwards goes through, and is the only thing the server ever saw.
    type(QStringLiteral("NOOP"));
    ASSERT_TRUE(waitForReply(QStringLiteral("250 "))) << dump();
    EXPECT_EQ(received, QStringList {QStringLiteral("NOOP")});
    EXPECT_FALSE(message->isVisible());
}

TEST_F(ConsoleWidgetTest, UpAndDownWalkThroughTheHistory)
{
    start(QStringLiteral("hardened"));
    connectAndGreet();
    type(QStringLiteral("NOOP"));
    ASSERT_TRUE(waitForReply(QStringLiteral("250 "))) << dump();
    const int before = model->rowCount();
    type(QStringLiteral("HELP"));
    ASSERT_TRUE(waitForReply(QStringLiteral("50"), before)) << dump();

    QTest::keyClicks(commandLine, QStringLiteral("VRF")); // a draft, kept while browsing
    QTest::keyClick(commandLine, Qt::Key_Up);
    EXPECT_EQ(commandLine->text(), QStringLiteral("HELP"));
    QTest::keyClick(commandLine, Qt::Key_Up);
    EXPECT_EQ(commandLine->text(), QStringLiteral("NOOP"));
    QTest::keyClick(commandLine, Qt::Key_Up); // the oldest stays
    EXPECT_EQ(commandLine->text(), QStringLiteral("NOOP"));
    QTest::keyClick(commandLine, Qt::Key_Down);
    EXPECT_EQ(commandLine->text(), QStringLiteral("HELP"));
    QTest::keyClick(commandLine, Qt::Key_Down);
    EXPECT_EQ(commandLine->text(), QStringLiteral("VRF"));
}

TEST_F(ConsoleWidgetTest, HostileEhloEndsWithAClearErrorAndTheGuiKeepsRunning)
{
    start(QStringLiteral("hostile"));
    connectAndGreet();
    int ticks = 0;
    QTimer heartbeat;
    QObject::connect(&heartbeat, &QTimer::timeout, &heartbeat, [&] { ++ticks; });
    heartbeat.start(10);
    type(QStringLiteral("EHLO client.test")); // answered with continuation lines forever
    ASSERT_TRUE(waitUntil([&] { return console->sessionState() == SessionState::Failed; }, 15'000))
        << dump();
    EXPECT_GT(ticks, 0); // the event loop ran while the server flooded us
    auto *message = find<QLabel>("consoleMessageLabel");
    EXPECT_TRUE(message->isVisible());
    EXPECT_TRUE(message->text().startsWith(QStringLiteral("The session ended:")))
        << message->text().toStdString();
    EXPECT_TRUE(find<QPushButton>("connectButton")->isEnabled());
    EXPECT_FALSE(find<QPushButton>("disconnectButton")->isEnabled());
    model->flush();
    EXPECT_LT(model->rowCount(), 2000); // the reply limit stopped the flood

    // Still answering the user: a typed line gets a clear refusal, not a hang.
    const int ticksBefore = ticks;
    type(QStringLiteral("NOOP"));
    EXPECT_TRUE(message->text().contains(QStringLiteral("Not connected")));
    ASSERT_TRUE(waitUntil([&] { return ticks > ticksBefore; }, 1000));
}

TEST_F(ConsoleWidgetTest, DisconnectDropsTheConnectionAtOnce)
{
    start(QStringLiteral("hardened"));
    connectAndGreet();
    QTest::mouseClick(find<QPushButton>("disconnectButton"), Qt::LeftButton);
    EXPECT_FALSE(console->isSessionOpen());
    EXPECT_TRUE(find<QPushButton>("connectButton")->isEnabled());
    EXPECT_EQ(find<QLabel>("consoleMessageLabel")->text(), QStringLiteral("Disconnected."));
}

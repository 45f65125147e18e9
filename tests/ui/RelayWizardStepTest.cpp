// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "practice/PracticeServer.h"
#include "wizard/ManualRelayRunner.h"
#include "wizard/RelayStepByStepPage.h"
#include "wizard/RelayWizard.h"
#include "wizard/RelayWizardState.h"

#include "QtPrinters.h"
#include "RelayWizardFixture.h"
#include "SignalWait.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableView>
#include <QTreeWidget>

#include <gtest/gtest.h>

#include <memory>

using namespace mxscope;
using namespace mxscope::testing;
using Kind = ManualRelayStep::Kind;
using Status = ManualRelayStep::Status;

namespace {

constexpr int StepTimeoutMs = 10'000;

#define EXPECT_CONTAINS(haystack, needle)                                                          \
    EXPECT_TRUE((haystack).contains(QStringLiteral(needle))) << (haystack).toStdString()

// What a user saw after pressing "Send next command" once.
struct Seen {
    Kind kind;
    QString replyCell;
    QString explanation;
};

class RelayWizardStepTest : public RelayWizardFixture
{
protected:
    void usePracticeServer(const QString &profile)
    {
        clickToggle(find<QCheckBox>("practiceCheckBox"));
        auto *profiles = find<QComboBox>("practiceProfileComboBox");
        ASSERT_TRUE(profiles->isEnabled());
        profiles->setCurrentIndex(profiles->findData(profile));
        ASSERT_NE(wizard->state()->practiceServer(), nullptr);
        EXPECT_EQ(wizard->state()->practiceServer()->profile().name, profile);
        EXPECT_EQ(find<QLineEdit>("hostLineEdit")->text(), QStringLiteral("127.0.0.1"));
        EXPECT_EQ(find<QSpinBox>("portSpinBox")->value(),
                  wizard->state()->practiceServer()->serverPort());
        EXPECT_FALSE(find<QLineEdit>("hostLineEdit")->isEnabled());
    }

    void fillEnvelope()
    {
        type(find<QLineEdit>("heloLineEdit"), QStringLiteral("client.example.net"));
        type(find<QLineEdit>("senderLineEdit"), QStringLiteral("tester@example.net"));
        type(find<QLineEdit>("recipientLineEdit"), QStringLiteral("mailbox@example.org"));
    }

    // Target, envelope and authorisation, as a user clicks through them.
    void reachStepByStep(const QString &profile, bool sendMessage)
    {
        usePracticeServer(profile);
        clickNext();
        ASSERT_EQ(wizard->currentId(), RelayWizard::EnvelopePage);
        fillEnvelope();
        clickNext();
        ASSERT_EQ(wizard->currentId(), RelayWizard::AuthorisationPage);
        clickToggle(find<QCheckBox>("authorisedCheckBox"));
        if (sendMessage)
            clickToggle(find<QRadioButton>("sendMessageRadioButton"));
        clickNext();
        ASSERT_EQ(wizard->currentId(), RelayWizard::StepByStepPage);
        runner = qobject_cast<RelayStepByStepPage *>(wizard->currentPage())->runner();
        ASSERT_NE(runner, nullptr);
    }

    // Presses "Send next command" until nothing is left, recording each answered step.
    QList<Seen> pressSendNextUntilDone()
    {
        QList<Seen> seen;
        auto *sendNext = find<QPushButton>("sendNextButton");
        auto *tree = find<QTreeWidget>("stepsTree");
        auto *explanation = find<QLabel>("stepExplanationLabel");
        for (int presses = 0; sendNext->isEnabled() && presses < 20; ++presses) {
            QTest::mouseClick(sendNext, Qt::LeftButton);
            EXPECT_TRUE(waitUntil([&] { return !runner->isBusy(); }, StepTimeoutMs));
            // The page follows the conversation: the answered step is the current one.
            const int index = tree->indexOfTopLevelItem(tree->currentItem());
            if (index < 0)
                break;
            seen.append({runner->steps().at(index).kind,
                         tree->currentItem()->text(RelayStepByStepPage::ReplyColumn),
                         explanation->text()});
        }
        EXPECT_TRUE(waitUntil([&] { return runner->isFinished(); }, StepTimeoutMs));
        return seen;
    }

    ManualRelayRunner *runner = nullptr;
};

} // namespace

TEST_F(RelayWizardStepTest, StepByStepAgainstAnOpenRelayInSafeMode)
{
    reachStepByStep(QStringLiteral("open-relay"), false);
    auto *outcome = find<QLabel>("stepOutcomeLabel");
    EXPECT_CONTAINS(outcome->text(), "Send next command");

    const QList<Seen> seen = pressSendNextUntilDone();
    ASSERT_EQ(seen.size(), 6);
    EXPECT_EQ(seen[0].kind, Kind::Connect);
    EXPECT_TRUE(seen[0].replyCell.startsWith(QStringLiteral("220 ")))
        << seen[0].replyCell.toStdString();
    EXPECT_CONTAINS(seen[0].explanation, "Service ready");
    EXPECT_EQ(seen[1].kind, Kind::Ehlo);
    EXPECT_TRUE(seen[1].replyCell.startsWith(QStringLiteral("250 ")));
    EXPECT_CONTAINS(seen[1].explanation, "accepted your greeting");
    EXPECT_EQ(seen[2].kind, Kind::MailFrom);
    EXPECT_TRUE(seen[2].replyCell.startsWith(QStringLiteral("250 ")));
    EXPECT_CONTAINS(seen[2].explanation, "accepted the sender");
    EXPECT_EQ(seen[3].kind, Kind::RcptTo);
    EXPECT_TRUE(seen[3].replyCell.startsWith(QStringLiteral("250 ")));
    EXPECT_CONTAINS(seen[3].explanation, "accepted this recipient");
    EXPECT_EQ(seen[4].kind, Kind::Rset);
    EXPECT_CONTAINS(seen[4].explanation, "no message was sent");
    EXPECT_EQ(seen[5].kind, Kind::Quit);
    EXPECT_TRUE(seen[5].replyCell.startsWith(QStringLiteral("221 ")));
    EXPECT_CONTAINS(seen[5].explanation, "conversation is over");

    // Safe mode: DATA, the body and the dot are listed but never sent.
    for (const Kind kind : {Kind::Data, Kind::Body, Kind::EndOfData}) {
        const auto it = std::find_if(runner->steps().cbegin(), runner->steps().cend(),
                                     [kind](const ManualRelayStep &s) { return s.kind == kind; });
        ASSERT_NE(it, runner->steps().cend());
        EXPECT_EQ(it->status, Status::Skipped);
        EXPECT_EQ(it->note, ManualRelayStep::Note::SafeMode);
    }
    EXPECT_EQ(runner->conclusion(), ManualRelayRunner::Conclusion::RecipientAccepted);
    EXPECT_CONTAINS(outcome->text(), "open relay");
    EXPECT_FALSE(find<QPushButton>("sendNextButton")->isEnabled());
    EXPECT_TRUE(find<QPushButton>("restartStepsButton")->isEnabled());

    // The exact commands, shown in the command column and in the live transcript.
    auto *tree = find<QTreeWidget>("stepsTree");
    EXPECT_EQ(tree->topLevelItem(2)->text(RelayStepByStepPage::CommandColumn),
              QStringLiteral("MAIL FROM:<tester@example.net>"));
    EXPECT_EQ(tree->topLevelItem(3)->text(RelayStepByStepPage::CommandColumn),
              QStringLiteral("RCPT TO:<mailbox@example.org>"));
    EXPECT_GE(find<QTableView>("stepTranscriptView")->model()->rowCount(), 12);
}

TEST_F(RelayWizardStepTest, AHardenedServerRefusesToRelayAtRcpt)
{
    reachStepByStep(QStringLiteral("hardened"), false);
    const QList<Seen> seen = pressSendNextUntilDone();
    ASSERT_EQ(seen.size(), 5); // connect, EHLO, MAIL, RCPT refused, QUIT
    EXPECT_EQ(seen[3].kind, Kind::RcptTo);
    EXPECT_TRUE(seen[3].replyCell.startsWith(QStringLiteral("554 5.7.1")))
        << seen[3].replyCell.toStdString();
    EXPECT_CONTAINS(seen[3].explanation, "554: Transaction failed");
    EXPECT_CONTAINS(seen[3].explanation,
                    "5.7.1: Permanent failure (security or policy): delivery "
                    "not authorised, message refused.");
    EXPECT_CONTAINS(seen[3].explanation, "refused this recipient");
    EXPECT_EQ(seen[4].kind, Kind::Quit);

    EXPECT_EQ(runner->conclusion(), ManualRelayRunner::Conclusion::RelayRefused);
    EXPECT_CONTAINS(find<QLabel>("stepOutcomeLabel")->text(),
                    "refused to relay for this sender/recipient");
    const ManualRelayStep &rset = runner->steps().at(runner->steps().size() - 2);
    EXPECT_EQ(rset.kind, Kind::Rset);
    EXPECT_EQ(rset.status, Status::Skipped);
    EXPECT_EQ(rset.note, ManualRelayStep::Note::AfterRefusal);
}

TEST_F(RelayWizardStepTest, RunAllStepsSendsARealMessageWithTheToken)
{
    reachStepByStep(QStringLiteral("open-relay"), true);
    QSignalSpy messages(wizard->state()->practiceServer(), &PracticeServer::messageReceived);
    const QString token = wizard->state()->plan().token;
    ASSERT_TRUE(token.startsWith(QStringLiteral("mxscope-")));

    QTest::mouseClick(find<QPushButton>("runAllStepsButton"), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return runner->isFinished(); }, StepTimeoutMs));
    EXPECT_EQ(messages.size(), 1);
    EXPECT_EQ(runner->conclusion(), ManualRelayRunner::Conclusion::MessageAccepted);
    for (const ManualRelayStep &step : runner->steps())
        EXPECT_EQ(step.status, Status::Done) << int(step.kind);
    const auto data = std::find_if(runner->steps().cbegin(), runner->steps().cend(),
                                   [](const ManualRelayStep &s) { return s.kind == Kind::Data; });
    EXPECT_EQ(data->reply->code, 354);
    EXPECT_EQ(runner->steps().at(runner->steps().size() - 2).reply->code, 250); // the lone dot
    EXPECT_TRUE(find<QLabel>("stepOutcomeLabel")->text().contains(token));
    EXPECT_TRUE(
        ManualRelayRunner::testMessage(wizard->state()->plan())
            .contains(QStringLiteral("Subject: mxscope relay test %1").arg(token).toUtf8()));
}

TEST_F(RelayWizardStepTest, StartTlsAndALoginComeBeforeTheEnvelope)
{
    auto *security = find<QComboBox>("securityComboBox");
    security->setCurrentIndex(security->findData(int(TlsMode::StartTls)));
    usePracticeServer(QStringLiteral("hardened"));
    if (!wizard->state()->practiceServer()->tlsAvailable())
        GTEST_SKIP() << wizard->state()->practiceServer()->tlsUnavailableReason().toStdString();
    clickNext();
    fillEnvelope();
    type(find<QLineEdit>("authUserLineEdit"), QStringLiteral("alice"));
    type(find<QLineEdit>("authPasswordLineEdit"), QStringLiteral("practice"));
    clickNext();
    clickToggle(find<QCheckBox>("authorisedCheckBox"));
    clickNext();
    runner = qobject_cast<RelayStepByStepPage *>(wizard->currentPage())->runner();

    QTest::mouseClick(find<QPushButton>("runAllStepsButton"), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return runner->isFinished(); }, StepTimeoutMs));
    QList<Kind> kinds;
    for (const ManualRelayStep &step : runner->steps()) {
        if (step.status == Status::Done)
            kinds.append(step.kind);
    }
    EXPECT_EQ(kinds,
              (QList<Kind> {Kind::Connect, Kind::Ehlo, Kind::StartTls, Kind::EhloAfterTls,
                            Kind::Auth, Kind::MailFrom, Kind::RcptTo, Kind::Rset, Kind::Quit}));
    const ManualRelayStep &auth = runner->steps().at(4);
    EXPECT_EQ(auth.reply->code, 235);
    EXPECT_FALSE(auth.command.contains(QStringLiteral("practice"))); // the secret is redacted
    // Relaying for a logged-in user is expected: said so, and not called an open relay.
    EXPECT_EQ(runner->conclusion(), ManualRelayRunner::Conclusion::RecipientAccepted);
    const QString outcome = find<QLabel>("stepOutcomeLabel")->text();
    EXPECT_CONTAINS(outcome, "after you logged in");
    EXPECT_FALSE(find<QLabel>("stepOutcomeLabel")->property("problem").toBool());
}

TEST_F(RelayWizardStepTest, ALineBreakInTheSenderKeepsNextDisabled)
{
    usePracticeServer(QStringLiteral("open-relay"));
    clickNext();
    fillEnvelope();
    EXPECT_TRUE(next()->isEnabled());

    auto *sender = find<QLineEdit>("senderLineEdit");
    auto *hint = find<QLabel>("senderHintLabel");
    sender->setText(QStringLiteral("tester@example.net\r\nRCPT TO:<victim@example.org>"));
    EXPECT_FALSE(next()->isEnabled());
    EXPECT_CONTAINS(hint->text(), "carriage return");
    EXPECT_TRUE(hint->property("problem").toBool());

    type(sender, QStringLiteral("tester"));
    EXPECT_FALSE(next()->isEnabled());
    EXPECT_CONTAINS(hint->text(), "name@example.net");
    type(sender, QStringLiteral("tester@example.net"));
    EXPECT_TRUE(next()->isEnabled());
    EXPECT_FALSE(hint->property("problem").toBool());

    // A password without a user name is refused as well.
    type(find<QLineEdit>("authPasswordLineEdit"), QStringLiteral("secret"));
    EXPECT_FALSE(next()->isEnabled());
    EXPECT_CONTAINS(find<QLabel>("authHintLabel")->text(), "user name");
    type(find<QLineEdit>("authUserLineEdit"), QStringLiteral("alice"));
    EXPECT_TRUE(next()->isEnabled());
}

TEST_F(RelayWizardStepTest, ABadHostOrMissingAuthorisationBlocksTheWay)
{
    auto *host = find<QLineEdit>("hostLineEdit");
    EXPECT_FALSE(next()->isEnabled()); // no host yet
    host->setText(QStringLiteral("mx.example\nRCPT TO:<victim@example.org>"));
    EXPECT_FALSE(next()->isEnabled());
    EXPECT_CONTAINS(find<QLabel>("targetHintLabel")->text(), "line feed");
    type(host, QStringLiteral("127.0.0.1"));
    EXPECT_TRUE(next()->isEnabled());
    clickNext();
    fillEnvelope();
    clickNext();
    ASSERT_EQ(wizard->currentId(), RelayWizard::AuthorisationPage);
    EXPECT_FALSE(next()->isEnabled());
    EXPECT_TRUE(find<QRadioButton>("safeModeRadioButton")->isChecked());
    EXPECT_CONTAINS(find<QLabel>("targetSummaryLabel")->text(), "mailbox@example.org");
    auto *authorised = find<QCheckBox>("authorisedCheckBox");
    clickToggle(authorised);
    EXPECT_TRUE(next()->isEnabled());
    clickToggle(authorised);
    EXPECT_FALSE(next()->isEnabled());
}

TEST_F(RelayWizardStepTest, TheStepsStopWhenTheServerIsUnreachable)
{
    // A port the practice server just gave back: nothing listens there any more.
    usePracticeServer(QStringLiteral("hardened"));
    const quint16 port = wizard->state()->practiceServer()->serverPort();
    clickToggle(find<QCheckBox>("practiceCheckBox"));
    type(find<QLineEdit>("hostLineEdit"), QStringLiteral("127.0.0.1"));
    find<QSpinBox>("portSpinBox")->setValue(port);
    clickNext();
    fillEnvelope();
    clickNext();
    clickToggle(find<QCheckBox>("authorisedCheckBox"));
    clickNext();
    runner = qobject_cast<RelayStepByStepPage *>(wizard->currentPage())->runner();
    QTest::mouseClick(find<QPushButton>("sendNextButton"), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return runner->isFinished(); }, StepTimeoutMs));
    EXPECT_EQ(runner->steps().first().status, Status::Failed);
    EXPECT_EQ(runner->conclusion(), ManualRelayRunner::Conclusion::ConnectionFailed);
    EXPECT_CONTAINS(find<QLabel>("stepOutcomeLabel")->text(), "The test stopped");
    EXPECT_FALSE(find<QPushButton>("sendNextButton")->isEnabled());
    // Leaving the page is still possible: the matrix may tell more.
    EXPECT_TRUE(next()->isEnabled());
}

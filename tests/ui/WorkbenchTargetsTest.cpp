// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "WorkbenchFixture.h"

#include "workbench/TargetDialog.h"
#include "workbench/TargetListPanel.h"
#include "workbench/WorkbenchSidebar.h"

#include "SignalWait.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

#include <gtest/gtest.h>

using namespace mxscope;
using namespace mxscope::testing;

namespace {

template<typename T> T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    EXPECT_NE(found, nullptr) << name;
    return found;
}

void fillDialog(TargetDialog *dialog, const QString &host, int port, const QString &domain)
{
    child<QLineEdit>(dialog, "targetHostLineEdit")->setText(host);
    child<QSpinBox>(dialog, "targetPortSpinBox")->setValue(port);
    child<QLineEdit>(dialog, "targetDomainEdit")->setText(domain);
    child<QLineEdit>(dialog, "targetSenderEdit")->setText(QStringLiteral("me@") + domain);
    child<QLineEdit>(dialog, "targetLocalEdit")->setText(QStringLiteral("postmaster@") + domain);
    child<QLineEdit>(dialog, "targetExternalEdit")->setText(QStringLiteral("me@example.net"));
}

} // namespace

TEST(WorkbenchTargetsTest, AddsEditsAndRemovesTargetsAndKeepsThemAcrossRestarts)
{
    WorkbenchEnvironment environment;
    LanguageManager languages;
    {
        MainWindow window(&languages);
        TargetListPanel *targets = window.sidebar()->targets();
        EXPECT_TRUE(targets->targets().isEmpty());
        TargetDialog *dialog = targets->addWithDialog();
        ASSERT_NE(dialog, nullptr);
        fillDialog(dialog, QStringLiteral("mx1.example.org"), 587, QStringLiteral("example.org"));
        dialog->accept();
        ASSERT_EQ(targets->targets().size(), 1);
        EXPECT_EQ(targets->currentTarget()->port, 587);

        dialog = targets->addWithDialog();
        fillDialog(dialog, QStringLiteral("mx2.example.org"), 25, QStringLiteral("example.org"));
        dialog->accept();
        ASSERT_EQ(targets->targets().size(), 2);

        // Edit the first: same id, new port.
        targets->selectTarget(targets->targets().first().id);
        dialog = targets->editWithDialog();
        ASSERT_NE(dialog, nullptr);
        child<QSpinBox>(dialog, "targetPortSpinBox")->setValue(2525);
        dialog->accept();
        ASSERT_EQ(targets->targets().size(), 2);
        EXPECT_EQ(targets->targets().first().port, 2525);

        // A line break in a field is refused and the dialog says why.
        dialog = targets->addWithDialog();
        fillDialog(dialog, QStringLiteral("mx3.example.org"), 25, QStringLiteral("example.org"));
        child<QLineEdit>(dialog, "targetSenderEdit")
            ->setText(QStringLiteral("a@b\r\nRCPT TO:<x@y>"));
        dialog->accept();
        EXPECT_NE(dialog->result(), int(QDialog::Accepted));
        EXPECT_FALSE(child<QLabel>(dialog, "targetProblemLabel")->text().isEmpty());
        EXPECT_EQ(targets->targets().size(), 2);
        dialog->reject();

        targets->removeTarget(targets->targets().last().id);
        EXPECT_EQ(targets->targets().size(), 1);
    }
    MainWindow again(&languages);
    const QList<TargetProfile> &reloaded = again.sidebar()->targets()->targets();
    ASSERT_EQ(reloaded.size(), 1);
    EXPECT_EQ(reloaded.first().host, QStringLiteral("mx1.example.org"));
    EXPECT_EQ(reloaded.first().port, 2525);
    EXPECT_EQ(reloaded.first().localRecipient, QStringLiteral("postmaster@example.org"));
    EXPECT_EQ(reloaded.first().externalRecipient, QStringLiteral("me@example.net"));
}

TEST(WorkbenchTargetsTest, NeverWritesAPassword)
{
    WorkbenchEnvironment environment;
    LanguageManager languages;
    {
        MainWindow window(&languages);
        TargetProfile target;
        target.id = TargetProfile::newId();
        target.host = QStringLiteral("mail.example.org");
        target.domain = QStringLiteral("example.org");
        window.sidebar()->targets()->putTarget(target);
        // Even credentials typed into the session options for a run stay out of settings.
        SessionOptions options = target.sessionOptions();
        options.credentials
            = Credentials {QStringLiteral("alice"), QStringLiteral("s3cret-pw"), std::nullopt};
        window.setTarget(options);
    }
    QFile file(environment.settingsPath());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    EXPECT_TRUE(written.contains("mail.example.org")) << written.constData();
    EXPECT_FALSE(written.toLower().contains("password")) << written.constData();
    EXPECT_FALSE(written.contains("s3cret-pw")) << written.constData();
    QSettings settings(environment.settingsPath(), QSettings::IniFormat);
    for (const QString &key : settings.allKeys())
        EXPECT_FALSE(key.contains(QStringLiteral("pass"), Qt::CaseInsensitive))
            << key.toStdString();
}

TEST(WorkbenchTargetsTest, OffersTheWizardAndPracticeServerOnlyOnFirstStart)
{
    WorkbenchEnvironment environment;
    LanguageManager languages;
    {
        MainWindow window(&languages);
        QMessageBox *offer = window.offerFirstStart();
        ASSERT_NE(offer, nullptr);
        EXPECT_TRUE(offer->isVisible());
        EXPECT_EQ(window.offerFirstStart(), nullptr);
        // Taking the practice server adds it as a target on loopback.
        auto *practice = offer->findChild<QPushButton *>(QStringLiteral("startPracticeButton"));
        ASSERT_NE(practice, nullptr);
        practice->click();
        const auto target = window.sidebar()->targets()->currentTarget();
        ASSERT_TRUE(target.has_value());
        EXPECT_EQ(target->host, QStringLiteral("127.0.0.1"));
        EXPECT_GT(target->port, 0);
    }
    MainWindow again(&languages);
    EXPECT_EQ(again.offerFirstStart(), nullptr);
}

TEST(WorkbenchTargetsTest, MenusCarryShortcuts)
{
    WorkbenchEnvironment environment;
    LanguageManager languages;
    MainWindow window(&languages);
    for (const char *name :
         {"newTargetAction", "runChecksAction", "cancelRunAction", "relayWizardAction",
          "consoleAction", "enumerationAction", "findInTranscriptAction", "quitAction"}) {
        auto *action = window.findChild<QAction *>(QLatin1String(name));
        ASSERT_NE(action, nullptr) << name;
        EXPECT_FALSE(action->shortcut().isEmpty()) << name;
        EXPECT_FALSE(action->text().isEmpty()) << name;
    }
    // Without a target there is nothing to run checks on.
    EXPECT_FALSE(window.findChild<QAction *>(QStringLiteral("runChecksAction"))->isEnabled());
}

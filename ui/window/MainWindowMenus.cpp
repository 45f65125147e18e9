// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
// The main window's menus, toolbar and shortcuts, its texts, and the windows it opens.
#include "window/MainWindow.h"

#include "checks/BannerCheck.h"
#include "checks/BannerFindings.h"
#include "checks/CheckRunView.h"
#include "compare/ReportCompareDialog.h"
#include "console/ConsoleWidget.h"
#include "console/ConsoleWindow.h"
#include "enumeration/EnumerationWindow.h"
#include "findings/FindingsView.h"
#include "headers/HeaderAnalyserWindow.h"
#include "i18n/LanguageManager.h"
#include "report/ReportActions.h"
#include "transcript/TranscriptModel.h"
#include "transcript/TranscriptPane.h"
#include "window/TargetBar.h"
#include "wizard/RelayWizard.h"
#include "workbench/RunController.h"
#include "workbench/TargetListPanel.h"
#include "workbench/WorkbenchSidebar.h"

#include <QActionGroup>
#include <QApplication>
#include <QGroupBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>

namespace mxscope {

void MainWindow::createMenus()
{
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setMovable(false);

    m_fileMenu = menuBar()->addMenu(QString());
    m_newTargetAction
        = m_fileMenu->addAction(QString(), m_sidebar->targets(), &TargetListPanel::addWithDialog);
    m_newTargetAction->setObjectName(QStringLiteral("newTargetAction"));
    m_newTargetAction->setShortcut(QKeySequence::New);
    m_editTargetAction
        = m_fileMenu->addAction(QString(), m_sidebar->targets(), &TargetListPanel::editWithDialog);
    m_editTargetAction->setObjectName(QStringLiteral("editTargetAction"));
    m_editTargetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_practiceAction = m_fileMenu->addAction(QString(), this, &MainWindow::startPracticeTarget);
    m_practiceAction->setObjectName(QStringLiteral("practiceServerAction"));
    m_fileMenu->addSeparator();
    // The shown run's reports, read back from the history so they carry its transcript.
    m_reports = new ReportActions(
        this,
        [this]() -> std::optional<RunRecord> {
            QString error;
            return m_shownRunId.isEmpty() ? std::nullopt
                                          : m_runs->store().load(m_shownRunId, &error);
        },
        this);
    m_reportMenu = m_reports->menu();
    m_fileMenu->addMenu(m_reportMenu);
    connect(m_reports, &ReportActions::saved, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_reports, &ReportActions::saveFailed, this,
            [this](const QString &message) { QMessageBox::warning(this, QString(), message); });
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    // Some platforms (and the offscreen one) bind nothing to Quit; Ctrl+Q then.
    const QList<QKeySequence> quitKeys = QKeySequence::keyBindings(QKeySequence::Quit);
    m_quitAction->setShortcut(quitKeys.isEmpty() ? QKeySequence(Qt::CTRL | Qt::Key_Q)
                                                 : quitKeys.first());
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_runMenu = menuBar()->addMenu(QString());
    m_runChecksAction = m_runMenu->addAction(QString(), this, &MainWindow::openCheckPicker);
    m_runChecksAction->setObjectName(QStringLiteral("runChecksAction"));
    m_runChecksAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_cancelAction = m_runMenu->addAction(QString(), this, [this] {
        cancelRun();
        cancelBannerCheck();
    });
    m_cancelAction->setObjectName(QStringLiteral("cancelRunAction"));
    m_cancelAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    m_runMenu->addSeparator();
    m_findAction = m_runMenu->addAction(QString(), this, [this] {
        m_views->setCurrentIndex(0);
        m_transcriptPane->searchEdit()->setFocus();
        m_transcriptPane->searchEdit()->selectAll();
    });
    m_findAction->setObjectName(QStringLiteral("findInTranscriptAction"));
    m_findAction->setShortcut(QKeySequence::Find);

    m_toolsMenu = menuBar()->addMenu(QString());
    m_relayWizardAction = m_toolsMenu->addAction(QString(), this, &MainWindow::openRelayWizard);
    m_relayWizardAction->setObjectName(QStringLiteral("relayWizardAction"));
    m_relayWizardAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_consoleAction
        = m_toolsMenu->addAction(QString(), this, [this] { openConsole(m_targetBar->options()); });
    m_consoleAction->setObjectName(QStringLiteral("consoleAction"));
    m_consoleAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_enumerationAction = m_toolsMenu->addAction(
        QString(), this, [this] { openEnumeration(m_targetBar->options()); });
    m_enumerationAction->setObjectName(QStringLiteral("enumerationAction"));
    m_enumerationAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_headerAnalyserAction = m_toolsMenu->addAction(
        QString(), this, [this] { openToolWindow(new HeaderAnalyserWindow(this)); });
    m_headerAnalyserAction->setObjectName(QStringLiteral("headerAnalyserAction"));
    m_headerAnalyserAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_compareAction = m_toolsMenu->addAction(
        QString(), this, [this] { openToolWindow(new ReportCompareDialog(this)); });
    m_compareAction->setObjectName(QStringLiteral("compareReportsAction"));

    m_toolBar->addAction(m_newTargetAction);
    m_toolBar->addAction(m_runChecksAction);
    m_toolBar->addAction(m_cancelAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_relayWizardAction);
    m_toolBar->addAction(m_consoleAction);
    m_toolBar->addAction(m_enumerationAction);

    createLanguageMenu();
    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    updateActions();
}

void MainWindow::createLanguageMenu()
{
    if (!m_languages)
        return;
    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageGroup = new QActionGroup(this);
    for (const UiLanguage language : LanguageManager::available()) {
        QAction *action = m_languageMenu->addAction(LanguageManager::nativeName(language));
        action->setObjectName(QStringLiteral("language_") + LanguageManager::code(language));
        action->setCheckable(true);
        action->setChecked(language == m_languages->language());
        action->setData(int(language));
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, m_languages,
                [this, language] { m_languages->setLanguage(language); });
    }
    connect(m_languages, &LanguageManager::languageChanged, this, [this](UiLanguage language) {
        for (QAction *action : m_languageGroup->actions())
            action->setChecked(action->data().toInt() == int(language));
    });
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("mxscope — mail-server security tester"));
    retranslateActions();
    m_toolBar->setWindowTitle(tr("Tools"));
    m_transcriptBox->setTitle(tr("Transcript"));
    m_findingsBox->setTitle(tr("Findings"));
    m_detailBox->setTitle(tr("Details"));
    m_views->setTabText(0, tr("Transcript and findings"));
    m_views->setTabText(1, tr("Check results"));
    m_model->retranslate();
    // Findings are worded by core when evaluated; evaluate again in the new language.
    if (m_runState == RunState::Finished && m_check && m_shownRunId.isEmpty()) {
        m_findingsView->setFindings(BannerFindings::evaluate(m_check->result()));
        onCurrentFindingChanged();
    }
    if (!m_inputProblem.isEmpty()) {
        if (const auto problem = m_targetBar->validate()) {
            m_inputProblem = *problem;
            m_targetBar->showProblem(*problem);
        }
    }
    updateStatus();
}

void MainWindow::retranslateActions()
{
    m_fileMenu->setTitle(tr("&File"));
    m_newTargetAction->setText(tr("&New target…"));
    m_newTargetAction->setToolTip(tr("Add a mail server to test (Ctrl+N)"));
    m_editTargetAction->setText(tr("&Edit target…"));
    m_practiceAction->setText(tr("Start the &practice server"));
    m_practiceAction->setToolTip(
        tr("A built-in mail server on this computer, safe to test while learning"));
    m_quitAction->setText(tr("&Quit"));
    m_runMenu->setTitle(tr("&Run"));
    m_runChecksAction->setText(tr("&Run checks…"));
    m_runChecksAction->setToolTip(tr("Choose checks and run them on the selected target (Ctrl+R)"));
    m_cancelAction->setText(tr("&Cancel"));
    m_cancelAction->setToolTip(tr("Stop the running checks; what arrived is kept (Ctrl+.)"));
    m_findAction->setText(tr("&Find in transcript"));
    if (m_languageMenu)
        m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolsMenu->setTitle(tr("&Tools"));
    m_relayWizardAction->setText(tr("&Relay test wizard…"));
    m_relayWizardAction->setToolTip(tr("Check step by step whether the server is an open relay"));
    m_consoleAction->setText(tr("SMTP &console…"));
    m_consoleAction->setToolTip(
        tr("Talk to the server by hand, as with telnet, with every reply explained"));
    m_enumerationAction->setText(tr("Account &enumeration…"));
    m_enumerationAction->setToolTip(
        tr("Find out which user names exist, and whether the server can tell at all"));
    m_headerAnalyserAction->setText(tr("&Header analyser…"));
    m_headerAnalyserAction->setToolTip(
        tr("Find internal addresses, host names and versions in a received message's header"));
    m_compareAction->setText(tr("Co&mpare reports…"));
    m_compareAction->setToolTip(tr("Fixed, new and unchanged findings between two JSON reports"));
    m_aboutAction->setText(tr("&About mxscope"));
}

void MainWindow::openToolWindow(QWidget *window)
{
    // Its own top-level window that closes with mxscope and frees itself when closed.
    window->setWindowFlag(Qt::Window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    window->raise();
    window->activateWindow();
}

RelayWizard *MainWindow::openRelayWizard()
{
    if (!m_relayWizard) {
        m_relayWizard = new RelayWizard(this);
        m_relayWizard->setAttribute(Qt::WA_DeleteOnClose);
        m_relayWizard->setTarget(m_targetBar->options());
        m_relayWizard->setConsoleAvailable(true);
        connect(m_relayWizard, &RelayWizard::openConsoleRequested, this, &MainWindow::openConsole);
    }
    m_relayWizard->show(); // not exec(): the main window stays usable
    m_relayWizard->raise();
    m_relayWizard->activateWindow();
    return m_relayWizard;
}

void MainWindow::showAbout()
{
    // Not exec(): the window keeps running (and a check keeps streaming) behind the box.
    auto *box = new QMessageBox(QMessageBox::Information, tr("About mxscope"),
                                tr("mxscope %1\n\nA mail-server security tester: banner and "
                                   "version disclosure, relay, STARTTLS and more.\n\nTest only "
                                   "servers you are authorised to test.\n\nLicensed under the "
                                   "GNU General Public License, version 3 or later.")
                                    .arg(QApplication::applicationVersion()),
                                QMessageBox::Ok, this);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

ConsoleWindow *MainWindow::openConsole(const SessionOptions &target)
{
    auto *console = new ConsoleWindow(target, this); // deletes itself when closed
    connect(console, &ConsoleWindow::saveToHistoryRequested, this,
            [this, console] { saveConsoleRun(*console->console()); });
    console->show();
    return console;
}

EnumerationWindow *MainWindow::openEnumeration(const SessionOptions &target)
{
    auto *window = new EnumerationWindow(target, this); // deletes itself when closed
    window->show();
    return window;
}

} // namespace mxscope

// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "window/MainWindow.h"

#include "checks/BannerCheck.h"
#include "checks/BannerFindings.h"
#include "console/ConsoleWindow.h"
#include "enumeration/EnumerationWindow.h"
#include "findings/FindingDetailView.h"
#include "findings/FindingsView.h"
#include "i18n/LanguageManager.h"
#include "transcript/Transcript.h"
#include "transcript/TranscriptModel.h"
#include "transcript/TranscriptView.h"
#include "window/TargetBar.h"
#include "wizard/RelayWizard.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace mxscope {

namespace {

QGroupBox *framed(QWidget *content, const QString &objectName, QWidget *parent)
{
    auto *box = new QGroupBox(parent);
    box->setObjectName(objectName);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(content);
    return box;
}

} // namespace

MainWindow::MainWindow(LanguageManager *languages, QWidget *parent)
    : QMainWindow(parent)
    , m_languages(languages)
    , m_targetBar(new TargetBar(this))
    , m_model(new TranscriptModel(this))
    , m_transcriptView(new TranscriptView(this))
    , m_findingsView(new FindingsView(this))
    , m_detailView(new FindingDetailView(this))
    , m_stateLabel(new QLabel(this))
    , m_resultLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_transcriptView->setObjectName(QStringLiteral("transcriptView"));
    m_transcriptView->setTranscriptModel(m_model);
    m_findingsView->setObjectName(QStringLiteral("findingsView"));
    m_transcriptBox = framed(m_transcriptView, QStringLiteral("transcriptBox"), this);
    m_findingsBox = framed(m_findingsView, QStringLiteral("findingsBox"), this);
    m_detailBox = framed(m_detailView, QStringLiteral("detailBox"), this);

    auto *findingsSplitter = new QSplitter(Qt::Horizontal, this);
    findingsSplitter->addWidget(m_findingsBox);
    findingsSplitter->addWidget(m_detailBox);
    findingsSplitter->setStretchFactor(0, 3);
    findingsSplitter->setStretchFactor(1, 2);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_transcriptBox);
    splitter->addWidget(findingsSplitter);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_targetBar);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    // Server text reaches both labels (error messages quote replies): never as markup.
    m_stateLabel->setObjectName(QStringLiteral("sessionStateLabel"));
    m_stateLabel->setTextFormat(Qt::PlainText);
    m_resultLabel->setObjectName(QStringLiteral("resultLabel"));
    m_resultLabel->setTextFormat(Qt::PlainText);
    // A long error must not widen the window; the tooltip shows it whole.
    m_resultLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    statusBar()->addWidget(m_resultLabel, 1);
    statusBar()->addPermanentWidget(m_stateLabel);

    connect(m_targetBar, &TargetBar::runRequested, this, &MainWindow::startBannerCheck);
    connect(m_targetBar, &TargetBar::cancelRequested, this, &MainWindow::cancelBannerCheck);
    connect(m_findingsView, &FindingsView::currentFindingChanged, this,
            &MainWindow::onCurrentFindingChanged);

    createMenus();
    retranslateUi();
    resize(1100, 720);
}

MainWindow::~MainWindow()
{
    // Stop a running check while everything it reports to still exists.
    if (m_check) {
        m_check->disconnect(this);
        m_check->cancel();
    }
}

void MainWindow::setTarget(const SessionOptions &options)
{
    m_targetBar->setOptions(options);
}

bool MainWindow::startBannerCheck()
{
    if (isRunning())
        return false;
    if (const auto problem = m_targetBar->validate()) {
        m_inputProblem = *problem;
        m_targetBar->showProblem(*problem);
        updateStatus();
        return false;
    }
    m_inputProblem.clear();
    m_targetBar->clearProblem();
    if (m_check)
        m_check->deleteLater(); // finished; its transcript goes with it, the model keeps copies
    m_model->clear();
    m_findingsView->setFindings({});
    m_detailView->showFinding(nullptr, nullptr);

    m_runOptions = m_targetBar->options();
    m_check = new BannerCheck(m_runOptions, nullptr, this);
    TranscriptModel *model = m_model;
    connect(m_check->transcript(), &Transcript::entryAppended, model,
            [model](qsizetype, const TranscriptEntry &entry) { model->append(entry); });
    connect(m_check, &BannerCheck::sessionStateChanged, this, &MainWindow::onSessionStateChanged);
    connect(m_check, &BannerCheck::finished, this, &MainWindow::onFinished);
    m_runState = RunState::Running;
    m_sessionState.reset();
    m_targetBar->setRunning(true);
    updateStatus();
    m_check->start(); // may finish at once (e.g. refused input); onFinished copes
    return true;
}

void MainWindow::cancelBannerCheck()
{
    if (m_check && m_check->isRunning())
        m_check->cancel();
}

bool MainWindow::isRunning() const
{
    return m_check && m_check->isRunning();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    cancelBannerCheck();
    event->accept();
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_toolsMenu = menuBar()->addMenu(QString());
    m_relayWizardAction = m_toolsMenu->addAction(QString(), this, &MainWindow::openRelayWizard);
    m_relayWizardAction->setObjectName(QStringLiteral("relayWizardAction"));
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_consoleAction
        = m_toolsMenu->addAction(QString(), this, [this] { openConsole(m_targetBar->options()); });
    m_consoleAction->setObjectName(QStringLiteral("consoleAction"));
    m_consoleAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_toolBar->addAction(m_relayWizardAction);
    m_toolBar->addAction(m_consoleAction);
    m_enumerationAction = m_toolsMenu->addAction(
        QString(), this, [this] { openEnumeration(m_targetBar->options()); });
    m_enumerationAction->setObjectName(QStringLiteral("enumerationAction"));
    m_toolBar->addAction(m_enumerationAction);

    if (m_languages) {
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

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("mxscope — mail-server security tester"));
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
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
    m_toolBar->setWindowTitle(tr("Tools"));
    m_aboutAction->setText(tr("&About mxscope"));
    m_transcriptBox->setTitle(tr("Transcript"));
    m_findingsBox->setTitle(tr("Findings"));
    m_detailBox->setTitle(tr("Details"));
    m_model->retranslate();
    // Findings are worded by core when evaluated; evaluate again in the new language.
    if (m_runState == RunState::Finished && m_check) {
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

void MainWindow::onSessionStateChanged(SessionState state)
{
    m_sessionState = state;
    updateStatus();
}

void MainWindow::onFinished()
{
    m_model->flush(); // the last lines now, not one batch interval later
    m_runState = RunState::Finished;
    m_findingsView->setFindings(m_check->result().findings);
    // Open the worst finding: its details and its evidence lines are what to read first.
    if (m_findingsView->topLevelItemCount() > 0)
        m_findingsView->setCurrentItem(m_findingsView->topLevelItem(0));
    m_targetBar->setRunning(false);
    updateStatus();
    Q_EMIT bannerCheckFinished();
}

void MainWindow::onCurrentFindingChanged()
{
    const Finding *finding = m_findingsView->currentFinding();
    m_detailView->showFinding(finding, m_model);
    if (finding)
        m_transcriptView->showEntries(finding->evidence);
}

void MainWindow::updateStatus()
{
    const QString state
        = SmtpSession::describe(m_sessionState.value_or(SessionState::Disconnected));
    m_stateLabel->setText(state);

    const QString target
        = tr("%1 port %2").arg(m_runOptions.host, QString::number(m_runOptions.port));
    QString result;
    if (!m_inputProblem.isEmpty()) {
        result = m_inputProblem;
    } else if (m_runState == RunState::Idle) {
        result = tr("Enter a mail server and run the banner check.");
    } else if (m_runState == RunState::Running) {
        result = tr("Banner check of %1 running…").arg(target);
    } else {
        const BannerResult &r = m_check->result();
        const auto findings = int(r.findings.size());
        if (r.error == SessionError::Cancelled)
            result = tr("Banner check of %1 cancelled.").arg(target);
        else if (r.error != SessionError::None)
            result = tr("Banner check of %1 failed: %2").arg(target, r.errorMessage);
        else
            result
                = tr("Banner check of %1 finished: %n finding(s).", nullptr, findings).arg(target);
    }
    m_resultLabel->setText(result);
    m_resultLabel->setToolTip(
        QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(result.toHtmlEscaped()));
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

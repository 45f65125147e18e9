// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "window/MainWindow.h"

#include "checks/BannerCheck.h"
#include "checks/BannerFindings.h"
#include "checks/CheckRunView.h"
#include "console/ConsoleWindow.h"
#include "enumeration/EnumerationWindow.h"
#include "findings/FindingDetailView.h"
#include "findings/FindingsPanel.h"
#include "findings/FindingsView.h"
#include "practice/PracticeServer.h"
#include "transcript/Transcript.h"
#include "transcript/TranscriptModel.h"
#include "transcript/TranscriptPane.h"
#include "transcript/TranscriptView.h"
#include "window/TargetBar.h"
#include "wizard/RelayWizard.h"
#include "workbench/RunController.h"
#include "workbench/RunHistoryModel.h"
#include "workbench/TargetListPanel.h"
#include "workbench/WorkbenchSidebar.h"

#include <QApplication>
#include <QCloseEvent>
#include <QGroupBox>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
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

std::unique_ptr<QSettings> openSettings()
{
    const QString file = qEnvironmentVariable("MXSCOPE_SETTINGS");
    if (!file.isEmpty())
        return std::make_unique<QSettings>(file, QSettings::IniFormat);
    return std::make_unique<QSettings>();
}

} // namespace

MainWindow::MainWindow(LanguageManager *languages, QWidget *parent)
    : QMainWindow(parent)
    , m_languages(languages)
    , m_settings(openSettings())
    , m_runs(new RunController(this))
    , m_history(new RunHistoryModel(this))
    , m_sidebar(new WorkbenchSidebar(m_settings.get(), m_history, this))
    , m_targetBar(new TargetBar(this))
    , m_model(new TranscriptModel(this))
    , m_transcriptPane(new TranscriptPane(m_model, this))
    , m_transcriptView(m_transcriptPane->view())
    , m_findingsPanel(new FindingsPanel(this))
    , m_findingsView(m_findingsPanel->view())
    , m_detailView(new FindingDetailView(this))
    , m_checkRunView(new CheckRunView(this))
    , m_views(new QTabWidget(this))
    , m_stateLabel(new QLabel(this))
    , m_resultLabel(new QLabel(this))
    , m_runProgress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    // One insert per frame at most: every append of those turns coalesced, the view smooth
    // (bench-transcript: per-turn inserts cost 2-4x the wall time and twice the stall).
    m_model->setBatchInterval(16);
    buildLayout();

    connect(m_targetBar, &TargetBar::runRequested, this, &MainWindow::startBannerCheck);
    connect(m_targetBar, &TargetBar::cancelRequested, this, &MainWindow::cancelBannerCheck);
    connect(m_findingsView, &FindingsView::currentFindingChanged, this,
            &MainWindow::onCurrentFindingChanged);
    connect(m_findingsView, &FindingsView::evidenceRequested, this, &MainWindow::showEvidence);
    connect(m_checkRunView, &CheckRunView::evidenceRequested, this, &MainWindow::showEvidence);
    connect(m_sidebar->targets(), &TargetListPanel::currentTargetChanged, this,
            &MainWindow::onTargetChanged);
    connect(m_sidebar, &WorkbenchSidebar::runSelected, this, [this](const QString &id) {
        if (id != m_shownRunId)
            showRun(id);
    });
    connect(m_runs, &RunController::runStarting, this, &MainWindow::onRunStarting);

    createMenus();
    m_history->reload(m_runs->store());
    onTargetChanged();
    retranslateUi();
    resize(1240, 760);
}

void MainWindow::buildLayout()
{
    m_transcriptBox = framed(m_transcriptPane, QStringLiteral("transcriptBox"), this);
    m_findingsBox = framed(m_findingsPanel, QStringLiteral("findingsBox"), this);
    m_detailBox = framed(m_detailView, QStringLiteral("detailBox"), this);
    m_checkRunView->setObjectName(QStringLiteral("checkRunView"));
    m_views->setObjectName(QStringLiteral("mainViews"));
    m_sidebar->setObjectName(QStringLiteral("workbenchSidebar"));

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
    m_views->addTab(splitter, QString());
    m_views->addTab(m_checkRunView, QString());

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_targetBar);
    rightLayout->addWidget(m_views, 1);
    auto *workbench = new QSplitter(Qt::Horizontal, this);
    workbench->setObjectName(QStringLiteral("workbenchSplitter"));
    workbench->addWidget(m_sidebar);
    workbench->addWidget(right);
    workbench->setStretchFactor(0, 1);
    workbench->setStretchFactor(1, 3);
    workbench->setChildrenCollapsible(false);
    workbench->setSizes({330, 900});

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(workbench, 1);
    setCentralWidget(central);

    // Server text reaches both labels (error messages quote replies): never as markup.
    m_stateLabel->setObjectName(QStringLiteral("sessionStateLabel"));
    m_stateLabel->setTextFormat(Qt::PlainText);
    m_resultLabel->setObjectName(QStringLiteral("resultLabel"));
    m_resultLabel->setTextFormat(Qt::PlainText);
    // A long error must not widen the window; the tooltip shows it whole.
    m_resultLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_runProgress->setObjectName(QStringLiteral("runProgressBar"));
    m_runProgress->setMaximumWidth(180);
    m_runProgress->hide();
    statusBar()->addWidget(m_resultLabel, 1);
    statusBar()->addPermanentWidget(m_runProgress);
    statusBar()->addPermanentWidget(m_stateLabel);
}

MainWindow::~MainWindow()
{
    // Stop a running check while everything it reports to still exists.
    if (m_check) {
        m_check->disconnect(this);
        m_check->cancel();
    }
    if (m_practice)
        m_practice->close();
}

void MainWindow::setTarget(const SessionOptions &options)
{
    m_targetBar->setOptions(options);
}

bool MainWindow::startBannerCheck()
{
    if (isRunning() || m_runs->isRunning())
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
    m_findingsPanel->updateCount();
    m_detailView->showFinding(nullptr, nullptr);
    m_shownRunId.clear(); // a quick check is not part of the history
    m_views->setCurrentIndex(0);

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
    updateActions();
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
    cancelRun(); // the run is saved as cancelled, not left to look interrupted
    event->accept();
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
    m_findingsPanel->updateCount();
    m_targetBar->setRunning(false);
    updateStatus();
    updateActions();
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
    } else if (m_runs->isRunning() || !m_shownRunId.isEmpty()) {
        result = runStatusText();
    } else if (m_runState == RunState::Idle) {
        result = tr("Pick a target and run checks on it, or run a quick banner check.");
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

} // namespace mxscope

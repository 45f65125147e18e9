// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
// The main window's runs: catalogue checks through AuditRunner, the run history, console
// sessions saved as runs, and the first-start offer.
#include "window/MainWindow.h"

#include "audit/AuditRunner.h"
#include "audit/CheckCatalogue.h"
#include "checks/CheckPickerDialog.h"
#include "checks/CheckRunView.h"
#include "console/ConsoleWidget.h"
#include "findings/FindingDetailView.h"
#include "findings/FindingsPanel.h"
#include "findings/FindingsView.h"
#include "practice/PracticeProfile.h"
#include "practice/PracticeServer.h"
#include "report/ReportActions.h"
#include "transcript/Transcript.h"
#include "transcript/TranscriptModel.h"
#include "transcript/TranscriptPane.h"
#include "transcript/TranscriptView.h"
#include "window/TargetBar.h"
#include "workbench/RunController.h"
#include "workbench/RunHistoryModel.h"
#include "workbench/TargetListPanel.h"
#include "workbench/WorkbenchSidebar.h"

#include <QAction>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>

namespace mxscope {

namespace {

const QString firstStartKey = QStringLiteral("workbench/firstStartOffered");

QStringList titlesOf(const RunRecord &record)
{
    QStringList titles;
    for (const CheckOutcome &check : record.checks)
        titles.append(check.title.isEmpty() ? check.checkId : check.title);
    return titles;
}

} // namespace

CheckPickerDialog *MainWindow::openCheckPicker()
{
    const auto target = m_sidebar->targets()->currentTarget();
    if (!target || m_runs->isRunning() || isRunning())
        return nullptr;
    auto *picker = new CheckPickerDialog(target->displayName(), this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setSelectedIds(
        m_settings->value(QStringLiteral("workbench/lastChecks")).toStringList());
    connect(picker, &QDialog::accepted, this, [this, picker] {
        m_settings->setValue(QStringLiteral("workbench/lastChecks"), picker->selectedIds());
        runChecks(picker->selectedIds(), picker->authorised());
    });
    picker->open(); // not exec(): the window keeps running behind it
    return picker;
}

AuditRunner *MainWindow::runChecks(const QStringList &checkIds, bool authorised)
{
    const auto target = m_sidebar->targets()->currentTarget();
    if (!target || isRunning())
        return nullptr;
    AuditRunner *runner = m_runs->start(*target, checkIds, authorised);
    if (!runner)
        return nullptr;
    // A run of checks that all refuse at once has already finished here.
    m_shownRunId = runner->record().id;
    m_history->updateRun(runner->record(), runner->isRunning());
    m_sidebar->selectRun(m_shownRunId);
    updateStatus();
    updateActions();
    return runner;
}

void MainWindow::cancelRun()
{
    m_runs->cancel();
}

void MainWindow::onRunStarting(AuditRunner *runner)
{
    m_shownRunId.clear(); // the new run's id is made when it starts
    m_model->clear();
    m_findingsView->setFindings({});
    m_findingsPanel->updateCount();
    m_detailView->showFinding(nullptr, nullptr);
    m_shownRecord = runner->record();
    m_liveCheckTitles = titlesOf(runner->record());
    m_checkRunView->showRecord(runner->record());
    m_views->setCurrentWidget(m_checkRunView);
    m_runProgress->setRange(0, int(m_liveCheckTitles.size()));
    m_runProgress->setValue(0);
    m_runProgress->show();

    TranscriptModel *model = m_model;
    connect(runner->transcript(), &Transcript::entryAppended, model,
            [model](qsizetype, const TranscriptEntry &entry) { model->append(entry); });
    connect(runner, &AuditRunner::checkStarted, this, [this](int index) {
        m_checkRunView->setProgress(index, 0, 0, {});
        m_checkRunView->selectCheck(index);
    });
    connect(runner, &AuditRunner::checkProgress, m_checkRunView, &CheckRunView::setProgress);
    connect(runner, &AuditRunner::findingAdded, this, [this](int index, const Finding &finding) {
        m_findingsView->appendFinding(finding, m_liveCheckTitles.value(index));
        m_findingsPanel->updateCount();
    });
    connect(runner, &AuditRunner::checkFinished, this,
            [this](int index, const CheckOutcome &outcome) {
                m_checkRunView->setOutcome(index, outcome);
                m_runProgress->setValue(index + 1);
            });
    connect(runner, &AuditRunner::saved, this,
            [this, runner] { m_history->updateRun(runner->record(), runner->isRunning()); });
    connect(runner, &AuditRunner::finished, this, &MainWindow::onRunFinished);
}

void MainWindow::onRunFinished()
{
    AuditRunner *runner = m_runs->runner();
    if (!runner)
        return;
    m_model->flush();
    const RunRecord &record = runner->record();
    m_history->updateRun(record, false);
    if (m_shownRunId.isEmpty() || m_shownRunId == record.id) {
        m_shownRunId = record.id;
        m_shownRecord = record;
        m_shownRecord->transcript.clear();
        showRecordFindings(record);
    }
    m_runProgress->hide();
    updateStatus();
    updateActions();
    Q_EMIT checkRunFinished();
}

bool MainWindow::showRun(const QString &id)
{
    if (m_runs->isRunning() && m_runs->runner()->record().id == id)
        return true; // already on screen, live
    QString error;
    const auto record = m_runs->store().load(id, &error);
    if (!record) {
        m_resultLabel->setText(error);
        return false;
    }
    if (m_runs->isRunning()) {
        // The live run keeps going and saving; only its display is left.
        m_runs->runner()->transcript()->disconnect(m_model);
    }
    showRecord(*record);
    m_sidebar->selectRun(id);
    return true;
}

void MainWindow::showRecordFindings(const RunRecord &record)
{
    // The outcomes carry the findings in report order, each named by its check.
    QList<Finding> findings;
    QStringList titles;
    for (const CheckOutcome &check : record.checks) {
        for (const Finding &finding : check.findings) {
            findings.append(finding);
            titles.append(check.title.isEmpty() ? check.checkId : check.title);
        }
    }
    m_findingsView->setFindings(findings, titles);
    m_findingsPanel->updateCount();
}

void MainWindow::showRecord(const RunRecord &record)
{
    m_shownRunId = record.id;
    m_model->clear();
    for (const TranscriptEntry &entry : record.transcript)
        m_model->append(entry);
    m_model->flush();
    showRecordFindings(record);
    m_detailView->showFinding(nullptr, nullptr);
    m_checkRunView->showRecord(record);
    m_shownRecord = record;
    m_shownRecord->transcript.clear();
    updateStatus();
}

void MainWindow::showEvidence(const QList<qsizetype> &entryIndexes)
{
    m_views->setCurrentIndex(0);
    m_transcriptView->showEntries(entryIndexes);
    m_transcriptView->setFocus();
}

std::optional<RunRecord> MainWindow::saveConsoleRun(const ConsoleWidget &console)
{
    QString error;
    const auto record
        = m_runs->saveConsoleSession(console.target().options, console.entries(), &error);
    if (!record) {
        m_resultLabel->setText(tr("The console session was not saved: %1").arg(error));
        return std::nullopt;
    }
    m_history->updateRun(*record, false);
    if (!m_runs->isRunning()) {
        showRecord(*record);
        m_sidebar->selectRun(record->id);
    }
    return record;
}

QMessageBox *MainWindow::offerFirstStart()
{
    if (m_settings->value(firstStartKey, false).toBool())
        return nullptr;
    m_settings->setValue(firstStartKey, true);
    m_settings->sync();
    auto *box = new QMessageBox(QMessageBox::Information, tr("Welcome to mxscope"),
                                tr("mxscope tests mail servers you are authorised to test.\n\n"
                                   "To try it safely first, start the built-in practice server "
                                   "(it listens on this computer only) and add it as a target. "
                                   "The relay test wizard walks you through the most important "
                                   "test step by step."),
                                QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("firstStartOffer"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *practice
        = box->addButton(tr("Start the &practice server"), QMessageBox::AcceptRole);
    practice->setObjectName(QStringLiteral("startPracticeButton"));
    QPushButton *wizard = box->addButton(tr("Open the &relay wizard"), QMessageBox::ActionRole);
    wizard->setObjectName(QStringLiteral("openRelayWizardButton"));
    connect(practice, &QPushButton::clicked, this, &MainWindow::startPracticeTarget);
    connect(wizard, &QPushButton::clicked, this, &MainWindow::openRelayWizard);
    box->open();
    return box;
}

PracticeServer *MainWindow::startPracticeTarget()
{
    if (!m_practice) {
        const auto profile = PracticeProfile::byName(QStringLiteral("leaky"));
        auto *server = new PracticeServer(profile.value_or(PracticeProfile {}), this);
        if (!server->listen(QHostAddress(QHostAddress::LocalHost), 0)) {
            m_resultLabel->setText(
                tr("The practice server could not start: %1").arg(server->errorString()));
            delete server;
            return nullptr;
        }
        m_practice = server;
    }
    TargetProfile target;
    target.id = QStringLiteral("practice");
    target.host = QStringLiteral("127.0.0.1");
    target.port = m_practice->serverPort();
    target.domain = QStringLiteral("practice.test");
    target.sender = QStringLiteral("tester@example.net");
    target.localRecipient = QStringLiteral("postmaster@practice.test");
    target.externalRecipient = QStringLiteral("someone@example.net");
    m_sidebar->targets()->putTarget(target);
    return m_practice;
}

void MainWindow::onTargetChanged()
{
    const auto target = m_sidebar->targets()->currentTarget();
    m_history->setTarget(target);
    if (target && !isRunning())
        m_targetBar->setOptions(target->sessionOptions());
    if (!m_shownRunId.isEmpty())
        m_sidebar->selectRun(m_shownRunId);
    updateActions();
}

QString MainWindow::runStatusText() const
{
    if (m_runs->isRunning()) {
        const AuditRunner *runner = m_runs->runner();
        const int index = std::max(0, runner->currentIndex());
        return tr("Running %1 of %n check(s) on %2…", nullptr, int(m_liveCheckTitles.size()))
            .arg(index + 1)
            .arg(runner->record().target.host);
    }
    if (!m_shownRecord)
        return {};
    const auto findings = int(m_shownRecord->allFindings().size());
    const QString host = m_shownRecord->target.host;
    if (!m_shownRecord->isFinished())
        return tr("Run on %1 was interrupted: %n finding(s) saved.", nullptr, findings).arg(host);
    return tr("Run on %1 finished: %n finding(s).", nullptr, findings).arg(host);
}

void MainWindow::updateActions()
{
    if (!m_runChecksAction)
        return;
    const bool busy = m_runs->isRunning() || isRunning();
    const bool haveTarget = m_sidebar->targets()->currentTarget().has_value();
    m_runChecksAction->setEnabled(!busy && haveTarget);
    m_cancelAction->setEnabled(busy);
    m_editTargetAction->setEnabled(haveTarget);
    m_reports->setEnabled(!m_shownRunId.isEmpty());
    // The display belongs to the live run until it ends.
    m_sidebar->targets()->setEnabled(!m_runs->isRunning());
    m_sidebar->historyView()->setEnabled(!m_runs->isRunning());
}

} // namespace mxscope

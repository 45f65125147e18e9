// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "audit/RunRecord.h"
#include "smtp/SessionOptions.h"
#include "smtp/SmtpSession.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>

class QActionGroup;
class QGroupBox;
class QLabel;
class QMenu;
class QMessageBox;
class QProgressBar;
class QSettings;
class QTabWidget;
class QToolBar;

namespace mxscope {

class AuditRunner;
class BannerCheck;
class CheckPickerDialog;
class CheckRunView;
class ConsoleWidget;
class ConsoleWindow;
class EnumerationWindow;
class FindingDetailView;
class FindingsPanel;
class FindingsView;
class LanguageManager;
class PracticeServer;
class RelayWizard;
class ReportActions;
class RunController;
class RunHistoryModel;
class TargetBar;
class TranscriptModel;
class TranscriptPane;
class TranscriptView;
class WorkbenchSidebar;
struct TargetProfile;

// The workbench: targets and their run history on the left; on the right the target bar
// (quick banner check), the transcript with search, the findings with filter and evidence
// links, and each check's result panel. Runs of catalogue checks go through AuditRunner and
// are saved into the run history as they go. Never blocks.
//
// Settings come from MXSCOPE_SETTINGS (an INI file) when set, else the user's QSettings;
// the run history from MXSCOPE_RUN_DIR when set, else RunStore::defaultDirectory().
//
//   MainWindow window(&languages);
//   window.show();
//   window.offerFirstStart();
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // languages may be nullptr: no Language menu then.
    explicit MainWindow(LanguageManager *languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setTarget(const SessionOptions &options);
    // False (with the reason shown) when the input is refused or a check already runs.
    bool startBannerCheck();
    void cancelBannerCheck();
    bool isRunning() const;
    TranscriptModel *transcriptModel() const { return m_model; }
    // Opens the relay-test wizard on the target bar's server (or raises the open one).
    RelayWizard *openRelayWizard();
    // A console window on target, as a telnet replacement; it deletes itself when closed.
    ConsoleWindow *openConsole(const SessionOptions &target);
    // An account-enumeration window on target; it deletes itself when closed.
    EnumerationWindow *openEnumeration(const SessionOptions &target);

    // The workbench parts, for callers and tests.
    QSettings *settings() const { return m_settings.get(); }
    RunController *runController() const { return m_runs; }
    WorkbenchSidebar *sidebar() const { return m_sidebar; }
    TranscriptPane *transcriptPane() const { return m_transcriptPane; }
    FindingsPanel *findingsPanel() const { return m_findingsPanel; }
    CheckRunView *checkRunView() const { return m_checkRunView; }
    // The check picker for the selected target (open(), not exec()); nullptr without one.
    CheckPickerDialog *openCheckPicker();
    // Runs checks on the selected target; nullptr when none is selected or a run goes on.
    AuditRunner *runChecks(const QStringList &checkIds, bool authorised);
    void cancelRun();
    // Shows a saved run: its checks, findings and transcript. False when it cannot be read.
    bool showRun(const QString &id);
    QString shownRunId() const { return m_shownRunId; }
    // Saves a console's session into the run history and shows it.
    std::optional<RunRecord> saveConsoleRun(const ConsoleWidget &console);
    // Once per user (a settings flag): offers the relay wizard and the practice server.
    QMessageBox *offerFirstStart();
    // Starts the built-in practice server on loopback and adds it as a target.
    PracticeServer *startPracticeTarget();

Q_SIGNALS:
    void bannerCheckFinished();
    void checkRunFinished();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    enum class RunState { Idle, Running, Finished };

    void buildLayout();
    void createMenus();
    void createLanguageMenu();
    void openToolWindow(QWidget *window);
    void retranslateUi();
    void retranslateActions();
    void onSessionStateChanged(SessionState state);
    void onFinished();
    void onCurrentFindingChanged();
    void onTargetChanged();
    void onRunStarting(AuditRunner *runner);
    void onRunFinished();
    void showEvidence(const QList<qsizetype> &entryIndexes);
    void showRecord(const RunRecord &record);
    void showRecordFindings(const RunRecord &record);
    void updateStatus();
    QString runStatusText() const;
    void updateActions();
    void showAbout();

    LanguageManager *m_languages;
    std::unique_ptr<QSettings> m_settings;
    RunController *m_runs;
    RunHistoryModel *m_history;
    WorkbenchSidebar *m_sidebar;
    TargetBar *m_targetBar;
    TranscriptModel *m_model;
    TranscriptPane *m_transcriptPane;
    TranscriptView *m_transcriptView;
    FindingsPanel *m_findingsPanel;
    FindingsView *m_findingsView;
    FindingDetailView *m_detailView;
    CheckRunView *m_checkRunView;
    QTabWidget *m_views;
    QGroupBox *m_transcriptBox;
    QGroupBox *m_findingsBox;
    QGroupBox *m_detailBox;
    QLabel *m_stateLabel;
    QLabel *m_resultLabel;
    QProgressBar *m_runProgress;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_runMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newTargetAction = nullptr;
    QAction *m_editTargetAction = nullptr;
    QAction *m_practiceAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_runChecksAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_relayWizardAction = nullptr;
    QAction *m_consoleAction = nullptr;
    QAction *m_enumerationAction = nullptr;
    QAction *m_headerAnalyserAction = nullptr;
    QAction *m_compareAction = nullptr;
    ReportActions *m_reports = nullptr;
    QMenu *m_reportMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QPointer<RelayWizard> m_relayWizard;
    QActionGroup *m_languageGroup = nullptr;
    QPointer<PracticeServer> m_practice;

    QPointer<BannerCheck> m_check;
    SessionOptions m_runOptions;
    RunState m_runState = RunState::Idle;
    std::optional<SessionState> m_sessionState;
    QString m_inputProblem;
    QString m_shownRunId;
    std::optional<RunRecord> m_shownRecord; // without its transcript, which the model holds
    QStringList m_liveCheckTitles;
};

} // namespace mxscope

// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "smtp/SessionOptions.h"
#include "smtp/SmtpSession.h"

#include <QMainWindow>
#include <QPointer>

#include <optional>

class QActionGroup;
class QGroupBox;
class QLabel;
class QToolBar;

namespace mxscope {

class BannerCheck;
class ConsoleWindow;
class EnumerationWindow;
class FindingDetailView;
class FindingsView;
class LanguageManager;
class RelayWizard;
class TargetBar;
class TranscriptModel;
class TranscriptView;

// The main window: target bar, live transcript, findings, and a status bar with the
// session state and the result. Runs the banner check without ever blocking.
//
//   MainWindow window(&languages);
//   window.show();
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

Q_SIGNALS:
    void bannerCheckFinished();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    enum class RunState { Idle, Running, Finished };

    void createMenus();
    void retranslateUi();
    void onSessionStateChanged(SessionState state);
    void onFinished();
    void onCurrentFindingChanged();
    void updateStatus();
    void showAbout();

    LanguageManager *m_languages;
    TargetBar *m_targetBar;
    TranscriptModel *m_model;
    TranscriptView *m_transcriptView;
    FindingsView *m_findingsView;
    FindingDetailView *m_detailView;
    QGroupBox *m_transcriptBox;
    QGroupBox *m_findingsBox;
    QGroupBox *m_detailBox;
    QLabel *m_stateLabel;
    QLabel *m_resultLabel;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QAction *m_relayWizardAction = nullptr;
    QAction *m_consoleAction = nullptr;
    QAction *m_enumerationAction = nullptr;
    QToolBar *m_toolBar = nullptr;
    QPointer<RelayWizard> m_relayWizard;
    QActionGroup *m_languageGroup = nullptr;

    QPointer<BannerCheck> m_check;
    SessionOptions m_runOptions;
    RunState m_runState = RunState::Idle;
    std::optional<SessionState> m_sessionState;
    QString m_inputProblem;
};

} // namespace mxscope

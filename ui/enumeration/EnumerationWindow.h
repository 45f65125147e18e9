// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "enumeration/EnumerationResult.h"
#include "smtp/SessionOptions.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace mxscope {

class EnumerationInputPanel;
class EnumerationResultsModel;
class EnumerationResultsView;
class EnumerationRun;
class EnumerationCharts;
class FindingsView;

// A window of its own for account enumeration (checks 4 and 5): the inputs on the left; on
// the right the progress with an ETA, the baseline's verdict on each method, a live
// filterable table, verdict and latency charts, and the findings once the run ends. It
// deletes itself when closed and cancels a running enumeration with it.
//
//   auto *window = new EnumerationWindow(options, this);
//   window->show();
class EnumerationWindow : public QMainWindow
{
    Q_OBJECT

public:
    static constexpr int etaIntervalMs = 500;

    explicit EnumerationWindow(const SessionOptions &target, QWidget *parent = nullptr);
    ~EnumerationWindow() override;

    // False, with the reason shown, when the input is refused or a run is under way.
    bool startEnumeration();
    void cancelEnumeration();
    bool isRunning() const;
    // Writes the rows so far as CSV; false, with the reason shown, when it cannot.
    bool exportCsv(const QString &path);
    EnumerationInputPanel *inputPanel() const { return m_inputs; }
    EnumerationResultsModel *resultsModel() const { return m_model; }
    EnumerationResultsView *resultsView() const { return m_results; }
    // The last run (running or finished), or nullptr.
    const EnumerationRun *run() const;
    EnumerationCharts *charts() const { return m_charts; }
    // "VRFY can tell users apart." / "RCPT TO cannot: ..." for each method tried.
    static QString describeBaseline(const BaselineResult &baseline);

Q_SIGNALS:
    void enumerationFinished();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void retranslateUi();
    void onProgress(qsizetype done, qsizetype total);
    void onBaselineDecided(const BaselineResult &baseline);
    void onProbeFinished(const ProbeResult &probe);
    void onFinished();
    void setRunning(bool running);
    void showProblem(const QString &problem);
    void updateTabTitles();
    void updateEta();
    void updateSummary();
    void chooseCsvFile();

    EnumerationInputPanel *m_inputs;
    QLabel *m_problem;
    QPushButton *m_start;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_eta;
    QLabel *m_baseline;
    EnumerationResultsModel *m_model;
    EnumerationResultsView *m_results;
    QTabWidget *m_tabs;
    EnumerationCharts *m_charts;
    FindingsView *m_findings;
    QLabel *m_summary;

    QPointer<EnumerationRun> m_run;
    std::optional<BaselineResult> m_baselineResult;
    SessionOptions m_target;
    QTimer m_etaTimer;
    QElapsedTimer m_etaClock; // from the first probe progress
    qsizetype m_etaStartDone = 0;
    qsizetype m_done = 0;
    qsizetype m_total = 0;
    bool m_finished = false;
};

} // namespace mxscope

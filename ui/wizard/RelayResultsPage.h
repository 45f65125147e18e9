// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "audit/RunRecord.h"
#include "wizard/RelayWizardPage.h"

#include <optional>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace mxscope {

class FindingsView;
class OutcomeChart;
class RelayOutcomeModel;
class ReportActions;
class TranscriptModel;
class TranscriptView;

// Page 6: the verdict in one sentence, the variant table, a chart of outcomes, and each
// variant's transcript lines one click away (select a row). "Save HTML report…" writes the
// same self-contained report as a full audit, atomically; "Other formats" offers the JSON
// report and the tables as CSV; "Open console on this target" asks for the console.
// Object names: verdictLabel, variantsTable, outcomeChart, resultTabs,
// variantTranscriptView, resultFindingsView, saveReportButton, moreReportFormatsButton,
// openConsoleButton, saveReportDialog (the file dialog while it is open).
class RelayResultsPage : public RelayWizardPage
{
    Q_OBJECT

public:
    explicit RelayResultsPage(RelayWizardState *state, QWidget *parent = nullptr);

    void initializePage() override;
    int nextId() const override;

    // Writes the report to path (through QSaveFile); false, with the reason shown, on failure.
    bool saveReport(const QString &path);
    // The finished matrix as a run record (what the reports are made of); none before it ran.
    std::optional<RunRecord> runRecord() const;
    RelayOutcomeModel *outcomeModel() const { return m_outcomes; }
    TranscriptModel *transcriptModel() const { return m_transcriptModel; }

Q_SIGNALS:
    void openConsoleRequested();

protected:
    void retranslateUi() override;

private:
    void showVerdict();
    void fillChart();
    void onVariantSelected();
    void updateConsoleButton();

    QLabel *m_verdict;
    QLabel *m_summary;
    RelayOutcomeModel *m_outcomes;
    QTableView *m_table;
    OutcomeChart *m_chart;
    QTabWidget *m_tabs;
    TranscriptModel *m_transcriptModel;
    TranscriptView *m_transcript;
    FindingsView *m_findings;
    QPushButton *m_save;
    QPushButton *m_console;
    QLabel *m_saveStatus;
    ReportActions *m_reports;
    QPushButton *m_moreFormats;
};

} // namespace mxscope

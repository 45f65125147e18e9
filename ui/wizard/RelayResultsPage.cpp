// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "wizard/RelayResultsPage.h"

#include "charts/OutcomeChart.h"
#include "findings/FindingsView.h"
#include "relay/RelayAuditCheck.h"
#include "report/ReportActions.h"
#include "report/SingleCheckRecord.h"
#include "transcript/Transcript.h"
#include "transcript/TranscriptModel.h"
#include "transcript/TranscriptView.h"
#include "wizard/RelayOutcomeModel.h"
#include "wizard/RelayWizardState.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace mxscope {

namespace {

// The stages in the order a transaction reaches them; the chart shows them in this order.
constexpr RelayStage chartStages[]
    = {RelayStage::RejectedAtMail,   RelayStage::RejectedAtRcpt,    RelayStage::AcceptedAtRcpt,
       RelayStage::RefusedAfterData, RelayStage::AcceptedAfterData, RelayStage::Error,
       RelayStage::NotTried};

bool alwaysCharted(RelayStage stage)
{
    return stage == RelayStage::RejectedAtMail || stage == RelayStage::RejectedAtRcpt
        || stage == RelayStage::AcceptedAtRcpt || stage == RelayStage::Error;
}

} // namespace

RelayResultsPage::RelayResultsPage(RelayWizardState *state, QWidget *parent)
    : RelayWizardPage(state, parent)
    , m_verdict(makeHintLabel(QStringLiteral("verdictLabel"), this))
    , m_summary(makeHintLabel(QStringLiteral("resultSummaryLabel"), this))
    , m_outcomes(new RelayOutcomeModel(this))
    , m_table(new QTableView(this))
    , m_chart(new OutcomeChart(this))
    , m_tabs(new QTabWidget(this))
    , m_transcriptModel(new TranscriptModel(this))
    , m_transcript(new TranscriptView(this))
    , m_findings(new FindingsView(this))
    , m_save(new QPushButton(this))
    , m_console(new QPushButton(this))
    , m_saveStatus(makeHintLabel(QStringLiteral("saveStatusLabel"), this))
    , m_reports(new ReportActions(
          this, [this] { return runRecord(); }, this))
    , m_moreFormats(new QPushButton(this))
{
    setObjectName(QStringLiteral("resultsPage"));
    setFinalPage(true);
    QFont big = m_verdict->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_verdict->setFont(big);
    m_table->setObjectName(QStringLiteral("variantsTable"));
    m_table->setModel(m_outcomes);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_chart->setObjectName(QStringLiteral("outcomeChart"));
    m_tabs->setObjectName(QStringLiteral("resultTabs"));
    m_transcript->setObjectName(QStringLiteral("variantTranscriptView"));
    m_transcript->setTranscriptModel(m_transcriptModel);
    m_findings->setObjectName(QStringLiteral("resultFindingsView"));
    m_tabs->addTab(m_transcript, QString());
    m_tabs->addTab(m_findings, QString());
    m_save->setObjectName(QStringLiteral("saveReportButton"));
    m_moreFormats->setObjectName(QStringLiteral("moreReportFormatsButton"));
    m_moreFormats->setMenu(new QMenu(m_moreFormats));
    m_moreFormats->menu()->addActions({m_reports->saveJsonAction(), m_reports->exportCsvAction()});
    m_console->setObjectName(QStringLiteral("openConsoleButton"));

    // The verdict and the chart share the top; table and transcript get the full width.
    m_chart->setFixedSize(440, 190);
    auto *verdict = new QVBoxLayout;
    verdict->addWidget(m_verdict);
    verdict->addWidget(m_summary);
    verdict->addStretch(1);
    auto *top = new QHBoxLayout;
    top->addLayout(verdict, 1);
    top->addWidget(m_chart);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_moreFormats);
    buttons->addWidget(m_console);
    buttons->addWidget(m_saveStatus, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RelayResultsPage::onVariantSelected);
    connect(m_save, &QPushButton::clicked, m_reports, &ReportActions::chooseHtmlFile);
    connect(m_reports, &ReportActions::saved, this,
            [this](const QString &message) { setHint(m_saveStatus, message, false); });
    connect(m_reports, &ReportActions::saveFailed, this,
            [this](const QString &message) { setHint(m_saveStatus, message, true); });
    connect(m_console, &QPushButton::clicked, this, &RelayResultsPage::openConsoleRequested);
    retranslateUi();
}

void RelayResultsPage::initializePage()
{
    const auto &result = state()->matrixResult();
    m_outcomes->setOutcomes(result ? result->outcomes : QList<RelayOutcome>());
    m_table->resizeColumnsToContents();
    m_findings->setFindings(result ? result->findings : QList<Finding>());
    m_transcriptModel->clear();
    if (const Transcript *transcript = state()->matrixTranscript()) {
        for (const TranscriptEntry &entry : transcript->entries())
            m_transcriptModel->append(entry);
    }
    m_transcriptModel->flush();
    m_saveStatus->clear();
    showVerdict();
    fillChart();
    updateConsoleButton();
}

int RelayResultsPage::nextId() const
{
    return -1;
}

void RelayResultsPage::showVerdict()
{
    const auto &result = state()->matrixResult();
    if (!result) {
        setHint(m_verdict, tr("The relay matrix did not run."), false);
        m_summary->clear();
        return;
    }
    QString sentence = result->verdictSentence;
    if (state()->matrixCancelled())
        sentence = joinSentences(tr("Cancelled before every variant was tried."), sentence);
    setHint(m_verdict, sentence, result->verdict == RelayVerdict::Open);
    m_verdict->setProperty("verdict", toString(result->verdict));
    int accepted = 0;
    for (const RelayOutcome &o : result->outcomes)
        accepted += isAccepted(o.stage);
    //: %1 "40 variants tried", %2 "39 accepted".
    QString summary = joinSentences(
        tr("%1, %2.").arg(tr("%n variant(s) tried", nullptr, int(result->outcomes.size())),
                          tr("%n accepted", nullptr, accepted)),
        tr("Select a variant to see its lines in the transcript."));
    if (const auto &login = result->authenticatedOutcome) {
        //: %1 the stage reached (e.g. "Accepted at RCPT TO"), %2 the server's reply.
        summary = joinSentences(
            summary,
            tr("After logging in: %1 (%2); relaying for a logged-in user is expected.")
                .arg(describe(login->stage), RelayOutcomeModel::replyText(*login)));
    }
    summary = joinSentences(summary,
                            result->incompleteReason.isEmpty() ? result->errorMessage
                                                               : result->incompleteReason);
    setHint(m_summary, summary, false);
}

void RelayResultsPage::fillChart()
{
    const auto &result = state()->matrixResult();
    QList<OutcomeChart::Bar> bars;
    for (const RelayStage stage : chartStages) {
        int count = 0;
        if (result) {
            for (const RelayOutcome &o : result->outcomes)
                count += o.stage == stage;
        }
        if (count == 0 && !alwaysCharted(stage))
            continue;
        bars.append({describe(stage), qreal(count), RelayOutcomeModel::stageColour(stage, false),
                     RelayOutcomeModel::stageColour(stage, true)});
    }
    m_chart->setBars(bars);
}

void RelayResultsPage::onVariantSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const RelayOutcome &outcome = m_outcomes->outcome(rows.first().row());
    // The commands the variant sent and the replies that decided it.
    QList<qsizetype> lines = outcome.commandEvidence + outcome.evidence;
    if (lines.isEmpty()) {
        // No decisive lines recorded: show the whole connection the variant ran on.
        for (int row = 0; row < m_transcriptModel->rowCount(); ++row) {
            if (m_transcriptModel->entry(row).connection == outcome.connection)
                lines.append(m_transcriptModel->index(row, 0)
                                 .data(TranscriptModel::EntryIndexRole)
                                 .toLongLong());
        }
    }
    m_tabs->setCurrentWidget(m_transcript);
    m_transcript->showEntries(lines);
}

std::optional<RunRecord> RelayResultsPage::runRecord() const
{
    const auto &result = state()->matrixResult();
    if (!result)
        return std::nullopt;
    const Transcript *transcript = state()->matrixTranscript();
    return singleCheckRecord(
        RelayAuditCheck::outcomeOf(*result, state()->plan(), state()->matrixCancelled()),
        state()->plan().target, QString(),
        transcript ? transcript->entries() : QList<TranscriptEntry>());
}

bool RelayResultsPage::saveReport(const QString &path)
{
    return m_reports->saveHtml(path);
}

void RelayResultsPage::updateConsoleButton()
{
    const bool available = state()->consoleAvailable();
    m_console->setEnabled(available);
    m_console->setToolTip(available ? tr("Continue by hand on the same server.")
                                    : tr("The interactive console is coming soon."));
}

void RelayResultsPage::retranslateUi()
{
    setTitle(tr("Results"));
    setSubTitle(tr("The verdict, every variant's outcome and the evidence behind it."));
    m_chart->setTitle(tr("Outcome per variant"));
    m_tabs->setTabText(0, tr("Transcript"));
    m_tabs->setTabText(1, tr("Findings"));
    m_save->setText(tr("Save &HTML report…"));
    m_moreFormats->setText(tr("Other &formats"));
    m_console->setText(tr("Open &console on this target"));
    m_outcomes->retranslate();
    if (state()->matrixResult()) {
        showVerdict();
        fillChart();
    }
    updateConsoleButton();
}

} // namespace mxscope

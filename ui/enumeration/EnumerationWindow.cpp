// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "enumeration/EnumerationWindow.h"

#include "common/AlarmColour.h"
#include "enumeration/EnumerationCharts.h"
#include "enumeration/EnumerationCsvExport.h"
#include "enumeration/EnumerationFindings.h"
#include "enumeration/EnumerationInputPanel.h"
#include "enumeration/EnumerationResultsModel.h"
#include "enumeration/EnumerationResultsView.h"
#include "enumeration/EnumerationRun.h"
#include "findings/FindingsView.h"

#include <QCloseEvent>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace mxscope {

namespace {

// Labels that show server text (baseline reasons quote replies) must never render markup.
QLabel *plainLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

QString durationText(qint64 seconds)
{
    if (seconds < 60)
        return EnumerationWindow::tr("%n s", nullptr, int(seconds));
    if (seconds < 3600)
        return EnumerationWindow::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return EnumerationWindow::tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
}

} // namespace

EnumerationWindow::EnumerationWindow(const SessionOptions &target, QWidget *parent)
    : QMainWindow(parent)
    , m_inputs(new EnumerationInputPanel(this))
    , m_problem(plainLabel(QStringLiteral("problemLabel"), this))
    , m_start(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_eta(plainLabel(QStringLiteral("etaLabel"), this))
    , m_baseline(plainLabel(QStringLiteral("baselineLabel"), this))
    , m_model(new EnumerationResultsModel(this))
    , m_results(new EnumerationResultsView(m_model, this))
    , m_tabs(new QTabWidget(this))
    , m_charts(new EnumerationCharts(this))
    , m_findings(new FindingsView(this))
    , m_summary(plainLabel(QStringLiteral("summaryLabel"), this))
    , m_target(target)
{
    setObjectName(QStringLiteral("enumerationWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_inputs->setTarget(target);
    m_start->setObjectName(QStringLiteral("startButton"));
    m_start->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setEnabled(false);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_findings->setObjectName(QStringLiteral("findingsView"));
    m_tabs->setObjectName(QStringLiteral("enumerationTabs"));

    // Left: what to probe and the buttons that start and stop it.
    auto *inputsBox = new QGroupBox(this);
    inputsBox->setObjectName(QStringLiteral("inputsBox"));
    auto *inputsLayout = new QVBoxLayout(inputsBox);
    inputsLayout->addWidget(m_inputs, 1);
    inputsLayout->addWidget(m_problem);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    inputsLayout->addLayout(buttons);

    // Right: progress, baseline, the live table over the charts and findings.
    m_tabs->addTab(m_charts, QString());
    m_tabs->addTab(m_findings, QString());
    auto *resultsSplitter = new QSplitter(Qt::Vertical, this);
    resultsSplitter->addWidget(m_results);
    resultsSplitter->addWidget(m_tabs);
    resultsSplitter->setStretchFactor(0, 3);
    resultsSplitter->setStretchFactor(1, 2);
    resultsSplitter->setChildrenCollapsible(false);
    auto *results = new QWidget(this);
    auto *resultsLayout = new QVBoxLayout(results);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_eta);
    resultsLayout->addLayout(progressRow);
    resultsLayout->addWidget(m_baseline);
    resultsLayout->addWidget(resultsSplitter, 1);
    resultsLayout->addWidget(m_summary);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("enumerationSplitter"));
    splitter->addWidget(inputsBox);
    splitter->addWidget(results);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    m_etaTimer.setInterval(etaIntervalMs);
    connect(&m_etaTimer, &QTimer::timeout, this, &EnumerationWindow::updateEta);
    connect(m_start, &QPushButton::clicked, this, &EnumerationWindow::startEnumeration);
    connect(m_cancel, &QPushButton::clicked, this, &EnumerationWindow::cancelEnumeration);
    connect(m_results, &EnumerationResultsView::exportRequested, this,
            &EnumerationWindow::chooseCsvFile);
    connect(m_inputs, &EnumerationInputPanel::inputChanged, this, [this] {
        if (!m_problem->text().isEmpty() && !m_inputs->problem())
            m_problem->clear(); // fixed: the old reason would only mislead
    });
    resize(1280, 800);
    retranslateUi();
}

EnumerationWindow::~EnumerationWindow()
{
    // Stop a running enumeration while everything it reports to still exists.
    if (m_run) {
        m_run->disconnect(this);
        m_run->cancel();
    }
}

bool EnumerationWindow::startEnumeration()
{
    if (isRunning())
        return false;
    if (const auto problem = m_inputs->problem()) {
        showProblem(*problem);
        return false;
    }
    m_problem->clear();
    if (m_run)
        m_run->deleteLater(); // finished; the model keeps copies of its rows
    m_model->clear();
    m_charts->clear();
    m_baselineResult.reset();
    m_baseline->clear();
    m_findings->setFindings({});
    m_summary->clear();
    m_done = m_total = m_etaStartDone = 0;
    m_etaClock.invalidate();
    m_finished = false;
    m_progress->setRange(0, 0); // busy until the baseline is decided

    const EnumerationPlan plan = m_inputs->plan();
    m_target = plan.target;
    m_run = new EnumerationRun(plan, nullptr, this);
    connect(m_run, &EnumerationRun::progress, this, &EnumerationWindow::onProgress);
    connect(m_run, &EnumerationRun::baselineDecided, this, &EnumerationWindow::onBaselineDecided);
    connect(m_run, &EnumerationRun::probeFinished, this, &EnumerationWindow::onProbeFinished);
    connect(m_run, &EnumerationRun::finished, this, &EnumerationWindow::onFinished);
    setRunning(true);
    retranslateUi(); // the title names the target
    m_run->start(); // may finish at once (no connection); onFinished copes
    return true;
}

void EnumerationWindow::cancelEnumeration()
{
    if (isRunning())
        m_run->cancel(); // finished() follows at once; the rows so far stay
}

const EnumerationRun *EnumerationWindow::run() const
{
    return m_run;
}

bool EnumerationWindow::isRunning() const
{
    return m_run && !m_finished;
}

bool EnumerationWindow::exportCsv(const QString &path)
{
    m_model->flush();
    QString error;
    if (!EnumerationCsvExport::save(path, m_model->probes(), &error)) {
        showProblem(error);
        return false;
    }
    m_problem->clear();
    m_summary->setText(tr("Saved %n row(s) to %1.", nullptr, int(m_model->rowCount())).arg(path));
    return true;
}

QString EnumerationWindow::describeBaseline(const BaselineResult &baseline)
{
    QStringList lines;
    for (const MethodBaseline &method : baseline.methods) {
        if (method.verdict == BaselineVerdict::NotTested)
            continue;
        if (method.discriminates)
            lines.append(tr("%1 can tell users apart.").arg(displayName(method.method)));
        else
            //: %1 is a method (VRFY, EXPN, RCPT TO), %2 the reason from the server's replies.
            lines.append(tr("%1 cannot: %2").arg(displayName(method.method), method.reason));
    }
    if (!baseline.reason.isEmpty())
        lines.append(baseline.reason);
    return lines.join(QLatin1Char('\n'));
}

void EnumerationWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void EnumerationWindow::closeEvent(QCloseEvent *event)
{
    cancelEnumeration();
    event->accept();
}

void EnumerationWindow::onProgress(qsizetype done, qsizetype total)
{
    if (!m_etaClock.isValid() || done < m_etaStartDone) {
        m_etaClock.start(); // the baseline is over: the rate from here predicts the rest
        m_etaStartDone = done;
    }
    m_done = done;
    m_total = total;
    m_progress->setRange(0, int(std::max<qsizetype>(1, total)));
    m_progress->setValue(int(done));
}

void EnumerationWindow::onBaselineDecided(const BaselineResult &baseline)
{
    m_baselineResult = baseline;
    m_baseline->setText(describeBaseline(baseline));
}

void EnumerationWindow::onProbeFinished(const ProbeResult &probe)
{
    m_model->append(probe);
    m_charts->addProbe(probe);
}

void EnumerationWindow::onFinished()
{
    if (m_finished || !m_run)
        return;
    m_finished = true;
    m_model->flush(); // the last rows now, not one batch interval later
    const EnumerationResult &result = m_run->result();
    if (!m_baselineResult && !result.baseline.methods.isEmpty())
        onBaselineDecided(result.baseline);
    if (!result.cancelled) {
        m_progress->setRange(0, 1);
        m_progress->setValue(1);
    } else if (m_progress->maximum() == 0) {
        m_progress->setRange(0, 1); // cancelled during the baseline: not busy any more
    }
    m_charts->refresh();
    m_findings->setFindings(result.findings);
    setRunning(false);
    updateSummary();
    updateTabTitles();
    Q_EMIT enumerationFinished();
}

void EnumerationWindow::setRunning(bool running)
{
    m_inputs->setRunning(running);
    m_start->setEnabled(!running);
    m_cancel->setEnabled(running);
    if (running)
        m_etaTimer.start();
    else
        m_etaTimer.stop();
    updateEta();
}

void EnumerationWindow::showProblem(const QString &problem)
{
    // Warning colour, as the wizard's hints: the reason must not read like guidance.
    markAsProblem(m_problem, true);
    m_problem->setText(problem);
}

void EnumerationWindow::updateEta()
{
    QString text;
    if (isRunning() && !m_etaClock.isValid()) {
        text = tr("Testing the methods with made-up names…");
    } else if (isRunning()) {
        text = tr("%1 of %2").arg(m_done).arg(m_total);
        const qsizetype progressed = m_done - m_etaStartDone;
        if (progressed > 0 && m_total > m_done) {
            const qint64 remainingMs
                = m_etaClock.elapsed() * (m_total - m_done) / std::max<qsizetype>(1, progressed);
            //: Estimated time left, e.g. "about 2 min 10 s left".
            text += QStringLiteral(" · ")
                + tr("about %1 left").arg(durationText(remainingMs / 1000));
        }
    } else if (m_finished && m_run) {
        text = durationText(m_run->result().elapsedMs / 1000);
    }
    m_eta->setText(text);
}

void EnumerationWindow::updateSummary()
{
    if (!m_finished || !m_run) {
        m_summary->clear();
        return;
    }
    const EnumerationResult &r = m_run->result();
    const QString method = displayName(r.baseline.method);
    const auto found = int(r.count(ProbeVerdict::Exists));
    QString text;
    if (!r.error.isEmpty())
        text = tr("The enumeration failed: %1").arg(r.error);
    else if (!r.baseline.discriminates && !r.cancelled)
        text = tr("No users can be told apart on this server: %1").arg(r.baseline.reason);
    else
        text = tr("Found %n user(s) of %1 with %2.", nullptr, found).arg(r.total).arg(method);
    if (r.cancelled)
        text = tr("Cancelled after %n name(s).", nullptr, int(r.probes.size())) + QLatin1Char(' ')
            + text;
    else if (r.timedOut)
        text = tr("Stopped at the time limit.") + QLatin1Char(' ') + text;
    m_summary->setText(text);
}

void EnumerationWindow::chooseCsvFile()
{
    // open(), not exec(): a running enumeration keeps streaming while the dialog is up.
    auto *dialog = new QFileDialog(this, tr("Export results as CSV"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setNameFilters({tr("CSV files (*.csv)"), tr("All files (*)")});
    dialog->selectFile(QStringLiteral("enumeration-%1.csv").arg(m_target.host));
    connect(dialog, &QFileDialog::fileSelected, this, &EnumerationWindow::exportCsv);
    dialog->open();
}

void EnumerationWindow::retranslateUi()
{
    setWindowTitle(
        m_target.host.isEmpty()
            ? tr("Account enumeration")
            : tr("Account enumeration — %1 port %2").arg(m_target.host).arg(m_target.port));
    if (auto *box = findChild<QGroupBox *>(QStringLiteral("inputsBox")))
        box->setTitle(tr("What to probe"));
    m_start->setText(tr("&Start"));
    m_cancel->setText(tr("&Cancel"));
    // Findings are worded by core when evaluated; evaluate again in the new language.
    if (m_finished && m_run)
        m_findings->setFindings(EnumerationFindings::evaluate(m_run->result()));
    updateTabTitles();
    if (m_baselineResult)
        m_baseline->setText(describeBaseline(*m_baselineResult));
    else if (!isRunning())
        m_baseline->setText(tr("A baseline of made-up names decides first which methods can "
                               "tell users apart on this server."));
    updateEta();
    updateSummary();
}

void EnumerationWindow::updateTabTitles()
{
    m_tabs->setTabText(0, tr("Charts"));
    m_tabs->setTabText(1, tr("Findings (%1)").arg(m_findings->topLevelItemCount()));
}

} // namespace mxscope

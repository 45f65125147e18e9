// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "wizard/RelayMatrixPage.h"

#include "relay/RelayTest.h"
#include "transcript/Transcript.h"
#include "transcript/TranscriptModel.h"
#include "transcript/TranscriptView.h"
#include "wizard/RelayWizard.h"
#include "wizard/RelayWizardState.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace mxscope {

RelayMatrixPage::RelayMatrixPage(RelayWizardState *state, QWidget *parent)
    : RelayWizardPage(state, parent)
    , m_intro(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_cancel(new QPushButton(this))
    , m_model(new TranscriptModel(this))
    , m_transcript(new TranscriptView(this))
{
    setObjectName(QStringLiteral("matrixPage"));
    m_intro->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("matrixProgressBar"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_status->setObjectName(QStringLiteral("matrixStatusLabel"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_cancel->setObjectName(QStringLiteral("cancelMatrixButton"));
    m_transcript->setObjectName(QStringLiteral("matrixTranscriptView"));
    m_transcript->setTranscriptModel(m_model);

    auto *progress = new QHBoxLayout;
    progress->addWidget(m_progress, 1);
    progress->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(progress);
    layout->addWidget(m_status);
    layout->addWidget(m_transcript, 1);

    connect(m_cancel, &QPushButton::clicked, this, &RelayMatrixPage::cancel);
    retranslateUi();
}

RelayMatrixPage::~RelayMatrixPage()
{
    stopActivity();
}

void RelayMatrixPage::initializePage()
{
    start();
}

void RelayMatrixPage::cleanupPage()
{
    stopActivity();
}

bool RelayMatrixPage::isComplete() const
{
    return m_finished;
}

int RelayMatrixPage::nextId() const
{
    return RelayWizard::ResultsPage;
}

bool RelayMatrixPage::isRunning() const
{
    return m_test && !m_finished;
}

void RelayMatrixPage::stopActivity()
{
    if (!m_test)
        return;
    m_test->disconnect(this);
    m_test->cancel();
    m_test->deleteLater();
    m_test = nullptr;
    m_finished = false;
}

void RelayMatrixPage::start()
{
    stopActivity();
    m_model->clear();
    m_finished = false;
    m_cancelled = false;
    m_done = m_total = m_accepted = m_refused = 0;
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    Transcript *transcript = state()->resetMatrix();
    TranscriptModel *model = m_model;
    connect(transcript, &Transcript::entryAppended, model,
            [model](qsizetype, const TranscriptEntry &entry) { model->append(entry); });
    m_test = new RelayTest(state()->plan(), transcript, this);
    connect(m_test, &RelayTest::progress, this, &RelayMatrixPage::onProgress);
    connect(m_test, &RelayTest::variantFinished, this, &RelayMatrixPage::onVariantFinished);
    connect(m_test, &RelayTest::finished, this, &RelayMatrixPage::onFinished);
    m_cancel->setEnabled(true);
    updateStatus();
    Q_EMIT completeChanged();
    m_test->start(); // may finish at once (refused input); onFinished copes
}

void RelayMatrixPage::cancel()
{
    if (!isRunning())
        return;
    m_cancelled = true;
    m_test->cancel();
    // Whether or not the test reports finished() for a cancel, the page is done now.
    if (!m_finished)
        onFinished();
}

void RelayMatrixPage::onProgress(int done, int total)
{
    m_done = done;
    m_total = total;
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(done);
    updateStatus();
}

void RelayMatrixPage::onVariantFinished(const RelayOutcome &outcome)
{
    if (isAccepted(outcome.stage))
        ++m_accepted;
    else if (outcome.stage == RelayStage::RejectedAtMail
             || outcome.stage == RelayStage::RejectedAtRcpt
             || outcome.stage == RelayStage::RefusedAfterData)
        ++m_refused;
    updateStatus();
}

void RelayMatrixPage::onFinished()
{
    if (m_finished || !m_test)
        return;
    m_finished = true;
    m_model->flush();
    state()->setMatrixResult(m_test->result(), m_cancelled);
    if (!m_cancelled)
        m_progress->setValue(m_progress->maximum());
    m_cancel->setEnabled(false);
    updateStatus();
    Q_EMIT completeChanged();
}

void RelayMatrixPage::updateStatus()
{
    QString text;
    if (!m_test) {
        text.clear();
    } else if (m_finished && m_cancelled) {
        text = tr("Cancelled after %n variant(s). The results show what was tried.", nullptr,
                  m_done);
    } else if (m_finished) {
        text = tr("Finished. Next shows the verdict and every variant's outcome.");
    } else if (m_total == 0) {
        text = tr("Connecting…");
    } else {
        //: %1 variants done, %2 of all variants; accepted and refused counts follow.
        text = tr("Variant %1 of %2").arg(m_done).arg(m_total) + QStringLiteral(" · ")
            + tr("%n accepted", nullptr, m_accepted) + QStringLiteral(" · ")
            + tr("%n refused", nullptr, m_refused);
    }
    m_status->setText(text);
}

void RelayMatrixPage::retranslateUi()
{
    setTitle(tr("Every relay trick"));
    setSubTitle(tr("mxscope now tries every known way of asking a server to relay."));
    m_intro->setText(
        tr("Each variant writes the sender or the recipient in another form that some servers "
           "mistake for local mail: percent hacks, bang paths, quoted addresses, address "
           "literals and more. Variants share connections, with RSET between them."));
    m_cancel->setText(tr("&Cancel test"));
    updateStatus();
}

} // namespace mxscope

// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "wizard/RelayStepByStepPage.h"

#include "transcript/TranscriptColours.h"
#include "transcript/TranscriptModel.h"
#include "transcript/TranscriptView.h"
#include "wizard/ManualRelayRunner.h"
#include "wizard/ManualStepText.h"
#include "wizard/RelayWizard.h"
#include "wizard/RelayWizardState.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace mxscope {

using Status = ManualRelayStep::Status;

namespace {

QLabel *makeValueLabel(const QString &objectName, bool monospace, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText); // server text is attacker-controlled: never markup
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    if (monospace)
        label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return label;
}

TranscriptColours::Tone toneOf(const SmtpReply &reply)
{
    switch (reply.codeClass()) {
    case 2:
        return TranscriptColours::Tone::Positive;
    case 3:
        return TranscriptColours::Tone::Intermediate;
    case 4:
        return TranscriptColours::Tone::TransientFailure;
    default:
        return TranscriptColours::Tone::PermanentFailure;
    }
}

} // namespace

RelayStepByStepPage::RelayStepByStepPage(RelayWizardState *state, QWidget *parent)
    : RelayWizardPage(state, parent)
    , m_intro(new QLabel(this))
    , m_steps(new QTreeWidget(this))
    , m_detailBox(new QGroupBox(this))
    , m_commandCaption(new QLabel(m_detailBox))
    , m_command(makeValueLabel(QStringLiteral("stepCommandLabel"), true, m_detailBox))
    , m_replyCaption(new QLabel(m_detailBox))
    , m_reply(makeValueLabel(QStringLiteral("stepReplyLabel"), true, m_detailBox))
    , m_explanationCaption(new QLabel(m_detailBox))
    , m_explanation(makeValueLabel(QStringLiteral("stepExplanationLabel"), false, m_detailBox))
    , m_sendNext(new QPushButton(this))
    , m_runAll(new QPushButton(this))
    , m_restart(new QPushButton(this))
    , m_outcome(makeHintLabel(QStringLiteral("stepOutcomeLabel"), this))
    , m_model(new TranscriptModel(this))
    , m_transcript(new TranscriptView(this))
{
    setObjectName(QStringLiteral("stepByStepPage"));
    m_intro->setWordWrap(true);
    m_steps->setObjectName(QStringLiteral("stepsTree"));
    m_steps->setColumnCount(ColumnCount);
    m_steps->setRootIsDecorated(false);
    m_steps->setUniformRowHeights(true);
    m_steps->setAllColumnsShowFocus(true);
    m_steps->header()->setStretchLastSection(true);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    QPixmap blank(iconSize, iconSize);
    blank.fill(Qt::transparent);
    m_blankIcon = QIcon(blank);
    m_sendNext->setObjectName(QStringLiteral("sendNextButton"));
    m_runAll->setObjectName(QStringLiteral("runAllStepsButton"));
    m_restart->setObjectName(QStringLiteral("restartStepsButton"));
    m_transcript->setObjectName(QStringLiteral("stepTranscriptView"));
    m_transcript->setTranscriptModel(m_model);
    QFont bold = m_outcome->font();
    bold.setBold(true);
    m_outcome->setFont(bold);

    // Top to bottom: the steps, the chosen step explained, the live transcript. Stacked, so
    // each gets the full width that commands, replies and explanations need.
    auto *details = new QFormLayout(m_detailBox);
    details->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    details->addRow(m_commandCaption, m_command);
    details->addRow(m_replyCaption, m_reply);
    details->addRow(m_explanationCaption, m_explanation);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_steps);
    splitter->addWidget(m_detailBox);
    splitter->addWidget(m_transcript);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 2);
    splitter->setChildrenCollapsible(false);
    // Room for a four-line explanation from the start; the steps list fits a dozen rows.
    splitter->setSizes({220, 170, 130});

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_sendNext);
    buttons->addWidget(m_runAll);
    buttons->addWidget(m_restart);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(buttons);
    layout->addWidget(m_outcome);
    layout->addWidget(splitter, 1);

    connect(m_sendNext, &QPushButton::clicked, this, [this] {
        if (m_runner)
            m_runner->sendNext();
    });
    connect(m_runAll, &QPushButton::clicked, this, [this] {
        if (m_runner)
            m_runner->runAll();
    });
    connect(m_restart, &QPushButton::clicked, this, &RelayStepByStepPage::restart);
    connect(m_steps, &QTreeWidget::currentItemChanged, this, &RelayStepByStepPage::showDetails);
    retranslateUi();
}

RelayStepByStepPage::~RelayStepByStepPage()
{
    stopActivity();
}

ManualRelayRunner *RelayStepByStepPage::runner() const
{
    return m_runner;
}

void RelayStepByStepPage::initializePage()
{
    restart();
    retranslateUi(); // the subtitle names the target
    QTimer::singleShot(0, this, &RelayStepByStepPage::fitColumns); // once the page has its size
}

void RelayStepByStepPage::cleanupPage()
{
    stopActivity();
}

bool RelayStepByStepPage::validatePage()
{
    // Moving on mid-conversation: drop the connection rather than leave it hanging.
    if (m_runner && !m_runner->isFinished())
        m_runner->cancel();
    return true;
}

int RelayStepByStepPage::nextId() const
{
    return RelayWizard::MatrixPage;
}

void RelayStepByStepPage::stopActivity()
{
    if (!m_runner)
        return;
    m_runner->disconnect(this);
    m_runner->cancel();
    m_runner->deleteLater();
    m_runner = nullptr;
}

void RelayStepByStepPage::restart()
{
    stopActivity();
    m_model->clear();
    m_runner = new ManualRelayRunner(state()->plan(), this);
    TranscriptModel *model = m_model;
    connect(m_runner, &ManualRelayRunner::transcriptEntry, model,
            [model](const TranscriptEntry &entry) { model->append(entry); });
    connect(m_runner, &ManualRelayRunner::stepChanged, this, &RelayStepByStepPage::onStepChanged);
    connect(m_runner, &ManualRelayRunner::progressed, this, &RelayStepByStepPage::updateControls);
    connect(m_runner, &ManualRelayRunner::finished, m_model, &TranscriptModel::flush);
    refreshItems();
    m_steps->setCurrentItem(m_steps->topLevelItem(0));
    updateControls();
}

void RelayStepByStepPage::onStepChanged(int index)
{
    if (!m_runner)
        return;
    if (m_steps->topLevelItemCount() != m_runner->steps().size()) {
        refreshItems(); // a step was added (HELO after a refused EHLO)
    } else {
        refreshItem(index);
        fitColumns();
    }
    // Follow the conversation: the step that just got its answer is the one to read.
    const ManualRelayStep &step = m_runner->steps().at(index);
    if (step.status == Status::Done || step.status == Status::Failed
        || step.status == Status::Running)
        m_steps->setCurrentItem(m_steps->topLevelItem(index));
    if (m_steps->currentItem() == m_steps->topLevelItem(index))
        showDetails();
}

void RelayStepByStepPage::refreshItems()
{
    m_steps->clear();
    if (!m_runner)
        return;
    for (int i = 0; i < m_runner->steps().size(); ++i) {
        m_steps->addTopLevelItem(new QTreeWidgetItem);
        refreshItem(i);
    }
    fitColumns();
}

void RelayStepByStepPage::fitColumns()
{
    // Titles and commands in full where they fit; the reply takes the rest.
    const int most = std::max(160, m_steps->viewport()->width() * 2 / 5);
    for (const int column : {int(StepColumn), int(CommandColumn)}) {
        m_steps->resizeColumnToContents(column);
        m_steps->setColumnWidth(column, std::min(m_steps->columnWidth(column), most));
    }
}

void RelayStepByStepPage::refreshItem(int index)
{
    QTreeWidgetItem *item = m_steps->topLevelItem(index);
    if (!item || !m_runner)
        return;
    const ManualRelayStep &step = m_runner->steps().at(index);
    const QPalette palette = m_steps->palette();
    item->setText(StepColumn, tr("%1. %2").arg(index + 1).arg(ManualStepText::title(step.kind)));
    item->setText(CommandColumn, ManualStepText::command(step, state()->plan()));
    item->setText(ReplyColumn, ManualStepText::replyCell(step));
    const bool skipped = step.status == Status::Skipped;
    const QBrush muted = palette.brush(QPalette::Disabled, QPalette::Text);
    for (int column = 0; column < ColumnCount; ++column)
        item->setForeground(column, skipped ? muted : palette.brush(QPalette::Text));
    if (step.reply && step.status == Status::Done && step.note == ManualRelayStep::Note::None) {
        const auto colours = TranscriptColours::forPalette(palette);
        item->setForeground(ReplyColumn, colours.colour(toneOf(*step.reply)));
    }
    QIcon icon = m_blankIcon; // keeps every title at the same indent
    if (step.status == Status::Done)
        icon = style()->standardIcon(step.reply && step.reply->codeClass() >= 4
                                         ? QStyle::SP_MessageBoxWarning
                                         : QStyle::SP_DialogApplyButton);
    else if (step.status == Status::Failed)
        icon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    else if (step.status == Status::Running || index == m_runner->nextStep())
        icon = style()->standardIcon(QStyle::SP_ArrowRight);
    item->setIcon(StepColumn, icon);
    item->setToolTip(ReplyColumn, QString()); // no rich-text guessing on server text
}

void RelayStepByStepPage::showDetails()
{
    const int index = m_steps->indexOfTopLevelItem(m_steps->currentItem());
    if (!m_runner || index < 0 || index >= m_runner->steps().size()) {
        m_command->clear();
        m_reply->clear();
        m_explanation->clear();
        return;
    }
    const ManualRelayStep &step = m_runner->steps().at(index);
    m_detailBox->setTitle(tr("Step %1: %2").arg(index + 1).arg(ManualStepText::title(step.kind)));
    m_command->setText(ManualStepText::command(step, state()->plan()));
    m_reply->setText(step.reply ? ManualStepText::fullReply(*step.reply)
                                : ManualStepText::replyCell(step));
    m_explanation->setText(ManualStepText::explanation(step));
}

void RelayStepByStepPage::updateControls()
{
    const bool busy = m_runner && m_runner->isBusy();
    const bool more = m_runner && m_runner->nextStep() >= 0;
    m_sendNext->setEnabled(more && !busy && !m_runner->isRunningAll());
    m_runAll->setEnabled(more && !m_runner->isRunningAll());
    m_restart->setEnabled(m_runner && m_runner->isFinished());
    if (m_runner) {
        const int next = m_runner->nextStep();
        m_sendNext->setToolTip(
            next < 0 ? QString()
                     : ManualStepText::command(m_runner->steps().at(next), state()->plan()));
        for (int i = 0; i < m_steps->topLevelItemCount(); ++i)
            refreshItem(i); // moves the "next" arrow
        QString outcome = ManualStepText::conclusion(*m_runner, state()->plan());
        if (m_runner->isFinished())
            outcome
                = joinSentences(outcome, tr("Next runs every known relay trick automatically."));
        const bool relay
            = ManualStepText::conclusionIsRelay(m_runner->conclusion(), state()->plan());
        setHint(m_outcome, outcome, relay);
    }
}

void RelayStepByStepPage::retranslateUi()
{
    setTitle(tr("The manual test, step by step"));
    setSubTitle(tr("What you would type after \"telnet %1 %2\", one command at a time.")
                    .arg(state()->plan().target.host)
                    .arg(state()->plan().target.port));
    m_intro->setText(tr("Each step shows the exact command, the server's reply and what the "
                        "reply means. The answer to RCPT TO decides whether the server relays."));
    m_steps->setHeaderLabels({tr("Step"), tr("Command sent"), tr("Server reply")});
    m_commandCaption->setText(tr("Command sent:"));
    m_replyCaption->setText(tr("Server reply:"));
    m_explanationCaption->setText(tr("What it means:"));
    m_sendNext->setText(tr("&Send next command"));
    m_runAll->setText(tr("&Run all steps"));
    m_restart->setText(tr("Start &over"));
    m_detailBox->setTitle(tr("Step"));
    for (int i = 0; i < m_steps->topLevelItemCount(); ++i)
        refreshItem(i);
    fitColumns();
    showDetails();
    updateControls();
}

} // namespace mxscope

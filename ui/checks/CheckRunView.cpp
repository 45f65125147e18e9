// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "checks/CheckRunView.h"

#include "checks/CheckResultPanel.h"

#include <QEvent>
#include <QHeaderView>
#include <QProgressBar>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mxscope {

CheckRunView::CheckRunView(QWidget *parent)
    : QWidget(parent)
    , m_list(new QTreeWidget(this))
    , m_panel(new CheckResultPanel(this))
{
    m_list->setObjectName(QStringLiteral("checkRunList"));
    m_panel->setObjectName(QStringLiteral("checkResultPanel"));
    m_list->setColumnCount(ColumnCount);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(TitleColumn, 110);
    m_list->setColumnWidth(StateColumn, 75);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_panel);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({300, 680});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &CheckRunView::showSelected);
    connect(m_panel, &CheckResultPanel::evidenceRequested, this, &CheckRunView::evidenceRequested);
    retranslateUi();
}

void CheckRunView::showRecord(const RunRecord &record)
{
    m_outcomes = record.checks;
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (int i = 0; i < m_outcomes.size(); ++i) {
        auto *item = new QTreeWidgetItem(m_list);
        auto *bar = new QProgressBar(m_list);
        bar->setRange(0, 1);
        bar->setTextVisible(true);
        bar->setMaximumHeight(m_list->fontMetrics().height() + 4);
        m_list->setItemWidget(item, ProgressColumn, bar);
        updateItem(i);
    }
    if (!m_outcomes.isEmpty())
        m_list->setCurrentItem(m_list->topLevelItem(0));
    showSelected();
}

void CheckRunView::setProgress(int index, int done, int total, const QString &step)
{
    QTreeWidgetItem *item = m_list->topLevelItem(index);
    if (!item)
        return;
    if (auto *bar = qobject_cast<QProgressBar *>(m_list->itemWidget(item, ProgressColumn))) {
        bar->setRange(0, std::max(1, total));
        bar->setValue(std::min(done, std::max(1, total)));
    }
    item->setToolTip(ProgressColumn, step.toHtmlEscaped());
    if (m_outcomes.value(index).status == CheckStatus::NotRun) {
        m_outcomes[index].status = CheckStatus::Running;
        updateItem(index);
    }
}

void CheckRunView::setOutcome(int index, const CheckOutcome &outcome)
{
    if (index < 0 || index >= m_outcomes.size())
        return;
    m_outcomes[index] = outcome;
    updateItem(index);
    if (m_list->currentItem() == m_list->topLevelItem(index))
        showSelected();
}

void CheckRunView::selectCheck(int index)
{
    if (QTreeWidgetItem *item = m_list->topLevelItem(index))
        m_list->setCurrentItem(item);
}

int CheckRunView::checkCount() const
{
    return int(m_outcomes.size());
}

void CheckRunView::updateItem(int index)
{
    QTreeWidgetItem *item = m_list->topLevelItem(index);
    if (!item)
        return;
    const CheckOutcome &outcome = m_outcomes.at(index);
    item->setText(TitleColumn, outcome.title.isEmpty() ? outcome.checkId : outcome.title);
    item->setText(StateColumn, CheckResultPanel::statusName(outcome.status));
    const bool done
        = outcome.status != CheckStatus::NotRun && outcome.status != CheckStatus::Running;
    if (auto *bar = qobject_cast<QProgressBar *>(m_list->itemWidget(item, ProgressColumn))) {
        if (done)
            bar->setValue(bar->maximum());
        else if (outcome.status == CheckStatus::Running && bar->value() < 0)
            bar->setValue(0);
    }
}

void CheckRunView::showSelected()
{
    const int index = m_list->indexOfTopLevelItem(m_list->currentItem());
    m_panel->setVisible(index >= 0);
    if (index >= 0)
        m_panel->setOutcome(m_outcomes.at(index));
}

void CheckRunView::retranslateUi()
{
    m_list->setHeaderLabels({tr("Check"), tr("State"), tr("Progress")});
    for (int i = 0; i < m_outcomes.size(); ++i)
        updateItem(i);
}

void CheckRunView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

} // namespace mxscope

// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "workbench/WorkbenchSidebar.h"

#include "workbench/RunHistoryModel.h"
#include "workbench/TargetListPanel.h"

#include <QEvent>
#include <QGroupBox>
#include <QHeaderView>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace mxscope {

WorkbenchSidebar::WorkbenchSidebar(QSettings *settings, RunHistoryModel *history, QWidget *parent)
    : QWidget(parent)
    , m_targets(new TargetListPanel(settings, this))
    , m_history(history)
    , m_historyView(new QTableView(this))
    , m_targetsBox(new QGroupBox(this))
    , m_historyBox(new QGroupBox(this))
{
    m_targetsBox->setObjectName(QStringLiteral("targetsBox"));
    m_historyBox->setObjectName(QStringLiteral("historyBox"));
    m_historyView->setObjectName(QStringLiteral("runHistoryView"));
    m_historyView->setModel(history);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->setWordWrap(false);
    m_historyView->setShowGrid(false);
    m_historyView->setAlternatingRowColors(true);
    m_historyView->verticalHeader()->hide();
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    m_historyView->horizontalHeader()->setHighlightSections(false);

    auto *targetsLayout = new QVBoxLayout(m_targetsBox);
    targetsLayout->setContentsMargins(6, 6, 6, 6);
    targetsLayout->addWidget(m_targets);
    auto *historyLayout = new QVBoxLayout(m_historyBox);
    historyLayout->setContentsMargins(6, 6, 6, 6);
    historyLayout->addWidget(m_historyView);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_targetsBox);
    splitter->addWidget(m_historyBox);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_historyView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    Q_EMIT runSelected(m_history->idAt(current.row()));
            });
    // The model resets when it refilters: the selection model then forgets the row.
    connect(history, &QAbstractItemModel::modelReset, this,
            [this] { m_historyView->resizeColumnToContents(RunHistoryModel::TimeColumn); });
    retranslateUi();
}

QString WorkbenchSidebar::selectedRunId() const
{
    const QModelIndex current = m_historyView->currentIndex();
    return current.isValid() ? m_history->idAt(current.row()) : QString();
}

void WorkbenchSidebar::selectRun(const QString &id)
{
    const int row = m_history->rowOf(id);
    if (row >= 0)
        m_historyView->selectRow(row);
}

void WorkbenchSidebar::retranslateUi()
{
    m_targetsBox->setTitle(tr("Targets"));
    m_historyBox->setTitle(tr("Run history"));
    m_history->retranslate();
}

void WorkbenchSidebar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

} // namespace mxscope

// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "checks/CheckResultPanel.h"

#include "charts/ChartDataView.h"
#include "checks/ResultTableModel.h"
#include "findings/FindingsView.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace mxscope {

CheckResultPanel::CheckResultPanel(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_findings(new FindingsView(this))
{
    m_summary->setObjectName(QStringLiteral("checkSummaryLabel"));
    m_summary->setTextFormat(Qt::PlainText); // errors quote server replies
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tabs->setObjectName(QStringLiteral("checkResultTabs"));
    m_tabs->setDocumentMode(true);
    m_findings->setObjectName(QStringLiteral("checkFindingsView"));
    m_findings->setColumnHidden(FindingsView::CheckColumn, true); // one check: it says which
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    connect(m_findings, &FindingsView::evidenceRequested, this,
            &CheckResultPanel::evidenceRequested);
}

QString CheckResultPanel::statusName(CheckStatus status)
{
    switch (status) {
    case CheckStatus::NotRun:
        return tr("waiting");
    case CheckStatus::Running:
        return tr("running");
    case CheckStatus::Completed:
        return tr("completed");
    case CheckStatus::Failed:
        return tr("failed");
    case CheckStatus::Cancelled:
        return tr("cancelled");
    case CheckStatus::Refused:
        return tr("not started");
    }
    return {};
}

void CheckResultPanel::setOutcome(const CheckOutcome &outcome)
{
    const bool structureChanged = outcome.tables.size() != m_outcome.tables.size()
        || outcome.charts.size() != m_outcome.charts.size() || outcome.checkId != m_outcome.checkId
        || outcome.status != m_outcome.status;
    m_outcome = outcome;
    const QString title = outcome.title.isEmpty() ? outcome.checkId : outcome.title;
    QString text = tr("%1 — %2").arg(title, statusName(outcome.status));
    if (!outcome.summary.isEmpty())
        text += QLatin1Char('\n') + outcome.summary;
    if (!outcome.error.isEmpty())
        text += QLatin1Char('\n') + outcome.error;
    m_summary->setText(text);
    m_findings->setFindings(outcome.findings);
    if (structureChanged || m_tabs->count() == 0)
        rebuildTabs();
}

void CheckResultPanel::rebuildTabs()
{
    while (m_tabs->count() > 0) {
        QWidget *page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        if (page != m_findings)
            page->deleteLater();
    }
    m_tabs->addTab(m_findings, tr("Findings (%1)").arg(m_outcome.findings.size()));
    for (const ResultTable &table : std::as_const(m_outcome.tables)) {
        auto *view = new QTableView(m_tabs);
        view->setObjectName(QStringLiteral("resultTable_") + table.id);
        view->setModel(new ResultTableModel(table, view));
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setAlternatingRowColors(true);
        view->setWordWrap(false);
        view->verticalHeader()->hide();
        view->horizontalHeader()->setStretchLastSection(true);
        view->resizeColumnsToContents();
        connect(view, &QTableView::activated, this, [this](const QModelIndex &index) {
            const qlonglong evidence = index.data(ResultTableModel::EvidenceRole).toLongLong();
            if (evidence >= 0)
                Q_EMIT evidenceRequested({qsizetype(evidence)});
        });
        m_tabs->addTab(view, table.title.isEmpty() ? table.id : table.title);
    }
    if (!m_outcome.charts.isEmpty()) {
        auto *area = new QScrollArea(m_tabs);
        area->setObjectName(QStringLiteral("checkChartsArea"));
        area->setWidgetResizable(true);
        area->setFrameShape(QFrame::NoFrame);
        auto *page = new QWidget(area);
        auto *grid = new QGridLayout(page);
        for (int i = 0; i < m_outcome.charts.size(); ++i)
            grid->addWidget(new ChartDataView(m_outcome.charts.at(i), page), i / 2, i % 2);
        area->setWidget(page);
        m_tabs->addTab(area, tr("Charts (%1)").arg(m_outcome.charts.size()));
    }
}

} // namespace mxscope

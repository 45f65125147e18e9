// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "enumeration/EnumerationResultsView.h"

#include "enumeration/EnumerationFilterProxy.h"
#include "enumeration/EnumerationResultsModel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace mxscope {

namespace {

constexpr ProbeVerdict filterVerdicts[]
    = {ProbeVerdict::Exists, ProbeVerdict::Absent, ProbeVerdict::Unknown};

} // namespace

EnumerationResultsView::EnumerationResultsView(EnumerationResultsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new EnumerationFilterProxy(this))
    , m_filter(new QLineEdit(this))
    , m_verdictFilter(new QComboBox(this))
    , m_export(new QPushButton(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("enumerationResultsView"));
    m_filter->setObjectName(QStringLiteral("filterLineEdit"));
    m_filter->setClearButtonEnabled(true);
    m_verdictFilter->setObjectName(QStringLiteral("verdictFilterComboBox"));
    m_verdictFilter->addItem(QString(), -1);
    for (const ProbeVerdict verdict : filterVerdicts)
        m_verdictFilter->addItem(QString(), int(verdict));
    m_export->setObjectName(QStringLiteral("exportCsvButton"));
    m_export->setEnabled(false);
    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("resultsTable"));
    m_table->setModel(m_proxy);
    // Rows stay in order of reply until the user clicks a header.
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    connect(header, &QHeaderView::sortIndicatorChanged, m_proxy,
            [this](int column, Qt::SortOrder order) { m_proxy->sort(column, order); });
    header->setSectionResizeMode(EnumerationResultsModel::ReplyColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_verdictFilter);
    filterRow->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &EnumerationFilterProxy::setFilterFixedString);
    connect(m_verdictFilter, &QComboBox::currentIndexChanged, this,
            &EnumerationResultsView::applyVerdictFilter);
    connect(m_export, &QPushButton::clicked, this, &EnumerationResultsView::exportRequested);
    connect(m_model, &EnumerationResultsModel::rowsFlushed, this,
            &EnumerationResultsView::updateExportButton);
    connect(m_model, &EnumerationResultsModel::modelReset, this,
            &EnumerationResultsView::updateExportButton);
    retranslateUi();
}

void EnumerationResultsView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void EnumerationResultsView::retranslateUi()
{
    m_filter->setPlaceholderText(tr("Filter by name or reply"));
    m_verdictFilter->setItemText(0, tr("All verdicts"));
    for (int i = 0; i < 3; ++i)
        m_verdictFilter->setItemText(i + 1,
                                     EnumerationResultsModel::verdictText(filterVerdicts[i]));
    m_export->setText(tr("&Export CSV…"));
    m_model->retranslate();
}

void EnumerationResultsView::applyVerdictFilter()
{
    const int data = m_verdictFilter->currentData().toInt();
    m_proxy->setVerdictFilter(data < 0 ? std::nullopt : std::optional(ProbeVerdict(data)));
}

void EnumerationResultsView::updateExportButton()
{
    m_export->setEnabled(m_model->rowCount() > 0);
}

} // namespace mxscope

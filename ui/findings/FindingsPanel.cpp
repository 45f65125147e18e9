// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "findings/FindingsPanel.h"

#include "findings/FindingsView.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace mxscope {

FindingsPanel::FindingsPanel(QWidget *parent)
    : QWidget(parent)
    , m_filterLabel(new QLabel(this))
    , m_filter(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_evidence(new QPushButton(this))
    , m_view(new FindingsView(this))
{
    m_view->setObjectName(QStringLiteral("findingsView"));
    m_filter->setObjectName(QStringLiteral("severityFilterComboBox"));
    m_evidence->setObjectName(QStringLiteral("showEvidenceButton"));
    m_count->setObjectName(QStringLiteral("findingsCountLabel"));
    m_filterLabel->setBuddy(m_filter);
    for (const Severity severity :
         {Severity::Info, Severity::Low, Severity::Medium, Severity::High, Severity::Critical})
        m_filter->addItem(QString(), int(severity));

    auto *row = new QHBoxLayout;
    row->addWidget(m_filterLabel);
    row->addWidget(m_filter);
    row->addWidget(m_count, 1);
    row->addWidget(m_evidence);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        m_view->setMinimumSeverity(Severity(m_filter->currentData().toInt()));
        updateCount();
    });
    connect(m_evidence, &QPushButton::clicked, m_view, [this] {
        if (const Finding *finding = m_view->currentFinding())
            Q_EMIT m_view->evidenceRequested(finding->evidence);
    });
    connect(m_view, &FindingsView::currentFindingChanged, this, [this] {
        const Finding *finding = m_view->currentFinding();
        m_evidence->setEnabled(finding && !finding->evidence.isEmpty());
    });
    m_evidence->setEnabled(false);
    retranslateUi();
}

void FindingsPanel::updateCount()
{
    const int total = m_view->topLevelItemCount();
    const int shown = m_view->visibleCount();
    m_count->setText(shown == total ? tr("%n finding(s)", nullptr, total)
                                    : tr("%1 of %n finding(s) shown", nullptr, total).arg(shown));
}

void FindingsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void FindingsPanel::retranslateUi()
{
    m_filterLabel->setText(tr("&Show:"));
    m_filter->setItemText(0, tr("All severities"));
    m_filter->setItemText(1, tr("Low and above"));
    m_filter->setItemText(2, tr("Medium and above"));
    m_filter->setItemText(3, tr("High and above"));
    m_filter->setItemText(4, tr("Critical only"));
    m_evidence->setText(tr("Show &evidence"));
    m_evidence->setToolTip(tr("Select the transcript lines that prove this finding"));
    updateCount();
}

} // namespace mxscope

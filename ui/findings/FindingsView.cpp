// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "findings/FindingsView.h"

#include "common/AlarmColour.h"

#include <QEvent>
#include <QHeaderView>

#include <algorithm>

namespace mxscope {

FindingsView::FindingsView(QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(ColumnCount);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAllColumnsShowFocus(true);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(SeverityColumn, QHeaderView::ResizeToContents);
    setColumnWidth(TitleColumn, 320);
    connect(this, &QTreeWidget::currentItemChanged, this, &FindingsView::currentFindingChanged);
    retranslateUi();
}

void FindingsView::setFindings(const QList<Finding> &findings)
{
    m_findings = findings;
    // Worst first; equal severities keep the order the check reported them in.
    std::stable_sort(m_findings.begin(), m_findings.end(),
                     [](const Finding &a, const Finding &b) { return a.severity > b.severity; });
    fill();
}

const Finding *FindingsView::currentFinding() const
{
    QTreeWidgetItem *item = currentItem();
    if (!item)
        return nullptr;
    const int index = indexOfTopLevelItem(item);
    return index >= 0 && index < m_findings.size() ? &m_findings.at(index) : nullptr;
}

QString FindingsView::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return tr("Info");
    case Severity::Low:
        return tr("Low");
    case Severity::Medium:
        return tr("Medium");
    case Severity::High:
        return tr("High");
    case Severity::Critical:
        return tr("Critical");
    }
    return {};
}

void FindingsView::retranslateUi()
{
    setHeaderLabels({tr("Severity"), tr("Finding"), tr("Detail")});
    for (int i = 0; i < topLevelItemCount() && i < m_findings.size(); ++i)
        topLevelItem(i)->setText(SeverityColumn, severityName(m_findings.at(i).severity));
}

void FindingsView::changeEvent(QEvent *event)
{
    QTreeWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        fill();
}

void FindingsView::fill()
{
    const int current = currentItem() ? indexOfTopLevelItem(currentItem()) : -1;
    clear();
    QList<QTreeWidgetItem *> items;
    for (const Finding &finding : std::as_const(m_findings)) {
        // Items show plain text; the tooltip is escaped because tooltips guess at markup.
        auto *item = new QTreeWidgetItem;
        item->setText(SeverityColumn, severityName(finding.severity));
        item->setText(TitleColumn, finding.title);
        item->setText(DetailColumn, finding.detail);
        item->setData(SeverityColumn, IdRole, finding.id);
        item->setForeground(SeverityColumn, severityColour(finding.severity));
        if (finding.severity >= Severity::High) {
            QFont bold = font();
            bold.setBold(true);
            item->setFont(SeverityColumn, bold);
        }
        const QString tip = QStringLiteral("<p style='white-space:pre-wrap'><b>%1</b><br/>%2</p>")
                                .arg(finding.title.toHtmlEscaped(), finding.detail.toHtmlEscaped());
        item->setToolTip(TitleColumn, tip);
        item->setToolTip(DetailColumn, tip);
        items.append(item);
    }
    addTopLevelItems(items);
    if (current >= 0 && current < items.size())
        setCurrentItem(items.at(current));
}

QColor FindingsView::severityColour(Severity severity) const
{
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    switch (severity) {
    case Severity::Info:
        return palette().color(QPalette::Text);
    case Severity::Low:
        return dark ? QColor(0x79, 0xb8, 0xff) : QColor(0x0b, 0x57, 0xd0);
    case Severity::Medium:
        return dark ? QColor(0xe3, 0xb3, 0x41) : QColor(0x95, 0x58, 0x00);
    case Severity::High:
        return alarmColour(dark);
    case Severity::Critical:
        return dark ? QColor(0xff, 0x5c, 0x8a) : QColor(0x9e, 0x00, 0x3a);
    }
    return palette().color(QPalette::Text);
}

} // namespace mxscope

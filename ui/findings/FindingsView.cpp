// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "findings/FindingsView.h"

#include "common/AlarmColour.h"

#include <QEvent>
#include <QHeaderView>

#include <algorithm>

namespace mxscope {

namespace {

// Sorts the severity column by rank rather than by its translated name.
class FindingItem : public QTreeWidgetItem
{
public:
    bool operator<(const QTreeWidgetItem &other) const override
    {
        const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
        if (column == FindingsView::SeverityColumn) {
            const int mine = data(0, FindingsView::RankRole).toInt();
            const int theirs = other.data(0, FindingsView::RankRole).toInt();
            if (mine != theirs)
                return mine < theirs;
            // Equal severities keep the order the checks reported them in (reversed
            // comparison: the column sorts descending).
            return data(0, FindingsView::IndexRole).toInt()
                > other.data(0, FindingsView::IndexRole).toInt();
        }
        return QTreeWidgetItem::operator<(other);
    }
};

} // namespace

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
    header()->moveSection(CheckColumn, 1); // severity, check, finding, detail
    setColumnWidth(CheckColumn, 130);
    setColumnWidth(TitleColumn, 300);
    setSortingEnabled(true);
    sortByColumn(SeverityColumn, Qt::DescendingOrder); // worst first
    connect(this, &QTreeWidget::currentItemChanged, this, &FindingsView::currentFindingChanged);
    connect(this, &QTreeWidget::itemActivated, this, [this] {
        if (const Finding *finding = currentFinding())
            Q_EMIT evidenceRequested(finding->evidence);
    });
    retranslateUi();
}

void FindingsView::setFindings(const QList<Finding> &findings, const QStringList &checkTitles)
{
    m_findings = findings;
    m_checkTitles = checkTitles;
    fill();
}

void FindingsView::appendFinding(const Finding &finding, const QString &checkTitle)
{
    while (m_checkTitles.size() < m_findings.size())
        m_checkTitles.append(QString());
    m_findings.append(finding);
    m_checkTitles.append(checkTitle);
    QTreeWidgetItem *item = makeItem(int(m_findings.size()) - 1);
    addTopLevelItem(item);
    item->setHidden(finding.severity < m_minimum);
}

void FindingsView::setMinimumSeverity(Severity severity)
{
    m_minimum = severity;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = topLevelItem(i);
        item->setHidden(item->data(0, RankRole).toInt() < int(severity));
    }
}

int FindingsView::visibleCount() const
{
    int count = 0;
    for (int i = 0; i < topLevelItemCount(); ++i)
        count += topLevelItem(i)->isHidden() ? 0 : 1;
    return count;
}

const Finding *FindingsView::currentFinding() const
{
    QTreeWidgetItem *item = currentItem();
    if (!item)
        return nullptr;
    const int index = item->data(0, IndexRole).toInt();
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
    setHeaderLabels({tr("Severity"), tr("Finding"), tr("Detail"), tr("Check")});
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = topLevelItem(i);
        item->setText(SeverityColumn, severityName(Severity(item->data(0, RankRole).toInt())));
    }
}

void FindingsView::changeEvent(QEvent *event)
{
    QTreeWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        fill();
}

QTreeWidgetItem *FindingsView::makeItem(int index) const
{
    const Finding &finding = m_findings.at(index);
    // Items show plain text; the tooltip is escaped because tooltips guess at markup.
    auto *item = new FindingItem;
    item->setText(SeverityColumn, severityName(finding.severity));
    item->setText(TitleColumn, finding.title);
    item->setText(DetailColumn, finding.detail);
    item->setText(CheckColumn, m_checkTitles.value(index));
    item->setData(SeverityColumn, IdRole, finding.id);
    item->setData(0, IndexRole, index);
    item->setData(0, RankRole, int(finding.severity));
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
    return item;
}

void FindingsView::fill()
{
    const Finding *current = currentFinding();
    const int currentIndex
        = current ? int(current - m_findings.constData()) : -1; // survives the refill
    clear();
    QList<QTreeWidgetItem *> items;
    for (int i = 0; i < m_findings.size(); ++i)
        items.append(makeItem(i));
    addTopLevelItems(items);
    setMinimumSeverity(m_minimum);
    for (QTreeWidgetItem *item : std::as_const(items)) {
        if (item->data(0, IndexRole).toInt() == currentIndex)
            setCurrentItem(item);
    }
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

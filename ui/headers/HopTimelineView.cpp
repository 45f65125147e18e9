// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "headers/HopTimelineView.h"

#include <QEvent>
#include <QHeaderView>
#include <QPainter>
#include <QStyledItemDelegate>

namespace mxscope {

namespace {

// Draws the delay as a bar scaled to the longest delay of the chain.
class DelayBarDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    qint64 longest = 1;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        const QVariant delay = index.data(HopTimelineView::DelayRole);
        if (delay.isValid() && delay.toLongLong() != 0) {
            const qint64 seconds = delay.toLongLong();
            const QRect area = option.rect.adjusted(2, 3, -2, -3);
            const int width
                = int(std::min<qint64>(area.width(), area.width() * std::abs(seconds) / longest));
            const QRect bar = seconds > 0
                ? QRect(area.left(), area.top(), width, area.height())
                : QRect(area.right() - width, area.top(), width, area.height());
            painter->fillRect(bar,
                              seconds > 0 ? QColor(120, 160, 220, 110) : QColor(220, 80, 80, 130));
        }
        QStyledItemDelegate::paint(painter, option, index);
    }
};

} // namespace

HopTimelineView::HopTimelineView(QWidget *parent)
    : QTableWidget(0, ColumnCount, parent)
{
    setObjectName(QStringLiteral("hopTimeline"));
    setEditTriggers(NoEditTriggers);
    setSelectionBehavior(SelectRows);
    setWordWrap(false);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    setItemDelegateForColumn(DelayColumn, new DelayBarDelegate(this));
    retranslateUi();
}

QString HopTimelineView::describeDelay(const Hop &hop)
{
    if (hop.number == 1)
        return tr("first hop");
    if (!hop.delaySeconds)
        return tr("unknown");
    if (*hop.delaySeconds < 0)
        return tr("%1 s (clock skew)").arg(*hop.delaySeconds);
    return tr("+%1 s").arg(*hop.delaySeconds);
}

void HopTimelineView::setHops(const QList<Hop> &hops)
{
    m_hops = hops;
    fill();
}

void HopTimelineView::fill()
{
    qint64 longest = 1;
    for (const Hop &hop : m_hops) {
        if (hop.delaySeconds)
            longest = std::max(longest, std::abs(*hop.delaySeconds));
    }
    static_cast<DelayBarDelegate *>(itemDelegateForColumn(DelayColumn))->longest = longest;
    setRowCount(int(m_hops.size()));
    for (int row = 0; row < rowCount(); ++row) {
        const Hop &hop = m_hops.at(row);
        const ReceivedField &r = hop.received;
        const QString time = r.time.isValid()
            ? r.time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))
            : (r.dateText.isEmpty() ? tr("no date") : tr("unreadable: %1").arg(r.dateText));
        QString from = r.from;
        if (!r.fromHost.isEmpty() && r.fromHost != r.from)
            from += QStringLiteral(" (") + r.fromHost + QLatin1Char(')');
        if (!r.heloName.isEmpty())
            from += QStringLiteral(" helo=") + r.heloName;
        const QStringList texts = {QString::number(hop.number),
                                   time,
                                   describeDelay(hop),
                                   from,
                                   r.fromAddress,
                                   r.by,
                                   r.with};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            item->setToolTip(r.raw);
            setItem(row, column, item);
        }
        if (hop.delaySeconds)
            item(row, DelayColumn)->setData(DelayRole, QVariant::fromValue(*hop.delaySeconds));
    }
    resizeColumnsToContents();
}

void HopTimelineView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fill();
    }
    QTableWidget::changeEvent(event);
}

void HopTimelineView::retranslateUi()
{
    setHorizontalHeaderLabels(
        {tr("#"), tr("Time"), tr("Delay"), tr("From"), tr("IP address"), tr("By"), tr("With")});
}

} // namespace mxscope

// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "headers/HopTimeline.h"

#include <QTableWidget>

namespace mxscope {

// The Received chain as a table, oldest hop first, with the delay since the previous hop
// drawn as a bar (red and leftwards when the clocks disagree).
class HopTimelineView : public QTableWidget
{
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        TimeColumn,
        DelayColumn,
        FromColumn,
        AddressColumn,
        ByColumn,
        WithColumn,
        ColumnCount
    };
    // The delay in seconds on DelayColumn items (invalid when unknown).
    static constexpr int DelayRole = Qt::UserRole + 1;

    explicit HopTimelineView(QWidget *parent = nullptr);

    void setHops(const QList<Hop> &hops);
    static QString describeDelay(const Hop &hop);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fill();

    QList<Hop> m_hops;
};

} // namespace mxscope

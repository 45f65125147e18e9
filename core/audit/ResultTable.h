// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace mxscope {

// A per-item table a check produces (relay variants, enumeration names, connection ramp,
// DNS records, ...). The GUI shows it, the HTML report prints it and CSV exports it, so a
// check describes its table once. Cell text is display-safe already.
struct ResultTable {
    QString id; // stable, file-name safe: "variants", "names", "ramp"
    QString title; // translated
    QStringList columns; // translated headings
    QList<QStringList> rows; // each row has columns.size() cells
    // Per row, a transcript index that shows the row (-1: none), for evidence links.
    QList<qsizetype> evidence;
};

} // namespace mxscope

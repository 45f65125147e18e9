// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "audit/ResultTable.h"

#include <QAbstractTableModel>

namespace mxscope {

// A check's ResultTable as a read-only model; EvidenceRole gives a row's transcript index.
class ResultTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int EvidenceRole = Qt::UserRole + 1;

    explicit ResultTableModel(const ResultTable &table, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    ResultTable m_table;
};

} // namespace mxscope

// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "checks/ResultTableModel.h"

namespace mxscope {

ResultTableModel::ResultTableModel(const ResultTable &table, QObject *parent)
    : QAbstractTableModel(parent)
    , m_table(table)
{ }

int ResultTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int ResultTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

QVariant ResultTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::DisplayRole)
        return m_table.rows.at(index.row()).value(index.column()); // display-safe already
    if (role == EvidenceRole)
        return qlonglong(m_table.evidence.value(index.row(), -1));
    return {};
}

QVariant ResultTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == Qt::DisplayRole && orientation == Qt::Horizontal)
        return m_table.columns.value(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace mxscope

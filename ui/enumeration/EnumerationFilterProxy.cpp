// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "enumeration/EnumerationFilterProxy.h"

#include "enumeration/EnumerationResultsModel.h"

namespace mxscope {

EnumerationFilterProxy::EnumerationFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(-1); // the text filter matches any column: name, reply, ...
    setSortRole(EnumerationResultsModel::SortRole);
}

void EnumerationFilterProxy::setVerdictFilter(std::optional<ProbeVerdict> verdict)
{
    if (m_verdict == verdict)
        return;
    m_verdict = verdict;
    invalidateRowsFilter();
}

bool EnumerationFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_verdict) {
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        if (index.data(EnumerationResultsModel::VerdictRole).toInt() != int(*m_verdict))
            return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace mxscope

// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "enumeration/ProbeResult.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace mxscope {

// Filters the enumeration table by verdict and by text (name or reply, case-insensitive),
// and sorts latency as a number.
//
//   proxy->setSourceModel(resultsModel);
//   proxy->setVerdictFilter(ProbeVerdict::Exists);
//   proxy->setFilterFixedString(QStringLiteral("ali"));
class EnumerationFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit EnumerationFilterProxy(QObject *parent = nullptr);

    // Nothing: every verdict.
    void setVerdictFilter(std::optional<ProbeVerdict> verdict);
    std::optional<ProbeVerdict> verdictFilter() const { return m_verdict; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<ProbeVerdict> m_verdict;
};

} // namespace mxscope

// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "workbench/RunHistoryModel.h"

#include "audit/RunStore.h"
#include "findings/FindingsView.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace mxscope {

RunSummary RunSummary::of(const RunRecord &record)
{
    RunSummary summary;
    summary.id = record.id;
    summary.target = record.target;
    summary.startedMs = record.startedMs;
    summary.finished = record.isFinished();
    for (const CheckOutcome &check : record.checks) {
        summary.checkTitles.append(check.title.isEmpty() ? check.checkId : check.title);
        for (const Finding &finding : check.findings)
            ++summary.severityCounts[std::size_t(finding.severity)];
    }
    return summary;
}

RunHistoryModel::RunHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void RunHistoryModel::reload(const RunStore &store)
{
    beginResetModel();
    m_all.clear();
    for (const QString &id : store.ids()) {
        QString error;
        // A file that no longer parses is skipped rather than shown half.
        if (const auto record = store.load(id, &error))
            m_all.append(RunSummary::of(*record));
    }
    endResetModel();
    refilter();
}

void RunHistoryModel::setTarget(const std::optional<TargetProfile> &target)
{
    m_target = target;
    refilter();
}

void RunHistoryModel::updateRun(const RunRecord &record, bool running)
{
    if (running)
        m_running.insert(record.id);
    else
        m_running.remove(record.id);
    const RunSummary summary = RunSummary::of(record);
    auto it = std::find_if(m_all.begin(), m_all.end(),
                           [&](const RunSummary &s) { return s.id == record.id; });
    if (it != m_all.end()) {
        *it = summary;
        const int row = rowOf(record.id);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    m_all.prepend(summary);
    std::stable_sort(m_all.begin(), m_all.end(), [](const RunSummary &a, const RunSummary &b) {
        return a.startedMs > b.startedMs;
    });
    refilter();
}

QString RunHistoryModel::idAt(int row) const
{
    const RunSummary *summary = summaryAt(row);
    return summary ? summary->id : QString();
}

int RunHistoryModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_visible.size(); ++row) {
        if (m_all.at(m_visible.at(row)).id == id)
            return row;
    }
    return -1;
}

const RunSummary *RunHistoryModel::summaryAt(int row) const
{
    return row >= 0 && row < m_visible.size() ? &m_all.at(m_visible.at(row)) : nullptr;
}

void RunHistoryModel::refilter()
{
    beginResetModel();
    m_visible.clear();
    for (int i = 0; i < m_all.size(); ++i) {
        if (!m_target || m_target->matches(m_all.at(i).target))
            m_visible.append(i);
    }
    endResetModel();
}

int RunHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int RunHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RunSummary &summary = m_all.at(m_visible.at(index.row()));
    if (role == IdRole)
        return summary.id;
    if (role == Qt::ToolTipRole && index.column() == ChecksColumn)
        return summary.checkTitles.join(QLatin1Char('\n')).toHtmlEscaped();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(summary.startedMs),
                                  QLocale::ShortFormat);
    case ChecksColumn:
        return summary.checkTitles.join(QStringLiteral(", "));
    case FindingsColumn:
        return countsText(summary);
    case StateColumn:
        return stateText(summary);
    }
    return {};
}

QString RunHistoryModel::stateText(const RunSummary &summary) const
{
    if (summary.finished)
        return tr("finished");
    return m_running.contains(summary.id) ? tr("running") : tr("interrupted");
}

QString RunHistoryModel::countsText(const RunSummary &summary)
{
    // Worst first, zeros left out: "1 High, 2 Low".
    QStringList parts;
    for (int s = int(Severity::Critical); s >= int(Severity::Info); --s) {
        const int count = summary.severityCounts[std::size_t(s)];
        if (count > 0)
            parts.append(
                QStringLiteral("%1 %2").arg(count).arg(FindingsView::severityName(Severity(s))));
    }
    return parts.isEmpty() ? tr("none") : parts.join(QStringLiteral(", "));
}

QVariant RunHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Started");
    case ChecksColumn:
        return tr("Checks");
    case FindingsColumn:
        return tr("Findings");
    case StateColumn:
        return tr("State");
    }
    return {};
}

void RunHistoryModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_visible.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace mxscope

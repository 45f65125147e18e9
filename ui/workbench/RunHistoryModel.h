// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "audit/RunRecord.h"
#include "workbench/TargetProfile.h"

#include <QAbstractTableModel>
#include <QSet>

#include <array>
#include <optional>

namespace mxscope {

class RunStore;

// What the history list shows of one saved run, without its transcript.
struct RunSummary {
    QString id;
    RunTarget target;
    qint64 startedMs = 0;
    bool finished = false;
    QStringList checkTitles;
    std::array<int, 5> severityCounts {}; // indexed by Severity

    static RunSummary of(const RunRecord &record);
};

// The run history of the selected target, newest first: when, which checks, findings by
// severity, and whether the run finished. A run that is neither finished nor running here
// was cut short (a crash, a killed process) and shows as interrupted.
class RunHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, ChecksColumn, FindingsColumn, StateColumn, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit RunHistoryModel(QObject *parent = nullptr);

    // Reads every run's summary from store.
    void reload(const RunStore &store);
    // Shows only runs against target (all runs when nothing).
    void setTarget(const std::optional<TargetProfile> &target);
    // A run saved or changed in this process (a live run, a console session).
    void updateRun(const RunRecord &record, bool running);
    QString idAt(int row) const;
    int rowOf(const QString &id) const;
    const RunSummary *summaryAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void retranslate();

private:
    void refilter();
    QString stateText(const RunSummary &summary) const;
    static QString countsText(const RunSummary &summary);

    QList<RunSummary> m_all; // newest first
    QList<int> m_visible; // indexes into m_all
    QSet<QString> m_running;
    std::optional<TargetProfile> m_target;
};

} // namespace mxscope

// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "enumeration/ProbeResult.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QTimer>

namespace mxscope {

// The live table of an enumeration run: name, method, reply, verdict, latency. Probes are
// queued as they arrive and inserted in batches (one beginInsertRows per batch), so a fast
// run over thousands of names does not relayout the view for every reply. Every cell is
// plain text: replies are attacker-controlled.
//
//   connect(run, &EnumerationRun::probeFinished, model, &EnumerationResultsModel::append);
//   model->flush();   // when the run ends: the last rows now, not one interval later
class EnumerationResultsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        MethodColumn,
        ReplyColumn,
        VerdictColumn,
        LatencyColumn,
        ColumnCount
    };
    // The row's ProbeVerdict as an int, for filters.
    static constexpr int VerdictRole = Qt::UserRole + 1;
    // The latency in milliseconds as a number, for sorting.
    static constexpr int SortRole = Qt::UserRole + 2;
    static constexpr int batchIntervalMs = 100;

    explicit EnumerationResultsModel(QObject *parent = nullptr);

    void append(const ProbeResult &probe);
    void flush();
    void clear();
    // The rows shown; pendingCount() more wait for the next batch.
    const QList<ProbeResult> &probes() const { return m_probes; }
    qsizetype pendingCount() const { return m_pending.size(); }
    void retranslate();

    static QString verdictText(ProbeVerdict verdict);
    static QColor verdictColour(ProbeVerdict verdict, bool dark);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // Emitted after each batch reached the table.
    void rowsFlushed();

private:
    QList<ProbeResult> m_probes;
    QList<ProbeResult> m_pending;
    QTimer m_batchTimer;
};

} // namespace mxscope

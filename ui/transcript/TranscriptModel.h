// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "transcript/TranscriptColours.h"
#include "transcript/TranscriptEntry.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimer>

#include <deque>

namespace mxscope {

// The live transcript as a table (time, direction, text) over a bounded store.
// Entries queue up and are inserted in batches, one beginInsertRows() per batch (every
// 50 ms by default; setBatchInterval(0) makes it one batch per event-loop turn), so a fast server
// cannot flood the view; past maxRows the oldest rows go, a tenth of the cap at a time, so removal
// stays rare, and droppedCountChanged() lets the view say how many are no longer shown.
//
//   auto *model = new TranscriptModel(parent);
//   connect(transcript, &Transcript::entryAppended, model,
//           [model](qsizetype, const TranscriptEntry &e) { model->append(e); });
class TranscriptModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, DirectionColumn, TextColumn, ColumnCount };
    enum Role { DirectionRole = Qt::UserRole + 1, EntryIndexRole };

    static constexpr qsizetype DefaultMaxRows = 1'000'000;
    static constexpr int DefaultBatchIntervalMs = 50;

    explicit TranscriptModel(QObject *parent = nullptr, qsizetype maxRows = DefaultMaxRows);

    // Queues entry; it becomes a row at the next batch (or flush()).
    void append(const TranscriptEntry &entry);
    // Inserts everything queued now.
    void flush();
    void clear();
    void setBatchInterval(int ms) { m_batchTimer.setInterval(ms); }
    void setColours(const TranscriptColours &colours);
    // Headers and direction names follow the UI language.
    void retranslate();

    qsizetype maxRows() const { return m_maxRows; }
    qsizetype pendingCount() const { return m_pending.size(); }
    qsizetype droppedCount() const { return m_dropped; }
    const TranscriptEntry &entry(int row) const { return m_rows.at(std::size_t(row)); }
    // Row showing the entryIndex-th appended entry (a transcript index); -1 when it was
    // dropped or is still queued.
    int rowForEntry(qsizetype entryIndex) const;
    static QString directionName(TranscriptDirection direction, bool tls);
    // The next row (after from, or before it when backwards) whose text contains needle,
    // wrapping around; -1 when no row does.
    int findRow(const QString &needle, int from, bool backwards = false) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void droppedCountChanged(qsizetype dropped);

private:
    void dropOldest(qsizetype count);
    QString toolTip(const TranscriptEntry &entry) const;

    // A deque: growing never moves the rows already held (a million-row QList would copy
    // them all at each reallocation, stalling the event loop), and the front drops cheaply.
    std::deque<TranscriptEntry> m_rows;
    QList<TranscriptEntry> m_pending;
    qsizetype m_maxRows;
    qsizetype m_dropped = 0; // entries removed from the front, so row + m_dropped = entry index
    QTimer m_batchTimer;
    TranscriptColours m_colours;
};

} // namespace mxscope

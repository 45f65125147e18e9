// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "transcript/TranscriptEntry.h"

#include <QList>
#include <QObject>

namespace mxscope {

// The ordered record of a run's conversation. Findings cite entries by index.
// Bounded: past maxEntries further lines are counted but not kept.
class Transcript : public QObject
{
    Q_OBJECT

public:
    explicit Transcript(QObject *parent = nullptr, qsizetype maxEntries = 2'000'000);

    // Returns the entry's index, or -1 when the cap was reached.
    qsizetype append(const TranscriptEntry &entry);
    const QList<TranscriptEntry> &entries() const { return m_entries; }
    qsizetype droppedCount() const { return m_dropped; }

Q_SIGNALS:
    void entryAppended(qsizetype index, const mxscope::TranscriptEntry &entry);

private:
    QList<TranscriptEntry> m_entries;
    qsizetype m_maxEntries;
    qsizetype m_dropped = 0;
};

} // namespace mxscope

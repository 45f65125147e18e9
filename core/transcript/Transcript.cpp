// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "transcript/Transcript.h"

namespace mxscope {

Transcript::Transcript(QObject *parent, qsizetype maxEntries)
    : QObject(parent)
    , m_maxEntries(maxEntries)
{ }

qsizetype Transcript::append(const TranscriptEntry &entry)
{
    if (m_entries.size() >= m_maxEntries) {
        ++m_dropped;
        return -1;
    }
    m_entries.append(entry);
    const qsizetype index = m_entries.size() - 1;
    Q_EMIT entryAppended(index, entry);
    return index;
}

} // namespace mxscope

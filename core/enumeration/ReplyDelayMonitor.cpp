// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "enumeration/ReplyDelayMonitor.h"

#include <algorithm>

namespace mxscope {

void ReplyDelayMonitor::add(qint64 delayMs, bool error)
{
    m_maxDelayMs = std::max(m_maxDelayMs, delayMs);
    if (!m_throttled) {
        if (delayMs >= slowMs) {
            if (m_consecutiveSlow++ == 0)
                m_errorsAtFirstSlow = m_errors;
            // A very slow reply is a penalty when prompt errors came before it; as the very
            // first reply it may be the server waking up, and the next one decides.
            m_throttled = m_consecutiveSlow >= 2 || (delayMs >= verySlowMs && m_errors > 0);
        } else {
            m_consecutiveSlow = 0;
        }
    }
    if (error)
        ++m_errors;
}

} // namespace mxscope

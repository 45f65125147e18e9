// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QtGlobal>

namespace mxscope {

// Watches how long the server takes for each reply of one session and says when it slows
// the session down on purpose (a tarpit, or Postfix's smtpd_error_sleep_time after
// smtpd_soft_error_limit errors), so the run can move to a fresh session instead of
// sleeping through the penalty. One slow reply may be a hiccup; two in a row, or one very
// slow reply after prompt errors, is throttling.
class ReplyDelayMonitor
{
public:
    static constexpr qint64 slowMs = 250;
    static constexpr qint64 verySlowMs = 800;

    // One reply, in arrival order. delayMs: the server's time for it alone; error: 4xx/5xx.
    void add(qint64 delayMs, bool error);

    bool throttled() const { return m_throttled; }
    int errors() const { return m_errors; }
    // Errors the server answered promptly before it started slowing down (valid once
    // throttled()).
    int errorsBeforeSlowdown() const { return m_errorsAtFirstSlow; }
    qint64 maxDelayMs() const { return m_maxDelayMs; }

private:
    int m_errors = 0;
    int m_consecutiveSlow = 0;
    int m_errorsAtFirstSlow = 0;
    bool m_throttled = false;
    qint64 m_maxDelayMs = 0;
};

} // namespace mxscope

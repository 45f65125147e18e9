// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QtGlobal>

#include <functional>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

class QSocketNotifier;

namespace mxscope::cli {

// While it lives, SIGINT and SIGTERM run onStop in the event loop instead of killing the
// process, so a command can cancel cleanly and still print and save what it has. The
// previous handlers come back on destruction. One instance at a time.
class StopSignals
{
public:
    explicit StopSignals(std::function<void()> onStop);
    ~StopSignals();
    Q_DISABLE_COPY_MOVE(StopSignals)

private:
#ifdef Q_OS_UNIX
    QSocketNotifier *m_notifier = nullptr;
    struct sigaction m_oldInt = {};
    struct sigaction m_oldTerm = {};
#endif
};

} // namespace mxscope::cli

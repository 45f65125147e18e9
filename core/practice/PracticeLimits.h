// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QtGlobal>

namespace mxscope {

// The practice server's own bounds, so no client (or test gone wrong) can make it grow
// memory or hold connections without limit.
struct PracticeLimits {
    qsizetype maxLineLength = 2048; // longer command lines get 500 5.5.2
    qint64 maxMessageBytes = 10 * 1024 * 1024; // larger messages get 552 5.3.4
    int maxRecipients = 100; // per message, then 452 4.5.3
    int maxConnections = 200; // further clients get 421 at connect
    int idleTimeoutMs = 120'000; // silence before 421 4.4.2 and close
    qsizetype maxQueuedOutput = 256 * 1024; // stop reading commands while this much is unsent
};

} // namespace mxscope

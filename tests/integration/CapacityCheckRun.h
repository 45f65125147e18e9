// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "SignalWait.h"
#include "audit/CheckContext.h"
#include "capacity/CapacityCheck.h"
#include "transcript/Transcript.h"

#include <QElapsedTimer>

#include <memory>

namespace mxscope::testing {

// One capacity check against a target, run to its end with bounded waiting.
struct CapacityCheckRun {
    Transcript transcript;
    CheckContext context;
    std::unique_ptr<CapacityCheck> check;
    qint64 elapsedMs = 0;

    explicit CapacityCheckRun(const SessionOptions &target, int maxConnections,
                              int timeLimitMs = 20'000)
    {
        context.target = target;
        context.authorised = true;
        context.maxConnections = maxConnections;
        context.timeLimitMs = timeLimitMs;
        context.transcript = &transcript;
        check = std::make_unique<CapacityCheck>(context);
    }

    // Starts the check and waits for it; false when it outlived its time limit by far.
    bool run()
    {
        QElapsedTimer clock;
        clock.start();
        check->start();
        const bool ended = waitForJob(*check, context.timeLimitMs + 10'000);
        elapsedMs = clock.elapsed();
        return ended;
    }
};

} // namespace mxscope::testing

// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QSignalSpy>
#include <QTest>

// Waits, processing events, until predicate holds or timeoutMs passes. Never a plain sleep.
template<typename Predicate> bool waitUntil(Predicate predicate, int timeoutMs = 5000)
{
    return QTest::qWaitFor(predicate, timeoutMs);
}

// Waits until spy has recorded at least count emissions.
inline bool waitForSignals(QSignalSpy &spy, int count = 1, int timeoutMs = 5000)
{
    return QTest::qWaitFor([&] { return spy.size() >= count; }, timeoutMs);
}

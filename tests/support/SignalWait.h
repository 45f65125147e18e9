// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QEventLoop>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

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

// Runs the event loop until a started job (isRunning(), finished()) ends or timeoutMs
// passes; true when it ended. Unlike qWaitFor, which polls every 10 ms, it wakes the moment
// the job finishes, which matters for runs of many short sessions.
template<typename Job> bool waitForJob(Job &job, int timeoutMs)
{
    if (!job.isRunning())
        return true;
    QEventLoop loop;
    QObject::connect(&job, &Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return !job.isRunning();
}

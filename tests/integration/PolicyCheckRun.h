// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "SignalWait.h"
#include "audit/AuditCheck.h"
#include "transcript/Transcript.h"

#include <gtest/gtest.h>

#include <memory>

namespace mxscope::testing {

// One check run to its end over real sockets (or a scripted transport), with the
// transcript it wrote, for the TLS and sender policy tests.
template<typename Check> struct PolicyCheckRun {
    std::unique_ptr<Transcript> transcript = std::make_unique<Transcript>();
    std::unique_ptr<Check> check;

    const CheckOutcome &outcome() const { return check->outcome(); }
    const Finding *finding(const QString &id) const
    {
        for (const Finding &f : check->outcome().findings) {
            if (f.id == id)
                return &f;
        }
        return nullptr;
    }
    QStringList findingIds() const
    {
        QStringList ids;
        for (const Finding &f : check->outcome().findings)
            ids.append(f.id);
        return ids;
    }
    // Lines the client sent, in order; on one connection, or on all (-1).
    QStringList sentLines(int connection = -1) const
    {
        QStringList lines;
        for (const TranscriptEntry &e : transcript->entries()) {
            if (e.direction == TranscriptDirection::Sent
                && (connection < 0 || e.connection == connection))
                lines.append(e.text);
        }
        return lines;
    }
    // Every evidence index of every finding and table row points into the transcript.
    bool evidenceIsValid() const
    {
        const qsizetype size = transcript->entries().size();
        for (const Finding &f : check->outcome().findings) {
            if (f.evidence.isEmpty())
                return false;
            for (qsizetype index : f.evidence) {
                if (index < 0 || index >= size)
                    return false;
            }
        }
        for (const ResultTable &table : check->outcome().tables) {
            for (qsizetype index : table.evidence) {
                if (index < -1 || index >= size)
                    return false;
            }
        }
        return true;
    }
};

// Starts the check with context (its transcript replaced by the run's own) and waits for it.
// configure may set a transport factory before the start.
template<typename Check, typename Configure>
PolicyCheckRun<Check> runPolicyCheck(CheckContext context, Configure configure,
                                     int timeoutMs = 20'000)
{
    PolicyCheckRun<Check> run;
    context.transcript = run.transcript.get();
    run.check = std::make_unique<Check>(context);
    configure(*run.check);
    run.check->start();
    EXPECT_TRUE(waitForJob(*run.check, timeoutMs)) << "the check did not finish in time";
    return run;
}

template<typename Check>
PolicyCheckRun<Check> runPolicyCheck(CheckContext context, int timeoutMs = 20'000)
{
    return runPolicyCheck<Check>(
        std::move(context), [](Check &) {}, timeoutMs);
}

} // namespace mxscope::testing

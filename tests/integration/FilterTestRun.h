// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "SignalWait.h"
#include "audit/AuditCheck.h"
#include "audit/CheckCatalogue.h"
#include "checks/FilterTestPayloads.h"
#include "transcript/Transcript.h"

#include <QJsonArray>

#include <gtest/gtest.h>

#include <memory>

namespace mxscope::testing {

// One run of the "eicar" check and what it left behind.
struct FilterRun {
    CheckOutcome outcome;
    std::shared_ptr<Transcript> transcript = std::make_shared<Transcript>();

    // "rejected", "accepted", ... per payload, in the order sent.
    QStringList verdicts() const
    {
        QStringList list;
        for (const auto value : outcome.details.value(QStringLiteral("payloads")).toArray())
            list.append(value.toObject().value(QStringLiteral("verdict")).toString());
        return list;
    }
    QJsonObject payload(int index) const
    {
        return outcome.details.value(QStringLiteral("payloads")).toArray().at(index).toObject();
    }
    bool hasFinding(const QString &id) const
    {
        return std::any_of(outcome.findings.cbegin(), outcome.findings.cend(),
                           [&](const Finding &f) { return f.id == id; });
    }
    // True when any transcript line holds a test string (or its base64 line) whole.
    bool transcriptHoldsTestString() const
    {
        for (const TranscriptEntry &entry : transcript->entries()) {
            for (const QByteArray &line : FilterTestPayloads::sensitiveLines()) {
                if (entry.text.toUtf8().contains(line))
                    return true;
            }
        }
        return false;
    }
};

inline FilterRun runFilterCheck(CheckContext context, int timeoutMs = 20'000)
{
    FilterRun run;
    context.transcript = run.transcript.get();
    std::unique_ptr<AuditCheck> check(CheckCatalogue::create(QStringLiteral("eicar"), context));
    EXPECT_NE(check, nullptr);
    if (!check)
        return run;
    check->start();
    EXPECT_TRUE(waitForJob(*check, timeoutMs)) << "the filter check did not finish";
    check->cancel();
    run.outcome = check->outcome();
    return run;
}

} // namespace mxscope::testing

// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "relay/RelayPlan.h"
#include "relay/RelayTest.h"

#include <QCoreApplication>

namespace mxscope {

// Turns the relay matrix's outcomes into the verdict, its sentence and the findings:
//   open          some variant got the outside recipient accepted without AUTH
//                 (accepted at RCPT, or after DATA when a message was sent): relay.open;
//   closed        every variant was tried and none was accepted;
//   inconclusive  otherwise (variants left untried, or the test could not run).
// Accepted at RCPT but refused after DATA is relay.accepted-then-refused, never "open";
// relay after AUTH is relay.after-auth (info). Pure: no I/O.
class RelayFindings
{
    Q_DECLARE_TR_FUNCTIONS(mxscope::RelayFindings)

public:
    // Sets result.verdict, result.verdictSentence and result.findings.
    static void evaluate(RelayResult &result, const RelayPlan &plan);
    static QString relayRemediation();
};

} // namespace mxscope

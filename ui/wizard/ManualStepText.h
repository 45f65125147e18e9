// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "wizard/ManualRelayRunner.h"
#include "wizard/ManualRelayStep.h"

#include <QCoreApplication>

namespace mxscope {

// The words the step-by-step page shows for the manual relay test: step names, the command
// column, the reply column, the full reply and the one-sentence conclusion. Everything the
// server sent stays plain text.
class ManualStepText
{
    Q_DECLARE_TR_FUNCTIONS(mxscope::ManualStepText)

public:
    static QString title(ManualRelayStep::Kind kind);
    // What was (or will be) sent; for the connect step, where to.
    static QString command(const ManualRelayStep &step, const RelayPlan &plan);
    // One line for the table: the reply, the skip reason, or what is happening.
    static QString replyCell(const ManualRelayStep &step);
    // The whole reply as the server sent it, one line per reply line.
    static QString fullReply(const SmtpReply &reply);
    // Code meaning, enhanced status meaning and what it means here (ReplyExplainer).
    static QString explanation(const ManualRelayStep &step);
    static QString conclusion(const ManualRelayRunner &runner, const RelayPlan &plan);
    // True when the conclusion is bad news for the server (it relays).
    static bool conclusionIsRelay(ManualRelayRunner::Conclusion conclusion, const RelayPlan &plan);
};

} // namespace mxscope

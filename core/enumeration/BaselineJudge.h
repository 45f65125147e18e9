// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "enumeration/BaselineResult.h"

#include <QCoreApplication>

namespace mxscope {

// Decides from the baseline replies whether a method can tell users apart, and which
// method a run uses. Pure functions, so every rule is unit-tested without a server.
class BaselineJudge
{
    Q_DECLARE_TR_FUNCTIONS(mxscope::BaselineJudge)

public:
    // samples: the made-up names; control: postmaster, when it was asked; senderReply: the
    // reply to MAIL FROM for RCPT; failure: why the sessions ended, when no reply came.
    static MethodBaseline decide(EnumerationMethod method, const QList<BaselineSample> &samples,
                                 const std::optional<BaselineSample> &control,
                                 const std::optional<SmtpReply> &senderReply,
                                 const QString &failure = {});
    // The method to use: the one requested if it discriminates; for Auto, RCPT when the
    // server offers PIPELINING (the fastest), else VRFY, else EXPN, else RCPT.
    static BaselineResult conclude(EnumerationMethod requested,
                                   const QList<MethodBaseline> &methods, bool pipelining);
};

} // namespace mxscope

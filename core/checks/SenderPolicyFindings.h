// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "audit/ResultTable.h"
#include "checks/SenderPolicyResult.h"
#include "findings/Finding.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace mxscope {

// Judges the sender policy check's probes and presents them. Verdicts:
// - own-domain sender accepted at RCPT from an anonymous client: spoofing (high);
// - unqualified sender accepted: the server completes it with its own domain (medium);
// - sender at a domain that cannot exist accepted (low);
// - null sender refused: bounces are lost, RFC 5321 4.5.5 (low). Accepted is normal.
class SenderPolicyFindings
{
    Q_DECLARE_TR_FUNCTIONS(mxscope::SenderPolicyFindings)

public:
    static QList<Finding> evaluate(const SenderPolicyResult &result);
    // One row per sender form: form, MAIL FROM, reply to MAIL, reply to RCPT, verdict.
    static ResultTable table(const SenderPolicyResult &result);
    // "domain", "recipient", "sessions", "probes": [{variant, sender, mail_reply,
    // rcpt_reply, outcome}], "error" when the last session ended early.
    static QJsonObject details(const SenderPolicyResult &result);
    static QString summary(const SenderPolicyResult &result);

    static QString variantName(SenderVariant variant);
    static QString outcomeText(const SenderProbe &probe);
};

} // namespace mxscope

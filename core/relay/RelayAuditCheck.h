// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "audit/AuditCheck.h"
#include "relay/RelayPlan.h"

#include <QPointer>

namespace mxscope {

class RelayTest;
struct RelayResult;

// The open-relay matrix as one check of an audit, always in safe mode (judged at RCPT TO,
// RSET before DATA): an audit never sends a message. Without a sender or recipient in the
// context it uses addresses in the reserved example domains (RFC 2606), which is enough to
// ask the relay question when nothing is delivered.
class RelayAuditCheck : public AuditCheck
{
    Q_OBJECT

public:
    RelayAuditCheck(const CheckContext &context, QObject *parent = nullptr);

    static RelayPlan planFor(const CheckContext &context);
    // Fills an outcome's tables, chart and details from a relay result.
    static void describe(const RelayResult &result, const RelayPlan &plan, CheckOutcome &outcome);
    // The whole outcome of a relay test run outside an audit (the wizard), findings and
    // status included.
    static CheckOutcome outcomeOf(const RelayResult &result, const RelayPlan &plan, bool cancelled);

protected:
    void run() override;
    void stop() override;

private:
    void onFinished();

    RelayPlan m_plan;
    QPointer<RelayTest> m_test;
};

} // namespace mxscope

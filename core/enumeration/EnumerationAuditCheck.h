// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "audit/AuditCheck.h"
#include "enumeration/EnumerationPlan.h"

#include <QPointer>

namespace mxscope {

class EnumerationRun;
struct EnumerationResult;

// Account enumeration and harvest resilience as one check of an audit: the method is
// chosen automatically (VRFY, EXPN or RCPT after the baseline), the names are the
// context's list or, when it has none, a short built-in list of names most servers have.
class EnumerationAuditCheck : public AuditCheck
{
    Q_OBJECT

public:
    EnumerationAuditCheck(const CheckContext &context, QObject *parent = nullptr);

    // root, admin, postmaster, info, ...: role and system accounts found almost everywhere.
    static QStringList commonNames();
    static EnumerationPlan planFor(const CheckContext &context);
    // Fills an outcome's tables, charts and details from an enumeration result.
    static void describe(const EnumerationResult &result, CheckOutcome &outcome);

protected:
    void run() override;
    void stop() override;

private:
    void onFinished();

    EnumerationPlan m_plan;
    QPointer<EnumerationRun> m_run;
};

} // namespace mxscope

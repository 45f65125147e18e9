// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "audit/AuditCheck.h"

#include <QPointer>

namespace mxscope {

class BannerCheck;
struct BannerResult;

// The banner check (greeting, EHLO, STARTTLS when asked, HELP) as one check of an audit:
// its findings, a table of the advertised extensions and the banner JSON as details.
class BannerAuditCheck : public AuditCheck
{
    Q_OBJECT

public:
    BannerAuditCheck(const CheckContext &context, QObject *parent = nullptr);

    // Fills an outcome from a finished banner check; shared with the banner subcommand.
    static void describe(const BannerResult &result, TlsMode tlsMode, CheckOutcome &outcome);

protected:
    void run() override;
    void stop() override;

private:
    void onFinished();

    QPointer<BannerCheck> m_check;
};

} // namespace mxscope

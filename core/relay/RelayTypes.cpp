// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "relay/RelayTypes.h"

#include <QCoreApplication>

namespace mxscope {

QString toString(RelayStage stage)
{
    switch (stage) {
    case RelayStage::RejectedAtMail:
        return QStringLiteral("rejected-mail");
    case RelayStage::RejectedAtRcpt:
        return QStringLiteral("rejected-rcpt");
    case RelayStage::AcceptedAtRcpt:
        return QStringLiteral("accepted-rcpt");
    case RelayStage::AcceptedAfterData:
        return QStringLiteral("accepted-data");
    case RelayStage::RefusedAfterData:
        return QStringLiteral("refused-data");
    case RelayStage::Error:
        return QStringLiteral("error");
    case RelayStage::NotTried:
        return QStringLiteral("not-tried");
    }
    return {};
}

QString describe(RelayStage stage)
{
    switch (stage) {
    case RelayStage::RejectedAtMail:
        return QCoreApplication::translate("mxscope::RelayStage", "Rejected at MAIL FROM");
    case RelayStage::RejectedAtRcpt:
        return QCoreApplication::translate("mxscope::RelayStage", "Rejected at RCPT TO");
    case RelayStage::AcceptedAtRcpt:
        return QCoreApplication::translate("mxscope::RelayStage", "Accepted at RCPT TO");
    case RelayStage::AcceptedAfterData:
        return QCoreApplication::translate("mxscope::RelayStage", "Accepted after DATA");
    case RelayStage::RefusedAfterData:
        return QCoreApplication::translate("mxscope::RelayStage",
                                           "Accepted at RCPT TO, refused after DATA");
    case RelayStage::Error:
        return QCoreApplication::translate("mxscope::RelayStage", "Error");
    case RelayStage::NotTried:
        return QCoreApplication::translate("mxscope::RelayStage", "Not tried");
    }
    return {};
}

bool isAccepted(RelayStage stage)
{
    return stage == RelayStage::AcceptedAtRcpt || stage == RelayStage::AcceptedAfterData;
}

QString toString(RelayVerdict verdict)
{
    switch (verdict) {
    case RelayVerdict::Open:
        return QStringLiteral("open");
    case RelayVerdict::Closed:
        return QStringLiteral("closed");
    case RelayVerdict::Inconclusive:
        return QStringLiteral("inconclusive");
    }
    return {};
}

} // namespace mxscope

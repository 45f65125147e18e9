// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "audit/CheckCatalogue.h"

#include "audit/AuditCheck.h"

// Each check adds its header here and one entry to the list below, in audit order.
// (check headers)
#include "capacity/CapacityCheck.h"
#include "checks/BannerAuditCheck.h"
#include "checks/FilterTestCheck.h"
#include "checks/SenderPolicyCheck.h"
#include "checks/TlsPolicyCheck.h"
#include "dns/DnsCheck.h"
#include "enumeration/EnumerationAuditCheck.h"
#include "relay/RelayAuditCheck.h"

namespace mxscope {

namespace {

template<typename Check> AuditCheck *make(const CheckContext &context, QObject *parent)
{
    return new Check(context, parent);
}

QList<CheckInfo> buildCatalogue()
{
    QList<CheckInfo> checks;
    // (check entries)
    checks.append(
        {QStringLiteral("banner"),
         QT_TRANSLATE_NOOP("mxscope::CheckCatalogue", "Banner and information disclosure"),
         QT_TRANSLATE_NOOP("mxscope::CheckCatalogue",
                           "Reads the greeting, EHLO and HELP replies and reports "
                           "software versions and internal names they disclose."),
         /*needsAuthorisation=*/false, /*inDefaultAudit=*/true, make<BannerAuditCheck>});
    checks.append({QStringLiteral("tls"),
                   QT_TRANSLATE_NOOP("mxscope::CheckCatalogue", "TLS and STARTTLS policy"),
                   QT_TRANSLATE_NOOP("mxscope::CheckCatalogue",
                                     "Checks that STARTTLS is offered and works, reads the "
                                     "protocol, cipher and certificate, tries TLS 1.0 and 1.1, "
                                     "and reports password AUTH or mail accepted before TLS."),
                   /*needsAuthorisation=*/false, /*inDefaultAudit=*/true, make<TlsPolicyCheck>});
    checks.append({QStringLiteral("relay"),
                   QT_TRANSLATE_NOOP("mxscope::CheckCatalogue", "Open relay"),
                   QT_TRANSLATE_NOOP("mxscope::CheckCatalogue",
                                     "Tries every known relay trick from an unauthenticated "
                                     "client and judges at RCPT TO; no message is sent."),
                   /*needsAuthorisation=*/false, /*inDefaultAudit=*/true, make<RelayAuditCheck>});
    checks.append({QStringLiteral("enumeration"),
                   QT_TRANSLATE_NOOP("mxscope::CheckCatalogue", "Account enumeration"),
                   QT_TRANSLATE_NOOP("mxscope::CheckCatalogue",
                                     "Asks with VRFY, EXPN or RCPT TO whether common account "
                                     "names exist, after a baseline of made-up names."),
                   /*needsAuthorisation=*/false, /*inDefaultAudit=*/true,
                   make<EnumerationAuditCheck>});
    checks.append({QStringLiteral("sender-policy"),
                   QT_TRANSLATE_NOOP("mxscope::CheckCatalogue", "Sender policy"),
                   QT_TRANSLATE_NOOP("mxscope::CheckCatalogue",
                                     "Tries your own domain, the null sender, an unqualified "
                                     "sender and a non-existent domain as an anonymous client "
                                     "to a local recipient, judged at RCPT TO; no message is "
                                     "sent."),
                   /*needsAuthorisation=*/false, /*inDefaultAudit=*/true, make<SenderPolicyCheck>});
    checks.append({QStringLiteral("eicar"),
                   QT_TRANSLATE_NOOP("mxscope::CheckCatalogue", "Malware and spam filter"),
                   QT_TRANSLATE_NOOP("mxscope::CheckCatalogue",
                                     "Sends the EICAR test file (in the body and as an "
                                     "attachment) and GTUBE, and reports whether the server "
                                     "refuses them at the end of DATA."),
                   /*needsAuthorisation=*/true, /*inDefaultAudit=*/true, make<FilterTestCheck>});
    checks.append({QStringLiteral("dns"),
                   QT_TRANSLATE_NOOP("mxscope::CheckCatalogue", "DNS and sender authentication"),
                   QT_TRANSLATE_NOOP("mxscope::CheckCatalogue",
                                     "Looks up the domain's MX hosts and their addresses, "
                                     "reverse DNS of the server, SPF, DMARC and MTA-STS."),
                   /*needsAuthorisation=*/false, /*inDefaultAudit=*/true, make<DnsCheck>});
    checks.append({QStringLiteral("capacity"),
                   QT_TRANSLATE_NOOP("mxscope::CheckCatalogue", "Connection exhaustion"),
                   QT_TRANSLATE_NOOP("mxscope::CheckCatalogue",
                                     "Opens a bounded ramp of silent concurrent connections to "
                                     "find the per-client limit, and measures how long an idle "
                                     "session is kept."),
                   /*needsAuthorisation=*/true, /*inDefaultAudit=*/true, make<CapacityCheck>});
    return checks;
}

} // namespace

QString CheckInfo::title() const
{
    return QCoreApplication::translate("mxscope::CheckCatalogue", titleSource);
}

QString CheckInfo::description() const
{
    return QCoreApplication::translate("mxscope::CheckCatalogue", descriptionSource);
}

const QList<CheckInfo> &CheckCatalogue::all()
{
    static const QList<CheckInfo> checks = buildCatalogue();
    return checks;
}

const CheckInfo *CheckCatalogue::find(const QString &id)
{
    for (const CheckInfo &info : all()) {
        if (info.id == id)
            return &info;
    }
    return nullptr;
}

QStringList CheckCatalogue::ids()
{
    QStringList ids;
    for (const CheckInfo &info : all())
        ids.append(info.id);
    return ids;
}

QStringList CheckCatalogue::defaultAuditIds()
{
    QStringList ids;
    for (const CheckInfo &info : all()) {
        if (info.inDefaultAudit)
            ids.append(info.id);
    }
    return ids;
}

AuditCheck *CheckCatalogue::create(const QString &id, const CheckContext &context, QObject *parent)
{
    const CheckInfo *info = find(id);
    return info ? info->create(context, parent) : nullptr;
}

} // namespace mxscope

// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "audit/CheckCatalogue.h"

#include "audit/AuditCheck.h"

// Each check adds its header here and one entry to the list below, in audit order.
// (check headers)

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

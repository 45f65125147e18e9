// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "audit/CheckContext.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

class QObject;

namespace mxscope {

class AuditCheck;

// What the user can pick: every check mxscope has, in the order a full audit runs them.
struct CheckInfo {
    QString id; // "banner", "tls", "relay", ... (CLI --checks names)
    const char *titleSource; // untranslated; title() translates
    const char *descriptionSource;
    bool needsAuthorisation = false; // sends mail or loads the server
    bool inDefaultAudit = true; // run by a full audit when no list is given
    std::function<AuditCheck *(const CheckContext &, QObject *)> create;

    QString title() const;
    QString description() const;
};

class CheckCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(mxscope::CheckCatalogue)

public:
    static const QList<CheckInfo> &all();
    static const CheckInfo *find(const QString &id);
    static QStringList ids();
    static QStringList defaultAuditIds();
    // A new check of that kind, or nullptr for an unknown id.
    static AuditCheck *create(const QString &id, const CheckContext &context,
                              QObject *parent = nullptr);
};

} // namespace mxscope

// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "audit/CheckContext.h"
#include "audit/RunRecord.h"
#include "smtp/SessionOptions.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class QSettings;

namespace mxscope {

// A server the user tests again and again, with the envelope the checks need. Never holds
// a password: credentials are asked for when needed and kept only in memory.
struct TargetProfile {
    QString id; // stable key in the settings, e.g. "t1732371234567"
    QString host;
    quint16 port = 25;
    TlsMode tls = TlsMode::None;
    QString heloName = QStringLiteral("mxscope.invalid");
    QString domain;
    QString sender;
    QString localRecipient;
    QString externalRecipient;

    // "mx.example.org:25 (STARTTLS)"
    QString displayName() const;
    SessionOptions sessionOptions() const;
    CheckContext checkContext() const;
    // Whether a saved run was made against this server.
    bool matches(const RunTarget &target) const;
    static QString newId();
};

// Where the targets live: a QSettings array "targets", one group per target, fields only.
class TargetStore
{
    Q_DECLARE_TR_FUNCTIONS(mxscope::TargetStore)

public:
    static QList<TargetProfile> load(QSettings &settings);
    static void save(QSettings &settings, const QList<TargetProfile> &targets);
    // Why the profile cannot be used (a line break in a field, no host), or nothing.
    static std::optional<QString> problem(const TargetProfile &target);
};

} // namespace mxscope

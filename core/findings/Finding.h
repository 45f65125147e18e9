// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace mxscope {

enum class Severity { Info, Low, Medium, High, Critical };

QString toString(Severity severity); // "info", "low", ...
std::optional<Severity> severityFromString(const QString &name);

// What a check concluded, with the transcript lines that prove it.
struct Finding {
    QString id; // stable identifier, e.g. "banner.software-version"
    Severity severity = Severity::Info;
    QString title; // one line
    QString detail; // what was seen, quoting the server
    QString remediation; // how to fix it, per MTA where known
    QList<qsizetype> evidence; // indexes into the run's transcript
};

} // namespace mxscope

Q_DECLARE_METATYPE(mxscope::Finding)

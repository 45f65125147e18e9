// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "enumeration/EnumerationMethod.h"
#include "smtp/SmtpReply.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace mxscope {

// What one probe says about one name, judged against the baseline.
enum class ProbeVerdict { Exists, Absent, Unknown };

QString toString(ProbeVerdict verdict); // "exists", "absent", "unknown"
std::optional<ProbeVerdict> probeVerdictFromString(const QString &name);

// One name probed once: the reply that decided it and how long the server took.
struct ProbeResult {
    qsizetype index = -1; // position of the name in the plan's list
    QString name; // as listed
    QString argument; // what was sent: the name, or name@domain
    EnumerationMethod method = EnumerationMethod::Rcpt;
    ProbeVerdict verdict = ProbeVerdict::Unknown;
    SmtpReply reply; // code 0 when no reply ever came (throttled out, see note)
    // Time the server spent on this probe: from the later of its sending and the previous
    // reply on the same connection to its reply, so pipelined probes are not summed up.
    qint64 latencyMs = 0;
    qint64 roundTripMs = 0; // from sending to the reply, as CommandResult::latencyMs
    int connection = 0; // the session's number in the transcript
    qint64 timestampMs = 0; // when the reply arrived, milliseconds since the epoch
    int attempts = 1; // more than 1 after throttling or a dropped session
    QStringList members; // EXPN: the addresses the server listed
    QString note; // why the verdict is unknown, for instance
    qsizetype evidence = -1; // transcript index of the reply's first line
};

} // namespace mxscope

Q_DECLARE_METATYPE(mxscope::ProbeResult)

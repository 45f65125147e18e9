// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

namespace mxscope {

// How an enumeration asks the server whether a name exists. Auto probes all three against
// random names first and picks the fastest one that can tell real names from made-up ones.
enum class EnumerationMethod { Vrfy, Expn, Rcpt, Auto };

QString toString(EnumerationMethod method); // "vrfy", "expn", "rcpt", "auto"
std::optional<EnumerationMethod> enumerationMethodFromString(const QString &name);
// The command as the transcript shows it: "VRFY", "EXPN", "RCPT TO", "auto".
QString displayName(EnumerationMethod method);

} // namespace mxscope

Q_DECLARE_METATYPE(mxscope::EnumerationMethod)

// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QByteArrayList>
#include <QString>

namespace mxscope::bench {

// The floor of a relay matrix: one plain connection that sends each command and waits for
// its final reply line, nothing parsed or kept beyond the count. Returns the milliseconds
// taken, or -1 when the server went away.
double runRawDialogue(const QString &host, quint16 port, const QByteArrayList &commands);

// The floor of a connection ramp: opens up to count sockets, step at a time, each waiting
// for its first line (220 or 421) or its end, until a step sees a refusal. Returns the
// milliseconds taken.
double runRawRamp(const QString &host, quint16 port, int count, int step, int *greeted);

} // namespace mxscope::bench

// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QString>

namespace mxscope::testing::PostfixMasters {

// Looking after the Postfix master processes the fixture starts, without an event loop:
// also used from an atexit handler, after main() has returned.

// True while pid exists and is not a zombie.
bool processAlive(qint64 pid);
// Guards every kill(): the process must be a Postfix master running in queueDir.
bool isMasterOf(qint64 pid, const QString &queueDir);
// SIGTERM, then SIGKILL after timeoutMs; only ever to a master of queueDir.
void terminateMaster(qint64 pid, const QString &queueDir, int timeoutMs);
// Remembers a running master so the atexit handler can stop it if nothing else does.
void registerMaster(qint64 pid, const QString &queueDir, const QString &instanceDir);
void unregisterMaster(qint64 pid);
// Stops masters left behind by test binaries that were killed outright (once per process).
void reapOrphans(const QString &dirPrefix);

} // namespace mxscope::testing::PostfixMasters

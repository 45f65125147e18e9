// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "audit/RunRecord.h"

namespace mxscope {

// A run of one check made outside AuditRunner (a wizard, a dedicated window), wrapped as a
// RunRecord so it gets the same HTML, JSON and CSV reports as a full audit.
RunRecord singleCheckRecord(const CheckOutcome &outcome, const SessionOptions &target,
                            const QString &domain, const QList<TranscriptEntry> &transcript);

} // namespace mxscope

// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "enumeration/EnumerationResult.h"

#include <QJsonArray>
#include <QJsonObject>

namespace mxscope {

// The machine-readable form of an enumeration, for the CLI's --json, the journal and the
// reports. Keys are snake_case and stable; server text is display-safe.
namespace EnumerationJson {

// {name, address, method, verdict, code, enhanced_status, reply, latency_ms, ...}
QJsonObject toJson(const ProbeResult &probe);
QJsonObject toJson(const MethodBaseline &baseline);
// {method, requested, discriminates, reason, pipelining, methods: [...]}
QJsonObject toJson(const BaselineResult &baseline);
QJsonObject toJson(const HarvestResult &harvest);
// The whole run: target, method, baseline, results (list order), harvest, findings, summary.
QJsonObject toJson(const EnumerationResult &result);
// {exists, absent, unknown, not_probed, total}
QJsonObject summary(const EnumerationResult &result);

} // namespace EnumerationJson
} // namespace mxscope

// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "relay/RelayPlan.h"
#include "relay/RelayTest.h"

#include <QJsonObject>

namespace mxscope {

// The relay test in machine form for the CLI's --json and the reports. Keys are snake_case
// and stable: verdict (open|closed|inconclusive), verdict_sentence, variants (id, mail_from,
// rcpt_to, stage, reply {code, text}, ...), findings as JsonConversions writes them. The
// transcript is left to the caller, which owns it.
namespace RelayJson {

QJsonObject toJson(const RelayOutcome &outcome);
QJsonObject toJson(const RelayResult &result, const RelayPlan &plan);

} // namespace RelayJson
} // namespace mxscope

// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "headers/HeaderAnalysis.h"

#include <QJsonObject>

namespace mxscope::HeaderJson {

// {"hops": [{number, from, from_host, helo, ip, by, by_ip, via, with, id, for, date,
// time, delay_s}], "findings": [...], "errors": [...], "warnings": [...],
// "field_count": n}. Times are ISO 8601 UTC; an unknown time or delay is null.
QJsonObject toJson(const HeaderAnalysis &analysis);
QJsonObject toJson(const Hop &hop);

} // namespace mxscope::HeaderJson

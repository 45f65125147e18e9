// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "audit/RunRecord.h"

#include <QJsonObject>

#include <optional>

namespace mxscope::RunRecordJson {

// The JSON report and the run history's file format (documented in docs/report-schema.md).
QJsonObject toJson(const RunRecord &record);
QJsonObject toJson(const CheckOutcome &outcome);
// Reads what toJson wrote (and older schema versions); nothing with *error set when the
// document is not a run or comes from a newer mxscope.
std::optional<RunRecord> fromJson(const QJsonObject &object, QString *error);
std::optional<RunRecord> fromBytes(const QByteArray &json, QString *error);
QByteArray toBytes(const RunRecord &record);

} // namespace mxscope::RunRecordJson

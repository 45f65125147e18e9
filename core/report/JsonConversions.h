// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "checks/BannerResult.h"
#include "smtp/SessionOptions.h"
#include "transcript/TranscriptEntry.h"

#include <QJsonArray>
#include <QJsonObject>

namespace mxscope {

// The machine-readable form of core results, shared by the CLI's --json and the reports.
// Keys are snake_case and stable; server text is already display-safe.
namespace JsonConversions {

QJsonObject toJson(const SmtpReply &reply);
QJsonObject toJson(const Finding &finding);
QJsonObject toJson(const TlsDetails &tls);
QJsonObject toJson(const TranscriptEntry &entry);
QJsonArray toJson(const QList<Finding> &findings);
QJsonArray toJson(const QList<TranscriptEntry> &entries);
// The banner check: target, greeting, capabilities, TLS, HELP, findings, error.
QJsonObject toJson(const BannerResult &result, TlsMode tlsMode);

} // namespace JsonConversions
} // namespace mxscope

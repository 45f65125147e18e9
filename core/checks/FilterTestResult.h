// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "checks/FilterTestPayloads.h"
#include "smtp/SmtpReply.h"

#include <QList>
#include <QString>

namespace mxscope {

// What the server did with one test message.
enum class FilterVerdict {
    NotTested, // MAIL, RCPT or DATA was refused, or no session: the filter never saw it
    Rejected, // 5xx after the final "." (the filter acted at SMTP time)
    Deferred, // 4xx after the final "." (a filter that could not scan, or greylisting)
    Accepted, // 250 after the final ".": nothing acted at SMTP time
    Dropped, // the connection closed or timed out after the final "."
};

QString toString(FilterVerdict verdict); // "not_tested", "rejected", ...

struct FilterPayloadResult {
    FilterTestPayloads::Kind kind = FilterTestPayloads::Kind::EicarBody;
    FilterVerdict verdict = FilterVerdict::NotTested;
    SmtpReply reply; // the reply that decided the verdict; code 0 when none came
    QString stage; // "connect", "mail", "rcpt", "data", "end-of-data"
    QString message; // why it was not tested or how it was dropped
    QString token;
    QList<qsizetype> evidence; // transcript indexes
};

} // namespace mxscope

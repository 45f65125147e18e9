// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "smtp/SmtpCommand.h"
#include "smtp/SmtpReply.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace mxscope {

// Plain-language explanations of SMTP replies for people who have never read the RFCs:
// what a reply code means (RFC 5321 section 4.2, plus the AUTH codes of RFC 4954) and what
// an enhanced status code says (RFC 3463 and its updates). Pure functions, no I/O; the
// sentences follow the UI language.
//
//   label->setText(ReplyExplainer::explain(result.reply, result.command.verb));
class ReplyExplainer
{
    Q_DECLARE_TR_FUNCTIONS(mxscope::ReplyExplainer)

public:
    // The meaning of a three-digit code; for codes no RFC defines, what its digits say.
    static QString codeMeaning(int code);
    // The meaning of an enhanced status code such as 5.7.1: its class, subject and detail.
    static QString enhancedMeaning(const EnhancedStatus &status);
    // What this reply means for the command it answers (a 250 to RCPT accepts a recipient),
    // or nothing when the code alone says it all.
    static std::optional<QString> inContext(int code, SmtpVerb answering);
    // All of the above, one sentence each, on separate lines.
    static QString explain(const SmtpReply &reply, std::optional<SmtpVerb> answering = {});

private:
    static QString classMeaning(int firstDigit);
    static QString enhancedSubject(int subject);
    static std::optional<QString> enhancedDetail(int subject, int detail);
};

} // namespace mxscope

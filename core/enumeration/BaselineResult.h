// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "enumeration/EnumerationMethod.h"
#include "smtp/SmtpReply.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace mxscope {

// What the made-up names showed about one method.
enum class BaselineVerdict {
    Discriminates, // made-up names refused as unknown: the method tells users apart
    CatchAll, // made-up names accepted (250/251)
    CannotVerify, // 252 for every name: "cannot verify, will accept"
    Disabled, // 500/502
    AuthRequired, // 530
    RelayDenied, // the probes' domain is not one the server receives mail for
    AddressRefused, // 501/504: the address form, e.g. an unqualified name
    SenderRefused, // MAIL FROM refused, so RCPT could not be asked
    RefusesAll, // the same policy refusal for every name, postmaster included
    Inconsistent, // made-up names got different kinds of answer
    Throttled, // only temporary failures, even after retries
    NoAnswer, // the sessions ended before any reply
    NotTested,
};

QString toString(BaselineVerdict verdict); // "discriminates", "catch-all", ...

// One baseline probe and its reply (code 0: none came).
struct BaselineSample {
    QString argument;
    SmtpReply reply;
    qint64 latencyMs = 0;
    qsizetype evidence = -1; // transcript index of the reply's first line
};

// The baseline of one method: random names that cannot exist, and postmaster as a control
// (RFC 5321 4.5.1 requires every domain to have one).
struct MethodBaseline {
    EnumerationMethod method = EnumerationMethod::Rcpt;
    BaselineVerdict verdict = BaselineVerdict::NotTested;
    bool discriminates = false;
    bool confirmed = false; // discriminates, and postmaster got a positive answer
    QString reason; // one translated sentence
    QList<BaselineSample> samples; // the made-up names
    std::optional<BaselineSample> control; // postmaster
    std::optional<SmtpReply> senderReply; // RCPT: the reply to MAIL FROM when it was refused
    QList<int> negativeCodes; // what the made-up names got, when the method discriminates
};

// The decision taken before any listed name is probed. When discriminates is false,
// nothing was probed, and reason says why (in plain words, from the replies).
struct BaselineResult {
    EnumerationMethod requested = EnumerationMethod::Auto;
    // The method used; when no method can discriminate, the one requested (maybe Auto).
    EnumerationMethod method = EnumerationMethod::Auto;
    bool discriminates = false;
    QString reason;
    bool pipelining = false; // the server offers PIPELINING
    QList<MethodBaseline> methods; // every method tried, in the order VRFY, EXPN, RCPT

    const MethodBaseline *find(EnumerationMethod m) const
    {
        for (const MethodBaseline &b : methods) {
            if (b.method == m)
                return &b;
        }
        return nullptr;
    }
};

} // namespace mxscope

Q_DECLARE_METATYPE(mxscope::BaselineResult)

// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "enumeration/EnumerationMethod.h"

#include <QString>

namespace mxscope {

// How a server defends against directory harvesting (checks.md 5).
enum class HarvestDefence {
    NotMeasured,
    None, // every made-up name answered promptly, up to the probe's cap
    Delay, // replies slowed down (tarpit, smtpd_error_sleep_time)
    TemporaryFailure, // 4xx replies after K errors
    Disconnect, // 421 or a dropped connection after K errors
};

QString toString(HarvestDefence defence); // "not-measured", "none", "delay", ...

// What one session of made-up names showed, and the rate an attacker achieves.
struct HarvestResult {
    HarvestDefence defence = HarvestDefence::NotMeasured;
    EnumerationMethod method = EnumerationMethod::Rcpt;
    int errorsBeforeDefence = 0; // K: invalid names answered promptly in one session
    int probesSent = 0;
    qint64 maxDelayMs = 0;
    QString summary; // one translated sentence
    qsizetype evidence = -1; // transcript index of the decisive reply

    // From the enumeration itself: answered probes per minute, with the sessions spread as
    // mxscope spread them (an attacker can do the same).
    double guessesPerMinute = 0;
    double guessesPerMinutePerConnection = 0;
    int throttleEvents = 0; // times the enumeration met throttling and adapted
};

} // namespace mxscope

// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "findings/Finding.h"
#include "smtp/Capabilities.h"
#include "smtp/SessionError.h"
#include "smtp/SmtpReply.h"
#include "transport/TlsDetails.h"

#include <optional>

namespace mxscope {

// Everything the banner check saw, with the transcript indexes that show it.
struct BannerResult {
    QString host;
    quint16 port = 0;
    QString peerAddress;
    std::optional<SmtpReply> greeting;
    qint64 greetingDelayMs = -1;
    std::optional<SmtpReply> helloReply; // EHLO, or HELO after a refused EHLO
    bool usedHelo = false;
    Capabilities capabilities; // after TLS when TLS was used
    std::optional<SmtpReply> helpReply;
    std::optional<TlsDetails> tls;
    QList<Finding> findings;
    bool completed = false; // greeting and EHLO/HELO (and TLS when asked) done
    SessionError error = SessionError::None;
    QString errorMessage;
    qsizetype greetingEvidence = -1;
    qsizetype helloEvidence = -1;
    qsizetype helpEvidence = -1;
};

} // namespace mxscope

// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "smtp/Capabilities.h"
#include "smtp/SessionError.h"
#include "smtp/SessionOptions.h"
#include "smtp/SmtpReply.h"
#include "transport/TlsDetails.h"

#include <optional>

namespace mxscope {

// What the TLS policy check saw on its one connection, with the transcript indexes that
// show each part (-1: not seen).
struct TlsPolicyResult {
    QString host;
    quint16 port = 0;
    bool implicitTls = false; // TLS from the first byte (port 465) instead of STARTTLS
    bool requireTls = false; // the user's policy: mail without TLS is a finding

    std::optional<SmtpReply> greeting;
    qsizetype greetingEvidence = -1;
    bool helloDone = false; // EHLO or HELO answered 2xx on the first (plain) pass
    bool usedHelo = false;
    Capabilities capabilitiesBeforeTls; // empty with implicit TLS
    qsizetype helloBeforeTlsEvidence = -1;

    QString plainMailSender; // the MAIL FROM path tried before TLS ("<>" for the null sender)
    std::optional<SmtpReply> plainMailReply;
    qsizetype plainMailEvidence = -1;

    std::optional<SmtpReply> startTlsReply;
    qsizetype startTlsEvidence = -1;
    bool injectionDetected = false; // bytes arrived right after the 220 to STARTTLS

    std::optional<TlsDetails> tls; // set once a handshake finished
    qsizetype tlsEvidence = -1;
    Capabilities capabilitiesAfterTls;
    qsizetype helloAfterTlsEvidence = -1;

    SessionError error = SessionError::None;
    QString errorMessage;
    qsizetype errorEvidence = -1;

    bool startTlsOffered() const { return capabilitiesBeforeTls.has(QStringLiteral("STARTTLS")); }
    // STARTTLS was agreed to (220) or TLS was implicit, and the handshake did not finish.
    bool handshakeFailed = false;

    // A second connection that offers only TLS 1.0 and 1.1, made once TLS worked.
    enum class LegacyProbe {
        NotRun,
        Refused, // the handshake failed: the server needs TLS 1.2 or later
        Negotiated, // the server agreed to legacyProtocol
        Inconclusive, // the probe ended before its handshake (legacyMessage says why)
    };
    LegacyProbe legacyProbe = LegacyProbe::NotRun;
    QString legacyProtocol; // "TLSv1.1" when negotiated
    QString legacyMessage;
    qsizetype legacyEvidence = -1;
};

} // namespace mxscope

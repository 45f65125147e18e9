// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <optional>

namespace mxscope {

// How the practice server answers VRFY.
enum class PracticeVrfy {
    Disabled, // 502 5.5.1 for every name
    CannotVerify, // 252 2.5.2 for every name (Postfix/Exchange with VRFY turned off)
    PostfixStyle, // 252 2.0.0 for known names, 550 5.1.1 for unknown ones: an oracle
    Reveal, // 250 2.1.5 with the address for known names, 550 5.1.1 otherwise
};

// Ways a hostile server attacks its client.
enum class PracticeMisbehaviour {
    None,
    LongLine, // one reply line of 1 MiB, far beyond any sane client limit
    EndlessReply, // "NNN-" continuation lines forever
    Garbage, // binary noise with NUL bytes, then the connection closes
    Drip, // from the greeting on: every reply one byte at a time, one byte per 200 ms
    ResetInData, // 354 to DATA, then a TCP reset once the message starts to arrive
};

// One behaviour of the practice server: plain data, so a test can take a named profile
// and change a switch. Pick one by name:
//
//   const auto profile = PracticeProfile::byName(QStringLiteral("leaky"));
//   auto *server = new PracticeServer(*profile, parent);
struct PracticeProfile {
    QString name;
    QByteArray hostName; // empty: "mx." + the directory's primary domain
    QByteArray bannerText = "ESMTP"; // after "220 <host> "
    bool bannerDate = false; // append "; <RFC 5322 date>", as Sendmail does
    bool chattyHello = false; // "Hello name [address], pleased to meet you" in EHLO/HELO
    bool offerStartTls = true; // when a certificate is available
    bool authBeforeTls = false; // AUTH PLAIN LOGIN offered on a plain connection
    PracticeVrfy vrfy = PracticeVrfy::CannotVerify;
    bool expn = false; // EXPN lists a list's members; otherwise 502
    QByteArray helpText; // lines of a 214 reply; empty: HELP gets 502
    bool acceptUnknownLocal = false; // unknown local recipients get 250 (backscatter)
    bool openRelay = false; // any recipient in any domain, from anyone
    // Postfix-style sender restrictions, answered at RCPT: senders in a local domain need
    // AUTH (reject_unauthenticated_sender_login_mismatch), unqualified senders and senders
    // at .invalid domains are refused (reject_non_fqdn_sender, reject_unknown_sender_domain).
    bool senderRestrictions = false;
    int errorLimit = 20; // 421 and close once this many errors were answered; 0: never
    QByteArray errorLimitText = "4.7.0 Error: too many errors";
    int tarpitBaseMs = 0; // error replies wait base, 2*base, 4*base, ... (0: no delay)
    int tarpitMaxMs = 0;
    // Refuse the EICAR test file (body or base64 attachment) with 554 5.7.1 and GTUBE with
    // 550 5.7.1 at the end of DATA, as a scanning milter does.
    bool contentFilter = false;
    PracticeMisbehaviour fromGreeting = PracticeMisbehaviour::None;
    // Upper-case verb -> LongLine, EndlessReply or Garbage instead of the reply, or
    // ResetInData for "DATA".
    QHash<QByteArray, PracticeMisbehaviour> onCommand;

    // One sentence for --help and the GUI, translated.
    QString description() const;

    static std::optional<PracticeProfile> byName(const QString &name);
    static QStringList names();

    Q_DECLARE_TR_FUNCTIONS(mxscope::PracticeProfile)
};

} // namespace mxscope

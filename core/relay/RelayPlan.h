// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "smtp/SessionOptions.h"

#include <QString>

namespace mxscope {

// What the user asked for, as NetScanTools Pro asks it: the server, the sending domain
// (HELO name, in target.heloName), a sender, and an external recipient the user owns.
struct RelayPlan {
    SessionOptions target; // host, port, TLS mode, HELO name, optional credentials
    QString sender; // e.g. "tester@example.net"
    QString recipient; // an external mailbox the user owns
    // Safe mode (false): judge at RCPT and RSET before DATA. True: send a real test message
    // (opt-in, only after the user confirmed authorisation).
    bool sendData = false;
    bool authorised = false; // the user confirmed they may test this server
    QString token; // unique token for Subject and body; generated when empty
};

} // namespace mxscope

// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "transport/TlsDetails.h"

class QSslSocket;

namespace mxscope {

// Reads the negotiated session and the peer certificate of an encrypted socket.
TlsDetails readTlsDetails(const QSslSocket &socket, const QStringList &verificationErrors);

} // namespace mxscope

// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace mxscope {

// Turns a message into the bytes sent after a 354 reply (RFC 5321 4.5.2): every line
// ending becomes CRLF (bare CR and bare LF included), lines starting with '.' get another
// '.', and the lone "." line ends the data.
QByteArray encodeMessageForData(QByteArrayView message);

} // namespace mxscope

// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "smtp/DataEncoder.h"

namespace mxscope {

QByteArray encodeMessageForData(QByteArrayView message)
{
    QByteArray out;
    out.reserve(message.size() + message.size() / 32 + 8);
    bool atLineStart = true;
    for (qsizetype i = 0; i < message.size(); ++i) {
        const char c = message[i];
        if (c == '\r' || c == '\n') {
            out += "\r\n";
            if (c == '\r' && i + 1 < message.size() && message[i + 1] == '\n')
                ++i;
            atLineStart = true;
            continue;
        }
        if (atLineStart && c == '.')
            out += '.';
        out += c;
        atLineStart = false;
    }
    if (!atLineStart)
        out += "\r\n";
    out += ".\r\n";
    return out;
}

} // namespace mxscope

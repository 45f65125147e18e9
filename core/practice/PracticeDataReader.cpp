// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "practice/PracticeDataReader.h"

namespace mxscope {

PracticeDataReader::PracticeDataReader(qint64 maxBytes)
    : m_maxBytes(maxBytes)
{ }

qsizetype PracticeDataReader::feed(QByteArrayView bytes)
{
    qsizetype position = 0;
    while (position < bytes.size() && !m_complete) {
        const QByteArrayView rest = bytes.sliced(position);
        if (m_atLineStart) {
            // A bare LF after the dot is accepted too, as most MTAs do.
            if (rest.startsWith(".\r\n") || rest.startsWith(".\n")) {
                position += rest.startsWith(".\n") ? 2 : 3;
                m_complete = true;
                break;
            }
            if (rest == "." || rest == ".\r")
                break;
        }
        const qsizetype newline = rest.indexOf('\n');
        const qsizetype length = newline < 0 ? rest.size() : newline + 1;
        m_size += length;
        m_atLineStart = newline >= 0;
        position += length;
    }
    return position;
}

} // namespace mxscope

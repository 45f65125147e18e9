// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QByteArrayView>

namespace mxscope {

// Reads a DATA message body up to the lone "." line, counting its bytes and keeping none:
// the practice server never stores or delivers mail.
//
//   PracticeDataReader reader(limits.maxMessageBytes);
//   buffer.remove(0, reader.feed(buffer));   // until reader.isComplete()
class PracticeDataReader
{
public:
    explicit PracticeDataReader(qint64 maxBytes);

    // Consumes bytes up to and including the end marker; returns how many were used.
    // Bytes that might start the marker (".", ".\r" at a line start) wait for more input.
    qsizetype feed(QByteArrayView bytes);

    bool isComplete() const { return m_complete; }
    qint64 size() const { return m_size; }
    bool exceedsLimit() const { return m_size > m_maxBytes; }

private:
    qint64 m_maxBytes;
    qint64 m_size = 0;
    bool m_atLineStart = true;
    bool m_complete = false;
};

} // namespace mxscope

// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "practice/PracticeHostileStream.h"

namespace mxscope {

PracticeHostileStream::PracticeHostileStream(PracticeMisbehaviour kind, QByteArray code)
    : m_kind(kind)
    , m_code(std::move(code))
{ }

QByteArray PracticeHostileStream::next(qsizetype maxBytes)
{
    if (atEnd() || maxBytes <= 0)
        return {};
    QByteArray piece;
    switch (m_kind) {
    case PracticeMisbehaviour::LongLine:
        piece = longLine(maxBytes);
        break;
    case PracticeMisbehaviour::EndlessReply:
        piece = endless(maxBytes);
        break;
    case PracticeMisbehaviour::Garbage:
        piece = garbage(maxBytes);
        break;
    default:
        return {};
    }
    m_produced += piece.size();
    return piece;
}

bool PracticeHostileStream::atEnd() const
{
    switch (m_kind) {
    case PracticeMisbehaviour::LongLine:
        return m_produced >= m_code.size() + 1 + longLineBytes + 2;
    case PracticeMisbehaviour::EndlessReply:
        return false;
    case PracticeMisbehaviour::Garbage:
        return m_produced >= garbageBytes;
    default:
        return true;
    }
}

QByteArray PracticeHostileStream::longLine(qsizetype maxBytes)
{
    // "NNN " + 1 MiB of text + CRLF, cut into pieces.
    const qint64 prefix = m_code.size() + 1;
    const qint64 bodyEnd = prefix + longLineBytes;
    QByteArray piece;
    if (m_produced < prefix)
        piece = m_code + ' ';
    const qint64 position = m_produced + piece.size();
    const qint64 fill = std::min<qint64>(bodyEnd - position, maxBytes - piece.size());
    if (fill > 0)
        piece += QByteArray(fill, 'x');
    if (m_produced + piece.size() >= bodyEnd && piece.size() < maxBytes)
        piece += "\r\n";
    return piece;
}

QByteArray PracticeHostileStream::endless(qsizetype maxBytes)
{
    QByteArray piece;
    while (piece.size() < maxBytes) {
        ++m_lines;
        piece += m_code + "-endless line " + QByteArray::number(m_lines)
            + " of a reply that never ends\r\n";
    }
    return piece;
}

QByteArray PracticeHostileStream::garbage(qsizetype maxBytes)
{
    const qsizetype size = std::min<qint64>(maxBytes, garbageBytes - m_produced);
    QByteArray piece(size, '\0');
    for (qsizetype i = 0; i < size; ++i) {
        // Mostly binary noise with NULs, a line end now and then so parsers see "lines".
        const quint32 r = m_random.generate();
        piece[i] = (r % 61 == 0) ? '\n' : (r % 7 == 0) ? '\0' : char(r >> 8);
    }
    if (m_produced == 0 && size > 0)
        piece[0] = '\0'; // never a valid reply line, from the first byte
    return piece;
}

} // namespace mxscope

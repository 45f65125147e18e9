// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "practice/PracticeProfile.h"

#include <QByteArray>
#include <QRandomGenerator>

namespace mxscope {

// The bytes of one hostile reply, made lazily in pieces so the server never holds more
// than one piece however long (or endless) the reply is. The writer asks for the next
// piece only when the client has taken the last one.
//
//   PracticeHostileStream stream(PracticeMisbehaviour::EndlessReply, "250");
//   while (socketHasRoom && !stream.atEnd()) socket->write(stream.next(16 * 1024));
class PracticeHostileStream
{
public:
    static constexpr qint64 longLineBytes = 1024 * 1024;
    static constexpr qint64 garbageBytes = 64 * 1024;

    // kind: LongLine, EndlessReply or Garbage; code: the reply code to pretend, e.g. "220".
    PracticeHostileStream(PracticeMisbehaviour kind, QByteArray code);

    // The next piece of at most about maxBytes; empty once the stream has ended.
    QByteArray next(qsizetype maxBytes);
    bool atEnd() const;
    // Garbage ends with a hang-up; a long line ends with CRLF and the session goes on.
    bool closesAfterwards() const { return m_kind == PracticeMisbehaviour::Garbage; }
    qint64 produced() const { return m_produced; }

private:
    QByteArray longLine(qsizetype maxBytes);
    QByteArray endless(qsizetype maxBytes);
    QByteArray garbage(qsizetype maxBytes);

    PracticeMisbehaviour m_kind;
    QByteArray m_code;
    qint64 m_produced = 0;
    quint64 m_lines = 0;
    QRandomGenerator m_random {5321}; // fixed seed: the same noise every run
};

} // namespace mxscope

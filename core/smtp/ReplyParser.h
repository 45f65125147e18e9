// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "smtp/SmtpReply.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace mxscope {

// Hard caps that keep a hostile server from growing memory without bound.
struct ReplyParserLimits {
    qsizetype maxLineLength = 4096; // RFC 5321 allows 512; real servers stay far below this
    int maxLinesPerReply = 512; // large HELP or EHLO replies stay well under this
    qsizetype maxReplyBytes = 128 * 1024;
};

enum class ProtocolViolation { None, LineTooLong, TooManyLines, ReplyTooLarge, MalformedLine };

// Incremental SMTP reply parser with no socket in it: feed it bytes as they arrive and it
// hands back every complete line and every complete (possibly multi-line) reply.
// Lines may end in CRLF or a bare LF. Anything beyond the limits, or a line that is not
// "NNN[ -]text", stops the parser with a protocol violation; it then ignores all input.
class ReplyParser
{
    Q_DECLARE_TR_FUNCTIONS(mxscope::ReplyParser)

public:
    struct Output {
        QList<QByteArray> lines; // every complete line received, without its line ending
        QList<SmtpReply> replies; // every reply completed by those lines
    };

    explicit ReplyParser(ReplyParserLimits limits = {});

    void feed(QByteArrayView bytes, Output &out);
    void reset();

    bool hasFailed() const { return m_violation != ProtocolViolation::None; }
    ProtocolViolation violation() const { return m_violation; }
    QString violationMessage() const;
    // True when bytes of an unfinished line or an unfinished multi-line reply are held.
    bool hasPendingInput() const { return !m_partialLine.isEmpty() || !m_current.lines.isEmpty(); }
    // The unfinished line, for showing what a server sent before it stalled.
    const QByteArray &partialLine() const { return m_partialLine; }
    const ReplyParserLimits &limits() const { return m_limits; }

private:
    void takeLine(QByteArray line, Output &out);
    void fail(ProtocolViolation violation, QByteArrayView evidence);

    ReplyParserLimits m_limits;
    QByteArray m_partialLine;
    SmtpReply m_current;
    qsizetype m_currentBytes = 0;
    ProtocolViolation m_violation = ProtocolViolation::None;
    QString m_violationDetail;
};

} // namespace mxscope

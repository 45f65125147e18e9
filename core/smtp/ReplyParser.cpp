// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "smtp/ReplyParser.h"

#include "smtp/EnhancedStatusParser.h"
#include "transcript/SafeText.h"

namespace mxscope {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// "NNN" alone, "NNN text" or "NNN-text", with a first digit of 2 to 5 (RFC 5321 4.2).
bool isReplyLine(QByteArrayView line)
{
    return line.size() >= 3 && line[0] >= '2' && line[0] <= '5' && isDigit(line[1])
        && isDigit(line[2]);
}

} // namespace

ReplyParser::ReplyParser(ReplyParserLimits limits)
    : m_limits(limits)
{ }

void ReplyParser::reset()
{
    m_partialLine.clear();
    m_current = {};
    m_currentBytes = 0;
    m_violation = ProtocolViolation::None;
    m_violationDetail.clear();
}

void ReplyParser::feed(QByteArrayView bytes, Output &out)
{
    while (!hasFailed() && !bytes.isEmpty()) {
        const qsizetype newline = bytes.indexOf('\n');
        const QByteArrayView chunk = newline < 0 ? bytes : bytes.first(newline);
        if (m_partialLine.size() + chunk.size() > m_limits.maxLineLength + 1) {
            // +1 leaves room for the CR of a CRLF that has not been stripped yet.
            const QByteArray start = m_partialLine.isEmpty()
                ? chunk.first(std::min<qsizetype>(chunk.size(), 80)).toByteArray()
                : m_partialLine;
            fail(ProtocolViolation::LineTooLong, start);
            return;
        }
        m_partialLine += chunk;
        if (newline < 0)
            return;
        bytes = bytes.sliced(newline + 1);
        QByteArray line = std::exchange(m_partialLine, {});
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.size() > m_limits.maxLineLength) {
            fail(ProtocolViolation::LineTooLong, line.first(80));
            return;
        }
        takeLine(std::move(line), out);
    }
}

void ReplyParser::takeLine(QByteArray line, Output &out)
{
    out.lines.append(line);
    if (!isReplyLine(line)) {
        fail(ProtocolViolation::MalformedLine, line);
        return;
    }
    const int code = (line[0] - '0') * 100 + (line[1] - '0') * 10 + (line[2] - '0');
    const bool continues = line.size() > 3 && line[3] == '-';
    const QByteArray text = line.size() > 4 ? line.sliced(4) : QByteArray();

    if (m_current.lines.isEmpty()) {
        m_current.code = code;
        m_current.enhanced = EnhancedStatusParser::parse(text);
    } else if (code != m_current.code) {
        // RFC 5321 requires one code per reply; keep the last one, as MTAs do, but note it.
        m_current.codesConsistent = false;
        m_current.code = code;
    }
    m_current.lines.append(text);
    m_currentBytes += line.size() + 2;
    if (m_current.lines.size() > m_limits.maxLinesPerReply) {
        fail(ProtocolViolation::TooManyLines, line);
        return;
    }
    if (m_currentBytes > m_limits.maxReplyBytes) {
        fail(ProtocolViolation::ReplyTooLarge, line);
        return;
    }
    if (continues)
        return;
    out.replies.append(std::exchange(m_current, {}));
    m_currentBytes = 0;
}

void ReplyParser::fail(ProtocolViolation violation, QByteArrayView evidence)
{
    m_violation = violation;
    m_violationDetail = safeText(evidence.first(std::min<qsizetype>(evidence.size(), 80)));
    m_partialLine.clear();
    m_current = {};
    m_currentBytes = 0;
}

QString ReplyParser::violationMessage() const
{
    switch (m_violation) {
    case ProtocolViolation::None:
        return {};
    case ProtocolViolation::LineTooLong:
        return tr("The server sent a reply line longer than %1 bytes (starts \"%2\").")
            .arg(m_limits.maxLineLength)
            .arg(m_violationDetail);
    case ProtocolViolation::TooManyLines:
        return tr("The server sent a reply of more than %1 lines; it was cut off.")
            .arg(m_limits.maxLinesPerReply);
    case ProtocolViolation::ReplyTooLarge:
        return tr("The server sent a reply larger than %1 bytes; it was cut off.")
            .arg(m_limits.maxReplyBytes);
    case ProtocolViolation::MalformedLine:
        return tr("The server sent a line that is not an SMTP reply: \"%1\".")
            .arg(m_violationDetail);
    }
    return {};
}

} // namespace mxscope

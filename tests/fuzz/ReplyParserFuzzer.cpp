// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
// libFuzzer target: the SMTP reply parser fed hostile server bytes. The first byte picks
// the chunk size; the same bytes fed whole and in chunks must give the same result.
#include "smtp/ReplyExplainer.h"
#include "smtp/ReplyParser.h"

#include <cstdint>
#include <cstdlib>

using namespace mxscope;

namespace {

ReplyParserLimits limitsFor(uint8_t selector)
{
    ReplyParserLimits limits;
    if (selector & 0x80) { // small limits reach the overflow paths with short inputs
        limits.maxLineLength = 64;
        limits.maxLinesPerReply = 8;
        limits.maxReplyBytes = 256;
    }
    return limits;
}

void check(bool condition)
{
    if (!condition)
        abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t selector = data[0];
    const QByteArrayView bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const ReplyParserLimits limits = limitsFor(selector);
    const qsizetype chunk = 1 + (selector & 0x3f);

    ReplyParser whole(limits);
    ReplyParser::Output wholeOut;
    whole.feed(bytes, wholeOut);

    ReplyParser chunked(limits);
    ReplyParser::Output chunkedOut;
    for (qsizetype pos = 0; pos < bytes.size(); pos += chunk)
        chunked.feed(bytes.sliced(pos, std::min(chunk, bytes.size() - pos)), chunkedOut);

    check(whole.violation() == chunked.violation());
    check(wholeOut.lines == chunkedOut.lines);
    check(wholeOut.replies.size() == chunkedOut.replies.size());
    for (const QByteArray &line : wholeOut.lines)
        check(line.size() <= limits.maxLineLength);
    for (qsizetype i = 0; i < wholeOut.replies.size(); ++i) {
        const SmtpReply &reply = wholeOut.replies.at(i);
        check(reply.code == chunkedOut.replies.at(i).code);
        check(reply.code >= 200 && reply.code <= 599);
        check(reply.lines.size() <= limits.maxLinesPerReply);
        (void)reply.text();
        (void)reply.summary();
        (void)ReplyExplainer::explain(reply);
    }
    (void)whole.violationMessage();
    // A failed parser ignores everything after the violation.
    if (whole.hasFailed()) {
        ReplyParser::Output after;
        whole.feed("250 ok\r\n", after);
        check(after.lines.isEmpty() && after.replies.isEmpty());
    }
    return 0;
}

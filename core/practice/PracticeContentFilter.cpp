// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "practice/PracticeContentFilter.h"

#include "checks/FilterTestPayloads.h"

namespace mxscope {

namespace {

bool isBase64Line(QByteArrayView line)
{
    if (line.size() < 4)
        return false;
    for (const char c : line) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
            || c == '+' || c == '/' || c == '=';
        if (!ok)
            return false;
    }
    return true;
}

// Decodes every run of consecutive base64-looking lines and looks for needle in it.
bool base64BlockContains(QByteArrayView message, const QByteArray &needle)
{
    QByteArray block;
    qsizetype start = 0;
    while (start <= message.size()) {
        qsizetype end = message.indexOf('\n', start);
        if (end < 0)
            end = message.size();
        QByteArrayView line = message.sliced(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        if (isBase64Line(line)) {
            block += line;
        } else if (!block.isEmpty()) {
            if (QByteArray::fromBase64(block).contains(needle))
                return true;
            block.clear();
        }
        start = end + 1;
    }
    return !block.isEmpty() && QByteArray::fromBase64(block).contains(needle);
}

} // namespace

std::optional<QByteArray> PracticeContentFilter::judge(QByteArrayView message)
{
    const QByteArray eicar = FilterTestPayloads::eicar();
    if (message.indexOf(eicar) >= 0 || base64BlockContains(message, eicar))
        return QByteArray("554 5.7.1 Message rejected: infected with Eicar-Signature\r\n");
    if (message.indexOf(FilterTestPayloads::gtube()) >= 0)
        return QByteArray("550 5.7.1 Message rejected as spam\r\n");
    return std::nullopt;
}

} // namespace mxscope

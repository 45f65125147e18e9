// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "smtp/EnhancedStatusParser.h"

namespace mxscope::EnhancedStatusParser {

namespace {

// Reads 1..maxDigits decimal digits at pos; returns the value or -1.
int readNumber(QByteArrayView text, qsizetype &pos, int maxDigits)
{
    int value = 0;
    int digits = 0;
    while (pos < text.size() && digits < maxDigits && text[pos] >= '0' && text[pos] <= '9') {
        value = value * 10 + (text[pos] - '0');
        ++pos;
        ++digits;
    }
    return digits == 0 ? -1 : value;
}

struct Match {
    EnhancedStatus status;
    qsizetype length = 0; // bytes consumed, including the separating space
};

std::optional<Match> match(QByteArrayView text)
{
    qsizetype pos = 0;
    Match m;
    // RFC 3463: class is 2, 4 or 5; subject and detail are 1 to 3 digits.
    m.status.statusClass = readNumber(text, pos, 1);
    if (m.status.statusClass != 2 && m.status.statusClass != 4 && m.status.statusClass != 5)
        return std::nullopt;
    if (pos >= text.size() || text[pos++] != '.')
        return std::nullopt;
    m.status.subject = readNumber(text, pos, 3);
    if (m.status.subject < 0 || pos >= text.size() || text[pos++] != '.')
        return std::nullopt;
    m.status.detail = readNumber(text, pos, 3);
    if (m.status.detail < 0)
        return std::nullopt;
    if (pos < text.size()) {
        if (text[pos] != ' ' && text[pos] != '\t')
            return std::nullopt;
        ++pos;
    }
    m.length = pos;
    return m;
}

} // namespace

std::optional<EnhancedStatus> parse(QByteArrayView text)
{
    if (const auto m = match(text))
        return m->status;
    return std::nullopt;
}

QByteArrayView stripPrefix(QByteArrayView text)
{
    if (const auto m = match(text))
        return text.sliced(m->length);
    return text;
}

} // namespace mxscope::EnhancedStatusParser

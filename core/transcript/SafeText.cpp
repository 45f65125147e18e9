// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "transcript/SafeText.h"

#include <QList>

namespace mxscope {

namespace {

QString escapeByte(unsigned char byte)
{
    return QStringLiteral("\\x%1").arg(uint(byte), 2, 16, QLatin1Char('0'));
}

bool isControl(char32_t c)
{
    return (c < 0x20 && c != U'\t') || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0x2028
        || c == 0x2029 || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

QString render(QByteArrayView bytes, bool *escaped)
{
    QString out;
    out.reserve(bytes.size());
    qsizetype i = 0;
    while (i < bytes.size()) {
        const auto byte = static_cast<unsigned char>(bytes[i]);
        if (byte < 0x80) {
            if (isControl(byte)) {
                out += escapeByte(byte);
                *escaped = true;
            } else if (byte == '\\') {
                // Escaped too, so "\\x41" sent by a server never reads as an escaped byte.
                out += escapeByte(byte);
            } else {
                out += QLatin1Char(char(byte));
            }
            ++i;
            continue;
        }
        // Decode one UTF-8 sequence; anything malformed is escaped byte by byte.
        const int length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc2 ? 2 : 0;
        if (length == 0 || i + length > bytes.size()) {
            out += escapeByte(byte);
            *escaped = true;
            ++i;
            continue;
        }
        const QString decoded = QString::fromUtf8(bytes.sliced(i, length));
        const auto ucs4 = decoded.toUcs4();
        if (ucs4.size() != 1 || ucs4.constFirst() == 0xfffd || isControl(ucs4.constFirst())) {
            out += escapeByte(byte);
            *escaped = true;
            ++i;
            continue;
        }
        out += decoded;
        i += length;
    }
    return out;
}

} // namespace

QString safeText(QByteArrayView bytes)
{
    bool escaped = false;
    return render(bytes, &escaped);
}

bool hasUnprintableBytes(QByteArrayView bytes)
{
    bool escaped = false;
    render(bytes, &escaped);
    return escaped;
}

} // namespace mxscope

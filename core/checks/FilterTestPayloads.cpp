// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "checks/FilterTestPayloads.h"

#include <array>

namespace mxscope::FilterTestPayloads {

namespace {

// Each byte XOR this key; decoded at run time (see the header for why).
constexpr unsigned char key = 0x5a;

constexpr std::array<unsigned char, 68> eicarMasked {
    0x02, 0x6f, 0x15, 0x7b, 0x0a, 0x7f, 0x1a, 0x1b, 0x0a, 0x01, 0x6e, 0x06, 0x0a, 0x00,
    0x02, 0x6f, 0x6e, 0x72, 0x0a, 0x04, 0x73, 0x6d, 0x19, 0x19, 0x73, 0x6d, 0x27, 0x7e,
    0x1f, 0x13, 0x19, 0x1b, 0x08, 0x77, 0x09, 0x0e, 0x1b, 0x14, 0x1e, 0x1b, 0x08, 0x1e,
    0x77, 0x1b, 0x14, 0x0e, 0x13, 0x0c, 0x13, 0x08, 0x0f, 0x09, 0x77, 0x0e, 0x1f, 0x09,
    0x0e, 0x77, 0x1c, 0x13, 0x16, 0x1f, 0x7b, 0x7e, 0x12, 0x71, 0x12, 0x70};

constexpr std::array<unsigned char, 68> gtubeMasked {
    0x02, 0x10, 0x09, 0x70, 0x19, 0x6e, 0x10, 0x1e, 0x18, 0x0b, 0x1b, 0x1e, 0x14, 0x6b,
    0x74, 0x14, 0x09, 0x18, 0x14, 0x69, 0x70, 0x68, 0x13, 0x1e, 0x14, 0x1f, 0x14, 0x70,
    0x1d, 0x0e, 0x0f, 0x18, 0x1f, 0x77, 0x09, 0x0e, 0x1b, 0x14, 0x1e, 0x1b, 0x08, 0x1e,
    0x77, 0x1b, 0x14, 0x0e, 0x13, 0x77, 0x0f, 0x18, 0x1f, 0x77, 0x0e, 0x1f, 0x09, 0x0e,
    0x77, 0x1f, 0x17, 0x1b, 0x13, 0x16, 0x70, 0x19, 0x74, 0x69, 0x6e, 0x02};

template<std::size_t N> QByteArray unmask(const std::array<unsigned char, N> &masked)
{
    QByteArray out(static_cast<qsizetype>(N), Qt::Uninitialized);
    for (std::size_t i = 0; i < N; ++i)
        out[static_cast<qsizetype>(i)] = static_cast<char>(masked[i] ^ key);
    return out;
}

constexpr qsizetype base64LineLength = 76; // RFC 2045 6.8

QList<QByteArray> base64Lines(const QByteArray &data)
{
    const QByteArray encoded = data.toBase64();
    QList<QByteArray> lines;
    for (qsizetype i = 0; i < encoded.size(); i += base64LineLength)
        lines.append(encoded.mid(i, base64LineLength));
    return lines;
}

const char boundary[] = "mxscope-boundary-5321";

} // namespace

QByteArray eicar()
{
    return unmask(eicarMasked);
}

QByteArray gtube()
{
    return unmask(gtubeMasked);
}

QList<Kind> all()
{
    return {Kind::EicarBody, Kind::EicarAttachment, Kind::GtubeBody};
}

QString name(Kind kind)
{
    switch (kind) {
    case Kind::EicarBody:
        return QStringLiteral("eicar-body");
    case Kind::EicarAttachment:
        return QStringLiteral("eicar-attachment");
    case Kind::GtubeBody:
        return QStringLiteral("gtube-body");
    }
    return {};
}

bool isMalware(Kind kind)
{
    return kind != Kind::GtubeBody;
}

QByteArray buildMessage(Kind kind, const QString &sender, const QString &recipient,
                        const QString &token, const QDateTime &date)
{
    // Wire content, not UI text: English, so every filter and reader sees the same words.
    const QString from = sender.isEmpty() ? QStringLiteral("mxscope@mxscope.invalid") : sender;
    QByteArray head = QStringLiteral("From: <%1>\nTo: <%2>\nSubject: mxscope filter test %3 (%4)\n"
                                     "Date: %5\nMessage-ID: <%3.%4@mxscope.invalid>\n"
                                     "MIME-Version: 1.0\n")
                          .arg(from, recipient, token, name(kind), date.toString(Qt::RFC2822Date))
                          .toUtf8();
    const QByteArray intro = "This message was sent by mxscope, a mail-server security tester, "
                             "to check\nthe server's content filter. Token: "
        + token.toUtf8() + "\n";
    switch (kind) {
    case Kind::EicarBody:
        // The EICAR file format wants the string first; the token is in the Subject.
        return head + "Content-Type: text/plain; charset=us-ascii\n\n" + eicar() + "\n\n" + intro;
    case Kind::GtubeBody:
        return head + "Content-Type: text/plain; charset=us-ascii\n\n" + intro + "\n" + gtube()
            + "\n";
    case Kind::EicarAttachment:
        break;
    }
    QByteArray body = head + "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\n\n"
        + "--" + boundary + "\nContent-Type: text/plain; charset=us-ascii\n\n" + intro + "\n--"
        + boundary
        + "\nContent-Type: application/octet-stream; name=\"eicar.com\"\n"
          "Content-Transfer-Encoding: base64\n"
          "Content-Disposition: attachment; filename=\"eicar.com\"\n\n";
    for (const QByteArray &line : base64Lines(eicar()))
        body += line + "\n";
    return body + "\n--" + boundary + "--\n";
}

QList<QByteArray> sensitiveLines()
{
    return QList<QByteArray> {eicar(), gtube()} + base64Lines(eicar());
}

} // namespace mxscope::FilterTestPayloads

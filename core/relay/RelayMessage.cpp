// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "relay/RelayMessage.h"

#include <QRandomGenerator>

namespace mxscope {

QString RelayMessage::newToken()
{
    const quint64 value = QRandomGenerator::system()->generate64();
    return QStringLiteral("mxscope-%1").arg(value, 16, 16, QLatin1Char('0'));
}

QByteArray RelayMessage::build(const QString &sender, const QString &recipient,
                               const RelayVariant &variant, const QString &token,
                               const QDateTime &date)
{
    // Wire content, not UI text: English, so every filter and reader sees the same words.
    // The envelope forms are the variant's; the headers carry the user's plain addresses.
    const QString text
        = QStringLiteral(
              "From: <%1>\nTo: <%2>\nSubject: mxscope relay test %3 (%4)\nDate: %5\n"
              "Message-ID: <%3.%4@mxscope.invalid>\nMIME-Version: 1.0\n"
              "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
              "This message was sent by mxscope, a mail-server security tester, to check\n"
              "whether the server relays mail for outside addresses. If it reached you, the\n"
              "server passed it on for variant %4:\n\n"
              "  MAIL FROM:%6\n  RCPT TO:%7\n\n"
              "Token: %3\n")
              .arg(sender, recipient, token, variant.id, date.toString(Qt::RFC2822Date),
                   variant.mailFrom, variant.rcptTo);
    return text.toUtf8();
}

} // namespace mxscope

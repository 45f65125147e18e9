// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "relay/RelayTypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace mxscope {

// The test message of the opt-in DATA stage: a unique token in Subject and body, so the
// user can find (and filter) every copy that got through, and a note saying what it is.
//
//   const QString token = RelayMessage::newToken();          // "mxscope-3f9c0a1e27b4d658"
//   const QByteArray message = RelayMessage::build(sender, recipient, variant, token,
//                                                  QDateTime::currentDateTime());
class RelayMessage
{
public:
    static QString newToken();
    // Header and body with LF line ends; the session turns them into CRLF and dot-stuffs.
    static QByteArray build(const QString &sender, const QString &recipient,
                            const RelayVariant &variant, const QString &token,
                            const QDateTime &date);
};

} // namespace mxscope

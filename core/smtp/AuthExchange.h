// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "smtp/SmtpReply.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace mxscope {

enum class AuthMechanism { Plain, Login, CramMd5 };

QString toString(AuthMechanism mechanism);
std::optional<AuthMechanism> authMechanismFromString(const QString &name);

// The client side of one SASL exchange (RFC 4954): the AUTH line to send first, then an
// answer to each 334 challenge. Every line it produces carries a secret, so the session
// writes "<redacted>" into the transcript instead.
class AuthExchange
{
public:
    AuthExchange(AuthMechanism mechanism, QString user, QString password);

    AuthMechanism mechanism() const { return m_mechanism; }
    QByteArray initialLine() const;
    // What the transcript shows for the initial line.
    QString initialTranscriptText() const;
    // The base64 answer to a 334 challenge, or nothing when the exchange has no more steps.
    std::optional<QByteArray> respond(const SmtpReply &challenge);

private:
    AuthMechanism m_mechanism;
    QString m_user;
    QString m_password;
    int m_step = 0;
};

} // namespace mxscope

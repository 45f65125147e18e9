// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "smtp/AuthExchange.h"

#include <QMessageAuthenticationCode>

namespace mxscope {

namespace {

// RFC 4616: authzid NUL authcid NUL passwd, base64 encoded; the authzid stays empty.
QByteArray plainMessage(const QString &user, const QString &password)
{
    const QByteArray message = '\0' + user.toUtf8() + '\0' + password.toUtf8();
    return message.toBase64();
}

} // namespace

QString toString(AuthMechanism mechanism)
{
    switch (mechanism) {
    case AuthMechanism::Plain:
        return QStringLiteral("PLAIN");
    case AuthMechanism::Login:
        return QStringLiteral("LOGIN");
    case AuthMechanism::CramMd5:
        return QStringLiteral("CRAM-MD5");
    }
    return {};
}

std::optional<AuthMechanism> authMechanismFromString(const QString &name)
{
    for (const auto mechanism :
         {AuthMechanism::Plain, AuthMechanism::Login, AuthMechanism::CramMd5}) {
        if (name.compare(toString(mechanism), Qt::CaseInsensitive) == 0)
            return mechanism;
    }
    return std::nullopt;
}

AuthExchange::AuthExchange(AuthMechanism mechanism, QString user, QString password)
    : m_mechanism(mechanism)
    , m_user(std::move(user))
    , m_password(std::move(password))
{ }

QByteArray AuthExchange::initialLine() const
{
    if (m_mechanism == AuthMechanism::Plain) {
        // Sent as an initial response (RFC 4954 4), saving a round trip.
        return "AUTH PLAIN " + plainMessage(m_user, m_password);
    }
    return "AUTH " + toString(m_mechanism).toLatin1();
}

QString AuthExchange::initialTranscriptText() const
{
    if (m_mechanism == AuthMechanism::Plain)
        return QStringLiteral("AUTH PLAIN <redacted>");
    return QStringLiteral("AUTH ") + toString(m_mechanism);
}

std::optional<QByteArray> AuthExchange::respond(const SmtpReply &challenge)
{
    const int step = m_step++;
    switch (m_mechanism) {
    case AuthMechanism::Plain:
        // The credentials went with the AUTH line; a 334 here asks for them again.
        if (step > 0)
            return std::nullopt;
        return plainMessage(m_user, m_password);
    case AuthMechanism::Login:
        if (step == 0)
            return m_user.toUtf8().toBase64();
        if (step == 1)
            return m_password.toUtf8().toBase64();
        return std::nullopt;
    case AuthMechanism::CramMd5: {
        if (step > 0 || challenge.lines.isEmpty())
            return std::nullopt;
        // RFC 2195: "user hex(HMAC-MD5(password, challenge))".
        const QByteArray nonce = QByteArray::fromBase64(challenge.lines.constFirst().trimmed());
        const QByteArray digest
            = QMessageAuthenticationCode::hash(nonce, m_password.toUtf8(), QCryptographicHash::Md5);
        const QByteArray answer = m_user.toUtf8() + ' ' + digest.toHex();
        return answer.toBase64();
    }
    }
    return std::nullopt;
}

} // namespace mxscope

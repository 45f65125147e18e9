// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "practice/PracticeAuthExchange.h"

namespace mxscope {

namespace {

std::optional<QByteArray> decode(QByteArrayView text)
{
    if (text == "=") // RFC 4954 4: an empty initial response
        return QByteArray();
    auto result = QByteArray::fromBase64Encoding(text.toByteArray(),
                                                 QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return std::nullopt;
    return *result;
}

} // namespace

PracticeAuthExchange::PracticeAuthExchange(const PracticeDirectory *directory)
    : m_directory(directory)
{ }

PracticeAuthExchange::Result PracticeAuthExchange::start(QByteArrayView argument)
{
    m_stage = Stage::Idle;
    const QByteArray text = argument.toByteArray().trimmed();
    const qsizetype space = text.indexOf(' ');
    const QByteArray mechanism = (space < 0 ? text : text.left(space)).toUpper();
    const QByteArray initial = space < 0 ? QByteArray() : text.mid(space + 1).trimmed();
    if (mechanism == "PLAIN") {
        if (initial.isEmpty())
            return challenge(Stage::PlainResponse, {});
        return plain(initial);
    }
    if (mechanism == "LOGIN") {
        if (initial.isEmpty())
            return challenge(Stage::LoginUser, QByteArray("Username:").toBase64());
        m_stage = Stage::LoginUser;
        return respond(initial);
    }
    return {Outcome::Unsupported, {}};
}

PracticeAuthExchange::Result PracticeAuthExchange::respond(QByteArrayView line)
{
    const Stage stage = std::exchange(m_stage, Stage::Idle);
    if (line == "*")
        return {Outcome::Aborted, {}};
    switch (stage) {
    case Stage::Idle:
        return {Outcome::Failure, {}};
    case Stage::PlainResponse:
        return plain(line);
    case Stage::LoginUser: {
        const auto user = decode(line);
        if (!user)
            return {Outcome::Malformed, {}};
        m_loginUser = *user;
        return challenge(Stage::LoginPassword, QByteArray("Password:").toBase64());
    }
    case Stage::LoginPassword: {
        const auto password = decode(line);
        if (!password)
            return {Outcome::Malformed, {}};
        return check(std::exchange(m_loginUser, {}), *password);
    }
    }
    return {Outcome::Failure, {}};
}

PracticeAuthExchange::Result PracticeAuthExchange::plain(QByteArrayView response)
{
    const auto message = decode(response);
    if (!message)
        return {Outcome::Malformed, {}};
    // authzid NUL authcid NUL passwd
    const QList<QByteArray> fields = message->split('\0');
    if (fields.size() != 3)
        return {Outcome::Failure, {}};
    return check(fields.at(1), fields.at(2));
}

PracticeAuthExchange::Result PracticeAuthExchange::check(const QByteArray &user,
                                                         const QByteArray &password)
{
    const bool valid = m_directory->hasUser(QString::fromUtf8(user))
        && QString::fromUtf8(password) == m_directory->password;
    return {valid ? Outcome::Success : Outcome::Failure, {}};
}

PracticeAuthExchange::Result PracticeAuthExchange::challenge(Stage next, QByteArray text)
{
    m_stage = next;
    return {Outcome::Challenge, std::move(text)};
}

} // namespace mxscope

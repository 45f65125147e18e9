// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "practice/PracticeDirectory.h"

#include <QByteArray>

namespace mxscope {

// The server side of SMTP AUTH (RFC 4954) for PLAIN (RFC 4616) and LOGIN, checked against a
// PracticeDirectory. Pure logic: the dialogue turns each result into a reply.
//
//   PracticeAuthExchange exchange(directory);
//   auto r = exchange.start("LOGIN");        // Challenge "VXNlcm5hbWU6"
//   r = exchange.respond(userBase64);        // Challenge "UGFzc3dvcmQ6"
//   r = exchange.respond(passwordBase64);    // Success or Failure
class PracticeAuthExchange
{
public:
    enum class Outcome { Challenge, Success, Failure, Aborted, Malformed, Unsupported };
    struct Result {
        Outcome outcome = Outcome::Failure;
        QByteArray challenge; // base64 text of a 334 reply
    };

    explicit PracticeAuthExchange(const PracticeDirectory *directory);

    // argument: "PLAIN", "PLAIN <initial response>", "LOGIN" or "LOGIN <user>".
    Result start(QByteArrayView argument);
    Result respond(QByteArrayView line);
    bool inProgress() const { return m_stage != Stage::Idle; }
    void cancel() { m_stage = Stage::Idle; }

private:
    enum class Stage { Idle, PlainResponse, LoginUser, LoginPassword };

    Result plain(QByteArrayView response);
    Result check(const QByteArray &user, const QByteArray &password);
    Result challenge(Stage next, QByteArray text);

    const PracticeDirectory *m_directory;
    Stage m_stage = Stage::Idle;
    QByteArray m_loginUser;
};

} // namespace mxscope

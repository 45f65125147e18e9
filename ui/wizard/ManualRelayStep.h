// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "smtp/SmtpCommand.h"
#include "smtp/SmtpReply.h"

#include <QString>

#include <optional>

namespace mxscope {

// One step of the classic manual relay test (telnet host 25, then one command at a time).
struct ManualRelayStep {
    enum class Kind {
        Connect, // open the connection and read the banner
        Ehlo,
        Helo, // only when the server does not understand EHLO
        StartTls,
        EhloAfterTls,
        Auth,
        MailFrom,
        RcptTo,
        Data,
        Body,
        EndOfData, // the lone "."
        Rset,
        Quit
    };
    enum class Status { Waiting, Running, Done, Failed, Skipped };
    // Why a step was skipped, or what else the page should say about it.
    enum class Note {
        None,
        SafeMode, // DATA, body and "." are not sent in safe mode
        AfterRefusal, // the server refused an earlier step, so the sequence goes to QUIT
        AfterFailure, // the connection ended
        SentAfter354, // the body goes out as soon as the server says 354
    };

    Kind kind = Kind::Connect;
    QString command; // the exact line sent, as the transcript shows it (secrets redacted)
    Status status = Status::Waiting;
    Note note = Note::None;
    std::optional<SmtpReply> reply;
    std::optional<SmtpVerb> answering; // which command the reply answered, for explanations
    qint64 latencyMs = -1;
    QString error; // the session's message when the step failed
};

} // namespace mxscope

// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace mxscope {

enum class SmtpVerb {
    Ehlo,
    Helo,
    StartTls,
    Auth,
    Mail,
    Rcpt,
    Data,
    DataBody,
    Rset,
    Vrfy,
    Expn,
    Help,
    Noop,
    Quit,
    Raw
};

QString toString(SmtpVerb verb);

// One command line to send. Build commands with the factories; the session refuses any
// line holding CR, LF or NUL, so a form field can never smuggle in a second command.
struct SmtpCommand {
    SmtpVerb verb = SmtpVerb::Raw;
    QByteArray line; // without CRLF
    QString transcriptText; // what the transcript shows (secrets redacted)
    QByteArray body; // DATA only: the message, before dot-stuffing

    static SmtpCommand ehlo(const QString &name);
    static SmtpCommand helo(const QString &name);
    static SmtpCommand startTls();
    static SmtpCommand mailFrom(const QString &address, const QString &parameters = {});
    static SmtpCommand mailFromPath(const QString &rawPath); // e.g. "<>" or an unbracketed form
    static SmtpCommand rcptTo(const QString &address, const QString &parameters = {});
    static SmtpCommand rcptToPath(const QString &rawPath);
    static SmtpCommand data(const QByteArray &message);
    static SmtpCommand rset();
    static SmtpCommand vrfy(const QString &argument);
    static SmtpCommand expn(const QString &argument);
    static SmtpCommand help(const QString &topic = {});
    static SmtpCommand noop();
    static SmtpCommand quit();
    // Anything else typed by a user; the verb is guessed from the first word.
    static SmtpCommand raw(const QString &line);

    // RFC 2920: true for commands that may be followed by others before their reply.
    bool mayBeFollowedInPipeline() const;
};

} // namespace mxscope

Q_DECLARE_METATYPE(mxscope::SmtpCommand)

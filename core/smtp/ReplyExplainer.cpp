// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "smtp/ReplyExplainer.h"

#include <QStringList>

namespace mxscope {

namespace {

// The tables hold untranslated source strings (marked for lupdate); tr() looks them up when
// they are shown, so a language switch needs no rebuilt table.
struct CodeText {
    int code;
    const char *text;
};

// RFC 5321 section 4.2.2 and 4.2.3, RFC 4954 (AUTH), RFC 3207 (STARTTLS), RFC 7504 (521/556).
constexpr CodeText codeTexts[] = {
    {211, QT_TRANSLATE_NOOP("mxscope::ReplyExplainer", "System status or help reply.")},
    {214, QT_TRANSLATE_NOOP("mxscope::ReplyExplainer", "Help message, meant for a human reader.")},
    {220,
     QT_TRANSLATE_NOOP("mxscope::ReplyExplainer",
                       "Service ready: the server is willing to talk to you.")},
    {221,
     QT_TRANSLATE_NOOP("mxscope::ReplyExplainer",
                       "The server is closing the connection, as asked.")},
    {235,
     QT_TRANSLATE_NOOP("mxscope::ReplyExplainer", "Authentication succeeded: you are logged in.")},
    {250,
     QT_TRANSLATE_NOOP("mxscope::ReplyExplainer",
                       "Requested action completed: the server did what the command asked.")},
    {251,
     QT_TRANSLATE_NOOP("mxscope::ReplyExplainer",
                       "The user is not local, but the server will forward the message.")},
    {252,
     QT_TRANSLATE_NOOP("mxscope::ReplyExplainer",
                       "The server cannot verify the user, but will accept a message and try to "
                       "deliver it.")},
    {334,
     QT_TRANSLATE_NOOP("mxscope::ReplyExplainer",
                       "The server asks for the next part of the login (AUTH).")},
    {354,
     QT_TRANSLATE_NOOP(
         "mxscope::ReplyExplainer",
         "Start the message: send the header and body, then a line with a single dot.")},
    {421,
     QT_TRANSLATE_NOOP(
         "mxscope::ReplyExplainer",
         "Service not available: the server is closing the connection (overload, too many "
         "errors or a policy). Try again later.")},
    {432,
     QT_TRANSLATE_NOOP("mxscope::ReplyExplainer",
                       "A password transition is needed before you can log in.")},
    {450,
     QT_TRANSLATE_NOOP(
         "mxscope::ReplyExplainer",
         "Mailbox unavailable for now (busy, or temporarily blocked by a policy such as "
         "greylisting). Not done this time; trying later may work.")},
    {451,
     QT_TRANSLATE_NOOP(
         "mxscope::ReplyExplainer",
         "The server aborted the action because of a local error. Trying later may work.")},
    {452,
     QT_TRANSLATE_NOOP("mxscope::ReplyExplainer",
                       "Not enough storage on the server, or too many recipients for now.")},
    {454,
     QT_TRANSLATE_NOOP("mxscope::ReplyExplainer",
                       "Temporary failure of authentication or TLS. Trying later may work.")},
    {455,
     QT_TRANSLATE_NOOP("mxscope::ReplyExplainer",
                       "The server cannot accommodate the parameters for now.")},
    {500,
     QT_TRANSLATE_NOOP("mxscope::ReplyExplainer",
                       "Syntax error: the server does not recognise the command.")},
    {501,
     QT_TRANSLATE_NOOP("mxscope::ReplyExplainer",
                       "Syntax error in the command's parameters or arguments.")},
    {502,
     QT_TRANSLATE_NOOP("mxscope::ReplyExplainer",
                       "Command not implemented, or switched off on this server.")},
    {503,
     QT_TRANSLATE_NOOP("mxscope::ReplyExplainer",
                       "Bad sequence of commands: this command is not allowed at this point.")},
    {504,
     QT_TRANSLATE_NOOP("mxscope::ReplyExplainer",
                       "A parameter of the command is not implemented.")},
    {521, QT_TRANSLATE_NOOP("mxscope::ReplyExplainer", "This server does not accept mail at all.")},
    {530,
     QT_TRANSLATE_NOOP("mxscope::ReplyExplainer",
                       "Authentication required: log in (AUTH) before this command.")},
    {534,
     QT_TRANSLATE_NOOP("mxscope::ReplyExplainer",
                       "The authentication mechanism is too weak for this server.")},
    {535,
     QT_TRANSLATE_NOOP("mxscope::ReplyExplainer",
                       "Authentication failed: the user name or password was not accepted.")},
    {538,
     QT_TRANSLATE_NOOP("mxscope::ReplyExplainer",
                       "Encryption (TLS) is required for this authentication mechanism.")},
    {550,
     QT_TRANSLATE_NOOP(
         "mxscope::ReplyExplainer",
         "Action not taken: mailbox unavailable (it does not exist, access is denied, or "
         "a policy refuses the command). Repeating it will not help.")},
    {551,
     QT_TRANSLATE_NOOP("mxscope::ReplyExplainer",
                       "The user is not local; the server will not forward the message.")},
    {552,
     QT_TRANSLATE_NOOP("mxscope::ReplyExplainer",
                       "The message exceeds the storage allocation of the mailbox or the server.")},
    {553,
     QT_TRANSLATE_NOOP("mxscope::ReplyExplainer",
                       "Mailbox name not allowed: the address is malformed or refused.")},
    {554,
     QT_TRANSLATE_NOOP(
         "mxscope::ReplyExplainer",
         "Transaction failed: the server refused it, usually for a policy reason (in a "
         "greeting: no SMTP service here).")},
    {555,
     QT_TRANSLATE_NOOP(
         "mxscope::ReplyExplainer",
         "The MAIL FROM or RCPT TO parameters are not recognised or not implemented.")},
    {556,
     QT_TRANSLATE_NOOP("mxscope::ReplyExplainer", "The recipient's domain does not accept mail.")},
};

struct DetailText {
    int subject;
    int detail;
    const char *text;
};

// RFC 3463, with the codes RFC 3886, 4468, 4954, 5248, 6531, 7293, 7372 and 7505 added.
constexpr DetailText detailTexts[] = {
    {0, 0, QT_TRANSLATE_NOOP("mxscope::ReplyExplainer", "other or undefined status")},
    {1, 0, QT_TRANSLATE_NOOP("mxscope::ReplyExplainer", "other address status")},
    {1, 1,
     QT_TRANSLATE_NOOP("mxscope::ReplyExplainer",
                       "bad destination mailbox address: the mailbox does not exist")},
    {1, 2,
     QT_TRANSLATE_NOOP("mxscope::ReplyExplainer",
                       "bad destination system address: the domain does not exist or accept mail")},
    {1, 3, QT_TRANSLATE_NOOP("mxscope::ReplyExplainer", "bad destination mailbox address syntax")},
    {1, 4,
     QT_TRANSLATE_NOOP("mxscope::ReplyExplainer", "destination mailbox address is ambiguous")},
    {1, 5, QT_TRANSLATE_NOOP("mxscope::ReplyExplainer", "destination address valid")},
    {1, 6,
     QT_TRANSLATE_NOOP("mxscope::ReplyExplainer",
                       "destination mailbox has moved, no forwarding address")},
    {1, 7, QT_TRANSLATE_NOOP("mxscope::ReplyExplainer", "bad sender's mailbox address syntax")},
    {1, 8, QT_TRANSLATE_NOOP("mxscope::ReplyExplainer", "bad sender's system address")},
    {1, 9,
     QT_TRANSLATE_NOOP("mxscope::ReplyExplainer", "message relayed to a non-compliant mailer")},
    {1, 10,
     QT_TRANSLATE_NOOP("mxscope::ReplyExplainer",
                       "the recipient's domain has a null MX: it accepts no mail")},
    {2, 0, QT_TRANSLATE_NOOP("mxscope::ReplyExplainer", "other or undefined mailbox status")},
    {2, 1,
     QT_TRANSLATE_NOOP("mxscope::ReplyExplainer", "mailbox disabled, not accepting messages")},
    {2, 2, QT_TRANSLATE_NOOP("mxscope::ReplyExplainer", "mailbox full")},
    {2, 3,
     QT_TRANSLATE_NOOP("mxscope::ReplyExplainer",
                       "message length exceeds an administrative limit")},
    {2, 4, QT_TRANSLATE_NOOP("mxscope::ReplyExplainer", "mailing list expansion problem")},
    {3, 0, QT_TRANSLATE_NOOP("mxscope::ReplyExplainer", "other or undefined mail system status")},
    {3, 1, QT_TRANSLATE_NOOP("mxscope::ReplyExplainer", "mail system full")},
    {3, 2, QT_TRANSLATE_NOOP("mxscope::ReplyExplainer", "system not accepting network messages")},
    {3, 3,
     QT_TRANSLATE_NOOP("mxscope::ReplyExplainer", "system not capable of the selected features")},
    {3, 4, QT_TRANSLATE_NOOP("mxscope::ReplyExplainer", "message too big for the system")},
    {3, 5, QT_TRANSLATE_NOOP("mxscope::ReplyExplainer", "system incorrectly configured")},
    {4, 0,
     QT_TRANSLATE_NOOP("mxscope::ReplyExplainer", "other or undefined network or routing status")},
    {4, 1, QT_TRANSLATE_NOOP("mxscope::ReplyExplainer", "no answer from host")},
    {4, 2, QT_TRANSLATE_NOOP("mxscope::ReplyExplainer", "bad connection")},
    {4, 3, QT_TRANSLATE_NOOP("mxscope::ReplyExplainer", "directory server failure")},
    {4, 4, QT_TRANSLATE_NOOP("mxscope::ReplyExplainer", "unable to route")},
    {4, 5, QT_TRANSLATE_NOOP("mxscope::ReplyExplainer", "mail system congestion")},
    {4, 6, QT_TRANSLATE_NOOP("mxscope::ReplyExplainer", "routing loop detected")},
    {4, 7, QT_TRANSLATE_NOOP("mxscope::ReplyExplainer", "delivery time expired")},
    {5, 0, QT_TRANSLATE_NOOP("mxscope::ReplyExplainer", "other or undefined protocol status")},
    {5, 1, QT_TRANSLATE_NOOP("mxscope::ReplyExplainer", "invalid command")},
    {5, 2, QT_TRANSLATE_NOOP("mxscope::ReplyExplainer", "syntax error")},
    {5, 3, QT_TRANSLATE_NOOP("mxscope::ReplyExplainer", "too many recipients")},
    {5, 4, QT_TRANSLATE_NOOP("mxscope::ReplyExplainer", "invalid command arguments")},
    {5, 5, QT_TRANSLATE_NOOP("mxscope::ReplyExplainer", "wrong protocol version")},
    {5, 6,
     QT_TRANSLATE_NOOP("mxscope::ReplyExplainer", "authentication exchange line is too long")},
    {6, 0, QT_TRANSLATE_NOOP("mxscope::ReplyExplainer", "other or undefined media error")},
    {6, 1, QT_TRANSLATE_NOOP("mxscope::ReplyExplainer", "media not supported")},
    {6, 2, QT_TRANSLATE_NOOP("mxscope::ReplyExplainer", "conversion required and prohibited")},
    {6, 3, QT_TRANSLATE_NOOP("mxscope::ReplyExplainer", "conversion required but not supported")},
    {6, 4, QT_TRANSLATE_NOOP("mxscope::ReplyExplainer", "conversion with loss performed")},
    {6, 5, QT_TRANSLATE_NOOP("mxscope::ReplyExplainer", "conversion failed")},
    {6, 6, QT_TRANSLATE_NOOP("mxscope::ReplyExplainer", "message content not available")},
    {6, 7,
     QT_TRANSLATE_NOOP("mxscope::ReplyExplainer",
                       "non-ASCII addresses not permitted for that sender or recipient")},
    {7, 0,
     QT_TRANSLATE_NOOP("mxscope::ReplyExplainer",
                       "other or undefined security status (also used for \"authentication "
                       "required\")")},
    {7, 1,
     QT_TRANSLATE_NOOP("mxscope::ReplyExplainer", "delivery not authorised, message refused")},
    {7, 2, QT_TRANSLATE_NOOP("mxscope::ReplyExplainer", "mailing list expansion prohibited")},
    {7, 3,
     QT_TRANSLATE_NOOP("mxscope::ReplyExplainer", "security conversion required but not possible")},
    {7, 4, QT_TRANSLATE_NOOP("mxscope::ReplyExplainer", "security features not supported")},
    {7, 5, QT_TRANSLATE_NOOP("mxscope::ReplyExplainer", "cryptographic failure")},
    {7, 6, QT_TRANSLATE_NOOP("mxscope::ReplyExplainer", "cryptographic algorithm not supported")},
    {7, 7, QT_TRANSLATE_NOOP("mxscope::ReplyExplainer", "message integrity failure")},
    {7, 8, QT_TRANSLATE_NOOP("mxscope::ReplyExplainer", "authentication credentials invalid")},
    {7, 9, QT_TRANSLATE_NOOP("mxscope::ReplyExplainer", "authentication mechanism is too weak")},
    {7, 10, QT_TRANSLATE_NOOP("mxscope::ReplyExplainer", "encryption needed")},
    {7, 11,
     QT_TRANSLATE_NOOP("mxscope::ReplyExplainer",
                       "encryption required for the requested authentication mechanism")},
    {7, 12, QT_TRANSLATE_NOOP("mxscope::ReplyExplainer", "a password transition is needed")},
    {7, 13, QT_TRANSLATE_NOOP("mxscope::ReplyExplainer", "user account disabled")},
    {7, 14, QT_TRANSLATE_NOOP("mxscope::ReplyExplainer", "trust relationship required")},
    {7, 17, QT_TRANSLATE_NOOP("mxscope::ReplyExplainer", "mailbox owner has changed")},
    {7, 18, QT_TRANSLATE_NOOP("mxscope::ReplyExplainer", "domain owner has changed")},
    {7, 20, QT_TRANSLATE_NOOP("mxscope::ReplyExplainer", "no passing DKIM signature found")},
    {7, 23, QT_TRANSLATE_NOOP("mxscope::ReplyExplainer", "SPF validation failed")},
    {7, 24, QT_TRANSLATE_NOOP("mxscope::ReplyExplainer", "SPF validation error")},
    {7, 25, QT_TRANSLATE_NOOP("mxscope::ReplyExplainer", "reverse DNS validation failed")},
    {7, 26, QT_TRANSLATE_NOOP("mxscope::ReplyExplainer", "multiple authentication checks failed")},
    {7, 27,
     QT_TRANSLATE_NOOP("mxscope::ReplyExplainer",
                       "the sender's domain has a null MX: it sends no mail")},
};

QString translated(const char *text)
{
    return ReplyExplainer::tr(text);
}

} // namespace

QString ReplyExplainer::classMeaning(int firstDigit)
{
    switch (firstDigit) {
    case 2:
        return tr("A 2xx code means success.");
    case 3:
        return tr("A 3xx code means the server accepted the command and waits for more.");
    case 4:
        return tr("A 4xx code is a temporary refusal: not done this time, trying later may work.");
    case 5:
        return tr("A 5xx code is a permanent refusal: repeating the same command will not help.");
    }
    return tr("This is not a valid SMTP reply code.");
}

QString ReplyExplainer::codeMeaning(int code)
{
    for (const CodeText &entry : codeTexts) {
        if (entry.code == code)
            return translated(entry.text);
    }
    if (code < 200 || code > 599)
        return tr("%1 is not a valid SMTP reply code.").arg(code);
    return tr("Code %1 is not defined by RFC 5321. %2").arg(code).arg(classMeaning(code / 100));
}

QString ReplyExplainer::enhancedSubject(int subject)
{
    switch (subject) {
    case 0:
        return tr("other");
    case 1:
        return tr("addressing");
    case 2:
        return tr("mailbox");
    case 3:
        return tr("mail system");
    case 4:
        return tr("network and routing");
    case 5:
        return tr("mail delivery protocol");
    case 6:
        return tr("message content");
    case 7:
        return tr("security or policy");
    }
    return tr("unknown subject %1").arg(subject);
}

std::optional<QString> ReplyExplainer::enhancedDetail(int subject, int detail)
{
    for (const DetailText &entry : detailTexts) {
        if (entry.subject == subject && entry.detail == detail)
            return translated(entry.text);
    }
    return std::nullopt;
}

QString ReplyExplainer::enhancedMeaning(const EnhancedStatus &status)
{
    QString kind;
    switch (status.statusClass) {
    case 2:
        kind = tr("Success");
        break;
    case 4:
        kind = tr("Temporary failure");
        break;
    case 5:
        kind = tr("Permanent failure");
        break;
    default:
        return tr("%1 is not a valid enhanced status code (the class must be 2, 4 or 5).")
            .arg(status.toString());
    }
    const QString subject = enhancedSubject(status.subject);
    const auto detail = enhancedDetail(status.subject, status.detail);
    //: %1 enhanced code such as 5.7.1, %2 "Permanent failure", %3 "security or policy",
    //: %4 the detail, e.g. "delivery not authorised, message refused".
    return detail ? tr("%1: %2 (%3): %4.").arg(status.toString(), kind, subject, *detail)
                  : tr("%1: %2 (%3); this detail code is not defined in RFC 3463.")
                        .arg(status.toString(), kind, subject);
}

std::optional<QString> ReplyExplainer::inContext(int code, SmtpVerb answering)
{
    const int digit = code / 100;
    switch (answering) {
    case SmtpVerb::Ehlo:
    case SmtpVerb::Helo:
        if (digit == 2)
            return tr("The server accepted your greeting; after EHLO the following lines list "
                      "the extensions it offers.");
        if (code == 500 || code == 502)
            return tr("This server does not understand EHLO; a client falls back to HELO.");
        break;
    case SmtpVerb::StartTls:
        if (code == 220)
            return tr("The server is ready for TLS; everything after the handshake is encrypted.");
        break;
    case SmtpVerb::Auth:
        if (code == 235)
            return tr("Mail relayed after a successful login is expected and is not an open "
                      "relay.");
        break;
    case SmtpVerb::Mail:
        if (digit == 2)
            return tr("The server accepted the sender. That says nothing about relaying yet: the "
                      "decision comes at RCPT TO.");
        if (digit == 5)
            return tr("The server refused this sender, so the relay test cannot go further with "
                      "it.");
        if (digit == 4)
            return tr("The server refused this sender for now.");
        break;
    case SmtpVerb::Rcpt:
        if (code == 503)
            return tr("The server wants the commands in order: a recipient only follows an "
                      "accepted MAIL FROM. This says nothing about relaying.");
        if (digit == 2)
            return tr("The server accepted this recipient. If the recipient's domain is not one "
                      "the server serves and you did not log in, the server is willing to relay: "
                      "an open relay.");
        if (digit == 5)
            return tr("The server refused this recipient. For an external recipient this is what "
                      "a server that does not relay should answer.");
        if (digit == 4)
            return tr("The server refused this recipient for now (greylisting, a rate limit or a "
                      "temporary policy); test again later to be sure.");
        break;
    case SmtpVerb::Data:
        if (code == 354)
            return tr("mxscope now sends the test message and the lone dot that ends it.");
        break;
    case SmtpVerb::DataBody:
        if (digit == 2)
            return tr("The server accepted the message for delivery.");
        if (digit == 5 || digit == 4)
            return tr("The server refused the message after reading it (a content or policy "
                      "check at the end of DATA).");
        break;
    case SmtpVerb::Rset:
        if (digit == 2)
            return tr("The transaction was abandoned: no message was sent.");
        break;
    case SmtpVerb::Quit:
        if (code == 221)
            return tr("The conversation is over.");
        break;
    default:
        break;
    }
    return std::nullopt;
}

QString ReplyExplainer::explain(const SmtpReply &reply, std::optional<SmtpVerb> answering)
{
    QStringList sentences {tr("%1: %2").arg(QString::number(reply.code), codeMeaning(reply.code))};
    if (reply.enhanced)
        sentences.append(enhancedMeaning(*reply.enhanced));
    if (answering) {
        if (const auto context = inContext(reply.code, *answering))
            sentences.append(*context);
    }
    return sentences.join(QLatin1Char('\n'));
}

} // namespace mxscope

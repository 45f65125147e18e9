// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "practice/PracticeDialogue.h"

#include "practice/PracticeAddress.h"
#include "transcript/SafeText.h"

#include <QDateTime>
#include <QLocale>

namespace mxscope {

namespace {

QByteArray reply(int code, const QByteArray &text)
{
    return QByteArray::number(code) + ' ' + text + "\r\n";
}

QByteArray multiline(int code, const QList<QByteArray> &lines)
{
    QByteArray out;
    for (qsizetype i = 0; i < lines.size(); ++i)
        out += QByteArray::number(code) + (i + 1 < lines.size() ? '-' : ' ') + lines.at(i) + "\r\n";
    return out;
}

PracticeDialogue::Step step(QByteArray text,
                            PracticeDialogue::Action action = PracticeDialogue::Action::None)
{
    PracticeDialogue::Step s;
    s.reply = std::move(text);
    s.action = action;
    return s;
}

// Sendmail's banner date, "Sat, 23 Nov 2024 13:17:32 +0100" (RFC 5322 3.3).
QByteArray rfc5322Date()
{
    const QDateTime now = QDateTime::currentDateTime();
    const int offset = now.offsetFromUtc() / 60;
    const QString zone = QStringLiteral("%1%2%3")
                             .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                             .arg(std::abs(offset) / 60, 2, 10, QLatin1Char('0'))
                             .arg(std::abs(offset) % 60, 2, 10, QLatin1Char('0'));
    return (QLocale::c().toString(now, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss ")) + zone)
        .toLatin1();
}

QByteArray angle(const QString &address)
{
    return '<' + address.toUtf8() + '>';
}

const QByteArray userUnknownPostfix
    = ": Recipient address rejected: User unknown in local recipient table";

} // namespace

PracticeDialogue::PracticeDialogue(PracticeProfile profile, PracticeDirectory directory,
                                   PracticeLimits limits, bool tlsAvailable, QString peerAddress)
    : m_profile(std::move(profile))
    , m_directory(std::move(directory))
    , m_limits(limits)
    , m_tlsAvailable(tlsAvailable)
    , m_peerAddress(std::move(peerAddress))
    , m_hostName(hostNameFor(m_profile, m_directory))
{ }

QByteArray PracticeDialogue::hostNameFor(const PracticeProfile &profile,
                                         const PracticeDirectory &directory)
{
    if (!profile.hostName.isEmpty())
        return profile.hostName;
    return "mx." + directory.primaryDomain().toUtf8();
}

QByteArray PracticeDialogue::greeting() const
{
    QByteArray text = m_hostName + ' ' + m_profile.bannerText;
    if (m_profile.bannerDate)
        text += "; " + rfc5322Date();
    return reply(220, text);
}

PracticeDialogue::Step PracticeDialogue::handleLine(const QByteArray &line)
{
    if (m_auth.inProgress()) {
        Step s = authReply(m_auth.respond(line));
        s.logText = QStringLiteral("<redacted>");
        return finish(std::move(s));
    }
    const qsizetype space = line.indexOf(' ');
    const QByteArray verb = (space < 0 ? line : line.left(space)).toUpper();
    const QByteArray argument = space < 0 ? QByteArray() : line.mid(space + 1).trimmed();
    Step result;
    if (m_profile.errorLimit > 0 && m_errors >= m_profile.errorLimit) {
        // Postfix checks its hard error limit before reading the next command.
        result = step(reply(421, m_profile.errorLimitText), Action::Close);
    } else {
        const auto misbehaviour = m_profile.onCommand.value(verb, PracticeMisbehaviour::None);
        result = dispatch(verb, argument);
        if (misbehaviour == PracticeMisbehaviour::LongLine
            || misbehaviour == PracticeMisbehaviour::EndlessReply
            || misbehaviour == PracticeMisbehaviour::Garbage) {
            // The state moves on as if the reply had been sent, so a client that survives
            // an over-long HELO reply can still reach DATA.
            result = {};
            result.action = Action::Misbehave;
            result.misbehaviour = misbehaviour;
        }
    }
    // An initial AUTH response carries the password.
    result.logText = verb == "AUTH" && argument.contains(' ') ? QStringLiteral("AUTH ")
            + safeText(argument.left(argument.indexOf(' '))) + QStringLiteral(" <redacted>")
                                                              : safeText(line);
    return finish(std::move(result));
}

PracticeDialogue::Step PracticeDialogue::dispatch(const QByteArray &verb,
                                                  const QByteArray &argument)
{
    if (verb == "EHLO" || verb == "HELO")
        return hello(argument, verb == "EHLO");
    if (verb == "MAIL")
        return mail(argument);
    if (verb == "RCPT")
        return rcpt(argument);
    if (verb == "DATA")
        return data(argument);
    if (verb == "RSET") {
        resetTransaction();
        return step(reply(250, "2.0.0 Ok"));
    }
    if (verb == "NOOP")
        return step(reply(250, "2.0.0 Ok"));
    if (verb == "QUIT")
        return step(reply(221, "2.0.0 Bye"), Action::Close);
    if (verb == "VRFY")
        return vrfy(argument);
    if (verb == "EXPN")
        return expn(argument);
    if (verb == "HELP")
        return help();
    if (verb == "STARTTLS")
        return startTls(argument);
    if (verb == "AUTH")
        return auth(argument);
    if (verb.isEmpty())
        return step(reply(500, "5.5.2 Error: bad syntax"));
    return step(reply(502, "5.5.2 Error: command not recognized"));
}

PracticeDialogue::Step PracticeDialogue::lineTooLong()
{
    Step s = step(reply(500, "5.5.2 Line too long"));
    s.logText = QStringLiteral("<line longer than %1 bytes>").arg(m_limits.maxLineLength);
    return finish(std::move(s));
}

PracticeDialogue::Step PracticeDialogue::messageEnd(qint64 bytes, bool tooLarge)
{
    resetTransaction();
    if (tooLarge)
        return finish(step(reply(552, "5.3.4 Error: message file too big")));
    return finish(step(reply(250,
                             "2.0.0 Ok: " + QByteArray::number(bytes)
                                 + " bytes received and discarded by the practice server")));
}

PracticeDialogue::Step PracticeDialogue::messageFiltered(const QByteArray &refusal)
{
    resetTransaction();
    return finish(step(refusal));
}

PracticeDialogue::Step PracticeDialogue::idleTimeout() const
{
    return step(reply(421, "4.4.2 " + m_hostName + " Error: timeout exceeded"), Action::Close);
}

void PracticeDialogue::tlsEstablished()
{
    m_tls = true;
    m_greeted = false;
    m_authenticated = false;
    m_auth.cancel();
    resetTransaction();
}

PracticeDialogue::Step PracticeDialogue::hello(const QByteArray &argument, bool extended)
{
    if (argument.isEmpty())
        return step(
            reply(501, extended ? "5.5.4 Syntax: EHLO hostname" : "5.5.4 Syntax: HELO hostname"));
    m_greeted = true;
    resetTransaction();
    const QByteArray first = m_hostName + helloSuffix(argument);
    if (!extended)
        return step(reply(250, first));
    QList<QByteArray> lines {first, "PIPELINING",
                             "SIZE " + QByteArray::number(m_limits.maxMessageBytes)};
    if (m_profile.vrfy == PracticeVrfy::PostfixStyle || m_profile.vrfy == PracticeVrfy::Reveal)
        lines.append("VRFY");
    if (m_profile.expn)
        lines.append("EXPN");
    if (startTlsOffered())
        lines.append("STARTTLS");
    if (authOffered())
        lines.append("AUTH PLAIN LOGIN");
    lines.append("ENHANCEDSTATUSCODES");
    lines.append("8BITMIME");
    if (!m_profile.helpText.isEmpty())
        lines.append("HELP");
    return step(multiline(250, lines));
}

QByteArray PracticeDialogue::helloSuffix(const QByteArray &clientName) const
{
    if (!m_profile.chattyHello)
        return {};
    // The client's name is echoed back: keep it printable and short.
    const QByteArray name = safeText(clientName.left(64)).toUtf8();
    return " Hello " + name + " [" + m_peerAddress.toUtf8() + "], pleased to meet you";
}

PracticeDialogue::Step PracticeDialogue::mail(const QByteArray &argument)
{
    if (!m_greeted)
        return step(reply(503, "5.5.1 Error: send HELO/EHLO first"));
    if (m_sender)
        return step(reply(503, "5.5.1 Error: nested MAIL command"));
    const auto path = PracticeAddress::parse(argument, "FROM:");
    if (!path)
        return step(reply(501, "5.5.4 Syntax: MAIL FROM:<address>"));
    if (PracticeAddress::sizeParameter(path->parameters) > m_limits.maxMessageBytes)
        return step(reply(552, "5.3.4 Message size exceeds fixed limit"));
    m_sender = path->address;
    m_recipients = 0;
    return step(reply(250, "2.1.0 Ok"));
}

PracticeDialogue::Step PracticeDialogue::rcpt(const QByteArray &argument)
{
    if (!m_sender)
        return step(reply(503, "5.5.1 Error: need MAIL command"));
    const auto path = PracticeAddress::parse(argument, "TO:");
    if (!path)
        return step(reply(501, "5.5.4 Syntax: RCPT TO:<address>"));
    const QString &address = path->address;
    if (address.isEmpty() || address.startsWith(QLatin1Char('@'))
        || address.endsWith(QLatin1Char('@')))
        return step(reply(501, "5.1.3 Bad recipient address syntax"));
    if (m_recipients >= m_limits.maxRecipients)
        return step(reply(452, "4.5.3 Error: too many recipients"));
    if (const auto refusal = senderRefusal())
        return step(*refusal);
    switch (judgeRecipient(address)) {
    case Recipient::Accepted:
        ++m_recipients;
        return step(reply(250, "2.1.5 Ok"));
    case Recipient::UnknownUser:
        return step(reply(550, "5.1.1 " + angle(address) + userUnknownPostfix));
    case Recipient::RelayDenied:
        break;
    }
    return step(reply(554, "5.7.1 " + angle(address) + ": Relay access denied"));
}

PracticeDialogue::Recipient PracticeDialogue::judgeRecipient(const QString &address) const
{
    if (m_profile.openRelay || m_authenticated)
        return Recipient::Accepted;
    const auto [local, domain] = PracticeAddress::split(address);
    if (!domain.isEmpty() && !m_directory.isLocalDomain(domain))
        return Recipient::RelayDenied;
    // "user%elsewhere@here", "elsewhere!user@here", "\"user@elsewhere\"@here": routing
    // through a local domain is relaying too (Postfix: allow_untrusted_routing = no).
    if (PracticeAddress::hasRouting(local))
        return Recipient::RelayDenied;
    if (m_directory.knows(local) || m_profile.acceptUnknownLocal)
        return Recipient::Accepted;
    return Recipient::UnknownUser;
}

// Postfix evaluates smtpd_sender_restrictions at RCPT time (smtpd_delay_reject = yes) and
// answers with these codes and texts.
std::optional<QByteArray> PracticeDialogue::senderRefusal() const
{
    if (!m_profile.senderRestrictions || !m_sender || m_sender->isEmpty())
        return std::nullopt;
    const QByteArray quoted = angle(*m_sender) + ": Sender address rejected: ";
    const auto [local, domain] = PracticeAddress::split(*m_sender);
    if (domain.isEmpty())
        return reply(504, "5.5.2 " + quoted + "need fully-qualified address");
    if (domain.endsWith(QLatin1String(".invalid"), Qt::CaseInsensitive))
        return reply(450, "4.1.8 " + quoted + "Domain not found");
    if (m_directory.isLocalDomain(domain) && !m_authenticated)
        return reply(553, "5.7.1 " + quoted + "not logged in");
    return std::nullopt;
}

PracticeDialogue::Step PracticeDialogue::data(const QByteArray &argument)
{
    if (!m_sender)
        return step(reply(503, "5.5.1 Error: need RCPT command"));
    if (m_recipients == 0)
        return step(reply(554, "5.5.1 Error: no valid recipients"));
    if (!argument.isEmpty())
        return step(reply(501, "5.5.4 Syntax: DATA"));
    Step s = step(reply(354, "End data with <CR><LF>.<CR><LF>"), Action::BeginData);
    s.misbehaviour = m_profile.onCommand.value("DATA", PracticeMisbehaviour::None);
    return s;
}

PracticeDialogue::Step PracticeDialogue::vrfy(const QByteArray &argument) const
{
    if (m_profile.vrfy == PracticeVrfy::Disabled)
        return step(reply(502, "5.5.1 VRFY command is disabled"));
    const QString name = PracticeAddress::unbracket(argument);
    if (name.isEmpty())
        return step(reply(501, "5.5.4 Syntax: VRFY address"));
    if (m_profile.vrfy == PracticeVrfy::CannotVerify)
        return step(reply(252, "2.5.2 Cannot VRFY user"));
    const auto [local, domain] = PracticeAddress::split(name);
    const bool known
        = (domain.isEmpty() || m_directory.isLocalDomain(domain)) && m_directory.knows(local);
    if (m_profile.vrfy == PracticeVrfy::PostfixStyle) {
        if (known)
            return step(reply(252, "2.0.0 " + name.toUtf8()));
        return step(reply(550, "5.1.1 " + angle(name) + userUnknownPostfix));
    }
    if (!known)
        return step(reply(550, "5.1.1 " + name.toUtf8() + "... User unknown"));
    return step(
        reply(250, "2.1.5 " + angle(local + QLatin1Char('@') + m_directory.primaryDomain())));
}

PracticeDialogue::Step PracticeDialogue::expn(const QByteArray &argument) const
{
    if (!m_profile.expn)
        return step(reply(502, "5.5.1 EXPN command is disabled"));
    const QString name = PracticeAddress::unbracket(argument);
    if (name.isEmpty())
        return step(reply(501, "5.5.4 Syntax: EXPN list"));
    const auto [local, domain] = PracticeAddress::split(name);
    if ((!domain.isEmpty() && !m_directory.isLocalDomain(domain)) || !m_directory.knows(local))
        return step(reply(550, "5.1.1 " + name.toUtf8() + "... User unknown"));
    QStringList members = m_directory.listMembers(local);
    if (members.isEmpty())
        members.append(local);
    QList<QByteArray> lines;
    for (const QString &member : std::as_const(members))
        lines.append("2.1.5 " + angle(member + QLatin1Char('@') + m_directory.primaryDomain()));
    return step(multiline(250, lines));
}

PracticeDialogue::Step PracticeDialogue::help() const
{
    if (m_profile.helpText.isEmpty())
        return step(reply(502, "5.5.2 Error: command not recognized"));
    return step(multiline(214, m_profile.helpText.split('\n')));
}

PracticeDialogue::Step PracticeDialogue::startTls(const QByteArray &argument) const
{
    if (!startTlsOffered() && !m_tls)
        return step(reply(502, "5.5.1 Error: command not implemented"));
    if (m_tls)
        return step(reply(554, "5.5.1 Error: TLS already active"));
    if (!argument.isEmpty())
        return step(reply(501, "5.5.4 Syntax: STARTTLS"));
    return step(reply(220, "2.0.0 Ready to start TLS"), Action::StartTls);
}

PracticeDialogue::Step PracticeDialogue::auth(const QByteArray &argument)
{
    if (!authOffered())
        return step(reply(503, "5.5.1 Error: authentication not enabled"));
    if (!m_greeted)
        return step(reply(503, "5.5.1 Error: send HELO/EHLO first"));
    if (m_authenticated)
        return step(reply(503, "5.5.1 Error: already authenticated"));
    if (m_sender)
        return step(reply(503, "5.5.1 Error: MAIL transaction in progress"));
    if (argument.isEmpty())
        return step(reply(501, "5.5.4 Syntax: AUTH mechanism"));
    return authReply(m_auth.start(argument));
}

PracticeDialogue::Step PracticeDialogue::authReply(const PracticeAuthExchange::Result &result)
{
    switch (result.outcome) {
    case PracticeAuthExchange::Outcome::Challenge:
        return step(reply(334, result.challenge));
    case PracticeAuthExchange::Outcome::Success:
        m_authenticated = true;
        return step(reply(235, "2.7.0 Authentication successful"));
    case PracticeAuthExchange::Outcome::Aborted:
        return step(reply(501, "5.7.0 Authentication aborted"));
    case PracticeAuthExchange::Outcome::Malformed:
        return step(reply(501, "5.5.2 Cannot decode response"));
    case PracticeAuthExchange::Outcome::Unsupported:
        return step(reply(504, "5.5.4 Unrecognized authentication type"));
    case PracticeAuthExchange::Outcome::Failure:
        break;
    }
    return step(reply(535, "5.7.8 Error: authentication failed: authentication failure"));
}

bool PracticeDialogue::startTlsOffered() const
{
    return m_tlsAvailable && m_profile.offerStartTls && !m_tls;
}

bool PracticeDialogue::authOffered() const
{
    return m_tls || m_profile.authBeforeTls;
}

void PracticeDialogue::resetTransaction()
{
    m_sender.reset();
    m_recipients = 0;
}

PracticeDialogue::Step PracticeDialogue::finish(Step s)
{
    const int code = s.reply.left(3).toInt();
    if (code >= 400 && code != 421) {
        ++m_errors;
        s.error = true;
    }
    return s;
}

} // namespace mxscope

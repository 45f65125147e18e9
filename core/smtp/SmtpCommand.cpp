// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "smtp/SmtpCommand.h"

namespace mxscope {

namespace {

SmtpCommand make(SmtpVerb verb, const QString &text)
{
    SmtpCommand command;
    command.verb = verb;
    command.line = text.toUtf8();
    command.transcriptText = text;
    return command;
}

QString withParameters(QString text, const QString &parameters)
{
    if (!parameters.isEmpty())
        text += QLatin1Char(' ') + parameters;
    return text;
}

} // namespace

QString toString(SmtpVerb verb)
{
    switch (verb) {
    case SmtpVerb::Ehlo:
        return QStringLiteral("EHLO");
    case SmtpVerb::Helo:
        return QStringLiteral("HELO");
    case SmtpVerb::StartTls:
        return QStringLiteral("STARTTLS");
    case SmtpVerb::Auth:
        return QStringLiteral("AUTH");
    case SmtpVerb::Mail:
        return QStringLiteral("MAIL");
    case SmtpVerb::Rcpt:
        return QStringLiteral("RCPT");
    case SmtpVerb::Data:
        return QStringLiteral("DATA");
    case SmtpVerb::DataBody:
        return QStringLiteral("message body");
    case SmtpVerb::Rset:
        return QStringLiteral("RSET");
    case SmtpVerb::Vrfy:
        return QStringLiteral("VRFY");
    case SmtpVerb::Expn:
        return QStringLiteral("EXPN");
    case SmtpVerb::Help:
        return QStringLiteral("HELP");
    case SmtpVerb::Noop:
        return QStringLiteral("NOOP");
    case SmtpVerb::Quit:
        return QStringLiteral("QUIT");
    case SmtpVerb::Raw:
        return QStringLiteral("command");
    }
    return {};
}

SmtpCommand SmtpCommand::ehlo(const QString &name)
{
    return make(SmtpVerb::Ehlo, QStringLiteral("EHLO ") + name);
}
SmtpCommand SmtpCommand::helo(const QString &name)
{
    return make(SmtpVerb::Helo, QStringLiteral("HELO ") + name);
}
SmtpCommand SmtpCommand::startTls()
{
    return make(SmtpVerb::StartTls, QStringLiteral("STARTTLS"));
}

SmtpCommand SmtpCommand::mailFrom(const QString &address, const QString &parameters)
{
    return mailFromPath(withParameters(QLatin1Char('<') + address + QLatin1Char('>'), parameters));
}

SmtpCommand SmtpCommand::mailFromPath(const QString &rawPath)
{
    return make(SmtpVerb::Mail, QStringLiteral("MAIL FROM:") + rawPath);
}

SmtpCommand SmtpCommand::rcptTo(const QString &address, const QString &parameters)
{
    return rcptToPath(withParameters(QLatin1Char('<') + address + QLatin1Char('>'), parameters));
}

SmtpCommand SmtpCommand::rcptToPath(const QString &rawPath)
{
    return make(SmtpVerb::Rcpt, QStringLiteral("RCPT TO:") + rawPath);
}

SmtpCommand SmtpCommand::data(const QByteArray &message)
{
    SmtpCommand command = make(SmtpVerb::Data, QStringLiteral("DATA"));
    command.body = message;
    return command;
}

SmtpCommand SmtpCommand::rset()
{
    return make(SmtpVerb::Rset, QStringLiteral("RSET"));
}
SmtpCommand SmtpCommand::vrfy(const QString &argument)
{
    return make(SmtpVerb::Vrfy, QStringLiteral("VRFY ") + argument);
}
SmtpCommand SmtpCommand::expn(const QString &argument)
{
    return make(SmtpVerb::Expn, QStringLiteral("EXPN ") + argument);
}

SmtpCommand SmtpCommand::help(const QString &topic)
{
    return make(SmtpVerb::Help,
                topic.isEmpty() ? QStringLiteral("HELP") : QStringLiteral("HELP ") + topic);
}

SmtpCommand SmtpCommand::noop()
{
    return make(SmtpVerb::Noop, QStringLiteral("NOOP"));
}
SmtpCommand SmtpCommand::quit()
{
    return make(SmtpVerb::Quit, QStringLiteral("QUIT"));
}

SmtpCommand SmtpCommand::raw(const QString &line)
{
    static const struct {
        const char *word;
        SmtpVerb verb;
    } known[]
        = {{"EHLO", SmtpVerb::Ehlo}, {"HELO", SmtpVerb::Helo}, {"STARTTLS", SmtpVerb::StartTls},
           {"MAIL", SmtpVerb::Mail}, {"RCPT", SmtpVerb::Rcpt}, {"RSET", SmtpVerb::Rset},
           {"VRFY", SmtpVerb::Vrfy}, {"EXPN", SmtpVerb::Expn}, {"HELP", SmtpVerb::Help},
           {"NOOP", SmtpVerb::Noop}, {"QUIT", SmtpVerb::Quit}, {"DATA", SmtpVerb::Data}};
    const QString word = line.section(QLatin1Char(' '), 0, 0).toUpper();
    SmtpVerb verb = SmtpVerb::Raw;
    for (const auto &entry : known) {
        if (word == QLatin1String(entry.word))
            verb = entry.verb;
    }
    return make(verb, line);
}

bool SmtpCommand::mayBeFollowedInPipeline() const
{
    return verb == SmtpVerb::Mail || verb == SmtpVerb::Rcpt || verb == SmtpVerb::Rset;
}

} // namespace mxscope

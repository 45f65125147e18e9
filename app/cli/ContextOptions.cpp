// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "ContextOptions.h"

#include "enumeration/UserListReader.h"
#include "relay/RelayAddress.h"
#include "smtp/InputValidation.h"

namespace mxscope::cli {

namespace {

constexpr int hardMaxConnections = 500;

std::optional<int> readBoundedInt(const QString &text, int low, int high)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < low || value > high)
        return std::nullopt;
    return value;
}

} // namespace

ContextOptions::ContextOptions(unsigned flags)
    : m_flags(flags)
    , m_domain(QStringLiteral("domain"), tr("The mail domain the server answers for."),
               tr("domain"))
    , m_from(QStringLiteral("from"), tr("Sender address for MAIL FROM."), tr("address"))
    , m_to(QStringLiteral("to"),
           flags & LocalRecipient ? tr("A mailbox the server delivers locally.")
                                  : tr("An external mailbox you own."),
           tr("address"))
    , m_nameServer(QStringLiteral("nameserver"),
                   tr("DNS server to ask (an IP address; default: the system resolver)."),
                   tr("address"))
    , m_maxConnections(
          QStringLiteral("max-connections"),
          tr("Most concurrent connections to open (1-%1, default 20).").arg(hardMaxConnections),
          tr("count"), QStringLiteral("20"))
    , m_authorised(QStringLiteral("yes-i-am-authorised"),
                   tr("Confirm you are authorised to send test mail to, or load, this server."))
    , m_requireTls(QStringLiteral("require-tls"),
                   tr("Your policy requires TLS: mail accepted without it is a finding."))
    , m_timeLimit(QStringLiteral("time-limit"),
                  tr("Stop the check after this many seconds (default 120)."), tr("seconds"),
                  QStringLiteral("120"))
    , m_users(QStringLiteral("users"), tr("File with one user name per line."), tr("file"))
{ }

void ContextOptions::addTo(QCommandLineParser &parser) const
{
    if (m_flags & (TargetServer | OptionalServer))
        m_target.addTo(parser);
    const std::pair<ContextOption, const QCommandLineOption *> options[] = {
        {Domain, &m_domain},
        {Sender, &m_from},
        {LocalRecipient, &m_to},
        {ExternalRecipient, &m_to},
        {NameServer, &m_nameServer},
        {MaxConnections, &m_maxConnections},
        {Authorisation, &m_authorised},
        {RequireTls, &m_requireTls},
        {TimeLimit, &m_timeLimit},
        {UserList, &m_users},
    };
    for (const auto &[flag, option] : options) {
        // --to serves one of the two recipients; add it once.
        if (flag == ExternalRecipient && (m_flags & LocalRecipient))
            continue;
        if (m_flags & flag)
            parser.addOption(*option);
    }
}

std::optional<CheckContext> ContextOptions::read(const QCommandLineParser &parser,
                                                 QString *error) const
{
    CheckContext context;
    const bool hostGiven = parser.isSet(QStringLiteral("host"));
    if ((m_flags & TargetServer) || ((m_flags & OptionalServer) && hostGiven)) {
        const std::optional<SessionOptions> target = m_target.read(parser, error);
        if (!target)
            return std::nullopt;
        context.target = *target;
    } else {
        context.target.host.clear();
    }
    if (!readAddresses(parser, context, error) || !readNumbers(parser, context, error))
        return std::nullopt;
    context.authorised = (m_flags & Authorisation) && parser.isSet(m_authorised);
    context.requireTls = (m_flags & RequireTls) && parser.isSet(m_requireTls);
    if ((m_flags & UserList) && parser.isSet(m_users)) {
        const UserListReader::Result list = UserListReader::readFile(parser.value(m_users));
        if (!list.ok()) {
            *error = list.error;
            return std::nullopt;
        }
        context.userNames = list.names;
    }
    return context;
}

bool ContextOptions::readAddresses(const QCommandLineParser &parser, CheckContext &context,
                                   QString *error) const
{
    if (m_flags & Domain) {
        context.domain = parser.value(m_domain).trimmed();
        if (const auto problem = InputValidation::checkField(context.domain, tr("--domain"))) {
            *error = *problem;
            return false;
        }
        if (!context.domain.isEmpty() && !RelayAddress::isHostName(context.domain)) {
            *error = tr("--domain must be a domain name, not '%1'.").arg(context.domain);
            return false;
        }
    }
    const auto readAddress
        = [&](const QCommandLineOption &option, const QString &name, QString &into) {
              into = parser.value(option).trimmed();
              if (into.isEmpty())
                  return true;
              if (const auto problem = RelayAddress::check(into, name)) {
                  *error = *problem;
                  return false;
              }
              return true;
          };
    if ((m_flags & Sender) && !readAddress(m_from, tr("--from"), context.sender))
        return false;
    if ((m_flags & LocalRecipient) && !readAddress(m_to, tr("--to"), context.localRecipient))
        return false;
    if ((m_flags & ExternalRecipient) && !(m_flags & LocalRecipient)
        && !readAddress(m_to, tr("--to"), context.externalRecipient))
        return false;
    if ((m_flags & NameServer) && parser.isSet(m_nameServer)) {
        const QString text = parser.value(m_nameServer).trimmed();
        if (!context.nameServer.setAddress(text)) {
            *error = tr("--nameserver must be an IP address, not '%1'.").arg(text);
            return false;
        }
    }
    return true;
}

bool ContextOptions::readNumbers(const QCommandLineParser &parser, CheckContext &context,
                                 QString *error) const
{
    if (m_flags & MaxConnections) {
        const auto count = readBoundedInt(parser.value(m_maxConnections), 1, hardMaxConnections);
        if (!count) {
            *error = tr("--max-connections must be a number from 1 to %1, not '%2'.")
                         .arg(hardMaxConnections)
                         .arg(parser.value(m_maxConnections));
            return false;
        }
        context.maxConnections = *count;
    }
    if (m_flags & TimeLimit) {
        const auto seconds = readBoundedInt(parser.value(m_timeLimit), 1, 24 * 3600);
        if (!seconds) {
            *error = tr("--time-limit must be a number of seconds from 1 to 86400, not '%1'.")
                         .arg(parser.value(m_timeLimit));
            return false;
        }
        context.timeLimitMs = *seconds * 1000;
    }
    return true;
}

} // namespace mxscope::cli

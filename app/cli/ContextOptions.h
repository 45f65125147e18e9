// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "TargetOptions.h"
#include "audit/CheckContext.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

namespace mxscope::cli {

// Which of the check inputs a subcommand asks for. Each flag adds its options.
enum ContextOption : unsigned {
    TargetServer = 1u << 0, // --host (required) --port --tls --helo --timeout
    OptionalServer = 1u << 1, // the same, --host optional
    Domain = 1u << 2, // --domain
    Sender = 1u << 3, // --from
    LocalRecipient = 1u << 4, // --to (a mailbox the server delivers locally)
    ExternalRecipient = 1u << 5, // --to (a mailbox elsewhere the user owns)
    NameServer = 1u << 6, // --nameserver
    MaxConnections = 1u << 7, // --max-connections
    Authorisation = 1u << 8, // --yes-i-am-authorised
    RequireTls = 1u << 9, // --require-tls
    TimeLimit = 1u << 10, // --time-limit
    UserList = 1u << 11, // --users FILE
};

// Adds the options a subcommand's flags name and reads them into a CheckContext,
// refusing CR/LF and out-of-range values with a sentence that names the option.
class ContextOptions
{
    Q_DECLARE_TR_FUNCTIONS(mxscope::cli::ContextOptions)

public:
    explicit ContextOptions(unsigned flags);
    void addTo(QCommandLineParser &parser) const;
    std::optional<CheckContext> read(const QCommandLineParser &parser, QString *error) const;
    unsigned flags() const { return m_flags; }

private:
    bool readAddresses(const QCommandLineParser &parser, CheckContext &context,
                       QString *error) const;
    bool readNumbers(const QCommandLineParser &parser, CheckContext &context, QString *error) const;

    unsigned m_flags;
    TargetOptions m_target;
    QCommandLineOption m_domain;
    QCommandLineOption m_from;
    QCommandLineOption m_to;
    QCommandLineOption m_nameServer;
    QCommandLineOption m_maxConnections;
    QCommandLineOption m_authorised;
    QCommandLineOption m_requireTls;
    QCommandLineOption m_timeLimit;
    QCommandLineOption m_users;
};

} // namespace mxscope::cli

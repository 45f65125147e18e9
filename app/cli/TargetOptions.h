// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "smtp/SessionOptions.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

namespace mxscope::cli {

// The options every subcommand that talks to a server shares: --host, --port, --tls,
// --helo, --timeout. Validates them into SessionOptions, refusing CR/LF and bad ranges.
class TargetOptions
{
    Q_DECLARE_TR_FUNCTIONS(mxscope::cli::TargetOptions)

public:
    TargetOptions();
    void addTo(QCommandLineParser &parser) const;
    // SessionOptions from the parsed values, or nothing with *error set.
    std::optional<SessionOptions> read(const QCommandLineParser &parser, QString *error) const;

private:
    QCommandLineOption m_host;
    QCommandLineOption m_port;
    QCommandLineOption m_tls;
    QCommandLineOption m_helo;
    QCommandLineOption m_timeout;
};

} // namespace mxscope::cli

// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "TargetOptions.h"

#include "smtp/InputValidation.h"

namespace mxscope::cli {

TargetOptions::TargetOptions()
    : m_host(QStringLiteral("host"), tr("Mail server to test (name or address)."), tr("host"))
    , m_port(QStringLiteral("port"), tr("TCP port (default 25; 465 for implicit TLS)."), tr("port"))
    , m_tls(QStringLiteral("tls"),
            tr("Connection security: none, starttls or implicit (default none)."), tr("mode"),
            QStringLiteral("none"))
    , m_helo(QStringLiteral("helo"), tr("Name to announce in EHLO/HELO (default mxscope.invalid)."),
             tr("name"), QStringLiteral("mxscope.invalid"))
    , m_timeout(QStringLiteral("timeout"),
                tr("Seconds to wait in each protocol step (default 30)."), tr("seconds"),
                QStringLiteral("30"))
{ }

void TargetOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_host, m_port, m_tls, m_helo, m_timeout});
}

std::optional<SessionOptions> TargetOptions::read(const QCommandLineParser &parser,
                                                  QString *error) const
{
    SessionOptions options;
    options.host = parser.value(m_host).trimmed();
    if (options.host.isEmpty()) {
        *error = tr("--host is required.");
        return std::nullopt;
    }
    const auto tls = tlsModeFromString(parser.value(m_tls));
    if (!tls) {
        *error = tr("--tls must be none, starttls or implicit, not '%1'.").arg(parser.value(m_tls));
        return std::nullopt;
    }
    options.tls = *tls;
    options.port = options.tls == TlsMode::Implicit ? 465 : 25;
    if (parser.isSet(m_port)) {
        bool ok = false;
        const uint port = parser.value(m_port).toUInt(&ok);
        if (!ok || port == 0 || port > 65535) {
            *error = tr("--port must be a number from 1 to 65535, not '%1'.")
                         .arg(parser.value(m_port));
            return std::nullopt;
        }
        options.port = quint16(port);
    }
    options.heloName = parser.value(m_helo);
    bool ok = false;
    const double seconds = parser.value(m_timeout).toDouble(&ok);
    if (!ok || seconds <= 0 || seconds > 600) {
        *error = tr("--timeout must be between 0 and 600 seconds, not '%1'.")
                     .arg(parser.value(m_timeout));
        return std::nullopt;
    }
    const int ms = int(seconds * 1000);
    options.timeouts = {ms, ms, ms, ms, std::max(ms, options.timeouts.dataEndMs)};
    for (const auto &[value, name] :
         {std::pair {options.host, tr("--host")}, std::pair {options.heloName, tr("--helo")}}) {
        if (const auto problem = InputValidation::checkField(value, name)) {
            *error = *problem;
            return std::nullopt;
        }
    }
    return options;
}

} // namespace mxscope::cli

// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "enumeration/EnumerationPlan.h"

#include "smtp/InputValidation.h"

#include <cmath>

namespace mxscope {

namespace {

// Characters that would end the path or the argument early on the wire.
bool breaksAddress(const QString &text)
{
    for (const QChar c : text) {
        if (c.isSpace() || c == QLatin1Char('<') || c == QLatin1Char('>'))
            return true;
    }
    return false;
}

} // namespace

std::optional<QString> EnumerationPlan::validate() const
{
    if (target.host.trimmed().isEmpty())
        return tr("No mail server was given.");
    if (names.isEmpty())
        return tr("The user list is empty.");
    if (connections < 1 || connections > maxConnections)
        return tr("Connections must be between 1 and %1, not %2.")
            .arg(maxConnections)
            .arg(connections);
    if (ratePerSecond < 0 || !std::isfinite(ratePerSecond))
        return tr("The rate cap must be zero (none) or a positive number of probes per second.");
    if (baselineSize < 1 || baselineSize > maxBaselineSize)
        return tr("The baseline needs between 1 and %1 made-up names.").arg(maxBaselineSize);
    if (sessionErrorBudget < 1 || maxAttempts < 1 || timeLimitMs < 0)
        return tr("The session error budget, attempts and time limit must be positive.");
    for (const auto &[value, field] :
         {std::pair {domain, tr("The domain")}, std::pair {sender, tr("The sender")}}) {
        if (auto problem = InputValidation::checkField(value, field))
            return problem;
        if (breaksAddress(value))
            return tr("%1 must not contain spaces or angle brackets.").arg(field);
    }
    if (domain.contains(QLatin1Char('@')))
        return tr("The domain must not contain '@'.");
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString &name = names.at(i);
        if (name.isEmpty() || InputValidation::checkField(name, QString()) || breaksAddress(name))
            return tr("Name %1 (\"%2\") is empty or holds spaces, angle brackets or control "
                      "characters.")
                .arg(i + 1)
                .arg(name.left(40));
    }
    return std::nullopt;
}

QString EnumerationPlan::addressFor(const QString &name) const
{
    if (domain.isEmpty() || name.contains(QLatin1Char('@')))
        return name;
    return name + QLatin1Char('@') + domain;
}

} // namespace mxscope

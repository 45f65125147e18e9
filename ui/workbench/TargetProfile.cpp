// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "workbench/TargetProfile.h"

#include "smtp/InputValidation.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSettings>

namespace mxscope {

namespace {

const QString arrayName = QStringLiteral("targets");

QString tlsLabel(TlsMode mode)
{
    switch (mode) {
    case TlsMode::None:
        return {};
    case TlsMode::StartTls:
        return QStringLiteral(" (STARTTLS)");
    case TlsMode::Implicit:
        return QStringLiteral(" (TLS)");
    }
    return {};
}

} // namespace

QString TargetProfile::displayName() const
{
    return host + u':' + QString::number(port) + tlsLabel(tls);
}

SessionOptions TargetProfile::sessionOptions() const
{
    SessionOptions options;
    options.host = host;
    options.port = port;
    options.tls = tls;
    if (!heloName.isEmpty())
        options.heloName = heloName;
    return options;
}

CheckContext TargetProfile::checkContext() const
{
    CheckContext context;
    context.target = sessionOptions();
    context.domain = domain;
    context.sender = sender;
    context.localRecipient = localRecipient;
    context.externalRecipient = externalRecipient;
    return context;
}

bool TargetProfile::matches(const RunTarget &target) const
{
    return target.host.compare(host, Qt::CaseInsensitive) == 0 && target.port == port;
}

QString TargetProfile::newId()
{
    return QStringLiteral("t%1%2")
        .arg(QDateTime::currentMSecsSinceEpoch())
        .arg(QRandomGenerator::global()->bounded(1000), 3, 10, QLatin1Char('0'));
}

QList<TargetProfile> TargetStore::load(QSettings &settings)
{
    QList<TargetProfile> targets;
    const int count = settings.beginReadArray(arrayName);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        TargetProfile target;
        target.id = settings.value(QStringLiteral("id")).toString();
        target.host = settings.value(QStringLiteral("host")).toString();
        target.port = quint16(settings.value(QStringLiteral("port"), 25).toUInt());
        target.tls = tlsModeFromString(settings.value(QStringLiteral("tls")).toString())
                         .value_or(TlsMode::None);
        target.heloName = settings.value(QStringLiteral("helo"), target.heloName).toString();
        target.domain = settings.value(QStringLiteral("domain")).toString();
        target.sender = settings.value(QStringLiteral("sender")).toString();
        target.localRecipient = settings.value(QStringLiteral("localRecipient")).toString();
        target.externalRecipient = settings.value(QStringLiteral("externalRecipient")).toString();
        if (target.id.isEmpty())
            target.id = TargetProfile::newId();
        // Settings can be edited by hand: a field that could inject a command is dropped.
        if (!problem(target))
            targets.append(target);
    }
    settings.endArray();
    return targets;
}

void TargetStore::save(QSettings &settings, const QList<TargetProfile> &targets)
{
    settings.remove(arrayName);
    settings.beginWriteArray(arrayName, int(targets.size()));
    for (int i = 0; i < targets.size(); ++i) {
        const TargetProfile &target = targets.at(i);
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("id"), target.id);
        settings.setValue(QStringLiteral("host"), target.host);
        settings.setValue(QStringLiteral("port"), target.port);
        settings.setValue(QStringLiteral("tls"), toString(target.tls));
        settings.setValue(QStringLiteral("helo"), target.heloName);
        settings.setValue(QStringLiteral("domain"), target.domain);
        settings.setValue(QStringLiteral("sender"), target.sender);
        settings.setValue(QStringLiteral("localRecipient"), target.localRecipient);
        settings.setValue(QStringLiteral("externalRecipient"), target.externalRecipient);
    }
    settings.endArray();
}

std::optional<QString> TargetStore::problem(const TargetProfile &target)
{
    if (target.host.trimmed().isEmpty())
        return tr("Enter the mail server's host name or address.");
    const QList<std::pair<const QString *, QString>> fields = {
        {&target.host, tr("Host")},
        {&target.heloName, tr("HELO name")},
        {&target.domain, tr("Mail domain")},
        {&target.sender, tr("Sender")},
        {&target.localRecipient, tr("Local recipient")},
        {&target.externalRecipient, tr("External recipient")},
    };
    for (const auto &[value, name] : fields) {
        if (const auto problem = InputValidation::checkField(*value, name))
            return problem;
    }
    return std::nullopt;
}

} // namespace mxscope

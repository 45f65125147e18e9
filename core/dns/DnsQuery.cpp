// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "dns/DnsQuery.h"

#include "transcript/SafeText.h"

namespace mxscope {

namespace {

QString hostName(const QString &name)
{
    QString n = safeText(name.toUtf8());
    if (n.endsWith(QLatin1Char('.')))
        n.chop(1);
    return n;
}

} // namespace

QString toString(DnsStatus status)
{
    switch (status) {
    case DnsStatus::Ok:
        return QStringLiteral("ok");
    case DnsStatus::NoRecords:
        return QStringLiteral("no_records");
    case DnsStatus::NxDomain:
        return QStringLiteral("nxdomain");
    case DnsStatus::ServerFailure:
        return QStringLiteral("server_failure");
    case DnsStatus::Refused:
        return QStringLiteral("refused");
    case DnsStatus::Timeout:
        return QStringLiteral("timeout");
    case DnsStatus::Error:
        return QStringLiteral("error");
    }
    return {};
}

QString toString(QDnsLookup::Type type)
{
    switch (type) {
    case QDnsLookup::A:
        return QStringLiteral("A");
    case QDnsLookup::AAAA:
        return QStringLiteral("AAAA");
    case QDnsLookup::ANY:
        return QStringLiteral("ANY");
    case QDnsLookup::CNAME:
        return QStringLiteral("CNAME");
    case QDnsLookup::MX:
        return QStringLiteral("MX");
    case QDnsLookup::NS:
        return QStringLiteral("NS");
    case QDnsLookup::PTR:
        return QStringLiteral("PTR");
    case QDnsLookup::SRV:
        return QStringLiteral("SRV");
    case QDnsLookup::TXT:
        return QStringLiteral("TXT");
    }
    return {};
}

bool isAnswer(DnsStatus status)
{
    return status == DnsStatus::Ok || status == DnsStatus::NoRecords
        || status == DnsStatus::NxDomain;
}

QStringList DnsAnswer::values() const
{
    QStringList out;
    for (const DnsMx &m : mx)
        out.append(QString::number(m.preference) + QLatin1Char(' ')
                   + (m.host.isEmpty() ? QStringLiteral(".") : m.host));
    for (const QHostAddress &a : addresses)
        out.append(a.toString());
    out += names;
    for (const QString &t : texts)
        out.append(QLatin1Char('"') + t + QLatin1Char('"'));
    return out;
}

QString reverseName(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4) {
        return QStringLiteral("%1.%2.%3.%4.in-addr.arpa")
            .arg(v4 & 0xff)
            .arg((v4 >> 8) & 0xff)
            .arg((v4 >> 16) & 0xff)
            .arg((v4 >> 24) & 0xff);
    }
    const Q_IPV6ADDR v6 = address.toIPv6Address();
    QString name;
    for (int i = 15; i >= 0; --i) {
        name += QString::number(v6[i] & 0x0f, 16) + QLatin1Char('.');
        name += QString::number((v6[i] >> 4) & 0x0f, 16) + QLatin1Char('.');
    }
    return name + QStringLiteral("ip6.arpa");
}

DnsQuery::DnsQuery(QDnsLookup::Type type, const QString &name, const QHostAddress &nameServer,
                   int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_lookup(new QDnsLookup(type, name, this))
{
    m_answer.name = hostName(name);
    m_answer.type = type;
    if (!nameServer.isNull())
        m_lookup->setNameserver(nameServer);
    m_timer.setSingleShot(true);
    m_timer.setInterval(timeoutMs);
    connect(&m_timer, &QTimer::timeout, this, &DnsQuery::onTimeout);
    connect(m_lookup, &QDnsLookup::finished, this, &DnsQuery::onFinished);
}

void DnsQuery::start()
{
    m_clock.start();
    m_timer.start();
    m_lookup->lookup();
}

void DnsQuery::cancel()
{
    m_done = true;
    m_timer.stop();
    if (m_lookup) {
        m_lookup->disconnect(this);
        m_lookup->abort();
    }
}

void DnsQuery::onTimeout()
{
    m_timedOut = true;
    // abort() reports finished() with OperationCancelledError, right away.
    m_lookup->abort();
    if (!m_done)
        onFinished();
}

void DnsQuery::onFinished()
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    m_answer.ms = m_clock.elapsed();
    QDnsLookup *lookup = m_lookup;
    switch (m_timedOut ? QDnsLookup::OperationCancelledError : lookup->error()) {
    case QDnsLookup::NoError:
        m_answer.status = DnsStatus::Ok;
        break;
    case QDnsLookup::NotFoundError:
        m_answer.status = DnsStatus::NxDomain;
        break;
    case QDnsLookup::ServerFailureError:
        m_answer.status = DnsStatus::ServerFailure;
        break;
    case QDnsLookup::ServerRefusedError:
        m_answer.status = DnsStatus::Refused;
        break;
    case QDnsLookup::OperationCancelledError:
        m_answer.status = DnsStatus::Timeout;
        break;
    default:
        m_answer.status = DnsStatus::Error;
        break;
    }
    if (m_answer.status != DnsStatus::Ok)
        m_answer.error = m_timedOut ? tr("no answer within %1 s").arg(m_timer.interval() / 1000)
                                    : safeText(lookup->errorString().toUtf8());
    if (m_answer.status == DnsStatus::Ok) {
        for (const QDnsMailExchangeRecord &r : lookup->mailExchangeRecords())
            m_answer.mx.append({r.preference(), hostName(r.exchange())});
        for (const QDnsHostAddressRecord &r : lookup->hostAddressRecords())
            m_answer.addresses.append(r.value());
        for (const QDnsDomainNameRecord &r : lookup->pointerRecords())
            m_answer.names.append(hostName(r.value()));
        for (const QDnsTextRecord &r : lookup->textRecords())
            m_answer.texts.append(safeText(r.values().join()));
        if (m_answer.values().isEmpty())
            m_answer.status = DnsStatus::NoRecords;
    }
    Q_EMIT finished();
}

} // namespace mxscope

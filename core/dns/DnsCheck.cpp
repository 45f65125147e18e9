// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "dns/DnsCheck.h"

#include "dns/DnsFindings.h"
#include "dns/DnsQuery.h"
#include "dns/DnsReport.h"
#include "smtp/SmtpSession.h"
#include "transcript/SafeText.h"
#include "transcript/Transcript.h"
#include "transport/SocketTransport.h"

#include <algorithm>

namespace mxscope {

namespace {

constexpr int bannerTimeoutMs = 10'000;

void appendAddresses(QList<std::pair<QHostAddress, QString>> &out, const QList<DnsAnswer> &answers)
{
    for (const DnsAnswer &a : answers) {
        for (const QHostAddress &address : a.addresses) {
            const bool known = std::any_of(out.begin(), out.end(),
                                           [&](const auto &p) { return p.first == address; });
            if (!known)
                out.append({address, a.name});
        }
    }
}

} // namespace

DnsCheck::DnsCheck(const CheckContext &context, QObject *parent)
    : AuditCheck(QStringLiteral("dns"), context, parent)
{ }

DnsCheck::~DnsCheck()
{
    stop();
}

void DnsCheck::run()
{
    m_result = {};
    m_result.domain = context().domain.trimmed().toLower();
    if (m_result.domain.endsWith(QLatin1Char('.')))
        m_result.domain.chop(1);
    m_result.host = context().target.host.trimmed();
    if (m_result.domain.isEmpty()) {
        finish(CheckStatus::Refused, tr("The DNS check needs the mail domain (--domain)."));
        return;
    }
    logEvent(context().nameServer.isNull()
                 ? tr("DNS lookups for %1 through the system resolver.").arg(m_result.domain)
                 : tr("DNS lookups for %1 through the name server %2.")
                       .arg(m_result.domain, context().nameServer.toString()));
    m_phase = Phase::Records;
    m_pending = 1; // held until every lookup of the phase has been started
    const QString &d = m_result.domain;
    lookup(QDnsLookup::MX, d, [this](const DnsAnswer &a) { m_result.mx = a; });
    lookup(QDnsLookup::TXT, d, [this](const DnsAnswer &a) { m_result.spf = a; });
    lookup(QDnsLookup::TXT, QStringLiteral("_dmarc.") + d,
           [this](const DnsAnswer &a) { m_result.dmarc = a; });
    lookup(QDnsLookup::TXT, QStringLiteral("_mta-sts.") + d,
           [this](const DnsAnswer &a) { m_result.mtaSts = a; });
    lookup(QDnsLookup::TXT, QStringLiteral("_smtp._tls.") + d,
           [this](const DnsAnswer &a) { m_result.tlsRpt = a; });
    if (!m_result.host.isEmpty()) {
        if (QHostAddress(m_result.host).isNull()) {
            for (const auto type : {QDnsLookup::A, QDnsLookup::AAAA})
                lookup(type, m_result.host,
                       [this](const DnsAnswer &a) { m_result.hostAddresses.append(a); });
        }
        readBanner();
    }
    reportProgress(0, 4, tr("MX, SPF, DMARC and MTA-STS records"));
    release();
}

void DnsCheck::stop()
{
    // Keep the answers that arrived.
    if (!m_work.isEmpty()) {
        outcomeForUpdate().tables = {DnsReport::recordsTable(m_result)};
        outcomeForUpdate().details = DnsReport::details(m_result);
    }
    for (const QPointer<QObject> &work : std::as_const(m_work)) {
        if (auto *query = qobject_cast<DnsQuery *>(work.data()))
            query->cancel();
        else if (auto *session = qobject_cast<SmtpSession *>(work.data())) {
            session->disconnect(this);
            session->cancel();
        }
        if (work)
            work->deleteLater();
    }
    m_work.clear();
}

void DnsCheck::lookup(QDnsLookup::Type type, const QString &name, Handler handler)
{
    auto *query = new DnsQuery(type, name, context().nameServer, lookupTimeoutMs, this);
    m_work.append(query);
    ++m_pending;
    connect(query, &DnsQuery::finished, this, [this, query, handler = std::move(handler)] {
        DnsAnswer answer = query->answer();
        const QString values = answer.status == DnsStatus::Ok
            ? answer.values().join(QStringLiteral("; "))
            : DnsReport::statusText(answer.status)
                + (answer.error.isEmpty() ? QString() : QStringLiteral(": ") + answer.error);
        answer.evidence = logEvent(
            QStringLiteral("DNS %1 %2: %3").arg(toString(answer.type), answer.name, values));
        handler(answer);
        m_work.removeAll(query);
        query->deleteLater();
        release();
    });
    query->start();
}

void DnsCheck::readBanner()
{
    SessionOptions options = context().target;
    options.autoHandshake = false;
    options.credentials.reset();
    if (options.tls == TlsMode::StartTls)
        options.tls = TlsMode::None;
    options.connectionNumber = 1;
    options.timeouts.connectMs = std::min(options.timeouts.connectMs, bannerTimeoutMs);
    options.timeouts.greetingMs = std::min(options.timeouts.greetingMs, bannerTimeoutMs);
    options.timeouts.commandMs = std::min(options.timeouts.commandMs, bannerTimeoutMs);
    auto *session = new SmtpSession(options, new SocketTransport, this);
    m_work.append(session);
    ++m_pending;
    connect(session, &SmtpSession::transcriptEntry, this, [this](const TranscriptEntry &entry) {
        const qsizetype at = context().transcript ? context().transcript->append(entry) : -1;
        if (entry.direction == TranscriptDirection::Received && m_result.bannerEvidence < 0)
            m_result.bannerEvidence = at;
    });
    connect(session, &SmtpSession::greetingReceived, this, [this](const SmtpReply &reply) {
        if (reply.lines.isEmpty())
            return;
        m_result.bannerLine = safeText(reply.lines.constFirst());
        m_result.bannerHost = m_result.bannerLine.section(QLatin1Char(' '), 0, 0).toLower();
    });
    connect(session, &SmtpSession::handshakeCompleted, session, &SmtpSession::quit);
    connect(session, &SmtpSession::closed, this, [this, session] {
        if (m_result.bannerLine.isEmpty())
            m_result.bannerError = session->errorMessage();
        m_work.removeAll(session);
        session->deleteLater();
        release();
    });
    session->open();
}

void DnsCheck::release()
{
    if (--m_pending == 0)
        advance();
}

void DnsCheck::advance()
{
    switch (m_phase) {
    case Phase::Records:
        startAddresses();
        return;
    case Phase::Addresses:
        startReverse();
        return;
    case Phase::Reverse:
        startForward();
        return;
    case Phase::Forward:
        complete();
        return;
    }
}

void DnsCheck::startAddresses()
{
    m_phase = Phase::Addresses;
    m_pending = 1;
    reportProgress(1, 4, tr("Addresses of the MX hosts"));
    const QStringList hosts = m_result.mxHosts().mid(0, maxHosts);
    for (const QString &host : hosts) {
        for (const auto type : {QDnsLookup::A, QDnsLookup::AAAA})
            lookup(type, host, [this](const DnsAnswer &a) { m_result.mxAddresses.append(a); });
    }
    release();
}

void DnsCheck::startReverse()
{
    m_phase = Phase::Reverse;
    m_pending = 1;
    reportProgress(2, 4, tr("Reverse DNS of the server addresses"));
    QList<std::pair<QHostAddress, QString>> servers;
    if (!m_result.host.isEmpty()) {
        const QHostAddress literal(m_result.host);
        if (!literal.isNull())
            servers.append({literal, m_result.host});
        appendAddresses(servers, m_result.hostAddresses);
        for (auto &server : servers)
            server.second = m_result.host;
    } else {
        appendAddresses(servers, m_result.mxAddresses);
    }
    servers = servers.mid(0, maxHosts);
    for (const auto &[address, source] : servers) {
        ReverseCheck check;
        check.address = address;
        check.source = source;
        m_result.reverse.append(check);
        const qsizetype index = m_result.reverse.size() - 1;
        lookup(QDnsLookup::PTR, reverseName(address),
               [this, index](const DnsAnswer &a) { m_result.reverse[index].ptr = a; });
    }
    release();
}

void DnsCheck::startForward()
{
    m_phase = Phase::Forward;
    m_pending = 1;
    reportProgress(3, 4, tr("Forward confirmation of reverse DNS"));
    QStringList names;
    for (const ReverseCheck &check : std::as_const(m_result.reverse)) {
        for (const QString &name : check.ptr.names.mid(0, maxPtrNames)) {
            if (!names.contains(name, Qt::CaseInsensitive))
                names.append(name);
        }
    }
    for (const QString &name : std::as_const(names)) {
        for (const auto type : {QDnsLookup::A, QDnsLookup::AAAA})
            lookup(type, name, [this](const DnsAnswer &a) { m_result.forward.append(a); });
    }
    release();
}

void DnsCheck::complete()
{
    for (ReverseCheck &check : m_result.reverse) {
        for (const QString &name : check.ptr.names.mid(0, maxPtrNames)) {
            bool confirmed = false;
            for (const DnsAnswer &a : std::as_const(m_result.forward)) {
                if (a.name.compare(name, Qt::CaseInsensitive) != 0)
                    continue;
                check.forwardUnknown = check.forwardUnknown || !isAnswer(a.status);
                confirmed = confirmed || a.addresses.contains(check.address);
            }
            (confirmed ? check.confirmedNames : check.unconfirmedNames).append(name);
        }
        if (!check.confirmedNames.isEmpty())
            check.forwardUnknown = false;
    }
    const QList<Finding> findings = DnsFindings::evaluate(m_result);
    for (const Finding &finding : findings)
        addFinding(finding);
    CheckOutcome &outcome = outcomeForUpdate();
    outcome.tables = {DnsReport::recordsTable(m_result)};
    outcome.details = DnsReport::details(m_result);
    reportProgress(4, 4, tr("Done"));
    if (!isAnswer(m_result.mx.status) && !isAnswer(m_result.spf.status)
        && !isAnswer(m_result.dmarc.status)) {
        finish(CheckStatus::Failed,
               tr("The name server gave no usable answer for %1: %2")
                   .arg(m_result.domain,
                        DnsReport::statusText(m_result.mx.status) + QStringLiteral(" (")
                            + m_result.mx.error + QLatin1Char(')')));
        return;
    }
    finish(CheckStatus::Completed, DnsFindings::summary(m_result, findings));
}

} // namespace mxscope

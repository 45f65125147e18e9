// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "audit/AuditCheck.h"
#include "checks/TlsPolicyResult.h"

#include <QPointer>

#include <functional>

namespace mxscope {

class SmtpSession;
class Transport;
struct CommandResult;
struct TranscriptEntry;

// Check 2: TLS and STARTTLS policy. One unauthenticated connection: greeting and EHLO in
// clear, (MAIL FROM and RSET when the user requires TLS), STARTTLS, the handshake, EHLO
// again, QUIT. With an implicit-TLS target the handshake comes first and there is no
// clear-text part. When TLS worked, a second connection offers only TLS 1.0 and 1.1 to see
// whether the server still agrees to them. TlsPolicyFindings judges what was seen.
//
//   CheckContext context;              // target, requireTls, transcript
//   auto *check = new TlsPolicyCheck(context, parent);
//   connect(check, &AuditCheck::finished, ...);   // outcome() and result() are complete
//   check->start();
class TlsPolicyCheck : public AuditCheck
{
    Q_OBJECT

public:
    using TransportFactory = std::function<Transport *()>;

    TlsPolicyCheck(const CheckContext &context, QObject *parent = nullptr);
    ~TlsPolicyCheck() override;

    // For tests: a scripted transport instead of a socket, for both connections.
    void setTransportFactory(TransportFactory factory)
    {
        m_transportFactory = factory;
        m_legacyTransportFactory = std::move(factory);
    }
    const TlsPolicyResult &result() const { return m_result; }

protected:
    void run() override;
    void stop() override;

private:
    void onEntry(const TranscriptEntry &entry);
    void onHandshakeCompleted();
    void onTlsEstablished(const TlsDetails &details);
    void onReply(const CommandResult &result);
    void onClosed();
    void startLegacyProbe();
    void onLegacyClosed();
    void complete();
    // Table, details and findings from what was seen so far.
    void publish();
    qsizetype firstLineOf(const SmtpReply &reply) const;
    QString plainMailPath() const;

    TlsPolicyResult m_result;
    TransportFactory m_transportFactory;
    TransportFactory m_legacyTransportFactory;
    QPointer<SmtpSession> m_session;
    Transcript *m_transcript = nullptr;
    qsizetype m_lastEntry = -1;
    QList<Finding> m_findings;
    bool m_quitSent = false;
};

} // namespace mxscope

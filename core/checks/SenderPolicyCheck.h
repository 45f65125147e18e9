// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "audit/AuditCheck.h"
#include "checks/SenderPolicyResult.h"
#include "smtp/SmtpCommand.h"

#include <QHash>
#include <QPointer>

#include <functional>

namespace mxscope {

class SmtpSession;
class Transport;
struct CommandResult;
struct TranscriptEntry;

// Check 6: sender policy. From an unauthenticated connection, each sender form in turn
// (own domain, null sender, unqualified, non-existent domain) tries MAIL FROM and RCPT TO
// the user's local recipient, judged at RCPT, then RSET; never DATA. Needs context().domain
// and context().localRecipient; refuses to start without them. SenderPolicyFindings judges
// what was seen.
class SenderPolicyCheck : public AuditCheck
{
    Q_OBJECT

public:
    using TransportFactory = std::function<Transport *()>;

    SenderPolicyCheck(const CheckContext &context, QObject *parent = nullptr);
    ~SenderPolicyCheck() override;

    void setTransportFactory(TransportFactory factory) { m_transportFactory = std::move(factory); }
    const SenderPolicyResult &result() const { return m_result; }

    // The sender forms tried for this domain: the own-domain address is the user's sender
    // when it is in the domain, else the recipient when it is, else postmaster@domain.
    static QList<SenderProbe> plannedProbes(const QString &domain, const QString &recipient,
                                            const QString &sender);

protected:
    void run() override;
    void stop() override;

private:
    struct Sent {
        qsizetype probe = -1;
        SmtpVerb verb = SmtpVerb::Mail;
    };

    void openSession();
    void onHandshakeCompleted();
    void onReply(const CommandResult &result);
    void onClosed();
    void complete();
    // Table, details and findings from the probes judged so far.
    void publish();
    qsizetype nextUntested() const;

    SenderPolicyResult m_result;
    TransportFactory m_transportFactory;
    QPointer<SmtpSession> m_session;
    Transcript *m_transcript = nullptr;
    qsizetype m_lastEntry = -1;
    QHash<quint64, Sent> m_sent;
};

} // namespace mxscope

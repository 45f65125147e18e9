// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "audit/AuditCheck.h"
#include "checks/FilterTestResult.h"
#include "smtp/SmtpSession.h"

#include <QPointer>

namespace mxscope {

// Check 7: does a content filter act while the message is received? Sends, each in a
// session and transaction of its own with a unique token, the EICAR test file as the body,
// EICAR as a base64 MIME attachment, and GTUBE in the body, to context().localRecipient,
// and judges each by the reply after the final "." (RFC 5321 4.1.1.4): refused,
// deferred, accepted, or the connection dropped. An envelope the server refuses (MAIL,
// RCPT or DATA) means the filter never saw the message: not tested, not "rejected".
// Sends mail, so it runs only with context().authorised.
class FilterTestCheck : public AuditCheck
{
    Q_OBJECT

public:
    FilterTestCheck(const CheckContext &context, QObject *parent = nullptr);
    ~FilterTestCheck() override;

    const QList<FilterPayloadResult> &results() const { return m_results; }

protected:
    void run() override;
    void stop() override;

private:
    void startPayload();
    void onEntry(const TranscriptEntry &entry);
    void onHandshake();
    void onReply(const CommandResult &result);
    void onClosed();
    void decide(FilterVerdict verdict, const QString &stage, const SmtpReply &reply,
                const QString &message = {});
    QList<qsizetype> replyEvidence(const SmtpReply &reply) const;
    void publish();
    void complete();

    QList<FilterTestPayloads::Kind> m_kinds;
    QList<FilterPayloadResult> m_results;
    FilterPayloadResult m_current;
    QPointer<SmtpSession> m_session;
    QList<QByteArray> m_sensitive;
    QList<qsizetype> m_received; // transcript indexes of this session's received lines
    qsizetype m_lastIndex = -1;
    bool m_decided = false;
    bool m_bodySent = false;
    bool m_handshakeDone = false;
};

} // namespace mxscope

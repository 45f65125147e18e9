// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "enumeration/HarvestProbe.h"

#include "enumeration/BaselineStage.h"
#include "enumeration/ReplyClassifier.h"

namespace mxscope {

HarvestProbe::HarvestProbe(const EnumerationPlan &plan, EnumerationMethod method,
                           ConnectionFactory factory, QObject *parent)
    : QObject(parent)
    , m_plan(plan)
    , m_factory(std::move(factory))
{
    m_result.method = method;
}

HarvestProbe::~HarvestProbe()
{
    cancel();
}

void HarvestProbe::start(int cap)
{
    if (m_connection)
        return;
    m_cap = std::max(1, cap);
    m_result.probesSent = m_cap;
    QList<ProbeConnection::Probe> probes;
    const QStringList names = BaselineStage::randomNames(m_cap);
    for (qsizetype i = 0; i < names.size(); ++i)
        probes.append({i, m_plan.addressFor(names.at(i))});
    m_connection = m_factory(this);
    connect(m_connection, &ProbeConnection::probeAnswered, this, &HarvestProbe::onAnswer);
    connect(m_connection, &ProbeConnection::finished, this, &HarvestProbe::onFinished);
    m_connection->setOneAtATime(true); // each reply's delay is then the server's alone
    m_connection->start(m_result.method, probes, m_plan.sender);
}

void HarvestProbe::cancel()
{
    if (m_connection) {
        m_connection->cancel();
        m_connection->deleteLater();
        m_connection = nullptr;
    }
}

void HarvestProbe::onAnswer(const ProbeConnection::Answer &answer)
{
    if (m_result.defence != HarvestDefence::NotMeasured)
        return;
    if (ReplyClassifier::meaningOf(answer.reply) == ReplyMeaning::Throttled) {
        m_result.defence = answer.reply.code == 421 ? HarvestDefence::Disconnect
                                                    : HarvestDefence::TemporaryFailure;
        m_result.errorsBeforeDefence = m_errors;
        m_result.evidence = answer.evidence;
        if (answer.reply.code != 421)
            m_connection->stop();
        return;
    }
    if (answer.reply.isPermanentFailure()) {
        ++m_errors;
        m_result.evidence = answer.evidence;
    }
}

void HarvestProbe::onFinished()
{
    const ProbeConnection::Outcome o = m_connection->outcome();
    m_connection->deleteLater();
    m_connection = nullptr;
    m_result.maxDelayMs = o.maxDelayMs;
    HarvestResult &r = m_result;
    if (r.defence == HarvestDefence::NotMeasured) {
        if (o.slowedDown) {
            r.defence = HarvestDefence::Delay;
            r.errorsBeforeDefence = o.errorsBeforeSlowdown;
        } else if (o.handshakeDone && o.error != SessionError::None && !o.unanswered.isEmpty()) {
            r.defence = HarvestDefence::Disconnect;
            r.errorsBeforeDefence = m_errors;
        } else if (m_errors >= m_cap) {
            r.defence = HarvestDefence::None;
            r.errorsBeforeDefence = m_errors;
        }
    }
    const QString method = displayName(r.method);
    switch (r.defence) {
    case HarvestDefence::None:
        r.summary = tr("The server refused %n made-up name(s) in one %1 session promptly, "
                       "with no delay and no disconnect.",
                       nullptr, m_errors)
                        .arg(method);
        break;
    case HarvestDefence::Delay:
        r.summary = tr("After %n invalid name(s) in one %1 session the server slowed its "
                       "replies down (up to %2 ms).",
                       nullptr, r.errorsBeforeDefence)
                        .arg(method)
                        .arg(r.maxDelayMs);
        break;
    case HarvestDefence::TemporaryFailure:
        r.summary = tr("After %n invalid name(s) in one %1 session the server answered with "
                       "temporary failures.",
                       nullptr, r.errorsBeforeDefence)
                        .arg(method);
        break;
    case HarvestDefence::Disconnect:
        r.summary = tr("After %n invalid name(s) in one %1 session the server ended the "
                       "session.",
                       nullptr, r.errorsBeforeDefence)
                        .arg(method);
        break;
    case HarvestDefence::NotMeasured:
        r.summary = o.errorMessage.isEmpty()
            ? tr("Not measured: the server accepted some of the made-up names.")
            : tr("Not measured: %1").arg(o.errorMessage);
        break;
    }
    Q_EMIT finished();
}

} // namespace mxscope

// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "enumeration/EnumerationPlan.h"
#include "enumeration/HarvestResult.h"
#include "enumeration/ProbeConnection.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace mxscope {

// Directory-harvest resilience: one session of made-up names, as a harvester would send
// them, until the server defends itself (delays, 4xx, 421 or a dropped connection) or
// the cap is reached. Records K, the invalid names answered before the defence.
class HarvestProbe : public QObject
{
    Q_OBJECT

public:
    using ConnectionFactory = std::function<ProbeConnection *(QObject *parent)>;
    // Past Postfix's default hard limit (20), so "no defence" means a real absence.
    static constexpr int defaultCap = 30;

    HarvestProbe(const EnumerationPlan &plan, EnumerationMethod method, ConnectionFactory factory,
                 QObject *parent = nullptr);
    ~HarvestProbe() override;

    void start(int cap = defaultCap);
    void cancel();
    bool isRunning() const { return m_connection != nullptr; }
    const HarvestResult &result() const { return m_result; }

Q_SIGNALS:
    void finished();

private:
    void onAnswer(const ProbeConnection::Answer &answer);
    void onFinished();

    EnumerationPlan m_plan;
    ConnectionFactory m_factory;
    QPointer<ProbeConnection> m_connection;
    HarvestResult m_result;
    int m_cap = defaultCap;
    int m_errors = 0;
};

} // namespace mxscope

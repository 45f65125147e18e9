// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "findings/Finding.h"
#include "headers/HeaderBlock.h"
#include "headers/HopTimeline.h"

#include <QCoreApplication>

namespace mxscope {

// What a received message's header gives away: private addresses and internal names in
// the Received chain, MTA and client software versions, Exchange organisation headers,
// filter versions, and clocks that disagree. Every detail quotes the header it came from.
class HeaderFindings
{
    Q_DECLARE_TR_FUNCTIONS(mxscope::HeaderFindings)

public:
    static QList<Finding> evaluate(const HeaderBlock &block, const QList<Hop> &hops);
};

} // namespace mxscope

// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "enumeration/BaselineResult.h"
#include "enumeration/HarvestResult.h"
#include "enumeration/ProbeResult.h"
#include "findings/Finding.h"

#include <QList>
#include <QString>

namespace mxscope {

// Everything an enumeration run measured. Complete once the run emits finished(); while it
// runs, probes grows as results arrive.
struct EnumerationResult {
    QString host;
    quint16 port = 0;
    QString domain;
    qsizetype total = 0; // names listed
    BaselineResult baseline;
    QList<ProbeResult> probes; // in the order they were answered; ProbeResult::index
                               // gives the list order
    HarvestResult harvest;
    QList<Finding> findings;
    int sessions = 0; // SMTP sessions opened, baseline and harvest included
    qint64 elapsedMs = 0;
    qint64 enumerationMs = 0; // the listed names only, after the baseline
    bool cancelled = false;
    bool timedOut = false;
    QString error; // set when the run could not do its job (no connection, ...)

    qsizetype count(ProbeVerdict verdict) const
    {
        return std::count_if(probes.cbegin(), probes.cend(),
                             [verdict](const ProbeResult &p) { return p.verdict == verdict; });
    }
    // Names not probed: nothing could discriminate, or the run stopped early.
    qsizetype notProbed() const { return total - probes.size(); }
    // The names found to exist, in list order.
    QStringList found() const
    {
        QList<const ProbeResult *> hits;
        for (const ProbeResult &p : probes) {
            if (p.verdict == ProbeVerdict::Exists)
                hits.append(&p);
        }
        std::sort(hits.begin(), hits.end(),
                  [](const ProbeResult *a, const ProbeResult *b) { return a->index < b->index; });
        QStringList names;
        for (const ProbeResult *p : std::as_const(hits))
            names.append(p->name);
        return names;
    }
};

} // namespace mxscope

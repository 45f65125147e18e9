// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "audit/RunRecord.h"
#include "practice/PracticeProfile.h"

#include <QStringList>

namespace mxscope::testing {

// A whole audit through AuditRunner against an in-process practice server with profile,
// bounded in time; the record it left.
RunRecord auditPractice(const PracticeProfile &profile, const QStringList &checks,
                        const QString &domain = QStringLiteral("practice.test"));

// A small run built by hand: two checks, a few findings with evidence, a table, a chart.
RunRecord sampleRecord();

// Every "#tN" link target of html, and every id="tN" anchor.
QList<qsizetype> transcriptLinks(const QString &html);
QList<qsizetype> transcriptAnchors(const QString &html);
// Every start tag of html ("<div class=...>"): where markup a server smuggled in would show.
QStringList liveTags(const QString &html);

} // namespace mxscope::testing

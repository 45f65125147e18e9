// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "audit/CheckOutcome.h"
#include "transcript/TranscriptEntry.h"

#include <QCoreApplication>
#include <QString>

namespace mxscope {

// The building blocks of the audit report, each returning escaped markup: a finding with
// its remediation and evidence excerpt, a result table, the transcript appendix. Transcript
// lines carry the anchor "t<index>", so every excerpt and table row links to the appendix.
class AuditHtmlSections
{
    Q_DECLARE_TR_FUNCTIONS(mxscope::AuditHtmlSections)

public:
    // Lines a multi-line reply may add to one evidence excerpt.
    static constexpr int excerptFollowLines = 6;

    static QString esc(const QString &text) { return text.toHtmlEscaped(); }
    // An id made only of [a-z0-9-], so text from a loaded report cannot break an attribute.
    static QString anchorId(const QString &text);
    static QString transcriptLink(qsizetype index);

    static QString severityName(Severity severity); // translated
    static QString statusName(CheckStatus status); // translated
    static QString severityBadge(Severity severity);
    static QString statusBadge(CheckStatus status);

    static QString finding(const Finding &finding, const QString &anchor,
                           const QList<TranscriptEntry> &transcript);
    // "Postfix: ... Exim: ..." as one labelled line per MTA; plain text stays a paragraph.
    static QString remediation(const QString &text);
    // The cited lines and the rest of their multi-line replies, each linking to the appendix.
    static QString evidenceExcerpt(const QList<qsizetype> &evidence,
                                   const QList<TranscriptEntry> &transcript);
    static QString table(const ResultTable &table);
    static QString transcriptLine(qsizetype index, const TranscriptEntry &entry, bool withAnchor);
    static QString transcriptAppendix(const QList<TranscriptEntry> &transcript, qsizetype dropped);
};

} // namespace mxscope

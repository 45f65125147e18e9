// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "findings/FindingDetailView.h"

#include "findings/FindingsView.h"
#include "transcript/TranscriptModel.h"

#include <QEvent>

namespace mxscope {

FindingDetailView::FindingDetailView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("findingDetailView"));
    setReadOnly(true);
    setLineWrapMode(WidgetWidth);
    retranslateUi();
}

void FindingDetailView::showFinding(const Finding *finding, const TranscriptModel *transcript)
{
    if (!finding) {
        clear();
        return;
    }
    QStringList parts;
    parts.append(finding->title + QLatin1Char('\n')
                 + tr("Severity: %1").arg(FindingsView::severityName(finding->severity)));
    if (!finding->detail.isEmpty())
        parts.append(finding->detail);
    if (!finding->remediation.isEmpty())
        parts.append(tr("How to fix it:") + QLatin1Char('\n') + finding->remediation);
    QStringList evidence;
    for (const qsizetype index : finding->evidence) {
        const int row = transcript ? transcript->rowForEntry(index) : -1;
        if (row >= 0)
            evidence.append(QStringLiteral("  ") + transcript->entry(row).text);
    }
    if (!evidence.isEmpty())
        parts.append(tr("Evidence (transcript):") + QLatin1Char('\n')
                     + evidence.join(QLatin1Char('\n')));
    setPlainText(parts.join(QStringLiteral("\n\n")));
}

void FindingDetailView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void FindingDetailView::retranslateUi()
{
    setPlaceholderText(tr("Select a finding to see what was seen, how to fix it and the "
                          "transcript lines behind it."));
}

} // namespace mxscope

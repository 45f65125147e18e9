// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "findings/Finding.h"

#include <QPlainTextEdit>

namespace mxscope {

class TranscriptModel;

// Read-only text of one finding: what was seen, how to fix it, and the transcript lines
// that prove it. Plain text only, so server strings quoted in a finding stay inert.
class FindingDetailView : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit FindingDetailView(QWidget *parent = nullptr);

    // finding may be nullptr (nothing selected); evidence lines are read from transcript.
    void showFinding(const Finding *finding, const TranscriptModel *transcript);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
};

} // namespace mxscope

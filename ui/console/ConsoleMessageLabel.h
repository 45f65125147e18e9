// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QLabel>

namespace mxscope {

// One line under the transcript that says what just happened: a problem (a refused line,
// a failed session) in the warning colour, or a plain note. Plain text only.
class ConsoleMessageLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ConsoleMessageLabel(QWidget *parent = nullptr);

    void showProblem(const QString &message);
    void showInfo(const QString &message);
    bool showsProblem() const { return !isHidden() && m_problem; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColour();

    bool m_problem = false;
};

} // namespace mxscope

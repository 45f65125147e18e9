// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "console/ConsoleMessageLabel.h"

#include <QEvent>

namespace mxscope {

ConsoleMessageLabel::ConsoleMessageLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText); // messages may quote server text
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

void ConsoleMessageLabel::showProblem(const QString &message)
{
    m_problem = true;
    setText(message);
    applyColour();
    show();
}

void ConsoleMessageLabel::showInfo(const QString &message)
{
    m_problem = false;
    setText(message);
    applyColour();
    show();
}

void ConsoleMessageLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColour();
}

void ConsoleMessageLabel::applyColour()
{
    // The same warning red as the target bar, tuned for light and dark palettes.
    const QPalette base = parentWidget() ? parentWidget()->palette() : QPalette();
    const bool dark = base.color(QPalette::Window).lightness() < 128;
    const QColor text = !m_problem ? base.color(QPalette::WindowText)
        : dark                     ? QColor(0xff, 0x7b, 0x72)
                                   : QColor(0xc0, 0x1c, 0x28);
    if (palette().color(QPalette::WindowText) == text)
        return; // setPalette would send another PaletteChange
    QPalette own = palette();
    own.setColor(QPalette::WindowText, text);
    setPalette(own);
}

} // namespace mxscope

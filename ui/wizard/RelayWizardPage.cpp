// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "wizard/RelayWizardPage.h"

#include "common/AlarmColour.h"

#include <QEvent>
#include <QLabel>

namespace mxscope {

namespace {

// Between the text and the background: quieter than the text, still easy to read.
QColor muted(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    const QColor window = palette.color(QPalette::Window);
    return QColor::fromRgbF(text.redF() * 0.7f + window.redF() * 0.3f,
                            text.greenF() * 0.7f + window.greenF() * 0.3f,
                            text.blueF() * 0.7f + window.blueF() * 0.3f);
}

} // namespace

RelayWizardPage::RelayWizardPage(RelayWizardState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
{ }

void RelayWizardPage::changeEvent(QEvent *event)
{
    QWizardPage::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void RelayWizardPage::setHint(QLabel *label, const QString &text, bool problem)
{
    QPalette palette = label->parentWidget() ? label->parentWidget()->palette() : label->palette();
    if (problem)
        palette.setColor(QPalette::WindowText, alarmColour(hasDarkPalette(label)));
    else
        palette.setColor(QPalette::WindowText, muted(palette));
    label->setPalette(palette);
    label->setText(text);
    label->setProperty("problem", problem);
}

QString RelayWizardPage::joinSentences(const QString &first, const QString &second)
{
    if (first.isEmpty() || second.isEmpty())
        return first + second;
    //: Two sentences in a row. Keep the space where the language puts one between sentences.
    return tr("%1 %2").arg(first, second);
}

QLabel *RelayWizardPage::makeHintLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace mxscope

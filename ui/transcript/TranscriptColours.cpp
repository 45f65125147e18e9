// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "transcript/TranscriptColours.h"

#include "common/AlarmColour.h"

#include <QPalette>

namespace mxscope {

TranscriptColours::TranscriptColours(bool dark, QColor receivedText)
    : m_dark(dark)
    , m_receivedText(receivedText)
{ }

TranscriptColours TranscriptColours::forPalette(const QPalette &palette)
{
    // Judge by the background the rows are drawn on, not by the window chrome.
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return TranscriptColours(dark, palette.color(QPalette::Text));
}

TranscriptColours TranscriptColours::light()
{
    return TranscriptColours(false, QColor(0x1f, 0x23, 0x28));
}

TranscriptColours TranscriptColours::dark()
{
    return TranscriptColours(true, QColor(0xe6, 0xed, 0xf3));
}

TranscriptColours::Tone TranscriptColours::toneOf(const TranscriptEntry &entry)
{
    switch (entry.direction) {
    case TranscriptDirection::Sent:
        return Tone::Sent;
    case TranscriptDirection::Event:
        return Tone::Event;
    case TranscriptDirection::Received:
        break;
    }
    const QString &t = entry.text;
    if (t.size() < 3 || !t.at(0).isDigit() || !t.at(1).isDigit() || !t.at(2).isDigit())
        return Tone::Received;
    switch (t.at(0).unicode()) {
    case u'2':
        return Tone::Positive;
    case u'3':
        return Tone::Intermediate;
    case u'4':
        return Tone::TransientFailure;
    case u'5':
        return Tone::PermanentFailure;
    default:
        return Tone::Received;
    }
}

QColor TranscriptColours::colour(Tone tone) const
{
    // Light values reach at least 4.5:1 on white, dark ones on #1e1e1e (WCAG AA).
    switch (tone) {
    case Tone::Sent:
        return m_dark ? QColor(0x79, 0xb8, 0xff) : QColor(0x0b, 0x57, 0xd0);
    case Tone::Event:
        return m_dark ? QColor(0xa0, 0xa0, 0xa0) : QColor(0x5f, 0x63, 0x68);
    case Tone::Received:
        return m_receivedText;
    case Tone::Positive:
        return m_dark ? QColor(0x56, 0xd3, 0x64) : QColor(0x1a, 0x7f, 0x37);
    case Tone::Intermediate:
        return m_dark ? QColor(0x39, 0xc5, 0xcf) : QColor(0x0e, 0x6e, 0x7a);
    case Tone::TransientFailure:
        return m_dark ? QColor(0xe3, 0xb3, 0x41) : QColor(0x95, 0x58, 0x00);
    case Tone::PermanentFailure:
        return alarmColour(m_dark);
    }
    return m_receivedText;
}

} // namespace mxscope

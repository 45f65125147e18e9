// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "transcript/TranscriptEntry.h"

#include <QColor>

class QPalette;

namespace mxscope {

// How a transcript line is coloured: by direction, and by reply class for received lines.
// Two tuned sets keep the contrast readable on light and on dark window palettes.
//
//   const auto colours = TranscriptColours::forPalette(view->palette());
//   item.setForeground(colours.colourFor(entry));
class TranscriptColours
{
public:
    enum class Tone {
        Sent,
        Event,
        Received,
        Positive,
        Intermediate,
        TransientFailure,
        PermanentFailure
    };

    static TranscriptColours forPalette(const QPalette &palette);
    static TranscriptColours light();
    static TranscriptColours dark();
    // Received lines by the first digit of their reply code; others by direction.
    static Tone toneOf(const TranscriptEntry &entry);

    bool isDark() const { return m_dark; }
    QColor colour(Tone tone) const;
    QColor colourFor(const TranscriptEntry &entry) const { return colour(toneOf(entry)); }

private:
    explicit TranscriptColours(bool dark, QColor receivedText);

    bool m_dark;
    QColor m_receivedText; // the palette's own text colour for lines without a reply code
};

} // namespace mxscope

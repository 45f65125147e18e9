// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QByteArrayView>
#include <QString>

namespace mxscope {

// Server bytes made safe to show: valid UTF-8 is kept, control characters and invalid
// bytes become \xNN escapes, so a line can never carry terminal or layout control codes.
// A backslash becomes \x5c, so every escape can be read back as the byte it stands for.
QString safeText(QByteArrayView bytes);

// True when bytes hold a control character other than tab, or bytes that are not UTF-8.
bool hasUnprintableBytes(QByteArrayView bytes);

} // namespace mxscope

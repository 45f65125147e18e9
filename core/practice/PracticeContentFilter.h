// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace mxscope {

// The practice server's stand-in for a virus scanner and a spam filter: it knows only the
// EICAR and GTUBE test strings, looks for EICAR in the raw message and in every base64
// block (a MIME attachment), and answers the way a milter that refuses at the end of DATA
// makes Postfix answer.
class PracticeContentFilter
{
public:
    // Most of the message is kept for scanning; a test string sits near its start.
    static constexpr qsizetype maxScannedBytes = 1024 * 1024;

    // The complete refusal ("554 5.7.1 ...\r\n"), or nothing when the message is clean.
    static std::optional<QByteArray> judge(QByteArrayView message);
};

} // namespace mxscope

// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace mxscope {

// How to stop outgoing mail from carrying internal details, per MTA: Postfix header
// checks, Exim's Received template and headers_remove, Exchange connector rights and
// transport rules.
class HeaderRemediation
{
    Q_DECLARE_TR_FUNCTIONS(mxscope::HeaderRemediation)

public:
    static QString internalReceived(); // private addresses and internal names in Received
    static QString mtaVersion(); // software versions in Received
    static QString clientHeaders(); // X-Mailer, User-Agent, X-Originating-IP
    static QString exchangeHeaders(); // X-MS-Exchange-*
    static QString filterHeaders(); // X-Spam-*, X-Virus-Scanned
    static QString clockSkew();
};

} // namespace mxscope

// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QTcpServer>

namespace mxscope {

// A QTcpServer whose pending connections are QSslSockets, so that any of them can later
// switch to TLS (STARTTLS or implicit TLS). Used by PracticeServer only.
class PracticeListener : public QTcpServer
{
    Q_OBJECT

public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr socketDescriptor) override;
};

} // namespace mxscope

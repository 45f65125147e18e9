// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "transport/SocketTransport.h"

namespace mxscope {

// A socket transport that offers only TLS 1.0 and 1.1, with OpenSSL's security level
// lowered so those versions are possible at all. The TLS policy check uses it for one extra
// connection: if the handshake succeeds, the server still negotiates protocols RFC 8996
// retired. Certificate problems are ignored here; the main connection reports them.
class TlsPolicyLegacyTransport : public SocketTransport
{
    Q_OBJECT

public:
    explicit TlsPolicyLegacyTransport(QObject *parent = nullptr);

    // protocol is the negotiated session version ("TLSv1.1"), not the cipher's.
    TlsDetails tlsDetails() const override;

protected:
    bool isOrderlyClose(QAbstractSocket::SocketError error) const override;
    TransportError failureKind(QAbstractSocket::SocketError error) const override;
};

} // namespace mxscope

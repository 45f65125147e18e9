// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "smtp/SmtpSession.h"

#include <QPointer>

namespace mxscope {

// Drops a check's session at once: the check hears nothing more from it, the connection is
// cancelled, and the object is deleted later because the call may come from its own signal.
inline void discardSession(QPointer<SmtpSession> &session, QObject *listener)
{
    if (!session)
        return;
    session->disconnect(listener);
    session->cancel();
    session->deleteLater();
    session.clear();
}

} // namespace mxscope

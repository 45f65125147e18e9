// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "smtp/SmtpReply.h"

#include <QStringList>

namespace mxscope {

// The service extensions of a 250 reply to EHLO (RFC 5321 4.1.1.1): the first line names
// the server, every further line is "keyword [parameters]". Keywords compare case-insensitively.
class Capabilities
{
public:
    Capabilities() = default;
    static Capabilities fromEhloReply(const SmtpReply &reply);

    bool isEmpty() const { return m_keywords.isEmpty(); }
    bool has(const QString &keyword) const;
    // Parameters of keyword, split on spaces; empty when absent or bare.
    QStringList parameters(const QString &keyword) const;
    // AUTH mechanisms, upper case, from "AUTH ..." and the old "AUTH=..." form.
    QStringList authMechanisms() const;
    // SIZE limit in bytes; 0 when not announced or unlimited.
    qint64 sizeLimit() const;
    // Keywords as announced, one "KEYWORD params" string per extension, in server order.
    const QStringList &lines() const { return m_lines; }
    // The domain the server gave on the first line of its EHLO reply.
    const QString &serverName() const { return m_serverName; }

private:
    QString m_serverName;
    QStringList m_lines;
    QStringList m_keywords; // upper case, parallel to m_lines
};

} // namespace mxscope

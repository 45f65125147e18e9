// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace mxscope {

// The industry test strings for content filters and the messages that carry them.
// EICAR (anti-virus) and GTUBE (anti-spam) are harmless text that every scanner is
// built to flag. They are kept out of the source and the binary in plain form and
// assembled only at run time, so scanning this program's files finds nothing.
namespace FilterTestPayloads {

enum class Kind {
    EicarBody, // the EICAR string as the whole message body
    EicarAttachment, // the EICAR file base64-encoded in a MIME attachment, eicar.com
    GtubeBody, // the GTUBE string in the body
};

QByteArray eicar();
QByteArray gtube();

QList<Kind> all();
QString name(Kind kind); // stable identifier for JSON: "eicar-body", ...
bool isMalware(Kind kind); // EICAR: anti-virus; GTUBE: anti-spam

// A complete RFC 5322 message with the token in Subject and body.
QByteArray buildMessage(Kind kind, const QString &sender, const QString &recipient,
                        const QString &token, const QDateTime &date);

// The lines of a message that hold a test string (body line, base64 lines), so a
// transcript can show a placeholder instead: a saved transcript must not itself be
// flagged by the user's scanner.
QList<QByteArray> sensitiveLines();

} // namespace FilterTestPayloads

} // namespace mxscope

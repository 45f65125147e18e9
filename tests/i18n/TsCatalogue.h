// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace mxscope::testing {

// One <message> of a Qt Linguist .ts file.
struct TsMessage {
    QString context;
    QString source;
    QString comment; // disambiguation: part of the identity, like the context
    bool numerus = false;
    QString type; // the <translation type="...">: empty when finished
    QStringList forms; // the translation, or each <numerusform> of a plural

    // Context, source and disambiguation: what lupdate matches messages by.
    QString key() const;
    // "Context: source" for failure messages.
    QString describe() const;
};

// A whole .ts file, read with QXmlStreamReader.
struct TsCatalogue {
    QString language;
    QList<TsMessage> messages;
    QString error; // empty when the file was read

    static TsCatalogue read(const QString &path);
};

// Qt's argument markers in a text (%1..%99, %L1, %n, %Ln), sorted and without repeats.
QStringList placeholders(const QString &text);

} // namespace mxscope::testing

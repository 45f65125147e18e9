// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "findings/Finding.h"

#include <QByteArray>
#include <QFile>
#include <QString>

namespace mxscope::testing {

// The sample messages in tests/data/headers.
inline QString headerSamplePath(const char *name)
{
    return QStringLiteral(MXSCOPE_HEADER_SAMPLES "/") + QLatin1String(name);
}

inline QByteArray headerSample(const char *name)
{
    QFile file(headerSamplePath(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline const Finding *findingById(const QList<Finding> &findings, const char *id)
{
    for (const Finding &finding : findings) {
        if (finding.id == QLatin1String(id))
            return &finding;
    }
    return nullptr;
}

} // namespace mxscope::testing

// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "headers/HeaderAnalysis.h"

#include "headers/HeaderFindings.h"

#include <QFile>

#include <cstdio>

namespace mxscope {

HeaderAnalysis analyseHeaders(const QByteArray &message, const HeaderLimits &limits)
{
    HeaderAnalysis analysis;
    analysis.block = HeaderBlockParser::parse(message, limits);
    analysis.errors = analysis.block.errors;
    analysis.warnings = analysis.block.warnings;
    if (!analysis.ok())
        return analysis;
    analysis.hops = HopTimeline::build(analysis.block);
    const qsizetype received = analysis.block.all(QLatin1String("Received")).size();
    if (received > analysis.hops.size())
        analysis.warnings.append(
            HeaderInput::tr("Only the newest %1 of %2 Received fields were read.")
                .arg(analysis.hops.size())
                .arg(received));
    analysis.findings = HeaderFindings::evaluate(analysis.block, analysis.hops);
    return analysis;
}

bool HeaderInput::readMessageHead(QIODevice &device, QByteArray &bytes, QString *error,
                                  const HeaderLimits &limits)
{
    // One line beyond the block limit is enough to tell "too large" from "fits".
    const qint64 wanted = limits.maxBlockBytes + limits.maxLineBytes + 2;
    bytes.resize(wanted);
    qint64 filled = 0;
    while (filled < wanted) {
        const qint64 got = device.read(bytes.data() + filled, wanted - filled);
        if (got < 0) {
            bytes.clear();
            if (error)
                *error = tr("Could not read the message: %1").arg(device.errorString());
            return false;
        }
        if (got == 0)
            break; // end of file (files and standard input block until data or the end)
        filled += got;
    }
    bytes.resize(filled);
    return true;
}

bool HeaderInput::readMessageFile(const QString &path, QByteArray &bytes, QString *error,
                                  const HeaderLimits &limits)
{
    QFile file;
    const bool opened = path == QLatin1String("-")
        ? file.open(stdin, QIODevice::ReadOnly)
        : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        if (error)
            *error = tr("Cannot open %1: %2").arg(path, file.errorString());
        return false;
    }
    return readMessageHead(file, bytes, error, limits);
}

} // namespace mxscope

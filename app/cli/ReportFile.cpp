// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "ReportFile.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace mxscope::cli {

QCommandLineOption reportOption()
{
    return QCommandLineOption(
        QStringLiteral("report"),
        QCoreApplication::translate("mxscope::cli", "Also write an HTML report to FILE."),
        QCoreApplication::translate("mxscope::cli", "file"));
}

bool saveReport(const QString &path, const std::function<bool(QIODevice &)> &write, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && write(file) && file.commit())
        return true;
    *error = QCoreApplication::translate("mxscope::cli", "cannot write %1: %2")
                 .arg(path, file.errorString());
    return false;
}

} // namespace mxscope::cli

// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QCommandLineOption>
#include <QIODevice>
#include <QString>

#include <functional>

namespace mxscope::cli {

// The --report FILE option every check shares.
QCommandLineOption reportOption();

// Writes a report through QSaveFile: a crash or a full disk mid-write leaves any earlier
// file at path intact. False, with *error set, when anything failed.
bool saveReport(const QString &path, const std::function<bool(QIODevice &)> &write, QString *error);

} // namespace mxscope::cli

// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "transcript/TranscriptModel.h"

#include <optional>

namespace mxscope {

// The transcript model with what a learner at a console wants on top: a reply line's
// tooltip explains its code (RFC 5321) and enhanced status (RFC 3463), and the exact line
// ending can be shown ("␍␊" after every line that crossed the wire).
class ConsoleTranscriptModel : public TranscriptModel
{
    Q_OBJECT

public:
    static constexpr qsizetype DefaultMaxRows = TranscriptModel::DefaultMaxRows;

    explicit ConsoleTranscriptModel(QObject *parent = nullptr, qsizetype maxRows = DefaultMaxRows);

    void setShowLineEndings(bool show);
    bool showsLineEndings() const { return m_showLineEndings; }
    // What stands for CR LF; "␍␊" (U+240D U+240A) unless the view's font cannot draw it.
    void setLineEndingMark(const QString &mark);
    const QString &lineEndingMark() const { return m_lineEndingMark; }
    // For a received line starting "NNN-" or "NNN ": what the code (and enhanced code) mean.
    static std::optional<QString> explainLine(const QString &text);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    bool m_showLineEndings = false;
    QString m_lineEndingMark = QStringLiteral(u"\u240D\u240A");
};

} // namespace mxscope

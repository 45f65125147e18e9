// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "relay/RelayTypes.h"

#include <QAbstractTableModel>
#include <QColor>

namespace mxscope {

// The relay matrix as a table: variant id, sender, recipient, stage reached, reply.
// Every cell is plain text (replies are attacker-controlled); the stage is coloured.
//
//   model->setOutcomes(result.outcomes);
//   const RelayOutcome &o = model->outcome(row);   // evidence, connection
class RelayOutcomeModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { IdColumn, SenderColumn, RecipientColumn, StageColumn, ReplyColumn, ColumnCount };

    explicit RelayOutcomeModel(QObject *parent = nullptr);

    void setOutcomes(const QList<RelayOutcome> &outcomes);
    const QList<RelayOutcome> &outcomes() const { return m_outcomes; }
    const RelayOutcome &outcome(int row) const { return m_outcomes.at(row); }
    void retranslate();

    // Red for accepted, green for refused, neutral for the rest; tuned for light or dark.
    static QColor stageColour(RelayStage stage, bool dark);
    // What the reply column shows: the reply, or the error.
    static QString replyText(const RelayOutcome &outcome);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<RelayOutcome> m_outcomes;
};

} // namespace mxscope

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/cases/overview.h>

#include <cc/core/category.h>

#include <QAbstractTableModel>
#include <QTimeZone>

namespace Cc::Overview {

/// A short list of cases (newest, overdue) for the shell. The full lazy case list over
/// millions of rows belongs to the case-workflow panel.
class CaseTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Number, State, Category, Level, Address, Department, Reported, Deadline, ColumnCount };

    /// Category names from the city's dictionary, times on the city's clock (both must
    /// outlive the model: the city context's).
    CaseTableModel(const Core::CategoryDictionary &categories, const QTimeZone &zone, QObject *parent = nullptr);
    void setCases(const QList<Cases::CaseSummary> &cases);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const Core::CategoryDictionary &m_categories;
    QList<Cases::CaseSummary> m_cases;
    QTimeZone m_zone;
};

} // namespace Cc::Overview

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/cases/casequery.h>
#include <cc/core/category.h>
#include <cc/storage/rows.h>

#include <QTimeZone>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;

namespace Cc::CasesWidgets {

/// The filters of the all-cases view: state, channel, category (search), grid, department,
/// date range, overdue only and full-text search (applied on Enter).
class CaseFilterBar : public QWidget
{
    Q_OBJECT
public:
    CaseFilterBar(const Core::CategoryDictionary &categories, const QTimeZone &zone,
                  QWidget *parent = nullptr);
    void setDepartments(const QList<Storage::DepartmentRow> &departments);
    /// The filter the fields describe (dates are local days in the city's zone).
    Cases::CaseFilter filter() const;
    void clearFields();

signals:
    void filterChanged();
    void exportRequested();

private:
    QString categoryKey() const;

    const Core::CategoryDictionary &m_dictionary;
    QTimeZone m_zone;
    QComboBox *m_state;
    QComboBox *m_channel;
    QLineEdit *m_category;
    QLineEdit *m_grid;
    QComboBox *m_department;
    QCheckBox *m_useDates;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QCheckBox *m_overdue;
    QLineEdit *m_text;
};

} // namespace Cc::CasesWidgets

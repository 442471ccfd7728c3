// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace Cc::CasesWidgets {

/// 批量立案 asks first: how many cases and which numbers will be filed, with one note for all
/// of them (the same note the single-case 立案 dialog takes). Accepting files them.
class BatchFileDialog : public QDialog
{
    Q_OBJECT
public:
    BatchFileDialog(const QStringList &numbers, QWidget *parent = nullptr);

    QStringList numbers() const { return m_numbers; }
    QString note() const;
    QString summaryText() const;

private:
    QStringList m_numbers;
    QLabel *m_summary;
    QListWidget *m_list;
    QPlainTextEdit *m_note;
};

} // namespace Cc::CasesWidgets

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/cases/surveys.h>

#include <QDialog>

#include <functional>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
QT_END_NAMESPACE

namespace Cc::CasesWidgets {

/// 分派普查任务: one unit grid of the campaign's area and one collector; `assign` stores it
/// (Cases::SurveyStore::addTask, which checks everything) and a refusal stays in the dialog.
class SurveyTaskDialog : public QDialog
{
    Q_OBJECT

public:
    using Assign = std::function<Result<Cases::SurveyTask>(const QString &grid,
                                                           const QString &collectorLogin)>;
    SurveyTaskDialog(const QString &campaignName, const QStringList &grids,
                     const QList<std::pair<QString, QString>> &collectors, Assign assign,
                     QWidget *parent = nullptr);

public slots:
    void accept() override;

private:
    Assign m_assign;
    QComboBox *m_grid = nullptr;
    QComboBox *m_collector = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace Cc::CasesWidgets

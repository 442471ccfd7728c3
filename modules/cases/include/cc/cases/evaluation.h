// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/kpi.h>
#include <cc/core/kpifigures.h>
#include <cc/core/result.h>
#include <cc/core/role.h>
#include <cc/storage/database.h>

#include <QDateTime>
#include <QHash>
#include <QList>

namespace Cc::Cases {

/// What an evaluation groups by (综合评价 per department, region or post).
enum class EvaluationScope { Invalid = 0, Department, Grid, Post };

QString scopeId(EvaluationScope scope); ///< "department", "grid", "post"
EvaluationScope scopeFromId(QStringView id);

struct EvaluationRow
{
    QString key;                           ///< department id, responsibility-grid code, or user id
    QString name;                          ///< department name, grid name, or user display name
    Core::Role role = Core::Role::Invalid; ///< for posts: the post evaluated
    Core::Evaluation evaluation;
};

/// KPIs for the period [from, to): departments and grids from the published figures
/// (countFigures, docs/kpi.md), posts from their events, fed to the formulas of Core with
/// `rules`. `now` decides what is overdue for open cases. Rows are sorted by post, then score,
/// best first (rows without a score last). Cases in 挂账 leave the denominators.
/// `figures`, when given, receives the published figures of every department or grid
/// counted, by key (the evaluation tab shows them beside the scores without counting
/// twice); posts leave it untouched.
Result<QList<EvaluationRow>> evaluate(Storage::Database &db, EvaluationScope scope,
                                      const QDateTime &from, const QDateTime &to,
                                      const QDateTime &now,
                                      const Core::KpiRules &rules = Core::KpiRules::defaults(),
                                      QHash<QString, Core::CaseFigures> *figures = nullptr);

} // namespace Cc::Cases

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bulletindata.h"

#include <cc/bulletin/bulletin.h>
#include <cc/cases/evaluation.h>
#include <cc/cases/kpifigures.h>
#include <cc/core/kpi.h>

#include <QLoggingCategory>

namespace Cc::City {
class CityContext;
}

namespace Cc::Bulletin {

Q_DECLARE_LOGGING_CATEGORY(lcBulletin)

/// A numbered section heading: "一、总体情况" in Chinese, "1. Overall" in English.
QString heading(int n, const QString &text);
/// A 小类's name in the UI language, or its key when the dictionary lacks it.
QString categoryName(const City::CityContext &city, const QString &key);

/// 红榜/黑榜 of departments and streets (ranking.cpp). `number` is the next heading's number.
/// `streets`: the period's figures by street (countFigures), already counted for the headline.
Result<QList<Reports::Section>> rankingSections(const QList<Cases::FigureRow> &streets,
                                                const QList<Cases::EvaluationRow> &evaluated,
                                                const Options &options, int &number);
/// Overdue cases, top problems, 老不改, trend, campaigns (lists.cpp).
Result<QList<Reports::Section>> listSections(const City::CityContext &city, const Period &period,
                                             const Span &span, const Span &previous,
                                             const Options &options, int &number);

} // namespace Cc::Bulletin

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cityplan.h"

#include <cc/cases/caseservice.h>

namespace Cc::Demo {

struct CaseFlowStats
{
    int cases = 0, actions = 0, refused = 0;
};

/// Plays a year of cases through the real CaseService: each case is reported, then moved
/// step by step (verify, accept, file, dispatch, dispose, check, close, and the exception
/// flows) by the people whose job it is, at times drawn from realistic delays, until the
/// case ends or its next step would fall after `end`. The mix of categories, channels,
/// exceptions and overdue work follows the seed cities (docs/domain.md §6).
Result<CaseFlowStats> simulateCases(Cases::CaseService &service, const CityPlan &plan,
                                    const DemoOptions &options, const QDateTime &end,
                                    std::mt19937_64 &random,
                                    const std::function<void(int, int, const QString &)> &progress);

} // namespace Cc::Demo

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One step of CaseService::applyAction as it goes from validation to persisting
// (caseservice.cpp), shared with the deadline preview (casesteprules.cpp).
#include <cc/cases/caseservice.h>

#include <QJsonObject>

namespace Cc::Cases {

struct CaseService::Step
{
    Core::Transition transition;
    Core::CaseState from = Core::CaseState::Invalid;
    QDateTime at;
    Storage::CaseEventRow event;
    QJsonObject payload;
    Core::Deadline restarted; ///< the deadline a Restart computed (for previews)
    Core::TimeLimit limit;    ///< the limit a Restart ran on
};

} // namespace Cc::Cases

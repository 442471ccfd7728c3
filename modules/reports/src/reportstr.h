// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/result.h>

#include <QCoreApplication>

namespace Cc::Reports {
/// Translation context "Tr" (see modules/core/src/coretr.h for why).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Tr)
};

/// Refuses ("report.no-font") a family that is not installed.
Result<void> checkFont(const QString &family);
} // namespace Cc::Reports

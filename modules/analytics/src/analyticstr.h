// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Cc::Analytics {
/// Translation context of the module's messages.
struct AnalyticsTr
{
    Q_DECLARE_TR_FUNCTIONS(AnalyticsTr)
};
} // namespace Cc::Analytics

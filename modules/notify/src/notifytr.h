// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Cc::Notify {
/// Translation context "Tr" (see modules/core/src/coretr.h for why).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Tr)
};
} // namespace Cc::Notify

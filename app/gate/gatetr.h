// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Cc::GateApp {
/// Translation context "Tr" of the citygate executable (see modules/core/src/coretr.h).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Tr)
};
} // namespace Cc::GateApp

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Cc::Cases {
/// Translation context of the cases module.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cc::Cases)
};
} // namespace Cc::Cases

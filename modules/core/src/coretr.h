// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Cc::Core {
/// Translation context of the core module (lupdate context "Cc::Core").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cc::Core)
};
} // namespace Cc::Core

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Cc::Core {
/// Translation context "Tr", shared by the logic modules: lupdate cannot resolve a class
/// inside a C++17 nested namespace and falls back to the written name, so the declared
/// context is that name too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Tr)
};
} // namespace Cc::Core

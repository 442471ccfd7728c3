// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Cc::Map {
/// Translation context of the map module (its own, to keep .ts merges apart).
struct MapTr
{
    Q_DECLARE_TR_FUNCTIONS(MapTr)
};
} // namespace Cc::Map

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Cc::Geo {
/// Translation context of the geo module (its own, to keep .ts merges apart).
struct GeoTr
{
    Q_DECLARE_TR_FUNCTIONS(GeoTr)
};
} // namespace Cc::Geo

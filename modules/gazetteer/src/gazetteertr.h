// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Cc::Gazetteer {
/// Translation context of the gazetteer module (its own, to keep .ts merges apart).
struct GazetteerTr
{
    Q_DECLARE_TR_FUNCTIONS(GazetteerTr)
};
} // namespace Cc::Gazetteer

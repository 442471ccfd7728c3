// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Cc::Sync {

/// Translation context of the sync module's non-QObject code.
struct SyncTr
{
    Q_DECLARE_TR_FUNCTIONS(SyncTr)
};

} // namespace Cc::Sync

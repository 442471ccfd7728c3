// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>

namespace Cc::CasesWidgets::Internal {

/// Shows the busy cursor while argon2id works (a noticeable fraction of a second, on
/// purpose), and restores it however the check ends.
class BusyCursor
{
public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor &) = delete;
    BusyCursor &operator=(const BusyCursor &) = delete;
};

} // namespace Cc::CasesWidgets::Internal

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace Cc::App {

/// The start-up's milestones, off by default: QT_LOGGING_RULES="cc.startup.debug=true"
/// prints "cc.startup: <ms since main()> <what>" on stderr (tests/bench/bench_startup
/// reads them to say where a slow start goes).
Q_DECLARE_LOGGING_CATEGORY(lcStartup)

/// Marks a milestone; the first call starts the clock.
void startupMark(const char *what);

} // namespace Cc::App

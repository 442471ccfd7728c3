// SPDX-License-Identifier: GPL-3.0-or-later
#include "startuptrace.h"

#include <QElapsedTimer>

#include <ctime>

namespace Cc::App {

Q_LOGGING_CATEGORY(lcStartup, "cc.startup", QtWarningMsg)

namespace {

double cpuMs(clockid_t clock)
{
    timespec t{};
    clock_gettime(clock, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

} // namespace

void startupMark(const char *what)
{
    static QElapsedTimer clock;
    if (!clock.isValid())
        clock.start();
    if (!lcStartup().isDebugEnabled())
        return;
    // CPU besides wall time: on a loaded machine the wall clock mostly measures the
    // neighbours; this thread's CPU is what the step itself cost, the process's adds the
    // worker threads (the integrity check, map rendering).
    qCDebug(lcStartup, "%.1f %s [cpu: main thread %.0f ms, process %.0f ms]",
            clock.nsecsElapsed() / 1e6, what, cpuMs(CLOCK_THREAD_CPUTIME_ID),
            cpuMs(CLOCK_PROCESS_CPUTIME_ID));
}

} // namespace Cc::App

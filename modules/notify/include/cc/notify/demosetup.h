// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a new demo city gets for notifications (docs/notify.md, "Default rules"): the
// default rules, a 单位正职 user per department and quiet hours 22:00–07:00. Channels stay
// unconfigured: where the texts go is the centre's own business (`cityctl notify channel`).

#include <cc/core/result.h>

namespace Cc::Storage {
class Database;
}

namespace Cc::Notify {

struct DemoSetup
{
    int rules = 0, unitHeads = 0;
};

Result<DemoSetup> installDemoSetup(Storage::Database &db);

} // namespace Cc::Notify

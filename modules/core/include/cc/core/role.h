// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Cc::Core {

/// Posts of the command hall (docs/domain.md §3).
enum class Role {
    Invalid = 0,
    Operator,    ///< 受理员
    ShiftLeader, ///< 值班长
    Dispatcher,  ///< 派遣员
    Department,  ///< 专业部门 (a user of one responsible department)
    Collector,   ///< 监督员 / 信息采集员
    Supervisor,  ///< 督查 (supervises, draws grids)
    Admin,       ///< 系统管理员
};

QList<Role> allRoles();
QString roleId(Role role);         ///< stable id: "operator", "shift-leader", …
Role roleFromId(QStringView text); ///< accepts the id or the Chinese name; Invalid otherwise
QString roleName(Role role);       ///< translated display name (受理员 …)

} // namespace Cc::Core

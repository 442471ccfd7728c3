// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/core/role.h>

#include "coretr.h"

#include <iterator>

namespace Cc::Core {

namespace {

struct RoleInfo
{
    Role role;
    const char *id;
    const char *name; // source text; translated when read, since the locale can change
};

// In menu order. The Chinese post titles go to the translators as comments.
constexpr RoleInfo roleTable[] = {
    //: 受理员
    {Role::Operator, "operator", QT_TRANSLATE_NOOP("Tr", "Operator")},
    //: 值班长
    {Role::ShiftLeader, "shift-leader", QT_TRANSLATE_NOOP("Tr", "Shift leader")},
    //: 派遣员
    {Role::Dispatcher, "dispatcher", QT_TRANSLATE_NOOP("Tr", "Dispatcher")},
    //: 专业部门 (a user of a responsible department)
    {Role::Department, "department", QT_TRANSLATE_NOOP("Tr", "Department")},
    //: 监督员 (信息采集员)
    {Role::Collector, "collector", QT_TRANSLATE_NOOP("Tr", "Collector")},
    //: 督查员
    {Role::Supervisor, "supervisor", QT_TRANSLATE_NOOP("Tr", "Supervisor")},
    //: 系统管理员
    {Role::Admin, "admin", QT_TRANSLATE_NOOP("Tr", "Administrator")},
};
static_assert(std::size(roleTable) == static_cast<size_t>(Role::Admin),
              "roleTable must list every Role except Invalid");

// Post titles as they appear in staff lists and imported user files (docs/domain.md §3).
struct ChineseTitle
{
    const char16_t *title;
    Role role;
};

constexpr ChineseTitle chineseTitles[] = {
    {u"受理员", Role::Operator},   {u"值班长", Role::ShiftLeader},
    {u"派遣员", Role::Dispatcher}, {u"专业部门", Role::Department},
    {u"监督员", Role::Collector},  {u"信息采集员", Role::Collector},
    {u"督查员", Role::Supervisor}, {u"督查", Role::Supervisor},
    {u"管理员", Role::Admin},      {u"系统管理员", Role::Admin},
};

const RoleInfo *infoFor(Role role)
{
    for (const RoleInfo &info : roleTable) {
        if (info.role == role)
            return &info;
    }
    return nullptr;
}

} // namespace

QList<Role> allRoles()
{
    QList<Role> roles;
    roles.reserve(std::size(roleTable));
    for (const RoleInfo &info : roleTable)
        roles.append(info.role);
    return roles;
}

QString roleId(Role role)
{
    const RoleInfo *info = infoFor(role);
    return info ? QString::fromLatin1(info->id) : QString();
}

Role roleFromId(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Role::Invalid;
    // Ids come from config files and the command line, where "Operator" is an easy typo.
    for (const RoleInfo &info : roleTable) {
        if (trimmed.compare(QLatin1String(info.id), Qt::CaseInsensitive) == 0)
            return info.role;
    }
    for (const ChineseTitle &title : chineseTitles) {
        if (trimmed == QStringView(title.title))
            return title.role;
    }
    return Role::Invalid;
}

QString roleName(Role role)
{
    const RoleInfo *info = infoFor(role);
    return info ? Tr::tr(info->name) : QString();
}

} // namespace Cc::Core

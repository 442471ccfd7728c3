// SPDX-License-Identifier: GPL-3.0-or-later
// The organisation file (docs/org.md): read, written and compared. The checks that need the
// database are OrgStore's (orgcheck.cpp).
#include <cc/cases/orgstore.h>

#include "casestr.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Cc::Cases {

namespace {

Error orgError(const char *code, const QString &message)
{
    return makeError(QString::fromLatin1(code), message);
}

/// A text field: absent is empty, anything but a string refused.
bool textField(const QJsonObject &o, const char *key, QString &out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isString())
        return false;
    out = v.toString().trimmed();
    return true;
}

bool boolField(const QJsonObject &o, const char *key, bool &out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return true;
    if (!v.isBool())
        return false;
    out = v.toBool();
    return true;
}

Result<OrgDepartment> departmentFromJson(const QJsonValue &value, qsizetype i)
{
    const QJsonObject o = value.toObject();
    OrgDepartment d;
    const double level = o.value(QLatin1String("level")).toDouble(1);
    if (!value.isObject() || !textField(o, "code", d.code) || !textField(o, "nameZh", d.nameZh)
        || !textField(o, "nameEn", d.nameEn) || !textField(o, "type", d.type)
        || !textField(o, "parent", d.parentCode) || !textField(o, "phone", d.phone)
        || !boolField(o, "active", d.active) || level != int(level))
        return orgError("org.bad-field",
                        Tr::tr("Organisation: departments[%1] is not an object of texts "
                               "(code, nameZh, nameEn, type, parent, phone), a level and "
                               "active.")
                            .arg(i));
    d.level = int(level);
    return d;
}

Result<OrgUser> userFromJson(const QJsonValue &value, qsizetype i)
{
    const QJsonObject o = value.toObject();
    OrgUser u;
    bool ok = value.isObject() && textField(o, "login", u.login) && textField(o, "name", u.name)
              && textField(o, "department", u.departmentCode) && textField(o, "grid", u.grid)
              && textField(o, "phone", u.phone) && boolField(o, "unitHead", u.unitHead)
              && boolField(o, "active", u.active) && o.value(QLatin1String("roles")).isArray();
    for (const QJsonValue &r : o.value(QLatin1String("roles")).toArray()) {
        ok = ok && r.isString();
        u.roles.append(r.toString().trimmed());
    }
    if (!ok)
        return orgError("org.bad-field",
                        Tr::tr("Organisation: users[%1] is not an object of texts (login, name, "
                               "department, grid, phone), a list of roles, unitHead and active.")
                            .arg(i));
    u.roles.sort();
    return u;
}

QString onOff(bool b)
{
    return b ? QStringLiteral("yes") : QStringLiteral("no");
}

void diffDepartments(const OrgChart &now, const OrgChart &before, QStringList &out)
{
    for (const OrgDepartment &d : now.departments) {
        const OrgDepartment *was = before.department(d.code);
        if (!was) {
            out << QStringLiteral("+ department %1 %2").arg(d.code, d.nameZh);
            continue;
        }
        const auto field = [&](const char *name, const QString &a, const QString &b) {
            if (a != b)
                out << QStringLiteral("~ department %1 %2: %3 → %4")
                           .arg(d.code, QLatin1String(name), a, b);
        };
        field("nameZh", was->nameZh, d.nameZh);
        field("nameEn", was->nameEn, d.nameEn);
        field("type", was->type, d.type);
        field("parent", was->parentCode, d.parentCode);
        field("phone", was->phone, d.phone);
        field("level", QString::number(was->level), QString::number(d.level));
        field("active", onOff(was->active), onOff(d.active));
    }
    for (const OrgDepartment &d : before.departments) {
        if (!now.department(d.code) && d.active)
            out << QStringLiteral("- department %1 %2 (retired)").arg(d.code, d.nameZh);
    }
}

void diffUsers(const OrgChart &now, const OrgChart &before, QStringList &out)
{
    for (const OrgUser &u : now.users) {
        const OrgUser *was = before.user(u.login);
        if (!was) {
            out << QStringLiteral("+ user %1 %2 [%3]")
                       .arg(u.login, u.name, u.roles.join(QLatin1Char(',')));
            continue;
        }
        const auto field = [&](const char *name, const QString &a, const QString &b) {
            if (a != b)
                out << QStringLiteral("~ user %1 %2: %3 → %4")
                           .arg(u.login, QLatin1String(name), a, b);
        };
        field("name", was->name, u.name);
        field("roles", was->roles.join(QLatin1Char(',')), u.roles.join(QLatin1Char(',')));
        field("department", was->departmentCode, u.departmentCode);
        field("grid", was->grid, u.grid);
        field("phone", was->phone, u.phone);
        field("unitHead", onOff(was->unitHead), onOff(u.unitHead));
        field("active", onOff(was->active), onOff(u.active));
    }
    for (const OrgUser &u : before.users) {
        if (!now.user(u.login) && u.active)
            out << QStringLiteral("- user %1 %2 (deactivated)").arg(u.login, u.name);
    }
}

} // namespace

Result<OrgChart> OrgChart::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject root = doc.object();
    if (!doc.isObject() || !root.value(QLatin1String("departments")).isArray()
        || !root.value(QLatin1String("users")).isArray())
        return orgError("org.bad-json",
                        Tr::tr("Organisation: not a JSON object with lists of departments and "
                               "users (%1).")
                            .arg(parseError.error == QJsonParseError::NoError
                                     ? Tr::tr("wrong shape")
                                     : parseError.errorString()));
    if (root.value(QLatin1String("format")).toString(QStringLiteral("citycommand-org"))
            != QLatin1String("citycommand-org")
        || root.value(QLatin1String("version")).toInt(1) != 1)
        return orgError("org.bad-version",
                        Tr::tr("Organisation: the file is not of format citycommand-org, "
                               "version 1."));
    OrgChart chart;
    const QJsonArray departments = root.value(QLatin1String("departments")).toArray();
    for (qsizetype i = 0; i < departments.size(); ++i) {
        auto d = departmentFromJson(departments.at(i), i);
        if (!d)
            return d.error();
        chart.departments.append(d.value());
    }
    const QJsonArray users = root.value(QLatin1String("users")).toArray();
    for (qsizetype i = 0; i < users.size(); ++i) {
        auto u = userFromJson(users.at(i), i);
        if (!u)
            return u.error();
        chart.users.append(u.value());
    }
    return chart;
}

QByteArray OrgChart::toJson() const
{
    QJsonArray departmentArray, userArray;
    for (const OrgDepartment &d : departments)
        departmentArray.append(QJsonObject{{"code", d.code},
                                           {"nameZh", d.nameZh},
                                           {"nameEn", d.nameEn},
                                           {"type", d.type},
                                           {"parent", d.parentCode},
                                           {"level", d.level},
                                           {"phone", d.phone},
                                           {"active", d.active}});
    for (const OrgUser &u : users)
        userArray.append(QJsonObject{{"login", u.login},
                                     {"name", u.name},
                                     {"roles", QJsonArray::fromStringList(u.roles)},
                                     {"department", u.departmentCode},
                                     {"grid", u.grid},
                                     {"phone", u.phone},
                                     {"unitHead", u.unitHead},
                                     {"active", u.active}});
    return QJsonDocument(QJsonObject{{"format", "citycommand-org"},
                                     {"version", 1},
                                     {"departments", departmentArray},
                                     {"users", userArray}})
        .toJson(QJsonDocument::Indented);
}

const OrgDepartment *OrgChart::department(const QString &code) const
{
    for (const OrgDepartment &d : departments) {
        if (d.code == code)
            return &d;
    }
    return nullptr;
}

const OrgUser *OrgChart::user(const QString &login) const
{
    for (const OrgUser &u : users) {
        if (u.login.compare(login, Qt::CaseInsensitive) == 0)
            return &u;
    }
    return nullptr;
}

QStringList OrgChart::differencesFrom(const OrgChart &before) const
{
    QStringList out;
    diffDepartments(*this, before, out);
    diffUsers(*this, before, out);
    return out;
}

} // namespace Cc::Cases

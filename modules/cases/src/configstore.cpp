// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/cases/configstore.h>

#include "casestr.h"
#include "roleholder.h"

#include <cc/storage/repositories.h>

#include <QMap>
#include <QSet>

#include <algorithm>

namespace Cc::Cases {

namespace {

Error configError(const char *code, const QString &message)
{
    return makeError(QString::fromLatin1(code), message);
}

/// The set of texts one column of a query returns.
Result<QSet<QString>> textSet(Storage::Database &db, const QString &sql)
{
    auto st = db.prepare(sql);
    if (!st)
        return st.error();
    QSet<QString> out;
    auto read = Storage::forEachRow(st.value(), [&](const Storage::Statement &row) {
        out.insert(row.text(0));
    });
    if (!read)
        return read.error();
    return out;
}

} // namespace

ConfigStore::ConfigStore(Storage::Database &db, const Core::CategoryDictionary &seed) : m_db(db)
{
    m_seed.rules = std::make_shared<const Core::CityRules>(Core::CityRules::seed(seed));
}

const ConfigVersion &ConfigStore::current() const
{
    return m_versions.isEmpty() ? m_seed : m_versions.last();
}

const ConfigVersion &ConfigStore::at(const QDateTime &instant) const
{
    // Versions are few (a centre imports a handful a year): a walk from the newest.
    for (auto it = m_versions.crbegin(); it != m_versions.crend(); ++it) {
        if (it->effectiveAt <= instant)
            return *it;
    }
    return m_seed;
}

Result<bool> ConfigStore::refresh()
{
    // The newest row's number, time and author: a new version changes the number; the hub's
    // copy replacing a workstation's own (its time, or another administrator's version of
    // that number) changes the rest.
    auto st = m_db.prepare(QStringLiteral(
        "SELECT version, effective_at || '|' || published_by || '|' || length(document) "
        "FROM config_version ORDER BY version DESC LIMIT 1"));
    if (!st)
        return st.error();
    auto found = st->step();
    if (!found)
        return found.error();
    const int newest = found.value() ? int(st->integer(0)) : 0;
    const QString signature = found.value()
                                  ? QString::number(newest) + QLatin1Char('|') + st->text(1)
                                  : QString();
    if (signature == m_signature)
        return false;
    // Only newer versions: read those; anything else (a replaced or rewound history) all.
    const int after = newest > currentVersion() ? currentVersion() : 0;
    if (after == 0)
        m_versions.clear();
    if (auto r = load(after); !r) {
        m_versions.clear();
        m_signature.clear();
        return r.error();
    }
    m_signature = signature;
    return true;
}

Result<void> ConfigStore::load(int afterVersion)
{
    auto st = m_db.prepare(QStringLiteral(
        "SELECT version, document, effective_at, published_by, published_by_name, note "
        "FROM config_version WHERE version > ?1 ORDER BY version"));
    if (!st)
        return st.error();
    st->bindInt(1, afterVersion);
    Result<void> parsed;
    auto read = Storage::forEachRow(st.value(), [&](const Storage::Statement &row) {
        if (!parsed)
            return;
        auto rules = Core::CityRules::fromJson(row.text(1).toUtf8());
        if (!rules) {
            // A stored version that does not parse would silently run cases on other rules.
            parsed = configError("config.stored-invalid",
                                 Tr::tr("Configuration version %1 in the database cannot be "
                                        "read: %2")
                                     .arg(row.integer(0))
                                     .arg(rules.error().message));
            return;
        }
        ConfigVersion v;
        v.version = int(row.integer(0));
        v.effectiveAt = QDateTime::fromString(row.text(2), Qt::ISODateWithMs);
        v.publishedBy = row.text(3);
        v.publishedByName = row.text(4);
        v.note = row.text(5);
        v.rules = std::make_shared<const Core::CityRules>(std::move(rules).value());
        m_versions.append(v);
    });
    if (!read)
        return read.error();
    return parsed;
}

Result<Core::CityRules> ConfigStore::exportable()
{
    if (auto r = refresh(); !r)
        return r.error();
    if (hasVersions())
        return *current().rules;
    // Before the first import the bindings of the department table route cases (the hub's
    // or the demo's): written as routes, a grid's binding above the city-wide ones, and
    // several departments of one place in code order, as CaseService suggested them.
    auto bindings = m_db.prepare(QStringLiteral(
        "SELECT dc.category_key, dc.responsibility_code, d.code FROM department_category dc "
        "JOIN department d ON d.id = dc.department_id "
        "ORDER BY dc.category_key, dc.responsibility_code, d.code"));
    if (!bindings)
        return bindings.error();
    QList<Core::Route> routes;
    QMap<QString, int> rank; // category|area → departments so far
    auto read = Storage::forEachRow(bindings.value(), [&](const Storage::Statement &row) {
        const QString area = row.text(1);
        int &n = rank[row.text(0) + QLatin1Char('|') + area];
        routes.append({row.text(0), area, row.text(2), (area.isEmpty() ? 100 : 200) - n++});
    });
    if (!read)
        return read.error();
    Core::CityRules seed = *m_seed.rules;
    seed.setRoutes(routes);
    return seed;
}

Result<void> ConfigStore::validate(const Core::CityRules &rules)
{
    auto departments = textSet(m_db, QStringLiteral("SELECT code FROM department"));
    if (!departments)
        return departments.error();
    auto areas = textSet(m_db, QStringLiteral("SELECT code FROM grid_responsibility"));
    if (!areas)
        return areas.error();
    const QString fallback = rules.defaultDepartment();
    if (!fallback.isEmpty() && !departments->contains(fallback))
        return configError("config.unknown-department",
                           Tr::tr("Configuration: the default department \"%1\" does not exist.")
                               .arg(fallback.left(40)));
    for (qsizetype i = 0; i < rules.routes().size(); ++i) {
        const Core::Route &r = rules.routes().at(i);
        if (!departments->contains(r.department))
            return configError("config.unknown-department",
                               Tr::tr("Configuration: routes[%1] sends %2 to the department "
                                      "\"%3\", which does not exist.")
                                   .arg(i)
                                   .arg(r.categoryKey, r.department.left(40)));
        if (!r.area.isEmpty() && !areas->contains(r.area))
            return configError("config.unknown-area",
                               Tr::tr("Configuration: routes[%1] names the area \"%2\", which is "
                                      "no responsibility grid.")
                                   .arg(i)
                                   .arg(r.area.left(40)));
    }
    auto used = textSet(m_db, QStringLiteral("SELECT DISTINCT category_key FROM case_record"));
    if (!used)
        return used.error();
    QStringList missing;
    for (const QString &key : std::as_const(used.value())) {
        if (!rules.dictionary().findByKey(key))
            missing.append(key);
    }
    if (!missing.isEmpty()) {
        std::sort(missing.begin(), missing.end());
        return configError("config.category-in-use",
                           Tr::tr("Configuration: cases use the categories %1, which the file "
                                  "removes; keep them (cases keep the rules they were filed "
                                  "under).")
                               .arg(missing.mid(0, 10).join(QStringLiteral(", "))));
    }
    return {};
}

Result<QStringList> ConfigStore::diff(const QByteArray &json)
{
    auto rules = Core::CityRules::fromJson(json);
    if (!rules)
        return rules.error();
    if (auto r = validate(*rules); !r)
        return r.error();
    auto before = exportable();
    if (!before)
        return before.error();
    return rules->differencesFrom(before.value());
}

Result<ConfigVersion> ConfigStore::import(const QByteArray &json, const QString &login,
                                          const QString &note)
{
    auto who = roleHolder(m_db, login, Core::Role::Admin);
    if (!who)
        return who.error();
    auto rules = Core::CityRules::fromJson(json);
    if (!rules)
        return rules.error();
    Storage::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    // Checked inside the write transaction: no case of a removed 小类 can slip in between.
    if (auto r = validate(*rules); !r)
        return r.error();
    if (auto r = refresh(); !r)
        return r.error();
    ConfigVersion v;
    v.version = currentVersion() + 1;
    v.effectiveAt = QDateTime::currentDateTimeUtc();
    v.publishedBy = who->userId;
    v.publishedByName = who->displayName;
    v.note = note.left(500);
    v.rules = std::make_shared<const Core::CityRules>(rules.value());
    auto st = m_db.prepare(QStringLiteral(
        "INSERT INTO config_version (id, version, document, effective_at, published_by, "
        "published_by_name, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    if (!st)
        return st.error();
    const QString id = QString::number(v.version);
    st->bindText(1, id)
        .bindInt(2, v.version)
        .bindText(3, QString::fromUtf8(rules->toJson()))
        .bindText(4, Storage::isoUtc(v.effectiveAt))
        .bindText(5, v.publishedBy)
        .bindText(6, v.publishedByName)
        .bindText(7, v.note);
    if (auto r = st->exec(); !r)
        return r.error();
    if (auto r = Storage::OutboxRepository(m_db).appendRowChange(QStringLiteral("config_version"),
                                                                 id, QStringLiteral("insert"),
                                                                 std::nullopt, who->userId);
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    m_versions.append(v);
    m_signature.clear(); // read the row back at the next refresh (it is ours, but cheap)
    return v;
}

} // namespace Cc::Cases

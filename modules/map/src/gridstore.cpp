// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/map/gridstore.h>

#include <cc/core/role.h>
#include <cc/geo/operations.h>
#include <cc/storage/repositories.h>

#include "maptr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Cc::Map {

namespace {

QJsonArray coordinates(const Geo::PolygonRings &polygon)
{
    QJsonArray rings;
    for (const Geo::Ring &ring : polygon) {
        QJsonArray points;
        for (const QPointF &p : ring)
            points.append(QJsonArray{p.x(), p.y()});
        rings.append(points);
    }
    return rings;
}

Error stale(const GridPolygon &g)
{
    return makeError(QStringLiteral("map.stale"),
                     MapTr::tr(
                         "Grid %1 was changed in the database by someone else since it was loaded; "
                         "nothing was saved. Reload the map and edit again.")
                         .arg(g.code));
}

} // namespace

QString geoJsonPolygon(const Geo::PolygonRings &polygon)
{
    const QJsonObject o{{"type", "Polygon"}, {"coordinates", coordinates(polygon)}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Result<void> GridStore::load(GridDocument &doc)
{
    Storage::SpatialRepository spatial(m_db);
    auto units = spatial.unitGrids();
    if (!units)
        return units.error();
    auto communities = spatial.communities();
    if (!communities)
        return communities.error();
    auto resp = spatial.responsibilityGrids();
    if (!resp)
        return resp.error();
    QList<GridPolygon> grids;
    grids.reserve(units->size());
    for (const Storage::UnitGridRow &r : *units)
        grids.append({r.id, r.code, r.communityCode, r.responsibilityCode, r.version, r.geom});
    QList<Geo::ParentArea> c, rg;
    for (const Storage::CommunityRow &r : *communities)
        c.append({r.code, r.geom});
    for (const Storage::ResponsibilityGridRow &r : *resp)
        rg.append({r.code, r.geom});
    doc.reload(grids, c, rg);
    return {};
}

Result<GridStore::SaveSummary> GridStore::save(GridDocument &doc, const QString &login,
                                               QList<Geo::Problem> *problemsOut)
{
    // The role is checked against the database, not only against what the UI believes.
    Storage::UserRepository users(m_db);
    auto user = users.findByLogin(login);
    if (!user)
        return user.error();
    if (!*user || !(*user)->active
        || !(*user)->roles.contains(Core::roleId(Core::Role::Supervisor)))
        return makeError(QStringLiteral("map.not-allowed"),
                         MapTr::tr("Only a supervisor may save grid boundaries; “%1” is not one.")
                             .arg(login));

    const QList<Geo::Problem> problems = doc.validate();
    if (problemsOut)
        *problemsOut = problems;
    if (!problems.isEmpty()) {
        QString message = problems.first().message;
        if (problems.size() > 1)
            message += QLatin1Char(' ')
                       + MapTr::tr("(%n more problem(s).)", nullptr, int(problems.size() - 1));
        return makeError(QStringLiteral("map.invalid"), MapTr::tr("Not saved: %1").arg(message));
    }

    const GridDocument::Changes changes = doc.changes();
    Storage::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    Storage::OutboxRepository outbox(m_db);
    outbox.beginGroup(); // the hub takes the whole save or none of it, like this transaction
    Storage::SpatialRepository spatial(m_db);
    const QString now = Storage::isoUtc(QDateTime::currentDateTimeUtc());
    SaveSummary summary;

    auto update = m_db.prepare(QStringLiteral(
        "UPDATE grid_unit SET code = ?, community_code = ?, responsibility_code = ?, area_m2 = ?, "
        "version = version + 1, updated_at = ?, geom = ? WHERE id = ? AND version = ?"));
    if (!update)
        return update.error();
    // Each outbox entry carries the row before and after (the hub checks the version edited).
    const auto rowBefore = [&outbox](const QString &id) {
        return outbox.rowJson(QStringLiteral("grid_unit"), id);
    };
    for (const GridPolygon &g : changes.updated) {
        auto base = rowBefore(g.id);
        if (!base)
            return base.error();
        Storage::Statement &st = update.value();
        st.reset();
        st.bindText(1, g.code).bindText(2, g.communityCode).bindText(3, g.responsibilityCode);
        st.bindDouble(4, Geo::areaM2(g.geom)).bindText(5, now);
        st.bindBlob(6, Storage::Gpkg::encodePolygon(g.geom))
            .bindText(7, g.id)
            .bindInt(8, g.version);
        if (auto r = st.exec(); !r)
            return r.error();
        if (m_db.changes() != 1)
            return stale(g);
        if (auto r = outbox.appendRowChange(QStringLiteral("grid_unit"), g.id,
                                            QStringLiteral("update"), base.value(), (*user)->id);
            !r)
            return r.error();
        ++summary.updated;
    }
    for (const GridPolygon &g : changes.inserted) {
        if (auto r = spatial.insert(Storage::UnitGridRow{g.id, g.code, g.communityCode,
                                                         g.responsibilityCode, Geo::areaM2(g.geom),
                                                         1, g.geom});
            !r)
            return r.error();
        if (auto r = outbox.appendRowChange(QStringLiteral("grid_unit"), g.id,
                                            QStringLiteral("insert"), std::nullopt, (*user)->id);
            !r)
            return r.error();
        ++summary.inserted;
    }
    auto remove = m_db.prepare(
        QStringLiteral("DELETE FROM grid_unit WHERE id = ? AND version = ?"));
    if (!remove)
        return remove.error();
    for (const GridPolygon &g : changes.deleted) {
        auto base = rowBefore(g.id);
        if (!base)
            return base.error();
        Storage::Statement &st = remove.value();
        st.reset();
        st.bindText(1, g.id).bindInt(2, g.version);
        if (auto r = st.exec(); !r)
            return r.error();
        if (m_db.changes() != 1)
            return stale(g);
        if (auto r = outbox.appendRowChange(QStringLiteral("grid_unit"), g.id,
                                            QStringLiteral("delete"), base.value(), (*user)->id);
            !r)
            return r.error();
        ++summary.deleted;
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    doc.markSaved();
    return summary;
}

Result<GridLocator> GridLocator::load(Storage::Database &db)
{
    // The same layers the editor works on, read the same way.
    GridDocument doc;
    if (auto r = GridStore(db).load(doc); !r)
        return r.error();
    return fromDocument(doc);
}

GridLocator GridLocator::fromDocument(const GridDocument &doc)
{
    GridLocator l;
    QStringList keys;
    QList<Geo::PolygonRings> polys;
    for (const GridPolygon &g : doc.grids()) {
        keys << g.code;
        polys << g.geom;
    }
    l.m_units = Geo::Geocoder(keys, polys);
    keys.clear();
    polys.clear();
    for (const auto &r : doc.responsibilityGrids()) {
        keys << r.code;
        polys << r.geom;
    }
    l.m_responsibility = Geo::Geocoder(keys, polys);
    keys.clear();
    polys.clear();
    for (const auto &r : doc.communities()) {
        keys << r.code;
        polys << r.geom;
    }
    l.m_communities = Geo::Geocoder(keys, polys);
    return l;
}

GridLocator::Location GridLocator::locate(const QPointF &p) const
{
    return {m_units.keyAt(p), m_responsibility.keyAt(p), m_communities.keyAt(p)};
}

} // namespace Cc::Map

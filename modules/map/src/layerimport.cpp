// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/map/layerimport.h>

#include <cc/core/category.h>
#include <cc/core/codes.h>
#include <cc/core/uuid.h>
#include <cc/geo/operations.h>
#include <cc/map/gridstore.h>
#include <cc/storage/repositories.h>

#include "maptr.h"

#include <QSet>

namespace Cc::Map {

QStringList gridImportFields()
{
    return {QStringLiteral("code"), QStringLiteral("community_code"),
            QStringLiteral("responsibility_code")};
}

QStringList componentImportFields()
{
    return {QStringLiteral("object_code"), QStringLiteral("category_code"), QStringLiteral("name"),
            QStringLiteral("state")};
}

namespace {

constexpr int kImportRowsPerGroup = 400;

QHash<QString, QString> withoutEmpty(const QHash<QString, QString> &mapping)
{
    QHash<QString, QString> out;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
        if (!it.value().isEmpty())
            out.insert(it.key(), it.value());
    return out;
}

} // namespace

Result<QList<GridPolygon>> readGridFile(const QString &path, const QString &layer,
                                        const QHash<QString, QString> &mapping,
                                        const GridDocument &current, const Geo::Progress &progress)
{
    const QHash<QString, QString> m = withoutEmpty(mapping);
    if (!m.isEmpty() && !m.contains(QStringLiteral("code")))
        return makeError(QStringLiteral("map.import-mapping"),
                         MapTr::tr("Map the grid code to a field of the file."));
    auto features = Geo::readLayer(path, layer, m, progress);
    if (!features)
        return features.error();
    // A new grid without a responsibility grid joins the one it lies in.
    const GridLocator locator = GridLocator::fromDocument(current);
    QList<GridPolygon> out;
    for (qsizetype i = 0; i < features->size(); ++i) {
        const Geo::VectorFeature &f = features->at(i);
        const QString code = f.attributes.value(QStringLiteral("code")).toString().trimmed();
        if (code.isEmpty())
            return makeError(QStringLiteral("map.import-code"),
                             MapTr::tr("Feature %1 of “%2” has no grid code.")
                                 .arg(i + 1)
                                 .arg(path));
        if (f.polygon.isEmpty())
            return makeError(QStringLiteral("map.import-geometry"),
                             MapTr::tr("Feature %1 (%2) of “%3” has no polygon.")
                                 .arg(i + 1)
                                 .arg(code, path));
        GridPolygon g;
        const auto existing = current.gridByCode(code);
        g.id = existing ? existing->id : Core::uuidText(Core::makeUuidV7());
        g.code = code;
        g.communityCode = f.attributes.value(QStringLiteral("community_code")).toString();
        if (g.communityCode.isEmpty())
            g.communityCode = code.left(12);
        g.responsibilityCode = f.attributes.value(QStringLiteral("responsibility_code")).toString();
        if (g.responsibilityCode.isEmpty() && existing)
            g.responsibilityCode = existing->responsibilityCode;
        if (g.responsibilityCode.isEmpty())
            g.responsibilityCode = locator.responsibilityGrids().keyAt(
                Geo::interiorPoint(f.polygon));
        g.version = existing ? existing->version : 0;
        g.geom = f.polygon;
        out << g;
    }
    return out;
}

Result<ImportSummary> importGrids(GridDocument &doc, const QList<GridPolygon> &grids)
{
    ImportSummary summary;
    for (const GridPolygon &g : grids)
        ++(doc.grid(g.id) ? summary.updated : summary.inserted);
    if (auto r = doc.replaceGrids(MapTr::tr("Import %n grid(s)", nullptr, int(grids.size())),
                                  grids);
        !r)
        return r.error();
    return summary;
}

Result<ImportSummary> importComponents(Storage::Database &db,
                                       const Core::CategoryDictionary &categories,
                                       const QString &path, const QString &layer,
                                       const QHash<QString, QString> &mapping,
                                       const Geo::Progress &progress)
{
    const QHash<QString, QString> m = withoutEmpty(mapping);
    auto features = Geo::readLayer(path, layer, m, progress);
    if (!features)
        return features.error();
    auto locator = GridLocator::load(db);
    if (!locator)
        return locator.error();
    QSet<QString> partClasses;
    for (const Core::Category &c : categories.categories(Core::CaseKind::Component))
        partClasses.insert(c.code);
    auto existing = db.prepare(QStringLiteral("SELECT 1 FROM component WHERE object_code = ?"));
    if (!existing)
        return existing.error();

    Storage::Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    Storage::SpatialRepository spatial(db);
    Storage::OutboxRepository outbox(db);
    outbox.beginGroup(); // all or nothing on the hub too
    QSet<QString> seen;
    ImportSummary summary;
    for (qsizetype i = 0; i < features->size(); ++i) {
        const Geo::VectorFeature &f = features->at(i);
        const QString code = f.attributes.value(QStringLiteral("object_code")).toString().trimmed();
        auto parsed = Core::ComponentId::parse(code);
        if (!parsed)
            return makeError(QStringLiteral("map.import-code"),
                             MapTr::tr("Feature %1: %2 Nothing was imported.")
                                 .arg(i + 1)
                                 .arg(parsed.error().message));
        QString category = f.attributes.value(QStringLiteral("category_code")).toString().trimmed();
        if (category.isEmpty())
            category = parsed->categoryCode();
        if (!partClasses.contains(category))
            return makeError(
                QStringLiteral("map.import-category"),
                MapTr::tr(
                    "Feature %1 (%2): “%3” is not a component (部件) class. Nothing was imported.")
                    .arg(i + 1)
                    .arg(code, category));
        Storage::Statement &st = existing.value();
        st.reset();
        st.bindText(1, code);
        auto found = st.step();
        if (!found)
            return found.error();
        if (*found || seen.contains(code))
            return makeError(
                QStringLiteral("map.import-duplicate"),
                MapTr::tr("Feature %1: the component %2 exists already. Nothing was imported.")
                    .arg(i + 1)
                    .arg(code));
        seen.insert(code);
        if (!f.point)
            return makeError(QStringLiteral("map.import-geometry"),
                             MapTr::tr("Feature %1 (%2) has no point. Nothing was imported.")
                                 .arg(i + 1)
                                 .arg(code));
        // A group travels in one push, and a push carries at most 500 entries (docs/hub.md,
        // "Limits"): a large import goes to the hub in groups of 400, each whole or not at all.
        if (summary.inserted > 0 && summary.inserted % kImportRowsPerGroup == 0)
            outbox.beginGroup();
        Storage::ComponentRow row;
        row.id = Core::uuidText(Core::makeUuidV7());
        row.objectCode = code;
        row.categoryCode = category;
        row.name = f.attributes.value(QStringLiteral("name")).toString();
        row.state = f.attributes.value(QStringLiteral("state")).toString();
        row.gridCode = locator->unitGrids().keyAt(*f.point);
        row.geom = *f.point;
        if (auto r = spatial.insert(row); !r)
            return r.error();
        if (auto r = outbox.appendRowChange(QStringLiteral("component"), row.id,
                                            QStringLiteral("insert"), std::nullopt);
            !r)
            return r.error();
        ++summary.inserted;
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return summary;
}

} // namespace Cc::Map

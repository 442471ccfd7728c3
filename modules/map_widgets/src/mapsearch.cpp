// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/map_widgets/mapsearch.h>

#include <cc/core/pinyin.h>
#include <cc/map/griddocument.h>

#include <algorithm>

namespace Cc::MapWidgets {

using Map::LayerKind;

namespace {

bool isLatinLetters(const QString &s)
{
    return !s.isEmpty() && std::all_of(s.cbegin(), s.cend(), [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
               || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
    });
}

/// Among equal scores: what the hall searches most often first.
int kindBonus(LayerKind layer)
{
    switch (layer) {
    case LayerKind::Cases:
        return 6;
    case LayerKind::UnitGrids:
        return 5;
    case LayerKind::Cameras:
        return 4;
    case LayerKind::Communities:
        return 3;
    case LayerKind::Streets:
        return 2;
    case LayerKind::ResponsibilityGrids:
        return 1;
    default:
        return 0;
    }
}

QPointF centreOf(const QRectF &r)
{
    return r.isNull() ? QPointF() : r.center();
}

} // namespace

int MapSearch::score(const QString &text, const QString &query, bool isName)
{
    if (text.isEmpty() || query.isEmpty())
        return 0;
    if (text.compare(query, Qt::CaseInsensitive) == 0)
        return 1000;
    if (text.startsWith(query, Qt::CaseInsensitive))
        return 800 - std::min<int>(int(text.size() - query.size()), 100);
    if (!isName)
        return 0;
    if (text.contains(query, Qt::CaseInsensitive))
        return 600 - std::min<int>(int(text.size() - query.size()), 100);
    if (isLatinLetters(query) && Core::Pinyin::builtin().matches(text, query))
        return 400 - std::min<int>(int(text.size()), 100);
    return 0;
}

QList<MapSearchHit> MapSearch::find(const Map::GridDocument &doc, const Map::MapData *data,
                                    const QString &rawQuery, int limit)
{
    const QString query = rawQuery.trimmed();
    QList<MapSearchHit> hits;
    if (query.isEmpty())
        return hits;
    const auto add = [&hits](int score, MapSearchHit hit) {
        if (score <= 0)
            return;
        hit.score = score * 10 + kindBonus(hit.layer);
        hits.append(std::move(hit));
    };
    for (const Map::GridPolygon &g : doc.grids()) {
        const QRectF b = Geo::boundsOf(g.geom);
        add(score(g.code, query, false),
            {LayerKind::UnitGrids, g.id, g.code, tr("Unit grid %1").arg(g.code), centreOf(b), b});
    }
    if (data) {
        const struct
        {
            const QList<Map::AreaFeature> *list;
            LayerKind layer;
        } areas[] = {{&data->communities, LayerKind::Communities},
                     {&data->streets, LayerKind::Streets},
                     {&data->responsibilityGrids, LayerKind::ResponsibilityGrids}};
        for (const auto &[list, layer] : areas) {
            for (const Map::AreaFeature &a : *list) {
                const int s = std::max(score(a.code, query, false), score(a.name, query, true));
                add(s, {layer, a.code, a.code,
                        QStringLiteral("%1 %2 %3")
                            .arg(Map::layerTitle(layer), a.name, a.code)
                            .simplified(),
                        centreOf(a.bounds), a.bounds});
            }
        }
        for (const Map::PointFeature &c : data->cases) {
            add(score(c.code, query, false), {LayerKind::Cases,
                                              c.id,
                                              c.code,
                                              tr("Case %1 · %2").arg(c.code, c.label.left(24)),
                                              c.pos,
                                              {}});
        }
        for (const Map::PointFeature &c : data->cameras) {
            const int s = std::max(score(c.label, query, true), score(c.code, query, false));
            add(s, {LayerKind::Cameras, c.id, c.label, tr("Camera %1").arg(c.label), c.pos, {}});
        }
        for (const Map::PointFeature &c : data->components) {
            add(score(c.code, query, false), {LayerKind::Components,
                                              c.id,
                                              c.code,
                                              tr("Component %1 · %2").arg(c.code, c.label),
                                              c.pos,
                                              {}});
        }
    }
    std::stable_sort(hits.begin(), hits.end(), [](const MapSearchHit &a, const MapSearchHit &b) {
        return a.score != b.score ? a.score > b.score : a.code < b.code;
    });
    if (hits.size() > limit)
        hits.resize(limit);
    return hits;
}

} // namespace Cc::MapWidgets

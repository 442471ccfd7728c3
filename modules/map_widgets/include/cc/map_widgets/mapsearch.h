// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/map/mapdata.h>

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

namespace Cc::Map {
class GridDocument;
}

namespace Cc::MapWidgets {

/// One thing the map search found.
struct MapSearchHit
{
    Map::LayerKind layer = Map::LayerKind::Invalid;
    QString id;       ///< feature id (grid, case, camera, component) or area code
    QString code;     ///< what identifies it: case number, grid code, camera name …
    QString title;    ///< one line for the suggestion list: kind, code and name
    QPointF position; ///< a point feature's place, or the area's centre
    QRectF bounds;    ///< an area's extent (empty for points)
    int score = 0;    ///< higher first
};

/// The map's search box: ranked suggestions while typing over case numbers, unit and
/// responsibility grid codes, communities and streets (by name and pinyin), cameras (name
/// and pinyin) and components (code). Exact codes come first, then prefixes, then names
/// containing the text, then pinyin ("renminlu", "rml" → 人民路). Streets, POIs and addresses
/// of a gazetteer join here once one exists.
class MapSearch
{
    Q_DECLARE_TR_FUNCTIONS(MapSearch)
public:
    static constexpr int kDefaultLimit = 12;

    static QList<MapSearchHit> find(const Map::GridDocument &doc, const Map::MapData *data,
                                    const QString &query, int limit = kDefaultLimit);
    /// How well `text` matches `query` (0: not at all). Codes are matched by prefix from the
    /// start only (a 14-digit grid code contains many short numbers); names also anywhere
    /// and in pinyin.
    static int score(const QString &text, const QString &query, bool isName);
};

} // namespace Cc::MapWidgets

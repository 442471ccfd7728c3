// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/geometry.h>
#include <cc/core/result.h>

#include <QList>
#include <QPointF>
#include <QStringList>

#include <array>

namespace Cc::Storage {
class Database;
}

/// 地名地址: the address gazetteer intake geocodes against (docs/gazetteer.md).
namespace Cc::Gazetteer {

/// One stretch of a street's centreline (lon/lat, first point to last) with the house
/// numbers on each side: left and right as seen walking from the first point to the last,
/// `from` the number at the first point, `to` at the last, 0 for none. A side's numbers are
/// all odd or all even (左单右双 in most cities, but the data says which).
struct Street
{
    QString name;
    QStringList aliases;
    QString kind = QStringLiteral("street"); ///< arterial, secondary, alley, street
    Core::Ring line;
    int leftFrom = 0, leftTo = 0, rightFrom = 0, rightTo = 0;
    QString source;
};

/// A point of interest or landmark: school, market, hospital, residential compound (小区) …
/// `extentM` is its half-size, so its east gate (东门) lies that far east of the point.
struct Place
{
    QString name;
    QStringList aliases;
    QString kind = QStringLiteral("poi"); ///< school, market, hospital, compound, landmark, poi
    QPointF point;
    double extentM = 0;
    QString address;
    QString source;
};

/// Where two differently named streets cross or meet (names in code-point order).
struct Intersection
{
    QString streetA, streetB;
    QPointF point;
};

struct GazetteerData
{
    QList<Street> streets;
    QList<Place> places;
    QList<Intersection> intersections;
};

/// The crossings of differently named streets: every point where two centrelines cross,
/// touch or end within 2 m of each other, one per pair of names within 30 m.
QList<Intersection> deriveIntersections(const QList<Street> &streets);

/// The gazetteer tables of a city's GeoPackage (migrations 0032, 0033).
class GazetteerStore
{
public:
    explicit GazetteerStore(Storage::Database &db) : m_db(db) {}

    Result<GazetteerData> load() const;
    /// Adds streets and places in one transaction and derives the intersections again from
    /// all streets. `replaceSource` non-empty: rows of that source are replaced first (an
    /// import run again replaces what it brought the last time, nothing else).
    /// Refuses ("gazetteer.bad-row") a street without a name or with fewer than two points,
    /// a place without a name or a finite point, and a side whose numbers mix odd and even.
    Result<void> add(const QList<Street> &streets, const QList<Place> &places,
                     const QString &replaceSource = {});
    /// Row counts: streets, places, intersections.
    Result<std::array<qint64, 3>> counts() const;

private:
    Storage::Database &m_db;
};

/// Checks one street row (see GazetteerStore::add); empty when it is fine.
QString streetProblem(const Street &street);
QString placeProblem(const Place &place);

} // namespace Cc::Gazetteer

// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/gazetteer/gazetteer.h>

#include "gazetteertr.h"

#include <cc/storage/database.h>
#include <cc/storage/geometry.h>

#include <cmath>

namespace Cc::Gazetteer {

namespace {

const QChar kAliasSeparator = u'|';

QStringList splitAliases(const QString &text)
{
    QStringList out;
    for (const QString &a : text.split(kAliasSeparator, Qt::SkipEmptyParts))
        if (!a.trimmed().isEmpty())
            out << a.trimmed();
    return out;
}

bool sideMixesParity(int from, int to)
{
    return from > 0 && to > 0 && (from % 2) != (to % 2);
}

Result<void> loadStreets(Storage::Database &db, QList<Street> &out)
{
    auto st = db.prepare(QStringLiteral(
        "SELECT geom, name, aliases, kind, left_from, left_to, right_from, right_to, source "
        "FROM gazetteer_street ORDER BY fid"));
    if (!st)
        return st.error();
    Result<void> bad;
    auto r = Storage::forEachRow(st.value(), [&](const Storage::Statement &row) {
        auto line = Storage::Gpkg::decodeLineString(row.blob(0));
        if (!line) {
            bad = line.error();
            return;
        }
        out << Street{row.text(1),         splitAliases(row.text(2)), row.text(3),
                      line.value(),        int(row.integer(4)),       int(row.integer(5)),
                      int(row.integer(6)), int(row.integer(7)),       row.text(8)};
    });
    return r ? bad : r;
}

Result<void> loadPlaces(Storage::Database &db, QList<Place> &out)
{
    auto st = db.prepare(QStringLiteral("SELECT geom, name, aliases, kind, extent_m, address, "
                                        "source FROM gazetteer_place ORDER BY fid"));
    if (!st)
        return st.error();
    Result<void> bad;
    auto r = Storage::forEachRow(st.value(), [&](const Storage::Statement &row) {
        auto point = Storage::Gpkg::decodePoint(row.blob(0));
        if (!point) {
            bad = point.error();
            return;
        }
        out << Place{row.text(1), splitAliases(row.text(2)),
                     row.text(3), point.value(),
                     row.real(4), row.text(5),
                     row.text(6)};
    });
    return r ? bad : r;
}

Result<void> loadIntersections(Storage::Database &db, QList<Intersection> &out)
{
    auto st = db.prepare(
        QStringLiteral("SELECT geom, street_a, street_b FROM gazetteer_intersection ORDER BY fid"));
    if (!st)
        return st.error();
    Result<void> bad;
    auto r = Storage::forEachRow(st.value(), [&](const Storage::Statement &row) {
        auto point = Storage::Gpkg::decodePoint(row.blob(0));
        if (!point) {
            bad = point.error();
            return;
        }
        out << Intersection{row.text(1), row.text(2), point.value()};
    });
    return r ? bad : r;
}

Result<void> insertStreets(Storage::Database &db, const QList<Street> &streets)
{
    auto st = db.prepare(QStringLiteral(
        "INSERT INTO gazetteer_street (geom, name, aliases, kind, left_from, left_to, "
        "right_from, right_to, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!st)
        return st.error();
    for (const Street &s : streets) {
        st->reset();
        st->bindBlob(1, Storage::Gpkg::encodeLineString(s.line))
            .bindText(2, s.name.trimmed())
            .bindText(3, s.aliases.join(kAliasSeparator))
            .bindText(4, s.kind.isEmpty() ? QStringLiteral("street") : s.kind)
            .bindInt(5, s.leftFrom)
            .bindInt(6, s.leftTo)
            .bindInt(7, s.rightFrom)
            .bindInt(8, s.rightTo)
            .bindText(9, s.source);
        if (auto r = st->exec(); !r)
            return r;
    }
    return {};
}

Result<void> insertPlaces(Storage::Database &db, const QList<Place> &places)
{
    auto st = db.prepare(QStringLiteral(
        "INSERT INTO gazetteer_place (geom, name, aliases, kind, extent_m, address, source) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (!st)
        return st.error();
    for (const Place &p : places) {
        st->reset();
        st->bindBlob(1, Storage::Gpkg::encodePoint(p.point))
            .bindText(2, p.name.trimmed())
            .bindText(3, p.aliases.join(kAliasSeparator))
            .bindText(4, p.kind.isEmpty() ? QStringLiteral("poi") : p.kind)
            .bindDouble(5, p.extentM)
            .bindText(6, p.address)
            .bindText(7, p.source);
        if (auto r = st->exec(); !r)
            return r;
    }
    return {};
}

Result<void> writeIntersections(Storage::Database &db, const QList<Intersection> &all)
{
    if (auto r = db.exec(QStringLiteral("DELETE FROM gazetteer_intersection")); !r)
        return r;
    auto st = db.prepare(QStringLiteral(
        "INSERT INTO gazetteer_intersection (geom, street_a, street_b) VALUES (?, ?, ?)"));
    if (!st)
        return st.error();
    for (const Intersection &i : all) {
        st->reset();
        st->bindBlob(1, Storage::Gpkg::encodePoint(i.point))
            .bindText(2, i.streetA)
            .bindText(3, i.streetB);
        if (auto r = st->exec(); !r)
            return r;
    }
    return {};
}

} // namespace

QString streetProblem(const Street &street)
{
    if (street.name.trimmed().isEmpty())
        return GazetteerTr::tr("a street without a name");
    if (street.line.size() < 2)
        return GazetteerTr::tr("the street “%1” has fewer than two points").arg(street.name);
    for (const QPointF &p : street.line)
        if (!std::isfinite(p.x()) || !std::isfinite(p.y()) || std::abs(p.x()) > 180
            || std::abs(p.y()) > 90)
            return GazetteerTr::tr("the street “%1” has a point that is not a longitude/latitude")
                .arg(street.name);
    if (street.leftFrom < 0 || street.leftTo < 0 || street.rightFrom < 0 || street.rightTo < 0)
        return GazetteerTr::tr("the street “%1” has a negative house number").arg(street.name);
    if (sideMixesParity(street.leftFrom, street.leftTo)
        || sideMixesParity(street.rightFrom, street.rightTo))
        //: 单双号混在同一侧
        return GazetteerTr::tr("one side of “%1” mixes odd and even numbers (%2–%3, %4–%5)")
            .arg(street.name)
            .arg(street.leftFrom)
            .arg(street.leftTo)
            .arg(street.rightFrom)
            .arg(street.rightTo);
    return {};
}

QString placeProblem(const Place &place)
{
    if (place.name.trimmed().isEmpty())
        return GazetteerTr::tr("a place without a name");
    if (!std::isfinite(place.point.x()) || !std::isfinite(place.point.y())
        || std::abs(place.point.x()) > 180 || std::abs(place.point.y()) > 90)
        return GazetteerTr::tr("the place “%1” has no longitude/latitude").arg(place.name);
    if (!std::isfinite(place.extentM) || place.extentM < 0 || place.extentM > 5000)
        return GazetteerTr::tr("the place “%1” has a size outside 0–5000 m").arg(place.name);
    return {};
}

Result<GazetteerData> GazetteerStore::load() const
{
    GazetteerData data;
    if (auto r = loadStreets(m_db, data.streets); !r)
        return r.error();
    if (auto r = loadPlaces(m_db, data.places); !r)
        return r.error();
    if (auto r = loadIntersections(m_db, data.intersections); !r)
        return r.error();
    return data;
}

Result<void> GazetteerStore::add(const QList<Street> &streets, const QList<Place> &places,
                                 const QString &replaceSource)
{
    for (qsizetype i = 0; i < streets.size(); ++i)
        if (const QString problem = streetProblem(streets[i]); !problem.isEmpty())
            return makeError(QStringLiteral("gazetteer.bad-row"),
                             GazetteerTr::tr("Street %1: %2.").arg(i + 1).arg(problem));
    for (qsizetype i = 0; i < places.size(); ++i)
        if (const QString problem = placeProblem(places[i]); !problem.isEmpty())
            return makeError(QStringLiteral("gazetteer.bad-row"),
                             GazetteerTr::tr("Place %1: %2.").arg(i + 1).arg(problem));
    if (auto r = m_db.refuseIfDamaged(); !r)
        return r;
    Storage::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    if (!replaceSource.isEmpty()) {
        for (const char *table : {"gazetteer_street", "gazetteer_place"}) {
            auto del = m_db.prepare(
                QStringLiteral("DELETE FROM %1 WHERE source = ?").arg(QLatin1String(table)));
            if (!del)
                return del.error();
            del->bindText(1, replaceSource);
            if (auto r = del->exec(); !r)
                return r;
        }
    }
    if (auto r = insertStreets(m_db, streets); !r)
        return r;
    if (auto r = insertPlaces(m_db, places); !r)
        return r;
    QList<Street> all;
    if (auto r = loadStreets(m_db, all); !r)
        return r;
    if (auto r = writeIntersections(m_db, deriveIntersections(all)); !r)
        return r;
    return tx.commit();
}

Result<std::array<qint64, 3>> GazetteerStore::counts() const
{
    std::array<qint64, 3> out{};
    const char *tables[] = {"gazetteer_street", "gazetteer_place", "gazetteer_intersection"};
    for (int i = 0; i < 3; ++i) {
        auto n = m_db.scalar(
            QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(tables[i])));
        if (!n)
            return n.error();
        out[i] = n.value();
    }
    return out;
}

} // namespace Cc::Gazetteer

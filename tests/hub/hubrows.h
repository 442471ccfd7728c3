// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Rows of a table in one canonical text form, from a workstation's GeoPackage or from the hub,
// so tests can say "this workstation equals the hub, row by row".

#include "hubfixture.h"

#include <cc/storage/geometry.h>

#include <QJsonObject>

namespace HubTest {

/// A geometry blob (GPKG) as its coordinates, 9 decimals: equal shapes print alike whatever
/// header or envelope their encoding has.
inline QString shapeText(const QByteArray &blob)
{
    if (auto p = Storage::Gpkg::decodePoint(blob))
        return QStringLiteral("%1 %2").arg(p->x(), 0, 'f', 9).arg(p->y(), 0, 'f', 9);
    auto rings = Storage::Gpkg::decodePolygon(blob);
    if (!rings)
        return QStringLiteral("?");
    QStringList points;
    for (const Storage::Ring &ring : rings.value()) {
        for (const QPointF &p : ring)
            points.append(QStringLiteral("%1 %2").arg(p.x(), 0, 'f', 9).arg(p.y(), 0, 'f', 9));
        points.append(QStringLiteral("/"));
    }
    return points.join(',');
}

inline QString numberText(double d)
{
    return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d, 'g', 12);
}

/// The columns of a local table without the local fid, in the table's order. Without users'
/// password hashes: each workstation holds only its own user's (tst_hub_limits checks them).
inline QStringList localColumns(Storage::Database &db, const QString &table)
{
    QStringList columns;
    auto info = db.prepare(
        QStringLiteral("SELECT name FROM pragma_table_info('%1') WHERE name <> 'fid' "
                       "AND NOT ('%1' = 'app_user' AND name = 'password_hash')")
            .arg(table));
    while (info.value().step().value())
        columns.append(info.value().text(0));
    return columns;
}

inline QString keyOf(const QString &table)
{
    if (table == QLatin1String("category") || table == QLatin1String("setting"))
        return QStringLiteral("key");
    if (table == QLatin1String("attachment_content"))
        return QStringLiteral("sha256");
    if (table == QLatin1String("department_category"))
        return QStringLiteral("department_id, category_key, responsibility_code");
    return QStringLiteral("id");
}

/// Every row of a local table (without its local fid), canonical: column=value, numbers
/// alike whatever their storage class, blobs as hex, geometry as its coordinates.
inline QStringList localRows(Storage::Database &db, const QString &table)
{
    const QStringList columns = localColumns(db, table);
    // A workstation's own sync state is not the city's.
    const QString where = table == QLatin1String("setting")
                              ? QStringLiteral(" WHERE key NOT LIKE 'sync.%'")
                              : QString();
    auto st = db.prepare(QStringLiteral("SELECT %1 FROM %2%3 ORDER BY %4")
                             .arg(columns.join(','), table, where, keyOf(table)));
    QStringList rows;
    while (st.value().step().value()) {
        QStringList cells;
        for (int c = 0; c < columns.size(); ++c) {
            const QVariant v = st.value().value(c);
            QString text;
            if (v.isNull())
                text = QStringLiteral("∅");
            else if (columns[c] == QLatin1String("geom"))
                text = shapeText(v.toByteArray());
            else if (v.typeId() == QMetaType::QByteArray)
                text = QString::fromLatin1(v.toByteArray().toHex());
            else if (v.typeId() == QMetaType::Double || v.typeId() == QMetaType::LongLong)
                text = numberText(v.toDouble());
            else
                text = v.toString();
            cells.append(columns[c] + '=' + text);
        }
        rows.append(cells.join('|'));
    }
    return rows;
}

inline QStringList hubRows(HubFixture &hub, const QString &table, const QString &department = {})
{
    // The same canonical form from the hub, read as the administrator, in the form cc.pull
    // hands rows out (geometry and bytes as hex).
    auto admin = hub.adminConnection();
    QStringList rows;
    if (!admin)
        return rows;
    // A department's scope: the cases it has held.
    const QString filter
        = department.isEmpty()
              ? QStringLiteral("TRUE")
              : QStringLiteral(
                    "EXISTS (SELECT 1 FROM cc.case_event e WHERE e.case_id = t.%1 AND e.department_id = '%2')")
                    .arg(table == QLatin1String("case_record") ? QStringLiteral("id")
                                                               : QStringLiteral("case_id"),
                         department);
    auto expr = admin.value()->exec(QStringLiteral("SELECT cc.json_expr($1)"), {table});
    if (!expr)
        return rows;
    auto r = admin.value()->exec(QStringLiteral("SELECT %1 FROM cc.%2 t WHERE %3 ORDER BY %4")
                                     .arg(expr->text(0, 0), table, filter, keyOf(table)));
    if (!r)
        return rows;
    auto any = Storage::Database::open(hub.demoPath, Storage::Database::OpenMode::ReadOnly);
    const QStringList columns = localColumns(*any.value(), table); // the local table's order
    for (int i = 0; i < r->rows(); ++i) {
        const QJsonObject o = QJsonDocument::fromJson(r->bytes(i, 0)).object();
        QStringList cells;
        for (const QString &c : std::as_const(columns)) {
            const QJsonValue v = o.value(c);
            QString text;
            if (v.isNull() || v.isUndefined())
                text = QStringLiteral("∅");
            else if (c == QLatin1String("geom"))
                text = shapeText(QByteArray::fromHex(v.toString().toLatin1()));
            else if (v.isDouble())
                text = numberText(v.toDouble());
            else
                text = v.toString();
            cells.append(c + '=' + text);
        }
        rows.append(cells.join('|'));
    }
    return rows;
}

} // namespace HubTest

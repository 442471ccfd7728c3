// SPDX-License-Identifier: GPL-3.0-or-later
// The city's basemap through the hub (hub schema 13; docs/hub.md, "basemap").
#include <cc/sync/basemapsync.h>
#include <cc/sync/hubadmin.h>

#include <cc/storage/repositories.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Cc::Sync {

namespace {

const QString kVersionSetting = QStringLiteral("sync.basemapVersion");

QString tableOf(const QString &layer)
{
    return layer == QLatin1String("area") ? QStringLiteral("basemap_area")
                                          : QStringLiteral("basemap_line");
}

} // namespace

Result<qint64> BasemapSync::publishLayer(Storage::Database &db, int version, const QString &layer)
{
    const bool lines = layer == QLatin1String("line");
    auto st = db.prepare(QStringLiteral("SELECT fid, kind, name, hex(geom)%1 FROM %2 WHERE geom IS "
                                        "NOT NULL ORDER BY fid")
                             .arg(lines ? QStringLiteral(", width_m") : QString(), tableOf(layer)));
    if (!st)
        return st.error();
    qint64 sent = 0;
    QJsonArray batch;
    auto flush = [&]() -> Result<void> {
        if (batch.isEmpty())
            return {};
        auto put = m_conn.exec(QStringLiteral("SELECT cc.basemap_put($1, $2, $3, $4::jsonb)"),
                               {kHubSchemaVersion, version, layer,
                                QString::fromUtf8(
                                    QJsonDocument(batch).toJson(QJsonDocument::Compact))});
        if (!put)
            return put.error();
        sent += batch.size();
        batch = QJsonArray();
        return {};
    };
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        QJsonObject f{{"fid", st->integer(0)},
                      {"kind", st->text(1)},
                      {"name", st->text(2)},
                      {"geom", st->text(3)}};
        if (lines)
            f.insert(QStringLiteral("width_m"), st->real(4));
        batch.append(f);
        if (batch.size() >= kBatch) {
            if (auto r = flush(); !r)
                return r.error();
        }
    }
    if (auto r = flush(); !r)
        return r.error();
    return sent;
}

Result<BasemapReport> BasemapSync::publish(Storage::Database &db)
{
    auto begun = m_conn.exec(QStringLiteral("SELECT cc.basemap_begin($1)"), {kHubSchemaVersion});
    if (!begun)
        return begun.error();
    BasemapReport report;
    report.version = int(begun->integer(0, 0));
    auto areas = publishLayer(db, report.version, QStringLiteral("area"));
    if (!areas)
        return areas.error();
    auto lines = publishLayer(db, report.version, QStringLiteral("line"));
    if (!lines)
        return lines.error();
    report.areas = areas.value();
    report.lines = lines.value();
    auto finished = m_conn.exec(QStringLiteral("SELECT cc.basemap_finish($1, $2, $3, $4)"),
                                {kHubSchemaVersion, report.version, report.areas, report.lines});
    if (!finished)
        return finished.error();
    report.changed = true;
    return report;
}

Result<qint64> BasemapSync::pullLayer(Storage::Database &db, int version, const QString &layer)
{
    const bool lines = layer == QLatin1String("line");
    auto insert = db.prepare(
        lines ? QStringLiteral("INSERT INTO basemap_line (fid, kind, name, width_m, geom) VALUES "
                               "(?1, ?2, ?3, ?4, ?5)")
              : QStringLiteral("INSERT INTO basemap_area (fid, kind, name, geom) VALUES (?1, ?2, "
                               "?3, ?5)"));
    if (!insert)
        return insert.error();
    qint64 received = 0, after = 0;
    for (;;) {
        auto rows = m_conn.exec(
            QStringLiteral("SELECT fid, kind, name, width_m, geom FROM cc.basemap_rows($1, $2, $3, "
                           "$4, $5)"),
            {kHubSchemaVersion, version, layer, after, kBatch});
        if (!rows)
            return rows.error();
        for (int i = 0; i < rows->rows(); ++i) {
            after = rows->integer(i, 0);
            insert->reset();
            insert->bindInt(1, after)
                .bindText(2, rows->text(i, 1))
                .bindText(3, rows->text(i, 2))
                .bindBlob(5, QByteArray::fromHex(rows->bytes(i, 4)));
            if (lines)
                insert->bindDouble(4, rows->text(i, 3).toDouble());
            if (auto r = insert->exec(); !r)
                return r.error();
        }
        received += rows->rows();
        if (rows->rows() < kBatch)
            return received;
    }
}

Result<BasemapReport> BasemapSync::pull(Storage::Database &db)
{
    BasemapReport report;
    auto current = m_conn.exec(QStringLiteral("SELECT cc.basemap_current($1)"),
                               {kHubSchemaVersion});
    if (!current)
        return current.error();
    if (current->isNull(0, 0))
        return report; // the hub has none: this workstation keeps what it has
    const QJsonObject hub = QJsonDocument::fromJson(current->bytes(0, 0)).object();
    report.version = hub.value(QStringLiteral("version")).toInt();
    Storage::SettingRepository settings(db);
    auto mine = settings.get(kVersionSetting);
    if (!mine)
        return mine.error();
    if (mine.value() && mine.value()->toInt() == report.version)
        return report;
    // One transaction: the old basemap until the commit, the new one after it.
    Storage::Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    for (const char *sql : {"DELETE FROM basemap_area", "DELETE FROM basemap_line"}) {
        if (auto r = db.exec(QString::fromLatin1(sql)); !r)
            return r.error();
    }
    auto areas = pullLayer(db, report.version, QStringLiteral("area"));
    if (!areas)
        return areas.error();
    auto lines = pullLayer(db, report.version, QStringLiteral("line"));
    if (!lines)
        return lines.error();
    report.areas = areas.value();
    report.lines = lines.value();
    if (auto r = settings.set(kVersionSetting, QString::number(report.version)); !r)
        return r.error();
    // The map redraws what lies under the grids with them (City::ChangeNotifier's topic).
    if (auto r = db.exec(QStringLiteral("UPDATE change_stamp SET n = n + 1 WHERE topic = 'grids'"));
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    report.changed = true;
    return report;
}

} // namespace Cc::Sync

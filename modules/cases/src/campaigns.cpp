// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/cases/campaigns.h>

#include <cc/cases/caseservice.h>
#include <cc/core/uuid.h>
#include <cc/geo/operations.h>
#include <cc/storage/geometry.h>
#include <cc/storage/repositories.h>

#include "casestr.h"
#include "roleholder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Cc::Cases {

namespace {

QString jsonList(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList listFromJson(const QString &text)
{
    QStringList list;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array())
        list << v.toString();
    return list;
}

QString polygonJson(const Storage::PolygonRings &polygon)
{
    QJsonArray rings;
    for (const Storage::Ring &ring : polygon) {
        QJsonArray points;
        for (const QPointF &p : ring)
            points.append(QJsonArray{p.x(), p.y()});
        rings.append(points);
    }
    return QString::fromUtf8(QJsonDocument(rings).toJson(QJsonDocument::Compact));
}

Storage::PolygonRings polygonFromJson(const QString &text)
{
    Storage::PolygonRings polygon;
    for (const QJsonValue &ring : QJsonDocument::fromJson(text.toUtf8()).array()) {
        Storage::Ring points;
        for (const QJsonValue &p : ring.toArray())
            points.append(QPointF(p.toArray().at(0).toDouble(), p.toArray().at(1).toDouble()));
        polygon.append(points);
    }
    return polygon;
}

constexpr const char *kColumns
    = "id, name, starts_on, ends_on, street_codes, community_codes, "
      "responsibility_codes, grid_codes, polygon, categories, created_at";

Campaign campaignFrom(const Storage::Statement &st)
{
    Campaign c;
    c.id = st.text(0);
    c.name = st.text(1);
    c.startsOn = QDate::fromString(st.text(2), Qt::ISODate);
    c.endsOn = QDate::fromString(st.text(3), Qt::ISODate);
    c.streetCodes = listFromJson(st.text(4));
    c.communityCodes = listFromJson(st.text(5));
    c.responsibilityCodes = listFromJson(st.text(6));
    c.gridCodes = listFromJson(st.text(7));
    c.polygon = polygonFromJson(st.text(8));
    c.categories = listFromJson(st.text(9));
    c.createdAt = st.text(10);
    return c;
}

bool categoryMatches(const QStringList &categories, const QString &key)
{
    if (categories.isEmpty())
        return true;
    // "event:0102" is one 小类, "event:01" its whole 大类.
    return std::any_of(categories.cbegin(), categories.cend(), [&key](const QString &c) {
        return key == c || (c.size() == key.size() - 2 && key.startsWith(c));
    });
}

/// Whether the code lists hold only codes of `table` (column code).
Result<QString> firstUnknown(Storage::Database &db, const char *table, const QStringList &codes)
{
    auto st = db.prepare(
        QStringLiteral("SELECT count(*) FROM %1 WHERE code = ?1").arg(QString::fromLatin1(table)));
    if (!st)
        return st.error();
    for (const QString &code : codes) {
        st->reset();
        st->bindText(1, code);
        auto row = st->step();
        if (!row)
            return row.error();
        if (st->integer(0) == 0)
            return code;
    }
    return QString();
}

Result<void> checkCorners(const Storage::PolygonRings &polygon)
{
    for (const Storage::Ring &ring : polygon) {
        QSet<QPair<double, double>> distinct;
        for (const QPointF &p : ring) {
            if (!(std::isfinite(p.x()) && std::isfinite(p.y()) && std::abs(p.x()) <= 180
                  && std::abs(p.y()) <= 90))
                return makeError(
                    "campaign.bad-polygon",
                    Tr::tr("A corner of the area (%1, %2) is not a longitude and latitude.")
                        .arg(p.x())
                        .arg(p.y()));
            distinct.insert({p.x(), p.y()});
        }
        if (distinct.size() < 3 || ring.size() > 10000)
            return makeError(
                "campaign.bad-polygon",
                Tr::tr("A drawn area needs at least 3 different corners (and at most 10,000)."));
    }
    return {};
}

/// The rings closed (the CLI and the map's drawing give the corners once each).
Storage::PolygonRings closedRings(Storage::PolygonRings polygon)
{
    for (Storage::Ring &ring : polygon) {
        if (!ring.isEmpty() && ring.first() != ring.last())
            ring.append(ring.first());
    }
    return polygon;
}

/// Whether the drawn area shares ground with a unit grid of the city (candidates by the
/// grids' R-tree boxes, then the exact test).
Result<bool> coversSomeGrid(Storage::Database &db, const Storage::PolygonRings &polygon)
{
    const QRectF box = Geo::boundsOf(polygon);
    auto st = db.prepare(
        QStringLiteral("SELECT g.geom FROM rtree_grid_unit_geom r JOIN grid_unit g ON g.fid = r.id "
                       "WHERE r.maxx >= ?1 AND r.minx <= ?2 AND r.maxy >= ?3 AND r.miny <= ?4"));
    if (!st)
        return st.error();
    st->bindDouble(1, box.left()).bindDouble(2, box.right());
    st->bindDouble(3, box.top()).bindDouble(4, box.bottom());
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!row.value())
            return false;
        auto grid = Storage::Gpkg::decodePolygon(st->blob(0));
        if (grid && Geo::intersects(polygon, grid.value()))
            return true;
    }
}

/// A drawn area (the CLI's --polygon, the dialog's map): corners that are lon/lat, edges
/// that do not cross, at least kMinCampaignAreaM2 of ground, and inside the city.
Result<void> checkPolygon(Storage::Database &db, const Storage::PolygonRings &polygon)
{
    if (polygon.isEmpty())
        return {};
    if (auto r = checkCorners(polygon); !r)
        return r;
    const Storage::PolygonRings closed = closedRings(polygon);
    if (const Geo::Validity v = Geo::checkValidity(closed); !v.valid)
        return makeError("campaign.polygon-invalid",
                         Tr::tr("The drawn area's edges cross each other near %1: draw its "
                                "outline without crossings.")
                             .arg(Geo::formatLonLat(v.where)));
    if (const double m2 = Geo::areaM2(closed); m2 < kMinCampaignAreaM2)
        return makeError("campaign.polygon-too-small",
                         Tr::tr("The drawn area covers only %1 m²; a campaign area needs at "
                                "least %2 m².")
                             .arg(m2, 0, 'f', 0)
                             .arg(kMinCampaignAreaM2, 0, 'f', 0));
    auto inCity = coversSomeGrid(db, closed);
    if (!inCity)
        return inCity.error();
    if (!inCity.value())
        return makeError("campaign.polygon-outside",
                         Tr::tr("The drawn area lies outside the city: it covers none of its "
                                "unit grids."));
    return {};
}

} // namespace

std::optional<double> CampaignReport::closeRate() const
{
    if (filed <= 0)
        return std::nullopt;
    return 100.0 * double(closed) / double(filed);
}

bool campaignMatches(const Campaign &campaign, const Storage::CaseRow &row,
                     const QString &streetCode, const QTimeZone &zone)
{
    const QDate day = row.reportedAt.toTimeZone(zone).date();
    if (!day.isValid() || day < campaign.startsOn || day > campaign.endsOn)
        return false;
    if (!categoryMatches(campaign.categories, row.categoryKey))
        return false;
    return campaign.streetCodes.contains(streetCode)
           || campaign.communityCodes.contains(row.communityCode)
           || campaign.responsibilityCodes.contains(row.responsibilityCode)
           || campaign.gridCodes.contains(row.gridCode)
           || (!campaign.polygon.isEmpty() && row.geom && covers(campaign.polygon, *row.geom));
}

CampaignStore::CampaignStore(Storage::Database &db, const Core::CategoryDictionary &categories,
                             const Core::WorkCalendar &calendar)
    : m_db(db)
    , m_categories(categories)
    , m_calendar(calendar)
{}

Result<void> CampaignStore::check(const Campaign &c)
{
    const QString name = c.name.trimmed();
    if (name.isEmpty() || name.size() > kMaxCampaignNameChars)
        return makeError("campaign.bad-name",
                         Tr::tr("A campaign needs a name of 1 to %1 characters.")
                             .arg(kMaxCampaignNameChars));
    if (!c.startsOn.isValid() || !c.endsOn.isValid() || c.endsOn < c.startsOn
        || c.startsOn.daysTo(c.endsOn) >= kMaxCampaignDays)
        return makeError("campaign.bad-period",
                         Tr::tr("A campaign runs from a first to a last day, at most %1 days.")
                             .arg(kMaxCampaignDays));
    const QList<std::pair<const QStringList *, const char *>> lists{{&c.streetCodes, "street"},
                                                                    {&c.communityCodes,
                                                                     "community"},
                                                                    {&c.responsibilityCodes,
                                                                     "grid_responsibility"},
                                                                    {&c.gridCodes, "grid_unit"}};
    bool hasArea = !c.polygon.isEmpty();
    for (const auto &[list, table] : lists) {
        if (list->size() > kMaxCampaignListEntries || c.categories.size() > kMaxCampaignListEntries)
            return makeError("campaign.too-many",
                             Tr::tr("A campaign lists at most %1 codes of each kind.")
                                 .arg(kMaxCampaignListEntries));
        hasArea = hasArea || !list->isEmpty();
        auto unknown = firstUnknown(m_db, table, *list);
        if (!unknown)
            return unknown.error();
        if (!unknown->isEmpty())
            return makeError(table == QLatin1String("street")      ? "campaign.unknown-street"
                             : table == QLatin1String("community") ? "campaign.unknown-community"
                                                                   : "campaign.unknown-grid",
                             Tr::tr("There is no street, community or grid with code “%1”.")
                                 .arg(unknown->left(40)));
    }
    if (!hasArea)
        return makeError(
            "campaign.no-area",
            Tr::tr("Say where the campaign runs: streets, communities, grids or a drawn area."));
    if (auto r = checkPolygon(m_db, c.polygon); !r)
        return r;
    for (const QString &key : c.categories) {
        const QStringList parts = key.split(QLatin1Char(':'));
        const QList<Core::MajorCategory> majors = parts.size() == 2 && parts[1].size() == 2
                                                      ? m_categories.majors(
                                                          Core::kindFromId(parts[0]))
                                                      : QList<Core::MajorCategory>();
        const bool major = std::any_of(majors.cbegin(), majors.cend(),
                                       [&](const Core::MajorCategory &m) {
                                           return m.code == parts[1];
                                       });
        if (!major && !m_categories.findByKey(key))
            return makeError(
                "campaign.unknown-category",
                Tr::tr(
                    "Unknown category “%1” (a key such as event:0102, or a major class such as event:01).")
                    .arg(key.left(40)));
    }
    return {};
}

Result<Campaign> CampaignStore::add(Campaign c, const QString &login, Core::Role role)
{
    if (!mayDefine(role))
        return makeError("campaign.forbidden-role",
                         Tr::tr("Only a shift leader or an administrator may define campaigns."));
    auto who = roleHolder(m_db, login, role);
    if (!who)
        return who.error();
    c.name = c.name.trimmed();
    if (auto r = check(c); !r)
        return r.error();
    auto existing = find(c.name);
    if (existing)
        return makeError("campaign.duplicate-name",
                         Tr::tr("There is a campaign “%1” already.").arg(c.name));
    c.id = Core::uuidText(Core::makeUuidV7());
    c.createdAt = Storage::isoUtc(QDateTime::currentDateTimeUtc());
    Storage::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    auto st = m_db.prepare(
        QStringLiteral(
            "INSERT INTO campaign (%1) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")
            .arg(QString::fromLatin1(kColumns)));
    if (!st)
        return st.error();
    st->bindText(1, c.id)
        .bindText(2, c.name)
        .bindText(3, c.startsOn.toString(Qt::ISODate))
        .bindText(4, c.endsOn.toString(Qt::ISODate))
        .bindText(5, jsonList(c.streetCodes))
        .bindText(6, jsonList(c.communityCodes))
        .bindText(7, jsonList(c.responsibilityCodes))
        .bindText(8, jsonList(c.gridCodes))
        .bindText(9, polygonJson(c.polygon))
        .bindText(10, jsonList(c.categories))
        .bindText(11, c.createdAt);
    if (auto r = st->exec(); !r)
        return r.error();
    // To the hub with the same transaction (hub schema 6 checks it again: docs/hub.md).
    if (auto r = Storage::OutboxRepository(m_db).appendRowChange(QStringLiteral("campaign"), c.id,
                                                                 QStringLiteral("insert"),
                                                                 std::nullopt, who->userId);
        !r)
        return r.error();
    if (auto r = retag(c); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return c;
}

Result<QList<Campaign>> CampaignStore::all()
{
    auto st = m_db.prepare(QStringLiteral("SELECT %1 FROM campaign ORDER BY starts_on, name")
                               .arg(QString::fromLatin1(kColumns)));
    if (!st)
        return st.error();
    QList<Campaign> campaigns;
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!row.value())
            return campaigns;
        campaigns << campaignFrom(*st);
    }
}

Result<Campaign> CampaignStore::find(const QString &idOrName)
{
    auto st = m_db.prepare(QStringLiteral("SELECT %1 FROM campaign WHERE id = ?1 OR name = ?1")
                               .arg(QString::fromLatin1(kColumns)));
    if (!st)
        return st.error();
    st->bindText(1, idOrName.trimmed());
    auto row = st->step();
    if (!row)
        return row.error();
    if (!row.value())
        return makeError("campaign.not-found",
                         Tr::tr("There is no campaign “%1”.").arg(idOrName.left(80)));
    return campaignFrom(*st);
}

Result<QString> CampaignStore::streetOf(const QString &communityCode)
{
    auto st = m_db.prepare(QStringLiteral("SELECT street_code FROM community WHERE code = ?1"));
    if (!st)
        return st.error();
    st->bindText(1, communityCode);
    auto row = st->step();
    if (!row)
        return row.error();
    return row.value() ? st->text(0) : QString();
}

Result<qint64> CampaignStore::retag(const Campaign &campaign)
{
    // The streets of the communities, once; then every case reported in the period.
    QHash<QString, QString> streets;
    auto communities = m_db.prepare(QStringLiteral("SELECT code, street_code FROM community"));
    if (!communities)
        return communities.error();
    for (;;) {
        auto row = communities->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        streets.insert(communities->text(0), communities->text(1));
    }
    const QTimeZone zone = m_calendar.timeZone();
    const QDateTime from(campaign.startsOn, QTime(0, 0), zone);
    const QDateTime to(campaign.endsOn.addDays(1), QTime(0, 0), zone);
    auto cases = m_db.prepare(QStringLiteral(
        "SELECT id, reported_at, category_key, community_code, responsibility_code, grid_code, geom "
        "FROM case_record WHERE reported_at >= ?1 AND reported_at < ?2"));
    if (!cases)
        return cases.error();
    cases->bindText(1, Storage::isoUtc(from)).bindText(2, Storage::isoUtc(to));
    auto untag = m_db.prepare(QStringLiteral("DELETE FROM campaign_case WHERE campaign_id = ?1"));
    auto tag = m_db.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO campaign_case (campaign_id, case_id) VALUES (?1, ?2)"));
    if (!untag || !tag)
        return !untag ? untag.error() : tag.error();
    untag->bindText(1, campaign.id);
    if (auto r = untag->exec(); !r)
        return r.error();
    qint64 tagged = 0;
    for (;;) {
        auto row = cases->step();
        if (!row)
            return row.error();
        if (!row.value())
            return tagged;
        Storage::CaseRow c;
        c.id = cases->text(0);
        c.reportedAt = Storage::fromIsoUtc(cases->text(1));
        c.categoryKey = cases->text(2);
        c.communityCode = cases->text(3);
        c.responsibilityCode = cases->text(4);
        c.gridCode = cases->text(5);
        if (!cases->isNull(6)) {
            if (auto point = Storage::Gpkg::decodePoint(cases->blob(6)))
                c.geom = point.value();
        }
        if (!campaignMatches(campaign, c, streets.value(c.communityCode), zone))
            continue;
        tag->reset();
        tag->bindText(1, campaign.id).bindText(2, c.id);
        if (auto r = tag->exec(); !r)
            return r.error();
        ++tagged;
    }
}

Result<void> CampaignStore::tagCase(const Storage::CaseRow &row)
{
    auto campaigns = all();
    if (!campaigns)
        return campaigns.error();
    return tagCase(row, campaigns.value());
}

Result<void> CampaignStore::tagCase(const Storage::CaseRow &row, const QList<Campaign> &campaigns)
{
    if (campaigns.isEmpty())
        return {};
    auto street = streetOf(row.communityCode);
    if (!street)
        return street.error();
    auto tag = m_db.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO campaign_case (campaign_id, case_id) VALUES (?1, ?2)"));
    if (!tag)
        return tag.error();
    for (const Campaign &c : campaigns) {
        if (!campaignMatches(c, row, street.value(), m_calendar.timeZone()))
            continue;
        tag->reset();
        tag->bindText(1, c.id).bindText(2, row.id);
        if (auto r = tag->exec(); !r)
            return r;
    }
    return {};
}

namespace {

Result<QList<std::pair<QString, qint64>>> topOf(Storage::Database &db, const char *column,
                                                const QString &campaignId)
{
    auto st = db.prepare(
        QStringLiteral(
            "SELECT c.%1, count(*) FROM case_record c JOIN campaign_case t ON t.case_id = c.id "
            "WHERE t.campaign_id = ?1 GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 10")
            .arg(QString::fromLatin1(column)));
    if (!st)
        return st.error();
    st->bindText(1, campaignId);
    QList<std::pair<QString, qint64>> top;
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!row.value())
            return top;
        top.append({st->text(0), st->integer(1)});
    }
}

} // namespace

namespace {

Result<QList<std::pair<QString, QString>>> codesAndNames(Storage::Database &db, const char *sql)
{
    auto st = db.prepare(QString::fromLatin1(sql));
    if (!st)
        return st.error();
    QList<std::pair<QString, QString>> list;
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!row.value())
            return list;
        list.append({st->text(0), st->text(1)});
    }
}

} // namespace

Result<CampaignAreaChoices> campaignAreaChoices(Storage::Database &db)
{
    CampaignAreaChoices choices;
    const std::pair<QList<std::pair<QString, QString>> *, const char *> lists[]
        = {{&choices.streets, "SELECT code, name FROM street ORDER BY code"},
           {&choices.communities, "SELECT code, name FROM community ORDER BY code"},
           {&choices.responsibilityGrids,
            "SELECT code, name FROM grid_responsibility ORDER BY code"},
           {&choices.unitGrids,
            "SELECT g.code, ifnull(c.name, '') FROM grid_unit g "
            "LEFT JOIN community c ON c.code = g.community_code ORDER BY g.code"}};
    for (const auto &[list, sql] : lists) {
        auto rows = codesAndNames(db, sql);
        if (!rows)
            return rows.error();
        *list = rows.value();
    }
    return choices;
}

Result<CampaignReport> CampaignStore::report(const QString &idOrName, const QDateTime &now)
{
    auto campaign = find(idOrName);
    if (!campaign)
        return campaign.error();
    {
        Storage::Transaction tx(m_db);
        if (!tx.isActive())
            return tx.beginError();
        if (auto r = retag(campaign.value()); !r)
            return r.error();
        if (auto r = tx.commit(); !r)
            return r.error();
    }
    CampaignReport report;
    report.campaign = campaign.value();
    auto st = m_db.prepare(QStringLiteral(
        "SELECT count(*), "
        "ifnull(sum(c.filed_at IS NOT NULL OR c.id IN (SELECT case_id FROM case_event WHERE action = 'self-dispose')), 0), "
        "ifnull(sum(c.state = 'closed'), 0), ifnull(sum(c.state = 'closed' AND c.closed_in_time = 1), 0), "
        "ifnull(sum(c.state NOT IN ('closed', 'rejected', 'cancelled')), 0), "
        "ifnull(sum(c.state NOT IN ('closed', 'rejected', 'cancelled') AND c.stage_deadline < ?2), 0) "
        "FROM case_record c JOIN campaign_case t ON t.case_id = c.id WHERE t.campaign_id = ?1"));
    if (!st)
        return st.error();
    st->bindText(1, report.campaign.id).bindText(2, Storage::isoUtc(now));
    if (auto row = st->step(); !row)
        return row.error();
    report.cases = st->integer(0);
    report.filed = st->integer(1);
    report.closed = st->integer(2);
    report.closedInTime = st->integer(3);
    report.open = st->integer(4);
    report.overdue = st->integer(5);
    auto grids = topOf(m_db, "grid_code", report.campaign.id);
    auto categories = topOf(m_db, "category_key", report.campaign.id);
    if (!grids || !categories)
        return !grids ? grids.error() : categories.error();
    report.topGrids = grids.value();
    report.topCategories = categories.value();
    return report;
}

} // namespace Cc::Cases

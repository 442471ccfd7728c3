// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/result.h>

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Cc::Storage {

class Database;

/// When places count as 老不改 (recurring problems, docs/hotspots.md): the same 小类 reported
/// `minReports` times or more within `radiusM` metres and `windowDays` days.
struct RecurringThresholds
{
    double radiusM = 50;
    int minReports = 3;
    int windowDays = 30;
    friend bool operator==(const RecurringThresholds &, const RecurringThresholds &) = default;

    /// The bounds every caller is held to: 5–1,000 m, 2–100 reports, 1–366 days. Refuses
    /// ("hotspot.bad-threshold") naming the value; a stored value that is no number is refused
    /// the same way when read.
    Result<void> validate() const;
};

/// The city's settings in the local `setting` table, typed: the one place that knows their
/// keys. (The sync engine keeps its own "sync.*" bookkeeping in the same table, private to
/// modules/sync.) An unset text setting reads as an empty string.
class Settings
{
public:
    explicit Settings(Database &db) : m_db(db) {}

    /// The city's display name (window titles, the login, report headers).
    Result<QString> cityName();
    Result<void> setCityName(const QString &name);
    /// The county's 6-digit administrative code (GB/T 2260).
    Result<QString> countyCode();
    Result<void> setCountyCode(const QString &code);
    /// The IANA zone the city's clocks show (the work calendar carries the zone deadlines
    /// use; a city writes both the same).
    Result<QString> timeZoneId();
    Result<void> setTimeZoneId(const QString &zone);
    /// The map's basemap source (GeoTIFF, MBTiles, GDAL WMS/WMTS/XYZ); empty: none.
    Result<QString> basemap();
    Result<void> setBasemap(const QString &source);
    /// Collector positioning devices: login → "tcp://host:port" or an NMEA log file.
    Result<QJsonObject> positioningSources();
    Result<void> setPositioningSources(const QJsonObject &sources);
    /// The evaluation's rules (weights, grade bands, count scores, 应结案 method, target) as
    /// JSON over the defaults (Core::KpiRules::fromJson checks them; docs/kpi.md). Unset or
    /// not an object: {}.
    Result<QJsonObject> kpiRules();
    Result<void> setKpiRules(const QJsonObject &rules);
    /// The seed the demo city was written with (absent: not a demo city).
    Result<std::optional<quint64>> demoSeed();
    Result<void> setDemoSeed(quint64 seed);
    /// The 老不改 thresholds ("hotspot.recurring-radius-m", "…-min-reports", "…-window-days");
    /// unset ones read as the defaults (50 m, 3, 30 days). Both directions validate.
    Result<RecurringThresholds> recurringThresholds();
    Result<void> setRecurringThresholds(const RecurringThresholds &thresholds);

private:
    Result<QString> text(const char *key);
    Result<void> set(const char *key, const QString &value);

    Database &m_db;
};

} // namespace Cc::Storage

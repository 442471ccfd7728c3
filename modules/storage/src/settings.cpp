// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/storage/settings.h>

#include <cc/storage/database.h>
#include <cc/storage/repositories.h>

#include <QCoreApplication>
#include <QJsonDocument>

#include <cmath>

namespace Cc::Storage {

namespace {

constexpr const char *kCityName = "city.name";
constexpr const char *kCountyCode = "city.countyCode";
constexpr const char *kTimeZone = "city.timeZone";
constexpr const char *kBasemap = "map.basemap";
constexpr const char *kPositioningSources = "positioning.sources";
constexpr const char *kDemoSeed = "demo.seed";
constexpr const char *kKpiRules = "kpi.rules";
constexpr const char *kRecurringRadius = "hotspot.recurring-radius-m";
constexpr const char *kRecurringMinReports = "hotspot.recurring-min-reports";
constexpr const char *kRecurringWindowDays = "hotspot.recurring-window-days";

/// Translation context of the settings (storage has no other user-visible text here).
struct SettingsTr
{
    Q_DECLARE_TR_FUNCTIONS(SettingsTr)
};

Error badThreshold(const QString &what, const QString &value, const QString &range)
{
    return makeError(QStringLiteral("hotspot.bad-threshold"),
                     SettingsTr::tr("%1 must be %2, not %3").arg(what, range, value));
}

} // namespace

Result<QString> Settings::text(const char *key)
{
    auto value = SettingRepository(m_db).get(QString::fromLatin1(key));
    if (!value)
        return value.error();
    return value.value().value_or(QString());
}

Result<void> Settings::set(const char *key, const QString &value)
{
    return SettingRepository(m_db).set(QString::fromLatin1(key), value);
}

Result<QString> Settings::cityName()
{
    return text(kCityName);
}
Result<void> Settings::setCityName(const QString &name)
{
    return set(kCityName, name);
}
Result<QString> Settings::countyCode()
{
    return text(kCountyCode);
}
Result<void> Settings::setCountyCode(const QString &code)
{
    return set(kCountyCode, code);
}
Result<QString> Settings::timeZoneId()
{
    return text(kTimeZone);
}
Result<void> Settings::setTimeZoneId(const QString &zone)
{
    return set(kTimeZone, zone);
}
Result<QString> Settings::basemap()
{
    return text(kBasemap);
}
Result<void> Settings::setBasemap(const QString &source)
{
    return set(kBasemap, source);
}

Result<QJsonObject> Settings::positioningSources()
{
    auto value = text(kPositioningSources);
    if (!value)
        return value.error();
    // Written by collectorsim --register or by hand: anything but an object reads as none.
    return QJsonDocument::fromJson(value->toUtf8()).object();
}

Result<void> Settings::setPositioningSources(const QJsonObject &sources)
{
    return set(kPositioningSources,
               QString::fromUtf8(QJsonDocument(sources).toJson(QJsonDocument::Compact)));
}

Result<QJsonObject> Settings::kpiRules()
{
    auto value = text(kKpiRules);
    if (!value)
        return value.error();
    return QJsonDocument::fromJson(value->toUtf8()).object();
}

Result<void> Settings::setKpiRules(const QJsonObject &rules)
{
    return set(kKpiRules, QString::fromUtf8(QJsonDocument(rules).toJson(QJsonDocument::Compact)));
}

Result<std::optional<quint64>> Settings::demoSeed()
{
    auto value = text(kDemoSeed);
    if (!value)
        return value.error();
    bool ok = false;
    const quint64 seed = value->toULongLong(&ok);
    return ok ? std::optional<quint64>(seed) : std::nullopt;
}

Result<void> Settings::setDemoSeed(quint64 seed)
{
    return set(kDemoSeed, QString::number(seed));
}

} // namespace Cc::Storage

namespace Cc::Storage {

Result<void> RecurringThresholds::validate() const
{
    if (!std::isfinite(radiusM) || radiusM < 5 || radiusM > 1000)
        return badThreshold(SettingsTr::tr("The recurring-problem radius"),
                            QString::number(radiusM), SettingsTr::tr("5–1,000 m"));
    if (minReports < 2 || minReports > 100)
        return badThreshold(SettingsTr::tr("The number of reports of a recurring problem"),
                            QString::number(minReports), SettingsTr::tr("2–100"));
    if (windowDays < 1 || windowDays > 366)
        return badThreshold(SettingsTr::tr("The recurring-problem window"),
                            QString::number(windowDays), SettingsTr::tr("1–366 days"));
    return {};
}

Result<RecurringThresholds> Settings::recurringThresholds()
{
    RecurringThresholds t;
    struct Field
    {
        const char *key;
        double *real;
        int *integer;
    };
    for (const Field &f : {Field{kRecurringRadius, &t.radiusM, nullptr},
                           Field{kRecurringMinReports, nullptr, &t.minReports},
                           Field{kRecurringWindowDays, nullptr, &t.windowDays}}) {
        auto value = SettingRepository(m_db).get(QString::fromLatin1(f.key));
        if (!value)
            return value.error();
        if (!value->has_value())
            continue;
        bool ok = false;
        const QString text = value->value().trimmed();
        if (f.real)
            *f.real = text.toDouble(&ok);
        else
            *f.integer = text.toInt(&ok);
        if (!ok)
            return badThreshold(QString::fromLatin1(f.key), text, SettingsTr::tr("a number"));
    }
    if (auto valid = t.validate(); !valid)
        return valid.error();
    return t;
}

Result<void> Settings::setRecurringThresholds(const RecurringThresholds &thresholds)
{
    if (auto valid = thresholds.validate(); !valid)
        return valid;
    Transaction tx(m_db); // the three together or none
    if (!tx.isActive())
        return tx.beginError();
    if (auto r = set(kRecurringRadius, QString::number(thresholds.radiusM)); !r)
        return r;
    if (auto r = set(kRecurringMinReports, QString::number(thresholds.minReports)); !r)
        return r;
    if (auto r = set(kRecurringWindowDays, QString::number(thresholds.windowDays)); !r)
        return r;
    return tx.commit();
}

} // namespace Cc::Storage

// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/storage/settings.h>

#include <cc/storage/repositories.h>

#include <QJsonDocument>

namespace Cc::Storage {

namespace {

constexpr const char *kCityName = "city.name";
constexpr const char *kCountyCode = "city.countyCode";
constexpr const char *kTimeZone = "city.timeZone";
constexpr const char *kBasemap = "map.basemap";
constexpr const char *kPositioningSources = "positioning.sources";
constexpr const char *kDemoSeed = "demo.seed";
constexpr const char *kKpiRules = "kpi.rules";

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

Result<QString> Settings::cityName() { return text(kCityName); }
Result<void> Settings::setCityName(const QString &name) { return set(kCityName, name); }
Result<QString> Settings::countyCode() { return text(kCountyCode); }
Result<void> Settings::setCountyCode(const QString &code) { return set(kCountyCode, code); }
Result<QString> Settings::timeZoneId() { return text(kTimeZone); }
Result<void> Settings::setTimeZoneId(const QString &zone) { return set(kTimeZone, zone); }
Result<QString> Settings::basemap() { return text(kBasemap); }
Result<void> Settings::setBasemap(const QString &source) { return set(kBasemap, source); }

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
    return set(kPositioningSources, QString::fromUtf8(QJsonDocument(sources).toJson(QJsonDocument::Compact)));
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

Result<void> Settings::setDemoSeed(quint64 seed) { return set(kDemoSeed, QString::number(seed)); }

} // namespace Cc::Storage

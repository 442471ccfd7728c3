// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/cases/kpifigures.h>
#include <cc/core/role.h>

#include <QDate>
#include <QTimeZone>

#include <optional>

namespace Cc::Cases {

/// Whole days of the city, [first, last].
struct KpiPeriod
{
    QDate first, last;
};
/// "2017" (a year), "2017-Q4", "2017-12", "2017-W05" (ISO week), "2017-12-31" (a day) or
/// "2017-01-01..2017-06-30"; "kpi.period" otherwise.
Result<KpiPeriod> parsePeriod(QStringView text);
/// 环比: the period before (the previous month, quarter or year for whole ones, else the same
/// number of days just before). 同比: the same days one year earlier.
KpiPeriod previousPeriod(const KpiPeriod &period);
KpiPeriod samePeriodLastYear(const KpiPeriod &period);

/// A period's figures as issued (kpi_publication, docs/kpi.md "Published figures").
struct PublishedFigures
{
    FigureScope scope = FigureScope::Invalid;
    QDate firstDay, lastDay;
    QDateTime publishedAt;
    QString publishedByName;
    Core::KpiRules rules; ///< the rules the figures were graded by then
    QList<FigureRow> rows;
};

/// Freezes and reads published figures. The service enforces who may publish and what:
/// only a shift leader (值班长) or an administrator, checked against the database whoever
/// calls; a period of whole days of the city, at most 366 of them, that has ended; once.
class KpiPublisher
{
public:
    struct City
    {
        QTimeZone zone;
        QString name;
        Core::KpiRules rules;
        const Core::CategoryDictionary *categories = nullptr;
    };
    KpiPublisher(Storage::Database &db, City city) : m_db(db), m_city(std::move(city)) {}

    /// Publishes the days [first, last] for every scope of figureScopes() in one transaction.
    /// Refuses "kpi.forbidden-role", "auth.unknown-user", "auth.role-not-held", "kpi.period"
    /// (bad or longer than 366 days), "kpi.period-not-ended", "kpi.already-published".
    Result<void> publish(const QString &login, Core::Role role, const QDate &first,
                         const QDate &last, const QDateTime &now);
    /// The published figures of the days [first, last] in `scope`, if issued.
    Result<std::optional<PublishedFigures>> published(FigureScope scope, const QDate &first,
                                                      const QDate &last);

    /// The figures as of now for the same days (what publish() would freeze).
    Result<QList<FigureRow>> current(FigureScope scope, const QDate &first, const QDate &last,
                                     const QDateTime &now);

    static constexpr int maxDays = 366;

    /// Stores new evaluation rules (the setting "kpi.rules") after checking them
    /// (Core::KpiRules::fromJson); administrators only ("kpi.forbidden-role").
    static Result<void> saveRules(Storage::Database &db, const QString &login, Core::Role role,
                                  const QJsonObject &rules);

private:
    QDateTime startOf(const QDate &day) const;

    Storage::Database &m_db;
    City m_city;
};

} // namespace Cc::Cases

// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/cases/kpipublication.h>

#include "casestr.h"

#include <cc/storage/database.h>
#include <cc/storage/repositories.h>
#include <cc/storage/settings.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Cc::Cases {

namespace {

Error periodError(const QString &why)
{
    return makeError(QStringLiteral("kpi.period"), why);
}

/// Who acts: an active user holding the role, read from the database now (a caller's word
/// is not taken for it).
Result<QPair<QString, QString>> holder(Storage::Database &db, const QString &login, Core::Role role)
{
    auto st = db.prepare(QStringLiteral(
        "SELECT u.id, u.display_name, (SELECT count(*) FROM user_role r WHERE r.user_id = u.id AND r.role = ?2) "
        "FROM app_user u WHERE u.login = ?1 AND u.active = 1"));
    if (!st)
        return st.error();
    st->bindText(1, login);
    st->bindText(2, Core::roleId(role));
    auto found = st->step();
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(QStringLiteral("auth.unknown-user"),
                         Tr::tr("No active user \"%1\".").arg(login));
    if (st->integer(2) == 0)
        return makeError(QStringLiteral("auth.role-not-held"),
                         Tr::tr("%1 does not hold the role %2.").arg(login, Core::roleName(role)));
    return qMakePair(st->text(0), st->text(1));
}

Result<QPair<QString, QString>> publisher(Storage::Database &db, const QString &login,
                                          Core::Role role)
{
    if (role != Core::Role::ShiftLeader && role != Core::Role::Admin)
        return makeError(
            QStringLiteral("kpi.forbidden-role"),
            Tr::tr("Only a shift leader or an administrator may publish evaluation figures."));
    return holder(db, login, role);
}

/// How the hub and every workstation name one scope of a published period.
QString publicationId(const QDate &first, const QDate &last, FigureScope scope)
{
    return QStringLiteral("%1/%2/%3")
        .arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate), figureScopeId(scope));
}

QJsonArray rowsToJson(const QList<FigureRow> &rows)
{
    QJsonArray array;
    for (const FigureRow &row : rows)
        array.append(QJsonObject{{"key", row.key},
                                 {"name", row.name},
                                 {"counts", Core::figuresToJson(row.figures)}});
    return array;
}

bool isWholeMonths(const KpiPeriod &p, int months)
{
    return p.first.day() == 1 && (p.first.month() - 1) % months == 0
           && p.last == p.first.addMonths(months).addDays(-1);
}

} // namespace

Result<KpiPeriod> parsePeriod(QStringView text)
{
    const QString t = text.trimmed().toString();
    const auto bad = [&] {
        return periodError(
            Tr::tr("\"%1\" is not a period: use 2017, 2017-Q4, 2017-12, 2017-W05, 2017-12-31 "
                   "or 2017-01-01..2017-06-30.")
                .arg(t));
    };
    if (const qsizetype dots = t.indexOf(QLatin1String("..")); dots > 0) {
        const QDate a = QDate::fromString(t.left(dots), Qt::ISODate),
                    b = QDate::fromString(t.mid(dots + 2), Qt::ISODate);
        if (!a.isValid() || !b.isValid() || b < a)
            return bad();
        return KpiPeriod{a, b};
    }
    bool ok = false;
    const int year = t.left(4).toInt(&ok);
    if (!ok || year < 2000 || year > 2999)
        return bad();
    const QStringView rest = QStringView(t).mid(4);
    if (rest.isEmpty())
        return KpiPeriod{QDate(year, 1, 1), QDate(year, 12, 31)};
    if (rest.size() == 3 && rest.startsWith(QLatin1String("-Q")) && rest[2] >= u'1'
        && rest[2] <= u'4') {
        const QDate first(year, 3 * (rest[2].unicode() - u'1') + 1, 1);
        return KpiPeriod{first, first.addMonths(3).addDays(-1)};
    }
    if (rest.size() == 4 && rest.startsWith(QLatin1String("-W"))) {
        const int week = rest.mid(2).toInt(&ok);
        // ISO 8601: week 1 holds the year's first Thursday.
        const QDate jan4(year, 1, 4);
        const QDate monday = jan4.addDays(1 - jan4.dayOfWeek()).addDays(7 * (week - 1));
        int isoYear = 0;
        if (!ok || week < 1 || monday.weekNumber(&isoYear) != week || isoYear != year)
            return bad();
        return KpiPeriod{monday, monday.addDays(6)};
    }
    if (rest.size() == 3) {
        const QDate first = QDate::fromString(t + QLatin1String("-01"), Qt::ISODate);
        if (!first.isValid())
            return bad();
        return KpiPeriod{first, first.addMonths(1).addDays(-1)};
    }
    const QDate day = QDate::fromString(t, Qt::ISODate);
    if (!day.isValid())
        return bad();
    return KpiPeriod{day, day};
}

KpiPeriod previousPeriod(const KpiPeriod &p)
{
    for (int months : {12, 3, 1}) {
        if (isWholeMonths(p, months))
            return {p.first.addMonths(-months), p.first.addDays(-1)};
    }
    const qint64 days = p.first.daysTo(p.last) + 1;
    return {p.first.addDays(-days), p.first.addDays(-1)};
}

KpiPeriod samePeriodLastYear(const KpiPeriod &p)
{
    for (int months : {12, 3, 1}) {
        if (isWholeMonths(p, months))
            return {p.first.addYears(-1), p.first.addYears(-1).addMonths(months).addDays(-1)};
    }
    return {p.first.addYears(-1), p.last.addYears(-1)};
}

QDateTime KpiPublisher::startOf(const QDate &day) const
{
    return QDateTime(day, QTime(0, 0), m_city.zone).toUTC();
}

Result<QList<FigureRow>> KpiPublisher::current(FigureScope scope, const QDate &first,
                                               const QDate &last, const QDateTime &now)
{
    if (!first.isValid() || !last.isValid() || last < first)
        return periodError(Tr::tr("The period's last day is before its first."));
    FigureQuery query;
    query.scope = scope;
    query.from = startOf(first);
    query.to = startOf(last.addDays(1));
    query.now = now;
    query.rules = m_city.rules;
    query.categories = m_city.categories;
    query.cityName = m_city.name;
    return countFigures(m_db, query);
}

Result<void> KpiPublisher::publish(const QString &login, Core::Role role, const QDate &first,
                                   const QDate &last, const QDateTime &now)
{
    auto who = publisher(m_db, login, role);
    if (!who)
        return who.error();
    if (!first.isValid() || !last.isValid() || last < first || first < QDate(2000, 1, 1))
        return periodError(
            Tr::tr("The period's last day is before its first, or it starts before 2000."));
    if (first.daysTo(last) + 1 > maxDays)
        return periodError(Tr::tr("A published period is at most %1 days.").arg(maxDays));
    // Figures of a period still running would be frozen half-counted.
    if (startOf(last.addDays(1)) > now)
        return makeError(QStringLiteral("kpi.period-not-ended"),
                         Tr::tr("The period ends on %1: it can be published from the next day on.")
                             .arg(last.toString(Qt::ISODate)));
    Storage::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    const QString rules = QString::fromUtf8(
        QJsonDocument(m_city.rules.toJson()).toJson(QJsonDocument::Compact));
    // Every scope of the period reaches the hub together (hub schema 6: docs/hub.md), keyed
    // "first/last/scope" there and here (migration 0023).
    Storage::OutboxRepository outbox(m_db);
    outbox.beginGroup();
    for (FigureScope scope : figureScopes()) {
        auto rows = current(scope, first, last, now);
        if (!rows)
            return rows.error();
        auto st = m_db.prepare(QStringLiteral(
            "INSERT INTO kpi_publication (first_day, last_day, scope, published_at, published_by, "
            "published_by_name, rules, rows, id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
            "ON CONFLICT (first_day, last_day, scope) DO NOTHING"));
        if (!st)
            return st.error();
        st->bindText(1, first.toString(Qt::ISODate)).bindText(2, last.toString(Qt::ISODate));
        st->bindText(3, figureScopeId(scope)).bindText(4, Storage::isoUtc(now));
        st->bindText(5, who->first).bindText(6, who->second).bindText(7, rules);
        st->bindText(8,
                     QString::fromUtf8(
                         QJsonDocument(rowsToJson(rows.value())).toJson(QJsonDocument::Compact)));
        const QString id = publicationId(first, last, scope);
        st->bindText(9, id);
        if (auto r = st->step(); !r)
            return r.error();
        if (m_db.changes() == 0)
            return makeError(
                QStringLiteral("kpi.already-published"),
                Tr::tr(
                    "The figures of %1 – %2 are already published; published figures stay as issued.")
                    .arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate)));
        if (auto r = outbox.appendRowChange(QStringLiteral("kpi_publication"), id,
                                            QStringLiteral("insert"), std::nullopt, who->first);
            !r)
            return r.error();
    }
    return tx.commit();
}

Result<void> KpiPublisher::saveRules(Storage::Database &db, const QString &login, Core::Role role,
                                     const QJsonObject &rules)
{
    if (role != Core::Role::Admin)
        return makeError(QStringLiteral("kpi.forbidden-role"),
                         Tr::tr("Only an administrator may change the evaluation rules."));
    if (auto who = holder(db, login, role); !who)
        return who.error();
    if (auto checked = Core::KpiRules::fromJson(rules); !checked)
        return checked.error();
    return Storage::Settings(db).setKpiRules(rules);
}

Result<std::optional<PublishedFigures>> KpiPublisher::published(FigureScope scope,
                                                                const QDate &first,
                                                                const QDate &last)
{
    auto st = m_db.prepare(
        QStringLiteral("SELECT published_at, published_by_name, rules, rows FROM kpi_publication "
                       "WHERE first_day = ?1 AND last_day = ?2 AND scope = ?3"));
    if (!st)
        return st.error();
    st->bindText(1, first.toString(Qt::ISODate)).bindText(2, last.toString(Qt::ISODate));
    st->bindText(3, figureScopeId(scope));
    auto found = st->step();
    if (!found)
        return found.error();
    if (!found.value())
        return std::optional<PublishedFigures>();
    PublishedFigures p;
    p.scope = scope;
    p.firstDay = first;
    p.lastDay = last;
    p.publishedAt = QDateTime::fromString(st->text(0), Qt::ISODateWithMs);
    p.publishedByName = st->text(1);
    // Rules that no longer parse (a later version's keys) grade by the defaults.
    auto rules = Core::KpiRules::fromJson(QJsonDocument::fromJson(st->text(2).toUtf8()).object());
    p.rules = rules ? rules.value() : Core::KpiRules::defaults();
    const QJsonArray rows = QJsonDocument::fromJson(st->text(3).toUtf8()).array();
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        FigureRow row{o.value("key").toString(),
                      o.value("name").toString(),
                      Core::figuresFromJson(o.value("counts").toObject()),
                      {}};
        row.evaluation = evaluationFor(scope, row.figures, p.rules);
        p.rows << row;
    }
    return std::optional<PublishedFigures>(std::move(p));
}

} // namespace Cc::Cases

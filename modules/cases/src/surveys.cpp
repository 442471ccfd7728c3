// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/cases/surveys.h>

#include <cc/core/uuid.h>
#include <cc/storage/repositories.h>

#include "casestr.h"
#include "roleholder.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace Cc::Cases {

namespace {

QString nowUtc()
{
    return Storage::isoUtc(QDateTime::currentDateTimeUtc());
}

/// The stored counts of one item of a task as the hub exchanges them; none yet: nothing.
Result<std::optional<QJsonObject>> resultRow(Storage::Statement &byTaskAndItem,
                                             Storage::OutboxRepository &outbox,
                                             const QString &taskId, const QString &itemId)
{
    byTaskAndItem.reset();
    byTaskAndItem.bindText(1, taskId).bindText(2, itemId);
    auto found = byTaskAndItem.step();
    if (!found)
        return found.error();
    if (!found.value())
        return std::optional<QJsonObject>();
    const QString id = byTaskAndItem.text(0);
    byTaskAndItem.reset();
    return outbox.rowJson(QStringLiteral("survey_result"), id);
}

Result<void> mayAssign(Storage::Database &db, const QString &login, Core::Role role)
{
    if (!CampaignStore::mayDefine(role))
        return makeError("survey.forbidden-role",
                         Tr::tr("Only a shift leader or an administrator may define survey items "
                                "and give survey tasks."));
    if (auto who = roleHolder(db, login, role); !who)
        return who.error();
    return {};
}

/// The number of rows the query (one parameter) counts.
Result<qint64> countOf(Storage::Database &db, const char *sql, const QString &param)
{
    auto st = db.prepare(QString::fromLatin1(sql));
    if (!st)
        return st.error();
    st->bindText(1, param);
    auto row = st->step();
    if (!row)
        return row.error();
    return st->integer(0);
}

} // namespace

Result<void> SurveyStore::checkItems(const QStringList &names)
{
    QSet<QString> seen;
    for (const QString &name : names) {
        if (name.isEmpty() || name.size() > kMaxSurveyItemChars || seen.contains(name))
            return makeError("survey.bad-item",
                             Tr::tr("Survey items need distinct names of 1 to %1 characters "
                                    "(“%2”).")
                                 .arg(kMaxSurveyItemChars)
                                 .arg(name.left(kMaxSurveyItemChars + 1)));
        seen.insert(name);
    }
    if (names.isEmpty() || names.size() > kMaxSurveyItems)
        return makeError("survey.bad-item",
                         Tr::tr("A survey counts 1 to %1 items.").arg(kMaxSurveyItems));
    return {};
}

namespace {

/// Whether a unit grid lies in a campaign's listed area (by its own, its community's, its
/// responsibility grid's or its street's code); with a drawn area any grid may hold a part.
bool gridInArea(const Campaign &c, const QString &grid, const QString &community,
                const QString &responsibility, const QString &street)
{
    return !c.polygon.isEmpty() || c.gridCodes.contains(grid)
           || c.communityCodes.contains(community) || c.responsibilityCodes.contains(responsibility)
           || c.streetCodes.contains(street);
}

constexpr const char *kGridPlaces
    = "SELECT g.code, g.community_code, g.responsibility_code, ifnull(m.street_code, '') "
      "FROM grid_unit g LEFT JOIN community m ON m.code = g.community_code";

constexpr const char *kTaskColumns
    = "t.id, t.campaign_id, t.grid_code, u.login, u.display_name, t.created_at "
      "FROM survey_task t LEFT JOIN app_user u ON u.id = t.collector_id";

SurveyTask taskFrom(const Storage::Statement &st)
{
    return {st.text(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5)};
}

} // namespace

bool SurveyReport::Row::complete() const
{
    return !counts.isEmpty() && std::all_of(counts.cbegin(), counts.cend(), [](const auto &c) {
        return c.has_value();
    });
}

int SurveyReport::completeTasks() const
{
    return int(
        std::count_if(tasks.cbegin(), tasks.cend(), [](const Row &r) { return r.complete(); }));
}

SurveyStore::SurveyStore(Storage::Database &db, const Core::CategoryDictionary &categories,
                         const Core::WorkCalendar &calendar)
    : m_db(db)
    , m_campaigns(db, categories, calendar)
{}

Result<QList<std::pair<QString, QString>>> SurveyStore::itemRows(const QString &campaignId)
{
    auto st = m_db.prepare(QStringLiteral(
        "SELECT id, name FROM survey_item WHERE campaign_id = ?1 ORDER BY position"));
    if (!st)
        return st.error();
    st->bindText(1, campaignId);
    QList<std::pair<QString, QString>> rows;
    if (auto r = Storage::forEachRow(*st,
                                     [&](Storage::Statement &s) {
                                         rows.append({s.text(0), s.text(1)});
                                     });
        !r)
        return r.error();
    return rows;
}

Result<QStringList> SurveyStore::setItems(const QString &campaign, const QStringList &names,
                                          const QString &login, Core::Role role)
{
    if (auto r = mayAssign(m_db, login, role); !r)
        return r.error();
    auto c = m_campaigns.find(campaign);
    if (!c)
        return c.error();
    QStringList trimmed;
    for (const QString &n : names)
        trimmed << n.trimmed();
    if (auto r = checkItems(trimmed); !r)
        return r.error();
    auto results = countOf(m_db,
                           "SELECT count(*) FROM survey_result r JOIN survey_task t ON t.id = "
                           "r.task_id WHERE t.campaign_id = ?1",
                           c->id);
    if (!results)
        return results.error();
    if (results.value() > 0)
        return makeError("survey.items-locked",
                         Tr::tr("Collectors have submitted counts for “%1” already: its items "
                                "stay as they are.")
                             .arg(c->name));
    auto who = roleHolder(m_db, login, role);
    auto before = itemRows(c->id);
    if (!who || !before)
        return !who ? who.error() : before.error();
    Storage::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    // The hub replaces the list as this transaction does: the old rows' deletes and the new
    // rows' inserts, all or none (hub schema 6).
    Storage::OutboxRepository outbox(m_db);
    outbox.beginGroup();
    QList<std::pair<QString, QJsonObject>> gone;
    for (const auto &[id, name] : before.value()) {
        auto base = outbox.rowJson(QStringLiteral("survey_item"), id);
        if (!base)
            return base.error();
        if (base.value())
            gone.append({id, *base.value()});
    }
    auto drop = m_db.prepare(QStringLiteral("DELETE FROM survey_item WHERE campaign_id = ?1"));
    auto insert = m_db.prepare(QStringLiteral(
        "INSERT INTO survey_item (id, campaign_id, name, position, created_at, updated_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?5)"));
    if (!drop || !insert)
        return !drop ? drop.error() : insert.error();
    drop->bindText(1, c->id);
    if (auto r = drop->exec(); !r)
        return r.error();
    for (const auto &[id, base] : gone) {
        if (auto r = outbox.appendRowChange(QStringLiteral("survey_item"), id,
                                            QStringLiteral("delete"), base, who->userId);
            !r)
            return r.error();
    }
    const QString now = nowUtc();
    for (int i = 0; i < trimmed.size(); ++i) {
        const QString id = Core::uuidText(Core::makeUuidV7());
        insert->reset();
        insert->bindText(1, id).bindText(2, c->id);
        insert->bindText(3, trimmed[i]).bindInt(4, i).bindText(5, now);
        if (auto r = insert->exec(); !r)
            return r.error();
        if (auto r = outbox.appendRowChange(QStringLiteral("survey_item"), id,
                                            QStringLiteral("insert"), std::nullopt, who->userId);
            !r)
            return r.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return trimmed;
}

Result<QStringList> SurveyStore::items(const QString &campaign)
{
    auto c = m_campaigns.find(campaign);
    if (!c)
        return c.error();
    auto rows = itemRows(c->id);
    if (!rows)
        return rows.error();
    QStringList names;
    for (const auto &[id, name] : rows.value())
        names << name;
    return names;
}

Result<void> SurveyStore::checkGridInArea(const Campaign &c, const QString &gridCode)
{
    auto st = m_db.prepare(
        QStringLiteral("%1 WHERE g.code = ?1").arg(QString::fromLatin1(kGridPlaces)));
    if (!st)
        return st.error();
    st->bindText(1, gridCode);
    auto row = st->step();
    if (!row)
        return row.error();
    if (!row.value())
        return makeError("survey.unknown-grid",
                         Tr::tr("There is no unit grid “%1”.").arg(gridCode.left(40)));
    if (gridInArea(c, gridCode, st->text(1), st->text(2), st->text(3)))
        return {};
    return makeError("survey.grid-outside",
                     Tr::tr("Grid %1 is not in the area of “%2”.").arg(gridCode, c.name));
}

Result<SurveyTask> SurveyStore::addTask(const QString &campaign, const QString &gridCode,
                                        const QString &collectorLogin, const QString &login,
                                        Core::Role role)
{
    if (auto r = mayAssign(m_db, login, role); !r)
        return r.error();
    auto assigner = roleHolder(m_db, login, role);
    auto c = m_campaigns.find(campaign);
    if (!c)
        return c.error();
    auto items = itemRows(c->id);
    if (!items || !assigner)
        return !items ? items.error() : assigner.error();
    if (items->isEmpty())
        return makeError("survey.not-a-survey",
                         Tr::tr("“%1” counts no survey items: define them first.").arg(c->name));
    if (auto r = checkGridInArea(c.value(), gridCode.trimmed()); !r)
        return r.error();
    auto collector = roleHolder(m_db, collectorLogin.trimmed(), Core::Role::Collector);
    if (!collector)
        return makeError("survey.not-collector",
                         Tr::tr("“%1” is not an active collector.").arg(collectorLogin.left(80)));
    SurveyTask task{Core::uuidText(Core::makeUuidV7()),
                    c->id,
                    gridCode.trimmed(),
                    collectorLogin.trimmed(),
                    collector->displayName,
                    nowUtc()};
    Storage::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    auto st = m_db.prepare(QStringLiteral(
        "INSERT INTO survey_task (id, campaign_id, grid_code, collector_id, assigned_by, "
        "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6) "
        "ON CONFLICT (campaign_id, grid_code) DO NOTHING"));
    if (!st)
        return st.error();
    st->bindText(1, task.id).bindText(2, task.campaignId).bindText(3, task.gridCode);
    st->bindText(4, collector->userId).bindText(5, assigner->userId).bindText(6, task.createdAt);
    if (auto r = st->exec(); !r)
        return r.error();
    if (m_db.changes() == 0)
        return makeError("survey.duplicate-task",
                         Tr::tr("Grid %1 has a survey task of “%2” already.")
                             .arg(task.gridCode, c->name));
    // To the hub with the same transaction (hub schema 6 checks it again).
    if (auto r = Storage::OutboxRepository(m_db).appendRowChange(QStringLiteral("survey_task"),
                                                                 task.id, QStringLiteral("insert"),
                                                                 std::nullopt, assigner->userId);
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return task;
}

Result<QStringList> SurveyStore::gridsInArea(const QString &campaign)
{
    auto c = m_campaigns.find(campaign);
    if (!c)
        return c.error();
    auto st = m_db.prepare(
        QStringLiteral("%1 ORDER BY g.code").arg(QString::fromLatin1(kGridPlaces)));
    if (!st)
        return st.error();
    QStringList grids;
    auto read = Storage::forEachRow(*st, [&](Storage::Statement &s) {
        if (gridInArea(c.value(), s.text(0), s.text(1), s.text(2), s.text(3)))
            grids << s.text(0);
    });
    if (!read)
        return read.error();
    return grids;
}

Result<QList<SurveyTask>> SurveyStore::tasks(const QString &campaign, const QString &collectorLogin)
{
    auto c = m_campaigns.find(campaign);
    if (!c)
        return c.error();
    auto st = m_db.prepare(
        QStringLiteral("SELECT %1 WHERE t.campaign_id = ?1 AND (?2 = '' OR u.login = ?2) "
                       "ORDER BY t.grid_code")
            .arg(QString::fromLatin1(kTaskColumns)));
    if (!st)
        return st.error();
    st->bindText(1, c->id).bindText(2, collectorLogin);
    QList<SurveyTask> list;
    if (auto r = Storage::forEachRow(*st, [&](Storage::Statement &s) { list << taskFrom(s); }); !r)
        return r.error();
    return list;
}

Result<void> SurveyStore::checkCounts(const SurveySubmission &s, const Campaign &c,
                                      const QDate &today)
{
    if (s.counts.isEmpty())
        return makeError("survey.no-counts", Tr::tr("Give the counts of at least one item."));
    QSet<QString> seen;
    for (const SurveyCount &count : s.counts) {
        if (count.checked < 0 || count.problems < 0 || count.checked > kMaxSurveyCount
            || count.problems > count.checked || seen.contains(count.item))
            return makeError("survey.bad-count",
                             Tr::tr("%1: counts are whole numbers from 0 to %2, the problems "
                                    "found at most the number checked, each item once.")
                                 .arg(count.item.left(kMaxSurveyItemChars))
                                 .arg(kMaxSurveyCount));
        seen.insert(count.item);
    }
    if (!s.surveyedOn.isValid() || s.surveyedOn < c.startsOn || s.surveyedOn > c.endsOn
        || s.surveyedOn > today)
        return makeError("survey.out-of-period",
                         Tr::tr("The survey day must lie within %1 – %2 and not after today.")
                             .arg(c.startsOn.toString(Qt::ISODate),
                                  c.endsOn.toString(Qt::ISODate)));
    if (s.note.size() > kMaxSurveyNoteChars)
        return makeError("survey.bad-note",
                         Tr::tr("A note has at most %1 characters.").arg(kMaxSurveyNoteChars));
    return {};
}

Result<void> SurveyStore::submit(const SurveySubmission &s, const QString &login, Core::Role role,
                                 const QDate &today)
{
    if (role != Core::Role::Collector)
        return makeError("survey.forbidden-role",
                         Tr::tr(
                             "Only the collector a survey task is given to submits its counts."));
    auto who = roleHolder(m_db, login, role);
    if (!who)
        return who.error();
    auto task = m_db.prepare(
        QStringLiteral("SELECT campaign_id, collector_id FROM survey_task WHERE id = ?1"));
    if (!task)
        return task.error();
    task->bindText(1, s.taskId.trimmed());
    if (auto row = task->step(); !row || !row.value())
        return !row ? row.error()
                    : makeError("survey.unknown-task",
                                Tr::tr("There is no survey task “%1”.").arg(s.taskId.left(40)));
    if (task->text(1) != who->userId)
        return makeError("survey.not-assigned",
                         Tr::tr("This survey task is given to another collector."));
    auto c = m_campaigns.find(task->text(0));
    if (!c)
        return c.error();
    if (auto r = checkCounts(s, c.value(), today); !r)
        return r;
    auto items = itemRows(c->id);
    if (!items)
        return items.error();
    QHash<QString, QString> itemIds;
    for (const auto &[id, name] : items.value())
        itemIds.insert(name, id);
    Storage::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    auto st = m_db.prepare(QStringLiteral(
        "INSERT INTO survey_result (id, task_id, item_id, checked, problems, surveyed_on, note, "
        "submitted_by, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9) "
        "ON CONFLICT (task_id, item_id) DO UPDATE SET checked = excluded.checked, "
        "problems = excluded.problems, surveyed_on = excluded.surveyed_on, note = excluded.note, "
        "submitted_by = excluded.submitted_by, updated_at = excluded.updated_at"));
    if (!st)
        return st.error();
    // The submission reaches the hub whole or not at all, like this transaction.
    Storage::OutboxRepository outbox(m_db);
    outbox.beginGroup();
    auto existing = m_db.prepare(
        QStringLiteral("SELECT id FROM survey_result WHERE task_id = ?1 AND item_id = ?2"));
    if (!existing)
        return existing.error();
    const QString now = nowUtc();
    for (const SurveyCount &count : s.counts) {
        const QString itemId = itemIds.value(count.item.trimmed());
        if (itemId.isEmpty())
            return makeError("survey.unknown-item",
                             Tr::tr("“%1” is not an item of “%2”.")
                                 .arg(count.item.left(kMaxSurveyItemChars), c->name));
        auto base = resultRow(*existing, outbox, s.taskId.trimmed(), itemId);
        if (!base)
            return base.error();
        st->reset();
        st->bindText(1, Core::uuidText(Core::makeUuidV7())).bindText(2, s.taskId.trimmed());
        st->bindText(3, itemId).bindInt(4, count.checked).bindInt(5, count.problems);
        st->bindText(6, s.surveyedOn.toString(Qt::ISODate)).bindText(7, s.note);
        st->bindText(8, who->userId).bindText(9, now);
        if (auto r = st->exec(); !r)
            return r;
        auto after = resultRow(*existing, outbox, s.taskId.trimmed(), itemId);
        if (!after || !after.value())
            return !after
                       ? after.error()
                       : makeError("survey.not-stored",
                                   Tr::tr("The counts of “%1” were not stored.").arg(count.item));
        const QString id = after.value()->value(QStringLiteral("id")).toString();
        if (auto r = outbox.appendRowChange(QStringLiteral("survey_result"), id,
                                            base.value() ? QStringLiteral("update")
                                                         : QStringLiteral("insert"),
                                            base.value(), who->userId);
            !r)
            return r.error();
    }
    return tx.commit();
}

Result<SurveyReport> SurveyStore::report(const QString &campaign)
{
    SurveyReport report;
    auto c = m_campaigns.find(campaign);
    if (!c)
        return c.error();
    report.campaign = c.value();
    auto items = itemRows(c->id);
    auto tasks = this->tasks(c->id);
    if (!items || !tasks)
        return !items ? items.error() : tasks.error();
    QHash<QString, int> column;
    for (const auto &[id, name] : items.value()) {
        column.insert(id, int(report.items.size()));
        report.items << name;
        report.totals.append({name, 0, 0});
    }
    QHash<QString, int> rowOf;
    for (const SurveyTask &t : tasks.value()) {
        rowOf.insert(t.id, int(report.tasks.size()));
        report.tasks.append({t, QList<std::optional<SurveyCount>>(report.items.size()), {}});
    }
    auto st = m_db.prepare(QStringLiteral(
        "SELECT r.task_id, r.item_id, r.checked, r.problems, r.surveyed_on FROM survey_result r "
        "JOIN survey_task t ON t.id = r.task_id WHERE t.campaign_id = ?1"));
    if (!st)
        return st.error();
    st->bindText(1, c->id);
    auto read = Storage::forEachRow(*st, [&](Storage::Statement &s) {
        const int row = rowOf.value(s.text(0), -1), col = column.value(s.text(1), -1);
        if (row < 0 || col < 0)
            return;
        SurveyReport::Row &r = report.tasks[row];
        r.counts[col] = SurveyCount{report.items[col], s.integer(2), s.integer(3)};
        r.lastSurveyedOn = std::max(r.lastSurveyedOn, QDate::fromString(s.text(4), Qt::ISODate));
        report.totals[col].checked += s.integer(2);
        report.totals[col].problems += s.integer(3);
    });
    if (!read)
        return read.error();
    return report;
}

} // namespace Cc::Cases

// SPDX-License-Identifier: GPL-3.0-or-later
// The tables of hub schema 6 (campaigns, survey items, tasks and results, published figures;
// docs/hub.md) and 8 (configuration versions, docs/config.md) as they arrive from the hub.
#include "localapply.h"

namespace Cc::Sync::Internal {

namespace {

/// What else makes a row unique besides its id (the local tables' UNIQUE constraints).
const QHash<QString, QStringList> &naturalKeys()
{
    static const QHash<QString, QStringList> keys{
        {QStringLiteral("campaign"), {QStringLiteral("name")}},
        {QStringLiteral("survey_item"), {QStringLiteral("campaign_id"), QStringLiteral("name")}},
        {QStringLiteral("survey_task"),
         {QStringLiteral("campaign_id"), QStringLiteral("grid_code")}},
        {QStringLiteral("survey_result"), {QStringLiteral("task_id"), QStringLiteral("item_id")}},
        {QStringLiteral("kpi_publication"),
         {QStringLiteral("first_day"), QStringLiteral("last_day"), QStringLiteral("scope")}},
        // hub schema 8: a version number is the hub's (docs/config.md)
        {QStringLiteral("config_version"), {QStringLiteral("version")}}};
    return keys;
}

} // namespace

bool LocalApplier::hasNaturalKey(const QString &entity)
{
    return naturalKeys().contains(entity);
}

Result<void> LocalApplier::applyKeyed(const QString &entity, const QJsonObject &row)
{
    // A local row with the hub row's natural key but another id lost a race on the hub (two
    // workstations named a campaign alike offline, a collector's counts submitted twice): the
    // hub's row replaces it. Published figures are never updated in place: the hub's copy
    // replaces the local one whole, under the sync rewind (migration 0023).
    const bool writtenOnce = entity == QLatin1String("kpi_publication")
                             || entity == QLatin1String("config_version");
    const QStringList keys = naturalKeys().value(entity);
    QStringList where;
    for (int i = 0; i < keys.size(); ++i)
        where << QStringLiteral("%1 = ?%2").arg(keys[i]).arg(i + 1);
    const QString sameKey = where.join(QStringLiteral(" AND "));
    const QString sql = writtenOnce ? QStringLiteral("DELETE FROM %1 WHERE (%2) OR id = ?%3")
                                    : QStringLiteral("DELETE FROM %1 WHERE %2 AND id IS NOT ?%3");
    const auto write = [&]() -> Result<void> {
        auto st = m_db.prepare(sql.arg(entity, sameKey).arg(keys.size() + 1));
        if (!st)
            return st.error();
        for (int i = 0; i < keys.size(); ++i)
            st.value().bindText(i + 1, row.value(keys[i]).toString());
        st.value().bindText(int(keys.size()) + 1, row.value(QStringLiteral("id")).toString());
        if (auto r = st.value().exec(); !r)
            return r;
        if (entity == QLatin1String("campaign") && m_db.changes() > 0) {
            // The tags of a campaign that went are stale (the report retags the new one).
            auto orphans = m_db.exec(QStringLiteral(
                "DELETE FROM campaign_case WHERE campaign_id NOT IN (SELECT id FROM campaign)"));
            if (!orphans)
                return orphans;
        }
        return upsert(entity, row, QStringLiteral("id"), writtenOnce);
    };
    return writtenOnce ? whileRewinding(write) : write();
}

} // namespace Cc::Sync::Internal

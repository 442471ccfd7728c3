// SPDX-License-Identifier: GPL-3.0-or-later
#include "hotspotread.h"

#include <cc/core/casestatemachine.h>
#include <cc/storage/geometry.h>

namespace Cc::Cases {

QString countedStates()
{
    return QStringLiteral("state NOT IN ('%1', '%2')")
        .arg(Core::stateId(Core::CaseState::Rejected), Core::stateId(Core::CaseState::Cancelled));
}

bool isKnownCategoryFilter(const QString &filter, const Core::CategoryDictionary &categories)
{
    const qsizetype colon = filter.indexOf(QLatin1Char(':'));
    const Core::CaseKind kind = Core::kindFromId(colon < 0 ? QStringView(filter) : QStringView(filter).left(colon));
    // kindFromId also takes 部件/事件, but keys are stored with the ids: only those match rows.
    if (kind == Core::CaseKind::Invalid || Core::kindId(kind) != (colon < 0 ? filter : filter.left(colon)))
        return false;
    if (colon < 0)
        return true;
    const QString code = filter.mid(colon + 1);
    if (code.size() == 4)
        return categories.find(kind, code) != nullptr;
    if (code.size() != 2)
        return false;
    const QList<Core::MajorCategory> majors = categories.majors(kind);
    return std::any_of(majors.begin(), majors.end(), [&code](const Core::MajorCategory &m) { return m.code == code; });
}

Result<void> readReports(Storage::Database &db, const QDateTime &from, const QDateTime &to, const QString &category,
                         const std::function<void(const ReportRow &)> &each, bool withCategory)
{
    // Every column comes from case_record_for_hotspots: no table row is read. julianday()
    // turns the stored ISO text into a number in SQLite's C, far cheaper than in Qt.
    QString sql = QStringLiteral(
        "SELECT fid, category_key, CAST(round((julianday(reported_at) - 2440587.5) * 86400000.0) AS INTEGER), geom "
        "FROM case_record INDEXED BY case_record_for_hotspots "
        "WHERE reported_at >= ?1 AND reported_at < ?2 AND %1")
                      .arg(countedStates());
    if (!category.isEmpty())
        sql += QStringLiteral(" AND substr(category_key, 1, length(?3)) = ?3");
    auto st = db.prepare(sql);
    if (!st)
        return st.error();
    st->bindText(1, Storage::isoUtc(from));
    st->bindText(2, Storage::isoUtc(to));
    if (!category.isEmpty())
        st->bindText(3, category);
    ReportRow row;
    return Storage::forEachRow(st.value(), [&](const Storage::Statement &s) {
        row.fid = s.integer(0);
        if (withCategory)
            row.categoryKey = s.text(1);
        row.reportedMs = s.integer(2);
        row.pos = QPointF(qQNaN(), qQNaN());
        if (!s.isNull(3)) {
            if (auto p = Storage::Gpkg::decodePoint(s.blob(3)))
                row.pos = p.value();
        }
        each(row);
    });
}

} // namespace Cc::Cases

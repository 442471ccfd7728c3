// SPDX-License-Identifier: GPL-3.0-or-later
#include "hotspotread.h"

#include <cc/core/casestatemachine.h>
#include <cc/storage/geometry.h>

#include <algorithm>

namespace Cc::Cases {

QString countedStates()
{
    return QStringLiteral("state NOT IN ('%1', '%2')")
        .arg(Core::stateId(Core::CaseState::Rejected), Core::stateId(Core::CaseState::Cancelled));
}

bool isKnownCategoryFilter(const QString &filter, const Core::CategoryDictionary &categories)
{
    const qsizetype colon = filter.indexOf(QLatin1Char(':'));
    const QString kindText = colon < 0 ? filter : filter.left(colon);
    const Core::CaseKind kind = Core::kindFromId(kindText);
    // kindFromId also takes 部件/事件, but keys are stored with the ids: only those match rows.
    if (kind == Core::CaseKind::Invalid || Core::kindId(kind) != kindText)
        return false;
    if (colon < 0)
        return true;
    const QString code = filter.mid(colon + 1);
    if (code.size() == 4)
        return categories.find(kind, code) != nullptr;
    if (code.size() != 2)
        return false;
    const QList<Core::MajorCategory> majors = categories.majors(kind);
    return std::any_of(majors.begin(), majors.end(),
                       [&code](const Core::MajorCategory &m) { return m.code == code; });
}

ReadTransaction::ReadTransaction(Storage::Database &db)
    : m_db(db)
    , m_active(db.exec(QStringLiteral("SAVEPOINT hotspot_read")).ok())
{}

ReadTransaction::~ReadTransaction()
{
    if (m_active)
        (void) m_db.exec(QStringLiteral("RELEASE hotspot_read"));
}

qint64 storedMs(QByteArrayView iso)
{
    const auto digits = [&iso](int at, int n) {
        int v = 0;
        for (int i = at; i < at + n; ++i) {
            const char c = iso[i];
            if (c < '0' || c > '9')
                return -1;
            v = v * 10 + (c - '0');
        }
        return v;
    };
    if (iso.size() == 24 && iso[4] == '-' && iso[7] == '-' && iso[10] == 'T' && iso[13] == ':'
        && iso[16] == ':' && iso[19] == '.' && iso[23] == 'Z') {
        const int y = digits(0, 4), mo = digits(5, 2), d = digits(8, 2), h = digits(11, 2),
                  mi = digits(14, 2), s = digits(17, 2), ms = digits(20, 3);
        if (y >= 0 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h >= 0 && mi >= 0 && s >= 0
            && ms >= 0) {
            // Days from the civil date (H. Hinnant's algorithm).
            const int yy = y - (mo <= 2);
            const int era = yy / 400;
            const int yoe = yy - era * 400;
            const int doy = (153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5 + d - 1;
            const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
            const qint64 days = qint64(era) * 146097 + doe - 719468;
            return ((days * 24 + h) * 60 + mi) * 60000LL + s * 1000LL + ms;
        }
    }
    return Storage::fromIsoUtc(QString::fromUtf8(iso)).toMSecsSinceEpoch();
}

Result<void> readReports(Storage::Database &db, const QDateTime &from, const QDateTime &to,
                         const QString &category, bool withKeys,
                         const std::function<void(const ReportView &)> &each)
{
    // Every column comes from case_record_for_hotspots: no table row is read.
    QString sql = QStringLiteral("SELECT geom, fid, category_key, reported_at "
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
    ReportView row;
    return Storage::forEachRow(st.value(), [&](const Storage::Statement &s) {
        row.pos = QPointF(qQNaN(), qQNaN());
        const QByteArrayView geom = s.blobView(0);
        if (!geom.isEmpty()) {
            if (auto p = Storage::Gpkg::decodePoint(
                    QByteArray::fromRawData(geom.data(), geom.size())))
                row.pos = p.value();
        }
        if (withKeys) {
            row.fid = s.integer(1);
            row.categoryKey = s.utf8View(2);
            row.reportedAt = s.utf8View(3);
        }
        each(row);
    });
}

} // namespace Cc::Cases

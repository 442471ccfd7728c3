// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/storage/repositories.h>

#include <cc/storage/fulltext.h>

#include "storage_p.h"

#include <QCoreApplication>
#include <QSet>

#include <iterator>

namespace Cc::Storage {

using namespace Internal;

// ------------------------------------------------------------------------------ case

namespace {

// One list drives INSERT, UPDATE and SELECT so the three can never disagree on the order.
constexpr const char *kCaseColumns[] = {"id",
                                        "number",
                                        "channel",
                                        "kind",
                                        "category_key",
                                        "level",
                                        "description",
                                        "address",
                                        "component_code",
                                        "grid_code",
                                        "responsibility_code",
                                        "community_code",
                                        "reporter",
                                        "state",
                                        "resume_state",
                                        "department_id",
                                        "stage",
                                        "stage_started_at",
                                        "stage_deadline",
                                        "disposal_deadline",
                                        "reported_at",
                                        "filed_at",
                                        "dispatched_at",
                                        "disposed_at",
                                        "closed_at",
                                        "closed_in_time",
                                        "hung",
                                        "rework_count",
                                        "dispatch_count",
                                        "postpone_count",
                                        "supervise_count",
                                        "urge_count",
                                        "created_by",
                                        "version",
                                        "updated_at",
                                        "geom"};
constexpr int kCaseColumnCount = int(std::size(kCaseColumns));

QString caseColumnList()
{
    QStringList names;
    for (const char *c : kCaseColumns)
        names.append(QString::fromLatin1(c));
    return names.join(QStringLiteral(", "));
}

/// Binds the columns in kCaseColumns order starting at parameter 1.
void bindCase(Statement &s, const CaseRow &row)
{
    int i = 1;
    for (const QString *text :
         {&row.id, &row.number, &row.channel, &row.kind, &row.categoryKey, &row.level,
          &row.description, &row.address, &row.componentCode, &row.gridCode,
          &row.responsibilityCode, &row.communityCode, &row.reporter, &row.state, &row.resumeState})
        s.bindText(i++, *text);
    bindOptionalText(s, i++, row.departmentId);
    s.bindText(i++, row.stage);
    for (const QDateTime *time :
         {&row.stageStartedAt, &row.stageDeadline, &row.disposalDeadline, &row.reportedAt,
          &row.filedAt, &row.dispatchedAt, &row.disposedAt, &row.closedAt})
        bindTime(s, i++, *time);
    bindOptionalBool(s, i++, row.closedInTime);
    s.bindInt(i++, row.hung ? 1 : 0);
    for (int count :
         {row.reworkCount, row.dispatchCount, row.postponeCount, row.superviseCount, row.urgeCount})
        s.bindInt(i++, count);
    s.bindText(i++, row.createdBy);
    s.bindInt(i++, row.version);
    // updated_at is bookkeeping: an unset value means "now" rather than a NOT NULL failure.
    s.bindText(i++, row.updatedAt.isValid() ? isoUtc(row.updatedAt) : nowIso());
    if (row.geom)
        s.bindBlob(i++, Gpkg::encodePoint(*row.geom));
    else
        s.bindNull(i++);
}

Result<CaseRow> readCase(const Statement &s)
{
    CaseRow row;
    int i = 0;
    for (QString *text : {&row.id, &row.number, &row.channel, &row.kind, &row.categoryKey,
                          &row.level, &row.description, &row.address, &row.componentCode,
                          &row.gridCode, &row.responsibilityCode, &row.communityCode, &row.reporter,
                          &row.state, &row.resumeState, &row.departmentId, &row.stage})
        *text = s.text(i++);
    for (QDateTime *time :
         {&row.stageStartedAt, &row.stageDeadline, &row.disposalDeadline, &row.reportedAt,
          &row.filedAt, &row.dispatchedAt, &row.disposedAt, &row.closedAt})
        *time = timeAt(s, i++);
    row.closedInTime = optionalBoolAt(s, i++);
    row.hung = s.integer(i++) != 0;
    for (int *count : {&row.reworkCount, &row.dispatchCount, &row.postponeCount,
                       &row.superviseCount, &row.urgeCount})
        *count = int(s.integer(i++));
    row.createdBy = s.text(i++);
    row.version = int(s.integer(i++));
    row.updatedAt = timeAt(s, i++);
    if (!s.isNull(i)) {
        auto point = Gpkg::decodePoint(s.blob(i));
        if (!point)
            return point.error();
        row.geom = point.value();
    }
    return row;
}

Result<std::optional<CaseRow>> oneCase(Database &db, const char *column, const QString &value)
{
    auto st = db.prepare(QStringLiteral("SELECT %1 FROM case_record WHERE %2 = ?")
                             .arg(caseColumnList(), QLatin1String(column)));
    if (!st)
        return st.error();
    st.value().bindText(1, value);
    auto r = st.value().step();
    if (!r)
        return r.error();
    if (!r.value())
        return std::optional<CaseRow>{};
    auto row = readCase(st.value());
    if (!row)
        return row.error();
    return std::optional<CaseRow>(std::move(row).value());
}

} // namespace

Result<void> CaseRepository::insert(const CaseRow &row)
{
    if (!m_insert) {
        QStringList params;
        for (int i = 1; i <= kCaseColumnCount; ++i)
            params.append(QStringLiteral("?%1").arg(i));
        auto st = m_db.prepare(QStringLiteral("INSERT INTO case_record (%1) VALUES (%2)")
                                   .arg(caseColumnList(), params.join(QStringLiteral(", "))));
        if (!st)
            return st.error();
        m_insert.emplace(std::move(st).value());
    }
    m_insert->reset();
    bindCase(*m_insert, row);
    return m_insert->exec();
}

Result<void> CaseRepository::insertFullText(qint64 fid, const QString &description,
                                            const QString &address)
{
    if (!m_insertFullText) {
        auto st = m_db.prepare(QStringLiteral(
            "INSERT INTO case_fts (rowid, description, address) VALUES (?1, ?2, ?3)"));
        if (!st)
            return st.error();
        m_insertFullText.emplace(std::move(st).value());
    }
    m_insertFullText->reset();
    m_insertFullText->bindInt(1, fid)
        .bindText(2, ftsTokens(description))
        .bindText(3, ftsTokens(address));
    return m_insertFullText->exec();
}

Result<void> CaseRepository::update(const CaseRow &row)
{
    if (!m_update) {
        // Parameters 1..N are the columns (?1 = id in the WHERE), N+1 the expected version.
        // Only the workflow's columns are written: the report itself (place, category, text,
        // geometry) never changes through an action, and leaving those columns out of the SET
        // spares SQLite rewriting their indexes and the R-tree triggers on every action.
        static const QSet<QLatin1String> immutable = {QLatin1String("number"),
                                                      QLatin1String("channel"),
                                                      QLatin1String("kind"),
                                                      QLatin1String("category_key"),
                                                      QLatin1String("level"),
                                                      QLatin1String("description"),
                                                      QLatin1String("address"),
                                                      QLatin1String("component_code"),
                                                      QLatin1String("grid_code"),
                                                      QLatin1String("responsibility_code"),
                                                      QLatin1String("community_code"),
                                                      QLatin1String("reporter"),
                                                      QLatin1String("reported_at"),
                                                      QLatin1String("created_by"),
                                                      QLatin1String("geom")};
        QStringList sets;
        for (int i = 1; i < kCaseColumnCount; ++i) {
            if (!immutable.contains(QLatin1String(kCaseColumns[i])))
                sets.append(
                    QStringLiteral("%1 = ?%2").arg(QLatin1String(kCaseColumns[i])).arg(i + 1));
        }
        auto st = m_db.prepare(QStringLiteral("UPDATE case_record SET %1 WHERE id = ?1 AND "
                                              "version = ?%2")
                                   .arg(sets.join(QStringLiteral(", ")))
                                   .arg(kCaseColumnCount + 1));
        if (!st)
            return st.error();
        m_update.emplace(std::move(st).value());
    }
    m_update->reset();
    bindCase(*m_update, row);
    m_update->bindInt(kCaseColumnCount + 1, row.version - 1);
    if (auto r = m_update->exec(); !r)
        return r;
    if (m_db.changes() == 0)
        return makeError(QStringLiteral("case.stale"),
                         QCoreApplication::translate(
                             "Cc::Storage",
                             "Case %1 was changed meanwhile (expected version %2). Reload it "
                             "and try again.")
                             .arg(row.number.isEmpty() ? row.id : row.number)
                             .arg(row.version - 1));
    return {};
}

Result<std::optional<CaseRow>> CaseRepository::find(const QString &id)
{
    return oneCase(m_db, "id", id);
}

Result<std::optional<CaseRow>> CaseRepository::findByNumber(const QString &number)
{
    return oneCase(m_db, "number", number);
}

Result<std::optional<std::pair<QString, QString>>> CaseRepository::renumbered(const QString &number)
{
    auto st = m_db.prepare(
        QStringLiteral("SELECT case_id, new_number FROM case_renumbered WHERE old_number = ?1"));
    if (!st)
        return st.error();
    st.value().bindText(1, number);
    auto r = st.value().step();
    if (!r)
        return r.error();
    if (!r.value())
        return std::optional<std::pair<QString, QString>>();
    return std::optional<std::pair<QString, QString>>(
        std::pair{st.value().text(0), st.value().text(1)});
}

Result<int> CaseRepository::maxNumberSequence(int year)
{
    // One probe of the index on (year prefix, sequence) (migration 39: the expressions must be
    // the index's own), and the numeric maximum so that a sequence past 999999 still counts.
    auto st = m_db.prepare(QStringLiteral(
        "SELECT coalesce(max(CAST(substr(number, 6) AS INTEGER)), 0) FROM case_record "
        "WHERE substr(number, 1, 5) = ?1"));
    if (!st)
        return st.error();
    st.value().bindText(1, QStringLiteral("%1-").arg(year, 4, 10, QLatin1Char('0')));
    auto r = st.value().step();
    if (!r)
        return r.error();
    return r.value() ? int(st.value().integer(0)) : 0;
}

// ------------------------------------------------------------------------------ case_event

Result<void> CaseEventRepository::append(const CaseEventRow &row)
{
    if (!m_insert) {
        auto st = m_db.prepare(QStringLiteral(
            "INSERT INTO case_event (id, case_id, seq, stage, action, from_state, to_state, "
            "actor_id, actor_name, role, department_id, at, deadline, in_time, used_minutes, "
            "note, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        if (!st)
            return st.error();
        m_insert.emplace(std::move(st).value());
    }
    Statement &s = *m_insert;
    s.reset();
    s.bindText(1, row.id).bindText(2, row.caseId).bindInt(3, row.seq).bindText(4, row.stage);
    s.bindText(5, row.action).bindText(6, row.fromState).bindText(7, row.toState);
    s.bindText(8, row.actorId).bindText(9, row.actorName).bindText(10, row.role);
    bindOptionalText(s, 11, row.departmentId);
    bindTime(s, 12, row.at);
    bindTime(s, 13, row.deadline);
    bindOptionalBool(s, 14, row.inTime);
    if (row.usedMinutes)
        s.bindInt(15, *row.usedMinutes);
    else
        s.bindNull(15);
    s.bindText(16, row.note);
    s.bindText(17, row.payload.isEmpty() ? QStringLiteral("{}") : row.payload);
    return s.exec();
}

Result<QList<CaseEventRow>> CaseEventRepository::forCase(const QString &caseId)
{
    auto st = m_db.prepare(QStringLiteral(
        "SELECT id, case_id, seq, stage, action, from_state, to_state, actor_id, actor_name, "
        "role, department_id, at, deadline, in_time, used_minutes, note, payload "
        "FROM case_event WHERE case_id = ? ORDER BY seq"));
    if (!st)
        return st.error();
    st.value().bindText(1, caseId);
    QList<CaseEventRow> rows;
    auto r = forEachRow(st.value(), [&rows](const Statement &s) {
        CaseEventRow row;
        row.id = s.text(0);
        row.caseId = s.text(1);
        row.seq = int(s.integer(2));
        row.stage = s.text(3);
        row.action = s.text(4);
        row.fromState = s.text(5);
        row.toState = s.text(6);
        row.actorId = s.text(7);
        row.actorName = s.text(8);
        row.role = s.text(9);
        row.departmentId = s.text(10);
        row.at = timeAt(s, 11);
        row.deadline = timeAt(s, 12);
        row.inTime = optionalBoolAt(s, 13);
        if (!s.isNull(14))
            row.usedMinutes = s.integer(14);
        row.note = s.text(15);
        row.payload = s.text(16);
        rows.append(std::move(row));
    });
    if (!r)
        return r.error();
    return rows;
}

// ------------------------------------------------------------------------------ attachment

Result<void> AttachmentRepository::insert(const AttachmentRow &row)
{
    auto st = m_db.prepare(QStringLiteral(
        "INSERT INTO attachment (id, case_id, event_id, kind, sha256, mime, file_name, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!st)
        return st.error();
    Statement &s = st.value();
    s.bindText(1, row.id).bindText(2, row.caseId);
    bindOptionalText(s, 3, row.eventId);
    s.bindText(4, row.kind).bindText(5, row.sha256).bindText(6, row.mime);
    s.bindText(7, row.fileName);
    s.bindText(8, row.createdAt.isValid() ? isoUtc(row.createdAt) : nowIso());
    return s.exec();
}

Result<bool> AttachmentRepository::putContent(const QString &sha256, const QByteArray &data)
{
    auto st = m_db.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO attachment_content (sha256, size, data) VALUES (?, ?, ?)"));
    if (!st)
        return st.error();
    st.value().bindText(1, sha256).bindInt(2, data.size()).bindBlob(3, data);
    if (auto r = st.value().exec(); !r)
        return r.error();
    return m_db.changes() > 0;
}

Result<std::optional<QByteArray>> AttachmentRepository::content(const QString &sha256)
{
    auto st = m_db.prepare(QStringLiteral("SELECT data FROM attachment_content WHERE sha256 = ?"));
    if (!st)
        return st.error();
    st.value().bindText(1, sha256);
    auto row = st.value().step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(st.value().blob(0));
}

Result<QList<AttachmentRow>> AttachmentRepository::forCase(const QString &caseId)
{
    auto st = m_db.prepare(
        QStringLiteral("SELECT id, case_id, event_id, kind, sha256, mime, file_name, created_at "
                       "FROM attachment WHERE case_id = ? ORDER BY created_at, rowid"));
    if (!st)
        return st.error();
    st.value().bindText(1, caseId);
    QList<AttachmentRow> rows;
    auto r = forEachRow(st.value(), [&rows](const Statement &s) {
        AttachmentRow row;
        row.id = s.text(0);
        row.caseId = s.text(1);
        row.eventId = s.text(2);
        row.kind = s.text(3);
        row.sha256 = s.text(4);
        row.mime = s.text(5);
        row.fileName = s.text(6);
        row.createdAt = timeAt(s, 7);
        rows.append(std::move(row));
    });
    if (!r)
        return r.error();
    return rows;
}

} // namespace Cc::Storage

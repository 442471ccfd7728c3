// SPDX-License-Identifier: GPL-3.0-or-later
// The published figures' fast path (Cases::countFigures: one read of the case records, the
// conditions in C++, several queries at once) against the straightforward statement of the
// same definitions (Cases::countFiguresBySql, docs/kpi.md) on a demo city run through the
// real state machine: every scope, periods long and short, whole days and odd hours, both
// due methods, every count of every row, times in the canonical shape and not. And the posts' valid reports (reports less those
// never filed nor self-disposed) against the direct count of filed or self-disposed reports.
#include <cc/cases/evaluation.h>
#include <cc/cases/kpifigures.h>
#include <cc/demogen/democity.h>
#include <cc/storage/database.h>

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Cc;
using Cases::FigureQuery;
using Cases::FigureRow;
using Cases::FigureScope;

Q_DECLARE_METATYPE(FigureScope)
Q_DECLARE_METATYPE(Core::DueMethod)

namespace {

const QTimeZone kZone("Asia/Shanghai");
const QDateTime kEnd(QDate(2026, 11, 23), QTime(18, 0), kZone);

QDateTime day(int y, int m, int d, int h = 0, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), kZone).toUTC();
}

/// Every member of the figures, named, so that a difference says which count it is.
QStringList differences(const Core::CaseFigures &a, const Core::CaseFigures &b)
{
    const std::pair<const char *, qint64 Core::CaseFigures::*> members[]
        = {{"reported", &Core::CaseFigures::reported},
           {"reportedFiled", &Core::CaseFigures::reportedFiled},
           {"filed", &Core::CaseFigures::filed},
           {"selfDisposed", &Core::CaseFigures::selfDisposed},
           {"dispatched", &Core::CaseFigures::dispatched},
           {"dispatchedOnce", &Core::CaseFigures::dispatchedOnce},
           {"disposalDue", &Core::CaseFigures::disposalDue},
           {"disposed", &Core::CaseFigures::disposed},
           {"disposedInTime", &Core::CaseFigures::disposedInTime},
           {"postponed", &Core::CaseFigures::postponed},
           {"due", &Core::CaseFigures::due},
           {"closed", &Core::CaseFigures::closed},
           {"closedInTime", &Core::CaseFigures::closedInTime},
           {"closedFirstTime", &Core::CaseFigures::closedFirstTime},
           {"closedReworked", &Core::CaseFigures::closedReworked},
           {"overdueOpen", &Core::CaseFigures::overdueOpen},
           {"hung", &Core::CaseFigures::hung},
           {"collectorFiled", &Core::CaseFigures::collectorFiled},
           {"publicFiled", &Core::CaseFigures::publicFiled},
           {"disposalMinutes", &Core::CaseFigures::disposalMinutes},
           {"disposalsTimed", &Core::CaseFigures::disposalsTimed},
           {"revisited", &Core::CaseFigures::revisited},
           {"satisfied", &Core::CaseFigures::satisfied}};
    QStringList diff;
    for (const auto &[name, member] : members) {
        if (a.*member != b.*member)
            diff << QStringLiteral("%1 %2 ≠ %3")
                        .arg(QLatin1String(name))
                        .arg(a.*member)
                        .arg(b.*member);
    }
    return diff;
}

/// The rows are the same keys, names, counts and scores.
void compareRows(const QList<FigureRow> &fast, const QList<FigureRow> &sql)
{
    QStringList fastKeys, sqlKeys;
    for (const FigureRow &r : fast)
        fastKeys << r.key;
    for (const FigureRow &r : sql)
        sqlKeys << r.key;
    QCOMPARE(fastKeys, sqlKeys);
    for (qsizetype i = 0; i < fast.size(); ++i) {
        QCOMPARE(fast[i].name, sql[i].name);
        const QStringList diff = differences(fast[i].figures, sql[i].figures);
        if (!diff.isEmpty())
            QFAIL(qPrintable(fast[i].key + QStringLiteral(": ") + diff.join(QStringLiteral(", "))));
        QCOMPARE(fast[i].evaluation.hasScore, sql[i].evaluation.hasScore);
        QCOMPARE(fast[i].evaluation.score, sql[i].evaluation.score);
    }
}

} // namespace

class TestKpiFastPath : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;

    FigureQuery query(FigureScope scope, const QDateTime &from, const QDateTime &to,
                      Core::DueMethod method) const
    {
        FigureQuery q;
        q.scope = scope;
        q.from = from;
        q.to = to;
        q.now = kEnd.toUTC();
        q.rules.dueMethod = method;
        return q;
    }

private slots:
    void initTestCase()
    {
        auto db = Storage::Database::open(m_dir.filePath(QStringLiteral("city.gpkg")),
                                          Storage::Database::OpenMode::Create);
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        m_db = std::move(db.value());
        Demo::DemoOptions options;
        options.cases = 1500;
        options.components = 500;
        options.end = kEnd;
        auto city = Demo::writeDemoCity(*m_db, options);
        QVERIFY2(city, city ? "" : qPrintable(city.error().message));
        // Times written by hand or by another tool, not in isoUtc's shape: the fast path
        // compares those rows as text, as SQL does.
        QVERIFY(m_db->exec(QStringLiteral(
            "UPDATE case_record SET closed_at = substr(closed_at, 1, 19) || 'Z' "
            "WHERE fid % 7 = 0 AND closed_at IS NOT NULL; "
            "UPDATE case_record SET disposal_deadline = replace(disposal_deadline, 'T', ' ') "
            "WHERE fid % 11 = 0 AND disposal_deadline IS NOT NULL")));
        // A result dated before its case was reported (imported so): the pass does not read
        // that case for the period, its result still counts under the case's key.
        QVERIFY(m_db->exec(QStringLiteral(
            "INSERT INTO case_event (id, case_id, seq, stage, action, to_state, actor_id, role, "
            "at, used_minutes) SELECT 'early-result', id, 999, 'disposal', 'feedback', 'disposed', "
            "created_by, 'department', '2026-03-05T02:00:00.000Z', 77 FROM case_record "
            "WHERE reported_at >= '2026-06-01' ORDER BY reported_at LIMIT 1")));
        // The city has what the counts tell apart.
        QVERIFY(m_db->rowCount(QStringLiteral("case_revisit")) > 0);
        for (const char *where :
             {"filed_at IS NULL", "hung = 1", "length(closed_at) = 20",
              "disposal_deadline LIKE '% %'", "state = 'cancelled'", "state = 'rejected'",
              "rework_count > 0", "postpone_count > 0", "closed_in_time = 0"}) {
            auto st = m_db->prepare(
                QStringLiteral("SELECT count(*) FROM case_record WHERE %1").arg(where));
            QVERIFY(st && st->step() && st->integer(0) > 0);
        }
    }

    void sameAsTheStatement_data()
    {
        QTest::addColumn<FigureScope>("scope");
        QTest::addColumn<QDateTime>("from");
        QTest::addColumn<QDateTime>("to");
        QTest::addColumn<Core::DueMethod>("method");
        const struct
        {
            const char *name;
            QDateTime from, to;
        } periods[] = {
            {"year", day(2025, 11, 23), day(2026, 11, 23)},
            {"last month", day(2026, 10, 1), day(2026, 11, 1)},
            {"running month", day(2026, 11, 1), day(2026, 12, 1)},
            {"first month", day(2025, 11, 1), day(2025, 12, 1)},
            {"week", day(2026, 6, 1), day(2026, 6, 8)},
            {"odd hours", day(2026, 3, 4, 9, 17), day(2026, 3, 9, 14, 3)},
            {"before the city", day(2024, 1, 1), day(2024, 2, 1)},
        };
        for (FigureScope scope : Cases::figureScopes()) {
            for (const auto &p : periods) {
                for (auto method : {Core::DueMethod::Bulletin, Core::DueMethod::FiledInPeriod}) {
                    QTest::addRow("%s %s %s", qPrintable(Cases::figureScopeId(scope)), p.name,
                                  method == Core::DueMethod::Bulletin ? "bulletin" : "filed")
                        << scope << p.from << p.to << method;
                }
            }
        }
    }

    void sameAsTheStatement()
    {
        QFETCH(FigureScope, scope);
        QFETCH(QDateTime, from);
        QFETCH(QDateTime, to);
        QFETCH(Core::DueMethod, method);
        const FigureQuery q = query(scope, from, to, method);
        auto sql = Cases::countFiguresBySql(*m_db, q);
        QVERIFY2(sql, sql ? "" : qPrintable(sql.error().message));
        auto fast = Cases::countFigures(*m_db, q);
        QVERIFY2(fast, fast ? "" : qPrintable(fast.error().message));
        compareRows(fast.value(), sql.value());
        if (QTest::currentTestFailed())
            return;
        // Something was counted, so the comparison says something (the city before the
        // demo's year has its one empty row).
        if (from.date().year() >= 2025 && scope == FigureScope::City)
            QVERIFY(sql->first().figures.reported > 0);
    }

    // The bulletin's four counts in one pass: each as when counted alone.
    void severalQueriesInOnePass()
    {
        const QList<FigureQuery> queries{query(FigureScope::Street, day(2026, 10, 1),
                                               day(2026, 11, 1), Core::DueMethod::Bulletin),
                                         query(FigureScope::Department, day(2026, 10, 1),
                                               day(2026, 11, 1), Core::DueMethod::Bulletin),
                                         query(FigureScope::City, day(2026, 9, 1), day(2026, 10, 1),
                                               Core::DueMethod::Bulletin),
                                         query(FigureScope::City, day(2025, 10, 1),
                                               day(2025, 11, 1), Core::DueMethod::Bulletin),
                                         query(FigureScope::Grid, day(2026, 1, 1), day(2026, 7, 1),
                                               Core::DueMethod::FiledInPeriod)};
        auto all = Cases::countFigures(*m_db, queries);
        QVERIFY2(all, all ? "" : qPrintable(all.error().message));
        QCOMPARE(all->size(), queries.size());
        for (qsizetype i = 0; i < queries.size(); ++i) {
            auto sql = Cases::countFiguresBySql(*m_db, queries[i]);
            QVERIFY(sql);
            compareRows(all->at(i), sql.value());
            if (QTest::currentTestFailed())
                return;
        }
    }

    void badQueryAmongSeveralIsRefused()
    {
        const QList<FigureQuery> queries{query(FigureScope::City, day(2026, 10, 1),
                                               day(2026, 11, 1), Core::DueMethod::Bulletin),
                                         query(FigureScope::City, day(2026, 11, 1),
                                               day(2026, 10, 1), Core::DueMethod::Bulletin)};
        auto all = Cases::countFigures(*m_db, queries);
        QVERIFY(!all);
        QCOMPARE(all.error().code, QStringLiteral("kpi.period"));
    }

    // 有效上报数: the collectors' reports less those never filed nor self-disposed, as the
    // direct count of reports whose case was filed or self-disposed.
    void validReportsAsCountedDirectly_data()
    {
        QTest::addColumn<QDateTime>("from");
        QTest::addColumn<QDateTime>("to");
        QTest::newRow("year") << day(2025, 11, 23) << day(2026, 11, 23);
        QTest::newRow("month") << day(2026, 4, 1) << day(2026, 5, 1);
        QTest::newRow("odd hours") << day(2026, 3, 4, 9, 17) << day(2026, 3, 19, 14, 3);
    }

    void validReportsAsCountedDirectly()
    {
        QFETCH(QDateTime, from);
        QFETCH(QDateTime, to);
        auto st = m_db->prepare(QStringLiteral(
            "SELECT e.actor_id, count(DISTINCT e.case_id) FROM case_event e JOIN case_record c "
            "ON c.id = e.case_id WHERE e.at >= ?1 AND e.at < ?2 AND e.action = 'report' AND "
            "e.role = 'collector' AND (c.filed_at IS NOT NULL OR c.id IN (SELECT case_id FROM "
            "case_event WHERE action = 'self-dispose')) GROUP BY 1"));
        QVERIFY(st);
        st->bindText(1, Storage::isoUtc(from));
        st->bindText(2, Storage::isoUtc(to));
        QHash<QString, qint64> direct;
        QVERIFY(Storage::forEachRow(st.value(), [&](const Storage::Statement &row) {
            direct.insert(row.text(0), row.integer(1));
        }));
        auto rows = Cases::evaluate(*m_db, Cases::EvaluationScope::Post, from, to, kEnd.toUTC());
        QVERIFY(rows);
        int collectors = 0;
        for (const Cases::EvaluationRow &row : *rows) {
            if (row.role != Core::Role::Collector)
                continue;
            ++collectors;
            const Core::Indicator &valid = row.evaluation.indicators.at(0);
            QCOMPARE(valid.id, QStringLiteral("valid-report-rate"));
            QCOMPARE(valid.numerator, direct.value(row.key));
        }
        QVERIFY(collectors > 0);
    }
};

QTEST_GUILESS_MAIN(TestKpiFastPath)
#include "tst_kpifastpath.moc"

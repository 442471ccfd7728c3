// SPDX-License-Identifier: GPL-3.0-or-later
// Case lists: filters, keyset paging in both orders, Chinese full text, queues, warnings,
// duplicates and CSV export, checked against a plain in-memory evaluation of the same rows.
#include "casefixture.h"

#include <cc/cases/casequery.h>
#include <cc/core/casestatemachine.h>
#include <cc/storage/fulltext.h>

#include "resultcheck.h"

#include <QBuffer>

#include <algorithm>
#include <cmath>

using namespace CcTest;
using Cc::Cases::CaseFilter;
using Cc::Cases::CaseListRow;
using Cc::Cases::CaseOrder;
using Cc::Cases::CaseQuery;
using Cc::Cases::Warning;

namespace {

// Descriptions with every kind of text the search and the export must handle.
const QStringList kDescriptions = {
    QStringLiteral("井盖破损，车辆通行危险"), QStringLiteral("道路不洁，落叶堆积"),
    QStringLiteral("暴露垃圾，已持续多日"),   QStringLiteral("A4纸广告 ABC-123 张贴"),
    QStringLiteral("他说\"快修\"，地址:A,B"), QStringLiteral("第一行\n第二行，井盖缺失"),
};
const QStringList kAddresses = {
    QStringLiteral("建设路12号"),
    QStringLiteral("人民路3号"),
    QStringLiteral("岳飞街45号"),
};

/// What the oracle needs of a stored case.
struct Plain
{
    qint64 fid = 0;
    QString state, channel, category, grid, responsibility, department, description, address;
    QString reportedAt, deadline; // stored text (sortable)
};

} // namespace

Q_DECLARE_METATYPE(Cc::Cases::CaseFilter)

class tst_CaseQuery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void ftsTokens_data();
    void ftsTokens();
    void filters_data();
    void filters();
    void paging_data();
    void paging();
    void fullText_data();
    void fullText();
    void fullTextManyMatches();
    void cursorsAndArguments();
    void refusedReportLeavesNoIndexRow();
    void migrationBackfills();
    void queues_data();
    void queues();
    void warnings_data();
    void warnings();
    void duplicates_data();
    void duplicates();
    void exportCsv();
    void exportCancelled();

private:
    static QList<Plain> loadAll(Storage::Database &db);
    QList<qint64> expected(const CaseFilter &filter, CaseOrder order)
    {
        return expected(filter, order, m_all);
    }
    static QList<qint64> expected(const CaseFilter &filter, CaseOrder order,
                                  const QList<Plain> &all);
    QList<qint64> pageAll(const CaseFilter &filter, CaseOrder order, int pageSize)
    {
        return pageAll(*f.db, filter, order, pageSize);
    }
    static QList<qint64> pageAll(Storage::Database &db, const CaseFilter &filter, CaseOrder order,
                                 int pageSize);
    static QDateTime queryNow() { return cst(2026, 3, 2, 12, 0); }

    Fixture f;
    QList<Plain> m_all;
};

void tst_CaseQuery::initTestCase()
{
    f.setUp();
    QVERIFY(!QTest::currentTestFailed());
    // 240 cases, three per instant (ties on reported_at test the fid tie-break), channels,
    // categories, grids and states mixed: reported, pending-filing, filed, dispatched
    // (to either department), rejected.
    const QStringList categories = {kRubbish, kDirtyRoad, kCover};
    const QStringList channels = {QStringLiteral("collector"), QStringLiteral("hotline-12345"),
                                  QStringLiteral("hotline-12319"), QStringLiteral("wechat")};
    QVERIFY(f.service->beginBatch());
    for (int i = 0; i < 240; ++i) {
        const QDateTime at = cst(2026, 3, 2, 8, 0).addSecs(60 * (i / 3));
        const QString channel = channels[i % channels.size()];
        Cases::NewReport r;
        r.channel = channel;
        r.categoryKey = categories[i % 3];
        r.gridCode = i % 2 ? kGridB : kGridA;
        r.at = at;
        r.description = kDescriptions[i % kDescriptions.size()];
        r.address = kAddresses[i % kAddresses.size()];
        auto row = f.service->report(r, channel == QLatin1String("collector") ? f.col : f.op);
        CC_VERIFY_OK(row);
        Storage::CaseRow c = row.value();
        const QDateTime t = at.addSecs(30);
        switch (i % 5) {
        case 1:
            QVERIFY(f.act(c, CaseAction::Accept, f.op, t));
            break;
        case 2:
            QVERIFY(f.act(c, CaseAction::Accept, f.op, t));
            QVERIFY(f.act(c, CaseAction::File, f.sl, t.addSecs(5)));
            break;
        case 3:
            QVERIFY(f.act(c, CaseAction::Accept, f.op, t));
            QVERIFY(f.act(c, CaseAction::File, f.sl, t.addSecs(5)));
            QVERIFY(f.act(c, CaseAction::Dispatch, f.dp, t.addSecs(10)));
            break;
        case 4:
            QVERIFY(f.act(c, CaseAction::Reject, f.op, t));
            break;
        default:
            break;
        }
    }
    QVERIFY(f.service->commitBatch());
    m_all = loadAll(*f.db);
    QCOMPARE(m_all.size(), 240);
}

QList<Plain> tst_CaseQuery::loadAll(Storage::Database &db)
{
    QList<Plain> all;
    auto st = db.prepare(
        QStringLiteral("SELECT fid, state, channel, category_key, grid_code, responsibility_code, "
                       "coalesce(department_id, ''), description, address, reported_at, "
                       "coalesce(stage_deadline, '') FROM case_record"));
    if (!st)
        return all;
    while (st->step().value()) {
        Plain p;
        p.fid = st->integer(0);
        int i = 1;
        for (QString *s : {&p.state, &p.channel, &p.category, &p.grid, &p.responsibility,
                           &p.department, &p.description, &p.address, &p.reportedAt, &p.deadline})
            *s = st->text(i++);
        all << p;
    }
    return all;
}

/// The oracle: the filter evaluated row by row, sorted as the order says.
QList<qint64> tst_CaseQuery::expected(const CaseFilter &filter, CaseOrder order,
                                      const QList<Plain> &all)
{
    const QString now = Storage::isoUtc(filter.now.isValid() ? filter.now : queryNow());
    QList<Plain> rows;
    for (const Plain &p : all) {
        const bool open = Core::CaseStateMachine::isOpen(Core::stateFromId(p.state));
        if ((!filter.states.isEmpty() && !filter.states.contains(p.state))
            || (!filter.channel.isEmpty() && p.channel != filter.channel)
            || (!filter.categoryKey.isEmpty() && p.category != filter.categoryKey)
            || (!filter.gridCode.isEmpty() && p.grid != filter.gridCode)
            || (!filter.responsibilityCode.isEmpty()
                && p.responsibility != filter.responsibilityCode)
            || (!filter.departmentId.isEmpty() && p.department != filter.departmentId)
            || (filter.reportedFrom.isValid()
                && p.reportedAt < Storage::isoUtc(filter.reportedFrom))
            || (filter.reportedTo.isValid() && p.reportedAt >= Storage::isoUtc(filter.reportedTo))
            || (filter.overdueOnly && !(open && !p.deadline.isEmpty() && p.deadline < now)))
            continue;
        // Test terms are letters and ideographs only, so substring = phrase match.
        if (!filter.text.isEmpty() && !p.description.contains(filter.text, Qt::CaseInsensitive)
            && !p.address.contains(filter.text, Qt::CaseInsensitive))
            continue;
        rows << p;
    }
    std::sort(rows.begin(), rows.end(), [order](const Plain &a, const Plain &b) {
        if (order == CaseOrder::NewestFirst)
            return a.reportedAt != b.reportedAt ? a.reportedAt > b.reportedAt : a.fid > b.fid;
        if (a.deadline.isEmpty() != b.deadline.isEmpty())
            return b.deadline.isEmpty(); // NULLS LAST
        if (a.deadline.isEmpty())        // then the history without a deadline, newest first
            return a.reportedAt != b.reportedAt ? a.reportedAt > b.reportedAt : a.fid > b.fid;
        return a.deadline != b.deadline ? a.deadline < b.deadline : a.fid < b.fid;
    });
    QList<qint64> fids;
    for (const Plain &p : rows)
        fids << p.fid;
    return fids;
}

QList<qint64> tst_CaseQuery::pageAll(Storage::Database &db, const CaseFilter &filter,
                                     CaseOrder order, int pageSize)
{
    CaseQuery query(db);
    QList<qint64> fids;
    std::optional<Cases::PageCursor> cursor;
    for (int guard = 0; guard < 1000; ++guard) {
        auto page = query.page(filter, order, cursor, pageSize);
        if (!page) {
            qWarning("page failed: %s", qPrintable(page.error().message));
            return {-1};
        }
        for (const CaseListRow &row : page.value())
            fids << row.fid;
        if (page->size() < pageSize)
            return fids;
        cursor = CaseQuery::cursorAfter(page->last(), order);
    }
    return {-2};
}

void tst_CaseQuery::ftsTokens_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("tokens");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("chinese-run") << QStringLiteral("井盖破损") << QStringLiteral("井 盖 破 损");
    QTest::newRow("punctuation-separates")
        << QStringLiteral("井盖，破损。") << QStringLiteral("井 盖 破 损");
    QTest::newRow("mixed-ascii") << QStringLiteral("A4纸 ABC-123")
                                 << QStringLiteral("A4 纸 ABC 123");
    QTest::newRow("quotes-dropped") << QStringLiteral("\"井\" OR '1'") << QStringLiteral("井 OR 1");
    QTest::newRow("extension-b-ideograph")
        << QStringLiteral("路\U00020000口") << QStringLiteral("路 \U00020000 口");
}

void tst_CaseQuery::ftsTokens()
{
    QFETCH(QString, text);
    QFETCH(QString, tokens);
    QCOMPARE(Cases::ftsTokens(text), tokens);
    QCOMPARE(Storage::ftsTokens(text), tokens);
    // The SQL function is the same code.
    auto st = f.db->prepare(QStringLiteral("SELECT cc_fts_tokens(?1)"));
    QVERIFY(st);
    st->bindText(1, text);
    QVERIFY(st->step().value());
    QCOMPARE(st->text(0), tokens);
}

void tst_CaseQuery::filters_data()
{
    QTest::addColumn<CaseFilter>("filter");
    QTest::addColumn<bool>("nonEmpty");
    const auto make = [](auto &&set) {
        CaseFilter filter;
        filter.now = queryNow();
        set(filter);
        return filter;
    };
    QTest::newRow("no-filter") << make([](CaseFilter &) {}) << true;
    QTest::newRow("state") << make([](CaseFilter &x) { x.states = {"filed"}; }) << true;
    QTest::newRow("states") << make([](CaseFilter &x) {
        x.states = {"reported", "rejected"};
    }) << true;
    QTest::newRow("channel") << make([](CaseFilter &x) { x.channel = "wechat"; }) << true;
    QTest::newRow("category") << make([](CaseFilter &x) { x.categoryKey = kCover; }) << true;
    QTest::newRow("grid") << make([](CaseFilter &x) { x.gridCode = kGridB; }) << true;
    QTest::newRow("responsibility")
        << make([](CaseFilter &x) { x.responsibilityCode = kResp; }) << true;
    QTest::newRow("responsibility-other")
        << make([](CaseFilter &x) { x.responsibilityCode = "R99"; }) << false;
    QTest::newRow("department") << make([this](CaseFilter &x) { x.departmentId = f.deptB; })
                                << true;
    QTest::newRow("reported-range") << make([](CaseFilter &x) {
        x.reportedFrom = cst(2026, 3, 2, 8, 10);
        x.reportedTo = cst(2026, 3, 2, 8, 40);
    }) << true;
    QTest::newRow("overdue") << make([](CaseFilter &x) { x.overdueOnly = true; }) << true;
    QTest::newRow("text-1") << make([](CaseFilter &x) { x.text = "井"; }) << true;
    QTest::newRow("text-2") << make([](CaseFilter &x) { x.text = "井盖"; }) << true;
    QTest::newRow("text-4") << make([](CaseFilter &x) { x.text = "井盖破损"; }) << true;
    QTest::newRow("text-address") << make([](CaseFilter &x) { x.text = "岳飞街"; }) << true;
    QTest::newRow("queue-and-grid") << make([](CaseFilter &x) {
        x.states = {"reported", "pending-filing"};
        x.gridCode = kGridA;
    }) << true;
    QTest::newRow("category-channel-range") << make([](CaseFilter &x) {
        x.categoryKey = kRubbish;
        x.channel = "collector";
        x.reportedFrom = cst(2026, 3, 2, 8, 30);
        x.reportedTo = cst(2026, 3, 2, 9, 30);
    }) << true;
    QTest::newRow("text-and-state") << make([](CaseFilter &x) {
        x.text = "井盖";
        x.states = {"reported"};
    }) << true;
    QTest::newRow("overdue-and-department") << make([this](CaseFilter &x) {
        x.now = cst(2026, 3, 2, 15, 0); // 4 working hours after the first dispatches
        x.overdueOnly = true;
        x.departmentId = f.deptA;
    }) << true;
    QTest::newRow("everything") << make([this](CaseFilter &x) {
        x.states = {"dispatched"};
        x.channel = "hotline-12319";
        x.categoryKey = kCover;
        x.gridCode = kGridA;
        x.responsibilityCode = kResp;
        x.departmentId = f.deptB;
        x.reportedFrom = cst(2026, 3, 2, 8, 0);
        x.reportedTo = cst(2026, 3, 2, 12, 0);
        x.text = "垃圾";
    }) << true;
    QTest::newRow("nothing-matches") << make([](CaseFilter &x) { x.states = {"closed"}; }) << false;
}

void tst_CaseQuery::filters()
{
    QFETCH(CaseFilter, filter);
    QFETCH(bool, nonEmpty);
    CaseQuery query(*f.db);
    for (CaseOrder order : {CaseOrder::NewestFirst, CaseOrder::DeadlineFirst}) {
        const QList<qint64> want = expected(filter, order);
        QCOMPARE(!want.isEmpty(), nonEmpty);
        auto page = query.page(filter, order, std::nullopt, 1000);
        CC_VERIFY_OK(page);
        QList<qint64> got;
        for (const CaseListRow &row : page.value()) {
            got << row.fid;
            if (filter.overdueOnly)
                QVERIFY(row.overdue);
        }
        QCOMPARE(got, want);
    }
    auto count = query.count(filter);
    QVERIFY(count);
    QCOMPARE(count.value(), qint64(expected(filter, CaseOrder::NewestFirst).size()));
    auto capped = query.count(filter, 5);
    QVERIFY(capped);
    QCOMPARE(capped.value(), std::min<qint64>(5, count.value()));
}

void tst_CaseQuery::paging_data()
{
    QTest::addColumn<int>("order");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<QString>("queue");
    for (int size : {1, 2, 7, 50, 239, 240, 1000}) {
        QTest::addRow("newest-first-%d", size) << int(CaseOrder::NewestFirst) << size << QString();
        QTest::addRow("deadline-first-%d", size)
            << int(CaseOrder::DeadlineFirst) << size << QString();
    }
    // Deadline-first through the split between cases with and without a deadline.
    QTest::newRow("deadline-first-mixed-states-3")
        << int(CaseOrder::DeadlineFirst) << 3 << QStringLiteral("reported,rejected");
    QTest::newRow("newest-first-text-4")
        << int(CaseOrder::NewestFirst) << 4 << QStringLiteral("text");
}

void tst_CaseQuery::paging()
{
    QFETCH(int, order);
    QFETCH(int, pageSize);
    QFETCH(QString, queue);
    CaseFilter filter;
    filter.now = queryNow();
    if (queue == QLatin1String("text"))
        filter.text = QStringLiteral("井盖");
    else if (!queue.isEmpty())
        filter.states = queue.split(QLatin1Char(','));
    const QList<qint64> want = expected(filter, CaseOrder(order));
    const QList<qint64> got = pageAll(filter, CaseOrder(order), pageSize);
    QCOMPARE(got.size(), want.size());
    QCOMPARE(got, want); // every row once, in order
}

void tst_CaseQuery::fullText_data()
{
    QTest::addColumn<QString>("term");
    QTest::addColumn<int>("expectedCount"); // -1: the substring oracle decides
    QTest::newRow("one-character") << QStringLiteral("井") << -1;
    QTest::newRow("two-characters") << QStringLiteral("井盖") << -1;
    QTest::newRow("four-characters") << QStringLiteral("井盖破损") << -1;
    QTest::newRow("in-address") << QStringLiteral("建设路") << -1;
    QTest::newRow("mixed-ascii") << QStringLiteral("A4纸") << 40;
    QTest::newRow("ascii-any-case") << QStringLiteral("abc") << 40;
    QTest::newRow("ascii-inside-word") << QStringLiteral("BC") << 0; // words stay words
    QTest::newRow("two-words-both-needed") << QStringLiteral("井盖 车辆") << 40;
    QTest::newRow("matches-nothing") << QStringLiteral("垃圾桶满溢") << 0;
    QTest::newRow("only-punctuation") << QStringLiteral("\"，*") << 0;
    QTest::newRow("quote-in-term") << QStringLiteral("\"快修\"") << 40;
    QTest::newRow("fts-syntax") << QStringLiteral("井盖\" OR 1=1 --") << 0;
    QTest::newRow("fts-operators") << QStringLiteral("NEAR(井 盖) NOT 车") << 0;
    QTest::newRow("sql-injection") << QStringLiteral("'); DROP TABLE case_record; --") << 0;
}

void tst_CaseQuery::fullText()
{
    QFETCH(QString, term);
    QFETCH(int, expectedCount);
    CaseFilter filter;
    filter.now = queryNow();
    filter.text = term;
    const int want = expectedCount >= 0 ? expectedCount
                                        : int(expected(filter, CaseOrder::NewestFirst).size());
    if (expectedCount < 0)
        QVERIFY(want > 0);
    CaseQuery query(*f.db);
    auto page = query.page(filter, CaseOrder::NewestFirst, std::nullopt, 1000);
    CC_VERIFY_OK(page);
    QCOMPARE(int(page->size()), want);
    for (const CaseListRow &row : page.value()) {
        const QString tokens = Cases::ftsTokens(row.description) + QLatin1Char(' ')
                               + Cases::ftsTokens(row.address);
        for (const QString &word : term.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            QVERIFY2(tokens.contains(Cases::ftsTokens(word), Qt::CaseInsensitive),
                     qPrintable(row.description));
    }
    auto count = query.count(filter);
    QVERIFY(count);
    QCOMPARE(count.value(), qint64(want));
    QCOMPARE(f.rows("case_record"), qint64(240)); // still there after the injection attempt
}

void tst_CaseQuery::fullTextManyMatches()
{
    // Past a few thousand matches the list's own index drives and each row is checked in the
    // full-text index (the other plan): same rows, same order. 6,300 cases, 4,200 matching.
    Fixture g;
    g.setUp();
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(g.service->beginBatch());
    for (int i = 0; i < 6300; ++i) {
        Cases::NewReport r;
        r.channel = QStringLiteral("collector");
        r.categoryKey = i % 2 ? kRubbish : kCover;
        r.gridCode = i % 2 ? kGridB : kGridA;
        r.at = cst(2026, 3, 2, 8, 0).addSecs(20 * (i / 2));
        r.description = i % 3 ? QStringLiteral("井盖破损") : QStringLiteral("暴露垃圾");
        QVERIFY(g.service->report(r, g.col));
    }
    QVERIFY(g.service->commitBatch());
    const QList<Plain> all = loadAll(*g.db);
    for (const char *term : {"井盖", "井"}) {
        for (bool withGrid : {false, true}) {
            CaseFilter filter;
            filter.now = cst(2026, 3, 3, 8, 0);
            filter.text = QString::fromUtf8(term);
            if (withGrid)
                filter.gridCode = kGridB;
            for (CaseOrder order : {CaseOrder::NewestFirst, CaseOrder::DeadlineFirst}) {
                const QList<qint64> want = expected(filter, order, all);
                QCOMPARE(want.size(), withGrid ? 2100 : 4200);
                QCOMPARE(pageAll(*g.db, filter, order, 700), want);
            }
            QCOMPARE(CaseQuery(*g.db).count(filter, 100000).value(), withGrid ? 2100 : 4200);
        }
    }
}

void tst_CaseQuery::cursorsAndArguments()
{
    CaseListRow row;
    row.fid = 7;
    row.reportedAt = utc("2026-03-09T01:00:00Z");
    QCOMPARE(CaseQuery::cursorAfter(row, CaseOrder::NewestFirst).key,
             QStringLiteral("2026-03-09T01:00:00.000Z"));
    // Past the cases with a deadline the list runs newest first: the cursor says so.
    QCOMPARE(CaseQuery::cursorAfter(row, CaseOrder::DeadlineFirst).key,
             QStringLiteral("~2026-03-09T01:00:00.000Z"));
    QCOMPARE(CaseQuery::cursorAfter(row, CaseOrder::DeadlineFirst).fid, qint64(7));

    CaseQuery query(*f.db);
    QCOMPARE(codeOf(query.page({}, CaseOrder::Invalid, std::nullopt, 10)),
             QStringLiteral("case.query-order"));
    auto none = query.page({}, CaseOrder::NewestFirst, std::nullopt, 0);
    QVERIFY(none);
    QVERIFY(none->isEmpty());
    auto unlimited = query.count({}, 0);
    QVERIFY(unlimited);
    QCOMPARE(unlimited.value(), f.rows("case_record"));
}

void tst_CaseQuery::refusedReportLeavesNoIndexRow()
{
    Fixture g;
    g.setUp();
    QVERIFY(!QTest::currentTestFailed());
    CaseQuery query(*g.db);
    CaseFilter byText;
    byText.text = QStringLiteral("独一无二");
    Cases::NewReport r;
    r.channel = QStringLiteral("collector");
    r.categoryKey = kRubbish;
    r.gridCode = kGridA;
    r.at = cst(2026, 3, 9, 9, 0);
    r.description = QStringLiteral("独一无二的描述");

    // Refused inside the savepoint, after the case row and its index row were written.
    QVERIFY(g.db->exec(QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON case_event "
                                      "BEGIN SELECT RAISE(ABORT, 'refused by test'); END")));
    QVERIFY(!g.service->report(r, g.col));
    QVERIFY(g.db->exec(QStringLiteral("DROP TRIGGER refuse")));
    QCOMPARE(g.rows("case_record"), qint64(0));
    QCOMPARE(query.count(byText).value(), qint64(0));
    // A report the service refuses up front (a collector may not use a hotline channel).
    r.channel = QStringLiteral("hotline-12345");
    QVERIFY(!g.service->report(r, g.col));
    // A batch rolled back.
    r.channel = QStringLiteral("collector");
    QVERIFY(g.service->beginBatch());
    QVERIFY(g.service->report(r, g.col));
    g.service->rollbackBatch();
    auto raw = g.db->prepare(
        QStringLiteral("SELECT count(*) FROM case_fts WHERE case_fts MATCH '\"独 一 无 二\"'"));
    QVERIFY(raw);
    QVERIFY(raw->step().value());
    QCOMPARE(raw->integer(0), qint64(0));
    // An accepted one is found, by the fid of its own row.
    auto ok = g.service->report(r, g.col);
    QVERIFY(ok);
    auto found = query.page(byText, CaseOrder::NewestFirst, std::nullopt, 10);
    QVERIFY(found);
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->first().id, ok->id);
}

void tst_CaseQuery::migrationBackfills()
{
    // A database written at schema 2 (no case_fts, no new indexes) with cases in it.
    Fixture g;
    g.setUp();
    QVERIFY(!QTest::currentTestFailed());
    Storage::CaseRow a, b;
    QVERIFY(g.report(a, kCover, g.col, cst(2026, 3, 9, 9, 0)));
    QVERIFY(g.report(b, kRubbish, g.col, cst(2026, 3, 9, 9, 5)));
    // Migration 12's change stamps: a trigger per table and kind of write.
    QString dropStamps = QStringLiteral("DROP TABLE change_stamp; ");
    {
        auto triggers = g.db->prepare(QStringLiteral(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'change_stamp_%'"));
        QVERIFY(triggers);
        QVERIFY(Storage::forEachRow(*triggers, [&](const Storage::Statement &row) {
            dropStamps += QStringLiteral("DROP TRIGGER %1; ").arg(row.text(0));
        }));
    }
    QVERIFY(g.db->exec(dropStamps));
    QVERIFY(g.db->exec(
        QStringLiteral(
            "UPDATE case_record SET description = '路口井盖缺失' WHERE id = '%1';"
            // 0037 first: its triggers name user_contact, and dropping a column re-reads them.
            "DROP TRIGGER app_user_unit_head_insert; DROP TRIGGER app_user_unit_head_update; "
            "ALTER TABLE app_user DROP COLUMN unit_head; ALTER TABLE department DROP COLUMN active; "
            "DROP TABLE org_change; "
            "DROP TABLE case_fts; DROP INDEX case_record_by_category; "
            "DROP INDEX case_record_by_responsibility; "
            "DROP INDEX case_record_by_department_reported; "
            "DROP INDEX case_record_by_state_deadline; DROP INDEX case_record_by_channel; "
            // and what later migrations added
            "DROP TABLE attachment_content; DROP INDEX attachment_by_event; "
            "DROP TABLE kpi_post_day; DROP TRIGGER case_event_kpi_post_day; DROP TRIGGER case_event_kpi_post_day_delete; DROP INDEX case_record_hung; "
            "DROP TABLE case_state_count; DROP TRIGGER case_record_state_count_insert; "
            "DROP TRIGGER case_record_state_count_update; DROP TRIGGER case_record_state_count_delete; "
            "DROP INDEX case_record_by_filed; DROP INDEX case_event_by_action; DROP TABLE case_renumbered; "
            "DROP TABLE case_revisit; DROP TRIGGER case_event_revisit_insert; DROP TRIGGER case_event_revisit_delete; "
            "DROP TABLE kpi_publication; DROP INDEX case_event_feedback_time; "
            "DROP TRIGGER campaign_case_case_delete; DROP TABLE campaign_case; DROP TABLE campaign; "
            "DROP INDEX case_record_for_hotspots; DROP INDEX case_event_reopened; "
            "DROP TABLE survey_item; DROP TABLE survey_task; DROP TABLE survey_result; "
            "DROP INDEX case_record_unfiled; DROP INDEX case_record_by_closed; DROP TABLE api_key; "
            "DROP TABLE field_token; DROP TABLE field_idempotency; "
            "DROP TABLE case_external; DROP TABLE api_audit; DROP TABLE field_login_failure; "
            "DROP TABLE notify_attempt; DROP TABLE notify_message; DROP TABLE notify_rule; "
            "DROP TABLE notify_channel; DROP TABLE notify_platform; DROP TABLE user_contact; "
            "DROP TABLE config_version; DROP TRIGGER case_clip_case_delete; DROP TABLE case_clip; "
            "DROP TABLE gazetteer_street; DROP TABLE rtree_gazetteer_street_geom; "
            "DROP TABLE gazetteer_place; DROP TABLE rtree_gazetteer_place_geom; "
            "DROP TABLE gazetteer_intersection; DROP TABLE rtree_gazetteer_intersection_geom; "
            "DELETE FROM gpkg_geometry_columns WHERE table_name LIKE 'gazetteer\\_%' ESCAPE '\\'; "
            "DELETE FROM gpkg_extensions WHERE table_name LIKE 'gazetteer\\_%' ESCAPE '\\'; "
            "DROP TABLE duty_shift; DROP TABLE duty_roster; DROP TABLE duty_handover; DROP TABLE duty_log; "
            "DROP TABLE basemap_area; DROP TABLE rtree_basemap_area_geom; "
            "DROP TABLE basemap_line; DROP TABLE rtree_basemap_line_geom; "
            "DELETE FROM gpkg_geometry_columns WHERE table_name LIKE 'basemap\\_%' ESCAPE '\\'; "
            "DELETE FROM gpkg_extensions WHERE table_name LIKE 'basemap\\_%' ESCAPE '\\'; "
            "DROP INDEX case_record_by_number_sequence; "
            "DROP TABLE analytics_candidate; DROP TABLE analytics_zone; "
            "CREATE INDEX case_event_by_action ON case_event(action, at); "
            "DELETE FROM gpkg_contents WHERE table_name IN ('attachment_content', 'kpi_post_day', 'case_state_count', "
            "'change_stamp', 'case_renumbered', 'api_key', 'field_token', 'field_idempotency', "
            "'case_external', 'api_audit', 'field_login_failure', "
            "'notify_attempt', 'notify_message', 'notify_rule', 'notify_channel', 'notify_platform', "
            "'user_contact', 'case_clip', 'gazetteer_street', 'gazetteer_place', 'gazetteer_intersection', "
            "'duty_shift', 'duty_roster', 'duty_handover', 'duty_log', 'basemap_area', 'basemap_line', "
            "'org_change', 'analytics_zone', 'analytics_candidate'); "
            "DELETE FROM cc_migration WHERE version >= 3")
            .arg(a.id)));
    QCOMPARE(g.db->schemaVersion(), 2);
    const QString path = g.db->path();
    g.service.reset();
    g.db.reset();

    auto reopened = Storage::Database::open(path, Storage::Database::OpenMode::ReadWrite);
    CC_VERIFY_OK(reopened);
    QCOMPARE(reopened.value()->schemaVersion(), Storage::Database::latestSchemaVersion());
    CaseQuery query(*reopened.value());
    for (const char *term : {"井", "井盖", "路口井盖", "测试案卷"}) {
        CaseFilter filter;
        filter.text = QString::fromUtf8(term);
        auto rows = query.page(filter, CaseOrder::NewestFirst, std::nullopt, 10);
        QVERIFY(rows);
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().id, qstrcmp(term, "测试案卷") == 0 ? b.id : a.id);
    }
    // The FTS tables are not GeoPackage layers.
    auto st = reopened.value()->prepare(
        QStringLiteral("SELECT count(*) FROM gpkg_contents WHERE table_name LIKE 'case_fts%'"));
    QVERIFY(st);
    QVERIFY(st->step().value());
    QCOMPARE(st->integer(0), qint64(0));
}

void tst_CaseQuery::queues_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<QStringList>("states");
    QTest::addColumn<bool>("byDepartment");
    QTest::addColumn<bool>("byResponsibility");
    using Core::Role;
    QTest::newRow("operator") << int(Role::Operator) << QStringList{"reported", "disposed"} << false
                              << false;
    QTest::newRow("shift-leader") << int(Role::ShiftLeader)
                                  << QStringList{"pending-filing",     "return-requested",
                                                 "postpone-requested", "hang-requested",
                                                 "check-passed",       "self-disposed"}
                                  << false << false;
    QTest::newRow("dispatcher") << int(Role::Dispatcher) << QStringList{"filed"} << false << false;
    QTest::newRow("department") << int(Role::Department) << QStringList{"dispatched", "disposing"}
                                << true << false;
    QTest::newRow("collector") << int(Role::Collector) << QStringList{"verifying", "checking"}
                               << false << true;
    QStringList open;
    for (Core::CaseState s : Core::CaseStateMachine::allStates()) {
        if (Core::CaseStateMachine::isOpen(s))
            open << Core::stateId(s);
    }
    QTest::newRow("supervisor") << int(Role::Supervisor) << open << false << false;
    QTest::newRow("admin") << int(Role::Admin) << open << false << false;
    QTest::newRow("no-role") << int(Role::Invalid) << QStringList{QString()} << false << false;
}

void tst_CaseQuery::queues()
{
    QFETCH(int, role);
    QFETCH(QStringList, states);
    QFETCH(bool, byDepartment);
    QFETCH(bool, byResponsibility);
    const CaseFilter filter = Cases::queueFor(Core::Role(role), f.deptB, kResp);
    QCOMPARE(filter.states, states);
    QCOMPARE(filter.departmentId, byDepartment ? f.deptB : QString());
    QCOMPARE(filter.responsibilityCode, byResponsibility ? kResp : QString());
    QVERIFY(filter.channel.isEmpty() && filter.categoryKey.isEmpty() && filter.text.isEmpty());
    CaseQuery query(*f.db);
    auto rows = query.page(filter, CaseOrder::DeadlineFirst, std::nullopt, 1000);
    QVERIFY(rows);
    for (const CaseListRow &row : rows.value()) {
        QVERIFY(states.contains(row.state));
        if (byDepartment)
            QCOMPARE(row.departmentId, f.deptB);
    }
    QCOMPARE(int(rows->size()), int(expected(filter, CaseOrder::DeadlineFirst).size()));
    if (role == int(Core::Role::Department) || role == int(Core::Role::Operator)
        || role == int(Core::Role::Supervisor))
        QVERIFY(!rows->isEmpty());
}

void tst_CaseQuery::warnings_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("level");
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QDateTime>("deadline");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<int>("warning");
    const QDateTime r0 = cst(2026, 3, 9, 9, 0), r1 = cst(2026, 3, 9, 9, 30);
    // Centre stage on calendar time: 30 minutes, 80 % = 24 minutes.
    QTest::newRow("calendar-79-percent")
        << "reported" << kRubbish << "normal" << r0 << r1 << r0.addSecs(1422) << int(Warning::None);
    QTest::newRow("calendar-80-percent") << "reported" << kRubbish << "normal" << r0 << r1
                                         << r0.addSecs(1440) << int(Warning::Yellow);
    QTest::newRow("calendar-at-deadline")
        << "reported" << kRubbish << "normal" << r0 << r1 << r1 << int(Warning::Yellow);
    QTest::newRow("calendar-past-deadline")
        << "reported" << kRubbish << "normal" << r0 << r1 << r1.addSecs(1) << int(Warning::Red);
    QTest::newRow("closed-never-warns")
        << "closed" << kRubbish << "normal" << r0 << r1 << r1.addDays(1) << int(Warning::None);
    // Disposal on working time: 4 working hours from Monday 16:00 end Tuesday 10:00
    // (16–18, then 08–10); 80 % = 192 working minutes = Tuesday 09:12.
    const QDateTime w0 = cst(2026, 3, 9, 16, 0), w1 = cst(2026, 3, 10, 10, 0);
    QTest::newRow("working-overnight-not-counted")
        << "disposing" << kRubbish << "normal" << w0 << w1 << cst(2026, 3, 10, 7, 30)
        << int(Warning::None); // 83 % of the calendar time, 50 % of the working time
    QTest::newRow("working-79-percent") << "disposing" << kRubbish << "normal" << w0 << w1
                                        << cst(2026, 3, 10, 9, 11) << int(Warning::None);
    QTest::newRow("working-80-percent") << "dispatched" << kRubbish << "normal" << w0 << w1
                                        << cst(2026, 3, 10, 9, 12) << int(Warning::Yellow);
    QTest::newRow("working-past-deadline") << "postpone-requested" << kRubbish << "normal" << w0
                                           << w1 << cst(2026, 3, 10, 10, 1) << int(Warning::Red);
    // An urgent 上水井盖 runs 6 calendar hours even in disposal: 16:00 → 22:00.
    QTest::newRow("urgent-calendar-hours-67-percent")
        << "disposing" << kCover << "urgent" << w0 << cst(2026, 3, 9, 22, 0)
        << cst(2026, 3, 9, 20, 0) << int(Warning::None);
    QTest::newRow("urgent-calendar-hours-80-percent")
        << "disposing" << kCover << "urgent" << w0 << cst(2026, 3, 9, 22, 0)
        << cst(2026, 3, 9, 20, 48) << int(Warning::Yellow);
}

void tst_CaseQuery::warnings()
{
    QFETCH(QString, state);
    QFETCH(QString, category);
    QFETCH(QString, level);
    QFETCH(QDateTime, start);
    QFETCH(QDateTime, deadline);
    QFETCH(QDateTime, now);
    QFETCH(int, warning);
    const Core::WorkCalendar calendar = Core::WorkCalendar::chinaDefault();
    CaseListRow row;
    row.state = state;
    row.categoryKey = category;
    row.level = level;
    row.stageStartedAt = start.toUTC();
    row.stageDeadline = deadline.toUTC();
    if (Core::CaseStateMachine::isInDisposal(Core::stateFromId(state)))
        row.departmentId = f.deptA;
    if (state == QLatin1String("disposing") && category == kRubbish)
        QCOMPARE(calendar.addWorkingMinutes(start, 240).at, deadline.toUTC());
    QCOMPARE(int(Cases::warningFor(row, Core::CategoryDictionary::builtin(), calendar,
                                   now.toUTC())),
             warning);
}

void tst_CaseQuery::duplicates_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<double>("eastM");
    QTest::addColumn<int>("daysBefore");
    QTest::addColumn<bool>("rejected");
    QTest::addColumn<bool>("found");
    QTest::newRow("inside-50m") << kRubbish << 30.0 << 1 << false << true;
    QTest::newRow("same-point") << kRubbish << 0.0 << 6 << false << true;
    QTest::newRow("outside-50m") << kRubbish << 70.0 << 1 << false << false;
    QTest::newRow("other-category") << kDirtyRoad << 10.0 << 1 << false << false;
    QTest::newRow("closed-case") << kRubbish << 10.0 << 1 << true << false;
    QTest::newRow("older-than-7-days") << kRubbish << 10.0 << 8 << false << false;
}

void tst_CaseQuery::duplicates()
{
    QFETCH(QString, category);
    QFETCH(double, eastM);
    QFETCH(int, daysBefore);
    QFETCH(bool, rejected);
    QFETCH(bool, found);
    Fixture g;
    g.setUp();
    QVERIFY(!QTest::currentTestFailed());
    const QPointF here(kX0 + 0.0002, kY0 + 0.0005);
    const double metresPerDegreeLon = 6371008.8 * M_PI / 180 * std::cos(kY0 * M_PI / 180);
    const QDateTime now = cst(2026, 3, 20, 10, 0);
    const auto reportAt = [&](const QString &cat, double east, const QDateTime &at) {
        Cases::NewReport r;
        r.channel = QStringLiteral("collector");
        r.categoryKey = cat;
        r.location = QPointF(here.x() + east / metresPerDegreeLon, here.y());
        r.at = at;
        return g.service->report(r, g.col);
    };
    auto candidate = reportAt(category, eastM, now.addDays(-daysBefore));
    CC_VERIFY_OK(candidate);
    QCOMPARE(candidate->gridCode, kGridA);
    if (rejected) {
        Storage::CaseRow row = candidate.value();
        QVERIFY(g.act(row, CaseAction::Reject, g.op, now.addDays(-daysBefore).addSecs(60)));
    }
    // A nearer and a farther open neighbour, to check the order.
    auto nearer = reportAt(kRubbish, 5, now.addDays(-2));
    auto farther = reportAt(kRubbish, 45, now.addDays(-2));
    QVERIFY(nearer && farther);

    CaseQuery query(*g.db);
    auto dups = query.duplicates(kRubbish, here, now);
    CC_VERIFY_OK(dups);
    QList<QString> ids;
    for (const CaseListRow &row : dups.value())
        ids << row.id;
    QCOMPARE(ids.contains(candidate->id), found);
    QCOMPARE(ids.size(), found ? 3 : 2);
    QCOMPARE(ids.first(), eastM == 0.0 ? candidate->id : nearer->id);
    QCOMPARE(ids.last(), farther->id);
}

void tst_CaseQuery::exportCsv()
{
    CaseQuery query(*f.db);
    CaseFilter filter;
    filter.now = queryNow();
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QList<qint64> progress;
    auto written = query.exportCsv(filter, CaseOrder::NewestFirst, buffer,
                                   Core::CategoryDictionary::builtin(), [&](qint64 rows) {
                                       progress << rows;
                                       return true;
                                   });
    CC_VERIFY_OK(written);
    QCOMPARE(written.value(), query.count(filter).value());
    QCOMPARE(progress, QList<qint64>{240});
    const QByteArray bytes = buffer.data();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));

    // Parse RFC 4180 back.
    const QString text = QString::fromUtf8(bytes.mid(3));
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            record << field;
            records << record;
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    QVERIFY(!quoted);
    QVERIFY(record.isEmpty() && field.isEmpty()); // ends with CRLF
    QCOMPARE(records.size(), 241);
    const int columns = int(records.first().size());
    QCOMPARE(columns, 13);
    for (const QStringList &r : records)
        QCOMPARE(r.size(), columns);
    QStringList descriptions;
    for (qsizetype i = 1; i < records.size(); ++i)
        descriptions << records[i].last();
    QVERIFY(descriptions.contains(kDescriptions[4])); // quotes and commas
    QVERIFY(descriptions.contains(kDescriptions[5])); // a line break
    // Same order as the list.
    auto first = query.page(filter, CaseOrder::NewestFirst, std::nullopt, 1);
    QVERIFY(first);
    QCOMPARE(records[1].first(), first->first().number);
}

void tst_CaseQuery::exportCancelled()
{
    // Cancelled at the first page: an error, not a short file passed off as complete.
    CaseQuery query(*f.db);
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    int calls = 0;
    auto r = query.exportCsv({}, CaseOrder::DeadlineFirst, buffer,
                             Core::CategoryDictionary::builtin(), [&](qint64) {
                                 ++calls;
                                 return false;
                             });
    QCOMPARE(codeOf(r), QStringLiteral("case.export-cancelled"));
    QCOMPARE(calls, 1);
}

QTEST_GUILESS_MAIN(tst_CaseQuery)
#include "tst_casequery.moc"

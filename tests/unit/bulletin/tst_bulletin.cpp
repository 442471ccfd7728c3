// SPDX-License-Identifier: GPL-3.0-or-later
// Bulletins composed over the cases tests' small city, with hand-counted figures: March 2026
// against February 2026 (环比) and March 2025 (同比).
#include "../cases/casefixture.h"

#include <cc/bulletin/bulletin.h>
#include <cc/cases/campaigns.h>
#include <cc/cases/surveys.h>
#include <cc/city/citycontext.h>

#include <QGuiApplication>
#include <QProcess>

using namespace CcTest;
using namespace Cc::Bulletin;
using Cc::Reports::Cell;
using Cc::Reports::Document;
using Cc::Reports::Section;
using Cc::Reports::Table;

namespace {

const Table *findTable(const Document &d, const QString &title)
{
    for (const Section &s : d.sections) {
        if (s.table && s.table->title == title)
            return &*s.table;
    }
    return nullptr;
}

/// The row of `table` whose first cell is `label`, as printed texts.
QStringList rowOf(const Table &table, const QString &label)
{
    for (const QList<Cell> &row : table.rows) {
        if (!row.isEmpty() && row.first().text == label) {
            QStringList texts;
            for (const Cell &c : row)
                texts << c.text;
            return texts;
        }
    }
    return {};
}

} // namespace

class TestBulletin : public QObject
{
    Q_OBJECT

    Fixture f;
    std::unique_ptr<City::CityContext> city;
    QString overdueNumber;
    const QDateTime now = cst(2026, 4, 20, 12, 0);

    /// A case reported by col01 on `day` at 09:00, filed and dispatched; disposed and closed
    /// on `closeDay` (same day: in time) unless that is null.
    bool caseOn(Storage::CaseRow &row, QDate day, const QString &category, QDate closeDay)
    {
        auto at = [](QDate d, int h, int m) { return cst(d.year(), d.month(), d.day(), h, m); };
        // All at one point of unit grid A, so that the 老不改 rule (50 m, 30 days) links them.
        Cases::NewReport r;
        r.channel = QStringLiteral("collector");
        r.categoryKey = category;
        r.level = Core::CaseLevel::Normal;
        r.location = QPointF(kX0 + 0.0004, kY0 + 0.0004);
        r.at = at(day, 9, 0);
        r.description = QStringLiteral("测试案卷");
        auto reported = f.service->report(r, f.col);
        if (!reported) {
            qWarning("report refused: %s", qPrintable(reported.error().message));
            return false;
        }
        row = reported.value();
        using A = CaseAction;
        if (!f.act(row, A::Accept, f.op, at(day, 9, 5))
            || !f.act(row, A::File, f.sl, at(day, 9, 10))
            || !f.act(row, A::Dispatch, f.dp, at(day, 9, 15))
            || !f.act(row, A::DeptAccept, row.departmentId == f.deptA ? f.userA : f.userB,
                      at(day, 9, 30)))
            return false;
        if (!closeDay.isValid())
            return true;
        return f.act(row, A::Feedback, row.departmentId == f.deptA ? f.userA : f.userB,
                     at(closeDay, 10, 0))
               && f.act(row, A::SendCheck, f.op, at(closeDay, 10, 10))
               && f.act(row, A::CheckPass, f.col, at(closeDay, 10, 20))
               && f.act(row, A::Close, f.sl, at(closeDay, 10, 30));
    }

private slots:
    void initTestCase()
    {
        f.setUp();
        if (QTest::currentTestFailed())
            return;
        // The fixture's community lies in one street.
        CC_VERIFY_OK(f.db->exec(
            QStringLiteral(
                "INSERT INTO street (id, code, name) VALUES ('s1', '410523001', '城关街道');"
                "INSERT INTO community (id, code, name, street_code) VALUES ('m1', '%1', '东关社区', '410523001');")
                .arg(kCommunity)));
        Storage::CaseRow r;
        const QDate mar9(2026, 3, 9), mar10(2026, 3, 10), mar31(2026, 3, 31), apr1(2026, 4, 1);
        // March 2026: 4 rubbish (3 closed the same day, 1 still open and overdue), 1 cover
        // filed on 31 March and closed on 1 April (not closed as of March's end).
        for (int i = 0; i < 3; ++i)
            QVERIFY(caseOn(r, mar9, kRubbish, mar9));
        QVERIFY(caseOn(r, mar10, kRubbish, {}));
        overdueNumber = r.number;
        QVERIFY(caseOn(r, mar31, kCover, apr1));
        // February 2026: 2 rubbish closed, 1 dirty road closed. March 2025: 1 cover closed.
        for (int i = 0; i < 2; ++i)
            QVERIFY(caseOn(r, QDate(2026, 2, 3), kRubbish, QDate(2026, 2, 3)));
        QVERIFY(caseOn(r, QDate(2026, 2, 4), kDirtyRoad, QDate(2026, 2, 4)));
        QVERIFY(caseOn(r, QDate(2025, 3, 11), kCover, QDate(2025, 3, 11)));
        // A campaign on rubbish in unit grid A in March, and one in January that the March
        // bulletin leaves out.
        Cases::CampaignStore campaigns(*f.db, Core::CategoryDictionary::builtin(),
                                       Core::WorkCalendar::chinaDefault());
        Cases::Campaign march;
        march.name = QStringLiteral("三月垃圾整治");
        march.startsOn = QDate(2026, 3, 1);
        march.endsOn = QDate(2026, 3, 31);
        march.gridCodes = {kGridA};
        march.categories = {kRubbish};
        CC_VERIFY_OK(campaigns.add(march, QStringLiteral("sl01"), Core::Role::ShiftLeader));
        // The March campaign also counts drains (专项普查): col01 counts grid A.
        Cases::SurveyStore surveys(*f.db, Core::CategoryDictionary::builtin(),
                                   Core::WorkCalendar::chinaDefault());
        CC_VERIFY_OK(surveys.setItems(march.name,
                                      {QStringLiteral("排水井"), QStringLiteral("防汛墙")},
                                      QStringLiteral("sl01"), Core::Role::ShiftLeader));
        auto task = surveys.addTask(march.name, kGridA, QStringLiteral("col01"),
                                    QStringLiteral("sl01"), Core::Role::ShiftLeader);
        CC_VERIFY_OK(task);
        CC_VERIFY_OK(surveys.submit({task->id, mar10, {{QStringLiteral("排水井"), 40, 3}}, {}},
                                    QStringLiteral("col01"), Core::Role::Collector, apr1));
        Cases::Campaign january = march;
        january.name = QStringLiteral("一月整治");
        january.startsOn = QDate(2026, 1, 1);
        january.endsOn = QDate(2026, 1, 31);
        CC_VERIFY_OK(campaigns.add(january, QStringLiteral("sl01"), Core::Role::ShiftLeader));
        auto loaded = City::CityContext::load(*f.db);
        CC_VERIFY_OK(loaded);
        city = std::move(loaded.value());
    }

    void headlineFiguresWithChanges()
    {
        auto doc = composeBulletin(*city, parsePeriod(Kind::Month, u"2026-03").value(), now);
        CC_VERIFY_OK(doc);
        const Table *t = findTable(*doc, QStringLiteral("Headline figures"));
        QVERIFY(t);
        // columns: name, this, previous, 环比, a year earlier, 同比 (docs/kpi.md's counting)
        QCOMPARE(rowOf(*t, QStringLiteral("Cases filed (立案数)")),
                 (QStringList{"Cases filed (立案数)", "5", "3", "+66.7%", "1", "+400.0%"}));
        // 应结案 (the bulletin method): the 3 closed in March and the open one due on the 10th;
        // the cover filed on the 31st falls due in April, when it was closed.
        QCOMPARE(rowOf(*t, QStringLiteral("Due to close (应结案数)")).mid(1, 3),
                 (QStringList{"4", "3", "+33.3%"}));
        QCOMPARE(rowOf(*t, QStringLiteral("Closed (结案数)")).mid(1),
                 (QStringList{"3", "3", "±0.0%", "1", "+200.0%"}));
        QCOMPARE(rowOf(*t, QStringLiteral("Closing rate (结案率)")).mid(1),
                 (QStringList{"75.00%", "100.00%", "−25.00 pp", "100.00%", "−25.00 pp"}));
        QCOMPARE(rowOf(*t, QStringLiteral("Overdue, still open (超期未结数)")).at(1),
                 QStringLiteral("1"));
        // No 回访 recorded: no value, never 100 %.
        QCOMPARE(rowOf(*t, QStringLiteral("Public satisfaction (群众满意率)")).at(1),
                 QStringLiteral("—"));
        QVERIFY(doc->sections.first().text.contains(QStringLiteral("75.00%")));
        QCOMPARE(doc->title.issue, QStringLiteral("2026, issue 3"));
    }

    void listsAndRankings()
    {
        auto doc = composeBulletin(*city, parsePeriod(Kind::Month, u"2026-03").value(), now);
        CC_VERIFY_OK(doc);
        // The overdue list holds the cases behind the headline's 超期未结数.
        const Table *overdue = findTable(*doc, QStringLiteral("Overdue cases still open"));
        QVERIFY(overdue);
        QCOMPARE(overdue->rows.size(), 1);
        QCOMPARE(overdue->rows.first().first().text, overdueNumber);

        const Table *top = findTable(*doc, QStringLiteral("Top problems"));
        QVERIFY(top);
        QCOMPARE(top->rows.size(), 2);
        QCOMPARE(top->rows[0][2].text, QStringLiteral("4")); // rubbish: 4 in March
        QCOMPARE(top->rows[0][3].text, QStringLiteral("2")); // 2 in the 31 days before
        QCOMPARE(top->rows[0][4].text, QStringLiteral("+100.0%"));
        QCOMPARE(top->rows[1][3].text, QStringLiteral("0")); // covers: none before
        QCOMPARE(top->rows[1][4].text, QStringLiteral("—"));

        // Rubbish four times at one point within 30 days: one recurring place.
        const Table *recurring = findTable(*doc, QStringLiteral("Recurring problems"));
        QVERIFY(recurring);
        QCOMPARE(recurring->rows.size(), 1);
        QCOMPARE(recurring->rows[0][1].text, QStringLiteral("4"));
        QCOMPARE(recurring->rows[0][4].text, overdueNumber); // the latest of them

        const Table *red = findTable(*doc, QStringLiteral("Red list of departments (红榜)"));
        const Table *black = findTable(*doc, QStringLiteral("Black list of departments (黑榜)"));
        QVERIFY(red && black);
        // 市政所 had nothing due in March (its cover was due on 2 April): not ranked, neither
        // red nor black; 环卫所 alone is ranked, and only once.
        QCOMPARE(red->rows.size(), 1);
        QCOMPARE(red->rows[0][1].text, QStringLiteral("环卫所"));
        QVERIFY(black->rows.isEmpty());
        const Table *streets = findTable(*doc, QStringLiteral("Red list of streets (红榜)"));
        QVERIFY(streets);
        QCOMPARE(streets->rows.size(), 1);
        QCOMPARE(streets->rows[0][1].text, QStringLiteral("城关街道"));
        QCOMPARE(streets->rows[0][4].text, QStringLiteral("75.00%"));

        // 专项整治: the March campaign alone, with its four rubbish cases.
        const Table *campaigns = findTable(*doc, QStringLiteral("Campaigns"));
        QVERIFY(campaigns);
        QCOMPARE(campaigns->rows.size(), 1);
        QStringList texts;
        for (const Cell &c : campaigns->rows[0])
            texts << c.text;
        QCOMPARE(texts, (QStringList{"三月垃圾整治", "2026-03-01—2026-03-31", "4", "4", "3",
                                     "75.00%", "1"}));

        // 专项普查: grid A's drains as counted, then each item over all grids (walls: none).
        const Table *surveyTable = findTable(*doc, QStringLiteral("Surveys"));
        QVERIFY(surveyTable);
        QList<QStringList> surveyRows;
        for (const QList<Cell> &row : surveyTable->rows) {
            QStringList cells;
            for (const Cell &c : row)
                cells << c.text;
            surveyRows << cells;
        }
        QCOMPARE(surveyRows,
                 (QList<QStringList>{{"三月垃圾整治", kGridA, "排水井", "40", "3", "7.50%"},
                                     {"三月垃圾整治", "All grids", "排水井", "40", "3", "7.50%"},
                                     {"三月垃圾整治", "All grids", "防汛墙", "0", "0", "—"}}));

        // The trend: one point per day of March, 5 filed in all.
        const Section *trend = nullptr;
        for (const Section &s : doc->sections)
            trend = s.chart && s.chart->type == Reports::ChartType::Line ? &s : trend;
        QVERIFY(trend);
        QCOMPARE(trend->chart->labels.size(), 31);
        double filed = 0;
        for (double v : trend->chart->series[0].values)
            filed += v;
        QCOMPARE(filed, 5.0);
    }

    void aBulletinOnceIssuedDoesNotChange()
    {
        // Printed again later, the March figures stay: cut off at the period's end.
        auto early = composeBulletin(*city, parsePeriod(Kind::Month, u"2026-03").value(),
                                     cst(2026, 4, 1, 8, 0));
        auto later = composeBulletin(*city, parsePeriod(Kind::Month, u"2026-03").value(), now);
        CC_VERIFY_OK(early);
        CC_VERIFY_OK(later);
        QCOMPARE(rowOf(*findTable(*early, "Headline figures"), "Closing rate (结案率)"),
                 rowOf(*findTable(*later, "Headline figures"), "Closing rate (结案率)"));
    }

    void runningAndFuturePeriods()
    {
        // April is running on the 20th: said so on the title; May has not started.
        auto april = composeBulletin(*city, parsePeriod(Kind::Month, u"2026-04").value(), now);
        CC_VERIFY_OK(april);
        QVERIFY(april->title.period.contains(QStringLiteral("2026-04-20 12:00")));
        CC_VERIFY_REFUSED(composeBulletin(*city, parsePeriod(Kind::Month, u"2026-05").value(), now),
                          "bulletin.future-period", QStringLiteral("2026-05"));
    }

    void writeRefusesBadInputAndWritesAReadablePdf()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("march.pdf"));
        CC_VERIFY_REFUSED(writeBulletin(*city, u"year", u"2026", Reports::Format::Pdf, path, now),
                          "bulletin.bad-kind", "year");
        CC_VERIFY_REFUSED(writeBulletin(*city, u"month", u"2026-3-1", Reports::Format::Pdf, path,
                                        now),
                          "bulletin.bad-period", "2026-3-1");
        CC_VERIFY_REFUSED(writeBulletin(*city, u"month", u"2026-03", Reports::Format::Invalid, path,
                                        now),
                          "report.bad-format", "xlsx");
        QVERIFY(!QFile::exists(path));
        CC_VERIFY_OK(writeBulletin(*city, u"month", u"2026-03", Reports::Format::Pdf, path, now));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        const QString printed = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(printed.contains(overdueNumber), qPrintable(printed.left(2000)));
        QVERIFY(printed.contains(QStringLiteral("城关街道")));
        QVERIFY(printed.contains(QStringLiteral("75.00%")));
    }
};

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    TestBulletin test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_bulletin.moc"

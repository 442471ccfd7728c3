// SPDX-License-Identifier: GPL-3.0-or-later
// The evaluation view (综合评价) against a small demo city: the table shows what
// Cases::evaluate computes, in its order; it sorts numerically; the chart has a bar per
// row; CSV and PDF exports are readable, and a failed export says why without a dialog.
#include <cc/cases_widgets/evaluationview.h>
#include <cc/core/kpifigures.h>
#include <cc/demogen/democity.h>
#include <cc/storage/database.h>
#include <cc/storage/repositories.h>

#include "democityfixture.h"
#include "resultcheck.h"

#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLocale>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Cc;
using Cases::EvaluationScope;
using CasesWidgets::EvaluationModel;
using CasesWidgets::EvaluationView;

Q_DECLARE_METATYPE(Cc::Cases::EvaluationScope)

namespace {

/// RFC 4180 reader, enough for the test: quoted fields with doubled quotes, CRLF records.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            const bool doubled = i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"');
            if (c == QLatin1Char('"') && doubled) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && text.mid(i + 1, 1) == QLatin1String("\n")) {
            record << field;
            field.clear();
            records << record;
            record.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty())
        records << (record << field);
    return records;
}

} // namespace

class tst_EvaluationView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto db = makeDemoCity(m_dir.filePath(QStringLiteral("city.gpkg")), 1500, 500);
        CC_VERIFY_OK(db);
        m_db = std::move(db).value();
        auto city = City::CityContext::load(*m_db);
        CC_VERIFY_OK(city);
        m_city = std::move(city).value();
        // Two hours after the simulated year: still 23 November in the city.
        m_now = demoCityEnd().addSecs(2 * 3600).toUTC();
    }

    void presetsUseTheCityDay()
    {
        EvaluationView view(*m_city);
        view.setInteractive(false);
        QCOMPARE(view.cityTimeZone().id(), QByteArray("Asia/Shanghai"));
        view.setNow(m_now);
        view.applyPreset(EvaluationView::Preset::ThisMonth);
        QCOMPARE(view.from(), QDate(2026, 11, 1));
        QCOMPARE(view.to(), QDate(2026, 11, 23));
        view.applyPreset(EvaluationView::Preset::LastMonth);
        QCOMPARE(view.from(), QDate(2026, 10, 1));
        QCOMPARE(view.to(), QDate(2026, 10, 31));
        view.applyPreset(EvaluationView::Preset::ThisQuarter);
        QCOMPARE(view.from(), QDate(2026, 10, 1));
        QCOMPARE(view.to(), QDate(2026, 11, 23));
        view.applyPreset(EvaluationView::Preset::ThisYear);
        QCOMPARE(view.from(), QDate(2026, 1, 1));
        view.applyPreset(EvaluationView::Preset::Last12Months);
        QCOMPARE(view.from(), QDate(2025, 11, 24));
        QCOMPARE(view.to(), QDate(2026, 11, 23));
        // 17:00 UTC on 30 November is already 1 December in Shanghai.
        view.setNow(QDateTime(QDate(2026, 11, 30), QTime(17, 0), Qt::UTC));
        view.applyPreset(EvaluationView::Preset::ThisMonth);
        QCOMPARE(view.from(), QDate(2026, 12, 1));
        QCOMPARE(view.to(), QDate(2026, 12, 1));
        view.applyPreset(EvaluationView::Preset::LastMonth);
        QCOMPARE(view.from(), QDate(2026, 11, 1));
        QCOMPARE(view.to(), QDate(2026, 11, 30));
    }

    void rowsMatchTheService_data()
    {
        QTest::addColumn<EvaluationScope>("scope");
        QTest::newRow("department") << EvaluationScope::Department;
        QTest::newRow("grid") << EvaluationScope::Grid;
        QTest::newRow("post") << EvaluationScope::Post;
    }

    // The tab is built at start-up: its figures are counted when it is first shown, not before.
    void evaluatesWhenShown()
    {
        EvaluationView view(*m_city);
        QSignalSpy evaluated(&view, &EvaluationView::evaluated);
        QTest::qWait(600); // past the 250 ms debounce
        QCOMPARE(evaluated.size(), 0);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(evaluated.wait(10000));
        QCOMPARE(evaluated.size(), 1);
    }

    void rowsMatchTheService()
    {
        QFETCH(EvaluationScope, scope);
        EvaluationView view(*m_city);
        setUp(view, scope);
        QSignalSpy evaluated(&view, &EvaluationView::evaluated);
        QVERIFY(view.evaluate());
        QCOMPARE(evaluated.size(), 1);

        const QDateTime begin(m_from, QTime(0, 0), m_zone);
        const QDateTime end(m_to.addDays(1), QTime(0, 0), m_zone);
        const auto expected = Cases::evaluate(*m_db, scope, begin, end, m_now);
        CC_VERIFY_OK(expected);
        QVERIFY(!expected->isEmpty());
        const EvaluationModel *model = view.model();
        QCOMPARE(model->rowCount(), int(expected->size()));
        // The table starts unsorted: the service's order (by post, then best first).
        const QAbstractItemModel *shown = view.table()->model();
        QCOMPARE(shown->rowCount(), model->rowCount());
        for (int row = 0; row < model->rowCount(); ++row) {
            const Cases::EvaluationRow &e = expected->at(row);
            QCOMPARE(shown->index(row, 0).data().toString(), e.name);
            // Nothing due: "—" for the score and the grade, never 100.
            QCOMPARE(shown->index(row, model->scoreColumn()).data().toString(),
                     e.evaluation.hasScore ? QString::number(e.evaluation.score, 'f', 1)
                                           : QStringLiteral("—"));
            QCOMPARE(shown->index(row, model->gradeColumn()).data().toString(),
                     e.evaluation.hasScore ? QString(e.evaluation.grade) : QStringLiteral("—"));
            if (scope == EvaluationScope::Post)
                QCOMPARE(shown->index(row, model->roleColumn()).data().toString(),
                         Core::roleName(e.role));
            QCOMPARE(shown->index(row, model->gradeColumn()).data(Qt::BackgroundRole).isValid(),
                     e.evaluation.hasScore);
        }

        // Indicator cells: a percentage with one decimal, numerator / denominator as tooltip.
        if (scope != EvaluationScope::Post) {
            QCOMPARE(model->indicatorCount(), int(expected->first().evaluation.indicators.size()));
            for (int i = 0; i < model->indicatorCount(); ++i) {
                const Core::Indicator &indicator = expected->first().evaluation.indicators.at(i);
                const QModelIndex cell = model->index(0, model->firstIndicatorColumn() + i);
                if (!indicator.hasValue) {
                    QCOMPARE(cell.data().toString(), QStringLiteral("—"));
                } else if (indicator.isScore) {
                    QCOMPARE(cell.data().toString(), QString::number(indicator.value, 'f', 0));
                } else {
                    QCOMPARE(cell.data().toString(),
                             QString::number(indicator.value * 100, 'f', 1) + u'%');
                    QCOMPARE(cell.data(Qt::ToolTipRole).toString(),
                             QStringLiteral("%1 / %2")
                                 .arg(indicator.numerator)
                                 .arg(indicator.denominator));
                }
                QCOMPARE(cell.data(EvaluationModel::SortRole).toDouble(),
                         indicator.hasValue ? indicator.value : -1.0);
                // The header's tooltip carries the formula (docs/kpi.md).
                const QString tip = model
                                        ->headerData(model->firstIndicatorColumn() + i,
                                                     Qt::Horizontal, Qt::ToolTipRole)
                                        .toString();
                QVERIFY2(tip.contains(Core::indicatorFormula(indicator.id)), qPrintable(tip));
            }
        }

        // The chart: a bar per row, in the service's order, each the row's score.
        const QList<double> bars = view.chartValues();
        QCOMPARE(bars.size(), expected->size());
        QCOMPARE(view.chartCategories().size(), expected->size());
        for (qsizetype i = 0; i < bars.size(); ++i)
            QVERIFY(qFuzzyCompare(1.0 + bars[i], 1.0 + expected->at(i).evaluation.score));
    }

    void sortsNumerically()
    {
        EvaluationView view(*m_city);
        setUp(view, EvaluationScope::Grid);
        QVERIFY(view.evaluate());
        const EvaluationModel *model = view.model();
        const QAbstractItemModel *shown = view.table()->model();
        QVERIFY(shown->rowCount() > 2);
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            view.table()->sortByColumn(model->scoreColumn(), order);
            QList<double> scores;
            for (int row = 0; row < shown->rowCount(); ++row) {
                const QModelIndex cell = shown->index(row, model->scoreColumn());
                scores << cell.data(EvaluationModel::SortRole).toDouble();
                // The sort role is the number behind the rounded text.
                QCOMPARE(cell.data().toString(), QString::number(scores.last(), 'f', 1));
            }
            if (order == Qt::AscendingOrder)
                QVERIFY(std::is_sorted(scores.begin(), scores.end()));
            else
                QVERIFY(std::is_sorted(scores.rbegin(), scores.rend()));
        }
        // A text sort would put "100.0" before "45.2"; numbers put it after.
        view.table()->sortByColumn(model->firstIndicatorColumn(), Qt::AscendingOrder);
        double previous = -1;
        for (int row = 0; row < shown->rowCount(); ++row) {
            const double value = shown->index(row, model->firstIndicatorColumn())
                                     .data(EvaluationModel::SortRole)
                                     .toDouble();
            QVERIFY(value >= previous);
            previous = value;
        }
    }

    void onePostShowsItsIndicators()
    {
        EvaluationView view(*m_city);
        setUp(view, EvaluationScope::Post);
        QVERIFY(view.evaluate());
        const int all = view.model()->rowCount();
        QCOMPARE(view.model()->indicatorCount(), 0); // mixed posts: no common indicators
        view.setPostRole(Core::Role::Dispatcher);
        const EvaluationModel *model = view.model();
        QVERIFY(model->rowCount() > 0);
        QVERIFY(model->rowCount() < all);
        QCOMPARE(model->indicatorCount(), 3);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->rows().at(row).role, Core::Role::Dispatcher);
        QCOMPARE(view.chartValues().size(), model->rowCount());
        // The count score is a number, not a percentage.
        const QModelIndex count = model->index(0, model->firstIndicatorColumn() + 2);
        QVERIFY(!count.data().toString().contains(u'%'));
        QVERIFY(count.data(Qt::ToolTipRole)
                    .toString()
                    .contains(QString::number(
                        model->rows().first().evaluation.indicators.at(2).numerator)));
        view.setPostRole(Core::Role::Invalid);
        QCOMPARE(view.model()->rowCount(), all);
    }

    void csvReadsBack()
    {
        // A name with the characters RFC 4180 quotes.
        auto rename = m_db->exec(
            QStringLiteral("UPDATE department SET name_zh = '城管局, \"环卫\"处' "
                           "WHERE id = (SELECT id FROM department ORDER BY code LIMIT 1)"));
        CC_VERIFY_OK(rename);
        EvaluationView view(*m_city);
        setUp(view, EvaluationScope::Department);
        QVERIFY(view.evaluate());
        const QString file = m_dir.filePath(QStringLiteral("evaluation.csv"));
        QVERIFY(view.exportCsv(file));
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray bytes = in.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> records = parseCsv(QString::fromUtf8(bytes.mid(3)));
        const EvaluationModel *model = view.model();
        QCOMPARE(records.size(), model->rowCount() + 1);
        QCOMPARE(records.first().size(), model->columnCount());
        QCOMPARE(records.first().first(), QStringLiteral("Department"));
        QCOMPARE(records.first().at(model->scoreColumn()), QStringLiteral("Score"));
        QVERIFY(records.first().at(model->firstIndicatorColumn()).endsWith(QStringLiteral("(%)")));
        for (int row = 0; row < model->rowCount(); ++row) {
            const Cases::EvaluationRow &r = model->rows().at(row);
            QCOMPARE(records.at(row + 1).first(), r.name);
            QCOMPARE(records.at(row + 1).at(model->scoreColumn()),
                     QString::number(r.evaluation.score, 'f', 1));
            QCOMPARE(records.at(row + 1).at(model->gradeColumn()), QString(r.evaluation.grade));
            const Core::Indicator &first = r.evaluation.indicators.first();
            QCOMPARE(records.at(row + 1).at(model->firstIndicatorColumn()).toDouble(),
                     QString::number(first.value * 100, 'f', 1).toDouble());
        }
        QVERIFY(std::any_of(records.begin(), records.end(), [](const QStringList &record) {
            return record.first() == QStringLiteral("城管局, \"环卫\"处");
        }));
        // The export follows the table's sort.
        view.table()->sortByColumn(model->scoreColumn(), Qt::AscendingOrder);
        QVERIFY(view.exportCsv(file));
        QFile again(file);
        QVERIFY(again.open(QIODevice::ReadOnly));
        const QList<QStringList> sorted = parseCsv(QString::fromUtf8(again.readAll().mid(3)));
        QCOMPARE(sorted.size(), records.size());
        const int score = model->scoreColumn();
        for (qsizetype i = 2; i < sorted.size(); ++i)
            QVERIFY(sorted[i - 1].at(score).toDouble() <= sorted[i].at(score).toDouble());
    }

    void pdfIsWritten()
    {
        EvaluationView view(*m_city);
        setUp(view, EvaluationScope::Department);
        QVERIFY(view.evaluate());
        const QString file = m_dir.filePath(QStringLiteral("evaluation.pdf"));
        QVERIFY(view.exportPdf(file));
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QVERIFY(in.read(4) == "%PDF");
        QVERIFY2(in.size() > 10 * 1024, qPrintable(QString::number(in.size())));
        if (const QString dir = qEnvironmentVariable("CC_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QVERIFY(QDir().mkpath(dir));
            QFile::remove(QDir(dir).filePath(QStringLiteral("evaluation.pdf")));
            QVERIFY(QFile::copy(file, QDir(dir).filePath(QStringLiteral("evaluation.pdf"))));
        }
    }

    void failuresAreReportedNotShown()
    {
        EvaluationView view(*m_city);
        setUp(view, EvaluationScope::Department);
        QVERIFY(view.evaluate());
        const int rows = view.model()->rowCount();
        QSignalSpy errors(&view, &EvaluationView::errorOccurred);
        const QString missingDir = m_dir.filePath(QStringLiteral("no/such/dir/evaluation"));
        QVERIFY(!view.exportCsv(missingDir + QStringLiteral(".csv")));
        QVERIFY(!view.exportPdf(missingDir + QStringLiteral(".pdf")));
        QVERIFY(!view.exportCsv(m_dir.path())); // a directory
        QCOMPARE(errors.size(), 3);
        QVERIFY(errors.first().first().toString().contains(QStringLiteral("evaluation.csv")));
        QVERIFY(!QFile::exists(missingDir + QStringLiteral(".csv")));

        // An empty period is refused and the rows on screen stay.
        view.setPeriod(m_to, m_from);
        QVERIFY(!view.evaluate());
        QCOMPARE(errors.size(), 4);
        QCOMPARE(view.model()->rowCount(), rows);
    }

    void regionLevels_data()
    {
        QTest::addColumn<int>("level");
        QTest::newRow("street") << int(Cases::FigureScope::Street);
        QTest::newRow("community") << int(Cases::FigureScope::Community);
        QTest::newRow("unit grid") << int(Cases::FigureScope::UnitGrid);
    }

    void regionLevels()
    {
        QFETCH(int, level);
        EvaluationView view(*m_city);
        setUp(view, EvaluationScope::Grid);
        view.setLevel(Cases::FigureScope(level));
        QCOMPARE(view.level(), Cases::FigureScope(level));
        QCOMPARE(view.scope(), EvaluationScope::Grid); // graded with the region indicators
        QVERIFY(view.evaluate());
        Cases::FigureQuery query;
        query.scope = Cases::FigureScope(level);
        query.from = QDateTime(m_from, QTime(0, 0), m_zone).toUTC();
        query.to = QDateTime(m_to.addDays(1), QTime(0, 0), m_zone).toUTC();
        query.now = m_now;
        const auto figures = Cases::countFigures(*m_db, query);
        CC_VERIFY_OK(figures);
        qsizetype expected = 0;
        for (const Cases::FigureRow &f : figures.value())
            expected += f.figures.filed > 0 || f.figures.due > 0;
        QVERIFY(expected > 0);
        QCOMPARE(view.model()->rowCount(), int(expected));
    }

    void cityLineAndPublishing()
    {
        EvaluationView view(*m_city);
        setUp(view, EvaluationScope::Department);
        view.setPeriod(QDate(2026, 10, 1), QDate(2026, 10, 31));
        QVERIFY(view.evaluate());
        QVERIFY2(view.cityLine().contains(QStringLiteral("Not published")),
                 qPrintable(view.cityLine()));
        QSignalSpy errors(&view, &EvaluationView::errorOccurred);
        // No publisher: the service refuses whoever asks without the role.
        QVERIFY(!view.publish());
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().first().toString().contains(QStringLiteral("kpi.forbidden-role")));
        // A period that has not ended (the month of `now`) is refused.
        view.setPublisher(QStringLiteral("sl01"), Core::Role::ShiftLeader);
        view.setPeriod(QDate(2026, 11, 1), QDate(2026, 11, 30));
        QVERIFY(!view.publish());
        QVERIFY(errors.last().first().toString().contains(QStringLiteral("kpi.period-not-ended")));
        // October: published, then shown beside "as of now".
        view.setPeriod(QDate(2026, 10, 1), QDate(2026, 10, 31));
        QVERIFY(view.publish());
        QVERIFY2(view.cityLine().contains(QStringLiteral("As published")),
                 qPrintable(view.cityLine()));
        QVERIFY(!view.publish()); // once
        QVERIFY(errors.last().first().toString().contains(QStringLiteral("kpi.already-published")));
    }

    void screenshot()
    {
        EvaluationView view(*m_city);
        setUp(view, EvaluationScope::Department);
        view.resize(1400, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.evaluate());
        QCoreApplication::processEvents();
        const QImage image = view.grab().toImage();
        QCOMPARE(image.size(), QSize(1400, 800));
        if (const QString dir = qEnvironmentVariable("CC_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QVERIFY(QDir().mkpath(dir));
            QVERIFY(image.save(QDir(dir).filePath(QStringLiteral("evaluation.png"))));
            view.setScope(EvaluationScope::Post);
            view.setPostRole(Core::Role::Collector);
            QVERIFY(view.evaluate());
            QCoreApplication::processEvents();
            const QString collectors = QDir(dir).filePath(
                QStringLiteral("evaluation-collectors.png"));
            QVERIFY(view.grab().save(collectors));
        }
    }

private:
    void setUp(EvaluationView &view, EvaluationScope scope)
    {
        view.setInteractive(false);
        view.setNow(m_now);
        view.setPeriod(m_from, m_to);
        view.setScope(scope);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<City::CityContext> m_city;
    const QTimeZone m_zone{"Asia/Shanghai"};
    QDateTime m_now;
    const QDate m_from{2025, 11, 24};
    const QDate m_to{2026, 11, 23};
};

QTEST_MAIN(tst_EvaluationView)
#include "tst_evaluationview.moc"

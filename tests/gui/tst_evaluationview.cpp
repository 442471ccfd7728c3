// SPDX-License-Identifier: GPL-3.0-or-later
// The evaluation view (综合评价) against a small demo city: the table shows what
// Cases::evaluate computes, in its order; it sorts numerically; the chart has a bar per
// row; CSV and PDF exports are readable, and a failed export says why without a dialog;
// channels, kinds and classes add up to the city; "as published" stands beside "as of
// now"; 环比 and 同比; the 结案率 chart's target line; the bulletin (通报) is written through
// the bulletin module off the GUI thread.
#include <cc/bulletin/bulletin.h>
#include <cc/cases/kpipublication.h>
#include <cc/cases_widgets/evaluationview.h>
#include <cc/core/kpifigures.h>
#include <cc/demogen/democity.h>
#include <cc/storage/database.h>
#include <cc/storage/repositories.h>

#include "democityfixture.h"
#include "resultcheck.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace Cc;
using Cases::EvaluationScope;
using CasesWidgets::EvaluationModel;
using CasesWidgets::EvaluationView;
using CasesWidgets::FigureColumn;

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

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QStringLiteral("FAILED: ") + QString::fromUtf8(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfPages(const QString &path)
{
    const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                           .match(run(QStringLiteral("pdfinfo"), {path}));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

/// The sheet names of an XLSX file, read through openpyxl.
QStringList xlsxSheets(const QString &path)
{
    const QString json = run(QStringLiteral("/usr/bin/python3"),
                             {QStringLiteral("-c"),
                              QStringLiteral("import sys,json,openpyxl;"
                                             "print(json.dumps(openpyxl.load_workbook(sys.argv[1])"
                                             ".sheetnames, ensure_ascii=False))"),
                              path});
    QStringList names;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        names << v.toString();
    return names;
}

/// What app/gui/mainwindow.cpp injects: the bulletin module on a connection of its own.
Result<void> writeBulletin(const CasesWidgets::BulletinRequest &r)
{
    return Bulletin::writeBulletinFrom(r.databasePath, r.kind, r.period,
                                       Reports::formatFromId(r.format), r.file, r.now);
}

double cellNumber(const EvaluationModel *model, int row, int column)
{
    return model->index(row, column).data(EvaluationModel::SortRole).toDouble();
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

    void figureScopesAddUpToTheCity_data()
    {
        QTest::addColumn<int>("level");
        QTest::newRow("channel") << int(Cases::FigureScope::Channel);
        QTest::newRow("kind") << int(Cases::FigureScope::Kind);
        QTest::newRow("class") << int(Cases::FigureScope::Class);
    }

    void figureScopesAddUpToTheCity()
    {
        QFETCH(int, level);
        EvaluationView view(*m_city);
        setUp(view, EvaluationScope::Department);
        view.setFigureScope(Cases::FigureScope(level));
        QVERIFY(view.isFiguresOnly());
        QCOMPARE(view.scope(), EvaluationScope::Invalid); // no composite for these
        QCOMPARE(view.figureScope(), Cases::FigureScope(level));
        QVERIFY(view.evaluate());
        const EvaluationModel *model = view.model();
        QVERIFY(model->rowCount() > 1);
        // No score, no grade: those columns are hidden, the figures shown.
        QVERIFY(view.table()->isColumnHidden(model->scoreColumn()));
        QVERIFY(view.table()->isColumnHidden(model->gradeColumn()));
        QCOMPARE(model->indicatorCount(), 0);

        Cases::FigureQuery query;
        query.scope = Cases::FigureScope::City;
        query.from = QDateTime(m_from, QTime(0, 0), m_zone).toUTC();
        query.to = QDateTime(m_to.addDays(1), QTime(0, 0), m_zone).toUTC();
        query.now = m_now;
        const auto city = Cases::countFigures(*m_db, query);
        CC_VERIFY_OK(city);
        const Core::CaseFigures &total = city->first().figures;
        const std::pair<const char *, qint64> counts[] = {{"reported", total.reported},
                                                          {"filed", total.filed},
                                                          {"due", total.due},
                                                          {"closed", total.closed},
                                                          {"closed-in-time", total.closedInTime},
                                                          {"overdue-open", total.overdueOpen}};
        for (const auto &[id, expected] : counts) {
            const int column = model->figureColumn(QLatin1String(id), FigureColumn::Now);
            QVERIFY2(column > model->gradeColumn(), id);
            qint64 sum = 0;
            for (int row = 0; row < model->rowCount(); ++row)
                sum += qint64(cellNumber(model, row, column));
            QCOMPARE(sum, expected);
            // The header's tooltip is the indicator's formula (docs/kpi.md).
            QVERIFY(model->headerData(column, Qt::Horizontal, Qt::ToolTipRole)
                        .toString()
                        .contains(Core::indicatorFormula(QLatin1String(id))));
        }
        // The rates with two decimals, as published.
        const int rate = model->figureColumn(QStringLiteral("close-rate"), FigureColumn::Now);
        const auto first = Core::figureValue(
            [&] {
                query.scope = Cases::FigureScope(level);
                const auto rows = Cases::countFigures(*m_db, query);
                for (const Cases::FigureRow &r : rows.value()) {
                    if (r.key == model->rows().first().key)
                        return r.figures;
                }
                return Core::CaseFigures{};
            }(),
            QStringLiteral("close-rate"));
        QCOMPARE(model->index(0, rate).data().toString(),
                 first.value ? QString::number(*first.value, 'f', 2) + u'%' : QStringLiteral("—"));

        // The chart is the 结案率 with the rules' target line; a bar per row.
        QCOMPARE(view.chartMeasure(), EvaluationView::ChartMeasure::CloseRate);
        QCOMPARE(view.chartTarget(), std::optional<double>(90.0));
        const QList<double> bars = view.chartValues();
        QCOMPARE(bars.size(), model->rowCount());
        for (int row = 0; row < model->rowCount(); ++row)
            QVERIFY(
                qFuzzyCompare(1.0 + bars[row], 1.0 + std::max(0.0, cellNumber(model, row, rate))));
    }

    void scoreChartHasNoTargetLine()
    {
        EvaluationView view(*m_city);
        setUp(view, EvaluationScope::Grid);
        QVERIFY(view.evaluate());
        QCOMPARE(view.chartMeasure(), EvaluationView::ChartMeasure::Score);
        QVERIFY(!view.chartTarget());
        view.setChartMeasure(EvaluationView::ChartMeasure::CloseRate);
        QCOMPARE(view.chartTarget(), std::optional<double>(90.0));
        QCOMPARE(view.chartValues().size(), view.model()->rowCount());
    }

    void comparesWithThePeriodBeforeAndAYearEarlier()
    {
        EvaluationView view(*m_city);
        setUp(view, EvaluationScope::Department);
        view.setPeriod(QDate(2026, 10, 1), QDate(2026, 10, 31));
        QVERIFY(view.evaluate());
        const EvaluationModel *model = view.model();
        QCOMPARE(model->figureColumn(QStringLiteral("close-rate"), FigureColumn::PreviousPeriod),
                 -1);
        view.setComparing(true);
        QVERIFY(view.evaluate());
        const int previous = model->figureColumn(QStringLiteral("close-rate"),
                                                 FigureColumn::PreviousPeriod);
        const int yearEarlier = model->figureColumn(QStringLiteral("close-rate"),
                                                    FigureColumn::SamePeriodLastYear);
        QVERIFY(previous > model->gradeColumn());
        QVERIFY(yearEarlier > previous);
        QVERIFY(
            model->figureColumn(QStringLiteral("in-time-close-rate"), FigureColumn::PreviousPeriod)
            > 0);

        // By hand from the counts of October and September (the month before):
        // 结案数 / 应结案数 each rounded to two decimals, then the difference.
        const auto counts = [&](QDate first, QDate last) {
            Cases::FigureQuery query;
            query.scope = Cases::FigureScope::Department;
            query.from = QDateTime(first, QTime(0, 0), m_zone).toUTC();
            query.to = QDateTime(last.addDays(1), QTime(0, 0), m_zone).toUTC();
            query.now = m_now;
            return Cases::figuresByKey(Cases::countFigures(*m_db, query).value());
        };
        const Cases::FiguresByKey october = counts(QDate(2026, 10, 1), QDate(2026, 10, 31));
        const Cases::FiguresByKey september = counts(QDate(2026, 9, 1), QDate(2026, 9, 30));
        const auto rate = [](qint64 closed, qint64 due) {
            return std::round(10000.0 * double(closed) / double(due)) / 100;
        };
        int compared = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString key = model->rows().at(row).key;
            const Core::CaseFigures now = october.value(key), before = september.value(key);
            const QModelIndex cell = model->index(row, previous);
            if (now.due == 0 || before.due == 0) {
                QCOMPARE(cell.data().toString(), QStringLiteral("—"));
                continue;
            }
            const double expected = std::round(100
                                               * (rate(now.closed, now.due)
                                                  - rate(before.closed, before.due)))
                                    / 100;
            QVERIFY2(qAbs(cell.data(EvaluationModel::SortRole).toDouble() - expected) < 1e-9,
                     qPrintable(QStringLiteral("%1: %2 vs %3")
                                    .arg(key, cell.data().toString())
                                    .arg(expected)));
            QCOMPARE(cell.data().toString(), (expected > 0 ? QStringLiteral("+") : QString())
                                                 + QString::number(expected, 'f', 2));
            QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("2026-09-30")));
            ++compared;
        }
        QVERIFY(compared > 0);
        // October 2025 is before the demo city's first case: nothing to compare with.
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->index(row, yearEarlier).data().toString(), QStringLiteral("—"));
        QVERIFY(model->headerData(yearEarlier, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("2025-10-01 – 2025-10-31")));
    }

    void publishedBesideNowInEveryScope_data()
    {
        QTest::addColumn<int>("level");
        QTest::addColumn<EvaluationScope>("scope");
        QTest::newRow("department") << 0 << EvaluationScope::Department;
        QTest::newRow("grid") << 0 << EvaluationScope::Grid;
        QTest::newRow("post") << 0 << EvaluationScope::Post;
        QTest::newRow("street") << int(Cases::FigureScope::Street) << EvaluationScope::Grid;
        QTest::newRow("channel") << int(Cases::FigureScope::Channel) << EvaluationScope::Invalid;
        QTest::newRow("class") << int(Cases::FigureScope::Class) << EvaluationScope::Invalid;
    }

    void publishedBesideNowInEveryScope()
    {
        QFETCH(int, level);
        QFETCH(EvaluationScope, scope);
        const QDate first(2026, 9, 1), last(2026, 9, 30);
        Cases::KpiPublisher publisher(*m_db, {m_zone, m_city->cityName(),
                                              Core::KpiRules::defaults(), &m_city->categories()});
        EvaluationView view(*m_city);
        setUp(view, scope == EvaluationScope::Invalid ? EvaluationScope::Grid : scope);
        if (level)
            view.setLevel(Cases::FigureScope(level));
        QCOMPARE(view.scope(), scope);
        // August is not published: no published column.
        view.setPeriod(QDate(2026, 8, 1), QDate(2026, 8, 31));
        QVERIFY(view.evaluate());
        QCOMPARE(view.model()->figureColumn(QStringLiteral("close-rate"), FigureColumn::Published),
                 -1);

        auto already = publisher.published(Cases::FigureScope::City, first, last);
        CC_VERIFY_OK(already);
        if (!*already)
            CC_VERIFY_OK(publisher.publish(QStringLiteral("sl01"), Core::Role::ShiftLeader, first,
                                           last, m_now));
        view.setPeriod(first, last);
        QVERIFY(view.evaluate());
        const EvaluationModel *model = view.model();
        const int now = model->figureColumn(QStringLiteral("close-rate"), FigureColumn::Now);
        const int published = model->figureColumn(QStringLiteral("close-rate"),
                                                  FigureColumn::Published);
        QVERIFY(now > 0);
        QVERIFY(published > now);
        QVERIFY(model->headerData(published, Qt::Horizontal)
                    .toString()
                    .contains(QStringLiteral("as published")));
        QVERIFY(model->headerData(now, Qt::Horizontal)
                    .toString()
                    .contains(QStringLiteral("as of now")));
        auto frozen = publisher.published(view.figureScope(), first, last);
        CC_VERIFY_OK(frozen);
        QVERIFY(frozen->has_value());
        const Cases::FiguresByKey byKey = Cases::figuresByKey(frozen->value().rows);
        int shown = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const auto it = byKey.constFind(model->rows().at(row).key);
            const QString text = model->index(row, published).data().toString();
            if (it == byKey.cend()) {
                QCOMPARE(text, QStringLiteral("—"));
                continue;
            }
            const auto value = Core::figureValue(*it, QStringLiteral("close-rate")).value;
            QCOMPARE(text, value ? QString::number(*value, 'f', 2) + u'%' : QStringLiteral("—"));
            // Nothing changed since: as of now reads the same.
            QCOMPARE(model->index(row, now).data().toString(), text);
            shown += value.has_value();
        }
        QVERIFY(shown > 0);
    }

    void bulletinIsWrittenThroughTheBulletinModule_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("pdf") << QStringLiteral("pdf");
        QTest::newRow("xlsx") << QStringLiteral("xlsx");
        QTest::newRow("odt") << QStringLiteral("odt");
    }

    void bulletinIsWrittenThroughTheBulletinModule()
    {
        QFETCH(QString, format);
        EvaluationView view(*m_city);
        setUp(view, EvaluationScope::Department);
        const auto bulletinAction = [&view] {
            for (QAction *action : view.findChildren<QAction *>()) {
                if (action->text() == QStringLiteral("Bulletin…"))
                    return action;
            }
            return static_cast<QAction *>(nullptr);
        };
        QVERIFY(bulletinAction());
        QVERIFY(!bulletinAction()->isVisible()); // no writer, no button
        view.setBulletinWriter(writeBulletin);
        QVERIFY(bulletinAction()->isVisible());

        CasesWidgets::EvaluationBulletinDialog *dialog = view.bulletinDialog();
        // The last complete period of each kind on Monday 23 November 2026 (city time).
        QCOMPARE(dialog->kind(), QStringLiteral("month"));
        QCOMPARE(dialog->period(), QStringLiteral("2026-10"));
        dialog->setKind(QStringLiteral("week"));
        QCOMPARE(dialog->period(), QStringLiteral("2026-W47"));
        dialog->setKind(QStringLiteral("quarter"));
        QCOMPARE(dialog->period(), QStringLiteral("2026-Q3"));
        dialog->setKind(QStringLiteral("month"));
        dialog->setFormat(format);
        QVERIFY(dialog->file().endsWith(QStringLiteral("bulletin-2026-10.") + format));

        // A bad period: the service's error in the dialog, no file.
        const QString path = m_dir.filePath(QStringLiteral("tab-bulletin.") + format);
        QFile::remove(path);
        dialog->setFile(path);
        dialog->setPeriod(QStringLiteral("2026-13"));
        QSignalSpy failed(dialog, &CasesWidgets::EvaluationBulletinDialog::failed);
        QSignalSpy written(dialog, &CasesWidgets::EvaluationBulletinDialog::written);
        QVERIFY(dialog->write());
        QVERIFY(dialog->isBusy());
        QVERIFY(!dialog->write()); // one at a time
        if (const QString dir = qEnvironmentVariable("CC_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(dialog->grab().save(QDir(dir).filePath(QStringLiteral("bulletin-dialog.png"))));
        QVERIFY(failed.wait(60000));
        QVERIFY2(dialog->message().contains(QStringLiteral("bulletin.bad-period")),
                 qPrintable(dialog->message()));
        QVERIFY(!dialog->isBusy());
        QVERIFY(!QFile::exists(path));

        dialog->setPeriod(QStringLiteral("2026-10"));
        QVERIFY(dialog->write());
        QVERIFY(written.wait(120000));
        QCOMPARE(written.first().first().toString(), path);
        QVERIFY(QFileInfo(path).size() > 0);

        // The same bulletin written by the module directly (cityctl bulletin's path).
        const QString direct = m_dir.filePath(QStringLiteral("direct-bulletin.") + format);
        CC_VERIFY_OK(writeBulletin({m_db->path(), QStringLiteral("month"),
                                    QStringLiteral("2026-10"), format, direct, m_now}));
        if (format == QLatin1String("pdf")) {
            const int pages = pdfPages(path);
            QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
            QCOMPARE(pages, pdfPages(direct));
            QVERIFY(run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")})
                        .contains(QStringLiteral("2026")));
        } else if (format == QLatin1String("xlsx")) {
            const QStringList sheets = xlsxSheets(path);
            QVERIFY2(sheets.contains(QStringLiteral("Headline figures")),
                     qPrintable(sheets.join(u',')));
            QCOMPARE(sheets, xlsxSheets(direct));
        } else {
            QFile odt(path);
            QVERIFY(odt.open(QIODevice::ReadOnly));
            QVERIFY(odt.read(2) == "PK"); // an OpenDocument package (zip)
        }
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

// SPDX-License-Identifier: GPL-3.0-or-later
// Writes one report in each format and reads it back with tools that are not ours: poppler's
// pdfinfo/pdftotext/pdffonts for the PDF, openpyxl for the XLSX, the ODT's content.xml.
#include "resultcheck.h"

#include <cc/reports/writers.h>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Cc;
using namespace Cc::Reports;

namespace {

/// With CC_REPORT_KEEP=DIR the files written are copied there, to look at them.
void keep(const QString &path)
{
    const QString dir = qEnvironmentVariable("CC_REPORT_KEEP");
    if (!dir.isEmpty()) {
        QFile::remove(dir + QLatin1Char('/') + QFileInfo(path).fileName());
        QFile::copy(path, dir + QLatin1Char('/') + QFileInfo(path).fileName());
    }
}

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QStringLiteral("FAILED: ") + QString::fromUtf8(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// A report with every kind of part; `overdueRows` rows in a long list make it run onto pages.
Document sampleReport(int overdueRows)
{
    Document d;
    d.title = {QStringLiteral("数字城管工作月度通报"),
               QStringLiteral("2026年第11期"),
               QStringLiteral("测试市数字化城市管理监督指挥中心"),
               QStringLiteral("2026年11月1日—11月30日"),
               QStringLiteral("2026年12月1日"),
               QStringLiteral("测试市")};
    Table figures{QStringLiteral("主要指标"),
                  {QStringLiteral("指标"), QStringLiteral("本期"), QStringLiteral("环比")},
                  {},
                  {},
                  {3, 2, 2},
                  {}};
    figures.rows << QList<Cell>{Cell::of(QStringLiteral("立案数")), Cell::count(6679),
                                Cell::change(-3.5, QStringLiteral("%"), 2)};
    figures.rows << QList<Cell>{Cell::of(QStringLiteral("结案率")), Cell::percent(98.73),
                                Cell::change(1.2, QStringLiteral("个百分点"), 2)};
    figures.rows << QList<Cell>{Cell::of(QStringLiteral("按期处置率")), Cell::percent(std::nullopt),
                                Cell::change(std::nullopt, {}, 2)};
    d.sections << Section{QStringLiteral("一、总体情况"),
                          QStringLiteral("本月共受理问题七千余件，结案率保持高位。"), figures,
                          std::nullopt};

    Table red{QStringLiteral("红榜"),
              {QStringLiteral("名次"), QStringLiteral("部门"), QStringLiteral("得分")},
              {},
              {},
              {},
              {}};
    red.rows << QList<Cell>{Cell::count(1), Cell::of(QStringLiteral("市政工程处")),
                            Cell::percent(99.5)};
    red.tones << RowTone::Good;
    d.sections << Section{QStringLiteral("二、红榜"), {}, red, std::nullopt};

    Table overdue{QStringLiteral("超期未结案件"),
                  {QStringLiteral("案件号"), QStringLiteral("问题"), QStringLiteral("地址")},
                  {},
                  {},
                  {2, 2, 5},
                  {}};
    for (int i = 0; i < overdueRows; ++i)
        overdue.rows << QList<Cell>{Cell::of(
                                        QStringLiteral("2026-%1").arg(i, 6, 10, QLatin1Char('0'))),
                                    Cell::of(QStringLiteral("井盖缺失")),
                                    Cell::of(
                                        QStringLiteral("人民路与解放路交叉口东北角第%1号").arg(i))};
    d.sections << Section{QStringLiteral("三、超期案件"), {}, overdue, std::nullopt};

    Table empty{QStringLiteral("老不改问题"),        {QStringLiteral("地点")}, {}, {}, {},
                QStringLiteral("本期无老不改问题。")};
    d.sections << Section{QStringLiteral("四、老不改"), {}, empty, std::nullopt};

    Chart chart{QStringLiteral("高发问题"),
                ChartType::Bar,
                {QStringLiteral("暴露垃圾"), QStringLiteral("乱堆物料"),
                 QStringLiteral("占道经营")},
                {{QStringLiteral("本期"), {120, 80, 45}}, {QStringLiteral("上期"), {100, 95, 30}}},
                QStringLiteral("件")};
    d.sections << Section{QStringLiteral("五、图表"), {}, std::nullopt, chart};
    return d;
}

} // namespace

class TestReportWriters : public QObject
{
    Q_OBJECT
private slots:
    void pdfHasPagesTextAndEmbeddedFonts_data();
    void pdfHasPagesTextAndEmbeddedFonts();
    void odtCarriesTextTablesAndChartImage();
    void xlsxHasOneSheetPerTableWithNumbers();
    void refusesUnwritablePathAndMissingFont();
    void chartDrawsBarsInsideItsArea();
    void cellsFormatChanges();
};

void TestReportWriters::pdfHasPagesTextAndEmbeddedFonts_data()
{
    QTest::addColumn<int>("overdueRows");
    QTest::addColumn<int>("minPages");
    QTest::addColumn<int>("maxPages");
    QTest::newRow("short: one or two pages") << 3 << 1 << 2;
    QTest::newRow("long list runs onto more pages") << 160 << 4 << 12;
}

void TestReportWriters::pdfHasPagesTextAndEmbeddedFonts()
{
    QFETCH(int, overdueRows);
    QFETCH(int, minPages);
    QFETCH(int, maxPages);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bulletin-%1.pdf").arg(overdueRows));
    QElapsedTimer timer;
    timer.start();
    CC_VERIFY_OK(writePdf(sampleReport(overdueRows), path));
    qDebug("written in %lld ms", timer.elapsed());
    keep(path);

    const QString info = run(QStringLiteral("pdfinfo"), {path});
    const auto pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    QVERIFY2(pages.hasMatch(), qPrintable(info));
    QVERIFY2(pages.captured(1).toInt() >= minPages && pages.captured(1).toInt() <= maxPages,
             qPrintable(info));
    QVERIFY2(info.contains(QStringLiteral("A4")), qPrintable(info));

    const QString text = run(QStringLiteral("pdftotext"),
                             {QStringLiteral("-layout"), path, QStringLiteral("-")});
    for (const QString &expected :
         {QStringLiteral("数字城管工作月度通报"), QStringLiteral("2026年第11期"),
          QStringLiteral("98.73%"), QStringLiteral("市政工程处"),
          QStringLiteral("本期无老不改问题。"), QStringLiteral("暴露垃圾"),
          QStringLiteral("统计期间"), QStringLiteral("部门")})
        QVERIFY2(text.contains(expected), qPrintable(expected));
    // Latin letters and digits have their text too (no shaped glyphs without a character).
    QVERIFY2(text.contains(QStringLiteral("2026-000002")), qPrintable(text.left(3000)));
    // The last row of the long list is not lost at a page break.
    QVERIFY(text.contains(QStringLiteral("第%1号").arg(overdueRows - 1)));
    // The table's header row repeats on the pages the list runs onto.
    if (overdueRows > 100)
        QVERIFY(text.count(QStringLiteral("案件号")) >= 2);

    // Every font is embedded (pdffonts' "emb" column) with a ToUnicode map ("uni"), and only
    // the glyphs used: Qt names no subset tag (so "sub" reads no), but the whole of Noto Sans
    // CJK is 16 MB or more per weight, and the file is a small fraction of one.
    const QStringList fonts = run(QStringLiteral("pdffonts"), {path})
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                                  .mid(2);
    QVERIFY(!fonts.isEmpty());
    for (const QString &line : fonts) {
        QVERIFY2(line.contains(QRegularExpression(
                     QStringLiteral("\\s+yes\\s+(yes|no)\\s+yes\\s+\\d+\\s+\\d+$"))),
                 qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("NotoSansCJK")), qPrintable(line));
    }
    QVERIFY2(QFileInfo(path).size() < 1500 * 1024,
             qPrintable(QString::number(QFileInfo(path).size())));
}

void TestReportWriters::odtCarriesTextTablesAndChartImage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bulletin.odt"));
    CC_VERIFY_OK(writeOdt(sampleReport(5), path));
    keep(path);
    const QString listing = run(
        QStringLiteral("/usr/bin/python3"),
        {QStringLiteral("-c"),
         QStringLiteral(
             "import sys,zipfile; z=zipfile.ZipFile(sys.argv[1]); print('\\n'.join(z.namelist()));"
             "print(z.read('content.xml').decode())"),
         path});
    QVERIFY2(listing.contains(QStringLiteral("mimetype")), qPrintable(listing.left(500)));
    QVERIFY(listing.contains(QStringLiteral("Pictures/")));
    QVERIFY(listing.contains(QStringLiteral("<table:table ")));
    QVERIFY(listing.contains(QStringLiteral("数字城管工作月度通报")));
    QVERIFY(listing.contains(QStringLiteral("98.73%")));
    QVERIFY(listing.contains(QStringLiteral("Noto Sans CJK SC")));
}

void TestReportWriters::xlsxHasOneSheetPerTableWithNumbers()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bulletin.xlsx"));
    CC_VERIFY_OK(writeXlsx(sampleReport(5), path));
    keep(path);
    const QString json = run(
        QStringLiteral("/usr/bin/python3"),
        {QStringLiteral("-c"),
         QStringLiteral(
             "import sys,json,openpyxl; wb=openpyxl.load_workbook(sys.argv[1]);"
             "print(json.dumps({ws.title:[[c for c in r] for r in ws.iter_rows(values_only=True)]"
             " for ws in wb.worksheets}, ensure_ascii=False))"),
         path});
    const QJsonObject sheets = QJsonDocument::fromJson(json.toUtf8()).object();
    QVERIFY2(!sheets.isEmpty(), qPrintable(json.left(500)));
    // A cover sheet, one per table, one per chart.
    QCOMPARE(sheets.keys().size(), 6);
    for (const QString &name :
         {QStringLiteral("主要指标"), QStringLiteral("红榜"), QStringLiteral("超期未结案件"),
          QStringLiteral("老不改问题"), QStringLiteral("高发问题")})
        QVERIFY2(sheets.contains(name), qPrintable(name));
    const QJsonArray figures = sheets.value(QStringLiteral("主要指标")).toArray();
    QCOMPARE(figures.at(1).toArray().at(0).toString(), QStringLiteral("指标"));
    QCOMPARE(figures.at(2).toArray().at(1).toDouble(), 6679.0); // a number, not text
    QVERIFY(figures.at(2).toArray().at(1).isDouble());
    QCOMPARE(figures.at(3).toArray().at(1).toDouble(), 98.73);
    QCOMPARE(figures.at(4).toArray().at(1).toString(), QStringLiteral("—"));
    QCOMPARE(sheets.value(QStringLiteral("超期未结案件")).toArray().size(), 2 + 5);
    QCOMPARE(sheets.value(QStringLiteral("老不改问题")).toArray().at(2).toArray().at(0).toString(),
             QStringLiteral("本期无老不改问题。"));
    const QJsonArray chartData = sheets.value(QStringLiteral("高发问题")).toArray();
    QCOMPARE(chartData.at(1).toArray().at(0).toString(), QStringLiteral("暴露垃圾"));
    QCOMPARE(chartData.at(1).toArray().at(2).toDouble(), 100.0);
    const QString charts = run(
        QStringLiteral("/usr/bin/python3"),
        {QStringLiteral("-c"),
         QStringLiteral(
             "import sys,zipfile; print([n for n in zipfile.ZipFile(sys.argv[1]).namelist() if 'charts/' in n])"),
         path});
    QVERIFY2(charts.contains(QStringLiteral("chart1.xml")), qPrintable(charts));
}

void TestReportWriters::refusesUnwritablePathAndMissingFont()
{
    const QString nowhere = QStringLiteral("/nonexistent-dir/bulletin");
    for (Format f : {Format::Pdf, Format::Odt, Format::Xlsx})
        CC_VERIFY_REFUSED(write(sampleReport(1), f, nowhere + QLatin1Char('.') + formatId(f)),
                          "report.write-failed", QStringLiteral("/nonexistent-dir/"));
    Document d = sampleReport(1);
    d.fontFamily = QStringLiteral("No Such Font 字体");
    QTemporaryDir dir;
    CC_VERIFY_REFUSED(writePdf(d, dir.filePath(QStringLiteral("x.pdf"))), "report.no-font",
                      QStringLiteral("No Such Font"));
    CC_VERIFY_REFUSED(write(d, Format::Invalid, dir.filePath(QStringLiteral("x"))),
                      "report.bad-format", QStringLiteral("xlsx"));
    QCOMPARE(formatFromId(u"xlsx"), Format::Xlsx);
    QCOMPARE(formatFromId(u"doc"), Format::Invalid);
}

void TestReportWriters::chartDrawsBarsInsideItsArea()
{
    const Chart chart = sampleReport(1).sections.last().chart.value();
    QImage image(800, 400, QImage::Format_RGB32);
    image.fill(Qt::black);
    QPainter painter(&image);
    paintChart(painter, QRectF(100, 50, 600, 300), chart, QStringLiteral("Noto Sans CJK SC"));
    painter.end();
    // Outside the area nothing is touched; inside, the background is white and the first
    // series' blue bars are there.
    QCOMPARE(image.pixelColor(50, 20), QColor(Qt::black));
    QCOMPARE(image.pixelColor(105, 340).rgb() | 0, QColor(Qt::white).rgb() | 0);
    int blue = 0;
    for (int y = 50; y < 350; ++y)
        for (int x = 100; x < 700; ++x)
            blue += image.pixelColor(x, y) == QColor(0x2f, 0x6f, 0xb5);
    QVERIFY2(blue > 2000, qPrintable(QString::number(blue)));
}

void TestReportWriters::cellsFormatChanges()
{
    QCOMPARE(Cell::change(1.234, QStringLiteral("%"), 2).text, QStringLiteral("+1.23%"));
    QCOMPARE(Cell::change(-3, {}, 0).text, QStringLiteral("−3"));
    QCOMPARE(Cell::change(0.001, QStringLiteral("%"), 2).text, QStringLiteral("±0.00%"));
    QCOMPARE(Cell::percent(std::nullopt).text, QStringLiteral("—"));
    QVERIFY(!Cell::percent(std::nullopt).number);
    QCOMPARE(Cell::percent(98.7).text, QStringLiteral("98.70%"));
    QCOMPARE(*Cell::count(12).number, 12.0);
}

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    TestReportWriters test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_reportwriters.moc"

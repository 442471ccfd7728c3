// SPDX-License-Identifier: GPL-3.0-or-later
// cityctl bulletin end to end on a small demo city: the three formats written and read back,
// bad input refused with its code and nothing written.
#include "cityctlrunner.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace CityctlTest;

namespace {

QString tool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestCityctlBulletin : public QObject
{
    Q_OBJECT
    QTemporaryDir dir;
    QString db;

private slots:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        db = dir.filePath(QStringLiteral("city.gpkg"));
        const Run r = cityctl({"init-demo", "--db", db, "--cases", "300", "--components", "200",
                               "--end", "2026-11-30T18:00:00+08:00"});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
    }

    void writesAMonthlyPdf()
    {
        const QString pdf = dir.filePath(QStringLiteral("2026-11.pdf"));
        const Run r = cityctl(
            {"bulletin", "--db", db, "--kind", "month", "--period", "2026-11", "--out", pdf});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const QString info = tool(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+[1-9]"))),
                 qPrintable(info));
        QVERIFY(info.contains(QStringLiteral("A4")));
        const QString text = tool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY2(text.contains(QStringLiteral("Monthly bulletin of digital city management")),
                 qPrintable(text.left(1000)));
        QVERIFY(text.contains(QStringLiteral("2026, issue 11")));
        QVERIFY(text.contains(QStringLiteral("Headline figures")));
    }

    void writesWeeklyXlsxAndQuarterlyOdt()
    {
        const QString xlsx = dir.filePath(QStringLiteral("week48.xlsx"));
        Run r = cityctl({"bulletin", "--db", db, "--kind", "week", "--period", "2026-W48",
                         "--format", "xlsx", "--out", xlsx});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const QString sheets = tool(
            QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-c"),
             QStringLiteral(
                 "import sys,openpyxl; print('|'.join(openpyxl.load_workbook(sys.argv[1]).sheetnames))"),
             xlsx});
        QVERIFY2(sheets.contains(QStringLiteral("Headline figures")), qPrintable(sheets));
        QVERIFY(sheets.contains(QStringLiteral("Overdue cases still open")));

        const QString odt = dir.filePath(QStringLiteral("q4.odt"));
        r = cityctl(
            {"bulletin", "--db", db, "--kind", "quarter", "--period", "2026-Q4", "--out", odt});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const QString content = tool(
            QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-c"),
             QStringLiteral(
                 "import sys,zipfile; print(zipfile.ZipFile(sys.argv[1]).read('content.xml').decode())"),
             odt});
        QVERIFY(content.contains(QStringLiteral("Quarterly bulletin of digital city management")));
        QVERIFY(content.contains(QStringLiteral("running: figures as of"))); // Q4 had not ended
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("says");
        QTest::newRow("month 13") << QStringList{"--kind", "month", "--period", "2026-13"} << 1
                                  << "[bulletin.bad-period]";
        QTest::newRow("a week for a month")
            << QStringList{"--kind", "month", "--period", "2026-W48"} << 1
            << "[bulletin.bad-period]";
        QTest::newRow("no such kind")
            << QStringList{"--kind", "year", "--period", "2026"} << 1 << "[bulletin.bad-kind]";
        QTest::newRow("not begun") << QStringList{"--kind", "month", "--period", "2099-01"} << 1
                                   << "[bulletin.future-period]";
        QTest::newRow("no period") << QStringList{"--kind", "month"} << 2 << "--period";
    }

    void refusesBadInput()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, says);
        const QString out = dir.filePath(QStringLiteral("refused.pdf"));
        const Run r = cityctl(QStringList{"bulletin", "--db", db, "--out", out} + args);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(says), qPrintable(describe(r)));
        QVERIFY(!QFileInfo::exists(out));
    }

    void refusesAnUnknownFormat()
    {
        const QString out = dir.filePath(QStringLiteral("bulletin.doc"));
        const Run r = cityctl(
            {"bulletin", "--db", db, "--kind", "month", "--period", "2026-11", "--out", out});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("[report.bad-format]")), qPrintable(describe(r)));
        QVERIFY(!QFileInfo::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestCityctlBulletin)
#include "tst_cityctl_bulletin.moc"

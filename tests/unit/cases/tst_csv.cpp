// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/cases/csv.h>

#include <QTest>

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void field_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("plain") << "井盖破损" << "井盖破损";
        QTest::newRow("empty") << "" << "";
        QTest::newRow("comma") << "人民路,12号" << "\"人民路,12号\"";
        QTest::newRow("quote") << "say \"hi\"" << "\"say \"\"hi\"\"\"";
        QTest::newRow("line-break") << "a\nb" << "\"a\nb\"";
        QTest::newRow("formula-equals") << "=HYPERLINK(\"http://x\")" << "\"'=HYPERLINK(\"\"http://x\"\")\"";
        QTest::newRow("formula-plus") << "+1+cmd" << "'+1+cmd";
        QTest::newRow("formula-minus") << "-A1" << "'-A1";
        QTest::newRow("formula-at") << "@SUM(A1)" << "'@SUM(A1)";
        QTest::newRow("formula-tab") << "\t=1" << "'\t=1";
        QTest::newRow("negative-number") << "-2.5" << "-2.5";
        QTest::newRow("plus-number") << "+3" << "+3";
        QTest::newRow("equals-inside") << "a=b" << "a=b";
    }

    void field()
    {
        QFETCH(QString, value);
        QTEST(Cc::Cases::csvField(value), "field");
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"

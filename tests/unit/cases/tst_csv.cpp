// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/cases/csv.h>

#include <QBuffer>
#include <QTest>

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void field_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("plain") << "井盖破损"
                               << "井盖破损";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("comma") << "人民路,12号"
                               << "\"人民路,12号\"";
        QTest::newRow("quote") << "say \"hi\""
                               << "\"say \"\"hi\"\"\"";
        QTest::newRow("line-break") << "a\nb"
                                    << "\"a\nb\"";
        QTest::newRow("formula-equals") << "=HYPERLINK(\"http://x\")"
                                        << "\"'=HYPERLINK(\"\"http://x\"\")\"";
        QTest::newRow("formula-plus") << "+1+cmd"
                                      << "'+1+cmd";
        QTest::newRow("formula-minus") << "-A1"
                                       << "'-A1";
        QTest::newRow("formula-at") << "@SUM(A1)"
                                    << "'@SUM(A1)";
        QTest::newRow("formula-tab") << "\t=1"
                                     << "'\t=1";
        QTest::newRow("negative-number") << "-2.5"
                                         << "-2.5";
        QTest::newRow("plus-number") << "+3"
                                     << "+3";
        QTest::newRow("equals-inside") << "a=b"
                                       << "a=b";
    }

    void field()
    {
        QFETCH(QString, value);
        QTEST(Cc::Cases::csvField(value), "field");
    }

    void writerPutsOneBomAndCrlfRecords()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        Cc::Cases::CsvWriter csv(buffer);
        QVERIFY(csv.writeRecord({QStringLiteral("编号"), QStringLiteral("人民路,12号")}));
        QVERIFY(csv.writeRecords(Cc::Cases::csvRecord({QStringLiteral("=1+1"), QString()})));
        QCOMPARE(buffer.data(),
                 QByteArray("\xEF\xBB\xBF")
                     + QStringLiteral("编号,\"人民路,12号\"\r\n'=1+1,\r\n").toUtf8());
    }

    void writerReportsAFailedWrite()
    {
        QBuffer closed; // not open: every write fails
        Cc::Cases::CsvWriter csv(closed);
        QVERIFY(!csv.writeRecord({QStringLiteral("a")}));
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"

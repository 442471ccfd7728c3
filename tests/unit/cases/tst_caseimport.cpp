// SPDX-License-Identifier: GPL-3.0-or-later
// CaseImporter: JSON lines mixing good and bad ones; every refused line is reported with its
// number and code and leaves nothing behind, the good ones are applied, whatever the batch size.
#include "casefixture.h"

#include <cc/cases/caseimport.h>

#include "resultcheck.h"

#include <QBuffer>

using namespace CcTest;

namespace {

// Line numbers are physical lines (line 11 is blank and is neither applied nor refused).
const char kInput[] =
    // 1: a hotline report, named EXT-1 for later lines
    R"({"type":"report","ref":"EXT-1","actor":"op01","role":"operator","at":"2026-03-09T01:00:00Z","channel":"hotline-12345","category":"event:0102","level":"normal","grid":"41052300100101","address":"人民路1号","description":"暴露垃圾","reporter":"138****0001"})"
    "\n"
    // 2: accepted, with a local time
    R"({"type":"action","ref":"EXT-1","action":"accept","actor":"op01","role":"operator","at":"2026-03-09T09:10:00+08:00"})"
    "\n"
    // 3: not JSON
    R"({"type":"report",)"
    "\n"
    // 4: unknown type
    R"({"type":"complaint","actor":"op01","role":"operator","at":"2026-03-09T01:12:00Z"})"
    "\n"
    // 5: unknown ref
    R"({"type":"action","ref":"EXT-404","action":"file","actor":"sl01","role":"shift-leader","at":"2026-03-09T01:13:00Z"})"
    "\n"
    // 6: dispatch before filing
    R"({"type":"action","ref":"EXT-1","action":"dispatch","actor":"dp01","role":"dispatcher","at":"2026-03-09T01:14:00Z"})"
    "\n"
    // 7: an operator may not file
    R"({"type":"action","ref":"EXT-1","action":"file","actor":"op01","role":"operator","at":"2026-03-09T01:15:00Z"})"
    "\n"
    // 8: no such user
    R"({"type":"action","ref":"EXT-1","action":"file","actor":"nobody","role":"shift-leader","at":"2026-03-09T01:16:00Z"})"
    "\n"
    // 9: not a time
    R"({"type":"action","ref":"EXT-1","action":"file","actor":"sl01","role":"shift-leader","at":"yesterday"})"
    "\n"
    // 10: filed
    R"({"type":"action","ref":"EXT-1","action":"file","actor":"sl01","role":"shift-leader","at":"2026-03-09T01:20:00Z"})"
    "\n"
    "\n"
    // 12: a collector's report by point, inside unit grid B, without a ref
    R"({"type":"report","actor":"col01","role":"collector","at":"2026-03-09T01:30:00Z","channel":"collector","category":"event:0104","lon":114.001220703125,"lat":35.000244140625})"
    "\n"
    // 13: accepted by case number
    R"({"type":"action","case":"2026-000002","action":"accept","actor":"op01","role":"operator","at":"2026-03-09T01:35:00Z"})"
    "\n"
    // 14: dispatched to D01 by code
    R"({"type":"action","ref":"EXT-1","action":"dispatch","actor":"dp01","role":"dispatcher","at":"2026-03-09T01:40:00Z","department":"D01"})"
    "\n"
    // 15: unknown action
    R"({"type":"action","ref":"EXT-1","action":"fly","actor":"dp01","role":"dispatcher","at":"2026-03-09T01:41:00Z"})"
    "\n"
    // 16: unknown category (its ref EXT-2 is not remembered)
    R"({"type":"report","ref":"EXT-2","actor":"op01","role":"operator","at":"2026-03-09T01:42:00Z","channel":"hotline-12345","category":"event:9999"})"
    "\n"
    // 17: dp01 does not hold the operator role
    R"({"type":"action","case":"2026-000002","action":"file","actor":"dp01","role":"operator","at":"2026-03-09T01:43:00Z"})"
    "\n"
    // 18: D02's user on D01's case
    R"({"type":"action","ref":"EXT-1","action":"dept-accept","actor":"d02","role":"department","at":"2026-03-09T01:44:00Z"})"
    "\n"
    // 19–21: signed for, 延期 8 h asked and granted
    R"({"type":"action","ref":"EXT-1","action":"dept-accept","actor":"d01","role":"department","at":"2026-03-09T01:50:00Z"})"
    "\n"
    R"({"type":"action","ref":"EXT-1","action":"request-postpone","actor":"d01","role":"department","at":"2026-03-09T02:00:00Z","extensionHours":8,"note":"需协调"})"
    "\n"
    R"({"type":"action","ref":"EXT-1","action":"approve-postpone","actor":"sl01","role":"shift-leader","at":"2026-03-09T02:10:00Z"})"
    "\n"
    // 22: before the case's last change (01:35Z)
    R"({"type":"action","case":"2026-000002","action":"file","actor":"sl01","role":"shift-leader","at":"2026-03-09T01:00:00Z"})"
    "\n"
    // 23: unknown role
    R"({"type":"action","ref":"EXT-1","action":"urge","actor":"dp01","role":"wizard","at":"2026-03-09T02:20:00Z"})"
    "\n"
    // 24: no actor
    R"({"type":"report","role":"operator","at":"2026-03-09T02:21:00Z","channel":"wechat","category":"event:0102"})"
    "\n"
    // 25: the refused report's ref
    R"({"type":"action","ref":"EXT-2","action":"accept","actor":"op01","role":"operator","at":"2026-03-09T02:22:00Z"})"
    "\n"
    // 26: a second report under a ref already taken
    R"({"type":"report","ref":"EXT-1","actor":"op01","role":"operator","at":"2026-03-09T02:23:00Z","channel":"wechat","category":"event:0102","grid":"41052300100101"})"
    "\n";

struct Outcome
{
    int line;
    const char *code; // nullptr: applied
    const char *number;
};

const Outcome kExpected[] = {
    {1, nullptr, "2026-000001"},        {2, nullptr, "2026-000001"},
    {3, "import.bad-json", ""},         {4, "import.bad-type", ""},
    {5, "import.unknown-ref", ""},      {6, "workflow.illegal-step", ""},
    {7, "workflow.forbidden-role", ""}, {8, "auth.unknown-user", ""},
    {9, "import.bad-time", ""},         {10, nullptr, "2026-000001"},
    {12, nullptr, "2026-000002"},       {13, nullptr, "2026-000002"},
    {14, nullptr, "2026-000001"},       {15, "workflow.unknown-action", ""},
    {16, "case.unknown-category", ""},  {17, "auth.role-not-held", ""},
    {18, "workflow.out-of-scope", ""},  {19, nullptr, "2026-000001"},
    {20, nullptr, "2026-000001"},       {21, nullptr, "2026-000001"},
    {22, "case.time-order", ""},        {23, "auth.unknown-role", ""},
    {24, "import.no-actor", ""},        {25, "import.unknown-ref", ""},
    {26, "import.duplicate-ref", ""},
};

} // namespace

class TestCaseImport : public QObject
{
    Q_OBJECT

private:
    Fixture f;

private slots:
    void init() { f.setUp(); }

    void mixedLines_data()
    {
        QTest::addColumn<int>("batchSize");
        QTest::newRow("batch-1") << 1;
        QTest::newRow("batch-2") << 2;
        QTest::newRow("batch-1000") << 1000;
    }

    void mixedLines()
    {
        QFETCH(int, batchSize);
        QByteArray input(kInput);
        QBuffer buffer(&input);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        QList<Cases::ImportLine> lines;
        Cases::CaseImporter importer(*f.service, batchSize);
        auto summary = importer.run(buffer, [&](const Cases::ImportLine &line) { lines << line; });
        QVERIFY(summary);
        QCOMPARE(summary->applied, 9);
        QCOMPARE(summary->refused, 16);
        QVERIFY(!f.service->inBatch());

        QCOMPARE(lines.size(), int(std::size(kExpected)));
        for (int i = 0; i < lines.size(); ++i) {
            const Cases::ImportLine &line = lines.at(i);
            const Outcome &expected = kExpected[i];
            QCOMPARE(line.line, expected.line);
            QCOMPARE(line.applied, expected.code == nullptr);
            if (expected.code) {
                QCOMPARE(line.error.code, QString::fromLatin1(expected.code));
                QVERIFY2(!line.error.message.isEmpty(), expected.code);
            } else {
                QCOMPARE(line.caseNumber, QString::fromLatin1(expected.number));
            }
        }

        // Only the good lines left anything: 2 cases, 7 + 2 events, one outbox row each.
        QCOMPARE(f.rows("case_record"), qint64(2));
        QCOMPARE(f.rows("case_event"), qint64(9));
        QCOMPARE(f.rows("outbox"), qint64(9));

        auto first = f.service->details("2026-000001");
        QVERIFY(first);
        const Storage::CaseRow &c1 = first->record;
        QCOMPARE(c1.state, QStringLiteral("disposing"));
        QCOMPARE(c1.version, 7);
        QCOMPARE(c1.channel, QStringLiteral("hotline-12345"));
        QCOMPARE(c1.address, QStringLiteral("人民路1号"));
        QCOMPARE(c1.reporter, QStringLiteral("138****0001"));
        QCOMPARE(c1.departmentId, f.deptA);
        QCOMPARE(c1.postponeCount, 1);
        // Dispatched Mon 09:40: 4 h → 15:40; +8 h granted → Tue 15:40 = 07:40Z.
        QCOMPARE(c1.disposalDeadline, utc("2026-03-10T07:40:00Z"));
        QStringList actions;
        for (const auto &e : first->events)
            actions << e.action;
        QCOMPARE(actions, (QStringList{"report", "accept", "file", "dispatch", "dept-accept",
                                       "request-postpone", "approve-postpone"}));
        QCOMPARE(first->events.at(1).at, utc("2026-03-09T01:10:00Z"));
        QCOMPARE(first->events.at(5).note, QStringLiteral("需协调"));

        const Storage::CaseRow c2 = f.stored("2026-000002");
        QCOMPARE(c2.state, QStringLiteral("pending-filing"));
        QCOMPARE(c2.version, 2);
        QCOMPARE(c2.gridCode, kGridB);
        QCOMPARE(c2.responsibilityCode, kResp);
        QCOMPARE(c2.reportedAt, utc("2026-03-09T01:30:00Z"));
    }

    void refusedLine_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("says"); // a part of the message
        const QByteArray report
            = R"({"type":"report","actor":"op01","role":"operator","channel":"hotline-12345","category":"event:0102",)";
        auto add = [](const char *name, const QByteArray &line, const char *code,
                      const char *says) {
            QTest::newRow(name) << line << QString::fromLatin1(code) << QString::fromUtf8(says);
        };
        add("array", R"([1,2,3])", "import.bad-json", "not a list");
        add("number", R"(42)", "import.bad-json", "JSON");
        add("broken", R"({"type":)", "import.bad-json", "Not valid JSON");
        add("type-object", R"({"type":{"a":1},"actor":"op01","role":"operator"})",
            "import.bad-type", "not an object");
        add("actor-number", R"({"type":"report","actor":5,"role":"operator"})", "import.bad-field",
            "“actor” must be text");
        add("lon-text", report + R"("at":"2026-03-09T01:00:00Z","lon":"abc","lat":35.0005})",
            "import.bad-field", "“lon”");
        add("lon-without-lat", report + R"("at":"2026-03-09T01:00:00Z","lon":114.0005})",
            "case.bad-location", "both");
        add("lat-without-lon", report + R"("at":"2026-03-09T01:00:00Z","lat":35.0005})",
            "case.bad-location", "both");
        add("lon-1e308", report + R"("at":"2026-03-09T01:00:00Z","lon":1e308,"lat":35.0005})",
            "case.bad-location", "longitude");
        add("lon-null", report + R"("at":"2026-03-09T01:00:00Z","lon":null,"lat":35.0005})",
            "import.bad-field", "null");
        add("dated-9999", report + R"("at":"9999-12-31T00:00:00Z","grid":"41052300100101"})",
            "case.time-out-of-range", "window");
        add("dated-1900", report + R"("at":"1900-01-01T08:00:00+08:00","grid":"41052300100101"})",
            "case.time-out-of-range", "window");
        add("hours-text",
            R"({"type":"action","ref":"GOOD","action":"accept","actor":"op01","role":"operator","at":"2026-03-09T01:10:00Z","extensionHours":"8"})",
            "import.bad-field", "whole number");
        add("hours-huge",
            R"({"type":"action","ref":"GOOD","action":"accept","actor":"op01","role":"operator","at":"2026-03-09T01:10:00Z","extensionHours":1e300})",
            "import.bad-field", "whole number");
        add("payload-list",
            R"({"type":"action","ref":"GOOD","action":"accept","actor":"op01","role":"operator","at":"2026-03-09T01:10:00Z","payload":[1]})",
            "import.bad-field", "“payload”");
        add("unknown-case",
            R"({"type":"action","case":"2026-000099","action":"request-postpone","actor":"d01","role":"department","at":"2026-03-09T01:10:00Z","extensionHours":2147483647})",
            "case.not-found", "");
    }

    void refusedLine()
    {
        // A good report, the bad line, a good action on the report: only the bad line is
        // refused, with a code and a clear message, and the good ones are applied.
        QFETCH(QByteArray, line);
        QFETCH(QString, code);
        QFETCH(QString, says);
        QByteArray input
            = R"({"type":"report","ref":"GOOD","actor":"op01","role":"operator","at":"2026-03-09T01:00:00Z","channel":"hotline-12345","category":"event:0102","grid":"41052300100101"})"
              "\n";
        input += line + "\n";
        input
            += R"({"type":"action","ref":"GOOD","action":"accept","actor":"op01","role":"operator","at":"2026-03-09T01:20:00Z"})"
               "\n";
        QBuffer buffer(&input);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        QList<Cases::ImportLine> lines;
        Cases::CaseImporter importer(*f.service, 1000);
        auto summary = importer.run(buffer, [&](const Cases::ImportLine &l) { lines << l; });
        CC_VERIFY_OK(summary);
        QCOMPARE(summary->applied, 2);
        QCOMPARE(summary->refused, 1);
        QCOMPARE(lines.at(1).error.code, code);
        QVERIFY2(lines.at(1).error.message.contains(says), qPrintable(lines.at(1).error.message));
        QVERIFY(!lines.at(1).error.message.contains(QLatin1String("no error occurred")));
        QCOMPARE(f.stored("2026-000001").state, QStringLiteral("pending-filing"));
        QCOMPARE(f.rows("case_record"), qint64(1));
    }

    void postponeCapInImport()
    {
        Storage::CaseRow row;
        QVERIFY(f.openCase(row, "disposing"));
        QByteArray input
            = R"({"type":"action","case":"2026-000001","action":"request-postpone","actor":"d01","role":"department","at":"2026-03-09T02:00:00Z","extensionHours":2147483647})"
              "\n"
              R"({"type":"action","case":"2026-000001","action":"request-postpone","actor":"d01","role":"department","at":"2026-03-09T02:01:00Z","extensionHours":240})"
              "\n";
        QBuffer buffer(&input);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        QStringList codes;
        Cases::CaseImporter importer(*f.service);
        auto summary = importer.run(buffer, [&](const Cases::ImportLine &l) {
            codes << (l.applied ? "ok" : l.error.code);
        });
        QVERIFY(summary);
        QCOMPARE(codes, (QStringList{"case.extension-too-long", "ok"}));
    }

    void longAndBinaryInput()
    {
        // A line over the limit is refused and skipped without ending the import; NUL bytes
        // stop it at once with a clear error, and what came before stays applied.
        const QByteArray good
            = R"({"type":"report","actor":"op01","role":"operator","at":"2026-03-09T01:00:00Z","channel":"hotline-12345","category":"event:0102","grid":"41052300100101"})";
        QByteArray input = good + "\n" + QByteArray(Cases::CaseImporter::kMaxLineBytes * 3, 'x')
                           + "\n" + good + "\n";
        input += QByteArray(4 * 1024 * 1024, '\0');
        QBuffer buffer(&input);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        QStringList codes;
        Cases::CaseImporter importer(*f.service, 1000);
        auto summary = importer.run(buffer, [&](const Cases::ImportLine &l) {
            codes << (l.applied ? "ok" : l.error.code);
        });
        QVERIFY(!summary);
        QCOMPARE(CcTest::codeOf(summary), QStringLiteral("import.not-text"));
        QVERIFY2(CcTest::messageOf(summary).contains(QLatin1String("Lines up to 3 are applied")),
                 qPrintable(CcTest::messageOf(summary)));
        QCOMPARE(codes, (QStringList{"ok", "import.line-too-long", "ok"}));
        QCOMPARE(f.rows("case_record"), qint64(2));
        QVERIFY(!f.service->inBatch());
    }

    void emptyInput()
    {
        QByteArray input("\n\n");
        QBuffer buffer(&input);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        int calls = 0;
        Cases::CaseImporter importer(*f.service);
        auto summary = importer.run(buffer, [&](const Cases::ImportLine &) { ++calls; });
        QVERIFY(summary);
        QCOMPARE(summary->applied, 0);
        QCOMPARE(summary->refused, 0);
        QCOMPARE(calls, 0);
        QVERIFY(!f.service->inBatch());
        QCOMPARE(f.rows("case_event"), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestCaseImport)
#include "tst_caseimport.moc"

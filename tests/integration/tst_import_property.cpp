// SPDX-License-Identifier: GPL-3.0-or-later
// Property test of `cityctl case import`: valid JSON lines, randomly mutated (fields dropped,
// values of every JSON type, huge and non-finite-looking numbers, dates from year 1 to 9999,
// cut lines, stray bytes), fed in batches for a bounded time. Whatever comes in: no crash, no
// hang, every refused line names a stable error code and a message, and the database stays
// consistent (per case: version = number of events = last seq; state = last event's state).
// CC_PROPERTY_SECONDS (default 20) bounds the time, CC_PROPERTY_SEED replays a run.
#include "cityctlrunner.h"

#include <cc/storage/database.h>

#include "resultcheck.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace CityctlTest;
using namespace Cc;

namespace {

const QString kEnd = QStringLiteral("2026-11-23T18:00:00+08:00");

/// The valid lines one case's loop is made of, up to closing, with a ref of its own.
QList<QJsonObject> validLoop(const QString &ref, int day, int department)
{
    const QString d = QStringLiteral("D%1").arg(department, 2, 10, QLatin1Char('0'));
    const QString login = d.toLower();
    auto at = [day](int minute) {
        return QStringLiteral("2026-11-%1T%2:%3:00+08:00")
            .arg(day, 2, 10, QLatin1Char('0'))
            .arg(9 + minute / 60, 2, 10, QLatin1Char('0'))
            .arg(minute % 60, 2, 10, QLatin1Char('0'));
    };
    auto action = [&](const char *name, const char *actor, const char *role, int minute) {
        return QJsonObject{{"type", "action"}, {"ref", ref},   {"action", name},
                           {"actor", actor},   {"role", role}, {"at", at(minute)}};
    };
    QJsonObject dispatch = action("dispatch", "dp01", "dispatcher", 15);
    dispatch.insert("department", d);
    QJsonObject postpone{{"type", "action"},
                         {"ref", ref},
                         {"action", "request-postpone"},
                         {"actor", login},
                         {"role", "department"},
                         {"at", at(40)},
                         {"extensionHours", 8},
                         {"note", "需协调"}};
    QJsonObject feedback{{"type", "action"},
                         {"ref", ref},
                         {"action", "feedback"},
                         {"actor", login},
                         {"role", "department"},
                         {"at", at(60)},
                         {"payload", QJsonObject{{"result", "已清理"}}}};
    return {
        QJsonObject{{"type", "report"},
                    {"ref", ref},
                    {"actor", "op01"},
                    {"role", "operator"},
                    {"at", at(0)},
                    {"channel", "hotline-12345"},
                    {"category", "event:0102"},
                    {"level", "normal"},
                    {"lon", 114.357},
                    {"lat", 35.925},
                    {"address", "人民路12号"},
                    {"description", "暴露垃圾"},
                    {"reporter", "138****0001"}},
        action("accept", "op01", "operator", 5),
        action("file", "sl01", "shift-leader", 10),
        dispatch,
        QJsonObject{{"type", "action"},
                    {"ref", ref},
                    {"action", "dept-accept"},
                    {"actor", login},
                    {"role", "department"},
                    {"at", at(30)}},
        postpone,
        action("approve-postpone", "sl01", "shift-leader", 50),
        feedback,
        action("send-check", "op01", "operator", 70),
    };
}

class Mutator
{
public:
    explicit Mutator(quint32 seed) : m_random(seed) {}

    int bounded(int n) { return int(m_random.bounded(n)); }

    QJsonValue anyValue()
    {
        switch (bounded(14)) {
        case 0:
            return QJsonValue();
        case 1:
            return true;
        case 2:
            return 0;
        case 3:
            return -1;
        case 4:
            return 2147483647.0;
        case 5:
            return 1e308;
        case 6:
            return -1e308;
        case 7:
            return QStringLiteral("abc");
        case 8:
            return QString();
        case 9:
            return QJsonArray{1, "x"};
        case 10:
            return QJsonObject{{"a", 1}};
        case 11:
            return QString(2000, QChar(0x66F9)); // long Chinese text
        case 12:
            return QStringLiteral("%1-12-31T23:59:59Z")
                .arg(1 + bounded(9999), 4, 10, QLatin1Char('0'));
        default:
            return m_random.generateDouble() * 400 - 200;
        }
    }

    /// One line of `object`, changed in one to three ways, or left valid.
    QByteArray mutate(QJsonObject object)
    {
        const int changes = bounded(3) == 0 ? 1 + bounded(3) : 0; // two lines in three stay valid
        QByteArray tail;
        for (int i = 0; i < changes; ++i) {
            const QStringList keys = object.keys();
            const QString key = keys.isEmpty() ? QStringLiteral("type")
                                               : keys.at(bounded(int(keys.size())));
            switch (bounded(9)) {
            case 0:
                object.remove(key);
                break;
            case 1:
                object.insert(key, anyValue());
                break;
            case 2:
                object.insert(QStringLiteral("at"),
                              QStringLiteral("%1-%2-01T08:00:00Z")
                                  .arg(1 + bounded(9999), 4, 10, QLatin1Char('0'))
                                  .arg(1 + bounded(12), 2, 10, QLatin1Char('0')));
                break;
            case 3:
                object.insert(QStringLiteral("extensionHours"), anyValue());
                break;
            case 4:
                object.insert(QStringLiteral("lon"), anyValue());
                break;
            case 5:
                object.remove(QStringLiteral("lat"));
                break;
            case 6:
                object.insert(QStringLiteral("case"),
                              QStringLiteral("%1-%2")
                                  .arg(1900 + bounded(200))
                                  .arg(bounded(1000), 6, 10, QLatin1Char('0')));
                break;
            case 7:
                tail = QByteArray(1 + bounded(5), char(32 + bounded(95)));
                break; // no line breaks
            default:
                object.insert(QStringLiteral("action"), anyValue());
                break;
            }
        }
        QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact) + tail;
        if (changes > 0 && bounded(8) == 0)
            line.truncate(bounded(int(line.size())));
        if (changes > 0 && bounded(12) == 0)
            line = QJsonDocument(QJsonArray{object}).toJson(QJsonDocument::Compact);
        return line;
    }

private:
    QRandomGenerator m_random;
};

} // namespace

class TestImportProperty : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;

    void checkConsistent(const QString &path)
    {
        auto db = Storage::Database::open(path, Storage::Database::OpenMode::ReadOnly);
        CC_VERIFY_OK(db);
        auto st = db.value()->prepare(QStringLiteral(
            "SELECT c.number, c.version, c.state, "
            "  (SELECT count(*) FROM case_event e WHERE e.case_id = c.id), "
            "  (SELECT max(seq) FROM case_event e WHERE e.case_id = c.id), "
            "  (SELECT to_state FROM case_event e WHERE e.case_id = c.id ORDER BY seq DESC LIMIT 1) "
            "FROM case_record c"));
        QVERIFY(st);
        int cases = 0;
        QStringList broken;
        auto r = Storage::forEachRow(st.value(), [&](Storage::Statement &row) {
            ++cases;
            const qint64 version = row.integer(1);
            if (version != row.integer(3) || version != row.integer(4)
                || row.text(2) != row.text(5))
                broken << QStringLiteral(
                              "%1: version %2, %3 events, last seq %4, state %5, last event's %6")
                              .arg(row.text(0))
                              .arg(version)
                              .arg(row.integer(3))
                              .arg(row.integer(4))
                              .arg(row.text(2), row.text(5));
        });
        QVERIFY(r);
        QVERIFY2(broken.isEmpty(), qPrintable(broken.mid(0, 10).join(QLatin1Char('\n'))));
        QVERIFY(cases > 0);
        QVERIFY(Storage::Database::verify(path));
    }

private slots:
    void mutatedLines()
    {
        QVERIFY(QFile::exists(kCityctl));
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(QStringLiteral("property.gpkg"));
        Run r = cityctl(
            {"init-demo", "--db", db, "--cases", "10", "--components", "10", "--end", kEnd});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));

        const quint32 seed = qEnvironmentVariableIsSet("CC_PROPERTY_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("CC_PROPERTY_SEED"))
                                 : QRandomGenerator::global()->generate();
        const int seconds = qEnvironmentVariableIsSet("CC_PROPERTY_SECONDS")
                                ? qEnvironmentVariableIntValue("CC_PROPERTY_SECONDS")
                                : 20;
        qInfo("seed %u (replay with CC_PROPERTY_SEED=%u), %d s", seed, seed, seconds);
        Mutator mutator(seed);
        static const QRegularExpression refusal(
            QStringLiteral("^line (\\d+): refused: (.+) \\[([a-z]+\\.[a-z-]+)\\]$"));
        static const QRegularExpression summary(
            QStringLiteral("^(\\d+) lines applied, (\\d+) refused$"));

        QElapsedTimer timer;
        timer.start();
        int runs = 0, applied = 0, refused = 0, cases = 0;
        while (timer.elapsed() < qint64(seconds) * 1000) {
            QByteArray input;
            int lines = 0;
            for (int c = 0; c < 4; ++c, ++cases) {
                const QString ref = QStringLiteral("P-%1-%2").arg(seed).arg(cases);
                for (const QJsonObject &line :
                     validLoop(ref, 1 + mutator.bounded(30), 1 + mutator.bounded(25))) {
                    input += mutator.mutate(line) + '\n';
                    ++lines;
                }
            }
            r = cityctl({"case", "import", "--db", db, "--batch",
                         QString::number(1 + mutator.bounded(20))},
                        input);
            ++runs;
            QVERIFY2(r.code == 0 || r.code == 1,
                     qPrintable(QStringLiteral("run %1 (seed %2): %3\ninput:\n%4")
                                    .arg(runs)
                                    .arg(seed)
                                    .arg(describe(r), QString::fromUtf8(input.left(4000)))));
            const QStringList errLines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            int refusedHere = 0;
            for (const QString &e : errLines) {
                const auto m = refusal.match(e);
                QVERIFY2(m.hasMatch(),
                         qPrintable(
                             QStringLiteral("seed %1: unclear refusal: %2").arg(seed).arg(e)));
                QVERIFY2(!m.captured(2).contains(QLatin1String("no error occurred"))
                             && !m.captured(2).contains(QLatin1String("“”")),
                         qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(e)));
                ++refusedHere;
            }
            const auto s = summary.match(r.out.trimmed());
            QVERIFY2(s.hasMatch(),
                     qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(describe(r))));
            QCOMPARE(s.captured(2).toInt(), refusedHere);
            QVERIFY(s.captured(1).toInt() + refusedHere <= lines);
            applied += s.captured(1).toInt();
            refused += refusedHere;
        }
        qInfo("%d runs, %d lines applied, %d refused in %lld ms", runs, applied, refused,
              timer.elapsed());
        QVERIFY(applied > 0);
        QVERIFY(refused > 0);
        checkConsistent(db);
    }
};

QTEST_GUILESS_MAIN(TestImportProperty)
#include "tst_import_property.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// What a push carries (modules/sync/src/pushbatch.cpp): the outbox's entries in order, and a
// case action without the fields the hub derives itself.
#include "pushbatch.h"

#include "resultcheck.h"

#include <cc/storage/database.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Cc;
using Storage::Database;
using Storage::OutboxRepository;

namespace {

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

/// A case action as CaseService queues it: the person's decision and this workstation's
/// derived view of the case and event.
QJsonObject queuedAction(const QString &action, const QJsonValue &geom)
{
    return {{"id", "ev-1"},
            {"caseId", "case-1"},
            {"caseVersion", 1},
            {"seq", 1},
            {"stage", "collection"},
            {"action", action},
            {"fromState", ""},
            {"toState", "reported"},
            {"actorId", "u-1"},
            {"actorName", "马丽"},
            {"role", "operator"},
            {"departmentId", ""},
            {"at", "2026-12-05T10:52:09.712Z"},
            {"deadline", "2026-12-05T11:22:09.712Z"},
            {"inTime", true},
            {"usedMinutes", 3},
            {"note", "暴露垃圾"},
            {"payload", QJsonObject{{"hours", 8}}},
            {"after", QJsonObject{{"id", "case-1"}, {"state", "reported"}, {"geom", geom}}},
            {"case", QJsonObject{{"id", "case-1"}, {"channel", "hotline-12345"}}}};
}

} // namespace

class TestPushBatch : public QObject
{
    Q_OBJECT

private slots:
    void caseActionsTravelWithoutDerivedFields_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QJsonValue>("geom");
        QTest::addColumn<QJsonValue>("wireAfter");
        const QJsonValue point(QStringLiteral("47500001e61000000101000000"));
        QTest::newRow("report with a point")
            << "report" << point << QJsonValue(QJsonObject{{"geom", point}});
        QTest::newRow("report without") << "report" << QJsonValue() << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("step") << "accept" << point << QJsonValue(QJsonValue::Undefined);
    }

    void caseActionsTravelWithoutDerivedFields()
    {
        QFETCH(QString, action);
        QFETCH(QJsonValue, geom);
        QFETCH(QJsonValue, wireAfter);
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("w.gpkg")), Database::OpenMode::Create);
        CC_VERIFY_OK(db);
        OutboxRepository outbox(*db.value());
        const QJsonObject queued = queuedAction(action, geom);
        const QJsonObject row{{"row", QJsonObject{{"id", "c-1"}, {"state", "ok"}}}, {"base", QJsonValue()}};
        CC_VERIFY_OK(outbox.append(QStringLiteral("case_event"), QStringLiteral("ev-1"),
                                   QStringLiteral("action"), compact(queued)));
        CC_VERIFY_OK(outbox.append(QStringLiteral("component"), QStringLiteral("c-1"),
                                   QStringLiteral("update"), compact(row)));

        auto batch = Sync::Internal::nextPushBatch(outbox, {}, QStringLiteral("u-1"));
        CC_VERIFY_OK(batch);
        const QJsonArray wire = QJsonDocument::fromJson(batch->json).array();
        QCOMPARE(wire.size(), 2);
        const QJsonObject sent = wire[0].toObject().value(QStringLiteral("payload")).toObject();
        for (const char *derived :
             {"actorName", "deadline", "inTime", "seq", "stage", "toState", "usedMinutes", "payload"})
            QVERIFY2(!sent.contains(QLatin1String(derived)), derived);
        QCOMPARE(sent.value(QStringLiteral("after")), wireAfter);
        // What a person decided, and what the hub checks it against, all travel.
        for (const char *kept : {"id", "caseId", "caseVersion", "action", "fromState", "actorId",
                                 "role", "departmentId", "at", "note", "case"})
            QCOMPARE(sent.value(QLatin1String(kept)), queued.value(QLatin1String(kept)));
        QCOMPARE(sent.value(QStringLiteral("payloadText")).toString(), QStringLiteral(R"({"hours":8})"));
        // A row change travels whole; the batch keeps each entry as queued (a conflict shows it).
        QCOMPARE(wire[1].toObject().value(QStringLiteral("payload")).toObject(), row);
        QCOMPARE(batch->entries[0].value(QStringLiteral("payload")).toObject().value(QStringLiteral("after")),
                 queued.value(QStringLiteral("after")));
    }
};

QTEST_GUILESS_MAIN(TestPushBatch)
#include "tst_pushbatch.moc"

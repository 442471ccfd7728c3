// SPDX-License-Identifier: GPL-3.0-or-later
// citygate's group commit (docs/citygate.md, "Group commit"): the writes that arrive together
// in one transaction, each in a savepoint of its own, each with its own answer. Open311
// reports through the real Gateway and CaseService on a small demo city: a group is written
// whole with a read among it; a bad report (refused by the service) and a failing one (the
// database raises: 503) fail alone; a group whose commit fails answers every write 503 and
// keeps none of them, and the next group is written again. Also the storage's nesting that
// makes it possible: a transaction opened inside another is a savepoint where it is allowed.
#include "../../gui/democityfixture.h"

#include <cc/cases/caseservice.h>
#include <cc/city/citycontext.h>
#include <cc/gate/apikeys.h>
#include <cc/gate/groupcommit.h>
#include <cc/storage/nestedtransactions.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Cc;

class TstGroupCommit : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<City::CityContext> m_city;
    std::unique_ptr<Cases::CaseService> m_cases;
    std::unique_ptr<Gate::Gateway> m_gateway;
    QString m_key;
    QPointF m_point;

    Gate::HttpRequest report(const QString &description, const QPointF &point) const
    {
        QUrlQuery form;
        form.addQueryItem("api_key", m_key);
        form.addQueryItem("service_code", "event:0102");
        form.addQueryItem("lat", QString::number(point.y(), 'f', 8));
        form.addQueryItem("long", QString::number(point.x(), 'f', 8));
        form.addQueryItem("description", QString::fromLatin1(QUrl::toPercentEncoding(description)));
        Gate::HttpRequest request;
        request.method = "POST";
        request.path = QStringLiteral("/open311/v2/requests.json");
        request.contentType = "application/x-www-form-urlencoded";
        request.body = form.query(QUrl::FullyEncoded).toUtf8();
        request.remoteAddress = QStringLiteral("127.0.0.1");
        return request;
    }

    Gate::HttpRequest report(const QString &description) const
    {
        return report(description, m_point);
    }

    qint64 cases(const QString &description)
    {
        auto n = m_db->scalar(QStringLiteral("SELECT count(*) FROM case_record WHERE "
                                             "description = ?1"),
                              {description});
        return n ? n.value() : -1;
    }

    static QString numberOf(const Gate::HttpResponse &answer)
    {
        return QJsonDocument::fromJson(answer.body)
            .array()
            .at(0)
            .toObject()
            .value("service_request_id")
            .toString();
    }

    static QString codeOf(const Gate::HttpResponse &answer)
    {
        return QJsonDocument::fromJson(answer.body)
            .array()
            .at(0)
            .toObject()
            .value("description")
            .toString()
            .section(']', 0, 0)
            .mid(1);
    }

private slots:
    void initTestCase()
    {
        auto db = makeDemoCity(m_dir.filePath("city.gpkg"), 40, 20);
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        m_db = std::move(db).value();
        auto city = City::CityContext::load(*m_db);
        QVERIFY(city);
        m_city = std::move(city).value();
        m_cases = std::make_unique<Cases::CaseService>(*m_db, m_city->categories(),
                                                       m_city->calendar());
        m_gateway = std::make_unique<Gate::Gateway>(*m_db, *m_city, *m_cases,
                                                    Gate::GateSettings{0, {}});
        auto key = Gate::ApiKeys(*m_db).add("group", "op01");
        QVERIFY(key);
        m_key = key.value();
        auto grids = Storage::SpatialRepository(*m_db).unitGrids();
        QVERIFY(grids && !grids->isEmpty());
        const Storage::Ring &ring = grids->first().geom.first();
        for (qsizetype i = 0; i + 1 < ring.size(); ++i)
            m_point += ring.at(i);
        m_point /= double(ring.size() - 1);
        // A report whose description says ABORT fails in the database (503); one that says
        // BREAK leaves a row that breaks a deferred foreign key, so its group cannot commit.
        QVERIFY(m_db->exec(QStringLiteral(
            "CREATE TABLE test_parent (id INTEGER PRIMARY KEY);"
            "CREATE TABLE test_child (parent INTEGER REFERENCES test_parent (id) DEFERRABLE "
            "INITIALLY DEFERRED);"
            "CREATE TRIGGER test_abort BEFORE INSERT ON case_record WHEN NEW.description LIKE "
            "'ABORT%' BEGIN SELECT RAISE(ABORT, 'test abort'); END;"
            "CREATE TRIGGER test_break AFTER INSERT ON case_record WHEN NEW.description LIKE "
            "'BREAK%' BEGIN INSERT INTO test_child VALUES (42); END;")));
    }

    void nestedTransactionIsASavepoint()
    {
        const QString sql = QStringLiteral("INSERT INTO test_parent (id) VALUES (%1)");
        {
            const Storage::NestedTransactions allowed(*m_db);
            Storage::Transaction outer(*m_db);
            QVERIFY(outer.isActive());
            {
                Storage::Transaction undone(*m_db);
                QVERIFY(undone.isActive());
                QVERIFY(m_db->exec(sql.arg(1)));
            } // not committed: rolled back alone
            Storage::Transaction kept(*m_db);
            QVERIFY(kept.isActive());
            QVERIFY(m_db->exec(sql.arg(2)));
            QVERIFY(kept.commit());
            QVERIFY(m_db->inTransaction()); // only the outer one commits
            QVERIFY(outer.commit());
        }
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM test_parent")).value(),
                 qint64(1));
        // Without it, a second BEGIN stays refused (tst_database).
        {
            Storage::Transaction outer(*m_db);
            Storage::Transaction refused(*m_db);
            QVERIFY(!refused.isActive());
        }
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT max(id) FROM test_parent")).value(),
                 qint64(2));
        QVERIFY(m_db->exec(QStringLiteral("DELETE FROM test_parent")));
    }

    void groupIsWrittenWhole()
    {
        Gate::GroupCommit group(*m_db, *m_gateway);
        Gate::HttpRequest read;
        read.method = "GET";
        read.path = QStringLiteral("/open311/v2/services.json");
        const QList<Gate::HttpResponse> answers = group.handle(
            {report("同来 1"), report("同来 2"), read, report("同来 3"), report("同来 4")});
        QCOMPARE(answers.size(), 5);
        QCOMPARE(answers[2].status, 200);
        QVERIFY(answers[2].body.contains("event:0102"));
        QSet<QString> numbers;
        for (const int i : {0, 1, 3, 4}) {
            QVERIFY2(answers[i].status == 200, answers[i].body.constData());
            numbers.insert(numberOf(answers[i]));
        }
        QCOMPARE(numbers.size(), 4); // each its own case
        for (const char *text : {"同来 1", "同来 2", "同来 3", "同来 4"})
            QCOMPARE(cases(QString::fromUtf8(text)), qint64(1));
        QVERIFY(!m_db->inTransaction());
    }

    void badWriteFailsAlone()
    {
        Gate::GroupCommit group(*m_db, *m_gateway);
        const QList<Gate::HttpResponse> answers = group.handle(
            {report("好的 1"), report("城外", QPointF(10, 10)), report("ABORT 坏的"),
             report("好的 2")});
        QCOMPARE(answers[0].status, 200);
        QCOMPARE(answers[1].status, 400);
        QCOMPARE(codeOf(answers[1]), QStringLiteral("open311.outside-city"));
        QCOMPARE(answers[2].status, 503);
        QCOMPARE(answers[3].status, 200);
        QCOMPARE(cases("好的 1"), qint64(1));
        QCOMPARE(cases("好的 2"), qint64(1));
        QCOMPARE(cases("城外"), qint64(0));
        QCOMPARE(cases("ABORT 坏的"), qint64(0));
    }

    void failedCommitKeepsNothing()
    {
        Gate::GroupCommit group(*m_db, *m_gateway);
        const qint64 before = m_db->scalar(QStringLiteral("SELECT count(*) FROM case_record"))
                                  .value();
        const QList<Gate::HttpResponse> answers = group.handle(
            {report("一起 1"), report("BREAK 它"), report("一起 2")});
        for (const Gate::HttpResponse &answer : answers) {
            QCOMPARE(answer.status, 503);
            QVERIFY(numberOf(answer).isEmpty());
        }
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM case_record")).value(), before);
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM test_child")).value(),
                 qint64(0));
        QVERIFY(!m_db->inTransaction());
        // The next group is written as usual.
        const QList<Gate::HttpResponse> next = group.handle({report("一起 3")});
        QCOMPARE(next[0].status, 200);
        QCOMPARE(cases("一起 3"), qint64(1));
    }

    /// The audit log records the answers the clients were given: 503 for a group that failed.
    void auditHasTheFinalAnswers()
    {
        m_gateway->flushAudit();
        const QString count = QStringLiteral("SELECT count(*) FROM api_audit WHERE status = %1");
        const qint64 refused = m_db->scalar(count.arg(503)).value();
        Gate::GroupCommit group(*m_db, *m_gateway);
        (void) group.handle({report("审计 1"), report("BREAK 审计")});
        m_gateway->flushAudit();
        QCOMPARE(m_db->scalar(count.arg(503)).value(), refused + 2);
    }
};

QTEST_GUILESS_MAIN(TstGroupCommit)
#include "tst_groupcommit.moc"

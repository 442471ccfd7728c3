// SPDX-License-Identifier: GPL-3.0-or-later
// The real citygate process on a small demo city: the collectors' field API v1 (login,
// tasks, reports with photos, 核实/核查 steps, Idempotency-Key) against the desk's own
// services (docs/citygate.md, "Field API v1").
#include "../gui/democityfixture.h"

#include <cc/cases/auth.h>
#include <cc/cases/casequery.h>
#include <cc/cases/caseservice.h>
#include <cc/city/citycontext.h>
#include <cc/storage/repositories.h>

#include <QBuffer>
#include <QEventLoop>
#include <QHttpMultiPart>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Cc;

namespace {

const QString kCitygate = QStringLiteral(CC_BINARY_DIR "/bin/citygate");
const QString kPassword = QStringLiteral("field-pass-2026");

struct Reply
{
    int status = 0;
    QJsonObject json;
    QByteArray body;
};

QByteArray pngPhoto()
{
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(QColor(40, 120, 200));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

class TstCitygateField : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db, m_base;
    QString m_mine, m_other; ///< two collectors of different responsibility grids
    QString m_mineGrid;
    QPointF m_inMine; ///< a point in a unit grid of m_mine's responsibility grid
    QProcess m_gate;
    QNetworkAccessManager m_net;

    Reply finish(QNetworkReply *reply)
    {
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
        Reply r{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                {},
                reply->readAll()};
        r.json = QJsonDocument::fromJson(r.body).object();
        reply->deleteLater();
        return r;
    }

    QNetworkRequest request(const QString &path, const QString &token,
                            const QByteArray &idempotencyKey = {})
    {
        QNetworkRequest req{QUrl(m_base + path)};
        if (!token.isEmpty())
            req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        if (!idempotencyKey.isEmpty())
            req.setRawHeader("Idempotency-Key", idempotencyKey);
        return req;
    }

    Reply postJson(const QString &path, const QJsonObject &body, const QString &token = {},
                   const QByteArray &idempotencyKey = {})
    {
        QNetworkRequest req = request(path, token, idempotencyKey);
        req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        return finish(m_net.post(req, QJsonDocument(body).toJson()));
    }

    Reply get(const QString &path, const QString &token)
    {
        return finish(m_net.get(request(path, token)));
    }

    Reply postForm(const QString &path, const QList<std::pair<QByteArray, QByteArray>> &fields,
                   const QByteArray &png, const QString &token, const QByteArray &key = {})
    {
        auto *multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        for (const auto &[name, value] : fields) {
            QHttpPart part;
            part.setHeader(QNetworkRequest::ContentDispositionHeader,
                           "form-data; name=\"" + name + "\"");
            part.setBody(value);
            multi->append(part);
        }
        if (!png.isEmpty()) {
            QHttpPart photo;
            photo.setHeader(QNetworkRequest::ContentTypeHeader, "image/png");
            photo.setHeader(QNetworkRequest::ContentDispositionHeader,
                            "form-data; name=\"photo\"; filename=\"../../etc/现场.png\"");
            photo.setBody(png);
            multi->append(photo);
        }
        QNetworkReply *reply = m_net.post(request(path, token, key), multi);
        multi->setParent(reply);
        return finish(reply);
    }

    QString login(const QString &who)
    {
        const Reply r = postJson("/field/v1/login", {{"login", who}, {"password", kPassword}});
        return r.status == 200 ? r.json.value("token").toString() : QString();
    }

    /// The collector queue exactly as the desk computes it (Cases::queueFor).
    QStringList deskQueue(const QString &responsibilityCode)
    {
        auto db = Storage::Database::open(m_db, Storage::Database::OpenMode::ReadOnly);
        auto rows = Cases::CaseQuery(*db.value())
                        .page(Cases::queueFor(Core::Role::Collector, {}, responsibilityCode),
                              Cases::CaseOrder::DeadlineFirst, std::nullopt, 500);
        QStringList ids;
        for (const Cases::CaseListRow &row : rows.value())
            ids << row.id;
        return ids;
    }

    Storage::CaseRow caseRow(const QString &id)
    {
        auto db = Storage::Database::open(m_db, Storage::Database::OpenMode::ReadOnly);
        auto row = Storage::CaseRepository(*db.value()).find(id);
        return row && row.value() ? *row.value() : Storage::CaseRow();
    }

    QList<std::pair<QByteArray, QByteArray>> report(const QByteArray &description) const
    {
        return {{"category", "event:0102"},
                {"lon", QByteArray::number(m_inMine.x(), 'f', 8)},
                {"lat", QByteArray::number(m_inMine.y(), 'f', 8)},
                {"address", "人民路 12 号"},
                {"description", description}};
    }

    /// The operator sends the case to be verified (in-process, as the desk would).
    void sendToVerify(const QString &caseId)
    {
        auto db = Storage::Database::open(m_db, Storage::Database::OpenMode::ReadWrite);
        QVERIFY(db);
        auto city = City::CityContext::load(*db.value());
        QVERIFY(city);
        Cases::CaseService cases(*db.value(), city.value()->categories(), city.value()->calendar());
        auto op = cases.actor("op01", Core::Role::Operator);
        QVERIFY(op);
        Cases::ActionRequest step;
        step.action = Core::CaseAction::SendVerify;
        auto done = cases.act(caseId, step, op.value());
        QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath("city.gpkg");
        auto db = makeDemoCity(m_db, 200, 50);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        Cases::AuthService auth(*db.value());
        auto users = Storage::UserRepository(*db.value()).all();
        QVERIFY(users);
        for (const Storage::UserRow &u : users.value()) {
            if (!u.login.startsWith("col") || u.responsibilityCode.isEmpty())
                continue;
            if (m_mine.isEmpty()) {
                m_mine = u.login;
                m_mineGrid = u.responsibilityCode;
            } else if (m_other.isEmpty() && u.responsibilityCode != m_mineGrid) {
                m_other = u.login;
            }
        }
        QVERIFY(!m_mine.isEmpty() && !m_other.isEmpty());
        for (const QString &who : {m_mine, m_other, QStringLiteral("op01")})
            QVERIFY(auth.setPassword(who, kPassword));
        auto grids = Storage::SpatialRepository(*db.value()).unitGrids();
        QVERIFY(grids);
        for (const Storage::UnitGridRow &grid : grids.value()) {
            if (grid.responsibilityCode != m_mineGrid)
                continue;
            const Storage::Ring &ring = grid.geom.first();
            for (qsizetype i = 0; i + 1 < ring.size(); ++i)
                m_inMine += ring.at(i);
            m_inMine /= double(ring.size() - 1); // a convex cell's vertex average lies inside
            break;
        }
        QVERIFY(!m_inMine.isNull());
        db.value().reset();

        m_gate.setProcessChannelMode(QProcess::SeparateChannels);
        m_gate.start(kCitygate, {"--lang", "en", "--db", m_db, "--listen", "127.0.0.1:0"});
        static const QRegularExpression listening("listening on (http://[0-9.]+:[0-9]+)");
        QByteArray err;
        for (int i = 0; i < 300 && m_base.isEmpty() && m_gate.state() != QProcess::NotRunning;
             ++i) {
            m_gate.waitForReadyRead(100);
            err += m_gate.readAllStandardError();
            const auto match = listening.match(QString::fromUtf8(err));
            if (match.hasMatch())
                m_base = match.captured(1);
        }
        QVERIFY2(!m_base.isEmpty(), err.constData());
    }

    void cleanupTestCase()
    {
        m_gate.terminate();
        if (!m_gate.waitForFinished(10000))
            m_gate.kill();
        QCOMPARE(m_gate.exitCode(), 0);
    }

    void login_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("wrong password") << "mine"
                                        << "wrong-password" << 401 << "auth.failed";
        QTest::newRow("unknown login") << "nobody" << kPassword << 401 << "auth.failed";
        QTest::newRow("not a collector") << "op01" << kPassword << 403 << "field.not-collector";
        QTest::newRow("empty password") << "mine"
                                        << "" << 400 << "field.bad-password";
        QTest::newRow("right") << "mine" << kPassword << 200 << "";
    }

    void login()
    {
        QFETCH(QString, who);
        QFETCH(QString, password);
        QFETCH(int, status);
        QFETCH(QString, code);
        const Reply r = postJson("/field/v1/login",
                                 {{"login", who == "mine" ? m_mine : who}, {"password", password}});
        QCOMPARE(r.status, status);
        QCOMPARE(r.json.value("code").toString(), code);
        if (status == 200) {
            QVERIFY(r.json.value("token").toString().startsWith("ft_"));
            const QDateTime expires = QDateTime::fromString(r.json.value("expires_at").toString(),
                                                            Qt::ISODate);
            QVERIFY(expires > QDateTime::currentDateTimeUtc());
        } else {
            QVERIFY(!r.json.contains("token"));
        }
    }

    void badTokensRefused()
    {
        QCOMPARE(get("/field/v1/tasks", {}).status, 401);
        QCOMPARE(get("/field/v1/tasks", "ft_forged").json.value("code").toString(),
                 QStringLiteral("field.bad-token"));
        const QString token = login(m_mine);
        QVERIFY(!token.isEmpty());
        QCOMPARE(postJson("/field/v1/logout", {}, token).status, 200);
        QCOMPARE(get("/field/v1/tasks", token).status, 401); // revoked
        QCOMPARE(postJson("/field/v1/logout", {}, token).status, 401);
    }

    /// A report with a PNG becomes a collector's case with its photo; the same
    /// Idempotency-Key again answers the same case and writes nothing; the operator sends it
    /// to be verified; the collector's tasks are then the desk's queue for the grid; a stale
    /// version is refused with 409, another grid's collector with 403, the right step passes.
    void reportVerifyRoundTrip()
    {
        const QString token = login(m_mine);
        QVERIFY(!token.isEmpty());
        const QByteArray png = pngPhoto();
        const Reply first = postForm("/field/v1/reports", report("井盖缺失 field-1"), png, token,
                                     "phone-7-report-1");
        QVERIFY2(first.status == 201, first.body.constData());
        const QString id = first.json.value("id").toString();
        const Reply again = postForm("/field/v1/reports", report("井盖缺失 field-1"), png, token,
                                     "phone-7-report-1");
        QCOMPARE(again.status, 201);
        QCOMPARE(again.body, first.body);
        {
            auto db = Storage::Database::open(m_db, Storage::Database::OpenMode::ReadOnly);
            auto n = db.value()->scalar("SELECT count(*) FROM case_record WHERE description = ?1",
                                        {QStringLiteral("井盖缺失 field-1")});
            QCOMPARE(n.value(), 1);
            auto photos = Storage::AttachmentRepository(*db.value()).forCase(id);
            QVERIFY(photos);
            QCOMPARE(photos->size(), 1);
            QCOMPARE(photos->first().mime, QStringLiteral("image/png"));
            QCOMPARE(photos->first().fileName, QStringLiteral("现场.png")); // no folder kept
        }
        Storage::CaseRow row = caseRow(id);
        QCOMPARE(row.channel, QStringLiteral("collector"));
        QCOMPARE(row.responsibilityCode, m_mineGrid);
        QCOMPARE(row.state, QStringLiteral("reported"));

        sendToVerify(id);
        const Reply tasks = get("/field/v1/tasks", token);
        QCOMPARE(tasks.status, 200);
        QStringList listed;
        int version = 0;
        for (const QJsonValue &t : tasks.json.value("tasks").toArray()) {
            listed << t.toObject().value("id").toString();
            if (listed.last() == id) {
                version = t.toObject().value("version").toInt();
                QCOMPARE(t.toObject().value("task").toString(), QStringLiteral("verify"));
                QCOMPARE(t.toObject().value("number").toString(), row.number);
                QVERIFY(t.toObject().contains("point"));
            }
        }
        QCOMPARE(listed, deskQueue(m_mineGrid));
        QVERIFY(listed.contains(id));
        row = caseRow(id);
        QCOMPARE(version, row.version);

        const QString path = "/field/v1/cases/" + id + "/actions";
        const Reply stale = postForm(path,
                                     {{"action", "verify-confirm"},
                                      {"version", QByteArray::number(version - 1)}},
                                     {}, token);
        QCOMPARE(stale.status, 409);
        QCOMPARE(stale.json.value("version").toInt(), version);
        QCOMPARE(caseRow(id).version, version);
        QCOMPARE(caseRow(id).state, QStringLiteral("verifying"));

        const QString otherToken = login(m_other);
        QVERIFY(!otherToken.isEmpty());
        const Reply foreign = postForm(path,
                                       {{"action", "verify-confirm"},
                                        {"version", QByteArray::number(version)}},
                                       {}, otherToken);
        QCOMPARE(foreign.status, 403);
        QCOMPARE(caseRow(id).version, version);

        const Reply done = postForm(path,
                                    {{"action", "verify-confirm"},
                                     {"version", QByteArray::number(version)},
                                     {"note", "属实"}},
                                    png, token, "phone-7-verify-1");
        QVERIFY2(done.status == 200, done.body.constData());
        QCOMPARE(postForm(path,
                          {{"action", "verify-confirm"},
                           {"version", QByteArray::number(version)},
                           {"note", "属实"}},
                          png, token, "phone-7-verify-1")
                     .body,
                 done.body); // replayed, not refused as stale
        QCOMPARE(caseRow(id).version, version + 1);
        QVERIFY(caseRow(id).state != QStringLiteral("verifying"));
        QVERIFY(!deskQueue(m_mineGrid).contains(id));
    }

    void reportInputRefused()
    {
        const QString token = login(m_mine);
        auto noPoint = report("x");
        noPoint.removeAt(1);
        QCOMPARE(postForm("/field/v1/reports", noPoint, {}, token).status, 400);
        QCOMPARE(postForm("/field/v1/reports", report("not an image"), "GIF89a not a png", token)
                     .status,
                 400); // the attachment checks decode the photo
        QCOMPARE(postJson("/field/v1/reports", {{"category", "event:0102"}}, token).status, 400);
        auto twice = report("twice");
        twice.append(std::pair<QByteArray, QByteArray>("lon", "0"));
        const Reply repeated = postForm("/field/v1/reports", twice, {}, token);
        QCOMPARE(repeated.status, 400);
        QCOMPARE(repeated.json.value("field").toString(), QStringLiteral("lon"));
        QCOMPARE(postForm("/field/v1/reports", report("bad key"), {}, token, "key with spaces")
                     .json.value("code")
                     .toString(),
                 QStringLiteral("field.bad-idempotency-key"));
        // The report's key (reportVerifyRoundTrip) again, on another path: refused.
        QCOMPARE(postForm("/field/v1/cases/none/actions",
                          {{"action", "verify-confirm"}, {"version", "1"}}, {}, token,
                          "phone-7-report-1")
                     .status,
                 422);
        QCOMPARE(get("/field/v1/login", token).status, 405);
        QCOMPARE(get("/field/v1/nothing", token).status, 404);
        auto db = Storage::Database::open(m_db, Storage::Database::OpenMode::ReadOnly);
        auto written = db.value()->scalar(
            "SELECT count(*) FROM case_record WHERE description IN ('x', 'not an image', 'twice', "
            "'bad key')");
        QCOMPARE(written.value(), 0); // nothing refused was written
    }
};

QTEST_GUILESS_MAIN(TstCitygateField)
#include "tst_citygate_field.moc"

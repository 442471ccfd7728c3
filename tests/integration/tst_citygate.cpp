// SPDX-License-Identifier: GPL-3.0-or-later
// The real citygate process on a small demo city, over HTTP and HTTPS (a self-signed
// certificate made here with openssl): Open311 GeoReport v2 end to end (docs/citygate.md).
#include "../gui/democityfixture.h"
#include "cityctlrunner.h"

#include <cc/cases/caseservice.h>
#include <cc/city/citycontext.h>
#include <cc/gate/apikeys.h>
#include <cc/gate/open311format.h>
#include <cc/storage/repositories.h>

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslError>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

using namespace Cc;
namespace O = Cc::Gate::Open311;

namespace {

const QString kCitygate = QStringLiteral(CC_BINARY_DIR "/bin/citygate");

struct Reply
{
    int status = 0;
    QByteArray body;
    QString error;
};

} // namespace

class TstCitygate : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db, m_key, m_certFile;
    QString m_collectorKey; ///< a key whose user holds no operator role
    QPointF m_inside;
    QString m_insideGrid;
    QProcess m_http, m_https;
    QString m_httpBase, m_httpsBase;
    QNetworkAccessManager m_net;
    QList<QSslCertificate> m_trusted; ///< the one self-signed certificate we accept

    /// Starts citygate on a free port; the base URL from its "listening on" line.
    QString start(QProcess &process, const QStringList &extra)
    {
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start(kCitygate,
                      QStringList{"--lang", "en", "--db", m_db, "--listen", "127.0.0.1:0"} + extra);
        static const QRegularExpression listening("listening on (https?://[0-9.]+:[0-9]+)");
        QByteArray err;
        for (int i = 0; i < 300 && process.state() != QProcess::NotRunning; ++i) {
            process.waitForReadyRead(100);
            err += process.readAllStandardError();
            const auto match = listening.match(QString::fromUtf8(err));
            if (match.hasMatch())
                return match.captured(1);
        }
        qWarning() << "citygate did not start:" << err;
        return {};
    }

    Reply send(const QString &url, const QByteArray &post = {}, bool isPost = false)
    {
        QNetworkRequest request{QUrl(url)};
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
        QNetworkReply *reply = isPost ? m_net.post(request, post) : m_net.get(request);
        // Only our own certificate's errors are ignored, nothing else.
        QList<QSslError> expected;
        for (const QSslCertificate &cert : m_trusted) {
            expected.append(QSslError(QSslError::SelfSignedCertificate, cert));
            expected.append(QSslError(QSslError::HostNameMismatch, cert));
        }
        reply->ignoreSslErrors(expected);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
        Reply r{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                reply->readAll(), reply->errorString()};
        reply->deleteLater();
        return r;
    }

    QByteArray form(const QList<std::pair<QString, QString>> &fields)
    {
        QUrlQuery q;
        for (const auto &[k, v] : fields)
            q.addQueryItem(k, QString::fromUtf8(QUrl::toPercentEncoding(v)));
        return q.query(QUrl::FullyEncoded).toUtf8();
    }

    QList<std::pair<QString, QString>> goodReport() const
    {
        return {{"api_key", m_key},
                {"service_code", "event:0102"},
                {"lat", QString::number(m_inside.y(), 'f', 8)},
                {"long", QString::number(m_inside.x(), 'f', 8)},
                {"address_string", "人民路 12 号"},
                {"description", "路边有一堆垃圾"},
                {"first_name", "三"},
                {"last_name", "张"},
                {"phone", "13800000000"}};
    }

    O::Record firstRecord(const Reply &r, O::Format format = O::Format::Json)
    {
        auto doc = O::read(r.body, format, "service_requests", "request");
        return doc && !doc->records.isEmpty() ? doc->records.first() : O::Record();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath("city.gpkg");
        auto db = makeDemoCity(m_db, 200, 50);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        auto key = Gate::ApiKeys(*db.value()).add("wechat-portal", "op01");
        QVERIFY(key);
        m_key = key.value();
        // Keys are made by cityctl for operators only; one written directly for a collector
        // stands for a user who lost the role after the key was made.
        auto collectorKey = Gate::ApiKeys(*db.value()).add("lost-role", "col01");
        QVERIFY(collectorKey);
        m_collectorKey = collectorKey.value();
        auto grids = Storage::SpatialRepository(*db.value()).unitGrids();
        QVERIFY(grids && !grids->isEmpty());
        const Storage::Ring &ring = grids->first().geom.first();
        for (qsizetype i = 0; i + 1 < ring.size(); ++i)
            m_inside += ring.at(i);
        m_inside /= double(ring.size() - 1); // a convex cell's vertex average lies inside
        m_insideGrid = grids->first().code;
        db.value().reset();

        // A self-signed certificate for 127.0.0.1, made for this run only.
        m_certFile = m_dir.filePath("cert.pem");
        const QString keyFile = m_dir.filePath("key.pem");
        QProcess openssl;
        openssl.start("openssl",
                      {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj",
                       "/CN=127.0.0.1", "-keyout", keyFile, "-out", m_certFile});
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);
        m_trusted = QSslCertificate::fromPath(m_certFile);
        QCOMPARE(m_trusted.size(), 1);

        m_httpBase = start(m_http, {});
        QVERIFY(m_httpBase.startsWith("http://"));
        m_httpsBase = start(m_https, {"--tls-cert", m_certFile, "--tls-key", keyFile});
        QVERIFY(m_httpsBase.startsWith("https://"));
    }

    void cleanupTestCase()
    {
        // SIGTERM ends citygate cleanly (exit 0, "stopped"), not by the signal's default.
        for (QProcess *p : {&m_http, &m_https}) {
            p->terminate();
            if (!p->waitForFinished(10000))
                p->kill();
            QCOMPARE(p->exitStatus(), QProcess::NormalExit);
            QCOMPARE(p->exitCode(), 0);
            QVERIFY(p->readAllStandardError().contains("citygate: stopped"));
        }
    }

    /// --hub takes a postgresql:// URL without a password and a login; a hub that cannot be
    /// reached at the first start leaves no half-joined copy (the hub mode itself:
    /// tst_citygate_hub, label hub).
    void checksHubOptions_data()
    {
        QTest::addColumn<QStringList>("hub");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        QTest::newRow("not a URL") << QStringList{"--hub", "host=x"} << 2 << "postgresql://";
        QTest::newRow("password in the URL")
            << QStringList{"--hub", "postgresql://gate01:secret@127.0.0.1:5432/city"} << 2
            << "CITYCOMMAND_HUB_PASSWORD";
        QTest::newRow("no login") << QStringList{"--hub", "postgresql://127.0.0.1:5432/city"} << 2
                                  << "--hub-user";
        QTest::newRow("unreachable")
            << QStringList{"--hub", "postgresql://gate01@127.0.0.1:1/city"} << 1 << "[sync.";
    }
    void checksHubOptions()
    {
        QFETCH(QStringList, hub);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        const QString copy = m_dir.filePath("never-joined.gpkg");
        QProcess p;
        p.start(kCitygate,
                QStringList{"--lang", "en", "--db", copy, "--listen", "127.0.0.1:0"} + hub);
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), exitCode);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(says), qPrintable(err));
        QVERIFY(!QFile::exists(copy));
    }

    void servicesMatchDictionary_data()
    {
        QTest::addColumn<bool>("https");
        QTest::addColumn<int>("format");
        QTest::newRow("http json") << false << int(O::Format::Json);
        QTest::newRow("http xml") << false << int(O::Format::Xml);
        QTest::newRow("https json") << true << int(O::Format::Json);
        QTest::newRow("https xml") << true << int(O::Format::Xml);
    }

    void servicesMatchDictionary()
    {
        QFETCH(bool, https);
        QFETCH(int, format);
        const QString ext = format == int(O::Format::Json) ? "json" : "xml";
        const Reply r = send((https ? m_httpsBase : m_httpBase) + "/open311/v2/services." + ext);
        QVERIFY2(r.status == 200, qPrintable(r.error));
        auto doc = O::read(r.body, O::Format(format), "services", "service");
        QVERIFY2(doc, qPrintable(r.body.left(300)));
        // The dictionary the database carries, as the desk reads it.
        auto db = Storage::Database::open(m_db, Storage::Database::OpenMode::ReadOnly);
        QVERIFY(db);
        auto city = City::CityContext::load(*db.value());
        QVERIFY(city);
        const QList<Core::Category> categories = city.value()->categories().categories();
        QCOMPARE(doc->records.size(), categories.size());
        for (int i = 0; i < categories.size(); ++i) {
            const O::Record &s = doc->records[i];
            QCOMPARE(O::valueText(O::valueOf(s, "service_code")), categories[i].key());
            QCOMPARE(O::valueText(O::valueOf(s, "service_name")), categories[i].nameZh);
            QCOMPARE(O::valueText(O::valueOf(s, "metadata")), QStringLiteral("false"));
            QCOMPARE(O::valueText(O::valueOf(s, "type")), QStringLiteral("realtime"));
            QVERIFY(!O::valueText(O::valueOf(s, "group")).isEmpty());
        }
        const Reply en = send(m_httpBase + "/open311/v2/services.json?locale=en");
        auto english = O::read(en.body, O::Format::Json, "services", "service");
        QVERIFY(english);
        QCOMPARE(O::valueText(O::valueOf(english->records.first(), "service_name")),
                 categories.first().nameEn);
        const Reply definition = send(m_httpBase + "/open311/v2/services/event:0102." + ext);
        QCOMPARE(definition.status, 200);
        QCOMPARE(O::readServiceDefinition(definition.body, O::Format(format)).value(),
                 QStringLiteral("event:0102"));
        QCOMPARE(send(m_httpBase + "/open311/v2/services/event:9999." + ext).status, 404);
    }

    void reportCreatesCase()
    {
        auto fields = goodReport();
        // Fields Open311 does not define (or that are ours to set) are ignored.
        fields += {{"channel", "collector"},
                   {"grid_code", "41048200100101"},
                   {"level", "urgent"},
                   {"state", "closed"},
                   {"reporter", "forged"}};
        const Reply r = send(m_httpsBase + "/open311/v2/requests.json", form(fields), true);
        QVERIFY2(r.status == 200, qPrintable(r.body));
        const QString number = O::valueText(O::valueOf(firstRecord(r), "service_request_id"));
        QVERIFY(!number.isEmpty());

        auto db = Storage::Database::open(m_db, Storage::Database::OpenMode::ReadOnly);
        QVERIFY(db);
        auto row = Storage::CaseRepository(*db.value()).findByNumber(number);
        QVERIFY(row && row.value());
        const Storage::CaseRow c = *row.value();
        QCOMPARE(c.channel, QStringLiteral("wechat"));
        QCOMPARE(c.categoryKey, QStringLiteral("event:0102"));
        QCOMPARE(c.level, QStringLiteral("normal"));
        QCOMPARE(c.state, QStringLiteral("reported"));
        QCOMPARE(c.gridCode, m_insideGrid); // found by the service from the point
        QVERIFY(c.geom);
        QVERIFY(qAbs(c.geom->x() - m_inside.x()) < 1e-7 && qAbs(c.geom->y() - m_inside.y()) < 1e-7);
        QCOMPARE(c.address, QStringLiteral("人民路 12 号"));
        QCOMPARE(c.reporter, QStringLiteral("张三 / 13800000000"));
        auto op = Storage::UserRepository(*db.value()).findByLogin("op01");
        QVERIFY(op && op.value());
        QCOMPARE(c.createdBy, op.value()->id);
        db.value().reset();

        // And as cityctl shows it.
        const CityctlTest::Run shown = CityctlTest::cityctl(
            {"case", "show", "--db", m_db, number, "--json"});
        QVERIFY2(shown.code == 0, qPrintable(CityctlTest::describe(shown)));
        const QJsonObject json = QJsonDocument::fromJson(shown.out.toUtf8()).object();
        QCOMPARE(json.value("channel").toString(), QStringLiteral("wechat"));
        QCOMPARE(json.value("gridCode").toString(), m_insideGrid);
        QCOMPARE(json.value("state").toString(), QStringLiteral("reported"));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("no key") << "api_key"
                                << "" << 403 << "[api.bad-key]";
        QTest::newRow("unknown key") << "api_key"
                                     << "cg_nope" << 403 << "[api.bad-key]";
        QTest::newRow("unknown service") << "service_code"
                                         << "event:9999" << 404 << "[open311.unknown-service]";
        QTest::newRow("outside city") << "lat"
                                      << "39.9" << 400 << "[open311.outside-city]";
        QTest::newRow("lat not a number") << "lat"
                                          << "north" << 400 << "[open311.bad-lat]";
        QTest::newRow("lat out of range") << "lat"
                                          << "95" << 400 << "[case.bad-location]";
        QTest::newRow("description too long") << "description" << QString(4001, QLatin1Char('x'))
                                              << 400 << "[open311.bad-description]";
        QTest::newRow("no service_code") << "service_code"
                                         << "" << 400 << "[open311.bad-service_code]";
        QTest::newRow("control character") << "address_string" << QStringLiteral("a\u0001b") << 400
                                           << "[open311.bad-address_string]";
        QTest::newRow("foreign key user") << "api_key"
                                          << "COLLECTOR_KEY" << 403 << "[api.key-user]";
        QTest::newRow("bad phone") << "phone"
                                   << "<script>" << 400 << "[open311.bad-phone]";
    }

    void refusals()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(int, status);
        QFETCH(QString, code);
        auto fields = goodReport();
        for (auto &f : fields) {
            if (f.first == field)
                f.second = value == QLatin1String("COLLECTOR_KEY") ? m_collectorKey : value;
        }
        auto db = Storage::Database::open(m_db, Storage::Database::OpenMode::ReadOnly);
        const qint64 before = db.value()->rowCount("case_record");
        for (const QString ext : {"json", "xml"}) {
            const Reply r = send(m_httpBase + "/open311/v2/requests." + ext, form(fields), true);
            QCOMPARE(r.status, status);
            auto errors = O::read(r.body,
                                  ext == QLatin1String("json") ? O::Format::Json : O::Format::Xml,
                                  "errors", "error");
            QVERIFY2(errors && errors->records.size() == 1, qPrintable(r.body));
            QCOMPARE(O::valueText(O::valueOf(errors->records.first(), "code")),
                     QString::number(status));
            QVERIFY2(O::valueText(O::valueOf(errors->records.first(), "description"))
                         .startsWith(code),
                     qPrintable(r.body));
        }
        QCOMPARE(db.value()->rowCount("case_record"), before); // nothing written
    }

    /// 4000 Chinese characters are 36 KB form-encoded: within the limits, however the HTTP
    /// library reads forms (Debian's httplib refuses forms over 8 KiB on its own).
    void longChineseDescription()
    {
        auto fields = goodReport();
        for (auto &f : fields) {
            if (f.first == QLatin1String("description"))
                f.second = QString(4000, QChar(0x5783));
        }
        const QByteArray body = form(fields);
        QVERIFY(body.size() > 32 * 1024);
        const Reply r = send(m_httpsBase + "/open311/v2/requests.json", body, true);
        QVERIFY2(r.status == 200, qPrintable(r.body));
        const QString number = O::valueText(O::valueOf(firstRecord(r), "service_request_id"));
        auto db = Storage::Database::open(m_db, Storage::Database::OpenMode::ReadOnly);
        auto row = Storage::CaseRepository(*db.value()).findByNumber(number);
        QVERIFY(row && row.value());
        QCOMPARE(row.value()->description, QString(4000, QChar(0x5783)));
    }

    /// A revoked key is refused like an unknown one.
    void revokedKey()
    {
        {
            auto db = Storage::Database::open(m_db, Storage::Database::OpenMode::ReadWrite);
            QVERIFY(db);
            Gate::ApiKeys keys(*db.value());
            auto spare = keys.add("spare", "op01");
            QVERIFY(spare);
            auto fields = goodReport();
            fields.first().second = spare.value();
            QCOMPARE(send(m_httpBase + "/open311/v2/requests.json", form(fields), true).status,
                     200);
            QVERIFY(keys.revoke("spare"));
            const Reply r = send(m_httpBase + "/open311/v2/requests.json", form(fields), true);
            QCOMPARE(r.status, 403);
            QVERIFY(r.body.contains("[api.bad-key]"));
        }
    }

    void bodyLimit()
    {
        QByteArray big = form(goodReport()) + "&padding=" + QByteArray(70 * 1024, 'x');
        const Reply r = send(m_httpBase + "/open311/v2/requests.json", big, true);
        QCOMPARE(r.status, 413);
    }

    void requestOpenThenClosed()
    {
        const Reply posted = send(m_httpBase + "/open311/v2/requests.xml", form(goodReport()),
                                  true);
        QVERIFY2(posted.status == 200, qPrintable(posted.body));
        const QString number = O::valueText(
            O::valueOf(firstRecord(posted, O::Format::Xml), "service_request_id"));
        QVERIFY(!number.isEmpty());
        Reply r = send(m_httpBase + "/open311/v2/requests/" + number + ".json");
        QCOMPARE(r.status, 200);
        O::Record record = firstRecord(r);
        QCOMPARE(O::valueText(O::valueOf(record, "status")), QStringLiteral("open"));
        QVERIFY(O::valueText(O::valueOf(record, "requested_datetime")).endsWith("+08:00"));
        QVERIFY(O::valueOf(record, "description").isNull()); // never personal data
        QVERIFY(!r.body.contains("13800000000"));
        QVERIFY(!r.body.contains("张三"));

        // Closed through the case service, as the desk does.
        auto db = Storage::Database::open(m_db, Storage::Database::OpenMode::ReadWrite);
        QVERIFY(db);
        auto city = City::CityContext::load(*db.value());
        QVERIFY(city);
        Cases::CaseService cases(*db.value(), city.value()->categories(), city.value()->calendar());
        const auto act = [&](const char *action, const QString &login, Core::Role role) {
            auto actor = cases.actor(login, role);
            QVERIFY2(actor, qPrintable(actor ? QString() : actor.error().message));
            Cases::ActionRequest request;
            request.action = Core::actionFromId(QString::fromLatin1(action));
            auto done = cases.act(number, request, actor.value());
            QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
        };
        act("accept", "op01", Core::Role::Operator);
        act("file", "sl01", Core::Role::ShiftLeader);
        act("dispatch", "dp01", Core::Role::Dispatcher);
        auto dispatched = cases.find(number);
        QVERIFY(dispatched && !dispatched->departmentId.isEmpty());
        auto department = Storage::DepartmentRepository(*db.value()).find(dispatched->departmentId);
        QVERIFY(department && department.value());
        const QString deptLogin = department.value()->code.toLower();
        act("dept-accept", deptLogin, Core::Role::Department);
        act("feedback", deptLogin, Core::Role::Department);
        act("send-check", "op01", Core::Role::Operator);
        act("check-pass", "col01", Core::Role::Collector);
        act("close", "sl01", Core::Role::ShiftLeader);

        for (const QString ext : {"json", "xml"}) {
            r = send(m_httpBase + "/open311/v2/requests/" + number + "." + ext);
            QCOMPARE(r.status, 200);
            record = firstRecord(r,
                                 ext == QLatin1String("json") ? O::Format::Json : O::Format::Xml);
            QCOMPARE(O::valueText(O::valueOf(record, "status")), QStringLiteral("closed"));
            QCOMPARE(O::valueText(O::valueOf(record, "agency_responsible")),
                     department.value()->nameZh);
        }
        // Listed with the closed ones, not with the open ones.
        r = send(m_httpBase + "/open311/v2/requests.json?status=closed&service_code=event:0102");
        QVERIFY(r.body.contains(number.toUtf8()));
        r = send(m_httpBase + "/open311/v2/requests.json?status=open");
        QCOMPARE(r.status, 200);
        QVERIFY(!r.body.contains("13800000000")); // no reporter in lists either
        QVERIFY(!r.body.contains("reporter"));
        QVERIFY(!r.body.contains(("\"" + number + "\"").toUtf8()));
        QCOMPARE(send(m_httpBase + "/open311/v2/requests/1999-999999.json").status, 404);
        QCOMPARE(send(m_httpBase + "/open311/v2/requests.json?status=maybe").status, 400);
        QCOMPARE(send(m_httpBase
                      + "/open311/v2/requests.json?start_date=2025-01-01T00:00:00Z"
                        "&end_date=2026-01-01T00:00:00Z")
                     .status,
                 400);
    }

    /// Every path the served /openapi.json documents is answered (not "no such path").
    void openApiPathsServed()
    {
        const Reply r = send(m_httpBase + "/openapi.json");
        QCOMPARE(r.status, 200);
        const QJsonObject paths
            = QJsonDocument::fromJson(r.body).object().value("paths").toObject();
        // Open311's, the field API's (tst_citygate_field) and the intake's (tst_citygate_intake)
        QCOMPARE(paths.size(), 19);
        for (auto it = paths.begin(); it != paths.end(); ++it) {
            QString path = it.key();
            path.replace("{format}", "json").replace("{service_code}", "event:0102");
            path.replace("{service_request_id}", "1999-999999").replace("{case_id}", "none");
            path.replace("{token}", "none").replace("{media_id}", "none");
            path.replace("{order_id}", "none").replace("{ticket}", "none");
            path.replace("{task_id}", "none");
            const bool post = it->toObject().contains("post") && !it->toObject().contains("get");
            const Reply answer = send(m_httpBase + path, {}, post);
            QVERIFY2(!answer.body.contains("[route.unknown]")
                         && !answer.body.contains("\"route.unknown\""),
                     qPrintable(path));
            QVERIFY2(!answer.body.contains("route.method"), qPrintable(path));
        }
        QVERIFY(send(m_httpBase + "/nothing/here").body.contains("[route.unknown]"));
        QNetworkRequest request{QUrl(m_httpBase + "/open311/v2/services.json")};
        QNetworkReply *reply = m_net.deleteResource(request);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 405);
        QVERIFY(reply->readAll().contains("[route.method]"));
        reply->deleteLater();
    }
};

QTEST_GUILESS_MAIN(TstCitygate)
#include "tst_citygate.moc"

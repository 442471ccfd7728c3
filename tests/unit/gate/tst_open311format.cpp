// SPDX-License-Identifier: GPL-3.0-or-later
// GeoReport v2 documents in the shapes the specification's examples show (our own data),
// read, written and read again (docs/citygate.md, "Formats").
#include <cc/gate/open311format.h>

#include <QTest>

using namespace Cc::Gate::Open311;

class TstOpen311Format : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("root");
        QTest::addColumn<QString>("item");
        QTest::addColumn<int>("records");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");

        QTest::newRow("services.xml")
            << QByteArray("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<services>\n <service>"
                          "<service_code>event:0102</service_code><service_name>暴露垃圾"
                          "</service_name><description>路面有垃圾</description><metadata>false"
                          "</metadata><type>realtime</type><keywords>垃圾, 卫生</keywords>"
                          "<group>市容环境</group></service>\n <service><service_code>part:0101"
                          "</service_code><service_name>上水井盖</service_name><description/>"
                          "<metadata>false</metadata><type>realtime</type><keywords/><group>"
                          "公用设施</group></service></services>")
            << int(Format::Xml) << "services"
            << "service" << 2 << "group"
            << "市容环境";
        QTest::newRow("services.json")
            << QByteArray(R"([{"service_code":"event:0102","service_name":"Exposed garbage",)"
                          R"("description":"","metadata":false,"type":"realtime",)"
                          R"("keywords":"garbage","group":"City appearance"}])")
            << int(Format::Json) << "services"
            << "service" << 1 << "metadata"
            << "false";
        QTest::newRow("requests.json")
            << QByteArray(R"([{"service_request_id":"2026-000201","status":"open",)"
                          R"("status_notes":null,"service_name":"暴露垃圾",)"
                          R"("service_code":"event:0102","description":"",)"
                          R"("agency_responsible":"区环卫所","service_notice":"",)"
                          R"("requested_datetime":"2026-12-04T09:30:00+08:00",)"
                          R"("updated_datetime":"2026-12-04T10:00:00+08:00",)"
                          R"("expected_datetime":"","address":"人民路 12 号","address_id":"",)"
                          R"("zipcode":"","lat":33.7412,"long":113.1859,"media_url":""}])")
            << int(Format::Json) << "service_requests"
            << "request" << 1 << "lat"
            << "33.7412";
        QTest::newRow("requests.xml")
            << QByteArray("<?xml version=\"1.0\" encoding=\"utf-8\"?><service_requests><request>"
                          "<service_request_id>2026-000201</service_request_id><status>closed"
                          "</status><status_notes>已结案</status_notes><service_code>event:0102"
                          "</service_code><requested_datetime>2026-12-04T09:30:00+08:00"
                          "</requested_datetime><lat>33.7412</lat><long>113.1859</long>"
                          "</request></service_requests>")
            << int(Format::Xml) << "service_requests"
            << "request" << 1 << "status"
            << "closed";
        QTest::newRow("post answer.xml")
            << QByteArray("<service_requests><request><service_request_id>2026-000202"
                          "</service_request_id><service_notice>已受理</service_notice>"
                          "<account_id/></request></service_requests>")
            << int(Format::Xml) << "service_requests"
            << "request" << 1 << "account_id"
            << "";
        QTest::newRow("errors.json")
            << QByteArray(R"([{"code":403,"description":"api_key is missing"}])")
            << int(Format::Json) << "errors"
            << "error" << 1 << "code"
            << "403";
        QTest::newRow("errors.xml")
            << QByteArray("<errors><error><code>404</code><description>no such request"
                          "</description></error><error><code>400</code><description>lat"
                          "</description></error></errors>")
            << int(Format::Xml) << "errors"
            << "error" << 2 << "code"
            << "404";
    }

    void roundTrip()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, format);
        QFETCH(QString, root);
        QFETCH(QString, item);
        QFETCH(int, records);
        QFETCH(QString, field);
        QFETCH(QString, value);
        const auto first = read(bytes, Format(format), root, item);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
        QCOMPARE(first->records.size(), records);
        QCOMPARE(valueText(valueOf(first->records.first(), field)), value);
        // Written in either format and read back, every field keeps its text.
        for (const Format to : {Format::Json, Format::Xml}) {
            const auto again = read(write(first.value(), to), to, root, item);
            QVERIFY(again);
            QCOMPARE(again->records.size(), records);
            for (int i = 0; i < records; ++i) {
                const Record &a = first->records[i];
                QCOMPARE(again->records[i].size(), a.size());
                for (const Field &f : a)
                    QCOMPARE(valueText(valueOf(again->records[i], f.name)), valueText(f.value));
            }
        }
    }

    void refusesWrongDocuments_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("format");
        QTest::newRow("json object") << QByteArray(R"({"code":403})") << int(Format::Json);
        QTest::newRow("json nested") << QByteArray(R"([{"code":{"a":1}}])") << int(Format::Json);
        QTest::newRow("json broken") << QByteArray("[{") << int(Format::Json);
        QTest::newRow("xml root") << QByteArray("<services/>") << int(Format::Xml);
        QTest::newRow("xml item") << QByteArray("<errors><service/></errors>") << int(Format::Xml);
        QTest::newRow("xml nested")
            << QByteArray("<errors><error><code><b>1</b></code></error></errors>")
            << int(Format::Xml);
        QTest::newRow("xml broken") << QByteArray("<errors><error>") << int(Format::Xml);
    }

    void refusesWrongDocuments()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, format);
        const auto document = read(bytes, Format(format), "errors", "error");
        QVERIFY(!document);
        QCOMPARE(document.error().code, QStringLiteral("open311.bad-document"));
    }

    void serviceDefinition()
    {
        for (const Format format : {Format::Json, Format::Xml}) {
            const QByteArray bytes = writeServiceDefinition("event:0102", format);
            const auto code = readServiceDefinition(bytes, format);
            QVERIFY(code);
            QCOMPARE(code.value(), QStringLiteral("event:0102"));
        }
        // The specification's shape, with attributes we do not use.
        const auto code = readServiceDefinition(
            "<service_definition><service_code>DMV66</service_code><attributes><attribute>"
            "<code>WHISHETN</code></attribute></attributes></service_definition>",
            Format::Xml);
        QVERIFY(code);
        QCOMPARE(code.value(), QStringLiteral("DMV66"));
    }
};

QTEST_GUILESS_MAIN(TstOpen311Format)
#include "tst_open311format.moc"

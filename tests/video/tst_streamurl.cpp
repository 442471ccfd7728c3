// SPDX-License-Identifier: GPL-3.0-or-later
// Credentials are split out of camera URLs and never shown: parse, redact, refuse bad input.
#include "cc/video/streamurl.h"

#include "resultcheck.h"

#include <QTest>

using namespace Cc::Video;

class TstStreamUrl : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::newRow("plain") << "rtsp://127.0.0.1:8554/cam01/sub"
                               << "rtsp://127.0.0.1:8554/cam01/sub"
                               << ""
                               << "";
        QTest::newRow("user-and-password") << "rtsp://admin:s3cret@10.0.0.7/Streaming/101"
                                           << "rtsp://10.0.0.7/Streaming/101"
                                           << "admin"
                                           << "s3cret";
        QTest::newRow("escaped-password") << "rtsp://op%40city:p%3Ass%2Fw@cam.local:554/main"
                                          << "rtsp://cam.local:554/main"
                                          << "op@city"
                                          << "p:ss/w";
        QTest::newRow("rtsps-spaces") << "  rtsps://u:p@h/x  "
                                      << "rtsps://h/x"
                                      << "u"
                                      << "p";
    }
    void parse()
    {
        QFETCH(QString, url);
        QFETCH(QString, location);
        QFETCH(QString, user);
        QFETCH(QString, password);
        auto s = parseStreamUrl(url);
        CC_VERIFY_OK(s);
        QCOMPARE(s->location.toString(), location);
        QCOMPARE(s->user, user);
        QCOMPARE(s->password, password);
    }

    void refuse_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("empty") << "";
        QTest::newRow("no-scheme") << "127.0.0.1:8554/cam01";
        QTest::newRow("http") << "http://127.0.0.1/cam01";
        QTest::newRow("no-host") << "rtsp:///cam01";
        QTest::newRow("garbage") << "rtsp//not a url";
        QTest::newRow("bad-port") << "rtsp://host:99999999/x";
        QTest::newRow("credentials-in-bad-url") << "ftp://admin:s3cret@h/x";
    }
    void refuse()
    {
        QFETCH(QString, url);
        auto s = parseStreamUrl(url);
        QVERIFY(!s.ok());
        QCOMPARE(CcTest::codeOf(s), QStringLiteral("video.bad-url"));
        QVERIFY(!CcTest::messageOf(s).isEmpty());
        QVERIFY2(!CcTest::messageOf(s).contains(QLatin1String("s3cret")),
                 qPrintable(CcTest::messageOf(s)));
    }

    void redact_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("url") << "rtsp://admin:s3cret@10.0.0.7/x"
                             << "rtsp://***@10.0.0.7/x";
        QTest::newRow("user-only") << "rtsp://admin@10.0.0.7/x"
                                   << "rtsp://***@10.0.0.7/x";
        QTest::newRow("none") << "rtsp://10.0.0.7/x"
                              << "rtsp://10.0.0.7/x";
        QTest::newRow("in-text") << "Could not open rtsp://a:b@h/1 and rtsp://c:d@k/2."
                                 << "Could not open rtsp://***@h/1 and rtsp://***@k/2.";
        QTest::newRow("email-is-not-url") << "mail ops@city.gov"
                                          << "mail ops@city.gov";
    }
    void redact()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(redactText(text), expected);
        QCOMPARE(redactUrl(text), redactText(text));
    }
};

QTEST_GUILESS_MAIN(TstStreamUrl)
#include "tst_streamurl.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The city context (modules/city): the calendar the database carries (else the national
// default), its zone as the one "today", typed settings, and a clear refusal of a stored
// calendar that cannot be read.
#include "../cases/casefixture.h"

#include <cc/city/citycontext.h>
#include <cc/storage/settings.h>

using namespace CcTest;
using Cc::City::CityContext;

class TestCityContext : public QObject
{
    Q_OBJECT

private:
    Fixture f;

private slots:
    void init() { f.setUp(); }

    void withoutAStoredCalendarTheNationalDefault()
    {
        auto context = CityContext::load(*f.db);
        CC_VERIFY_OK(context);
        QCOMPARE((*context)->timeZone().id(), QByteArray("Asia/Shanghai"));
        QCOMPARE((*context)->calendar().toJson(), Core::WorkCalendar::chinaDefault().toJson());
        QVERIFY((*context)->categories().findByKey(kRubbish));
        QCOMPARE((*context)->cityName(), QString());
    }

    void theStoredCalendarAndItsZoneWin()
    {
        Core::WorkCalendar urumqi = Core::WorkCalendar::chinaDefault();
        urumqi.setTimeZone(QTimeZone("Asia/Urumqi"));
        QVERIFY(Storage::CalendarRepository(*f.db).save(urumqi.toJson()));
        QVERIFY(Storage::Settings(*f.db).setCityName(QStringLiteral("乌鲁木齐市")));
        auto loaded = CityContext::load(*f.db);
        CC_VERIFY_OK(loaded);
        const CityContext &city = **loaded;
        QCOMPARE(city.timeZone().id(), QByteArray("Asia/Urumqi"));
        QCOMPARE(city.cityName(), QStringLiteral("乌鲁木齐市"));

        // 2026-03-08T17:30Z is 01:30 on the 9th in Shanghai but 23:30 on the 8th in Urumqi
        // (UTC+6): "today" is the city's, whatever zone the machine runs in.
        const QDateTime at = utc("2026-03-08T17:30:00Z");
        QCOMPARE(city.dateAt(at), QDate(2026, 3, 8));
        QCOMPARE(city.startOfDay(QDate(2026, 3, 8)), utc("2026-03-07T18:00:00Z"));
        QCOMPARE(city.local(at).time(), QTime(23, 30));
    }

    void anUnreadableStoredCalendarIsRefused()
    {
        QVERIFY(Storage::CalendarRepository(*f.db).save(QByteArray("{\"timeZone\": 7")));
        auto loaded = CityContext::load(*f.db);
        QVERIFY(!loaded);
        QCOMPARE(CcTest::codeOf(loaded), QStringLiteral("city.calendar"));
    }

    void settingsAreTyped()
    {
        Storage::Settings settings(*f.db);
        QCOMPARE(settings.basemap().value(), QString());
        QVERIFY(settings.setBasemap(QStringLiteral("/data/city.mbtiles")));
        QCOMPARE(settings.basemap().value(), QStringLiteral("/data/city.mbtiles"));
        QVERIFY(settings.positioningSources().value().isEmpty());
        const QJsonObject sources{{"col01", "tcp://127.0.0.1:10110"}};
        QVERIFY(settings.setPositioningSources(sources));
        QCOMPARE(settings.positioningSources().value(), sources);
        QVERIFY(!settings.demoSeed().value().has_value());
        QVERIFY(settings.setDemoSeed(20260309));
        QCOMPARE(settings.demoSeed().value(), std::optional<quint64>(20260309));
        // Hand-written garbage reads as no devices, not as an error.
        QVERIFY(Storage::SettingRepository(*f.db).set(QStringLiteral("positioning.sources"),
                                                      QStringLiteral("[1,")));
        QVERIFY(settings.positioningSources().value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCityContext)
#include "tst_citycontext.moc"

#include "resultcheck.h"

// SPDX-License-Identifier: GPL-3.0-or-later
// The work calendar's banner (app/gui/calendarbanner.cpp, built in): shown from 1 November
// while next year's holidays are missing, with the import for an administrator only, and
// the import as the administrator does it (the file named, as the file dialog would). The 2027 dates are test data.
#include "calendarbanner.h"

#include <cc/city/citycontext.h>
#include <cc/core/uuid.h>
#include <cc/storage/database.h>
#include <cc/storage/repositories.h>

#include "resultcheck.h"

#include <QLabel>
#include <QMainWindow>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace Cc;

class TestCalendarBanner : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<City::CityContext> m_city;

    QToolBar *banner(QMainWindow &w) { return w.findChild<QToolBar *>("calendarBanner"); }

private slots:
    void init()
    {
        m_city.reset();
        m_db.reset();
        auto db = Storage::Database::open(m_dir.filePath(QStringLiteral("%1.gpkg").arg(
                                              QTest::currentDataTag()
                                                  ? QTest::currentDataTag()
                                                  : QTest::currentTestFunction())),
                                          Storage::Database::OpenMode::Create);
        CC_VERIFY_OK(db);
        m_db = std::move(db).value();
        QVERIFY(Storage::UserRepository(*m_db).upsert({Core::uuidText(Core::makeUuidV7()),
                                                       "adm01",
                                                       "ADM01",
                                                       {},
                                                       {},
                                                       {},
                                                       {},
                                                       true,
                                                       {"admin"}}));
        auto city = City::CityContext::load(*m_db);
        CC_VERIFY_OK(city);
        m_city = std::move(city).value();
    }

    void shownWhenAYearIsMissing_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<bool>("shown");
        QTest::newRow("june") << QDate(2026, 6, 1) << false;
        QTest::newRow("november") << QDate(2026, 11, 1) << true;
    }

    void shownWhenAYearIsMissing()
    {
        QFETCH(QDate, today);
        QFETCH(bool, shown);
        QMainWindow window;
        App::addCalendarBanner(&window, *m_city, QString(), today);
        QCOMPARE(banner(window) != nullptr, shown);
        if (!shown)
            return;
        QVERIFY(window.findChild<QLabel *>("calendarBannerText")->text().contains("2027"));
        // Not an administrator: told, but offered no import.
        QVERIFY(!window.findChild<QPushButton *>("calendarImport"));
    }

    void administratorImportsTheYear()
    {
        const QString file = m_dir.filePath(QStringLiteral("2027.json"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(R"({"year": 2027, "holidays": ["2027-01-01", "2027-02-08"], "workdays": []})");
        }
        QMainWindow window;
        App::addCalendarBanner(&window, *m_city, QStringLiteral("adm01"), QDate(2026, 12, 4),
                               [&] { return file; });
        auto *button = window.findChild<QPushButton *>("calendarImport");
        QVERIFY(button);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::mouseClick(button, Qt::LeftButton);
        const QString told = window.findChild<QLabel *>("calendarBannerText")->text();
        QVERIFY2(told.contains("2027"), qPrintable(told));
        QVERIFY(button->isHidden());
        auto stored = Storage::CalendarRepository(*m_db).load();
        CC_VERIFY_OK(stored);
        QVERIFY(stored->has_value());
        auto calendar = Core::WorkCalendar::fromJson(**stored);
        CC_VERIFY_OK(calendar);
        QVERIFY(calendar->isKnownYear(2027));
        QVERIFY(!calendar->isWorkday(QDate(2027, 2, 8)));
    }
};

QTEST_MAIN(TestCalendarBanner)
#include "tst_calendarbanner.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench's duty line and its dialogs (docs/duty.md): the shift on duty with its
// 带班领导, a handover written in the dialog and confirmed by the next shift's person (the
// bar's 确认接班 shown until then), a refused handover keeping the dialog open with the
// service's reason, the duty log, and the evaluation's figures by shift.
// CC_DUTY_SCREENSHOTS=DIR saves the bar and the dialogs there.
#include "dutydialogs.h"

#include <cc/cases_widgets/dutybar.h>
#include <cc/city/citycontext.h>
#include <cc/core/uuid.h>
#include <cc/storage/database.h>
#include <cc/storage/repositories.h>

#include "resultcheck.h"

#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Cc;

namespace {

const QTimeZone kChina("Asia/Shanghai");

QDateTime cst(int day, int h, int m = 0)
{
    return QDateTime(QDate(2026, 12, day), QTime(h, m), kChina).toUTC();
}

void shoot(QWidget &w, const char *name)
{
    const QString dir = qEnvironmentVariable("CC_DUTY_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    w.show();
    QTest::qWait(50);
    w.grab().save(dir + QLatin1Char('/') + QLatin1String(name));
}

} // namespace

class TestDutyBar : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<City::CityContext> m_city;
    std::unique_ptr<Cases::DutyBook> m_book;

    QPushButton *confirmButton(CasesWidgets::DutyBar &bar)
    {
        for (QPushButton *b : bar.findChildren<QPushButton *>()) {
            if (b->text() == CasesWidgets::DutyBar::tr("Confirm handover…"))
                return b;
        }
        return nullptr;
    }

private slots:
    void init()
    {
        m_book.reset();
        m_city.reset();
        m_db.reset();
        auto db = Storage::Database::open(m_dir.filePath(QStringLiteral("%1.gpkg").arg(
                                              QTest::currentTestFunction())),
                                          Storage::Database::OpenMode::Create);
        CC_VERIFY_OK(db);
        m_db = std::move(db).value();
        Storage::UserRepository users(*m_db);
        for (auto [login, name, role] :
             {std::tuple{"sl01", "王值班长", "shift-leader"},
              std::tuple{"op01", "马丽", "operator"}, std::tuple{"sl02", "李带班", "shift-leader"},
              std::tuple{"op02", "刘明", "operator"}}) {
            QVERIFY(users.upsert({Core::uuidText(Core::makeUuidV7()),
                                  login,
                                  QString::fromUtf8(name),
                                  {},
                                  {},
                                  {},
                                  {},
                                  true,
                                  {QString::fromLatin1(role)}}));
        }
        auto city = City::CityContext::load(*m_db);
        CC_VERIFY_OK(city);
        m_city = std::move(city).value();
        m_book = std::make_unique<Cases::DutyBook>(*m_db, kChina);
        CC_VERIFY_OK(
            m_book->setRoster({QDate(2026, 12, 4)}, "early", "sl01", {"op01"}, "sl01", cst(4, 7)));
        CC_VERIFY_OK(
            m_book->setRoster({QDate(2026, 12, 4)}, "middle", "sl02", {"op02"}, "sl01", cst(4, 7)));
    }

    void handoverAndConfirmation()
    {
        CasesWidgets::DutyBar outgoing(*m_city, "op01");
        outgoing.setClock([] { return cst(4, 15, 30); });
        QVERIFY2(outgoing.text().contains(QStringLiteral("王值班长")), qPrintable(outgoing.text()));
        QVERIFY(outgoing.text().contains(QStringLiteral("马丽")));
        QVERIFY(outgoing.text().contains(QStringLiteral("08:00–16:00")));
        shoot(outgoing, "duty-bar.png");

        CasesWidgets::HandoverDialog refused(*m_book, "op01", cst(4, 15, 30));
        refused.selectRecipient("op02");
        refused.accept(); // no note
        QCOMPARE(refused.result(), int(QDialog::Rejected));
        QVERIFY(!refused.error().isEmpty());
        QCOMPARE(m_db->rowCount(QStringLiteral("duty_handover")), 0);

        CC_VERIFY_OK(m_book->log("op01", "12345 平台中断 10 分钟，已恢复", {}, true, cst(4, 10)));
        CasesWidgets::HandoverDialog dialog(*m_book, "op01", cst(4, 15, 30));
        dialog.selectRecipient("op02");
        dialog.setNote("白班平稳；平台中断一事请中班继续跟进");
        shoot(dialog, "duty-handover.png");
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_db->rowCount(QStringLiteral("duty_handover")), 1);

        CasesWidgets::DutyBar incoming(*m_city, "op02");
        incoming.setClock([] { return cst(4, 16, 5); });
        QVERIFY(incoming.text().contains(QStringLiteral("李带班")));
        QVERIFY(confirmButton(incoming) && !confirmButton(incoming)->isHidden());
        auto pending = m_book->pendingHandoverFor("op02");
        CC_VERIFY_OK(pending);
        QVERIFY(pending->has_value());
        QCOMPARE((*pending)->items.size(), 1);
        CasesWidgets::ConfirmHandoverDialog confirm(*m_book, **pending, "op02", cst(4, 16, 5));
        shoot(confirm, "duty-confirm.png");
        confirm.accept();
        QCOMPARE(confirm.result(), int(QDialog::Accepted));
        incoming.refresh();
        QVERIFY(confirmButton(incoming)->isHidden());
        QVERIFY(!outgoing.findChildren<QPushButton *>().isEmpty());
        QVERIFY(confirmButton(outgoing)->isHidden()); // nothing waits for the outgoing side
    }

    void dutyLog()
    {
        CasesWidgets::DutyLogDialog log(*m_book, "op01", cst(4, 10), kChina);
        QCOMPARE(log.rows(), 0);
        log.addEntry("  ", {}, false);
        QCOMPARE(log.rows(), 0);
        log.addEntry("市民来电反映人民路井盖缺失", {}, true);
        log.addEntry("巡查正常", {}, false);
        QCOMPARE(log.rows(), 2);
        shoot(log, "duty-log.png");
    }

    void figuresByShift()
    {
        CasesWidgets::ShiftFiguresDialog oneDay(*m_book, QDate(2026, 12, 4), QDate(2026, 12, 4));
        QCOMPARE(oneDay.rows(), 3);
        CasesWidgets::ShiftFiguresDialog aYear(*m_book, QDate(2026, 1, 1), QDate(2026, 12, 31));
        QCOMPARE(aYear.rows(), 0); // refused: a quarter at most, said in the dialog
    }
};

QTEST_MAIN(TestDutyBar)
#include "tst_dutybar.moc"

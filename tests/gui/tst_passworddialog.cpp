// SPDX-License-Identifier: GPL-3.0-or-later
// A user changes their own password in the dialog, typed into as a person would: a wrong
// current password, two different new ones, a too short one and the same one are refused in
// the dialog; a good change logs in with the new password only, and leaves an outbox entry
// for the hub that carries the hash, never the password.
#include <cc/cases_widgets/passworddialog.h>
#include <cc/storage/repositories.h>

#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

#include "democityfixture.h"
#include "resultcheck.h"

using namespace Cc;

class tst_PasswordDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto db = makeDemoCity(m_dir.filePath(QStringLiteral("city.gpkg")), 20, 50);
        CC_VERIFY_OK(db);
        m_db = std::move(db).value();
    }

    void refusalsStayInTheDialog_data()
    {
        QTest::addColumn<QString>("current");
        QTest::addColumn<QString>("fresh");
        QTest::addColumn<QString>("repeat");
        QTest::addColumn<QString>("focus");
        const QString demo = QString::fromLatin1(Demo::kDemoPassword);
        QTest::newRow("wrong current") << "not-it-at-all"
                                       << "ganz-neu-2026"
                                       << "ganz-neu-2026"
                                       << "current";
        QTest::newRow("repeat differs") << demo << "ganz-neu-2026"
                                        << "ganz-neu-2025"
                                        << "repeat";
        QTest::newRow("too short") << demo << "kurz"
                                   << "kurz"
                                   << "new";
        QTest::newRow("unchanged") << demo << demo << demo << "new";
        QTest::newRow("no current") << ""
                                    << "ganz-neu-2026"
                                    << "ganz-neu-2026"
                                    << "current";
    }

    void refusalsStayInTheDialog()
    {
        QFETCH(QString, current);
        QFETCH(QString, fresh);
        QFETCH(QString, repeat);
        QFETCH(QString, focus);
        const qint64 outbox = m_db->rowCount(QStringLiteral("outbox"));
        CasesWidgets::PasswordDialog dialog(*m_db, QStringLiteral("sl01"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        type(dialog, current, fresh, repeat);
        QVERIFY(dialog.isVisible());
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("error"));
        QVERIFY(error->isVisible() && !error->text().isEmpty());
        QCOMPARE(dialog.focusWidget()->objectName(), focus);
        if (const QString dir = qEnvironmentVariable("CC_SCREENSHOT_DIR");
            !dir.isEmpty() && focus == QLatin1String("repeat"))
            QVERIFY(dialog.grab().save(dir + QStringLiteral("/password-dialog.png")));
        QCOMPARE(m_db->rowCount(QStringLiteral("outbox")), outbox); // nothing written
        QVERIFY(Cases::AuthService(*m_db).login(QStringLiteral("sl01"),
                                                QString::fromLatin1(Demo::kDemoPassword)));
    }

    void goodChangeTakesHoldAndQueuesTheHash()
    {
        const QString fresh = QStringLiteral("Schichtleiter-2026");
        CasesWidgets::PasswordDialog dialog(*m_db, QStringLiteral("sl01"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        type(dialog, QString::fromLatin1(Demo::kDemoPassword), fresh, fresh);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        for (const char *name : {"current", "new", "repeat"})
            QVERIFY(dialog.findChild<QLineEdit *>(QLatin1String(name))->text().isEmpty());
        Cases::AuthService auth(*m_db);
        QVERIFY(auth.login(QStringLiteral("sl01"), fresh));
        QVERIFY(!auth.login(QStringLiteral("sl01"), QString::fromLatin1(Demo::kDemoPassword)));
        auto pending = Storage::OutboxRepository(*m_db).pending(-1);
        QVERIFY(pending && !pending->isEmpty());
        const Storage::OutboxRow &last = pending->last();
        QCOMPARE(last.entity, QStringLiteral("app_user"));
        QCOMPARE(last.op, QStringLiteral("update"));
        QVERIFY(!last.payload.contains(fresh));
        QVERIFY(last.payload.contains(QStringLiteral("password_hash")));
    }

private:
    static void type(CasesWidgets::PasswordDialog &dialog, const QString &current,
                     const QString &fresh, const QString &repeat)
    {
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("current")), current);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("new")), fresh);
        auto *again = dialog.findChild<QLineEdit *>(QStringLiteral("repeat"));
        QTest::keyClicks(again, repeat);
        QTest::keyClick(again, Qt::Key_Return);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;
};

QTEST_MAIN(tst_PasswordDialog)
#include "tst_passworddialog.moc"

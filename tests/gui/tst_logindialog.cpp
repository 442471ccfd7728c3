// SPDX-License-Identifier: GPL-3.0-or-later
// The login dialog over a small demo city, typed into as a person would: a refusal is shown
// in the dialog with the login kept and only the password cleared; the demo password logs in
// and the session carries the user's role.
#include <cc/cases_widgets/logindialog.h>
#include <cc/demogen/democity.h>
#include <cc/storage/database.h>
#include <cc/storage/repositories.h>

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include "democityfixture.h"
#include "resultcheck.h"
#include <QTimeZone>

#include <algorithm>
#include <memory>

using namespace Cc;
using Core::Role;

class tst_LoginDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto db = makeDemoCity(m_dir.filePath(QStringLiteral("city.gpkg")), 50, 200);
        CC_VERIFY_OK(db);
        m_db = std::move(db).value();
    }

    void fieldsAndTitle()
    {
        ShownDialog dialog(*m_db);
        QLineEdit *password = dialog->findChild<QLineEdit *>(QStringLiteral("password"));
        QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("login")));
        QVERIFY(password);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QLabel *error = dialog->findChild<QLabel *>(QStringLiteral("error"));
        QVERIFY(error);
        QVERIFY(!error->isVisible());
        auto city = Storage::SettingRepository(*m_db).get(QStringLiteral("city.name"));
        QVERIFY(city && city.value() && !city.value()->isEmpty());
        QCOMPARE(dialog->windowTitle(), *city.value());
        const QList<QPushButton *> buttons = dialog->findChildren<QPushButton *>();
        const auto isDefault = [](QPushButton *b) { return b->isDefault(); };
        QCOMPARE(int(std::count_if(buttons.cbegin(), buttons.cend(), isDefault)), 1);
    }

    void wrongPasswordKeepsTheLoginThenTheRightOneLogsIn()
    {
        ShownDialog dialog(*m_db);
        QLineEdit *login = dialog->findChild<QLineEdit *>(QStringLiteral("login"));
        QLineEdit *password = dialog->findChild<QLineEdit *>(QStringLiteral("password"));
        QLabel *error = dialog->findChild<QLabel *>(QStringLiteral("error"));

        QTest::keyClicks(login, QStringLiteral("op01"));
        QTest::keyClicks(password, QStringLiteral("not the password"));
        QTest::keyClick(password, Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->result(), int(QDialog::Rejected));
        QVERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
        const QString refusal = error->text();
        QCOMPARE(login->text(), QStringLiteral("op01"));
        QVERIFY(password->text().isEmpty());
        QCOMPARE(dialog->focusWidget(), password);

        // Typing again hides the stale refusal; the right password (Enter) logs in.
        QTest::keyClicks(password, QString::fromLatin1(Demo::kDemoPassword));
        QVERIFY(!error->isVisible());
        QTest::keyClick(password, Qt::Key_Return);
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QVERIFY(!dialog->isVisible());
        const Cases::Session &session = dialog->session();
        QCOMPARE(session.user.login, QStringLiteral("op01"));
        QCOMPARE(session.roles, QList<Role>{Role::Operator});
        QVERIFY(session.has(Role::Operator));
        QVERIFY(password->text().isEmpty());
        m_refusal = refusal;
    }

    void unknownLoginLooksLikeAWrongPassword()
    {
        QVERIFY(!m_refusal.isEmpty());
        ShownDialog dialog(*m_db);
        QLineEdit *login = dialog->findChild<QLineEdit *>(QStringLiteral("login"));
        QLineEdit *password = dialog->findChild<QLineEdit *>(QStringLiteral("password"));
        QLabel *error = dialog->findChild<QLabel *>(QStringLiteral("error"));
        QTest::keyClicks(login, QStringLiteral("nobody"));
        QTest::keyClicks(password, QString::fromLatin1(Demo::kDemoPassword));
        QTest::keyClick(password, Qt::Key_Enter); // the keypad Enter too
        QVERIFY(dialog->isVisible());
        QCOMPARE(error->text(), m_refusal);
        QCOMPARE(login->text(), QStringLiteral("nobody"));
    }

    void departmentUserGetsTheirDepartment()
    {
        ShownDialog dialog(*m_db);
        QLineEdit *password = dialog->findChild<QLineEdit *>(QStringLiteral("password"));
        dialog->setLogin(QStringLiteral("d01"));
        QCOMPARE(dialog->focusWidget(), password);
        QTest::keyClicks(password, QString::fromLatin1(Demo::kDemoPassword));
        QTest::keyClick(password, Qt::Key_Return);
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QCOMPARE(dialog->session().roles, QList<Role>{Role::Department});
        QVERIFY(!dialog->session().user.departmentId.isEmpty());
        QCOMPARE(dialog->session().actor(Role::Department).departmentId,
                 dialog->session().user.departmentId);
    }

    void emptyFieldsAreRefusedInPlace()
    {
        ShownDialog dialog(*m_db);
        QLineEdit *login = dialog->findChild<QLineEdit *>(QStringLiteral("login"));
        QLineEdit *password = dialog->findChild<QLineEdit *>(QStringLiteral("password"));
        QLabel *error = dialog->findChild<QLabel *>(QStringLiteral("error"));
        QTest::keyClick(login, Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        QVERIFY(error->isVisible());
        QCOMPARE(dialog->focusWidget(), login);
        QTest::keyClicks(login, QStringLiteral("sl01"));
        QTest::keyClick(login, Qt::Key_Return);
        QVERIFY(error->isVisible());
        QCOMPARE(dialog->focusWidget(), password);
        QCOMPARE(login->text(), QStringLiteral("sl01"));
    }

private:
    /// A shown login dialog, as the app shows it: Enter reaches the default button only
    /// when it is visible.
    class ShownDialog
    {
    public:
        explicit ShownDialog(Storage::Database &db) : m_dialog(db)
        {
            m_dialog.show();
            if (!QTest::qWaitForWindowExposed(&m_dialog))
                qWarning("the login dialog was not exposed");
        }
        CasesWidgets::LoginDialog *operator->() { return &m_dialog; }

    private:
        CasesWidgets::LoginDialog m_dialog;
    };

    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;
    QString m_refusal;
};

QTEST_MAIN(tst_LoginDialog)
#include "tst_logindialog.moc"

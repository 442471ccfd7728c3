// SPDX-License-Identifier: GPL-3.0-or-later
// AuthService: argon2id hashes, login with every refusal looking the same (and taking as
// long), the roles of a session, the password rules, and no clear text in the database file.
#include <cc/cases/auth.h>
#include <cc/core/uuid.h>
#include <cc/storage/database.h>
#include <cc/storage/repositories.h>

#include "resultcheck.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Cc;
using Core::Role;

namespace {

const QString kPassword = QStringLiteral("correct horse battery");

} // namespace

class tst_Auth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("auth.gpkg"));
        auto db = Storage::Database::open(m_path, Storage::Database::OpenMode::Create);
        CC_VERIFY_OK(db);
        m_db = std::move(db.value());

        auto hash = Cases::AuthService::hashPassword(kPassword);
        QVERIFY(hash);
        Storage::UserRepository users(*m_db);
        auto add = [&](const QString &login, const QStringList &roles, const QString &passwordHash,
                       bool active = true) {
            return users.upsert({Core::uuidText(Core::makeUuidV7()),
                                 login,
                                 login.toUpper(),
                                 passwordHash,
                                 {},
                                 {},
                                 {},
                                 active,
                                 roles});
        };
        // Roles given out of Core::allRoles() order: the session sorts them.
        QVERIFY(add("multi", {"dispatcher", "admin", "operator", "shift-leader"}, hash.value()));
        QVERIFY(add("gone", {"operator"}, hash.value(), false));
        QVERIFY(add("nopass", {"operator"}, QString()));
        QVERIFY(add("garbled", {"operator"}, QStringLiteral("$argon2id$v=19$nonsense")));
        QVERIFY(add("noroles", {}, hash.value()));
        QVERIFY(add("target", {"collector"}, QString()));
    }

    void hashIsArgon2id()
    {
        auto a = Cases::AuthService::hashPassword(kPassword);
        auto b = Cases::AuthService::hashPassword(kPassword);
        QVERIFY(a && b);
        QVERIFY2(a->startsWith(QLatin1String("$argon2id$")), qPrintable(a.value()));
        // libsodium's interactive limits: 64 MiB, 2 passes.
        QVERIFY2(a->contains(QLatin1String("m=65536,t=2,p=1")), qPrintable(a.value()));
        QVERIFY(!a->contains(kPassword));
        QVERIFY2(a.value() != b.value(), "each hash has its own random salt");
    }

    void verify_data()
    {
        QTest::addColumn<QString>("hash");
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("expected");
        auto good = Cases::AuthService::hashPassword(kPassword);
        QVERIFY(good);
        const QString hash = good.value();
        QTest::newRow("right") << hash << kPassword << true;
        QTest::newRow("wrong") << hash << QStringLiteral("correct horse battery!") << false;
        QTest::newRow("case") << hash << kPassword.toUpper() << false;
        QTest::newRow("empty-password") << hash << QString() << false;
        QTest::newRow("empty-hash") << QString() << kPassword << false;
        QTest::newRow("garbage-hash") << QStringLiteral("not a hash at all") << kPassword << false;
        QTest::newRow("truncated-hash") << hash.left(hash.size() - 10) << kPassword << false;
        QTest::newRow("bad-params")
            << QStringLiteral("$argon2id$v=19$m=1,t=1,p=1$AAAA$AAAA") << kPassword << false;
        auto chinese = Cases::AuthService::hashPassword(QStringLiteral("城市管理指挥中心"));
        QVERIFY(chinese);
        QTest::newRow("utf8-right")
            << chinese.value() << QStringLiteral("城市管理指挥中心") << true;
        QTest::newRow("utf8-wrong") << chinese.value() << QStringLiteral("城市管理指挥中") << false;
    }

    void verify()
    {
        QFETCH(QString, hash);
        QFETCH(QString, password);
        QFETCH(bool, expected);
        QCOMPARE(Cases::AuthService::verifyPassword(hash, password), expected);
    }

    void loginReturnsEveryRoleInOrder()
    {
        Cases::AuthService auth(*m_db);
        auto session = auth.login(QStringLiteral("multi"), kPassword);
        CC_VERIFY_OK(session);
        QCOMPARE(session->user.login, QStringLiteral("multi"));
        const QList<Role> expected{Role::Operator, Role::ShiftLeader, Role::Dispatcher,
                                   Role::Admin};
        QCOMPARE(session->roles, expected);
        QVERIFY(session->has(Role::Dispatcher));
        QVERIFY(!session->has(Role::Collector));
        QVERIFY2(session->user.passwordHash.isEmpty(), "the session does not carry the hash");
        const Cases::Actor actor = session->actor(Role::ShiftLeader);
        QCOMPARE(actor.userId, session->user.id);
        QCOMPARE(actor.role, Role::ShiftLeader);
    }

    void refusalsLookAlike_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("password");
        QTest::newRow("wrong-password") << "multi"
                                        << "wrong password";
        QTest::newRow("unknown-login") << "nobody" << kPassword;
        QTest::newRow("inactive-right-password") << "gone" << kPassword;
        QTest::newRow("no-password-set") << "nopass" << kPassword;
        QTest::newRow("no-password-set-empty") << "nopass"
                                               << "";
        QTest::newRow("garbled-hash") << "garbled" << kPassword;
        QTest::newRow("empty-password") << "multi"
                                        << "";
        QTest::newRow("empty-login") << "" << kPassword;
        QTest::newRow("login-case") << "MULTI" << kPassword;
    }

    void refusalsLookAlike()
    {
        QFETCH(QString, login);
        QFETCH(QString, password);
        Cases::AuthService auth(*m_db);
        auto reference = auth.login(QStringLiteral("multi"), QStringLiteral("wrong password"));
        QVERIFY(!reference);
        auto refused = auth.login(login, password);
        QVERIFY(!refused);
        QCOMPARE(CcTest::codeOf(refused), QStringLiteral("auth.failed"));
        QCOMPARE(CcTest::messageOf(refused), CcTest::messageOf(reference));
        QVERIFY(!CcTest::messageOf(refused).contains(QLatin1String("multi")));
    }

    void unknownLoginTakesAsLongAsWrongPassword()
    {
        // Without the dummy verification an unknown login would answer ~1000× faster than a
        // wrong password. Medians of a few tries, and a generous bound for a busy machine.
        Cases::AuthService auth(*m_db);
        auto median = [&](const QString &login) {
            QList<qint64> times;
            for (int i = 0; i < 5; ++i) {
                QElapsedTimer timer;
                timer.start();
                (void) auth.login(login, QStringLiteral("wrong password"));
                times << timer.nsecsElapsed();
            }
            std::sort(times.begin(), times.end());
            return times[2];
        };
        const qint64 wrong = median(QStringLiteral("multi"));
        const qint64 unknown = median(QStringLiteral("nobody"));
        const qint64 inactive = median(QStringLiteral("gone"));
        qInfo("median login: wrong password %.1f ms, unknown %.1f ms, inactive %.1f ms",
              wrong / 1e6, unknown / 1e6, inactive / 1e6);
        QVERIFY2(unknown * 3 > wrong, "an unknown login answers much faster than a wrong one");
        QVERIFY2(inactive * 3 > wrong, "an inactive user answers much faster than a wrong one");
    }

    void rightPasswordWithoutRoles()
    {
        auto refused = Cases::AuthService(*m_db).login(QStringLiteral("noroles"), kPassword);
        QVERIFY(!refused);
        QCOMPARE(CcTest::codeOf(refused), QStringLiteral("auth.no-role"));
    }

    void setPasswordRules_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("code"); // empty: accepted
        QTest::newRow("seven") << "target"
                               << "1234567"
                               << "auth.weak-password";
        QTest::newRow("empty") << "target"
                               << ""
                               << "auth.weak-password";
        // 7 characters, 8 UTF-16 units: characters count, not units.
        QTest::newRow("seven-with-emoji")
            << "target" << QString::fromUtf8("abcdef\xF0\x9F\x98\x80") << "auth.weak-password";
        QTest::newRow("eight") << "target"
                               << "12345678"
                               << "";
        QTest::newRow("chinese-eight") << "target"
                                       << "城市管理指挥中心"
                                       << "";
        QTest::newRow("unknown") << "nobody"
                                 << "long enough password"
                                 << "auth.unknown-user";
    }

    void setPasswordRules()
    {
        QFETCH(QString, login);
        QFETCH(QString, password);
        QFETCH(QString, code);
        Cases::AuthService auth(*m_db);
        auto set = auth.setPassword(login, password);
        if (code.isEmpty()) {
            CC_VERIFY_OK(set);
            auto session = auth.login(login, password);
            CC_VERIFY_OK(session);
            QCOMPARE(session->roles, QList<Role>{Role::Collector});
        } else {
            QVERIFY(!set);
            QCOMPARE(CcTest::codeOf(set), code);
            QVERIFY(!CcTest::messageOf(set).isEmpty());
        }
    }

    void setPasswordReplacesTheOldOne()
    {
        Cases::AuthService auth(*m_db);
        QVERIFY(auth.setPassword(QStringLiteral("target"), QStringLiteral("first password")));
        QVERIFY(auth.login(QStringLiteral("target"), QStringLiteral("first password")));
        QVERIFY(auth.setPassword(QStringLiteral("target"), QStringLiteral("second password")));
        QVERIFY(!auth.login(QStringLiteral("target"), QStringLiteral("first password")));
        QVERIFY(auth.login(QStringLiteral("target"), QStringLiteral("second password")));
        // Only the hash changed: the roles are still there.
        auto user = Storage::UserRepository(*m_db).findByLogin(QStringLiteral("target"));
        QVERIFY(user && user.value());
        QCOMPARE(user.value()->roles, QStringList{QStringLiteral("collector")});
    }

    void setPasswordOnInactiveUserStillRefusesLogin()
    {
        Cases::AuthService auth(*m_db);
        QVERIFY(auth.setPassword(QStringLiteral("gone"), QStringLiteral("fresh password")));
        auto refused = auth.login(QStringLiteral("gone"), QStringLiteral("fresh password"));
        QVERIFY(!refused);
        QCOMPARE(CcTest::codeOf(refused), QStringLiteral("auth.failed"));
    }

    void clearTextNeverReachesTheFile()
    {
        const QString secret = QStringLiteral("Zebra-Quartz-8841-密");
        Cases::AuthService auth(*m_db);
        QVERIFY(auth.setPassword(QStringLiteral("target"), secret));
        QVERIFY(auth.login(QStringLiteral("target"), secret));
        auto user = Storage::UserRepository(*m_db).findByLogin(QStringLiteral("target"));
        QVERIFY(user && user.value());
        const QByteArray hash = user.value()->passwordHash.toLatin1();

        // The database, its write-ahead log and shared memory: wherever SQLite put the row.
        QByteArray bytes;
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile file(m_path + suffix);
            if (file.open(QIODevice::ReadOnly))
                bytes += file.readAll();
        }
        QVERIFY2(bytes.contains(hash), "the search does see the row that was written");
        QVERIFY(!bytes.contains(secret.toUtf8()));
        QVERIFY(!bytes.contains("Zebra-Quartz"));
        const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);
        QVERIFY(!bytes.contains(utf16));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Storage::Database> m_db;
};

QTEST_GUILESS_MAIN(tst_Auth)
#include "tst_auth.moc"

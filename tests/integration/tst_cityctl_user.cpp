// SPDX-License-Identifier: GPL-3.0-or-later
// cityctl user list, passwd and check, driven with QProcess over a small demo city: the
// demo password works, refusals exit 1 with their code, passwords come from standard input
// only, and neither the list nor the database file shows a clear-text password.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "cityctlrunner.h"

using namespace Qt::StringLiterals;

using namespace CityctlTest;

namespace {

constexpr char kDemoPassword[] = "citycommand"; // Demo::kDemoPassword, as a user would type it

} // namespace

class tst_CityctlUser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(kCityctl), qPrintable(kCityctl));
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("city.gpkg"));
        const Run r = cityctl({"init-demo", "--db", m_db, "--cases", "20", "--components", "100",
                               "--end", "2026-11-23T18:00:00+08:00"});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
    }

    void listShowsUsersButNoHash()
    {
        const Run r = cityctl({"user", "list", "--db", m_db});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        // header + the demo city's users: 109, and the 29 departments' unit heads (单位正职) the
        // notifications text (docs/notify.md)
        QCOMPARE(lines.size(), 1 + 109 + 29);
        QCOMPARE(lines.first(), u"login\tname\troles\tdepartment\tactive\tpassword"_s);
        QVERIFY(!r.out.contains(u"$argon2"_s));
        QString op01, d01;
        for (const QString &line : lines) {
            if (line.startsWith(u"op01\t"_s))
                op01 = line;
            if (line.startsWith(u"d01\t"_s))
                d01 = line;
        }
        const QStringList op = op01.split(u'\t');
        QCOMPARE(op.size(), 6);
        QVERIFY(!op[1].isEmpty());
        QCOMPARE(op[2], u"operator"_s);
        QCOMPARE(op[3], u"-"_s);
        QCOMPARE(op[4], u"yes"_s);
        QCOMPARE(op[5], u"set"_s);
        const QStringList d = d01.split(u'\t');
        QCOMPARE(d.size(), 6);
        QCOMPARE(d[2], u"department"_s);
        QVERIFY2(d[3].startsWith(u"D01 "_s), qPrintable(d01));
    }

    void listAsJson()
    {
        const Run r = cityctl({"user", "list", "--db", m_db, "--json"});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY(!r.out.contains(u"$argon2"_s));
        const QJsonArray users = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(users.size(), 109 + 29);
        for (const QJsonValue &v : users) {
            const QJsonObject o = v.toObject();
            QVERIFY(!o.value("login").toString().isEmpty());
            QVERIFY(o.value("hasPassword").toBool());
            QVERIFY(!o.contains("passwordHash") && !o.contains("hash"));
        }
    }

    void checkTheDemoPassword_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("role");
        QTest::newRow("operator") << "op01" << QByteArray(kDemoPassword) + '\n' << "operator";
        QTest::newRow("no-newline") << "sl01" << QByteArray(kDemoPassword) << "shift-leader";
        QTest::newRow("crlf") << "dp01" << QByteArray(kDemoPassword) + "\r\n"
                              << "dispatcher";
        QTest::newRow("first-line-only") << "admin" << QByteArray(kDemoPassword) + "\nmore\n"
                                         << "admin";
        QTest::newRow("collector") << "col01" << QByteArray(kDemoPassword) + '\n' << "collector";
    }

    void checkTheDemoPassword()
    {
        QFETCH(QString, login);
        QFETCH(QByteArray, input);
        QFETCH(QString, role);
        const Run r = cityctl({"user", "check", "--db", m_db, login}, input);
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(r.out.split(u'\n', Qt::SkipEmptyParts).size(), 1);
        QVERIFY2(r.out.startsWith(role + u'\t'), qPrintable(r.out));
    }

    void checkRefusesAlike_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("wrong") << "op01" << QByteArray("citycommand2\n");
        QTest::newRow("unknown") << "nobody" << QByteArray(kDemoPassword) + '\n';
        QTest::newRow("empty-line") << "op01" << QByteArray("\n");
    }

    void checkRefusesAlike()
    {
        QFETCH(QString, login);
        QFETCH(QByteArray, input);
        const Run r = cityctl({"user", "check", "--db", m_db, login}, input);
        QVERIFY2(r.code == 1, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(u"[auth.failed]"_s), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        const Run reference = cityctl({"user", "check", "--db", m_db, "op01"}, "wrong!!!\n");
        QCOMPARE(r.err, reference.err);
    }

    void usageErrors()
    {
        Run r = cityctl({"user", "check", "--db", m_db}, "x\n");
        QVERIFY2(r.code == 2, qPrintable(describe(r)));
        r = cityctl({"user", "passwd", "--db", m_db, "op01", "sl01"}, "x\n");
        QVERIFY2(r.code == 2, qPrintable(describe(r)));
        r = cityctl({"user", "frobnicate"});
        QVERIFY2(r.code == 2, qPrintable(describe(r)));
        r = cityctl({"user", "check", "op01"}, "x\n");
        QVERIFY2(r.code == 1 && r.err.contains(u"[cli.no-db]"_s), qPrintable(describe(r)));
        r = cityctl({"user", "check", "--db", m_db, "op01"}); // nothing on stdin
        QVERIFY2(r.code == 1 && r.err.contains(u"[cli.no-password]"_s), qPrintable(describe(r)));
        r = cityctl({"user", "passwd", "--db", m_db, "op01"}, QByteArray(2000, 'x') + '\n');
        QVERIFY2(r.code == 1 && r.err.contains(u"[cli.password-too-long]"_s),
                 qPrintable(describe(r)));
        r = cityctl({"--help"});
        QVERIFY(r.out.contains(u"  user "_s));
    }

    void passwdRefusals()
    {
        Run r = cityctl({"user", "passwd", "--db", m_db, "op02"}, "short\n");
        QVERIFY2(r.code == 1 && r.err.contains(u"[auth.weak-password]"_s), qPrintable(describe(r)));
        r = cityctl({"user", "passwd", "--db", m_db, "nobody"}, "long enough secret\n");
        QVERIFY2(r.code == 1 && r.err.contains(u"[auth.unknown-user]"_s), qPrintable(describe(r)));
        // Nothing changed: the demo password still works.
        r = cityctl({"user", "check", "--db", m_db, "op02"}, QByteArray(kDemoPassword) + '\n');
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
    }

    void passwdChangesOnlyThatUser()
    {
        const QByteArray secret = "Lantern-Otter-5127 城管";
        Run r = cityctl({"user", "passwd", "--db", m_db, "sv01"}, secret + '\n');
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY(!r.out.contains(QString::fromUtf8(secret)));
        QVERIFY(!r.err.contains(QString::fromUtf8(secret)));

        r = cityctl({"user", "check", "--db", m_db, "sv01"}, QByteArray(kDemoPassword) + '\n');
        QVERIFY2(r.code == 1 && r.err.contains(u"[auth.failed]"_s), qPrintable(describe(r)));
        r = cityctl({"user", "check", "--db", m_db, "sv01"}, secret + '\n');
        QVERIFY2(r.code == 0 && r.out.startsWith(u"supervisor\t"_s), qPrintable(describe(r)));
        r = cityctl({"user", "check", "--db", m_db, "sv02"}, QByteArray(kDemoPassword) + '\n');
        QVERIFY2(r.code == 0, qPrintable(describe(r)));

        // The clear text is in none of the database's files.
        QByteArray bytes;
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s}) {
            QFile file(m_db + suffix);
            if (file.open(QIODevice::ReadOnly))
                bytes += file.readAll();
        }
        QVERIFY(bytes.contains("$argon2id$"));
        QVERIFY(!bytes.contains("Lantern-Otter"));
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
};

QTEST_GUILESS_MAIN(tst_CityctlUser)
#include "tst_cityctl_user.moc"

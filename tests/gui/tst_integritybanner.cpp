// SPDX-License-Identifier: GPL-3.0-or-later
// The app's deferred integrity check: damage found after start turns the window read-only
// (a red banner) and the storage layer refuses every write from then on; a file marked
// damaged before shows the banner at once.
#include "integritycheck.h"

#include <cc/storage/database.h>
#include <cc/storage/repositories.h>

#include "resultcheck.h"

#include <QFile>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QtEndian>

using namespace Cc;

class TestIntegrityBanner : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    /// A database with a damaged last page (setting rows) that a Deferred open does not read.
    QString damagedDatabase(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        {
            auto db = Storage::Database::open(path, Storage::Database::OpenMode::Create);
            if (!db)
                return {};
            Storage::SettingRepository settings(*db.value());
            Storage::Transaction tx(*db.value());
            for (int i = 0; i < 2000; ++i)
                (void) settings.set(QStringLiteral("key-%1").arg(i),
                                    QString(200, QLatin1Char('x')));
            (void) tx.commit();
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadWrite))
            return {};
        const QByteArray header = file.read(100);
        const int pageSize = qFromBigEndian<quint16>(
            reinterpret_cast<const uchar *>(header.constData()) + 16);
        file.seek(file.size() - pageSize);
        file.write(QByteArray(pageSize, char(0x5a)));
        return path;
    }

private slots:
    void damageFoundAfterStart()
    {
        const QString path = damagedDatabase(QStringLiteral("later.gpkg"));
        QVERIFY(!path.isEmpty());
        auto db = Storage::Database::open(path, Storage::Database::OpenMode::ReadWrite,
                                          Storage::Database::IntegrityCheck::Deferred);
        CC_VERIFY_OK(db);
        QMainWindow window;
        window.show();
        {
            App::IntegrityCheck check(path, &window);
            QVERIFY(!window.findChild<QToolBar *>(QStringLiteral("damagedBanner")));
            QTRY_VERIFY_WITH_TIMEOUT(window.findChild<QToolBar *>(QStringLiteral("damagedBanner")),
                                     30000);
        }
        auto *text = window.findChild<QLabel *>(QStringLiteral("damagedBannerText"));
        QVERIFY(text && text->text().startsWith(QLatin1String("READ-ONLY")));
        QVERIFY(window.findChild<QMessageBox *>());
        // The connection the app opened before the check no longer writes.
        const auto written = Storage::SettingRepository(*db.value())
                                 .set(QStringLiteral("a"), QStringLiteral("b"));
        QVERIFY(!written);
        QCOMPARE(CcTest::codeOf(written), QStringLiteral("database.damaged"));
    }

    void markedBeforeStart()
    {
        const QString path = damagedDatabase(QStringLiteral("before.gpkg"));
        QVERIFY(!path.isEmpty());
        QVERIFY(!Storage::Database::verify(path)); // marks it
        QMainWindow window;
        App::IntegrityCheck check(path, &window);
        QVERIFY(window.findChild<QToolBar *>(QStringLiteral("damagedBanner")));
        auto db = Storage::Database::open(path, Storage::Database::OpenMode::ReadWrite,
                                          Storage::Database::IntegrityCheck::Deferred);
        QVERIFY(db);
        QVERIFY(db.value()->isDamaged());
    }
};

QTEST_MAIN(TestIntegrityBanner)
#include "tst_integritybanner.moc"

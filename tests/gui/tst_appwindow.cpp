// SPDX-License-Identifier: GPL-3.0-or-later
// The citycommand binary as a user starts it: it opens a city and shows it (checked through
// --screenshot), and it refuses a broken database with a clear message.
#include <cc/demogen/democity.h>
#include <cc/storage/database.h>

#include "democityfixture.h"
#include "resultcheck.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Cc;

class tst_AppWindow : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString err;
    };

    Run runApp(const QStringList &args)
    {
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(CC_BINARY_DIR "/bin/citycommand"), args);
        if (!app.waitForFinished(60'000))
            return {};
        return {app.exitCode(), QString::fromLocal8Bit(app.readAllStandardError())};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        CC_VERIFY_OK(makeDemoCity(m_dir.filePath(QStringLiteral("city.gpkg")), 200, 500));
    }

    void screenshotOfEachTab_data()
    {
        QTest::addColumn<QString>("tab");
        QTest::addColumn<QString>("lang");
        QTest::newRow("map-zh") << "map"
                                << "zh_CN";
        QTest::newRow("cases-zh") << "cases"
                                  << "zh_CN";
        QTest::newRow("video-en") << "video"
                                  << "en";
    }

    void screenshotOfEachTab()
    {
        QFETCH(QString, tab);
        QFETCH(QString, lang);
        const QString png = m_dir.filePath(tab + lang + QStringLiteral(".png"));
        const Run run = runApp({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("city.gpkg")),
                                QStringLiteral("--lang"), lang, QStringLiteral("--tab"), tab,
                                QStringLiteral("--screenshot"), png});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QImage image(png);
        QCOMPARE(image.size(), QSize(1600, 900));
        // A real window, not an empty frame: many colours (text, tiles, map or tables).
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 40, qPrintable(QString::number(colours.size())));
        // The application's dark style sheet (resources/style/citycommand.qss) is applied: its
        // window background shows.
        QVERIFY(colours.contains(qRgb(0x0f, 0x17, 0x24)));
    }

    void refusesBrokenDatabases_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("garbage") << QByteArray("this is not a database\n").repeated(200)
                                 << "not a database";
        QTest::newRow("missing") << QByteArray() << "does not exist";
    }

    void refusesBrokenDatabases()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString path = m_dir.filePath(QStringLiteral("broken.gpkg"));
        QFile::remove(path);
        if (!content.isEmpty()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        const Run run = runApp({QStringLiteral("--db"), path, QStringLiteral("--lang"),
                                QStringLiteral("en"), QStringLiteral("--screenshot"),
                                m_dir.filePath(QStringLiteral("x.png"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(expected, Qt::CaseInsensitive), qPrintable(run.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.png"))));
        if (!content.isEmpty()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), content); // nothing lost
        }
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(tst_AppWindow)
#include "tst_appwindow.moc"

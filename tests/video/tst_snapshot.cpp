// SPDX-License-Identifier: GPL-3.0-or-later
// A tile snapshot: the full-resolution frame as a PNG with camera, time and place.
#include "cc/video/snapshot.h"

#include "resultcheck.h"

#include <QImageReader>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace Cc::Video;

namespace {
// An I420 frame of the given colour in video range (BT.601).
QVideoFrame solidFrame(QSize size, int y, int u, int v)
{
    QVideoFrame f(QVideoFrameFormat(size, QVideoFrameFormat::Format_YUV420P));
    f.map(QVideoFrame::WriteOnly);
    for (int row = 0; row < size.height(); ++row)
        std::memset(f.bits(0) + row * f.bytesPerLine(0), y, size.width());
    for (int row = 0; row < size.height() / 2; ++row) {
        std::memset(f.bits(1) + row * f.bytesPerLine(1), u, size.width() / 2);
        std::memset(f.bits(2) + row * f.bytesPerLine(2), v, size.width() / 2);
    }
    f.unmap();
    return f;
}
} // namespace

class TstSnapshot : public QObject
{
    Q_OBJECT
private slots:
    void colours_data()
    {
        QTest::addColumn<int>("y");
        QTest::addColumn<int>("u");
        QTest::addColumn<int>("v");
        QTest::addColumn<QColor>("rgb");
        QTest::newRow("black") << 16 << 128 << 128 << QColor(0, 0, 0);
        QTest::newRow("white") << 235 << 128 << 128 << QColor(255, 255, 255);
        QTest::newRow("red") << 81 << 90 << 240 << QColor(255, 0, 0);
        QTest::newRow("blue") << 41 << 240 << 110 << QColor(0, 0, 255);
    }
    void colours()
    {
        QFETCH(int, y);
        QFETCH(int, u);
        QFETCH(int, v);
        QFETCH(QColor, rgb);
        const QImage image = frameToImage(solidFrame(QSize(64, 36), y, u, v));
        QCOMPARE(image.size(), QSize(64, 36));
        const QColor got = image.pixelColor(33, 17);
        QVERIFY2(qAbs(got.red() - rgb.red()) <= 3 && qAbs(got.green() - rgb.green()) <= 3
                     && qAbs(got.blue() - rgb.blue()) <= 3,
                 qPrintable(got.name()));
    }

    void pngWithInfo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shot.png"));
        const SnapshotInfo info{QStringLiteral("0198-cam"), QStringLiteral("人民路与建设路路口"),
                                QDateTime(QDate(2026, 5, 1), QTime(9, 30, 0, 123), Qt::UTC),
                                QPointF(114.35, 35.92)};
        auto r = saveSnapshot(solidFrame(QSize(1280, 720), 235, 128, 128), info, path);
        CC_VERIFY_OK(r);
        QImageReader reader(path);
        QCOMPARE(reader.format(), QByteArray("png"));
        QCOMPARE(reader.size(), QSize(1280, 720)); // full resolution, not the tile's size
        QCOMPARE(reader.text(QStringLiteral("Camera")), info.cameraName);
        QCOMPARE(reader.text(QStringLiteral("CreationTime")),
                 QStringLiteral("2026-05-01T09:30:00.123Z"));
        QCOMPARE(reader.text(QStringLiteral("Location")), QStringLiteral("114.350000,35.920000"));
    }

    void refusals()
    {
        QTemporaryDir dir;
        auto empty = saveSnapshot(QVideoFrame(), {}, dir.filePath(QStringLiteral("a.png")));
        QVERIFY(!empty.ok());
        QCOMPARE(CcTest::codeOf(empty), QStringLiteral("video.no-frame"));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("a.png"))));
        auto unwritable = saveSnapshot(solidFrame(QSize(16, 16), 16, 128, 128), {},
                                       dir.filePath(QStringLiteral("missing/dir/b.png")));
        QVERIFY(!unwritable.ok());
        QCOMPARE(CcTest::codeOf(unwritable), QStringLiteral("video.snapshot-write"));
    }
};

QTEST_MAIN(TstSnapshot)
#include "tst_snapshot.moc"

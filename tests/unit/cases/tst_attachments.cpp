// SPDX-License-Identifier: GPL-3.0-or-later
// Photos and snapshots with reports and steps: stored with the step in one transaction,
// content-addressed, journalled for the hub, refused whole when a file is not a photo.
#include "casefixture.h"

#include "resultcheck.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace CcTest;

class TestAttachments : public QObject
{
    Q_OBJECT

    Fixture f;

    static QByteArray png(QColor color, int size = 32)
    {
        QImage image(size, size, QImage::Format_RGB32);
        image.fill(color);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return bytes;
    }

    /// A photo-like JPEG (noise, so that the entropy-coded data is not trivially short).
    static QByteArray jpeg(int size = 64)
    {
        QImage image(size, size, QImage::Format_RGB32);
        for (int y = 0; y < size; ++y)
            for (int x = 0; x < size; ++x)
                image.setPixel(x, y,
                               qRgb((x * 37 + y * 11) % 256, (x * y) % 256, (x + y * 53) % 256));
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "JPG", 90);
        return bytes;
    }

    /// The JPEG's headers up to the end of its start-of-scan segment, then zeros.
    static QByteArray jpegHeaderThenZeros()
    {
        const QByteArray whole = jpeg();
        const qsizetype sos = whole.indexOf("\xFF\xDA");
        const int length = (uchar(whole.at(sos + 2)) << 8) | uchar(whole.at(sos + 3));
        return whole.left(sos + 2 + length) + QByteArray(4096, '\0');
    }

    static QString sha(const QByteArray &data)
    {
        return QString::fromLatin1(
            QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    }

    qint64 count(const char *table) { return f.db->rowCount(QString::fromLatin1(table)); }

    Cases::NewReport report(const QList<Cases::NewAttachment> &attachments,
                            const QString &channel = QStringLiteral("hotline-12345"))
    {
        Cases::NewReport r;
        r.channel = channel;
        r.categoryKey = kRubbish;
        r.gridCode = kGridA;
        r.description = QStringLiteral("暴露垃圾");
        r.at = cst(2026, 3, 9, 9, 0);
        r.attachments = attachments;
        return r;
    }

private slots:
    void init() { f.setUp(); }

    void reportCarriesPhotosBefore()
    {
        const QByteArray red = png(Qt::red), blue = png(Qt::blue);
        auto row = f.service->report(report({{{}, QStringLiteral("/home/op/现场1.png"), red},
                                             {{}, QStringLiteral("C:\\photos\\scene2.png"), blue}}),
                                     f.op);
        CC_VERIFY_OK(row);

        auto details = f.service->details(row->number);
        QVERIFY(details);
        QCOMPARE(details->attachments.size(), 2);
        const Cases::CaseAttachment &first = details->attachments.first();
        QCOMPARE(first.row.kind, QStringLiteral("before")); // a report brings the photos before
        QCOMPARE(first.row.fileName, QStringLiteral("现场1.png")); // no folder kept
        QCOMPARE(details->attachments.last().row.fileName, QStringLiteral("scene2.png"));
        QCOMPARE(first.row.mime, QStringLiteral("image/png"));
        QCOMPARE(first.row.sha256, sha(red));
        QCOMPARE(first.data, red);
        QCOMPARE(first.row.eventId, details->events.first().id);
        QCOMPARE(f.service->attachmentData(sha(blue)).value(), blue);

        // The hub gets the bytes once and the event names its attachments.
        auto pending = Storage::OutboxRepository(*f.db).pending(100);
        QVERIFY(pending);
        QStringList entities;
        for (const Storage::OutboxRow &o : pending.value())
            entities << o.entity;
        QCOMPARE(entities, QStringList({"attachment_content", "attachment_content", "case_event"}));
        const QJsonObject content = QJsonDocument::fromJson(pending->first().payload.toUtf8())
                                        .object();
        QCOMPARE(QByteArray::fromBase64(content.value("data").toString().toLatin1()), red);
        const QJsonObject event = QJsonDocument::fromJson(pending->last().payload.toUtf8())
                                      .object();
        QCOMPARE(event.value("attachments").toArray().size(), 2);
        QCOMPARE(event.value("attachments").toArray().first().toObject().value("sha256").toString(),
                 sha(red));
        // One push group, named by the step's event: the hub takes the bytes only with their step.
        QCOMPARE(content.value("group").toString(), event.value("id").toString());
        QCOMPARE(event.value("group").toString(), event.value("id").toString());
    }

    void stepPhotosAreCappedTogether()
    {
        // Each within the limit of one file, together more than a step may carry (its push to
        // the hub is capped): nothing of the report is written.
        const QByteArray big = png(Qt::red) + QByteArray(11 * 1024 * 1024, '\0');
        QVERIFY(3 * big.size() > Cases::kMaxStepAttachmentBytes
                && big.size() < Cases::kMaxAttachmentBytes);
        auto row = f.service->report(report({{{}, QStringLiteral("a.png"), big},
                                             {{}, QStringLiteral("b.png"), big + "b"},
                                             {{}, QStringLiteral("c.png"), big + "c"}}),
                                     f.op);
        QVERIFY(!row);
        QCOMPARE(CcTest::codeOf(row), QStringLiteral("attachment.too-large"));
        QCOMPARE(count("case_record"), 0);
        QCOMPARE(count("attachment_content"), 0);
        QCOMPARE(count("outbox"), 0);
    }

    void videoSnapshotKind()
    {
        auto row = f.service->report(report({{{}, QStringLiteral("cam07.png"), png(Qt::gray)}},
                                            QStringLiteral("video")),
                                     f.op);
        QVERIFY(row);
        QCOMPARE(f.service->attachments(row->id)->first().kind, QStringLiteral("snapshot"));
    }

    void samePhotoStoredOnce()
    {
        const QByteArray photo = png(Qt::green);
        QVERIFY(f.service->report(report({{{}, QStringLiteral("a.png"), photo}}), f.op));
        QVERIFY(f.service->report(report({{{}, QStringLiteral("b.png"), photo}}), f.op));
        QCOMPARE(count("attachment"), 2);
        QCOMPARE(count("attachment_content"), 1);
    }

    void feedbackCarriesPhotosAfter()
    {
        Storage::CaseRow row;
        QVERIFY(f.openCase(row, "disposing"));
        Cases::ActionRequest request;
        request.action = CaseAction::Feedback;
        request.at = cst(2026, 3, 9, 10, 0);
        request.payload.insert("result", QStringLiteral("已清运"));
        request.attachments = {{{}, QStringLiteral("after.png"), png(Qt::white)}};
        QVERIFY(f.service->act(row, request, f.userA));
        auto attached = f.service->attachments(row.id);
        QVERIFY(attached);
        QCOMPARE(attached->size(), 1);
        QCOMPARE(attached->first().kind, QStringLiteral("after"));
        QCOMPARE(attached->first().eventId, f.events(row.id).last().id);
    }

    void refusedFileRefusesTheStep_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("code");
        QTest::newRow("text-file")
            << QByteArray("just some notes\n") << QString() << "attachment.unsupported-type";
        QTest::newRow("svg-image")
            << QByteArray("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>")
            << QString() << "attachment.unsupported-type";
        QTest::newRow("empty") << QByteArray() << QString() << "attachment.empty";
        QTest::newRow("too-large") << png(Qt::red) + QByteArray(Cases::kMaxAttachmentBytes, '\0')
                                   << QString() << "attachment.too-large";
        QTest::newRow("unknown-kind")
            << png(Qt::red) << QStringLiteral("selfie") << "attachment.unknown-kind";
        const QByteArray whole = png(Qt::red, 200);
        QTest::newRow("truncated-png")
            << whole.left(whole.size() / 2) << QString() << "attachment.damaged-image";
        QTest::newRow("png-without-end")
            << whole.left(whole.size() - 12) << QString() << "attachment.damaged-image";
        QByteArray scrambled = whole;
        const qsizetype idat = scrambled.indexOf("IDAT");
        scrambled.replace(idat + 8, 16, QByteArray(16, '\x7f'));
        QTest::newRow("png-damaged-data") << scrambled << QString() << "attachment.damaged-image";
        QTest::newRow("jpeg-header-then-zeros")
            << jpegHeaderThenZeros() << QString() << "attachment.damaged-image";
        const QByteArray photo = jpeg();
        QTest::newRow("truncated-jpeg")
            << photo.left(photo.size() * 2 / 3) << QString() << "attachment.damaged-image";
        QTest::newRow("png-signature-only")
            << QByteArray("\x89PNG\r\n\x1a\n") + QByteArray(64, '\0') << QString()
            << "attachment.damaged-image";
    }

    void refusedFileRefusesTheStep()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, kind);
        // One good photo and one bad file: nothing of the report is written.
        auto row = f.service->report(report({{{}, QStringLiteral("good.png"), png(Qt::red)},
                                             {kind, QStringLiteral("bad.bin"), data}}),
                                     f.op);
        QVERIFY(!row);
        QTEST(CcTest::codeOf(row), "code");
        QVERIFY(CcTest::messageOf(row).contains(QLatin1String("bad.bin"))
                || kind == QLatin1String("selfie"));
        QCOMPARE(count("case_record"), 0);
        QCOMPARE(count("attachment"), 0);
        QCOMPARE(count("attachment_content"), 0);
        QCOMPARE(count("outbox"), 0);
    }

    void wholeJpegAccepted()
    {
        const QByteArray photo = jpeg(300);
        auto row = f.service->report(report({{{}, QStringLiteral("scene.jpg"), photo}}), f.op);
        CC_VERIFY_OK(row);
        auto attached = f.service->attachments(row->id);
        QVERIFY(attached);
        QCOMPARE(attached->first().mime, QStringLiteral("image/jpeg"));
    }

    void missingBytes()
    {
        auto data = f.service->attachmentData(QString(64, QLatin1Char('0')));
        QVERIFY(!data);
        QCOMPARE(CcTest::codeOf(data), QStringLiteral("attachment.missing"));
    }
};

QTEST_GUILESS_MAIN(TestAttachments)
#include "tst_attachments.moc"

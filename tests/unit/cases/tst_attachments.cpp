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

    static QString sha(const QByteArray &data)
    {
        return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
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
        const QJsonObject content = QJsonDocument::fromJson(pending->first().payload.toUtf8()).object();
        QCOMPARE(QByteArray::fromBase64(content.value("data").toString().toLatin1()), red);
        const QJsonObject event = QJsonDocument::fromJson(pending->last().payload.toUtf8()).object();
        QCOMPARE(event.value("attachments").toArray().size(), 2);
        QCOMPARE(event.value("attachments").toArray().first().toObject().value("sha256").toString(), sha(red));
    }

    void videoSnapshotKind()
    {
        auto row = f.service->report(report({{{}, QStringLiteral("cam07.png"), png(Qt::gray)}},
                                            QStringLiteral("video")), f.op);
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
        QTest::newRow("text-file") << QByteArray("just some notes\n") << QString() << "attachment.unsupported-type";
        QTest::newRow("svg-image") << QByteArray("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>")
                                   << QString() << "attachment.unsupported-type";
        QTest::newRow("empty") << QByteArray() << QString() << "attachment.empty";
        QTest::newRow("too-large") << png(Qt::red) + QByteArray(Cases::kMaxAttachmentBytes, '\0')
                                   << QString() << "attachment.too-large";
        QTest::newRow("unknown-kind") << png(Qt::red) << QStringLiteral("selfie") << "attachment.unknown-kind";
    }

    void refusedFileRefusesTheStep()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, kind);
        // One good photo and one bad file: nothing of the report is written.
        auto row = f.service->report(report({{{}, QStringLiteral("good.png"), png(Qt::red)},
                                             {kind, QStringLiteral("bad.bin"), data}}), f.op);
        QVERIFY(!row);
        QTEST(CcTest::codeOf(row), "code");
        QVERIFY(CcTest::messageOf(row).contains(QLatin1String("bad.bin")) || kind == QLatin1String("selfie"));
        QCOMPARE(count("case_record"), 0);
        QCOMPARE(count("attachment"), 0);
        QCOMPARE(count("attachment_content"), 0);
        QCOMPARE(count("outbox"), 0);
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

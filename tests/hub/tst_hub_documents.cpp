// SPDX-License-Identifier: GPL-3.0-or-later
// The 督办单 through the hub (hub schema 11; docs/hub.md, "documents"; docs/notify.md): a 督办
// taken on a supervisor's workstation gets its sheet from the notifier, and the sheet travels
// with the step like a photo — on the hub, byte for byte, then on the department's
// workstation by its pull and on a workstation joined afterwards by its snapshot. The hub
// takes documents from no one on trust: two on one step, one that is no PDF (by its bytes or
// by its MIME type), one on a step that is no 督办, and one whose bytes did not come are each
// refused whole.
#include "hubfixture.h"

#include <cc/city/citycontext.h>
#include <cc/notify/notifier.h>
#include <cc/sync/hubadmin.h>

#include <QBuffer>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>

using namespace Cc;
using Core::CaseAction;
using HubTest::HubFixture;
using HubTest::Workstation;

class TstHubDocuments : public QObject
{
    Q_OBJECT

private:
    HubFixture m_hub;

    /// The pending outbox of `w` as a push carries it (SyncClient's batch, unchanged).
    static QJsonArray pendingEntries(Workstation &w)
    {
        QJsonArray entries;
        auto rows = Storage::OutboxRepository(*w.db).pending(1000);
        if (!rows)
            return entries;
        for (const Storage::OutboxRow &row : std::as_const(rows.value())) {
            QJsonObject payload = QJsonDocument::fromJson(row.payload.toUtf8()).object();
            if (payload.value("payload").isObject())
                payload.insert("payloadText",
                               QString::fromUtf8(QJsonDocument(payload.value("payload").toObject())
                                                     .toJson(QJsonDocument::Compact)));
            entries.append(QJsonObject{{"seq", row.seq},
                                       {"entity", row.entity},
                                       {"rowId", row.rowId},
                                       {"op", row.op},
                                       {"payload", payload}});
        }
        return entries;
    }


    /// A case filed and dispatched to department A through the hub; its id.
    QString dispatchedCase()
    {
        auto op = m_hub.mustJoin(QStringLiteral("op01"), QStringLiteral("op"));
        auto sl = m_hub.mustJoin(QStringLiteral("sl01"), QStringLiteral("sl"));
        auto dp = m_hub.mustJoin(QStringLiteral("dp01"), QStringLiteral("dp"));
        if (!op || !sl || !dp)
            return {};
        auto reported = op->report(m_hub.grid);
        if (!reported || !op->act(reported->id, CaseAction::Accept) || !op->sync())
            return {};
        if (!sl->sync() || !sl->act(reported->id, CaseAction::File) || !sl->sync())
            return {};
        if (!dp->sync() || !dp->act(reported->id, CaseAction::Dispatch, m_hub.deptA) || !dp->sync())
            return {};
        return reported->id;
    }

    static QByteArray tinyPng()
    {
        QImage image(8, 8, QImage::Format_RGB32);
        image.fill(Qt::red);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return bytes;
    }

private slots:
    void initTestCase()
    {
        QString why;
        if (!m_hub.setUp(&why))
            QFAIL(qPrintable(why));
        QVERIFY(!m_hub.deptUserA.isEmpty());
    }

    void sheetTravelsWithTheSupervision()
    {
        const QString caseId = dispatchedCase();
        QVERIFY(!caseId.isEmpty());
        // The department's workstation, joined before the 督办: it gets the sheet by its pull.
        auto department = m_hub.mustJoin(m_hub.deptUserA, QStringLiteral("dept"));
        QVERIFY(department);
        auto sv = m_hub.mustJoin(QStringLiteral("sv01"), QStringLiteral("sv"));
        QVERIFY(sv);
        auto city = City::CityContext::load(*sv->db);
        QVERIFY(city);
        Notify::Notifier notifier(*sv->db, city.value()->categories(), city.value()->calendar());
        sv->service->addStepObserver(notifier.observer());
        QVERIFY(sv->act(caseId, CaseAction::Supervise));
        auto sheet = sv->db->prepare(QStringLiteral(
            "SELECT a.id, a.sha256, c.data FROM attachment a JOIN attachment_content c ON "
            "c.sha256 = a.sha256 WHERE a.case_id = ?1 AND a.kind = 'document'"));
        QVERIFY(sheet);
        sheet->bindText(1, caseId);
        QVERIFY(sheet->step().value());
        const QString sheetId = sheet->text(0), sha = sheet->text(1);
        const QByteArray pdf = sheet->blob(2);
        QVERIFY(pdf.startsWith("%PDF-"));

        // What the hub must refuse, forged from the honest entries (content, then the step).
        const QJsonArray honest = pendingEntries(*sv);
        QCOMPARE(honest.size(), 2);
        QCOMPARE(honest[0].toObject().value("entity").toString(),
                 QStringLiteral("attachment_content"));
        const auto forged =
            [&](const std::function<void(QJsonObject & content, QJsonObject & step)> &change) {
                QJsonObject content = honest[0].toObject(), step = honest[1].toObject();
                QJsonObject contentPayload = content.value("payload").toObject();
                QJsonObject stepPayload = step.value("payload").toObject();
                change(contentPayload, stepPayload);
                content.insert("payload", contentPayload);
                step.insert("payload", stepPayload);
                const QJsonArray verdicts = m_hub.pushAs(QStringLiteral("sv01"), QJsonArray{content, step});
                return verdicts.last().toObject();
            };
        const auto withDocument = [](QJsonObject &step, const QJsonObject &document) {
            step.insert("attachments", QJsonArray{document});
        };
        const QJsonObject document
            = honest[1].toObject().value("payload").toObject().value("attachments")[0].toObject();
        QCOMPARE(document.value("kind").toString(), QStringLiteral("document"));
        const QByteArray png = tinyPng();
        const QString pngSha = QString::fromLatin1(
            QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex());
        const QList<std::pair<const char *, std::function<void(QJsonObject &, QJsonObject &)>>>
            forgeries{
                {"two documents",
                 [&](QJsonObject &, QJsonObject &step) {
                     QJsonObject second = document;
                     second.insert("id", "0190a3b4-0000-7000-8000-000000000001");
                     step.insert("attachments", QJsonArray{document, second});
                 }},
                {"bytes not a PDF",
                 [&](QJsonObject &content, QJsonObject &step) {
                     content.insert("sha256", pngSha);
                     content.insert("size", png.size());
                     content.insert("data", QString::fromLatin1(png.toBase64()));
                     QJsonObject d = document;
                     d.insert("sha256", pngSha);
                     withDocument(step, d);
                 }},
                {"MIME not a PDF",
                 [&](QJsonObject &, QJsonObject &step) {
                     QJsonObject d = document;
                     d.insert("mime", "image/png");
                     withDocument(step, d);
                 }},
                {"not a 督办",
                 [&](QJsonObject &, QJsonObject &step) { step.insert("action", "urge"); }},
                {"bytes missing",
                 [&](QJsonObject &content, QJsonObject &step) {
                     // The bytes entry names another hash: the step's document has none.
                     content.insert("sha256", pngSha);
                     content.insert("size", png.size());
                     content.insert("data", QString::fromLatin1(png.toBase64()));
                     QJsonObject photo = document;
                     photo.insert("kind", "before");
                     photo.insert("mime", "image/png");
                     photo.insert("sha256", pngSha);
                     photo.insert("id", "0190a3b4-0000-7000-8000-000000000002");
                     step.insert("attachments", QJsonArray{photo, document});
                 }},
            };
        // Each refused whole: no document row on the hub.
        for (const auto &[name, change] : forgeries) {
            const QJsonObject verdict = forged(change);
            QVERIFY2(verdict.value("status") == QLatin1String("rejected"), name);
            QVERIFY2(verdict.value("code") == QLatin1String("attachment.missing"),
                     qPrintable(QString::fromLatin1(name) + ": "
                                + verdict.value("code").toString()));
            QCOMPARE(m_hub.count(QStringLiteral("SELECT count(*) FROM cc.attachment WHERE "
                                                "case_id = '%1' AND kind = 'document'")
                                     .arg(caseId)),
                     0);
        }

        // The honest push: the step with its sheet.
        auto synced = sv->sync();
        QVERIFY(synced);
        QCOMPARE(synced->push.rejected, 0);
        QCOMPARE(m_hub.count(QStringLiteral("SELECT count(*) FROM cc.attachment WHERE id = '%1' "
                                            "AND kind = 'document' AND mime = 'application/pdf'")
                                 .arg(sheetId)),
                 1);
        QCOMPARE(m_hub.count(QStringLiteral("SELECT count(*) FROM cc.attachment_content WHERE "
                                            "sha256 = '%1' AND data = decode('%2', 'base64')")
                                 .arg(sha, QString::fromLatin1(pdf.toBase64()))),
                 1);

        // The department's workstation pulls it; a workstation joined now has it from the
        // snapshot. Byte for byte.
        auto joinedLater = m_hub.mustJoin(QStringLiteral("op02"), QStringLiteral("later"));
        QVERIFY(joinedLater);
        QVERIFY(department->sync());
        for (Workstation *w : {department.get(), joinedLater.get()}) {
            auto details = w->service->details(caseId);
            QVERIFY2(details, qPrintable(w->login));
            QByteArray got;
            for (const Cases::CaseAttachment &a : details->attachments) {
                if (a.row.kind == QLatin1String("document") && a.row.id == sheetId)
                    got = a.data;
            }
            QVERIFY2(got == pdf, qPrintable(w->login));
        }
    }
};

int main(int argc, char *argv[])
{
    // The 督办单 sets type: a QGuiApplication, offscreen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TstHubDocuments test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_hub_documents.moc"

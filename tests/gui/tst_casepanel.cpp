// SPDX-License-Identifier: GPL-3.0-or-later
// The case-workflow panel on a small demo city: one case walked through the whole loop in
// the UI as the different posts, each exception flow, refusals that keep what was typed,
// the lazy list, warning colours, queue counts and change notifications.
#include "desksession.h"

#include <cc/cases/auth.h>
#include <cc/cases/casepanelqueries.h>
#include <cc/cases/casequery.h>
#include <cc/cases/caseservice.h>
#include <cc/cases/overview.h>
#include <cc/cases_widgets/actiondialog.h>
#include <cc/cases_widgets/batchfiledialog.h>
#include <cc/cases_widgets/casedetailview.h>
#include <cc/cases_widgets/caselistmodel.h>
#include <cc/cases_widgets/casepanel.h>
#include <cc/cases_widgets/intakedialog.h>
#include <cc/cases_widgets/photostrip.h>
#include <cc/core/category.h>
#include <cc/core/workcalendar.h>
#include <cc/demogen/democity.h>
#include <cc/storage/database.h>
#include <cc/storage/repositories.h>

#include "democityfixture.h"
#include "resultcheck.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

#include <functional>
#include <memory>

using namespace Cc;
using namespace Cc::CasesWidgets;
using Core::CaseAction;
using Core::Role;

namespace {

const QTimeZone kCity("Asia/Shanghai");

/// Runs `fill` on the modal dialog of type D once it is shown (buttons open dialogs with
/// exec(), which blocks); rejects it if `fill` left it open, so a failure cannot hang.
template<typename D>
void whenModal(std::function<void(D *)> fill)
{
    whenShown<D>([fill](D *dialog) {
        fill(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
}

void typeText(QWidget *widget, const QString &text)
{
    typeInto(widget, text);
}

template<typename W>
W *child(QObject *parent, const char *name)
{
    return parent->findChild<W *>(QString::fromLatin1(name));
}

} // namespace

class tst_CasePanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_files; ///< photos and other files users pick
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<City::CityContext> m_city;
    std::unique_ptr<Cases::CaseService> m_service;
    QDateTime m_now;
    QList<Storage::UserRow> m_users;

    Cases::Session session(const QString &login) const
    {
        for (const Storage::UserRow &u : m_users) {
            if (u.login != login)
                continue;
            Cases::Session s{u, {}};
            for (Role r : Core::allRoles()) {
                if (u.roles.contains(Core::roleId(r)))
                    s.roles.append(r);
            }
            return s;
        }
        return {};
    }

    /// The login of a user of `role` (of a department or responsibility grid when given).
    QString loginOf(Role role, const QString &department = {},
                    const QString &responsibility = {}) const
    {
        QString fallback;
        for (const Storage::UserRow &u : m_users) {
            if (!u.roles.contains(Core::roleId(role)) || !u.active)
                continue;
            if (!department.isEmpty() && u.departmentId != department)
                continue;
            if (fallback.isEmpty())
                fallback = u.login;
            if (responsibility.isEmpty() || u.responsibilityCode == responsibility)
                return u.login;
        }
        return fallback;
    }

    std::unique_ptr<CasePanel> panel(const QString &login)
    {
        auto p = std::make_unique<CasePanel>(*m_city, *m_service, session(login));
        p->setNow(m_now);
        p->refresh();
        return p;
    }

    Storage::CaseRow stored(const QString &id)
    {
        auto row = m_service->find(id);
        return row ? row.value() : Storage::CaseRow{};
    }

    /// A point inside a unit grid of the demo city.
    QPointF pointInGrid()
    {
        auto grids = Storage::SpatialRepository(*m_db).unitGrids();
        if (!grids)
            return {};
        for (const Storage::UnitGridRow &g : grids.value()) {
            if (g.geom.isEmpty() || g.geom.first().isEmpty())
                continue;
            QPointF sum;
            const Storage::Ring &ring = g.geom.first();
            for (const QPointF &p : ring)
                sum += p;
            const QPointF centre = sum / double(ring.size());
            auto at = m_service->gridAt(centre);
            if (at && at.value())
                return centre;
        }
        return {};
    }

    /// A case reported by an operator at `at` and taken along the main path up to `until`
    /// (a state id) directly through the service, for the exception flows.
    Storage::CaseRow caseAt(const QString &until, const QDateTime &at,
                            const QString &category = QStringLiteral("event:0102"),
                            const QString &description = {}, const QString &address = {})
    {
        Cases::NewReport r;
        r.channel = QStringLiteral("hotline-12345");
        r.categoryKey = category;
        r.description = description.isEmpty() ? QStringLiteral("例外流程 %1").arg(until)
                                              : description;
        r.address = address.isEmpty() ? QStringLiteral("测试路 1 号") : address;
        r.location = pointInGrid();
        r.at = at;
        auto row = m_service->report(r, session(loginOf(Role::Operator)).actor(Role::Operator));
        if (!row) {
            qWarning("report refused: %s", qPrintable(row.error().message));
            return {};
        }
        Storage::CaseRow c = row.value();
        const struct
        {
            const char *state;
            CaseAction action;
            Role role;
        } path[] = {
            {"reported", CaseAction::Accept, Role::Operator},
            {"pending-filing", CaseAction::File, Role::ShiftLeader},
            {"filed", CaseAction::Dispatch, Role::Dispatcher},
            {"dispatched", CaseAction::DeptAccept, Role::Department},
            {"disposing", CaseAction::Feedback, Role::Department},
            {"disposed", CaseAction::SendCheck, Role::Operator},
            {"checking", CaseAction::CheckPass, Role::Collector},
            {"check-passed", CaseAction::Close, Role::ShiftLeader},
        };
        for (const auto &step : path) {
            if (until == QLatin1String(step.state))
                return c;
            Cases::ActionRequest request;
            request.action = step.action;
            request.at = at;
            const QString login = loginOf(step.role,
                                          step.role == Role::Department ? c.departmentId
                                                                        : QString(),
                                          step.role == Role::Collector ? c.responsibilityCode
                                                                       : QString());
            if (auto done = m_service->act(c, request, session(login).actor(step.role)); !done) {
                qWarning("%s refused: %s", step.state, qPrintable(done.error().message));
                return {};
            }
        }
        return c;
    }

    /// Opens the action dialog on `caseId` in `p`, fills it with `fill` and submits it;
    /// returns the error the dialog shows (empty when it closed accepted).
    QString act(CasePanel &p, const QString &caseId, Role role, CaseAction action,
                const std::function<void(ActionDialog *)> &fill = {})
    {
        if (!p.showCase(caseId))
            return QStringLiteral("case not shown");
        std::unique_ptr<ActionDialog> dialog(p.createActionDialog(role, action));
        if (!dialog)
            return QStringLiteral("no dialog");
        if (fill)
            fill(dialog.get());
        dialog->submit();
        if (dialog->result() == QDialog::Accepted)
            return {};
        return dialog->errorText().isEmpty() ? QStringLiteral("not accepted") : dialog->errorText();
    }

    static void note(ActionDialog *d, const QString &text)
    {
        typeText(child<QPlainTextEdit>(d, "note"), text);
    }

    /// A PNG photo of one colour in the test's folder.
    QString photoFile(const QString &name, QColor color)
    {
        QImage image(320, 240, QImage::Format_RGB32);
        image.fill(color);
        const QString path = m_files.filePath(name);
        image.save(path, "PNG");
        return path;
    }

    QString textFile()
    {
        const QString path = m_files.filePath(QStringLiteral("notes.txt"));
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write("not a photo\n");
        return path;
    }

    void screenshot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("CC_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QVERIFY(w->grab().save(QDir(dir).filePath(name)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The simulated period ends on a Thursday evening in March.
        auto db = makeDemoCity(m_dir.filePath(QStringLiteral("city.gpkg")), 300, 300,
                               QDateTime(QDate(2026, 3, 19), QTime(18, 0), kCity));
        CC_VERIFY_OK(db);
        m_db = std::move(db).value();
        // Friday morning after the simulated period: in working time, some cases overdue.
        m_now = QDateTime(QDate(2026, 3, 20), QTime(10, 0), kCity).toUTC();
        auto city = City::CityContext::load(*m_db);
        CC_VERIFY_OK(city);
        m_city = std::move(city).value();
        m_service = std::make_unique<Cases::CaseService>(*m_db, m_city->categories(),
                                                         m_city->calendar());
        auto users = Storage::UserRepository(*m_db).all();
        CC_VERIFY_OK(users);
        m_users = users.value();
        QVERIFY(!pointInGrid().isNull());
        // A few fresh reports waiting for 受理, some close to or past their 30 minutes, so the
        // operator's queue looks like a working morning.
        const struct
        {
            int minutesAgo;
            const char *category, *description, *address;
        } fresh[] = {
            {90, "event:0501", "无照游商占道经营水果", "解放路与中华路交叉口"},
            {40, "event:0104", "道路不洁，落叶堆积", "文明路 12 号"},
            {26, "part:0101", "上水井盖破损", "红旗路 3 号门前"},
            {12, "event:0201", "电线杆上张贴小广告", "建设路公交站"},
            {5, "event:0506", "乱堆物堆料占用人行道", "光明街 25 号"},
        };
        for (const auto &f : fresh)
            QVERIFY(!caseAt(QStringLiteral("reported"), m_now.addSecs(-60 * f.minutesAgo),
                            QString::fromUtf8(f.category), QString::fromUtf8(f.description),
                            QString::fromUtf8(f.address))
                         .id.isEmpty());
    }

    void wholeLoopThroughTheUi()
    {
        const QPointF point = pointInGrid();
        auto op = panel(loginOf(Role::Operator));
        op->resize(1600, 900);
        op->show();
        QVERIFY(QTest::qWaitForWindowExposed(op.get()));
        QCOMPARE(op->currentQueue(), QStringLiteral("role:operator"));

        // 1 Intake through the button (Ctrl+N) and the modal dialog.
        auto *newReport = child<QPushButton>(op.get(), "newReport");
        QVERIFY(newReport && newReport->isVisible());
        QString gridText, duplicatesTitle;
        whenModal<IntakeDialog>([&](IntakeDialog *d) {
            auto *channel = child<QComboBox>(d, "channel");
            // An operator registers channels, never the collector's.
            QCOMPARE(channel->findData(QStringLiteral("collector")), -1);
            channel->setCurrentIndex(channel->findData(QStringLiteral("hotline-12345")));
            typeText(child<QLineEdit>(d, "categorySearch"), QStringLiteral("暴露垃圾"));
            QCOMPARE(child<QListWidget>(d, "categoryList")->count(), 1);
            QVERIFY(child<QLabel>(d, "categoryInfo")->text().contains(QStringLiteral("0102")));
            typeText(child<QLineEdit>(d, "address"), QStringLiteral("人民路 88 号东侧"));
            typeText(child<QLineEdit>(d, "lon"), QString::number(point.x(), 'f', 7));
            typeText(child<QLineEdit>(d, "lat"), QString::number(point.y(), 'f', 7));
            gridText = child<QLabel>(d, "gridInfo")->text();
            typeText(child<QLineEdit>(d, "reporter"), QStringLiteral("王先生 13800000000"));
            typeText(child<QPlainTextEdit>(d, "description"),
                     QStringLiteral("人行道上堆放生活垃圾约两立方米"));
            // Photos dropped as files: the photo is taken, a text file is refused and said so.
            auto *photos = child<PhotoStrip>(d, "photoStrip");
            QMimeData files;
            files.setUrls(
                {QUrl::fromLocalFile(photoFile(QStringLiteral("现场.png"), Qt::darkGreen)),
                 QUrl::fromLocalFile(textFile())});
            QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &files, Qt::LeftButton,
                            Qt::NoModifier);
            // Straight to the widget: QApplication routes drops only during a real drag.
            QVERIFY(photos->acceptDrops());
            static_cast<QObject *>(photos)->event(&drop);
            QCOMPARE(photos->count(), 1);
            QVERIFY2(d->errorText().contains(QStringLiteral("notes.txt")),
                     qPrintable(d->errorText()));
            d->resize(1000, 640);
            screenshot(d, QStringLiteral("intake-dialog.png"));
            QTest::mouseClick(child<QPushButton>(d, "save"), Qt::LeftButton);
        });
        QTest::mouseClick(newReport, Qt::LeftButton);
        QVERIFY2(gridText.startsWith(QStringLiteral("Unit grid")), qPrintable(gridText));
        const QString id = op->currentCaseId();
        QVERIFY(!id.isEmpty());
        Storage::CaseRow c = stored(id);
        QCOMPARE(c.state, QStringLiteral("reported"));
        QCOMPARE(c.channel, QStringLiteral("hotline-12345"));
        QVERIFY(!c.gridCode.isEmpty());
        QCOMPARE(c.address, QStringLiteral("人民路 88 号东侧"));
        // Selected in the operator's queue.
        QCOMPARE(op->listModel()->rowAt(op->listView()->currentIndex().row())->id, id);

        // A second report at the same place is flagged as a possible duplicate before saving.
        {
            std::unique_ptr<IntakeDialog> d(op->createIntakeDialog());
            // Pinyin initials find the category as well as the Chinese name.
            typeText(child<QLineEdit>(d.get(), "categorySearch"), QStringLiteral("bllj"));
            QCOMPARE(child<QListWidget>(d.get(), "categoryList")->count(), 1);
            child<QLineEdit>(d.get(), "categorySearch")->clear();
            typeText(child<QLineEdit>(d.get(), "categorySearch"), QStringLiteral("暴露垃圾"));
            typeText(child<QLineEdit>(d.get(), "lon"), QString::number(point.x(), 'f', 7));
            typeText(child<QLineEdit>(d.get(), "lat"), QString::number(point.y(), 'f', 7));
            QVERIFY(d->duplicateNumbers().contains(c.number));
        }

        // 受理 through the detail's button.
        auto *accept = child<QPushButton>(op.get(), "action-accept");
        QVERIFY(accept);
        QVERIFY(accept->toolTip().contains(QStringLiteral("Ctrl+Enter")));
        whenModal<ActionDialog>([](ActionDialog *d) {
            QCOMPARE(d->action(), CaseAction::Accept);
            QTest::mouseClick(child<QPushButton>(d, "ok"), Qt::LeftButton);
        });
        QTest::mouseClick(accept, Qt::LeftButton);
        QCOMPARE(stored(id).state, QStringLiteral("pending-filing"));

        // 立案 by the shift leader: the case is in the filing queue.
        auto sl = panel(loginOf(Role::ShiftLeader));
        QVERIFY(sl->listModel()->rowOf(id) >= 0);
        QCOMPARE(act(*sl, id, Role::ShiftLeader, CaseAction::File), QString());
        QCOMPARE(stored(id).state, QStringLiteral("filed"));

        // 派遣 with the department picker: the suggested department preselected, and the
        // disposal deadline in working time shown.
        auto dp = panel(loginOf(Role::Dispatcher));
        QVERIFY(dp->listModel()->rowOf(id) >= 0);
        c = stored(id);
        const QString suggested = m_service->suggestDepartment(c.categoryKey, c.responsibilityCode);
        QVERIFY(!suggested.isEmpty());
        const Core::Deadline expected = m_service->calendar()
                                            .deadline(m_now, Core::CategoryDictionary::builtin()
                                                                 .findByKey(c.categoryKey)
                                                                 ->limit(Core::CaseLevel::Normal));
        QCOMPARE(act(*dp, id, Role::Dispatcher, CaseAction::Dispatch,
                     [&](ActionDialog *d) {
                         auto *department = child<QComboBox>(d, "department");
                         QCOMPARE(department->currentData().toString(), suggested);
                         QVERIFY(department->count() > 1);
                         const QString preview = child<QLabel>(d, "deadlinePreview")->text();
                         QVERIFY2(preview.contains(expected.at.toTimeZone(kCity).toString(
                                      QStringLiteral("yyyy-MM-dd HH:mm"))),
                                  qPrintable(preview));
                     }),
                 QString());
        c = stored(id);
        QCOMPARE(c.state, QStringLiteral("dispatched"));
        QCOMPARE(c.departmentId, suggested);
        QCOMPARE(c.disposalDeadline, expected.at);

        // The department signs for it and reports the result; a feedback without a result is
        // refused by the dialog and keeps what was typed.
        auto dept = panel(loginOf(Role::Department, suggested));
        QVERIFY(dept->listModel()->rowOf(id) >= 0);
        QCOMPARE(act(*dept, id, Role::Department, CaseAction::DeptAccept), QString());
        {
            QVERIFY(dept->showCase(id));
            std::unique_ptr<ActionDialog> d(
                dept->createActionDialog(Role::Department, CaseAction::Feedback));
            note(d.get(), QStringLiteral("现场已处理"));
            d->submit();
            QVERIFY(d->isVisible() || d->result() != QDialog::Accepted);
            QVERIFY(!d->errorText().isEmpty());
            QCOMPARE(child<QPlainTextEdit>(d.get(), "note")->toPlainText(),
                     QStringLiteral("现场已处理"));
            typeText(child<QPlainTextEdit>(d.get(), "result"),
                     QStringLiteral("垃圾已清运，路面已冲洗"));
            QVERIFY(child<PhotoStrip>(d.get(), "photoStrip")
                        ->addFile(photoFile(QStringLiteral("after.png"), Qt::lightGray)));
            d->submit();
            QCOMPARE(d->result(), int(QDialog::Accepted));
        }
        QCOMPARE(stored(id).state, QStringLiteral("disposed"));

        // 发核查 by the operator: the case is back in the operator's queue.
        op->refresh();
        QVERIFY(op->showCase(id));
        QVERIFY(op->listModel()->rowOf(id) >= 0);
        QCOMPARE(op->listModel()->rowAt(op->listView()->currentIndex().row())->id, id);
        auto *timeline = child<QTableWidget>(op.get(), "timeline");
        QCOMPARE(timeline->rowCount(), 6);
        // The photos before and after side by side.
        const auto photosIn = [&op](const char *box) {
            return child<QGroupBox>(op.get(), box)->findChild<PhotoStrip *>()->count();
        };
        QCOMPARE(photosIn("photosBefore"), 1);
        QCOMPARE(photosIn("photosAfter"), 1);
        QCOMPARE(timeline->item(3, 1)->text(), Core::actionName(CaseAction::Dispatch));
        QTest::qWait(50);
        screenshot(op.get(), QStringLiteral("casepanel-operator.png"));
        auto *sendCheck = child<QPushButton>(op.get(), "action-send-check");
        QVERIFY(sendCheck);
        whenModal<ActionDialog>([](ActionDialog *d) {
            d->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(d));
            // The keyboard path, from inside the note field.
            QTest::keyClick(child<QPlainTextEdit>(d, "note"), Qt::Key_Return, Qt::ControlModifier);
        });
        QTest::mouseClick(sendCheck, Qt::LeftButton);
        QCOMPARE(stored(id).state, QStringLiteral("checking"));

        // 核查通过 by a collector of the case's responsibility grid.
        auto col = panel(loginOf(Role::Collector, {}, c.responsibilityCode));
        QCOMPARE(act(*col, id, Role::Collector, CaseAction::CheckPass), QString());
        QCOMPARE(stored(id).state, QStringLiteral("check-passed"));

        // 结案 by the shift leader.
        sl->refresh();
        QVERIFY(sl->listModel()->rowOf(id) >= 0);
        QCOMPARE(act(*sl, id, Role::ShiftLeader, CaseAction::Close), QString());
        c = stored(id);
        QCOMPARE(c.state, QStringLiteral("closed"));
        QVERIFY(c.closedInTime.value_or(false));
        auto details = m_service->details(id);
        CC_VERIFY_OK(details);
        QStringList actions;
        for (const Storage::CaseEventRow &e : details->events)
            actions << e.action;
        QCOMPARE(actions, (QStringList{"report", "accept", "file", "dispatch", "dept-accept",
                                       "feedback", "send-check", "check-pass", "close"}));
        // Nothing left to do on a closed case.
        QVERIFY(sl->showCase(id));
        QVERIFY(!child<QPushButton>(sl.get(), "action-close"));
    }

    void linksToMapAndVideo()
    {
        // The application's map picks the point; the detail offers the map and the cameras
        // near the case; a video snapshot opens the intake pre-filled.
        const QPointF point = pointInGrid();
        auto op = panel(loginOf(Role::Operator));
        std::optional<QPointF> offered;
        op->setPointPicker(
            [&](QWidget *, std::optional<QPointF> current) -> std::optional<QPointF> {
                offered = current;
                return point;
            });
        {
            std::unique_ptr<IntakeDialog> d(op->createIntakeDialog());
            auto *pick = child<QPushButton>(d.get(), "pickOnMap");
            QVERIFY(pick && !pick->isHidden());
            QTest::mouseClick(pick, Qt::LeftButton);
            QVERIFY(!offered); // nothing typed yet
            QCOMPARE(child<QLineEdit>(d.get(), "lon")->text(), QString::number(point.x(), 'f', 7));
            QVERIFY(
                child<QLabel>(d.get(), "gridInfo")->text().startsWith(QStringLiteral("Unit grid")));
        }

        Cases::NewReport draft;
        draft.channel = QStringLiteral("video");
        draft.categoryKey = QStringLiteral("event:0505");
        draft.location = point;
        draft.description = QStringLiteral("视频巡查：店外经营");
        QFile png(photoFile(QStringLiteral("cam07-snapshot.png"), Qt::darkBlue));
        QVERIFY(png.open(QIODevice::ReadOnly));
        draft.attachments = {
            {QStringLiteral("snapshot"), QStringLiteral("cam07-snapshot.png"), png.readAll()}};
        whenModal<IntakeDialog>([](IntakeDialog *d) {
            QCOMPARE(d->report().channel, QStringLiteral("video"));
            QCOMPARE(child<PhotoStrip>(d, "photoStrip")->count(), 1);
            QTest::mouseClick(child<QPushButton>(d, "save"), Qt::LeftButton);
        });
        op->newReportFrom(draft);
        const QString id = op->currentCaseId();
        const Storage::CaseRow c = stored(id);
        QCOMPARE(c.channel, QStringLiteral("video"));
        QCOMPARE(c.categoryKey, QStringLiteral("event:0505"));
        auto attached = m_service->attachments(id);
        QVERIFY(attached && attached->size() == 1);
        QCOMPARE(attached->first().kind, QStringLiteral("snapshot"));

        auto *onMap = child<QPushButton>(op.get(), "showOnMap");
        QVERIFY(onMap->isHidden()); // nothing linked yet
        op->setLinks(CaseDetailView::Link::Map | CaseDetailView::Link::Cameras);
        QVERIFY(!onMap->isHidden());
        QSignalSpy map(op.get(), &CasePanel::showOnMapRequested);
        QSignalSpy cameras(op.get(), &CasePanel::camerasNearRequested);
        QTest::mouseClick(onMap, Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(op.get(), "camerasNear"), Qt::LeftButton);
        QCOMPARE(map.size(), 1);
        QCOMPARE(map.first().at(0).toString(), id);
        QCOMPARE(map.first().at(1).toPointF(), *c.geom);
        QCOMPARE(cameras.size(), 1);
        // 查看录像: the place, the reported time and how long before it the playback starts.
        QSignalSpy recordings(op.get(), &CasePanel::recordingsNearRequested);
        QTest::mouseClick(child<QPushButton>(op.get(), "recordingsNear"), Qt::LeftButton);
        QCOMPARE(recordings.size(), 1);
        QCOMPARE(recordings.first().at(0).toPointF(), *c.geom);
        QCOMPARE(recordings.first().at(1).toDateTime(), c.reportedAt);
        QCOMPARE(recordings.first().at(2).toInt(), CaseDetailView::kRecordingsMinutesBefore);
    }

    void returnApproved()
    {
        Storage::CaseRow c = caseAt(QStringLiteral("disposing"), m_now.addSecs(-3600));
        QVERIFY(!c.id.isEmpty());
        auto dept = panel(loginOf(Role::Department, c.departmentId));
        // 回退 needs a reason.
        QVERIFY(!act(*dept, c.id, Role::Department, CaseAction::RequestReturn).isEmpty());
        QCOMPARE(act(*dept, c.id, Role::Department, CaseAction::RequestReturn,
                     [](ActionDialog *d) { note(d, QStringLiteral("不属于本单位职责")); }),
                 QString());
        QCOMPARE(stored(c.id).state, QStringLiteral("return-requested"));
        auto sl = panel(loginOf(Role::ShiftLeader));
        QCOMPARE(act(*sl, c.id, Role::ShiftLeader, CaseAction::ApproveReturn), QString());
        const Storage::CaseRow after = stored(c.id);
        QCOMPARE(after.state, QStringLiteral("filed"));
        QVERIFY(after.departmentId.isEmpty());
    }

    void postponeRequestedAndApproved()
    {
        Storage::CaseRow c = caseAt(QStringLiteral("disposing"), m_now.addSecs(-3600));
        QVERIFY(!c.id.isEmpty());
        auto dept = panel(loginOf(Role::Department, c.departmentId));
        QCOMPARE(act(*dept, c.id, Role::Department, CaseAction::RequestPostpone,
                     [](ActionDialog *d) {
                         child<QSpinBox>(d, "hours")->setValue(8);
                         note(d, QStringLiteral("需协调施工单位"));
                     }),
                 QString());
        QCOMPARE(stored(c.id).state, QStringLiteral("postpone-requested"));
        auto sl = panel(loginOf(Role::ShiftLeader));
        QCOMPARE(act(*sl, c.id, Role::ShiftLeader, CaseAction::ApprovePostpone),
                 QString()); // as requested
        const Storage::CaseRow after = stored(c.id);
        QCOMPARE(after.state, QStringLiteral("disposing"));
        QCOMPARE(after.postponeCount, 1);
        QCOMPARE(after.disposalDeadline,
                 m_service->calendar().addWorkingHours(c.disposalDeadline, 8).at);
    }

    void hangApproved()
    {
        Storage::CaseRow c = caseAt(QStringLiteral("disposing"), m_now.addSecs(-3600));
        QVERIFY(!c.id.isEmpty());
        auto dept = panel(loginOf(Role::Department, c.departmentId));
        QCOMPARE(act(*dept, c.id, Role::Department, CaseAction::RequestHang,
                     [](ActionDialog *d) { note(d, QStringLiteral("需列入明年改造工程")); }),
                 QString());
        auto sl = panel(loginOf(Role::ShiftLeader));
        QCOMPARE(act(*sl, c.id, Role::ShiftLeader, CaseAction::ApproveHang), QString());
        const Storage::CaseRow after = stored(c.id);
        QCOMPARE(after.state, QStringLiteral("hung"));
        QVERIFY(after.hung);
    }

    void reworkAfterFailedCheck()
    {
        Storage::CaseRow c = caseAt(QStringLiteral("checking"), m_now.addSecs(-3600));
        QVERIFY(!c.id.isEmpty());
        auto col = panel(loginOf(Role::Collector, {}, c.responsibilityCode));
        QCOMPARE(act(*col, c.id, Role::Collector, CaseAction::CheckFail,
                     [](ActionDialog *d) { note(d, QStringLiteral("垃圾仍未清理干净")); }),
                 QString());
        const Storage::CaseRow after = stored(c.id);
        QCOMPARE(after.state, QStringLiteral("dispatched"));
        QCOMPARE(after.reworkCount, 1);
        QCOMPARE(after.departmentId, c.departmentId);
    }

    void cancelAndReject()
    {
        auto sl = panel(loginOf(Role::ShiftLeader));
        Storage::CaseRow pending = caseAt(QStringLiteral("pending-filing"), m_now.addSecs(-600));
        QVERIFY(!pending.id.isEmpty());
        QVERIFY(
            !act(*sl, pending.id, Role::ShiftLeader, CaseAction::Cancel).isEmpty()); // no reason
        QCOMPARE(act(*sl, pending.id, Role::ShiftLeader, CaseAction::Cancel,
                     [](ActionDialog *d) { note(d, QStringLiteral("重复上报")); }),
                 QString());
        QCOMPARE(stored(pending.id).state, QStringLiteral("cancelled"));

        auto op = panel(loginOf(Role::Operator));
        Storage::CaseRow reported = caseAt(QStringLiteral("reported"), m_now.addSecs(-600));
        QCOMPARE(act(*op, reported.id, Role::Operator, CaseAction::Reject,
                     [](ActionDialog *d) { note(d, QStringLiteral("不属于城管受理范围")); }),
                 QString());
        QCOMPARE(stored(reported.id).state, QStringLiteral("rejected"));
    }

    void supervise()
    {
        Storage::CaseRow c = caseAt(QStringLiteral("filed"), m_now.addSecs(-600));
        QVERIFY(!c.id.isEmpty());
        auto sl = panel(loginOf(Role::ShiftLeader));
        QVERIFY(sl->showCase(c.id));
        QVERIFY(child<QPushButton>(sl.get(), "action-supervise"));
        QCOMPARE(act(*sl, c.id, Role::ShiftLeader, CaseAction::Supervise,
                     [](ActionDialog *d) { note(d, QStringLiteral("请尽快派遣")); }),
                 QString());
        QCOMPARE(stored(c.id).superviseCount, 1);
        QCOMPARE(stored(c.id).state, QStringLiteral("filed"));
    }

    void revisitAndReopen()
    {
        // 回访 of a closed 12345 case in the operator's panel: 不满意, then 重办 by the shift leader.
        Storage::CaseRow c = caseAt(QStringLiteral("closed"), m_now.addSecs(-7200));
        QVERIFY(!c.id.isEmpty());
        QCOMPARE(c.state, QStringLiteral("closed"));
        auto op = panel(loginOf(Role::Operator));
        QVERIFY(op->showCase(c.id));
        QVERIFY(child<QPushButton>(op.get(), "action-revisit"));
        auto sl = panel(loginOf(Role::ShiftLeader));
        QVERIFY(sl->showCase(c.id));
        QVERIFY(!child<QPushButton>(sl.get(), "action-revisit"));
        QVERIFY(!child<QPushButton>(sl.get(), "action-reopen")); // nobody said 不满意 yet
        // Nothing chosen: the dialog says so and stays open.
        const QString missing = act(*op, c.id, Role::Operator, CaseAction::Revisit);
        QVERIFY2(missing.contains(QStringLiteral("caller said")), qPrintable(missing));
        QCOMPARE(stored(c.id).version, c.version);
        QCOMPARE(act(*op, c.id, Role::Operator, CaseAction::Revisit,
                     [](ActionDialog *d) {
                         auto *result = child<QComboBox>(d, "revisitResult");
                         QCOMPARE(result->count(), 3);
                         QCOMPARE(result->currentIndex(), -1);
                         QCOMPARE(result->itemText(2),
                                  Cases::revisitResultName(QStringLiteral("unsatisfied")));
                         result->setCurrentIndex(result->findData(QStringLiteral("unsatisfied")));
                         note(d, QStringLiteral("来电人称垃圾仍未清运"));
                     }),
                 QString());
        QCOMPARE(stored(c.id).state, QStringLiteral("closed"));
        QVERIFY(op->showCase(c.id));
        QVERIFY(!child<QPushButton>(op.get(), "action-revisit")); // once per closing
        QVERIFY(sl->showCase(c.id));
        QVERIFY(child<QPushButton>(sl.get(), "action-reopen"));
        QVERIFY(!act(*sl, c.id, Role::ShiftLeader, CaseAction::Reopen).isEmpty()); // needs a reason
        QCOMPARE(act(*sl, c.id, Role::ShiftLeader, CaseAction::Reopen,
                     [](ActionDialog *d) { note(d, QStringLiteral("回访不满意，重新处置")); }),
                 QString());
        const Storage::CaseRow after = stored(c.id);
        QCOMPARE(after.state, QStringLiteral("dispatched"));
        QCOMPARE(after.departmentId, c.departmentId);
        QVERIFY(!after.closedAt.isValid());
    }

    void refusalsKeepWhatWasTyped()
    {
        Storage::CaseRow c = caseAt(QStringLiteral("dispatched"), m_now.addSecs(-600));
        QVERIFY(!c.id.isEmpty());
        // A user of another department, through a forged call (the panel offers no button).
        QString other;
        for (const Storage::UserRow &u : m_users) {
            if (u.roles.contains(QStringLiteral("department"))
                && u.departmentId != c.departmentId) {
                other = u.login;
                break;
            }
        }
        QVERIFY(!other.isEmpty());
        auto dept = panel(other);
        QVERIFY(dept->showCase(c.id));
        QVERIFY(!child<QPushButton>(dept.get(), "action-dept-accept"));
        std::unique_ptr<ActionDialog> d(
            dept->createActionDialog(Role::Department, CaseAction::DeptAccept));
        QVERIFY(d);
        d->show();
        note(d.get(), QStringLiteral("我们来处理"));
        QTest::mouseClick(child<QPushButton>(d.get(), "ok"), Qt::LeftButton);
        QVERIFY(d->isVisible());
        QVERIFY(child<QLabel>(d.get(), "error")->isVisible());
        QVERIFY2(d->errorText().contains(QStringLiteral("another department")),
                 qPrintable(d->errorText()));
        QVERIFY(!d->errorText().contains(QStringLiteral("workflow.")));
        QCOMPARE(child<QPlainTextEdit>(d.get(), "note")->toPlainText(),
                 QStringLiteral("我们来处理"));
        QCOMPARE(stored(c.id).state, QStringLiteral("dispatched"));

        // An illegal step: closing a case that is only dispatched.
        auto sl = panel(loginOf(Role::ShiftLeader));
        QVERIFY(sl->showCase(c.id));
        std::unique_ptr<ActionDialog> close(
            sl->createActionDialog(Role::ShiftLeader, CaseAction::Close));
        close->show();
        note(close.get(), QStringLiteral("直接结案"));
        close->submit();
        QVERIFY(close->isVisible());
        QVERIFY(!close->errorText().isEmpty());
        QCOMPARE(child<QPlainTextEdit>(close.get(), "note")->toPlainText(),
                 QStringLiteral("直接结案"));
        QCOMPARE(stored(c.id).state, QStringLiteral("dispatched"));

        // A collector may not register a hotline report: the intake dialog offers only the
        // collector channel, and a refusal keeps the dialog open with what was typed.
        auto col = panel(loginOf(Role::Collector));
        std::unique_ptr<IntakeDialog> intake(col->createIntakeDialog());
        auto *channel = child<QComboBox>(intake.get(), "channel");
        QCOMPARE(channel->count(), 1);
        QCOMPARE(channel->currentData().toString(), QStringLiteral("collector"));
        intake->show();
        typeText(child<QPlainTextEdit>(intake.get(), "description"), QStringLiteral("井盖缺失"));
        intake->save(); // no category chosen
        QVERIFY(intake->isVisible());
        QVERIFY(!intake->errorText().isEmpty());
        QCOMPARE(child<QPlainTextEdit>(intake.get(), "description")->toPlainText(),
                 QStringLiteral("井盖缺失"));
    }

    void batchFile()
    {
        QStringList ids;
        for (int i = 0; i < 3; ++i) {
            Storage::CaseRow c = caseAt(QStringLiteral("pending-filing"), m_now.addSecs(-300));
            QVERIFY(!c.id.isEmpty());
            ids << c.id;
        }
        Storage::CaseRow filed = caseAt(QStringLiteral("filed"), m_now.addSecs(-300));
        auto sl = panel(loginOf(Role::ShiftLeader));
        sl->show();
        QVERIFY(child<QPushButton>(sl.get(), "batchFile")->isVisible());
        QTableView *view = sl->listView();
        // Nothing selected: the status says so, and stops saying so once a case is selected.
        view->clearSelection();
        QTest::mouseClick(child<QPushButton>(sl.get(), "batchFile"), Qt::LeftButton);
        QCOMPARE(sl->statusText(), QStringLiteral("Select the cases to file first."));
        // Select the three rows in the filing queue and press 批量立案.
        QStringList numbers;
        for (const QString &id : ids) {
            const int row = sl->listModel()->rowOf(id);
            QVERIFY(row >= 0);
            view->selectionModel()->select(sl->listModel()->index(row, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
            numbers << stored(id).number;
        }
        QVERIFY(sl->statusText().isEmpty());
        QTest::mouseClick(child<QPushButton>(sl.get(), "batchFile"), Qt::LeftButton);
        // It asks first: how many and which, with a note for all of them; nothing filed yet.
        auto *confirm = child<BatchFileDialog>(sl.get(), "batchConfirm");
        QVERIFY(confirm);
        QVERIFY(confirm->isVisible());
        QVERIFY(confirm->summaryText().contains(QStringLiteral("3")));
        QStringList listed = confirm->numbers();
        listed.sort();
        numbers.sort();
        QCOMPARE(listed, numbers);
        for (const QString &id : ids)
            QCOMPARE(stored(id).state, QStringLiteral("pending-filing"));
        typeText(child<QPlainTextEdit>(confirm, "note"), QStringLiteral("同类问题批量立案"));
        QTest::mouseClick(child<QPushButton>(confirm, "ok"), Qt::LeftButton);
        for (const QString &id : ids) {
            QCOMPARE(stored(id).state, QStringLiteral("filed"));
            auto details = m_service->details(id);
            QVERIFY(details.ok());
            QCOMPARE(details->events.last().note, QStringLiteral("同类问题批量立案"));
        }
        auto *box = child<QMessageBox>(sl.get(), "batchResult");
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("3")));
        box->close();
        // A refusal is reported per case.
        const CasePanel::BatchResult r = sl->batchFile({filed.id});
        QCOMPARE(r.succeeded, 0);
        QCOMPARE(r.refusals.size(), 1);
        QVERIFY(r.refusals.first().startsWith(filed.number));
    }

    void fixedRowsShowTheOverviewLists()
    {
        // The shell's newest and overdue lists use the same model: same columns, red rows.
        auto overdue = Cases::overdueCases(*m_db, m_now, 20);
        QVERIFY(overdue.ok() && !overdue->isEmpty());
        CaseListModel model(*m_db, m_service->categories(), m_service->calendar());
        model.setNow(m_now);
        model.setRows(overdue.value());
        QCOMPARE(model.rowCount(), int(overdue->size()));
        QVERIFY(!model.canFetchMore({}));
        const QModelIndex first = model.index(0, CaseListModel::Number);
        QCOMPARE(model.data(first, Qt::DisplayRole).toString(), overdue->first().number);
        QCOMPARE(model.data(first, CaseListModel::WarningRole).toInt(), int(Cases::Warning::Red));
        auto latest = Cases::latestCases(*m_db, m_now, 50);
        QVERIFY(latest.ok());
        model.setRows(latest.value());
        int plain = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            plain += model.warningAt(row) == Cases::Warning::None ? 1 : 0;
        QVERIFY(plain > 0); // closed cases are not painted as overdue
    }

    void lazyListLoadsPages()
    {
        auto sv = panel(loginOf(Role::Supervisor));
        QVERIFY(sv->selectQueue(QStringLiteral("all")));
        CaseListModel *model = sv->listModel();
        QVERIFY(m_db->rowCount(QStringLiteral("case_record")) > CaseListModel::kPageSize);
        QCOMPARE(model->rowCount(), CaseListModel::kPageSize);
        QVERIFY(model->canFetchMore({}));
        model->fetchMore({});
        QCOMPARE(model->rowCount(),
                 int(std::min<qint64>(2 * CaseListModel::kPageSize,
                                      m_db->rowCount(QStringLiteral("case_record")))));
        // Full-text search from the filter bar (Enter).
        auto *search = child<QLineEdit>(sv.get(), "search");
        typeText(search, QStringLiteral("例外流程"));
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(model->rowCount() > 0);
        for (int i = 0; i < model->rowCount(); ++i)
            QVERIFY(model->rowAt(i)->description.contains(QStringLiteral("例外流程")));
    }

    void warningColours()
    {
        // Reported cases wait for 受理 30 calendar minutes: 25 minutes used is yellow, 60 red.
        Storage::CaseRow yellow = caseAt(QStringLiteral("reported"), m_now.addSecs(-25 * 60));
        Storage::CaseRow red = caseAt(QStringLiteral("reported"), m_now.addSecs(-60 * 60));
        auto op = panel(loginOf(Role::Operator));
        CaseListModel *model = op->listModel();
        const int y = model->rowOf(yellow.id);
        const int r = model->rowOf(red.id);
        QVERIFY(y >= 0 && r >= 0);
        QCOMPARE(model->warningAt(y), Cases::Warning::Yellow);
        QCOMPARE(model->warningAt(r), Cases::Warning::Red);
        const QColor yc
            = model->data(model->index(y, 0), Qt::BackgroundRole).value<QBrush>().color();
        const QColor rc
            = model->data(model->index(r, 0), Qt::BackgroundRole).value<QBrush>().color();
        QVERIFY(yc.isValid() && rc.isValid() && yc != rc);
        QVERIFY(yc.red() > 200 && yc.green() > 200 && yc.blue() < 180); // yellow
        QVERIFY(rc.red() > 200 && rc.green() < 210 && rc.blue() < 210); // red
        // Overdue queue holds the red one.
        op->selectQueue(QStringLiteral("overdue"));
        bool found = false;
        while (!found) {
            found = model->rowOf(red.id) >= 0;
            if (!model->canFetchMore({}))
                break;
            model->fetchMore({});
        }
        QVERIFY(found);
    }

    void queueCountsMatchTheQuery()
    {
        for (const QString &login :
             {loginOf(Role::Operator), loginOf(Role::ShiftLeader), loginOf(Role::Dispatcher),
              loginOf(Role::Collector), loginOf(Role::Department)}) {
            auto p = panel(login);
            Cases::CaseQuery query(*m_db);
            QVERIFY(p->queueKeys().size() >= 3);
            for (const QString &key : p->queueKeys()) {
                auto expected = query.count(p->queueFilter(key), CasePanel::kCountCap);
                CC_VERIFY_OK(expected);
                QCOMPARE(p->queueCount(key), expected.value());
                auto *list = child<QListWidget>(p.get(), "queues");
                bool shown = false;
                for (int i = 0; i < list->count(); ++i) {
                    if (list->item(i)->data(Qt::UserRole).toString() == key)
                        shown = list->item(i)->text().contains(
                            QStringLiteral("(%1)").arg(expected.value()));
                }
                QVERIFY2(shown, qPrintable(key));
            }
        }
    }

    void notifiesChangesFromOtherConnections()
    {
        auto op = panel(loginOf(Role::Operator));
        QVERIFY(!op->pollChanges()); // nothing changed since the panel read
        QSignalSpy spy(op.get(), &CasePanel::notification);
        // Another workstation (another connection) registers a report.
        auto other = Storage::Database::open(m_db->path(), Storage::Database::OpenMode::ReadWrite);
        CC_VERIFY_OK(other);
        Cases::CaseService service(*other.value(), Core::CategoryDictionary::builtin(),
                                   Core::WorkCalendar::chinaDefault());
        Cases::NewReport r;
        r.channel = QStringLiteral("wechat");
        r.categoryKey = QStringLiteral("event:0102");
        r.description = QStringLiteral("另一工位登记");
        r.location = pointInGrid();
        r.at = m_now;
        const QString otherOperator = [this] {
            for (const Storage::UserRow &u : m_users) {
                if (u.roles.contains(QStringLiteral("operator"))
                    && u.login != loginOf(Role::Operator))
                    return u.login;
            }
            return QString();
        }();
        auto row = service.report(r, session(otherOperator).actor(Role::Operator));
        CC_VERIFY_OK(row);
        const qint64 before = op->queueCount(QStringLiteral("role:operator"));
        QVERIFY(op->pollChanges());
        QCOMPARE(op->queueCount(QStringLiteral("role:operator")),
                 std::min(before + 1, CasePanel::kCountCap));
        QCOMPARE(spy.count(), 1);
        QVERIFY2(op->statusText().contains(row->number), qPrintable(op->statusText()));
        QVERIFY(!op->pollChanges());
    }

    void exportsCsv()
    {
        auto sv = panel(loginOf(Role::Supervisor));
        QVERIFY(sv->selectQueue(QStringLiteral("overdue")));
        const QString path = m_dir.filePath(QStringLiteral("overdue.csv"));
        QVERIFY(sv->exportCsv(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const qint64 lines = file.readAll().count('\n');
        auto expected = Cases::CaseQuery(*m_db).count(sv->queueFilter(QStringLiteral("overdue")));
        CC_VERIFY_OK(expected);
        QVERIFY(lines >= expected.value()); // a header and one line per case
    }
};

QTEST_MAIN(tst_CasePanel)
#include "tst_casepanel.moc"

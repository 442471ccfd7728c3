// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/cases/auth.h>
#include <cc/cases/casequery.h>
#include <cc/cases/caseservice.h>
#include <cc/cases_widgets/casedetailview.h>
#include <cc/cases_widgets/intakedialog.h>
#include <cc/city/citycontext.h>
#include <cc/storage/database.h>
#include <cc/storage/rows.h>

#include <QDateTime>
#include <QHash>
#include <QPointF>
#include <QWidget>

#include <functional>
#include <optional>

class QHBoxLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QSplitter;
class QTableView;

namespace Cc::CasesWidgets {

class ActionDialog;
class CaseFilterBar;
class CaseListModel;
class IntakeDialog;

/// The case-workflow panel: the queues of the user's roles with live counts (left), a lazy
/// case list with filters (centre), the selected case with its timeline and the actions the
/// user may take now (right). Every change goes through CaseService, which re-checks it; a
/// refusal is shown where it was asked for and nothing typed is lost.
class CasePanel : public QWidget
{
    Q_OBJECT
public:
    /// Outcome of 批量立案.
    struct BatchResult
    {
        int succeeded = 0;
        QStringList refusals; ///< "2026-000123: reason"
    };

    /// Queue keys: "role:<roleId>" per role held, "all" (全部案卷), "overdue" (超期案卷).
    static constexpr qint64 kCountCap = 10000;

    /// Follows the city's change notifier: cases changed (here or elsewhere) → pollChanges().
    CasePanel(City::CityContext &city, Cases::CaseService &service, const Cases::Session &session,
              QWidget *parent = nullptr);
    ~CasePanel() override;

    /// Fixes "now" (deadlines, warnings, action times) for deterministic tests; invalid: the
    /// current time.
    void setNow(const QDateTime &now);
    QDateTime now() const;

    /// Re-reads counts, the list and the shown case; false when a query failed (the status
    /// line says why).
    bool refresh();
    /// Cases changed: false when no workflow step was recorded since the last look, else
    /// re-counts and notifies of changes in my queues (steps of other users).
    bool pollChanges();

    QStringList queueKeys() const;
    QString currentQueue() const { return m_currentQueue; }
    bool selectQueue(const QString &key);
    /// The filter a queue lists (for "all": what the filter bar says).
    Cases::CaseFilter queueFilter(const QString &key) const;
    /// The count shown for a queue (capped at kCountCap), -1 when unknown.
    qint64 queueCount(const QString &key) const { return m_counts.value(key, -1); }

    /// Shows a case (by id or number) in the detail and selects it in the list when loaded.
    bool showCase(const QString &caseIdOrNumber);
    QString currentCaseId() const { return m_caseId; }

    /// The dialog for one action on the shown case as `role`, not yet shown: the buttons run
    /// it modally; tests may fill it and submit() it directly (also for actions the buttons
    /// would not offer, to see the service refuse them).
    ActionDialog *createActionDialog(Core::Role role, Core::CaseAction action);
    /// 新建上报, not yet shown; on acceptance the panel selects the new case.
    IntakeDialog *createIntakeDialog();
    /// Picks a point for a report (the application's map): the current point or nothing
    /// in, the chosen lon/lat or nothing (cancelled) out. Without one the intake asks for
    /// typed coordinates only.
    using PointPicker
        = std::function<std::optional<QPointF>(QWidget *parent, std::optional<QPointF> current)>;
    void setPointPicker(PointPicker picker) { m_pointPicker = std::move(picker); }
    /// Makes the small map a new report shows its place on (IntakeDialog::PlacePreview).
    using PlacePreviewMaker = std::function<IntakeDialog::PlacePreview(QWidget *parent)>;
    void setPlacePreviewMaker(PlacePreviewMaker maker) { m_placePreview = std::move(maker); }
    /// Shows the detail's "on the map" / "cameras near" buttons for what the application
    /// links (it connects showOnMapRequested / camerasNearRequested).
    void setLinks(CaseDetailView::Links links);
    /// Extra lines for the case timeline (CaseDetailView::setTimelineNotes).
    void setTimelineNotes(CaseDetailView::TimelineNotes notes);
    /// 批量立案: File on each case as 值班长, with one note for all (as the single 立案 takes).
    BatchResult batchFile(const QStringList &caseIds, const QString &note = {});
    /// Writes the current list as CSV, with a cancellable progress dialog.
    bool exportCsv(const QString &path);

    CaseListModel *listModel() const { return m_model; }
    QTableView *listView() const { return m_view; }
    QString statusText() const;

public slots:
    /// Runs the intake dialog (the main window's Ctrl+N), with the user's kept draft if any;
    /// closing it with input keeps a draft (per user, in the local database) unless discarded.
    void newReport();
    /// Runs the intake dialog pre-filled, e.g. from a video snapshot or a map point.
    void newReportFrom(const Cases::NewReport &draft);
    /// 批量立案 on the selected rows: asks first (count, numbers, a note), then files.
    void batchFileSelected();

signals:
    /// A case in one of my queues changed (new case, state change), as the status line says.
    void notification(const QString &text);
    void showOnMapRequested(const QString &caseId, const QPointF &lonLat);
    void camerasNearRequested(const QPointF &lonLat);
    /// A timeline line with a link was double-clicked (CaseDetailView::TimelineNote::link).
    void timelineLinkActivated(const QString &link);
    void recordingsNearRequested(const QPointF &lonLat, const QDateTime &reportedAt,
                                 int minutesBefore);

private:
    struct Queue
    {
        QString key, title;
        Core::Role role = Core::Role::Invalid;
        Cases::CaseFilter filter;
        Cases::CaseOrder order = Cases::CaseOrder::NewestFirst;
    };

    QWidget *buildQueueColumn();
    QHBoxLayout *buildTools();
    QWidget *buildListColumn(const QList<Storage::DepartmentRow> &departments);
    QWidget *buildDetailColumn();
    void followChanges(City::ChangeNotifier &changes);
    bool canReport() const;
    void runIntake(const std::optional<Cases::NewReport> &prefill);
    void showBatchResult(const BatchResult &result);
    void buildQueues();
    bool refreshCounts();
    bool reloadList();
    void updateQueueItems();
    void showCurrentRow();
    void showDetails(const Cases::CaseDetails &details);
    void runActionDialog(Core::Role role, Core::CaseAction action);
    void afterChange(const QString &caseId);
    void exportRequested();
    void setStatus(const QString &text, bool error = false);
    const Queue *queue(const QString &key) const;

    Storage::Database &m_db;
    Cases::CaseService &m_service;
    Cases::Session m_session;
    Cases::CaseQuery m_query;
    QDateTime m_now;
    QList<Queue> m_queues;
    QHash<QString, qint64> m_counts;
    QHash<QString, QString> m_departmentNames;
    QString m_currentQueue;
    QString m_caseId;
    qint64 m_changeMark = 0;

    QListWidget *m_queueList;
    CaseFilterBar *m_filterBar;
    CaseListModel *m_model;
    QTableView *m_view;
    CaseDetailView *m_detail;
    PointPicker m_pointPicker;
    PlacePreviewMaker m_placePreview;
    QPushButton *m_newReport;
    QPushButton *m_batchFile;
    QLabel *m_listTitle;
    QLabel *m_status;
    QSplitter *m_splitter;
    bool m_selectionHint = false; ///< the status asks to select cases first
};

} // namespace Cc::CasesWidgets

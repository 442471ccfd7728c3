// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/overview/citysnapshot.h>

#include <QDateTime>
#include <QHash>
#include <QMainWindow>

#include <memory>

class QDockWidget;
class QLabel;
class QMenu;
class QSettings;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace Cc::City {
class CityContext;
}
namespace Cc::VideoQuick {
class VideoWall;
}
namespace Cc::Cases {
class CaseService;
struct Session;
} // namespace Cc::Cases
namespace Cc::AnalyticsWidgets {
class CandidateQueue;
}
namespace Cc::SyncWidgets {
class HubStatusWidget;
}

namespace Cc::Overview {
class OverviewPanel;
}
namespace Cc::MapWidgets {
class MapPanel;
}
namespace Cc::CasesWidgets {
class CaseListModel;
class CasePanel;
class DutyBar;
class CampaignView;
class EvaluationView;
} // namespace Cc::CasesWidgets

namespace Cc::App {

/// The command-hall shell: the city overview on the left, and tabs for the map, the cases
/// and the video wall (each grows into its own module's view).
class Notifications;
class ClipEvidence;
class VideoAnalytics;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Tab { Map = 0, Cases, Video, Evaluation, Workbench, Campaigns, Findings };

    /// Every view follows the city's change notifier. With a logged-in session the window
    /// adds the user's workbench (the case-workflow panel); all three must outlive the window.
    MainWindow(City::CityContext &city, Cases::CaseService &service,
               const Cases::Session *session = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showTab(Tab tab);
    /// Reads the overview again; returns false (and shows why in the status bar) on error.
    bool refresh();
    /// F5: every view reads the database again (the shown tab at once, the map at its pace).
    void refreshAll();
    /// Opens the video wall, its own top-level window (created on first use).
    Cc::VideoQuick::VideoWall *openVideoWall(bool fullScreen = false);
    /// "Show on wall": the wall with the cameras nearest to a place (lon/lat).
    void showOnWall(const QPointF &lonLat);
    /// "查看录像": the nearest cameras' recordings, in step, from `minutesBefore` before `at`.
    void showRecordingsOnWall(const QPointF &lonLat, const QDateTime &at, int minutesBefore);
    /// The folder cityrec records into (before the wall opens); default: the setting
    /// video/recordingRoot, else recordings/ in the user's data folder.
    void setRecordingRoot(const QString &root) { m_recordingRoot = root; }
    /// How PTZ cameras' ONVIF addresses are made (before the wall opens); default: the setting
    /// video/onvifTemplate, else Video::kDefaultOnvifTemplate.
    void setOnvifTemplate(const QString &addressTemplate) { m_onvifTemplate = addressTemplate; }
    QString recordingRoot() const;
    /// The status line (what was read when, or why not).
    QString statusText() const;
    /// 新建上报 (Ctrl+N from any tab and the wall): the workbench's intake dialog.
    void newReport();
    /// The map tab with its hotspot layer on (this year) and the 老不改 list shown.
    void showHotspots();
    /// --evaluation SCOPE:PERIOD[:compare][:rate]: the evaluation tab as asked; the error
    /// (empty when shown).
    QString showEvaluation(const QString &spec);
    /// The notifications' parts in the window: the case timeline's "已通知 …" lines and the
    /// Settings menu's page. `notifications` must outlive the window.
    void setNotifications(Notifications *notifications);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildMenus();
    void addNewReportAction(QMenu *menu);
    void followChanges();
    /// A configuration version arrived (an import here, the hub): the city takes it and the
    /// status line says so.
    void takeNewRules();
    void noteOrgChange();
    void showRulesVersion();
    void openRulesSettings();
    QWidget *buildWorkbench(Cases::CaseService &service, const Cases::Session &session);
    QWidget *buildCasesTab();
    QWidget *buildVideoTab();
    QWidget *buildCampaignsTab();
    void fillCameras();
    void playCamera(const QString &cameraId);

    City::CityContext &m_city;
    Cases::CaseService *m_service = nullptr;
    std::unique_ptr<ClipEvidence> m_clipEvidence; ///< with a session: clips as case evidence
    std::unique_ptr<VideoAnalytics> m_analytics;  ///< zones on the wall, the findings' queue
    AnalyticsWidgets::CandidateQueue *m_findings = nullptr;
    const Cases::Session *m_session = nullptr;
    std::unique_ptr<Overview::CitySnapshot> m_snapshot;
    QTabWidget *m_tabs = nullptr;
    QHash<Tab, QWidget *> m_tabPages;
    Overview::OverviewPanel *m_overview = nullptr;
    MapWidgets::MapPanel *m_map = nullptr;
    CasesWidgets::CasePanel *m_casePanel = nullptr;
    CasesWidgets::DutyBar *m_dutyBar = nullptr;
    CasesWidgets::EvaluationView *m_evaluation = nullptr;
    CasesWidgets::CampaignView *m_campaigns = nullptr;
    CasesWidgets::CaseListModel *m_latest = nullptr;
    CasesWidgets::CaseListModel *m_overdue = nullptr;
    QTableWidget *m_cameras = nullptr;
    std::unique_ptr<QSettings> m_wallSettings;
    QString m_recordingRoot;
    QString m_onvifTemplate;
    std::unique_ptr<Cc::VideoQuick::VideoWall> m_wall;
    QLabel *m_status = nullptr;
    QLabel *m_rulesVersion = nullptr; ///< "规则 第 N 版" in the status bar
    QString m_orgChange; ///< the newest change of departments and users seen (docs/org.md)
    QDockWidget *m_overviewDock = nullptr;
    bool m_overviewChosen = false; ///< the user showed or hid the overview
    SyncWidgets::HubStatusWidget *m_hub = nullptr;
};

} // namespace Cc::App

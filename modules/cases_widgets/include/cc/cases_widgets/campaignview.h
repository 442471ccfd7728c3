// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/cases/campaigns.h>
#include <cc/cases/surveys.h>
#include <cc/cases_widgets/campaigndialog.h>
#include <cc/city/citycontext.h>
#include <cc/core/role.h>

#include <QDateTime>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QThread;
class QPushButton;
class QTableWidget;
QT_END_NAMESPACE

namespace Cc::CasesWidgets {

class CampaignDialog;

/// 专项整治: the campaigns with their progress (cases tagged, 立案, 结案, 结案率, overdue), the
/// selected one's report (Cases::CampaignStore::report, the figures `cityctl campaign report`
/// prints) with its top grids and categories, and for a 专项普查 its counting tasks and results
/// (Cases::SurveyStore::report). Shift leaders and administrators create campaigns here; the
/// store checks the role again. The list is read on a worker thread with its own connection
/// (each report retags its campaign's cases first: seconds at 650,000 cases) while a busy
/// indicator shows; the tab stays usable meanwhile.
class CampaignView : public QWidget
{
    Q_OBJECT

public:
    explicit CampaignView(const City::CityContext &city, QWidget *parent = nullptr);
    ~CampaignView() override; ///< waits for a reading still under way
    /// Who creates campaigns from this window (the session's login and a role that may);
    /// without one the button stays disabled with the reason as its tooltip.
    void setDefiner(const QString &login, Core::Role role);
    /// The "now" that decides what is overdue; invalid (the default): the current time.
    void setNow(const QDateTime &now) { m_now = now; }
    /// false: errors only through errorOccurred, the dialog not run modally (tests).
    void setInteractive(bool interactive) { m_interactive = interactive; }
    /// Lets 新建专项 draw the area on the city's map (the app wires the map's dialog).
    void setAreaDrawer(CampaignDialog::AreaDrawer drawer) { m_areaDrawer = std::move(drawer); }

    /// Reads the campaigns and their reports again on a worker thread (each report retags its
    /// cases first) and shows them when done: refreshed() then says whether it worked. Asked
    /// while a reading is under way, it reads once more after it.
    void refresh();
    /// A reading is under way (the busy indicator shows).
    bool isBusy() const { return m_worker != nullptr; }
    /// Selects a campaign by name; false when there is none.
    bool select(const QString &name);
    QString selectedName() const;
    /// The dialog createCampaign() runs; tests fill and accept it themselves.
    CampaignDialog *newCampaignDialog();

    QTableWidget *campaignTable() const { return m_campaigns; }
    QTableWidget *surveyTable() const { return m_tasks; }
    QPushButton *createButton() const { return m_create; }
    QPushButton *assignButton() const { return m_assign; }
    /// Gives a collector the counting task of a unit grid of the selected campaign as the
    /// definer (Cases::SurveyStore::addTask checks role, campaign, grid and collector).
    Result<Cases::SurveyTask> assignTask(const QString &grid, const QString &collectorLogin);
    /// The selected campaign's report as one line (as `cityctl campaign report` words it).
    QString reportLine() const;
    QString surveyLine() const;
    /// What a reading gathers (campaignview.cpp).
    struct Listing;

public slots:
    /// Opens 新建专项 and, when saved, shows the new campaign.
    void createCampaign();
    /// Opens 分派普查任务 for the selected survey campaign.
    void assignTaskInteractively();

signals:
    void campaignCreated(const QString &id);
    /// The list shows what refresh() read (ok), or the error went to errorOccurred (!ok).
    void refreshed(bool ok);
    void errorOccurred(const QString &message);

private:
    void showListing(const Listing &listing);
    void setBusy(bool busy);
    void showSelected();
    void showTop(QTableWidget *table, const QList<std::pair<QString, qint64>> &top,
                 bool categories);
    void showSurvey(const Cases::Campaign &campaign);
    void fail(const QString &message);
    QDateTime now() const { return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc(); }

    const City::CityContext &m_city;
    CampaignDialog::AreaDrawer m_areaDrawer;
    QString m_login;
    Core::Role m_role = Core::Role::Invalid;
    QDateTime m_now;
    bool m_interactive = true;
    QList<Cases::CampaignReport> m_reports;
    QHash<QString, QString> m_gridCommunity; ///< unit grid code → community name
    QPushButton *m_create = nullptr;
    QPushButton *m_assign = nullptr;
    QPushButton *m_reload = nullptr;
    QWidget *m_busy = nullptr;   ///< "counting…" with a busy bar, while a reading runs
    QThread *m_worker = nullptr; ///< the reading under way
    bool m_readAgain = false;    ///< refresh() was asked during it
    QString m_selectAfter;       ///< the campaign to select when the reading arrives
    QTableWidget *m_campaigns = nullptr;
    QLabel *m_report = nullptr;
    QTableWidget *m_topGrids = nullptr;
    QTableWidget *m_topCategories = nullptr;
    QLabel *m_survey = nullptr;
    QTableWidget *m_tasks = nullptr;
};

} // namespace Cc::CasesWidgets

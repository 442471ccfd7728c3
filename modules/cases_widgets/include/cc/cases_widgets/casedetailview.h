// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/cases/caseservice.h>
#include <cc/core/casestatemachine.h>
#include <cc/core/role.h>

#include <QDateTime>
#include <QHash>
#include <QPointF>
#include <QWidget>

#include <functional>
#include <optional>

class QFormLayout;
class QGroupBox;
class QHBoxLayout;
class QLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Cc::CasesWidgets {

class PhotoStrip;

/// One case: all its fields, the event timeline and the actions the user may take now.
class CaseDetailView : public QWidget
{
    Q_OBJECT
public:
    /// 查看录像 starts this long before the case was reported.
    static constexpr int kRecordingsMinutesBefore = 2;

    struct Offer
    {
        Core::Role role = Core::Role::Invalid;
        Core::CaseAction action = Core::CaseAction::Invalid;
    };
    enum TimelineColumn { Time, Action, Actor, ActorRole, Deadline, InTime, Note, TimelineColumns };

    CaseDetailView(const Core::CategoryDictionary &categories, const Core::WorkCalendar &calendar,
                   QWidget *parent = nullptr);

    /// What the application links the case to: the buttons appear only when something
    /// answers their signal.
    enum class Link { None = 0, Map = 1, Cameras = 2 };
    Q_DECLARE_FLAGS(Links, Link)
    void setLinks(Links links) { m_linked = links; }

    void setDepartmentNames(const QHash<QString, QString> &namesById) { m_departments = namesById; }
    /// Community names by code: the grid line shows 东关社区, not 410523002004.
    void setCommunityNames(const QHash<QString, QString> &namesByCode)
    {
        m_communities = namesByCode;
    }
    /// A line the timeline shows beside the case's own events (the application adds the
    /// notifications sent about the case this way: "已通知 县住建局 张三（短信）14:03 ✓").
    struct TimelineNote
    {
        QDateTime at;
        QString action; ///< the Action column, e.g. "通知"
        QString text;   ///< the Note column
        bool failed = false;
        /// Not empty: a double-click on the line emits timelineLinkActivated(link) (the
        /// application plays a clip of the case's video evidence this way).
        QString link;
    };
    using TimelineNotes = std::function<QList<TimelineNote>(const QString &caseId)>;
    void setTimelineNotes(TimelineNotes notes) { m_notes = std::move(notes); }

    void showCase(const Cases::CaseDetails &details, const QList<Offer> &offers);
    void clear();
    QString caseId() const { return m_caseId; }
    /// The main forward step among the offers (受理, 立案, 派遣 …): it gets Ctrl+Enter.
    static Core::CaseAction primaryAction(const QList<Offer> &offers);

signals:
    void actionTriggered(Core::Role role, Core::CaseAction action);
    void showOnMapRequested(const QString &caseId, const QPointF &lonLat);
    void camerasNearRequested(const QPointF &lonLat);
    /// 查看录像: the nearest cameras' recordings from `minutesBefore` before `reportedAt`.
    void recordingsNearRequested(const QPointF &lonLat, const QDateTime &reportedAt,
                                 int minutesBefore);
    void timelineLinkActivated(const QString &link);

private:
    QLabel *addField(QFormLayout *form, const QString &id, const QString &title);
    QLayout *buildTitleRow();
    QWidget *buildFields();
    QWidget *buildPhotos();
    void showFields(const Storage::CaseRow &c);
    void showPhotos(const Cases::CaseDetails &details);
    void showTimeline(const QList<Storage::CaseEventRow> &events);
    void addTimelineNotes(const QString &caseId);
    void showActions(const QList<Offer> &offers);
    void setField(const char *id, const QString &text, const QString &toolTip = {});
    QString time(const QDateTime &t) const;

    const Core::CategoryDictionary &m_categories;
    const Core::WorkCalendar &m_calendar;
    QHash<QString, QString> m_departments;
    QHash<QString, QString> m_communities;
    TimelineNotes m_notes;
    QString m_caseId;
    std::optional<QPointF> m_point;
    Links m_linked;
    QPushButton *m_showOnMap;
    QPushButton *m_camerasNear;
    QPushButton *m_recordingsNear = nullptr;
    QDateTime m_reportedAt;
    QLabel *m_title;
    QHash<QString, QLabel *> m_fields;
    QTableWidget *m_timeline;
    QWidget *m_photos;
    PhotoStrip *m_photosBefore;
    PhotoStrip *m_photosAfter;
    QGroupBox *m_actionsBox;
    QWidget *m_actions;
    QList<QPushButton *> m_buttons;
};

} // namespace Cc::CasesWidgets

Q_DECLARE_OPERATORS_FOR_FLAGS(Cc::CasesWidgets::CaseDetailView::Links)

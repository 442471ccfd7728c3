// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/casestatemachine.h>
#include <cc/core/category.h>
#include <cc/core/result.h>
#include <cc/core/role.h>
#include <cc/core/workcalendar.h>
#include <cc/storage/database.h>
#include <cc/storage/repositories.h>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointF>

#include <functional>
#include <memory>
#include <optional>

namespace Cc::Cases {

struct Campaign;
class ConfigStore;

/// Who acts: a user of the local database acting in one of their roles.
struct Actor
{
    QString userId;
    QString login;
    QString name;
    Core::Role role = Core::Role::Invalid;
    QString departmentId; ///< for Role::Department: the only department they may act for
};

/// Report channels (来源), stored by id.
QStringList channelIds(); ///< collector, hotline-12319, hotline-12345, video, wechat, superior
QString channelName(const QString &channelId); ///< translated: 监督员上报 …

/// 回访 (docs/domain.md, "回访 and 重办"): the channels whose reporters are called back after
/// 结案 and the three answers, stored by id in the event's payload ("revisitResult").
QStringList revisitChannels();                      ///< hotline-12319, hotline-12345, wechat
QStringList revisitResults();                       ///< satisfied, basic, unsatisfied
QString revisitResultName(const QString &resultId); ///< translated: 满意, 基本满意, 不满意
/// The 回访 answer of the case's current round (after its last 结案) from its events, oldest
/// first; empty when it has not been called back since.
QString revisitResultOfRound(const QList<Storage::CaseEventRow> &events);
/// The longest note a 回访 may keep (what the caller said), in characters.
constexpr int kMaxRevisitNoteChars = 2000;

/// A photo, video snapshot or voice note that comes with a report or a step. The service
/// checks the bytes (an image, or audio for a voice note; at most kMaxAttachmentBytes) and
/// stores them in the same transaction as the step.
struct NewAttachment
{
    QString kind;     ///< before, after, check, snapshot, voice; empty: from the step
    QString fileName; ///< the name the user knows it by (no folder)
    QByteArray data;
};
constexpr qint64 kMaxAttachmentBytes = 20 * 1024 * 1024;
/// All attachments of one step together: a step travels to the hub with its photos in one
/// push, which the hub caps (docs/hub.md, "Limits").
constexpr qint64 kMaxStepAttachmentBytes = 30 * 1024 * 1024;
QStringList attachmentKinds();

/// A new report (信息收集) from any channel.
struct NewReport
{
    QString channel;
    QString categoryKey; ///< "event:0102"
    Core::CaseLevel level = Core::CaseLevel::Normal;
    QString description;
    QString address;
    QString componentCode; ///< 16-digit id for 部件 cases, optional
    QString reporter;
    std::optional<QPointF> location;  ///< lon/lat (EPSG:4490)
    QString gridCode;                 ///< filled from the location when empty
    QDateTime at;                     ///< invalid: now
    QList<NewAttachment> attachments; ///< photos before (or the video snapshot)
};

/// One workflow step on an existing case.
struct ActionRequest
{
    Core::CaseAction action = Core::CaseAction::Invalid;
    QString note;
    QString departmentId;   ///< Dispatch/Redispatch: the receiving department (empty: suggested)
    int extensionHours = 0; ///< RequestPostpone / ApprovePostpone: working hours asked/granted
    QJsonObject payload;    ///< anything else to keep with the event (result text …)
    QString revisitResult;  ///< Revisit: satisfied, basic or unsatisfied (revisitResults())
    QDateTime at;           ///< invalid: now
    QList<NewAttachment> attachments; ///< e.g. the photos after disposal with Feedback
};

struct CaseAttachment
{
    Storage::AttachmentRow row;
    QByteArray data; ///< empty when the bytes are not stored here (yet)
};

/// What a step would do to the case's clock, computed by the same code as the step itself
/// (CaseService::previewDeadline), so that a dialog never re-implements the rules.
struct DeadlinePreview
{
    QDateTime stageDeadline; ///< UTC; invalid when the step stops the clock or has no limit
    Core::TimeLimit limit;   ///< the limit the new stage runs on (invalid: extended or none)
    bool beyondKnownCalendar = false; ///< runs past the last year with holiday data
};

/// A listener told of every step inside the step's own transaction (CaseService::addStepObserver):
/// the case as the step left it and the event just written. What it writes commits or rolls
/// back with the step; an error refuses the step. It may hand back documents to attach to
/// the step (e.g. a 督办单, kind "document", a PDF), which travel to the hub with the step
/// like its photos (hub schema 11: one PDF, on a 督办 only).
using StepObserver
    = std::function<Result<QList<NewAttachment>>(const Storage::CaseRow &after,
                                                 const Storage::CaseEventRow &event)>;

/// Limits the service enforces on every request, whatever the caller (UI, cityctl, import).
/// README.md lists them for users.
struct CaseRules
{
    /// The longest extension (延期) one request may ask or one approval grant, in working
    /// days of the calendar (setting "case.max-extension-working-days").
    int maxExtensionWorkingDays = 30;
    /// Times of reports and steps must lie in [earliest, now + futureSkewMinutes]: older
    /// data is not this system's, and a future time would lock the case against steps now.
    QDate earliest = QDate(2000, 1, 1);
    int futureSkewMinutes = 24 * 60;

    /// The rules with the database's settings applied (defaults where unset or invalid).
    static CaseRules load(Storage::Database &db);
};

struct CaseDetails
{
    Storage::CaseRow record;
    QList<Storage::CaseEventRow> events;
    QList<CaseAttachment> attachments; ///< oldest first
};

/// The case service: the only writer of case_record/case_event. Every action is checked
/// against the state machine, the actor's role, the user's roles in the database and the
/// department scope, computes deadlines on the work calendar, and writes the case row, one
/// event and (when journalling) one outbox row in a single transaction, so a crash never
/// leaves half an action and a success is durable.
class CaseService
{
public:
    CaseService(Storage::Database &db, const Core::CategoryDictionary &categories,
                const Core::WorkCalendar &calendar, Core::StageLimits limits = {});
    ~CaseService();

    /// Whether writes are queued in the outbox for the hub (on by default; the demo
    /// generator turns it off for the seed city).
    void setJournalling(bool on) { m_journalling = on; }

    /// Words for a point ("和平路23号"): a report that brings a point and no address text (a
    /// collector's device, a 12345 order with coordinates) is given them, so no queue shows an
    /// empty 地址. The app sets it from the city's gazetteer (Gazetteer::ReverseGeocoder); an
    /// empty answer leaves the address empty.
    using AddressOf = std::function<QString(const QPointF &lonLat)>;
    void setAddressOf(AddressOf addressOf) { m_addressOf = std::move(addressOf); }

    /// Group many actions in one transaction (bulk import, demo). Each action still runs in
    /// its own savepoint: a refused or failed action leaves nothing behind.
    Result<void> beginBatch();
    Result<void> commitBatch();
    void rollbackBatch(); ///< drops every action of the open batch
    bool inBatch() const { return m_batch != nullptr; }

    /// Resolves a login and role to an Actor; refuses an unknown or inactive user, or a role
    /// the user does not hold ("auth.unknown-user", "auth.role-not-held").
    Result<Actor> actor(const QString &login, Core::Role role);

    Result<Storage::CaseRow> report(const NewReport &report, const Actor &actor);
    Result<Storage::CaseRow> act(const QString &caseIdOrNumber, const ActionRequest &request,
                                 const Actor &actor);
    /// Same, on a row the caller already holds (kept current on success).
    Result<void> act(Storage::CaseRow &row, const ActionRequest &request, const Actor &actor);

    Result<CaseDetails> details(const QString &caseIdOrNumber);
    /// The case's photos, snapshots and voice notes (without their bytes), oldest first.
    Result<QList<Storage::AttachmentRow>> attachments(const QString &caseId);
    /// The bytes of one attachment ("attachment.missing" when they are not stored here).
    Result<QByteArray> attachmentData(const QString &sha256);
    Result<Storage::CaseRow> find(const QString &caseIdOrNumber);
    /// The actions this actor may take now (state machine + department scope).
    QList<Core::CaseAction> allowedActions(const Storage::CaseRow &row, const Actor &actor) const;
    /// The same, less what the case's own history rules out: 回访 on a channel that is not
    /// called back or after this closing's 回访, 重办 without a 不满意 (what act() refuses).
    QList<Core::CaseAction> allowedActions(const CaseDetails &details, const Actor &actor) const;
    /// The department the category and grid route to (empty when none is responsible).
    QString suggestDepartment(const QString &categoryKey, const QString &responsibilityCode);
    /// Unit grid containing a point (boundary counts as inside); empty outside every grid.
    Result<std::optional<Storage::UnitGridRow>> gridAt(const QPointF &lonLat);

    /// The stage deadline the step would set if taken now (or at request.at) in `role`: the
    /// same state machine, effects and timer rules as act(), nothing written. Who may act is
    /// act()'s business (the preview assumes the case's own department).
    Result<DeadlinePreview> previewDeadline(const Storage::CaseRow &row,
                                            const ActionRequest &request, Core::Role role);

    /// Adds a listener run after every step (report included) inside its transaction; the
    /// notifications module queues messages this way (docs/notify.md). Not for batches'
    /// callers to remove: it lives as long as the service.
    void addStepObserver(StepObserver observer) { m_stepObservers.append(std::move(observer)); }

    const Core::WorkCalendar &calendar() const { return m_calendar; }
    /// The dictionary new reports are checked against: the current configuration version's
    /// (docs/config.md), else the one the service was made with.
    const Core::CategoryDictionary &categories() const;
    /// The configuration versions as this service last read them (refreshed before each
    /// report and step, once per batch).
    const ConfigStore &config() const { return *m_config; }
    const CaseRules &rules() const { return m_rules; }
    void setRules(const CaseRules &rules) { m_rules = rules; }
    /// The longest extension in working hours (CaseRules::maxExtensionWorkingDays).
    int maxExtensionHours() const;

private:
    struct Step; ///< one action on its way through applyAction (caseservice.cpp)

    Result<void> inSavepoint(const std::function<Result<void>()> &work);
    Result<void> checkActor(const Actor &actor); ///< the claim matches the users table
    Result<void> applyAction(Storage::CaseRow &row, const ActionRequest &request,
                             const Actor &actor);
    Result<Step> validateStep(const Storage::CaseRow &row, const ActionRequest &request,
                              const Actor &actor);
    Result<void> applyEffects(Storage::CaseRow &row, const ActionRequest &request, Step &step);
    Result<int> grantedHours(const Storage::CaseRow &row, int asked);
    Result<void> checkRevisit(const Storage::CaseRow &row, const ActionRequest &request);
    Result<void> checkReopen(const Storage::CaseRow &row);
    /// The 回访 result of the case's current round (since its last 结案); empty: none yet.
    Result<QString> revisitOfThisRound(const Storage::CaseRow &row);
    void applyTimer(Storage::CaseRow &row, Step &step) const;
    Result<void> persist(Storage::CaseRow &row, Step &step, const Actor &actor,
                         const QList<NewAttachment> &attachments);
    Result<void> checkTime(const QDateTime &at) const;
    Result<const Core::Category *> checkReport(const NewReport &report, const Actor &actor);
    Result<void> checkExtension(int hours) const;
    Core::TimeLimit limitFor(const Storage::CaseRow &row, Core::CaseState state) const;
    /// Reads configuration versions written since (outside a batch; a batch reads once).
    Result<void> refreshConfig();
    Result<void> writeEvent(const Storage::CaseRow &row, Storage::CaseEventRow event,
                            const Actor &actor, bool isNew,
                            const QList<NewAttachment> &attachments);
    Result<QJsonArray> writeAttachments(const Storage::CaseEventRow &event,
                                        const QList<NewAttachment> &attachments);
    /// The step observers' documents, written and described as writeAttachments() does.
    Result<QJsonArray> notifyObservers(const Storage::CaseRow &row,
                                       const Storage::CaseEventRow &event);
    Result<QString> nextNumber(const QDateTime &at);
    /// Tags a new case with the 专项整治 campaigns it matches (campaigns.h); the campaigns are
    /// read once per batch, else for each report.
    Result<void> tagCampaigns(const Storage::CaseRow &row);
    Result<Storage::DepartmentRow> department(const QString &idOrCode); ///< cached

    Storage::Database &m_db;
    const Core::CategoryDictionary &m_categories;
    Core::WorkCalendar m_calendar;
    Core::StageLimits m_limits;
    CaseRules m_rules;
    bool m_journalling = true;
    std::unique_ptr<Storage::Transaction> m_batch;
    Storage::CaseRepository m_cases;
    Storage::CaseEventRepository m_events;
    Storage::OutboxRepository m_outbox;
    Storage::AttachmentRepository m_attachments;
    Storage::UserRepository m_users;
    Storage::DepartmentRepository m_departments;
    Storage::SpatialRepository m_spatial;
    QHash<int, int> m_numberSequence; ///< year → last sequence used, cached within a batch
    // Routing and departments are cached for the service's life (reference data; a new
    // service picks up changes), users and case numbers only within a batch.
    QHash<QString, QString> m_suggestions; ///< "category|responsibility grid" → department id
    QHash<QString, Storage::DepartmentRow> m_departmentsById;
    QHash<QString, Storage::UserRow> m_usersById;       ///< users seen by checkActor
    std::shared_ptr<const QList<Campaign>> m_campaigns; ///< tagCampaigns' within a batch
    std::unique_ptr<ConfigStore> m_config;
    std::optional<Storage::Statement> m_savepoint, m_release, m_rollbackTo;
    QList<StepObserver> m_stepObservers;
    AddressOf m_addressOf;
    bool m_writingDocuments = false; ///< notifyObservers: the attachments are their documents
};

/// A report's point: finite lon/lat in degrees (-180…180, -90…90), else "case.bad-location".
Result<void> checkLocation(const QPointF &lonLat);

/// Point-in-polygon with the boundary counting as inside (ST_Covers semantics).
bool covers(const Storage::PolygonRings &polygon, const QPointF &point);

} // namespace Cc::Cases

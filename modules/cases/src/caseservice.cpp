// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/cases/caseservice.h>

#include <cc/cases/campaigns.h>
#include <cc/cases/configstore.h>

#include "casestep.h"
#include "casestr.h"
#include "photocheck.h"

#include <cc/core/uuid.h>

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeDatabase>

#include <algorithm>
#include <cmath>

namespace Cc::Cases {

using Core::CaseAction;
using Core::CaseState;
using Core::CaseStateMachine;
using Core::Role;
using Core::TimerEffect;

bool covers(const Storage::PolygonRings &polygon, const QPointF &p)
{
    // Even-odd ray casting over all rings (holes toggle back to outside); a point on any
    // segment counts as covered, like PostGIS ST_Covers.
    bool inside = false;
    for (const Storage::Ring &ring : polygon) {
        const qsizetype n = ring.size();
        for (qsizetype i = 0, j = n - 1; i < n; j = i++) {
            const QPointF &a = ring[i];
            const QPointF &b = ring[j];
            const double cross = (b.x() - a.x()) * (p.y() - a.y())
                                 - (b.y() - a.y()) * (p.x() - a.x());
            if (cross == 0 && p.x() >= std::min(a.x(), b.x()) && p.x() <= std::max(a.x(), b.x())
                && p.y() >= std::min(a.y(), b.y()) && p.y() <= std::max(a.y(), b.y()))
                return true;
            if ((a.y() > p.y()) != (b.y() > p.y())
                && p.x() < (b.x() - a.x()) * (p.y() - a.y()) / (b.y() - a.y()) + a.x())
                inside = !inside;
        }
    }
    return inside;
}

namespace {

QDateTime nowOr(const QDateTime &at)
{
    return at.isValid() ? at.toUTC() : QDateTime::currentDateTimeUtc();
}

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonValue timeJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(Storage::isoUtc(t)) : QJsonValue();
}

/// Everything the hub needs to re-check and replay one action (docs/design.md §5).
QJsonObject eventJson(const Storage::CaseEventRow &e)
{
    QJsonObject o{{"id", e.id},
                  {"caseId", e.caseId},
                  {"seq", e.seq},
                  {"stage", e.stage},
                  {"action", e.action},
                  {"fromState", e.fromState},
                  {"toState", e.toState},
                  {"actorId", e.actorId},
                  {"actorName", e.actorName},
                  {"role", e.role},
                  {"departmentId", e.departmentId},
                  {"at", Storage::isoUtc(e.at)},
                  {"deadline", timeJson(e.deadline)},
                  {"note", e.note}};
    o.insert("inTime", e.inTime ? QJsonValue(*e.inTime) : QJsonValue());
    o.insert("usedMinutes", e.usedMinutes ? QJsonValue(*e.usedMinutes) : QJsonValue());
    o.insert("payload", QJsonDocument::fromJson(e.payload.toUtf8()).object());
    return o;
}

/// The report's own fields, sent with the case's first event.
QJsonObject reportJson(const Storage::CaseRow &c)
{
    QJsonObject o{{"id", c.id},
                  {"number", c.number},
                  {"channel", c.channel},
                  {"kind", c.kind},
                  {"categoryKey", c.categoryKey},
                  {"level", c.level},
                  {"description", c.description},
                  {"address", c.address},
                  {"componentCode", c.componentCode},
                  {"gridCode", c.gridCode},
                  {"responsibilityCode", c.responsibilityCode},
                  {"communityCode", c.communityCode},
                  {"reporter", c.reporter},
                  {"reportedAt", Storage::isoUtc(c.reportedAt)},
                  {"createdBy", c.createdBy}};
    if (c.geom)
        o.insert("lonLat", QJsonArray{c.geom->x(), c.geom->y()});
    return o;
}

/// The whole case row after the action, by column name, so the hub can check the step and
/// store the workstation's projection of it (deadlines come from the work calendar here).
QJsonObject caseRowJson(const Storage::CaseRow &c)
{
    const auto opt = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    QJsonObject o{{"id", c.id},
                  {"number", c.number},
                  {"channel", c.channel},
                  {"kind", c.kind},
                  {"category_key", c.categoryKey},
                  {"level", c.level},
                  {"description", c.description},
                  {"address", c.address},
                  {"component_code", c.componentCode},
                  {"grid_code", c.gridCode},
                  {"responsibility_code", c.responsibilityCode},
                  {"community_code", c.communityCode},
                  {"reporter", c.reporter},
                  {"state", c.state},
                  {"resume_state", c.resumeState},
                  {"department_id", opt(c.departmentId)},
                  {"stage", c.stage},
                  {"stage_started_at", timeJson(c.stageStartedAt)},
                  {"stage_deadline", timeJson(c.stageDeadline)},
                  {"disposal_deadline", timeJson(c.disposalDeadline)},
                  {"reported_at", timeJson(c.reportedAt)},
                  {"filed_at", timeJson(c.filedAt)},
                  {"dispatched_at", timeJson(c.dispatchedAt)},
                  {"disposed_at", timeJson(c.disposedAt)},
                  {"closed_at", timeJson(c.closedAt)},
                  {"hung", c.hung ? 1 : 0},
                  {"rework_count", c.reworkCount},
                  {"dispatch_count", c.dispatchCount},
                  {"postpone_count", c.postponeCount},
                  {"supervise_count", c.superviseCount},
                  {"urge_count", c.urgeCount},
                  {"created_by", c.createdBy},
                  {"version", c.version},
                  {"updated_at", timeJson(c.updatedAt)}};
    o.insert("closed_in_time", c.closedInTime ? QJsonValue(*c.closedInTime ? 1 : 0) : QJsonValue());
    o.insert("geom",
             c.geom ? QJsonValue(QString::fromLatin1(Storage::Gpkg::encodePoint(*c.geom).toHex()))
                    : QJsonValue());
    return o;
}

} // namespace

CaseService::CaseService(Storage::Database &db, const Core::CategoryDictionary &categories,
                         const Core::WorkCalendar &calendar, Core::StageLimits limits)
    : m_db(db)
    , m_categories(categories)
    , m_calendar(calendar)
    , m_limits(limits)
    , m_rules(CaseRules::load(db))
    , m_cases(db)
    , m_events(db)
    , m_outbox(db)
    , m_attachments(db)
    , m_users(db)
    , m_departments(db)
    , m_spatial(db)
    // The seed of the versions is the national dictionary compiled in (docs/config.md),
    // whatever dictionary the caller hands in (the app hands in the version in force).
    , m_config(std::make_unique<ConfigStore>(db, Core::CategoryDictionary::builtin()))
{
    (void) m_config->refresh(); // a failure shows again, with its error, at the first step
}

CaseService::~CaseService() = default;

const Core::CategoryDictionary &CaseService::categories() const
{
    return m_config->hasVersions() ? m_config->current().rules->dictionary() : m_categories;
}

Result<void> CaseService::refreshConfig()
{
    // Inside a batch the write lock is held throughout: what was read at its start holds.
    if (m_batch)
        return {};
    auto r = m_config->refresh();
    if (!r)
        return r.error();
    return {};
}

Result<Storage::DepartmentRow> CaseService::department(const QString &idOrCode)
{
    if (m_departmentsById.isEmpty()) {
        auto all = m_departments.all();
        if (!all)
            return all.error();
        for (const Storage::DepartmentRow &d : all.value())
            m_departmentsById.insert(d.id, d);
    }
    if (auto it = m_departmentsById.constFind(idOrCode); it != m_departmentsById.cend())
        return *it;
    for (const Storage::DepartmentRow &d : std::as_const(m_departmentsById)) {
        if (d.code == idOrCode)
            return d;
    }
    return makeError("case.unknown-department",
                     Tr::tr("There is no department “%1”.").arg(idOrCode));
}

Result<Actor> CaseService::actor(const QString &login, Role role)
{
    if (role == Role::Invalid)
        return makeError("auth.unknown-role", Tr::tr("Unknown role."));
    auto user = m_users.findByLogin(login);
    if (!user)
        return user.error();
    if (!user.value() || !user.value()->active)
        return makeError("auth.unknown-user", Tr::tr("There is no active user “%1”.").arg(login));
    const Storage::UserRow &u = *user.value();
    if (!u.roles.contains(Core::roleId(role)))
        return makeError("auth.role-not-held", Tr::tr("User “%1” does not hold the role %2.")
                                                   .arg(login, Core::roleName(role)));
    return Actor{u.id, u.login, u.displayName, role, u.departmentId};
}

Result<void> CaseService::checkActor(const Actor &actor)
{
    // An Actor is only a claim: the service re-checks it against the users table, so a
    // hand-made request cannot borrow a role or a department. Users are cached within a
    // batch only, so a deactivated user is refused at once.
    if (!m_batch)
        m_usersById.clear();
    auto it = m_usersById.constFind(actor.userId);
    if (it == m_usersById.cend()) {
        auto user = m_users.find(actor.userId);
        if (!user)
            return user.error();
        if (!user.value() || !user.value()->active)
            return makeError("auth.unknown-user",
                             Tr::tr("There is no active user “%1”.")
                                 .arg(actor.login.isEmpty() ? actor.userId : actor.login));
        it = m_usersById.insert(actor.userId, *user.value());
    }
    if (!it->roles.contains(Core::roleId(actor.role)))
        return makeError("auth.role-not-held", Tr::tr("User “%1” does not hold the role %2.")
                                                   .arg(it->login, Core::roleName(actor.role)));
    if (actor.departmentId != it->departmentId)
        return makeError("auth.department-mismatch",
                         Tr::tr("User “%1” does not belong to that department.").arg(it->login));
    return {};
}

Result<std::optional<Storage::UnitGridRow>> CaseService::gridAt(const QPointF &lonLat)
{
    auto near = m_spatial.unitGridsNear(lonLat);
    if (!near)
        return near.error();
    for (const Storage::UnitGridRow &grid : near.value()) {
        if (covers(grid.geom, lonLat))
            return std::optional<Storage::UnitGridRow>(grid);
    }
    return std::optional<Storage::UnitGridRow>();
}

QString CaseService::suggestDepartment(const QString &categoryKey,
                                       const QString &responsibilityCode)
{
    if (m_config->hasVersions()) {
        // The configuration's routing (docs/config.md): rules by code, the department's id.
        const QString code = m_config->current().rules->departmentFor(categoryKey,
                                                                      responsibilityCode);
        if (code.isEmpty())
            return {};
        auto found = department(code);
        return found ? found->id : QString();
    }
    // Routing changes only with reference data; remember answers for this service's life.
    const QString key = categoryKey + QLatin1Char('|') + responsibilityCode;
    if (auto it = m_suggestions.constFind(key); it != m_suggestions.cend())
        return *it;
    auto departments = m_departments.responsibleFor(categoryKey, responsibilityCode);
    const QString id = departments && !departments->isEmpty() ? departments->first().id : QString();
    m_suggestions.insert(key, id);
    return id;
}

Result<QString> CaseService::nextNumber(const QDateTime &at)
{
    // Another process may have numbered cases since we last looked: outside a batch read the
    // highest number afresh (inside the write transaction, so no one can race us); a batch
    // holds the write lock throughout, so its cache stays true until it ends.
    if (!m_batch)
        m_numberSequence.clear();
    const int year = at.toTimeZone(m_calendar.timeZone()).date().year();
    auto it = m_numberSequence.find(year);
    if (it == m_numberSequence.end()) {
        auto max = m_cases.maxNumberSequence(year);
        if (!max)
            return max.error();
        it = m_numberSequence.insert(year, max.value());
    }
    ++it.value();
    return QStringLiteral("%1-%2").arg(year).arg(it.value(), 6, 10, QLatin1Char('0'));
}

Result<void> checkLocation(const QPointF &lonLat)
{
    const double x = lonLat.x(), y = lonLat.y();
    // Written so that NaN fails every comparison and is refused.
    if (!(std::isfinite(x) && std::isfinite(y) && x >= -180 && x <= 180 && y >= -90 && y <= 90))
        return makeError("case.bad-location",
                         Tr::tr("The point (%1, %2) is not a longitude and latitude in degrees "
                                "(-180…180, -90…90).")
                             .arg(QString::number(x, 'g', 12), QString::number(y, 'g', 12)));
    return {};
}

CaseRules CaseRules::load(Storage::Database &db)
{
    CaseRules rules;
    auto days = Storage::SettingRepository(db).get(
        QStringLiteral("case.max-extension-working-days"));
    if (days && days.value()) {
        bool ok = false;
        const int value = days.value()->toInt(&ok);
        if (ok && value > 0 && value <= 3650)
            rules.maxExtensionWorkingDays = value;
    }
    return rules;
}

Core::TimeLimit CaseService::limitFor(const Storage::CaseRow &row, CaseState state) const
{
    // The rules of the configuration in force when the case was reported: a later import
    // never changes the limits of an earlier case (docs/config.md).
    // Before any version the dictionary the service was made with decides; once there are
    // versions, a case reported before the first runs on the national seed.
    const ConfigVersion &version = m_config->at(row.reportedAt);
    const Core::CategoryDictionary &dictionary = m_config->hasVersions()
                                                     ? version.rules->dictionary()
                                                     : m_categories;
    const Core::CaseLevel level = Core::levelFromId(row.level);
    if (CaseStateMachine::isInDisposal(state)) {
        const Core::Category *category = dictionary.findByKey(row.categoryKey);
        return category ? category->limit(level) : Core::TimeLimit{};
    }
    return version.version == 0 ? m_limits.forState(state)
                                : version.rules->stageLimits(level).forState(state);
}

Result<const Core::Category *> CaseService::checkReport(const NewReport &report, const Actor &actor)
{
    auto transition = CaseStateMachine::apply({}, CaseAction::Report, actor.role);
    if (!transition)
        return transition.error();
    if (auto r = checkActor(actor); !r)
        return r.error();
    if (auto r = refreshConfig(); !r)
        return r.error();
    if (report.categoryKey.isEmpty())
        return makeError("case.unknown-category", Tr::tr("Say which category (e.g. event:0102)."));
    const Core::Category *category = categories().findByKey(report.categoryKey);
    if (!category)
        return makeError("case.unknown-category",
                         Tr::tr("Unknown category “%1”.").arg(report.categoryKey.left(80)));
    if (report.channel.isEmpty())
        return makeError("case.unknown-channel",
                         Tr::tr("Say which channel the report came by: one of %1.")
                             .arg(channelIds().join(", ")));
    if (!channelIds().contains(report.channel))
        return makeError("case.unknown-channel",
                         Tr::tr("Unknown channel “%1”; use one of: %2.")
                             .arg(report.channel.left(80), channelIds().join(", ")));
    if (report.level == Core::CaseLevel::Invalid)
        return makeError("case.unknown-level", Tr::tr("Unknown level."));
    // Collectors report from the field; everyone else registers what a channel brought in.
    if ((actor.role == Role::Collector) != (report.channel == QLatin1String("collector")))
        return makeError("case.channel-role",
                         Tr::tr("Channel “%1” does not fit the role %2: collectors report through "
                                "the collector channel, operators register the other channels.")
                             .arg(channelName(report.channel), Core::roleName(actor.role)));
    if (report.location) {
        if (auto r = checkLocation(*report.location); !r)
            return r.error();
    }
    if (auto r = checkTime(nowOr(report.at)); !r)
        return r.error();
    return category;
}

Result<Storage::CaseRow> CaseService::report(const NewReport &report, const Actor &actor)
{
    auto checked = checkReport(report, actor);
    if (!checked)
        return checked.error();
    const Core::Category *category = checked.value();
    auto transition = CaseStateMachine::apply({}, CaseAction::Report, actor.role);

    Storage::CaseRow row;
    const QDateTime at = nowOr(report.at);
    row.id = Core::uuidText(Core::makeUuidV7(at.toMSecsSinceEpoch()));
    row.channel = report.channel;
    row.kind = Core::kindId(category->kind);
    row.categoryKey = category->key();
    row.level = Core::levelId(report.level);
    row.description = report.description;
    row.address = report.address;
    if (row.address.trimmed().isEmpty() && report.location && m_addressOf)
        row.address = m_addressOf(*report.location);
    row.componentCode = report.componentCode;
    row.reporter = report.reporter;
    row.geom = report.location;
    row.gridCode = report.gridCode;

    std::optional<Storage::UnitGridRow> grid;
    if (row.gridCode.isEmpty() && report.location) {
        auto found = gridAt(*report.location);
        if (!found)
            return found.error();
        grid = found.value();
    } else if (!row.gridCode.isEmpty()) {
        auto found = m_spatial.unitGrid(row.gridCode);
        if (!found)
            return found.error();
        if (!found.value())
            return makeError("case.unknown-grid",
                             Tr::tr("There is no unit grid with code %1.").arg(row.gridCode));
        grid = found.value();
    }
    if (grid && report.location && !report.gridCode.isEmpty()
        && !covers(grid->geom, *report.location))
        return makeError("case.point-outside-grid",
                         Tr::tr("The point (%1, %2) lies outside unit grid %3.")
                             .arg(report.location->x(), 0, 'f', 6)
                             .arg(report.location->y(), 0, 'f', 6)
                             .arg(grid->code));
    if (grid) {
        row.gridCode = grid->code;
        row.responsibilityCode = grid->responsibilityCode;
        row.communityCode = grid->communityCode;
    }

    row.state = Core::stateId(transition->to);
    row.stage = Core::stageId(CaseStateMachine::timedStage(transition->to));
    row.stageStartedAt = at;
    row.reportedAt = at; // before the limit: it picks the configuration in force
    row.stageDeadline = m_calendar.deadline(at, limitFor(row, transition->to)).at;
    row.createdBy = actor.userId;
    row.version = 1;
    row.updatedAt = at;

    Storage::CaseEventRow event;
    event.stage = Core::stageId(transition->stage);
    event.action = Core::actionId(CaseAction::Report);
    event.toState = row.state;
    event.at = at;
    event.note = report.description;

    auto written = inSavepoint([&]() -> Result<void> {
        auto number = nextNumber(at);
        if (!number)
            return number.error();
        row.number = number.value();
        if (auto r = m_cases.insert(row); !r)
            return r;
        // The new row's fid (insert cannot return it; the R-tree trigger's own insert does
        // not change it once the trigger ends). Same savepoint: a refused report leaves no
        // index row behind.
        if (auto r = m_cases.insertFullText(m_db.lastInsertRowId(), row.description, row.address);
            !r)
            return r;
        if (auto r = tagCampaigns(row); !r)
            return r;
        return writeEvent(row, event, actor, true, report.attachments);
    });
    if (!written) {
        m_numberSequence.clear(); // the sequence may have advanced inside the rolled-back work
        return written.error();
    }
    return row;
}

Result<void> CaseService::tagCampaigns(const Storage::CaseRow &row)
{
    CampaignStore store(m_db, m_categories, m_calendar);
    if (!m_batch || !m_campaigns) {
        auto campaigns = store.all();
        if (!campaigns)
            return campaigns.error();
        m_campaigns = std::make_shared<const QList<Campaign>>(campaigns.value());
    }
    return store.tagCase(row, *m_campaigns);
}

Result<Storage::CaseRow> CaseService::find(const QString &caseIdOrNumber)
{
    // A number the hub gave to another case (this one was renumbered after a report taken
    // offline) never reaches that other case: it is refused, naming the new number.
    auto moved = m_cases.renumbered(caseIdOrNumber);
    if (!moved)
        return moved.error();
    if (moved.value())
        return makeError("case.renumbered",
                         Tr::tr(
                             "Case %1 was renumbered by the hub to %2 (its number had been taken "
                             "meanwhile); act on it as %2 or by its id %3.")
                             .arg(caseIdOrNumber, moved.value()->second, moved.value()->first));
    auto row = m_cases.findByNumber(caseIdOrNumber);
    if (!row)
        return row.error();
    if (!row.value()) {
        row = m_cases.find(caseIdOrNumber);
        if (!row)
            return row.error();
    }
    if (!row.value())
        return makeError("case.not-found", Tr::tr("There is no case “%1”.").arg(caseIdOrNumber));
    return *row.value();
}

Result<CaseDetails> CaseService::details(const QString &caseIdOrNumber)
{
    auto row = find(caseIdOrNumber);
    if (!row)
        return row.error();
    auto events = m_events.forCase(row->id);
    if (!events)
        return events.error();
    auto attached = m_attachments.forCase(row->id);
    if (!attached)
        return attached.error();
    QList<CaseAttachment> attachments;
    for (const Storage::AttachmentRow &a : attached.value()) {
        auto data = m_attachments.content(a.sha256);
        if (!data)
            return data.error();
        attachments.append({a, data.value().value_or(QByteArray())});
    }
    return CaseDetails{row.value(), events.value(), attachments};
}

Result<Storage::CaseRow> CaseService::act(const QString &caseIdOrNumber,
                                          const ActionRequest &request, const Actor &actor)
{
    auto row = find(caseIdOrNumber);
    if (!row)
        return row.error();
    Storage::CaseRow current = row.value();
    if (auto r = act(current, request, actor); !r)
        return r.error();
    return current;
}

Result<void> CaseService::act(Storage::CaseRow &row, const ActionRequest &request,
                              const Actor &actor)
{
    if (auto r = checkActor(actor); !r)
        return r;
    if (auto r = refreshConfig(); !r)
        return r;
    Storage::CaseRow updated = row;
    auto r = inSavepoint([&] { return applyAction(updated, request, actor); });
    if (r)
        row = updated;
    return r;
}

QList<CaseAction> CaseService::allowedActions(const Storage::CaseRow &row, const Actor &actor) const
{
    if (actor.role == Role::Department && actor.departmentId != row.departmentId)
        return {};
    return CaseStateMachine::allowedActions({Core::stateFromId(row.state),
                                             Core::stateFromId(row.resumeState)},
                                            actor.role);
}

QList<CaseAction> CaseService::allowedActions(const CaseDetails &details, const Actor &actor) const
{
    QList<CaseAction> actions = allowedActions(details.record, actor);
    const QString answer = revisitResultOfRound(details.events);
    if (!revisitChannels().contains(details.record.channel) || !answer.isEmpty())
        actions.removeAll(CaseAction::Revisit);
    if (answer != QLatin1String("unsatisfied"))
        actions.removeAll(CaseAction::Reopen);
    return actions;
}

/// One action on its way through applyAction: the checked transition, its time, the event
/// being written and what it keeps in its payload.
Result<void> CaseService::applyAction(Storage::CaseRow &row, const ActionRequest &request,
                                      const Actor &actor)
{
    auto step = validateStep(row, request, actor);
    if (!step)
        return step.error();
    if (auto r = applyEffects(row, request, *step); !r)
        return r;
    applyTimer(row, *step);
    return persist(row, *step, actor, request.attachments);
}

/// The checks before anything changes: the state machine and role, the department's scope,
/// the time window and order. Fills the event's fixed fields and the deadline it met.
Result<CaseService::Step> CaseService::validateStep(const Storage::CaseRow &row,
                                                    const ActionRequest &request,
                                                    const Actor &actor)
{
    if (request.action == CaseAction::Report)
        return makeError("workflow.illegal-step",
                         Tr::tr("Case %1 has already been reported.").arg(row.number));
    Step step;
    step.from = Core::stateFromId(row.state);
    auto transition = CaseStateMachine::apply({step.from, Core::stateFromId(row.resumeState)},
                                              request.action, actor.role);
    if (!transition)
        return transition.error();
    step.transition = transition.value();
    if (actor.role == Role::Department && actor.departmentId != row.departmentId)
        return makeError("workflow.out-of-scope",
                         Tr::tr("Case %1 belongs to another department; a department user may "
                                "act only on its own department's cases.")
                             .arg(row.number));

    step.at = nowOr(request.at);
    if (auto r = checkTime(step.at); !r)
        return r.error();
    if (row.updatedAt.isValid() && step.at < row.updatedAt)
        return makeError("case.time-order",
                         Tr::tr("The action's time %1 is before the case's last change %2.")
                             .arg(Storage::isoUtc(step.at), Storage::isoUtc(row.updatedAt)));

    step.event.stage = Core::stageId(step.transition.stage);
    step.event.action = Core::actionId(request.action);
    step.event.fromState = row.state;
    step.event.at = step.at;
    step.event.note = request.note;
    step.payload = request.payload;

    // The deadline in force for this step, and whether the step met it.
    if (row.stageDeadline.isValid()) {
        step.event.deadline = row.stageDeadline;
        step.event.inTime = step.at <= row.stageDeadline;
        const Core::TimeLimit limit = limitFor(row, step.from);
        if (limit.isValid() && row.stageStartedAt.isValid())
            step.event.usedMinutes = m_calendar.minutesUsed(row.stageStartedAt, step.at, limit);
    }
    return step;
}

/// What the action itself changes on the case (department, dates, flags, counters).
Result<void> CaseService::applyEffects(Storage::CaseRow &row, const ActionRequest &request,
                                       Step &step)
{
    const QDateTime &at = step.at;
    // Only a 回访 says how satisfied the caller was; nothing else may carry it into the counts.
    if (request.action != CaseAction::Revisit)
        step.payload.remove("revisitResult");
    switch (request.action) {
    case CaseAction::Dispatch:
    case CaseAction::Redispatch: {
        QString department = request.departmentId;
        if (department.isEmpty())
            department = suggestDepartment(row.categoryKey, row.responsibilityCode);
        if (department.isEmpty())
            return makeError("case.no-department",
                             Tr::tr("No department is responsible for this category here; "
                                    "choose one."));
        auto found = this->department(department);
        if (!found)
            return found.error();
        // Read now, not from the cache: an administrator may have retired it meanwhile.
        auto retired
            = m_db.scalar(QStringLiteral(
                              "SELECT count(*) FROM department WHERE id = ?1 AND active = 0"),
                          {found->id});
        if (!retired)
            return retired.error();
        if (retired.value() > 0)
            return makeError("case.department-retired",
                             Tr::tr("%1 is retired and takes no new cases.").arg(found->nameZh));
        if (request.action == CaseAction::Redispatch && found->id == row.departmentId)
            return makeError("case.same-department",
                             Tr::tr("Case %1 is already with %2.").arg(row.number, found->nameZh));
        row.departmentId = found->id;
        step.event.departmentId = row.departmentId;
        if (!row.dispatchedAt.isValid())
            row.dispatchedAt = at;
        break;
    }
    case CaseAction::File:
        row.filedAt = at;
        break;
    case CaseAction::Feedback:
        row.disposedAt = at;
        break;
    case CaseAction::RequestPostpone:
        if (auto r = checkExtension(request.extensionHours); !r)
            return r;
        step.payload.insert("extensionHours", request.extensionHours);
        break;
    case CaseAction::ApprovePostpone: {
        auto hours = grantedHours(row, request.extensionHours);
        if (!hours)
            return hours.error();
        step.payload.insert("extensionHours", hours.value());
        break;
    }
    case CaseAction::ApproveReturn:
        step.event.departmentId = row.departmentId; // the department that returned it
        row.departmentId.clear();                   // back with the centre until re-dispatched
        break;
    case CaseAction::ApproveHang:
        row.hung = true;
        break;
    case CaseAction::ResumeHang:
        row.hung = false;
        break;
    case CaseAction::Close:
        row.closedAt = at;
        // 按期结案: the department finished within its (possibly extended) limit.
        row.closedInTime = !row.disposalDeadline.isValid()
                           || (row.disposedAt.isValid() && row.disposedAt <= row.disposalDeadline);
        break;
    case CaseAction::Supervise:
        ++row.superviseCount;
        break;
    case CaseAction::Revisit:
        if (auto r = checkRevisit(row, request); !r)
            return r;
        step.payload.insert("revisitResult", request.revisitResult);
        break;
    case CaseAction::Reopen:
        if (auto r = checkReopen(row); !r)
            return r;
        // Open again: no longer counted as closed until the new round is closed.
        row.closedAt = QDateTime();
        row.closedInTime.reset();
        break;
    case CaseAction::Urge:
        ++row.urgeCount;
        break;
    default:
        break;
    }
    if (step.transition.countsDispatch)
        ++row.dispatchCount;
    if (step.transition.countsRework)
        ++row.reworkCount;
    return {};
}

/// The clock: a new stage's deadline (the transition table says which), an extension, or a stop.
void CaseService::applyTimer(Storage::CaseRow &row, Step &step) const
{
    const QDateTime &at = step.at;
    switch (step.transition.timer) {
    case TimerEffect::Restart: {
        step.limit = limitFor(row, step.transition.to);
        step.restarted = m_calendar.deadline(at, step.limit);
        row.stageStartedAt = at;
        row.stageDeadline = step.limit.isValid() ? step.restarted.at : QDateTime();
        if (CaseStateMachine::isInDisposal(step.transition.to))
            row.disposalDeadline = row.stageDeadline;
        if (step.restarted.beyondKnownCalendar)
            step.payload.insert("deadlineBeyondKnownCalendar", true);
        break;
    }
    case TimerEffect::Extend: {
        const int hours = step.payload.value("extensionHours").toInt();
        const QDateTime base = row.disposalDeadline.isValid() ? row.disposalDeadline : at;
        step.restarted = m_calendar.addWorkingHours(base, hours);
        row.disposalDeadline = step.restarted.at;
        row.stageDeadline = row.disposalDeadline;
        ++row.postponeCount;
        break;
    }
    case TimerEffect::Stop:
        row.stageDeadline = QDateTime();
        row.stageStartedAt = QDateTime();
        break;
    case TimerEffect::Keep:
    case TimerEffect::Invalid:
        break;
    }
}

/// The new state, version and time on the row, then the row, the event and its outbox entry.
Result<void> CaseService::persist(Storage::CaseRow &row, Step &step, const Actor &actor,
                                  const QList<NewAttachment> &attachments)
{
    row.state = Core::stateId(step.transition.to);
    row.resumeState = step.transition.resumeState == CaseState::Invalid
                          ? QString()
                          : Core::stateId(step.transition.resumeState);
    const Core::Stage timed = CaseStateMachine::timedStage(step.transition.to);
    row.stage = timed == Core::Stage::Invalid ? QString() : Core::stageId(timed);
    ++row.version;
    row.updatedAt = step.at;

    step.event.toState = row.state;
    step.event.payload = json(step.payload);
    if (auto r = m_cases.update(row); !r)
        return r;
    return writeEvent(row, step.event, actor, false, attachments);
}

Result<void> CaseService::writeEvent(const Storage::CaseRow &row, Storage::CaseEventRow event,
                                     const Actor &actor, bool isNew,
                                     const QList<NewAttachment> &attachments)
{
    event.actorId = actor.userId;
    event.actorName = actor.name;
    event.role = Core::roleId(actor.role);
    // The department the case is with when the step happens: KPIs charge it by this.
    if (event.departmentId.isEmpty())
        event.departmentId = row.departmentId;
    event.id = Core::uuidText(Core::makeUuidV7(event.at.toMSecsSinceEpoch()));
    event.caseId = row.id;
    event.seq = row.version;
    if (auto r = m_events.append(event); !r)
        return r;
    QList<NewAttachment> withKinds = attachments;
    for (NewAttachment &a : withKinds) {
        if (a.kind.isEmpty())
            a.kind = Internal::defaultAttachmentKind(Core::actionFromId(event.action), row.channel);
    }
    auto attached = writeAttachments(event, withKinds);
    if (!attached)
        return attached.error();
    auto documents = notifyObservers(row, event);
    if (!documents)
        return documents.error();
    for (const QJsonValue &document : std::as_const(documents.value()))
        attached->append(document);
    if (!m_journalling)
        return {};
    QJsonObject entry = eventJson(event);
    entry.insert("caseVersion", row.version);
    if (!attached->isEmpty()) {
        entry.insert("attachments", attached.value());
        entry.insert("group", event.id); // with its photos' bytes (writeAttachments)
    }
    entry.insert("after", caseRowJson(row));
    if (isNew)
        entry.insert("case", reportJson(row));
    auto seq = m_outbox.append(QStringLiteral("case_event"), event.id, QStringLiteral("action"),
                               json(entry));
    if (!seq)
        return seq.error();
    return {};
}

/// Writes the attachments of one event: the bytes once per hash (with an outbox row so the
/// hub gets them too), then one attachment row each. Returns their descriptions for the
/// event's outbox entry.
Result<QJsonArray> CaseService::writeAttachments(const Storage::CaseEventRow &event,
                                                 const QList<NewAttachment> &attachments)
{
    QJsonArray described;
    qint64 total = 0;
    for (const NewAttachment &a : attachments)
        total += a.data.size();
    if (total > kMaxStepAttachmentBytes)
        return makeError(
            "attachment.too-large",
            Tr::tr("The attachments of one step have %1 MB together; at most %2 MB are allowed.")
                .arg(double(total) / (1024 * 1024), 0, 'f', 1)
                .arg(kMaxStepAttachmentBytes / (1024 * 1024)));
    for (const NewAttachment &a : attachments) {
        auto mime = Internal::attachmentMime(a, m_writingDocuments);
        if (!mime)
            return mime.error();
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(a.data, QCryptographicHash::Sha256).toHex());
        auto isNew = m_attachments.putContent(sha, a.data);
        if (!isNew)
            return isNew.error();
        if (isNew.value() && m_journalling) {
            // In the push group of its step (the event's id): the hub takes a photo's bytes
            // only together with the step that shows it.
            const QJsonObject content{{"sha256", sha},
                                      {"size", a.data.size()},
                                      {"data", QString::fromLatin1(a.data.toBase64())},
                                      {"group", event.id}};
            if (auto seq = m_outbox.append(QStringLiteral("attachment_content"), sha,
                                           QStringLiteral("insert"), json(content));
                !seq)
                return seq.error();
        }
        Storage::AttachmentRow row;
        row.id = Core::uuidText(Core::makeUuidV7(event.at.toMSecsSinceEpoch()));
        row.caseId = event.caseId;
        row.eventId = event.id;
        row.kind = a.kind;
        row.sha256 = sha;
        row.mime = mime.value();
        row.fileName = a.fileName.section(QLatin1Char('/'), -1).section(QLatin1Char('\\'), -1);
        row.createdAt = event.at;
        if (auto r = m_attachments.insert(row); !r)
            return r.error();
        described.append(QJsonObject{{"id", row.id},
                                     {"kind", row.kind},
                                     {"sha256", sha},
                                     {"mime", row.mime},
                                     {"fileName", row.fileName},
                                     {"size", a.data.size()}});
    }
    return described;
}

Result<QList<Storage::AttachmentRow>> CaseService::attachments(const QString &caseId)
{
    return m_attachments.forCase(caseId);
}

Result<QByteArray> CaseService::attachmentData(const QString &sha256)
{
    auto data = m_attachments.content(sha256);
    if (!data)
        return data.error();
    if (!data.value())
        return makeError("attachment.missing",
                         Tr::tr("The attachment %1 is not stored in this database.").arg(sha256));
    return *data.value();
}

} // namespace Cc::Cases

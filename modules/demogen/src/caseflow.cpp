// SPDX-License-Identifier: GPL-3.0-or-later
#include "caseflow.h"

#include "names.h"
#include "townplaces.h"

#include <cc/core/category.h>
#include <cc/geo/types.h>

#include <QCoreApplication>

#include <algorithm>
#include <map>
#include <random>

namespace Cc::Demo {

using Core::CaseAction;
using Core::Role;

namespace {

/// Share of reports per channel (Tianmen: ~96 % from collectors; hotlines and WeChat the rest).
const std::pair<const char *, double> kChannels[] = {{"collector", 0.80},
                                                     {"hotline-12345", 0.08},
                                                     {"hotline-12319", 0.04},
                                                     {"wechat", 0.05},
                                                     {"video", 0.025},
                                                     {"superior", 0.005}};

/// Relative frequency of 事件/部件 小类 in case loads (rubbish, ads and street trading lead).
double caseWeight(const Core::Category &c)
{
    static const std::map<QString, double> weights = {{"暴露垃圾", 14},
                                                      {"非法小广告", 11},
                                                      {"店外经营", 9},
                                                      {"无照经营游商", 7},
                                                      {"乱堆物堆料", 6},
                                                      {"道路不洁", 6},
                                                      {"积存垃圾渣土", 4},
                                                      {"机动车乱停放", 4},
                                                      {"非机动车乱停放", 4},
                                                      {"占道广告牌", 2},
                                                      {"违章张贴悬挂广告牌匾", 2},
                                                      {"私搭乱建", 2},
                                                      {"露天烧烤", 2},
                                                      {"沿街晾挂", 1.5},
                                                      {"施工占道", 1},
                                                      {"工地扬尘", 1},
                                                      {"道路积水", 1},
                                                      {"占道废品收购", 1.5},
                                                      {"绿地脏乱", 1.5},
                                                      {"废弃家具设备", 1},
                                                      {"污水井盖", 2.5},
                                                      {"雨水井盖", 2.5},
                                                      {"雨水箅子", 2},
                                                      {"上水井盖", 1.5},
                                                      {"路灯", 4},
                                                      {"垃圾箱", 3},
                                                      {"行道树", 2},
                                                      {"交通护栏", 1.5},
                                                      {"交通标志牌", 1},
                                                      {"绿地", 1.5},
                                                      {"路名牌", 0.8},
                                                      {"宣传栏", 0.6},
                                                      {"公交站亭", 0.5}};
    const auto it = weights.find(c.nameZh);
    return it == weights.end() ? 0.12 : it->second;
}

const char *const kEventDetails[] = {"影响市容，请尽快处理", "群众反映强烈", "已持续多日",
                                     "影响行人通行",         "位于主干道旁", "夜间尤为严重"};
const char *const kPartDetails[] = {"破损", "缺失", "松动", "倾斜", "不亮", "污损"};

class Simulation
{
public:
    Simulation(Cases::CaseService &service, const CityPlan &plan, const QDateTime &end,
               std::mt19937_64 &random)
        : m_service(service)
        , m_plan(plan)
        , m_calendar(service.calendar())
        , m_end(end)
        , m_rng(&random)
        , m_places(plan)
    {}

    void run(const QDateTime &reportedAt, const Core::Category &category, const QString &channel);
    /// Where an event is seen: street trading by the markets, rubbish and clutter in the
    /// residential compounds, parking at schools, hospitals and markets, the rest along the
    /// streets (each partly along the streets too).
    Spot spotFor(const Core::Category &category);
    Cases::NewReport draftReport(const QDateTime &reportedAt, const Core::Category &category,
                                 const QString &channel);
    CaseFlowStats stats;

private:
    double uniform(double lo = 0, double hi = 1)
    {
        return std::uniform_real_distribution<double>(lo, hi)(*m_rng);
    }
    bool chance(double p) { return uniform() < p; }
    template<typename T>
    const T &pick(const QList<T> &list)
    {
        return list[qsizetype((*m_rng)() % list.size())];
    }

    static Cases::Actor actor(const Person &p, Role role)
    {
        return {p.id, p.login, p.name, role, p.departmentId};
    }
    /// The centre's own steps: mostly well inside the 30-minute limits, sometimes late.
    QDateTime centreDelay(const QDateTime &t)
    {
        const double minutes = chance(0.93) ? uniform(2, 27) : uniform(31, 120);
        return t.addSecs(qint64(minutes * 60));
    }
    /// Takes a step at time t as `who`; false when the case stops here (past the end of the
    /// simulated year, or refused — which the summary reports).
    bool step(Storage::CaseRow &row, CaseAction action, const Person &who, Role role,
              const QDateTime &t, const QString &departmentId = {}, int extensionHours = 0,
              const QString &note = {}, const QString &revisitResult = {})
    {
        if (t > m_end)
            return false;
        Cases::ActionRequest request;
        request.action = action;
        request.revisitResult = revisitResult;
        request.at = t;
        request.departmentId = departmentId;
        request.extensionHours = extensionHours;
        request.note = note;
        if (auto r = m_service.act(row, request, actor(who, role)); !r) {
            ++stats.refused;
            qWarning("demo: %s on %s refused: %s", qPrintable(Core::actionId(action)),
                     qPrintable(row.number), qPrintable(r.error().message));
            return false;
        }
        ++stats.actions;
        return true;
    }
    const Person &collectorFor(const Storage::CaseRow &row)
    {
        const auto it = m_plan.collectorsByGrid.constFind(row.responsibilityCode);
        return it != m_plan.collectorsByGrid.cend() && !it->isEmpty()
                   ? pick(*it)
                   : pick(m_plan.collectorsByGrid.cbegin().value());
    }
    QString otherDepartment(const QString &current)
    {
        QStringList ids = m_plan.departmentUsers.keys();
        std::sort(ids.begin(), ids.end());
        ids.removeAll(current);
        return pick(ids);
    }
    bool dispose(Storage::CaseRow &row, QDateTime &t);
    bool checkAndClose(Storage::CaseRow &row, QDateTime &t);
    void revisitRounds(Storage::CaseRow &row, QDateTime t);

    Cases::CaseService &m_service;
    const CityPlan &m_plan;
    const Core::WorkCalendar &m_calendar;
    QDateTime m_end;
    std::mt19937_64 *m_rng; ///< the year's stream; a case's own during its 回访 (revisitRounds)
    TownPlaces m_places;
};

Spot Simulation::spotFor(const Core::Category &category)
{
    static const QStringList trading = QStringLiteral("店外经营 无照经营游商 占道废品收购 露天烧烤 "
                                                      "占道经营 流动摊贩")
                                           .split(u' ');
    static const QStringList household = QStringLiteral("暴露垃圾 积存垃圾渣土 乱堆物堆料 沿街晾挂 "
                                                        "废弃家具设备 私搭乱建 绿地脏乱 违法建设")
                                             .split(u' ');
    static const QStringList parking = QStringLiteral("机动车乱停放 非机动车乱停放").split(u' ');
    Spot spot;
    const double draw = uniform();
    if (trading.contains(category.nameZh) && draw < 0.55)
        spot = m_places.byPlace(*m_rng, {QStringLiteral("market")});
    else if (household.contains(category.nameZh) && draw < 0.5)
        spot = m_places.byPlace(*m_rng, {QStringLiteral("compound")});
    else if (parking.contains(category.nameZh) && draw < 0.4)
        spot = m_places.byPlace(*m_rng, {QStringLiteral("school"), QStringLiteral("hospital"),
                                         QStringLiteral("market")});
    if (spot.cell < 0)
        spot = m_places.byStreet(*m_rng);
    if (spot.cell < 0) { // a town with no streets: anywhere in a grid
        spot.cell = int((*m_rng)() % quint64(m_plan.cells.size()));
        spot.lonLat = Geo::boundsOf({m_plan.cells[spot.cell].ring}).center();
    }
    return spot;
}

/// What a reporter says: where (a component of that class for 部件 cases, any cell for 事件)
/// and what, drawn from the year's stream in a fixed order (the demo city is deterministic).
Cases::NewReport Simulation::draftReport(const QDateTime &reportedAt,
                                         const Core::Category &category, const QString &channel)
{
    Cases::NewReport report;
    report.channel = channel;
    report.categoryKey = category.key();
    report.level = chance(0.05) ? Core::CaseLevel::Urgent : Core::CaseLevel::Normal;
    report.at = reportedAt;
    const auto components = m_plan.componentsByCategory.constFind(category.code);
    QString road;
    if (category.kind == Core::CaseKind::Component
        && components != m_plan.componentsByCategory.cend()) {
        const ComponentRef &component = pick(*components);
        report.componentCode = component.code;
        report.location = component.lonLat;
        report.gridCode = component.gridCode;
        report.address = component.address;
        road = component.road;
    } else {
        const Spot spot = spotFor(category);
        report.location = spot.lonLat;
        report.gridCode = m_plan.cells[spot.cell].code;
        report.address = spot.address;
        road = spot.road;
    }
    report.description = category.kind == Core::CaseKind::Component
                             ? road + QStringLiteral("：") + category.nameZh
                                   + QString::fromUtf8(kPartDetails[(*m_rng)() % 6])
                             : road + QStringLiteral("附近") + category.nameZh
                                   + QStringLiteral("，")
                                   + QString::fromUtf8(kEventDetails[(*m_rng)() % 6]);
    return report;
}

void Simulation::run(const QDateTime &reportedAt, const Core::Category &category,
                     const QString &channel)
{
    Cases::NewReport report = draftReport(reportedAt, category, channel);
    const Cell &cell = m_plan.cells[m_plan.cellByCode.value(report.gridCode)];

    const bool byCollector = channel == QLatin1String("collector");
    Person collector;
    if (byCollector) {
        const auto grid = m_plan.collectorsByGrid.constFind(cell.responsibilityCode);
        collector = grid != m_plan.collectorsByGrid.cend() && !grid->isEmpty() ? pick(*grid)
                                                                               : Person{};
    }
    const Person reporter = byCollector ? collector : pick(m_plan.operators);
    report.reporter = byCollector ? reporter.login
                                  : QStringLiteral("138****%1")
                                        .arg((*m_rng)() % 10000, 4, 10, QLatin1Char('0'));
    auto created = m_service.report(report, actor(reporter,
                                                  byCollector ? Role::Collector : Role::Operator));
    if (!created) {
        ++stats.refused;
        qWarning("demo: report refused: %s", qPrintable(created.error().message));
        return;
    }
    ++stats.cases;
    ++stats.actions;
    Storage::CaseRow row = created.value();
    QDateTime t = reportedAt;

    // 1–2: collection and filing.
    if (byCollector && category.kind == Core::CaseKind::Event && chance(0.12)) {
        t = t.addSecs(qint64(uniform(5, 25) * 60));
        if (step(row, CaseAction::SelfDispose, collector, Role::Collector, t))
            step(row, CaseAction::Close, pick(m_plan.shiftLeaders), Role::ShiftLeader,
                 t = centreDelay(t));
        return;
    }
    t = centreDelay(t);
    const Person &op = pick(m_plan.operators);
    if (chance(byCollector ? 0.03 : 0.05)) {
        step(row, CaseAction::Reject, op, Role::Operator, t, {}, 0,
             QStringLiteral("不属于城管受理范围"));
        return;
    }
    if (!byCollector && chance(0.75)) {
        if (!step(row, CaseAction::SendVerify, op, Role::Operator, t))
            return;
        const Person &checker = collectorFor(row);
        t = centreDelay(t);
        if (chance(0.1)) {
            step(row, CaseAction::VerifyReject, checker, Role::Collector, t, {}, 0,
                 QStringLiteral("现场未发现问题"));
            return;
        }
        if (!step(row, CaseAction::VerifyConfirm, checker, Role::Collector, t))
            return;
    } else if (!step(row, CaseAction::Accept, op, Role::Operator, t)) {
        return;
    }
    t = centreDelay(t);
    const Person &leader = pick(m_plan.shiftLeaders);
    if (chance(0.02)) {
        step(row, CaseAction::Cancel, leader, Role::ShiftLeader, t, {}, 0,
             QStringLiteral("重复上报"));
        return;
    }
    if (!step(row, CaseAction::File, leader, Role::ShiftLeader, t))
        return;
    t = centreDelay(t);
    if (chance(0.01)) {
        step(row, CaseAction::Cancel, leader, Role::ShiftLeader, t, {}, 0,
             QStringLiteral("立案有误"));
        return;
    }
    if (!step(row, CaseAction::Dispatch, pick(m_plan.dispatchers), Role::Dispatcher, t))
        return;

    // 3–6: disposal, feedback, check and close, with rework at most twice.
    for (int round = 0; round < 3; ++round) {
        if (!dispose(row, t))
            return;
        t = centreDelay(t);
        if (!step(row, CaseAction::SendCheck, pick(m_plan.operators), Role::Operator, t))
            return;
        t = centreDelay(t);
        if (round < 2 && chance(0.05)) {
            if (!step(row, CaseAction::CheckFail, collectorFor(row), Role::Collector, t, {}, 0,
                      QStringLiteral("现场仍未处理到位")))
                return;
            continue;
        }
        if (!step(row, CaseAction::CheckPass, collectorFor(row), Role::Collector, t))
            return;
        if (step(row, CaseAction::Close, pick(m_plan.shiftLeaders), Role::ShiftLeader,
                 t = centreDelay(t)))
            revisitRounds(row, t);
        return;
    }
}

/// Disposal after a 重办, then check and close (no rework: the department knows what is asked).
bool Simulation::checkAndClose(Storage::CaseRow &row, QDateTime &t)
{
    if (!dispose(row, t))
        return false;
    if (!step(row, CaseAction::SendCheck, pick(m_plan.operators), Role::Operator,
              t = centreDelay(t)))
        return false;
    if (!step(row, CaseAction::CheckPass, collectorFor(row), Role::Collector, t = centreDelay(t)))
        return false;
    return step(row, CaseAction::Close, pick(m_plan.shiftLeaders), Role::ShiftLeader,
                t = centreDelay(t));
}

/// 回访 of a closed hotline or WeChat case (docs/domain.md, "回访 and 重办"): about seven in
/// ten are called back within a day or so; 满意 85 %, 基本满意 9 %, 不满意 6 %, and six in ten
/// 不满意 are reopened as 重办 and called back again after the new round. Drawn from a
/// generator of the case's own, so that the rest of the demo city is the one it was before.
void Simulation::revisitRounds(Storage::CaseRow &row, QDateTime t)
{
    if (!Cases::revisitChannels().contains(row.channel))
        return;
    // Seeded by the case number's characters: not by its id, whose low bits are random
    // (uuid.cpp), nor through qHash, which Qt salts per process even with a seed given; either
    // made each generated city's 回访 (and the reopenings they cause) differ from the last.
    const ushort *number = row.number.utf16();
    std::seed_seq seed(number, number + row.number.size());
    std::mt19937_64 own(seed);
    std::mt19937_64 *const year = m_rng;
    m_rng = &own;
    for (int round = 0; round < 2; ++round) {
        if (!chance(0.7))
            break;
        t = t.addSecs(qint64(uniform(1, 30) * 3600));
        const double answer = uniform();
        const QString result = answer < 0.85   ? QStringLiteral("satisfied")
                               : answer < 0.94 ? QStringLiteral("basic")
                                               : QStringLiteral("unsatisfied");
        const QString note = result == QLatin1String("unsatisfied")
                                 ? QStringLiteral("来电人表示问题仍未解决")
                                 : QStringLiteral("已电话回访来电人");
        if (!step(row, CaseAction::Revisit, pick(m_plan.operators), Role::Operator, t, {}, 0, note,
                  result))
            break;
        if (result != QLatin1String("unsatisfied") || !chance(0.6))
            break;
        if (!step(row, CaseAction::Reopen, pick(m_plan.shiftLeaders), Role::ShiftLeader,
                  t = centreDelay(t), {}, 0, QStringLiteral("回访不满意，重新处置")))
            break;
        if (!checkAndClose(row, t))
            break;
    }
    m_rng = year;
}

bool Simulation::dispose(Storage::CaseRow &row, QDateTime &t)
{
    // At the department: maybe returned (wrong department) or re-dispatched first.
    for (int attempt = 0; attempt < 2; ++attempt) {
        const Person &deptUser = m_plan.departmentUsers.value(row.departmentId);
        if (chance(0.03)) {
            t = t.addSecs(qint64(uniform(10, 180) * 60));
            if (!step(row, CaseAction::RequestReturn, deptUser, Role::Department, t, {}, 0,
                      QStringLiteral("不属于本单位职责")))
                return false;
            t = centreDelay(t);
            if (chance(0.8)) {
                const QString returnedBy = row.departmentId;
                if (!step(row, CaseAction::ApproveReturn, pick(m_plan.shiftLeaders),
                          Role::ShiftLeader, t))
                    return false;
                t = centreDelay(t);
                if (!step(row, CaseAction::Dispatch, pick(m_plan.dispatchers), Role::Dispatcher, t,
                          otherDepartment(returnedBy)))
                    return false;
                continue;
            }
            if (!step(row, CaseAction::RefuseReturn, pick(m_plan.shiftLeaders), Role::ShiftLeader,
                      t))
                return false;
        } else if (chance(0.01)) {
            t = centreDelay(t);
            if (!step(row, CaseAction::Redispatch, pick(m_plan.dispatchers), Role::Dispatcher, t,
                      otherDepartment(row.departmentId)))
                return false;
            continue;
        }
        break;
    }
    const Person &deptUser = m_plan.departmentUsers.value(row.departmentId);
    const QDateTime started = row.stageStartedAt;
    t = t.addSecs(qint64(uniform(10, 150) * 60));
    if (!step(row, CaseAction::DeptAccept, deptUser, Role::Department, t))
        return false;

    if (chance(0.006)) {
        t = t.addSecs(qint64(uniform(1, 24) * 3600));
        if (!step(row, CaseAction::RequestHang, deptUser, Role::Department, t, {}, 0,
                  QStringLiteral("需纳入工程项目统一实施")))
            return false;
        t = centreDelay(t);
        if (chance(0.7)) {
            if (!step(row, CaseAction::ApproveHang, pick(m_plan.shiftLeaders), Role::ShiftLeader,
                      t))
                return false;
            if (!chance(0.3))
                return false; // stays in the 问题库
            t = t.addDays(qint64(uniform(10, 60)));
            if (!step(row, CaseAction::ResumeHang, pick(m_plan.shiftLeaders), Role::ShiftLeader, t))
                return false;
        } else if (!step(row, CaseAction::RefuseHang, pick(m_plan.shiftLeaders), Role::ShiftLeader,
                         t)) {
            return false;
        }
    }
    int extension = 0;
    if (chance(0.03)) {
        extension = 8 * int(1 + (*m_rng)() % 4);
        t = t.addSecs(qint64(uniform(0.5, 6) * 3600));
        if (!step(row, CaseAction::RequestPostpone, deptUser, Role::Department, t, {}, extension,
                  QStringLiteral("需协调相关单位")))
            return false;
        t = centreDelay(t);
        const bool approved = chance(0.8);
        if (!step(row, approved ? CaseAction::ApprovePostpone : CaseAction::RefusePostpone,
                  pick(m_plan.shiftLeaders), Role::ShiftLeader, t, {}, approved ? extension : 0))
            return false;
        if (!approved)
            extension = 0;
    }

    // The department's result: most inside the limit, about one in eight late.
    const Core::Category *category = m_service.categories().findByKey(row.categoryKey);
    const Core::TimeLimit limit = category->limit(Core::levelFromId(row.level));
    const double share = chance(0.88) ? uniform(0.15, 0.95) : uniform(1.05, 2.5);
    const qint64 minutes = qint64(share * double(m_calendar.limitMinutes(limit))) + extension * 60;
    QDateTime done = limit.isWorkingTime() ? m_calendar.addWorkingMinutes(started, minutes).at
                                           : started.addSecs(minutes * 60);
    if (done > row.stageDeadline && row.stageDeadline.isValid() && chance(0.5)) {
        const QDateTime urged = row.stageDeadline.addSecs(600);
        if (urged > t && urged < done) {
            t = urged;
            if (!step(row, CaseAction::Urge, pick(m_plan.dispatchers), Role::Dispatcher, t, {}, 0,
                      QStringLiteral("已超期，请尽快处置")))
                return false;
            if (chance(0.2)
                && !step(row, CaseAction::Supervise, pick(m_plan.shiftLeaders), Role::ShiftLeader,
                         t = t.addSecs(300), {}, 0, QStringLiteral("督办：限当日处置完毕")))
                return false;
        }
    }
    // Never before what already happened to the case (acceptance, requests, urging).
    t = done > t ? done : t.addSecs(qint64(uniform(5, 60) * 60));
    return step(row, CaseAction::Feedback, deptUser, Role::Department, t, {}, 0,
                QStringLiteral("已处置完毕，附处置后照片"));
}

} // namespace

Result<CaseFlowStats> simulateCases(Cases::CaseService &service, const CityPlan &plan,
                                    const DemoOptions &options, const QDateTime &end,
                                    std::mt19937_64 &random,
                                    const std::function<void(int, int, const QString &)> &progress)
{
    const Core::CategoryDictionary &dictionary = service.categories();
    QList<const Core::Category *> categories;
    QList<double> weights;
    for (const Core::Category &c : dictionary.categories()) {
        if (c.code == QLatin1String("0136"))
            continue; // a camera fault is an IT ticket, not a city case
        categories << dictionary.findByKey(c.key());
        weights << caseWeight(c);
    }
    std::discrete_distribution<int> pickCategory(weights.cbegin(), weights.cend());
    QList<double> channelWeights;
    for (const auto &[id, share] : kChannels)
        channelWeights << share;
    std::discrete_distribution<int> pickChannel(channelWeights.cbegin(), channelWeights.cend());
    // Reports follow the working day: few at night, peaks in the morning and afternoon.
    const double hourWeights[24] = {0.2, 0.1, 0.1, 0.1, 0.1, 0.3, 1, 3,   8, 10,  10, 8,
                                    4,   4,   8,   10,  9,   7,   4, 2.5, 2, 1.5, 1,  0.5};
    std::discrete_distribution<int> pickHour(std::begin(hourWeights), std::end(hourWeights));

    const QDateTime start = end.addDays(-365);
    QList<QDateTime> times;
    times.reserve(options.cases);
    const QTimeZone zone = service.calendar().timeZone();
    for (int i = 0; i < options.cases; ++i) {
        const QDate day = start.toTimeZone(zone).date().addDays(qint64(random() % 365));
        const QTime time(pickHour(random), int(random() % 60), int(random() % 60));
        times << QDateTime(day, time, zone).toUTC();
    }
    std::sort(times.begin(), times.end());

    Simulation simulation(service, plan, end, random);
    constexpr int kBatch = 2000;
    for (int i = 0; i < times.size(); ++i) {
        if (times[i] > end)
            break;
        if (!service.inBatch()) {
            if (auto r = service.beginBatch(); !r)
                return r.error();
        }
        simulation.run(times[i], *categories[pickCategory(random)],
                       QString::fromLatin1(kChannels[pickChannel(random)].first));
        if ((i + 1) % kBatch == 0) {
            if (auto r = service.commitBatch(); !r)
                return r.error();
            if (progress)
                progress(i + 1, int(times.size()),
                         QCoreApplication::translate("Cc::Demo", "cases"));
        }
    }
    if (service.inBatch()) {
        if (auto r = service.commitBatch(); !r)
            return r.error();
    }
    return simulation.stats;
}

} // namespace Cc::Demo

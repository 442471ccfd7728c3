// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/core/casestatemachine.h>

#include "coretr.h"

#include <QStringList>

#include <iterator>

namespace Cc::Core {

namespace {

using A = CaseAction;
using R = Role;
using S = CaseState;
using T = TimerEffect;

// Targets and stages that depend on the case, resolved in apply().
constexpr S SameState = static_cast<S>(-1);            // 督办/催办 leave the state as it is
constexpr S ResumeState = static_cast<S>(-2);          // back to where the request was made from
constexpr Stage CurrentStage = static_cast<Stage>(-1); // the stage of the case's state

// What the case remembers as resumeState after the action.
enum class Remember {
    Nothing,   // no request is pending: forget any earlier resume state
    FromState, // a request starts: refusing it returns here
    Carry,     // the action does not settle the pending request (督办, 催办, 同意挂账)
};

enum class Counter { None, Dispatch, Rework, Reopen };

// States and roles as bit sets, so that a row of the table reads as one line of the spec.
using StateSet = quint32;
using RoleSet = quint32;

template<typename... States>
constexpr StateSet from(States... states)
{
    return ((StateSet(1) << static_cast<int>(states)) | ...);
}

template<typename... Roles>
constexpr RoleSet by(Roles... roles)
{
    return ((RoleSet(1) << static_cast<int>(roles)) | ...);
}

static_assert(static_cast<int>(S::Cancelled) < 32 && static_cast<int>(R::Admin) < 32,
              "states and roles must fit the bit sets");

struct Rule
{
    CaseAction action;
    StateSet from;
    CaseState to;
    Stage stage;
    TimerEffect timer;
    RoleSet roles;
    Remember remember = Remember::Nothing;
    Counter counter = Counter::None;
};

// The closed loop of docs/domain.md §4 with its exception flows: one row per action, in
// CaseAction order (which is also the menu order). A new case has state Invalid until Report.
// Timers: an action that enters a state with its own limit restarts the stage timer; requests,
// 督办 and 催办 keep it (the disposal deadline runs from dispatch, also while a request waits).
constexpr Rule transitionTable[] = {
    // Step 1 信息收集
    {A::Report, from(S::Invalid), S::Reported, Stage::Collection, T::Restart,
     by(R::Collector, R::Operator)},
    {A::SendVerify, from(S::Reported), S::Verifying, Stage::Collection, T::Restart,
     by(R::Operator)},
    {A::VerifyConfirm, from(S::Verifying), S::PendingFiling, Stage::Collection, T::Restart,
     by(R::Collector)},
    {A::VerifyReject, from(S::Verifying), S::Rejected, Stage::Collection, T::Stop,
     by(R::Collector)},
    // Step 2 案卷建立
    {A::Accept, from(S::Reported), S::PendingFiling, Stage::Filing, T::Restart, by(R::Operator)},
    {A::Reject, from(S::Reported), S::Rejected, Stage::Filing, T::Stop, by(R::Operator)},
    {A::File, from(S::PendingFiling), S::Filed, Stage::Filing, T::Restart, by(R::ShiftLeader)},
    {A::Cancel, from(S::PendingFiling, S::Filed), S::Cancelled, Stage::Filing, T::Stop,
     by(R::ShiftLeader)},
    // Step 3 任务派遣; 二次派遣 restarts the timer since the new department's limit starts now
    {A::Dispatch, from(S::Filed), S::Dispatched, Stage::Dispatch, T::Restart, by(R::Dispatcher),
     Remember::Nothing, Counter::Dispatch},
    {A::Redispatch, from(S::Dispatched), S::Dispatched, Stage::Dispatch, T::Restart,
     by(R::Dispatcher), Remember::Nothing, Counter::Dispatch},
    // Step 4 任务处理; signing for it keeps the deadline, which runs from dispatch
    {A::DeptAccept, from(S::Dispatched), S::Disposing, Stage::Disposal, T::Keep, by(R::Department)},
    // Step 5 处理反馈
    {A::Feedback, from(S::Disposing), S::Disposed, Stage::Feedback, T::Restart, by(R::Department)},
    // 回退: a wrong dispatch goes back to the dispatcher once the shift leader agrees
    {A::RequestReturn, from(S::Dispatched, S::Disposing), S::ReturnRequested, Stage::Disposal,
     T::Keep, by(R::Department), Remember::FromState},
    {A::ApproveReturn, from(S::ReturnRequested), S::Filed, Stage::Dispatch, T::Restart,
     by(R::ShiftLeader)},
    {A::RefuseReturn, from(S::ReturnRequested), ResumeState, Stage::Dispatch, T::Keep,
     by(R::ShiftLeader)},
    // 延期
    {A::RequestPostpone, from(S::Disposing), S::PostponeRequested, Stage::Disposal, T::Keep,
     by(R::Department), Remember::FromState},
    {A::ApprovePostpone, from(S::PostponeRequested), ResumeState, Stage::Disposal, T::Extend,
     by(R::ShiftLeader)},
    {A::RefusePostpone, from(S::PostponeRequested), ResumeState, Stage::Disposal, T::Keep,
     by(R::ShiftLeader)},
    // 挂账: a shelved case keeps where it came from, since 解除挂账 returns there
    {A::RequestHang, from(S::Dispatched, S::Disposing), S::HangRequested, Stage::Disposal, T::Keep,
     by(R::Department), Remember::FromState},
    {A::ApproveHang, from(S::HangRequested), S::Hung, Stage::Disposal, T::Stop, by(R::ShiftLeader),
     Remember::Carry},
    {A::RefuseHang, from(S::HangRequested), ResumeState, Stage::Disposal, T::Keep,
     by(R::ShiftLeader)},
    {A::ResumeHang, from(S::Hung), ResumeState, Stage::Disposal, T::Restart, by(R::ShiftLeader)},
    // Step 6 核查结案; 返工 goes back to the same department, which signs for it again
    {A::SendCheck, from(S::Disposed), S::Checking, Stage::CheckClose, T::Restart, by(R::Operator)},
    {A::CheckPass, from(S::Checking), S::CheckPassed, Stage::CheckClose, T::Restart,
     by(R::Collector)},
    {A::CheckFail, from(S::Checking), S::Dispatched, Stage::Disposal, T::Restart, by(R::Collector),
     Remember::Nothing, Counter::Rework},
    {A::Close, from(S::CheckPassed, S::SelfDisposed), S::Closed, Stage::CheckClose, T::Stop,
     by(R::ShiftLeader)},
    // 督办 from filing on (监督中心 supervises from dispatch, docs/domain.md §4), 催办 while a
    // department holds the case; notes only
    {A::Supervise,
     from(S::Filed, S::Dispatched, S::Disposing, S::ReturnRequested, S::PostponeRequested,
          S::HangRequested, S::Disposed, S::Checking, S::CheckPassed),
     SameState, CurrentStage, T::Keep, by(R::ShiftLeader, R::Supervisor), Remember::Carry},
    {A::Urge, from(S::Dispatched, S::Disposing), SameState, CurrentStage, T::Keep,
     by(R::Dispatcher, R::ShiftLeader), Remember::Carry},
    // 自行处置: the collector fixed it on the spot; only closing remains
    {A::SelfDispose, from(S::Reported), S::SelfDisposed, Stage::CheckClose, T::Restart,
     by(R::Collector)},
    // Step 7 综合评价: 回访 calls the reporter of a hotline or WeChat case back once it is
    // closed (the case service checks the channel, the result and that it is the first 回访 of
    // this round); 重办 sends a case whose 回访 was 不满意 back to its department as a new
    // disposal round (docs/domain.md, "回访 and 重办").
    {A::Revisit, from(S::Closed), SameState, Stage::Evaluation, T::Stop, by(R::Operator)},
    {A::Reopen, from(S::Closed), S::Dispatched, Stage::Disposal, T::Restart, by(R::ShiftLeader),
     Remember::Nothing, Counter::Reopen},
};

constexpr bool tableInActionOrder()
{
    for (size_t i = 0; i < std::size(transitionTable); ++i) {
        if (static_cast<size_t>(transitionTable[i].action) != i + 1)
            return false;
    }
    return std::size(transitionTable) == static_cast<size_t>(A::Reopen);
}
static_assert(tableInActionOrder(), "one row per CaseAction, in enum order");

const Rule *ruleFor(CaseAction action)
{
    const int index = static_cast<int>(action) - 1;
    if (index < 0 || index >= static_cast<int>(std::size(transitionTable)))
        return nullptr;
    return &transitionTable[index];
}

bool isKnownState(CaseState state)
{
    return static_cast<int>(state) >= static_cast<int>(S::Invalid)
           && static_cast<int>(state) <= static_cast<int>(S::Cancelled);
}

bool isKnownRole(Role role)
{
    return static_cast<int>(role) > static_cast<int>(R::Invalid)
           && static_cast<int>(role) <= static_cast<int>(R::Admin);
}

bool contains(quint32 set, int bit)
{
    return (set >> bit) & 1u;
}

QString roleNames(RoleSet roles)
{
    QStringList names;
    for (Role role : allRoles()) {
        if (contains(roles, static_cast<int>(role)))
            names.append(roleName(role));
    }
    //: Separates the names of a list, e.g. of roles ("、" in Chinese)
    return names.join(Tr::tr(", ", "list separator"));
}

} // namespace

Result<Transition> CaseStateMachine::apply(const CaseSnapshot &snapshot, CaseAction action,
                                           Role role)
{
    const Rule *rule = ruleFor(action);
    if (!rule)
        return makeError(QStringLiteral("workflow.invalid"), Tr::tr("Unknown case action."));
    if (!isKnownState(snapshot.state))
        return makeError(QStringLiteral("workflow.invalid"), Tr::tr("Unknown case state."));
    if (!isKnownRole(role))
        return makeError(QStringLiteral("workflow.invalid"), Tr::tr("Unknown role."));

    // The state comes first: "not possible in this state" helps more than "not your role"
    // when nobody could take the step now.
    if (!contains(rule->from, static_cast<int>(snapshot.state))) {
        if (snapshot.state == S::Invalid) {
            return makeError(QStringLiteral("workflow.illegal-step"),
                             Tr::tr("“%1” is not possible before the case is reported.")
                                 .arg(actionName(action)));
        }
        return makeError(QStringLiteral("workflow.illegal-step"),
                         Tr::tr("“%1” is not possible for a case in state “%2”.")
                             .arg(actionName(action), stateName(snapshot.state)));
    }
    if (!contains(rule->roles, static_cast<int>(role))) {
        return makeError(QStringLiteral("workflow.forbidden-role"),
                         Tr::tr("A %1 may not “%2”; this step is for: %3.")
                             .arg(roleName(role), actionName(action), roleNames(rule->roles)));
    }

    Transition t;
    t.from = snapshot.state;
    if (rule->to == SameState) {
        t.to = snapshot.state;
    } else if (rule->to == ResumeState) {
        // Only a request made while the department held the case can be resumed; anything
        // else is a damaged case record, which must not be guessed at.
        if (snapshot.resumeState != S::Dispatched && snapshot.resumeState != S::Disposing) {
            return makeError(QStringLiteral("workflow.invalid"),
                             Tr::tr("The case does not record where “%1” returns to.")
                                 .arg(actionName(action)));
        }
        t.to = snapshot.resumeState;
    } else {
        t.to = rule->to;
    }
    switch (rule->remember) {
    case Remember::Nothing:
        t.resumeState = S::Invalid;
        break;
    case Remember::FromState:
        t.resumeState = snapshot.state;
        break;
    case Remember::Carry:
        t.resumeState = snapshot.resumeState;
        break;
    }
    t.stage = rule->stage == CurrentStage ? timedStage(snapshot.state) : rule->stage;
    t.timer = rule->timer;
    t.countsDispatch = rule->counter == Counter::Dispatch;
    t.countsRework = rule->counter == Counter::Rework;
    t.countsReopen = rule->counter == Counter::Reopen;
    return t;
}

QList<CaseAction> CaseStateMachine::allowedActions(const CaseSnapshot &snapshot, Role role)
{
    // Derived from apply() so that a menu never offers a step that apply() refuses.
    QList<CaseAction> actions;
    for (const Rule &rule : transitionTable) {
        if (apply(snapshot, rule.action, role).ok())
            actions.append(rule.action);
    }
    return actions;
}

QList<Role> CaseStateMachine::rolesFor(CaseAction action)
{
    QList<Role> roles;
    if (const Rule *rule = ruleFor(action)) {
        for (Role role : allRoles()) {
            if (contains(rule->roles, static_cast<int>(role)))
                roles.append(role);
        }
    }
    return roles;
}

bool CaseStateMachine::isTerminal(CaseState state)
{
    return state == S::Closed || state == S::Rejected || state == S::Cancelled;
}

bool CaseStateMachine::isInDisposal(CaseState state)
{
    return timedStage(state) == Stage::Disposal;
}

Stage CaseStateMachine::timedStage(CaseState state)
{
    switch (state) {
    case S::Reported:
    case S::Verifying:
        return Stage::Collection;
    case S::PendingFiling:
        return Stage::Filing;
    case S::Filed:
        return Stage::Dispatch;
    // The disposal deadline keeps running while a request waits for the shift leader.
    case S::Dispatched:
    case S::Disposing:
    case S::ReturnRequested:
    case S::PostponeRequested:
    case S::HangRequested:
        return Stage::Disposal;
    case S::Disposed:
        return Stage::Feedback;
    case S::Checking:
    case S::CheckPassed:
    case S::SelfDisposed:
        return Stage::CheckClose;
    case S::Invalid:
    case S::Hung:
    case S::Closed:
    case S::Rejected:
    case S::Cancelled:
        break;
    }
    return Stage::Invalid;
}

TimeLimit StageLimits::forState(CaseState state) const
{
    switch (state) {
    case S::Reported:
        return accept;
    case S::Verifying:
        return verify;
    case S::PendingFiling:
        return file;
    case S::Filed:
        return dispatch;
    case S::Disposed:
        return sendCheck;
    case S::Checking:
        return check;
    case S::CheckPassed:
    case S::SelfDisposed:
        return close;
    default:
        // Disposal limits come from the category; terminal states and 挂账 run no timer.
        return TimeLimit{};
    }
}

} // namespace Cc::Core

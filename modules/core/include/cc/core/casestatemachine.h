// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/result.h>
#include <cc/core/role.h>
#include <cc/core/timelimit.h>

#include <QList>
#include <QString>

namespace Cc::Core {

/// The seven steps of the closed loop (docs/domain.md §4).
enum class Stage {
    Invalid = 0,
    Collection, ///< 1 信息收集 (report, 核实)
    Filing,     ///< 2 案卷建立 (受理, 立案)
    Dispatch,   ///< 3 任务派遣
    Disposal,   ///< 4 任务处理
    Feedback,   ///< 5 处理反馈
    CheckClose, ///< 6 核查结案
    Evaluation, ///< 7 综合评价 (回访 is its only action)
};

enum class CaseState {
    Invalid = 0,
    Reported,          ///< 待受理: reported by a collector or registered from a channel
    Verifying,         ///< 待核实: a collector checks a public report on site
    PendingFiling,     ///< 待立案: accepted by the operator, awaits the shift leader
    Filed,             ///< 待派遣: filed, awaits the dispatcher
    Dispatched,        ///< 待签收: sent to a department
    Disposing,         ///< 处置中: the department accepted it
    ReturnRequested,   ///< 回退申请: the department says it is not theirs
    PostponeRequested, ///< 延期申请
    HangRequested,     ///< 挂账申请
    Hung,              ///< 挂账: parked in the 问题库, out of KPI denominators
    Disposed,          ///< 待核查: the department reported the result (处理反馈)
    Checking,          ///< 核查中: a collector checks the result on site
    CheckPassed,       ///< 待结案: check passed, awaits the shift leader
    SelfDisposed,      ///< 自行处置待结案: a collector fixed it on the spot
    Closed,            ///< 已结案
    Rejected,          ///< 不予受理
    Cancelled,         ///< 作废
};

enum class CaseAction {
    Invalid = 0,
    Report,          ///< 上报/登记 (creates the case)       collector, operator
    SendVerify,      ///< 发核实                               operator
    VerifyConfirm,   ///< 核实属实                             collector
    VerifyReject,    ///< 核实不属实 → 不予受理                collector
    Accept,          ///< 受理 (预立案)                        operator
    Reject,          ///< 不予受理                             operator
    File,            ///< 立案                                 shift leader
    Cancel,          ///< 作废 / 不予立案                      shift leader
    Dispatch,        ///< 派遣 (also re-dispatch after 回退)   dispatcher
    Redispatch,      ///< 二次派遣 to another department before it is accepted   dispatcher
    DeptAccept,      ///< 签收                                 department
    Feedback,        ///< 处理反馈 (result + after photos)     department
    RequestReturn,   ///< 申请回退                             department
    ApproveReturn,   ///< 同意回退 → 待派遣                    shift leader
    RefuseReturn,    ///< 不同意回退                           shift leader
    RequestPostpone, ///< 申请延期                             department
    ApprovePostpone, ///< 同意延期 (deadline extended)         shift leader
    RefusePostpone,  ///< 不同意延期                           shift leader
    RequestHang,     ///< 申请挂账                             department
    ApproveHang,     ///< 同意挂账                             shift leader
    RefuseHang,      ///< 不同意挂账                           shift leader
    ResumeHang,      ///< 解除挂账, back to the department     shift leader
    SendCheck,       ///< 发核查                               operator
    CheckPass,       ///< 核查通过                             collector
    CheckFail,       ///< 核查不通过 → 返工                    collector
    Close,           ///< 结案                                 shift leader
    Supervise,       ///< 督办 (note; no state change)         shift leader, supervisor
    Urge,            ///< 催办 (note; no state change)         dispatcher, shift leader
    SelfDispose,     ///< 自行处置 (on a case the collector reported) collector
    Revisit,         ///< 回访 (hotline/WeChat, after 结案; note + result)   operator
    Reopen,          ///< 重办 after an unsatisfied 回访 → 待签收          shift leader
};

/// What a transition does to the case's stage timer.
enum class TimerEffect {
    Invalid = 0,
    Keep,    ///< the running deadline stays (督办, 催办, requests)
    Restart, ///< a new stage starts: deadline = now + the stage's limit
    Extend,  ///< 延期 approved: the disposal deadline moves by the granted time
    Stop,    ///< a terminal state or 挂账: no deadline runs
};

/// The part of a case the state machine needs.
struct CaseSnapshot
{
    CaseState state = CaseState::Invalid;
    /// Where a refused request (回退/延期/挂账) or 解除挂账 returns to: Dispatched or Disposing.
    CaseState resumeState = CaseState::Invalid;
};

struct Transition
{
    CaseState from = CaseState::Invalid;
    CaseState to = CaseState::Invalid;
    CaseState resumeState = CaseState::Invalid; ///< to store with the case after the action
    Stage stage = Stage::Invalid;               ///< the step this action belongs to
    TimerEffect timer = TimerEffect::Invalid;
    bool countsRework = false;   ///< CheckFail
    bool countsDispatch = false; ///< Dispatch, Redispatch
    bool countsReopen = false;   ///< Reopen (重办): a new disposal round
};

/// The seven-step loop with its exception flows as a pure function of (state, action, role).
/// Department scope (a department user acting only on its own cases) is the case service's
/// check, since it needs the case's department.
class CaseStateMachine
{
public:
    /// Refuses with code "workflow.illegal-step" (the action is not allowed in this state) or
    /// "workflow.forbidden-role" (allowed in this state, but not for this role); the message
    /// names the state, action and role in the user's language.
    static Result<Transition> apply(const CaseSnapshot &snapshot, CaseAction action, Role role);
    /// The actions `role` may take now, in menu order.
    static QList<CaseAction> allowedActions(const CaseSnapshot &snapshot, Role role);
    /// The roles that may ever take `action`.
    static QList<Role> rolesFor(CaseAction action);
    /// The state a new case starts in after Report: Reported.
    static CaseState initialState() { return CaseState::Reported; }

    static bool isTerminal(CaseState state); ///< Closed, Rejected, Cancelled
    static bool isOpen(CaseState state)
    {
        return state != CaseState::Invalid && !isTerminal(state);
    }
    /// States in which the department's disposal deadline runs (for overdue alarms).
    static bool isInDisposal(CaseState state);
    /// The stage whose timer runs in `state` (Invalid for terminal states and Hung).
    static Stage timedStage(CaseState state);

    static QList<CaseState> allStates();
    static QList<CaseAction> allActions();
};

QString stateId(CaseState state); ///< stable id: "reported", "pending-filing", …
CaseState stateFromId(QStringView id);
QString stateName(CaseState state);  ///< translated: 待受理 …
QString actionId(CaseAction action); ///< stable id: "report", "send-verify", …
CaseAction actionFromId(QStringView id);
QString actionName(CaseAction action); ///< translated: 上报 …
QString stageId(Stage stage);
QString stageName(Stage stage); ///< translated: 信息收集 …

/// Time limits of the centre's own stages (受理, 核实, 立案, 派遣, 发核查, 核查, 结案). The
/// disposal limit comes from the category (CategoryDictionary). Defaults follow docs/domain.md §4
/// (核实/核查 30 min, the centre works 24 h so these run on calendar time).
struct StageLimits
{
    TimeLimit accept{30, TimeLimit::Unit::CalendarMinutes};
    TimeLimit verify{30, TimeLimit::Unit::CalendarMinutes};
    TimeLimit file{30, TimeLimit::Unit::CalendarMinutes};
    TimeLimit dispatch{30, TimeLimit::Unit::CalendarMinutes};
    TimeLimit sendCheck{30, TimeLimit::Unit::CalendarMinutes};
    TimeLimit check{30, TimeLimit::Unit::CalendarMinutes};
    TimeLimit close{30, TimeLimit::Unit::CalendarMinutes};

    /// The limit for the timer that runs in `state`; invalid for disposal states (the
    /// category decides), terminal states and Hung.
    TimeLimit forState(CaseState state) const;
};

} // namespace Cc::Core

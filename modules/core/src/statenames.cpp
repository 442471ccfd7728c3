// SPDX-License-Identifier: GPL-3.0-or-later
// Stable ids and display names of the case states, actions and stages.
#include <cc/core/casestatemachine.h>

#include "coretr.h"

#include <iterator>
#include <type_traits>

namespace Cc::Core {

namespace {

// A source text with its disambiguation. Every entry of one enum shares the disambiguation
// so that "Dispatch" the action and "Task dispatch" the stage, or a state and an action with
// the same English word, can get different Chinese translations.
struct Text
{
    const char *source;
    const char *disambiguation;
};

template<typename E>
struct Entry
{
    E value;
    const char *id; // kebab-case of the enum name; stored in the database, never translated
    Text name;      // translated when read, since the locale can change at run time
};

// The tables list every value except Invalid, in enum order, so that a value's entry is at
// index value - 1 (checked at compile time below).
template<typename E, size_t N>
constexpr bool inEnumOrder(const Entry<E> (&table)[N])
{
    for (size_t i = 0; i < N; ++i) {
        if (static_cast<size_t>(table[i].value) != i + 1)
            return false;
    }
    return true;
}

template<typename E, size_t N>
const Entry<E> *entryFor(const Entry<E> (&table)[N], E value)
{
    const auto index = static_cast<std::underlying_type_t<E>>(value) - 1;
    if (index < 0 || static_cast<size_t>(index) >= N)
        return nullptr;
    return &table[index];
}

template<typename E, size_t N>
QString idOf(const Entry<E> (&table)[N], E value)
{
    const Entry<E> *entry = entryFor(table, value);
    return entry ? QString::fromLatin1(entry->id) : QString();
}

template<typename E, size_t N>
QString nameOf(const Entry<E> (&table)[N], E value)
{
    const Entry<E> *entry = entryFor(table, value);
    return entry ? Tr::tr(entry->name.source, entry->name.disambiguation) : QString();
}

template<typename E, size_t N>
E fromId(const Entry<E> (&table)[N], QStringView id)
{
    for (const Entry<E> &entry : table) {
        if (id == QLatin1String(entry.id))
            return entry.value;
    }
    return E::Invalid;
}

template<typename E, size_t N>
QList<E> valuesOf(const Entry<E> (&table)[N])
{
    QList<E> values;
    values.reserve(N);
    for (const Entry<E> &entry : table)
        values.append(entry.value);
    return values;
}

using S = CaseState;
using A = CaseAction;

constexpr Entry<CaseState> stateTable[] = {
    //: 待受理
    {S::Reported, "reported", QT_TRANSLATE_NOOP3("Tr", "Pending acceptance", "case state")},
    //: 待核实
    {S::Verifying, "verifying", QT_TRANSLATE_NOOP3("Tr", "Pending verification", "case state")},
    //: 待立案
    {S::PendingFiling, "pending-filing", QT_TRANSLATE_NOOP3("Tr", "Pending filing", "case state")},
    //: 待派遣
    {S::Filed, "filed", QT_TRANSLATE_NOOP3("Tr", "Pending dispatch", "case state")},
    //: 待签收 (sent to a department, which has not signed for it yet)
    {S::Dispatched, "dispatched", QT_TRANSLATE_NOOP3("Tr", "Pending receipt", "case state")},
    //: 处置中
    {S::Disposing, "disposing", QT_TRANSLATE_NOOP3("Tr", "In disposal", "case state")},
    //: 回退申请
    {S::ReturnRequested, "return-requested",
     QT_TRANSLATE_NOOP3("Tr", "Return requested", "case state")},
    //: 延期申请
    {S::PostponeRequested, "postpone-requested",
     QT_TRANSLATE_NOOP3("Tr", "Postponement requested", "case state")},
    //: 挂账申请
    {S::HangRequested, "hang-requested",
     QT_TRANSLATE_NOOP3("Tr", "Shelving requested", "case state")},
    //: 挂账 (parked in the 问题库)
    {S::Hung, "hung", QT_TRANSLATE_NOOP3("Tr", "Shelved", "case state")},
    //: 待核查 (the department reported its result)
    {S::Disposed, "disposed", QT_TRANSLATE_NOOP3("Tr", "Pending check", "case state")},
    //: 核查中
    {S::Checking, "checking", QT_TRANSLATE_NOOP3("Tr", "Being checked", "case state")},
    //: 待结案
    {S::CheckPassed, "check-passed", QT_TRANSLATE_NOOP3("Tr", "Pending closing", "case state")},
    //: 自行处置待结案
    {S::SelfDisposed, "self-disposed",
     QT_TRANSLATE_NOOP3("Tr", "Disposed on the spot, pending closing", "case state")},
    //: 已结案
    {S::Closed, "closed", QT_TRANSLATE_NOOP3("Tr", "Closed", "case state")},
    //: 不予受理
    {S::Rejected, "rejected", QT_TRANSLATE_NOOP3("Tr", "Not accepted", "case state")},
    //: 作废
    {S::Cancelled, "cancelled", QT_TRANSLATE_NOOP3("Tr", "Cancelled", "case state")},
};
static_assert(inEnumOrder(stateTable), "stateTable must follow the CaseState enum");
static_assert(std::size(stateTable) == static_cast<size_t>(S::Cancelled));

constexpr Entry<CaseAction> actionTable[] = {
    //: 上报 / 登记
    {A::Report, "report", QT_TRANSLATE_NOOP3("Tr", "Report", "case action")},
    //: 发核实
    {A::SendVerify, "send-verify",
     QT_TRANSLATE_NOOP3("Tr", "Send for verification", "case action")},
    //: 核实属实
    {A::VerifyConfirm, "verify-confirm",
     QT_TRANSLATE_NOOP3("Tr", "Confirm on site", "case action")},
    //: 核实不属实
    {A::VerifyReject, "verify-reject",
     QT_TRANSLATE_NOOP3("Tr", "Not confirmed on site", "case action")},
    //: 受理
    {A::Accept, "accept", QT_TRANSLATE_NOOP3("Tr", "Accept", "case action")},
    //: 不予受理
    {A::Reject, "reject", QT_TRANSLATE_NOOP3("Tr", "Do not accept", "case action")},
    //: 立案
    {A::File, "file", QT_TRANSLATE_NOOP3("Tr", "File", "case action")},
    //: 作废 / 不予立案
    {A::Cancel, "cancel", QT_TRANSLATE_NOOP3("Tr", "Cancel", "case action")},
    //: 派遣
    {A::Dispatch, "dispatch", QT_TRANSLATE_NOOP3("Tr", "Dispatch", "case action")},
    //: 二次派遣 (to another department before the first one signed for it)
    {A::Redispatch, "redispatch", QT_TRANSLATE_NOOP3("Tr", "Redispatch", "case action")},
    //: 签收
    {A::DeptAccept, "dept-accept", QT_TRANSLATE_NOOP3("Tr", "Sign for", "case action")},
    //: 处理反馈
    {A::Feedback, "feedback", QT_TRANSLATE_NOOP3("Tr", "Report result", "case action")},
    //: 申请回退
    {A::RequestReturn, "request-return", QT_TRANSLATE_NOOP3("Tr", "Request return", "case action")},
    //: 同意回退
    {A::ApproveReturn, "approve-return", QT_TRANSLATE_NOOP3("Tr", "Approve return", "case action")},
    //: 不同意回退
    {A::RefuseReturn, "refuse-return", QT_TRANSLATE_NOOP3("Tr", "Refuse return", "case action")},
    //: 申请延期
    {A::RequestPostpone, "request-postpone",
     QT_TRANSLATE_NOOP3("Tr", "Request postponement", "case action")},
    //: 同意延期
    {A::ApprovePostpone, "approve-postpone",
     QT_TRANSLATE_NOOP3("Tr", "Approve postponement", "case action")},
    //: 不同意延期
    {A::RefusePostpone, "refuse-postpone",
     QT_TRANSLATE_NOOP3("Tr", "Refuse postponement", "case action")},
    //: 申请挂账
    {A::RequestHang, "request-hang", QT_TRANSLATE_NOOP3("Tr", "Request shelving", "case action")},
    //: 同意挂账
    {A::ApproveHang, "approve-hang", QT_TRANSLATE_NOOP3("Tr", "Approve shelving", "case action")},
    //: 不同意挂账
    {A::RefuseHang, "refuse-hang", QT_TRANSLATE_NOOP3("Tr", "Refuse shelving", "case action")},
    //: 解除挂账
    {A::ResumeHang, "resume-hang", QT_TRANSLATE_NOOP3("Tr", "Unshelve", "case action")},
    //: 发核查
    {A::SendCheck, "send-check", QT_TRANSLATE_NOOP3("Tr", "Send for check", "case action")},
    //: 核查通过
    {A::CheckPass, "check-pass", QT_TRANSLATE_NOOP3("Tr", "Check passed", "case action")},
    //: 核查不通过 (返工)
    {A::CheckFail, "check-fail", QT_TRANSLATE_NOOP3("Tr", "Check failed", "case action")},
    //: 结案
    {A::Close, "close", QT_TRANSLATE_NOOP3("Tr", "Close", "case action")},
    //: 督办
    {A::Supervise, "supervise", QT_TRANSLATE_NOOP3("Tr", "Supervise", "case action")},
    //: 催办
    {A::Urge, "urge", QT_TRANSLATE_NOOP3("Tr", "Urge", "case action")},
    //: 自行处置
    {A::SelfDispose, "self-dispose",
     QT_TRANSLATE_NOOP3("Tr", "Dispose on the spot", "case action")},
    //: 回访 (calling the reporter back after closing)
    {A::Revisit, "revisit", QT_TRANSLATE_NOOP3("Tr", "Call back", "case action")},
    //: 重办 (a new disposal round after an unsatisfied call-back)
    {A::Reopen, "reopen", QT_TRANSLATE_NOOP3("Tr", "Reopen", "case action")},
};
static_assert(inEnumOrder(actionTable), "actionTable must follow the CaseAction enum");
static_assert(std::size(actionTable) == static_cast<size_t>(A::Reopen));

constexpr Entry<Stage> stageTable[] = {
    //: 信息收集
    {Stage::Collection, "collection", QT_TRANSLATE_NOOP3("Tr", "Information collection", "stage")},
    //: 案卷建立
    {Stage::Filing, "filing", QT_TRANSLATE_NOOP3("Tr", "Case filing", "stage")},
    //: 任务派遣
    {Stage::Dispatch, "dispatch", QT_TRANSLATE_NOOP3("Tr", "Task dispatch", "stage")},
    //: 任务处理
    {Stage::Disposal, "disposal", QT_TRANSLATE_NOOP3("Tr", "Task disposal", "stage")},
    //: 处理反馈
    {Stage::Feedback, "feedback", QT_TRANSLATE_NOOP3("Tr", "Disposal feedback", "stage")},
    //: 核查结案
    {Stage::CheckClose, "check-close", QT_TRANSLATE_NOOP3("Tr", "Check and closing", "stage")},
    //: 综合评价
    {Stage::Evaluation, "evaluation", QT_TRANSLATE_NOOP3("Tr", "Evaluation", "stage")},
};
static_assert(inEnumOrder(stageTable), "stageTable must follow the Stage enum");
static_assert(std::size(stageTable) == static_cast<size_t>(Stage::Evaluation));

} // namespace

QList<CaseState> CaseStateMachine::allStates()
{
    return valuesOf(stateTable);
}

QList<CaseAction> CaseStateMachine::allActions()
{
    return valuesOf(actionTable);
}

QString stateId(CaseState state)
{
    return idOf(stateTable, state);
}

CaseState stateFromId(QStringView id)
{
    return fromId(stateTable, id);
}

QString stateName(CaseState state)
{
    return nameOf(stateTable, state);
}

QString actionId(CaseAction action)
{
    return idOf(actionTable, action);
}

CaseAction actionFromId(QStringView id)
{
    return fromId(actionTable, id);
}

QString actionName(CaseAction action)
{
    return nameOf(actionTable, action);
}

QString stageId(Stage stage)
{
    return idOf(stageTable, stage);
}

QString stageName(Stage stage)
{
    return nameOf(stageTable, stage);
}

} // namespace Cc::Core

// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/core/casestatemachine.h>

#include "resultcheck.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Cc::Core;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Cc::Core::CaseState)
Q_DECLARE_METATYPE(Cc::Core::CaseAction)
Q_DECLARE_METATYPE(Cc::Core::Role)
Q_DECLARE_METATYPE(Cc::Core::Stage)
Q_DECLARE_METATYPE(Cc::Core::TimerEffect)

namespace Cc::Core {
// Failure messages with ids instead of numbers; QTest finds these by argument lookup.
char *toString(CaseState state)
{
    return qstrdup(qPrintable(u"%1 (%2)"_s.arg(stateId(state)).arg(int(state))));
}
char *toString(CaseAction action)
{
    return qstrdup(qPrintable(actionId(action)));
}
char *toString(Role role)
{
    return qstrdup(qPrintable(roleId(role)));
}
char *toString(Stage stage)
{
    return qstrdup(qPrintable(stageId(stage)));
}
} // namespace Cc::Core

namespace {

using A = CaseAction;
using R = Role;
using S = CaseState;
using T = TimerEffect;

// Pseudo targets of the expected table, resolved against the snapshot.
constexpr S Same = static_cast<S>(-1);
constexpr S Resume = static_cast<S>(-2);
constexpr Stage Current = static_cast<Stage>(-1);

// The spec written out again, independently of the implementation's table, so that a slip in
// either one shows up as a difference.
struct Spec
{
    A action;
    QList<S> from;
    QList<R> roles;
    S to;
    Stage stage;
    T timer;
};

const QList<Spec> &specs()
{
    static const QList<Spec> list = {
        {A::Report,
         {S::Invalid},
         {R::Collector, R::Operator},
         S::Reported,
         Stage::Collection,
         T::Restart},
        {A::SendVerify, {S::Reported}, {R::Operator}, S::Verifying, Stage::Collection, T::Restart},
        {A::VerifyConfirm,
         {S::Verifying},
         {R::Collector},
         S::PendingFiling,
         Stage::Collection,
         T::Restart},
        {A::VerifyReject, {S::Verifying}, {R::Collector}, S::Rejected, Stage::Collection, T::Stop},
        {A::Accept, {S::Reported}, {R::Operator}, S::PendingFiling, Stage::Filing, T::Restart},
        {A::Reject, {S::Reported}, {R::Operator}, S::Rejected, Stage::Filing, T::Stop},
        {A::File, {S::PendingFiling}, {R::ShiftLeader}, S::Filed, Stage::Filing, T::Restart},
        {A::Cancel,
         {S::PendingFiling, S::Filed},
         {R::ShiftLeader},
         S::Cancelled,
         Stage::Filing,
         T::Stop},
        {A::Dispatch, {S::Filed}, {R::Dispatcher}, S::Dispatched, Stage::Dispatch, T::Restart},
        {A::Redispatch,
         {S::Dispatched},
         {R::Dispatcher},
         S::Dispatched,
         Stage::Dispatch,
         T::Restart},
        {A::DeptAccept, {S::Dispatched}, {R::Department}, S::Disposing, Stage::Disposal, T::Keep},
        {A::Feedback, {S::Disposing}, {R::Department}, S::Disposed, Stage::Feedback, T::Restart},
        {A::RequestReturn,
         {S::Dispatched, S::Disposing},
         {R::Department},
         S::ReturnRequested,
         Stage::Disposal,
         T::Keep},
        {A::ApproveReturn,
         {S::ReturnRequested},
         {R::ShiftLeader},
         S::Filed,
         Stage::Dispatch,
         T::Restart},
        {A::RefuseReturn, {S::ReturnRequested}, {R::ShiftLeader}, Resume, Stage::Dispatch, T::Keep},
        {A::RequestPostpone,
         {S::Disposing},
         {R::Department},
         S::PostponeRequested,
         Stage::Disposal,
         T::Keep},
        {A::ApprovePostpone,
         {S::PostponeRequested},
         {R::ShiftLeader},
         Resume,
         Stage::Disposal,
         T::Extend},
        {A::RefusePostpone,
         {S::PostponeRequested},
         {R::ShiftLeader},
         Resume,
         Stage::Disposal,
         T::Keep},
        {A::RequestHang,
         {S::Dispatched, S::Disposing},
         {R::Department},
         S::HangRequested,
         Stage::Disposal,
         T::Keep},
        {A::ApproveHang, {S::HangRequested}, {R::ShiftLeader}, S::Hung, Stage::Disposal, T::Stop},
        {A::RefuseHang, {S::HangRequested}, {R::ShiftLeader}, Resume, Stage::Disposal, T::Keep},
        {A::ResumeHang, {S::Hung}, {R::ShiftLeader}, Resume, Stage::Disposal, T::Restart},
        {A::SendCheck, {S::Disposed}, {R::Operator}, S::Checking, Stage::CheckClose, T::Restart},
        {A::CheckPass,
         {S::Checking},
         {R::Collector},
         S::CheckPassed,
         Stage::CheckClose,
         T::Restart},
        {A::CheckFail, {S::Checking}, {R::Collector}, S::Dispatched, Stage::Disposal, T::Restart},
        {A::Close,
         {S::CheckPassed, S::SelfDisposed},
         {R::ShiftLeader},
         S::Closed,
         Stage::CheckClose,
         T::Stop},
        {A::Supervise,
         {S::Filed, S::Dispatched, S::Disposing, S::ReturnRequested, S::PostponeRequested,
          S::HangRequested, S::Disposed, S::Checking, S::CheckPassed},
         {R::ShiftLeader, R::Supervisor},
         Same,
         Current,
         T::Keep},
        {A::Urge,
         {S::Dispatched, S::Disposing},
         {R::Dispatcher, R::ShiftLeader},
         Same,
         Current,
         T::Keep},
        {A::SelfDispose,
         {S::Reported},
         {R::Collector},
         S::SelfDisposed,
         Stage::CheckClose,
         T::Restart},
        // 回访 by the operator on a closed case, which stays closed; 重办 by the shift leader
        // sends it back to the department with a new disposal deadline.
        {A::Revisit, {S::Closed}, {R::Operator}, Same, Stage::Evaluation, T::Stop},
        {A::Reopen, {S::Closed}, {R::ShiftLeader}, S::Dispatched, Stage::Disposal, T::Restart},
    };
    return list;
}

const Spec *specFor(A action)
{
    for (const Spec &spec : specs()) {
        if (spec.action == action)
            return &spec;
    }
    return nullptr;
}

Stage expectedTimedStage(S state)
{
    switch (state) {
    case S::Reported:
    case S::Verifying:
        return Stage::Collection;
    case S::PendingFiling:
        return Stage::Filing;
    case S::Filed:
        return Stage::Dispatch;
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
    default:
        return Stage::Invalid;
    }
}

// The snapshots to try for a state: a state that waits on a request (or 挂账) records where
// the case resumes, so each possible resume state is tried.
QList<CaseSnapshot> snapshotsFor(S state)
{
    switch (state) {
    case S::ReturnRequested:
    case S::HangRequested:
    case S::Hung:
        return {{state, S::Dispatched}, {state, S::Disposing}};
    case S::PostponeRequested:
        return {{state, S::Disposing}};
    default:
        return {{state, S::Invalid}};
    }
}

QList<S> statesWithNew()
{
    return QList<S>{S::Invalid} + CaseStateMachine::allStates();
}

QString rowState(const CaseSnapshot &snapshot)
{
    QString name = snapshot.state == S::Invalid ? u"new"_s : stateId(snapshot.state);
    if (snapshot.resumeState != S::Invalid)
        name += u"-resume-"_s + stateId(snapshot.resumeState);
    return name;
}

// A walk is "action@role=state ..." in ids, which also exercises the id round trips.
struct Walk
{
    CaseSnapshot snapshot;
    int dispatches = 0;
    int reworks = 0;
    QList<Stage> stages;
};

} // namespace

class tst_CaseStateMachine : public QObject
{
    Q_OBJECT

private slots:
    void transitions_data();
    void transitions();
    void invalidInput();
    void errorMessages();
    void missingResumeState_data();
    void missingResumeState();
    void resumeRoundTrip_data();
    void resumeRoundTrip();
    void counters_data();
    void counters();
    void timerEffects_data();
    void timerEffects();
    void allowedActionsMatchApply();
    void rolesFor();
    void timedStage_data();
    void timedStage();
    void stageLimits();
    void stateIds();
    void actionIds();
    void stageIds();
    void roleIds();
    void roleFromChineseTitle_data();
    void roleFromChineseTitle();
    void walks_data();
    void walks();
};

void tst_CaseStateMachine::transitions_data()
{
    QTest::addColumn<S>("state");
    QTest::addColumn<S>("resume");
    QTest::addColumn<A>("action");
    QTest::addColumn<R>("role");

    for (S state : statesWithNew()) {
        for (const CaseSnapshot &snapshot : snapshotsFor(state)) {
            for (A action : CaseStateMachine::allActions()) {
                for (R role : allRoles()) {
                    const QString row = rowState(snapshot) + u'-' + actionId(action) + u"-by-"_s
                                        + roleId(role);
                    QTest::newRow(qPrintable(row))
                        << snapshot.state << snapshot.resumeState << action << role;
                }
            }
        }
    }
}

void tst_CaseStateMachine::transitions()
{
    QFETCH(S, state);
    QFETCH(S, resume);
    QFETCH(A, action);
    QFETCH(R, role);

    const Spec *spec = specFor(action);
    QVERIFY(spec);
    const bool stateAllows = spec->from.contains(state);
    const bool roleAllows = spec->roles.contains(role);

    const auto result = CaseStateMachine::apply({state, resume}, action, role);
    if (!stateAllows) {
        QVERIFY(!result.ok());
        QCOMPARE(CcTest::codeOf(result), u"workflow.illegal-step"_s);
        return;
    }
    if (!roleAllows) {
        QVERIFY(!result.ok());
        QCOMPARE(CcTest::codeOf(result), u"workflow.forbidden-role"_s);
        return;
    }
    CC_VERIFY_OK(result);
    const S expectedTo = spec->to == Same ? state : spec->to == Resume ? resume : spec->to;
    const Stage expectedStage = spec->stage == Current ? expectedTimedStage(state) : spec->stage;
    QCOMPARE(result->from, state);
    QCOMPARE(result->to, expectedTo);
    QCOMPARE(result->stage, expectedStage);
    QCOMPARE(result->timer, spec->timer);
}

void tst_CaseStateMachine::invalidInput()
{
    const CaseSnapshot filed{S::PendingFiling, S::Invalid};
    auto result = CaseStateMachine::apply(filed, A::Invalid, R::ShiftLeader);
    QVERIFY(!result.ok());
    QCOMPARE(CcTest::codeOf(result), u"workflow.invalid"_s);

    result = CaseStateMachine::apply(filed, A::File, R::Invalid);
    QVERIFY(!result.ok());
    QCOMPARE(CcTest::codeOf(result), u"workflow.invalid"_s);

    result = CaseStateMachine::apply(filed, static_cast<A>(999), R::ShiftLeader);
    QCOMPARE(CcTest::codeOf(result), u"workflow.invalid"_s);
    result = CaseStateMachine::apply({static_cast<S>(999)}, A::File, R::ShiftLeader);
    QCOMPARE(CcTest::codeOf(result), u"workflow.invalid"_s);
    result = CaseStateMachine::apply(filed, A::File, static_cast<R>(999));
    QCOMPARE(CcTest::codeOf(result), u"workflow.invalid"_s);

    // A case that was never reported can only be reported.
    result = CaseStateMachine::apply({}, A::Accept, R::Operator);
    QCOMPARE(CcTest::codeOf(result), u"workflow.illegal-step"_s);
    QVERIFY(!CcTest::messageOf(result).isEmpty());

    QVERIFY(CaseStateMachine::allowedActions(filed, R::Invalid).isEmpty());
    QVERIFY(CaseStateMachine::rolesFor(A::Invalid).isEmpty());
}

void tst_CaseStateMachine::errorMessages()
{
    // The messages name what the user tried, so that the UI can show them as they are.
    const auto illegal = CaseStateMachine::apply({S::Dispatched}, A::File, R::ShiftLeader);
    QCOMPARE(CcTest::codeOf(illegal), u"workflow.illegal-step"_s);
    QVERIFY(CcTest::messageOf(illegal).contains(actionName(A::File)));
    QVERIFY(CcTest::messageOf(illegal).contains(stateName(S::Dispatched)));

    const auto forbidden = CaseStateMachine::apply({S::Dispatched}, A::Urge, R::Collector);
    QCOMPARE(CcTest::codeOf(forbidden), u"workflow.forbidden-role"_s);
    QVERIFY(CcTest::messageOf(forbidden).contains(roleName(R::Collector)));
    QVERIFY(CcTest::messageOf(forbidden).contains(actionName(A::Urge)));
    QVERIFY(CcTest::messageOf(forbidden).contains(roleName(R::Dispatcher)));
    QVERIFY(CcTest::messageOf(forbidden).contains(roleName(R::ShiftLeader)));
}

void tst_CaseStateMachine::missingResumeState_data()
{
    QTest::addColumn<S>("state");
    QTest::addColumn<S>("resume");
    QTest::addColumn<A>("action");

    QTest::newRow("refuse-return-without-resume")
        << S::ReturnRequested << S::Invalid << A::RefuseReturn;
    QTest::newRow("approve-postpone-without-resume")
        << S::PostponeRequested << S::Invalid << A::ApprovePostpone;
    QTest::newRow("refuse-hang-resume-filed") << S::HangRequested << S::Filed << A::RefuseHang;
    QTest::newRow("resume-hang-without-resume") << S::Hung << S::Invalid << A::ResumeHang;
}

void tst_CaseStateMachine::missingResumeState()
{
    QFETCH(S, state);
    QFETCH(S, resume);
    QFETCH(A, action);

    // A damaged case record must not send the case somewhere guessed.
    const auto result = CaseStateMachine::apply({state, resume}, action, R::ShiftLeader);
    QVERIFY(!result.ok());
    QCOMPARE(CcTest::codeOf(result), u"workflow.invalid"_s);
    QVERIFY(!CaseStateMachine::allowedActions({state, resume}, R::ShiftLeader).contains(action));
}

void tst_CaseStateMachine::resumeRoundTrip_data()
{
    QTest::addColumn<S>("start");
    QTest::addColumn<A>("request");
    QTest::addColumn<S>("requested");
    QTest::addColumn<A>("answer");
    QTest::addColumn<S>("end");

    QTest::newRow("return-refused-before-receipt")
        << S::Dispatched << A::RequestReturn << S::ReturnRequested << A::RefuseReturn
        << S::Dispatched;
    QTest::newRow("return-refused-in-disposal")
        << S::Disposing << A::RequestReturn << S::ReturnRequested << A::RefuseReturn
        << S::Disposing;
    QTest::newRow("return-approved-before-receipt")
        << S::Dispatched << A::RequestReturn << S::ReturnRequested << A::ApproveReturn << S::Filed;
    QTest::newRow("return-approved-in-disposal")
        << S::Disposing << A::RequestReturn << S::ReturnRequested << A::ApproveReturn << S::Filed;
    QTest::newRow("postpone-approved") << S::Disposing << A::RequestPostpone << S::PostponeRequested
                                       << A::ApprovePostpone << S::Disposing;
    QTest::newRow("postpone-refused") << S::Disposing << A::RequestPostpone << S::PostponeRequested
                                      << A::RefusePostpone << S::Disposing;
    QTest::newRow("hang-refused-before-receipt")
        << S::Dispatched << A::RequestHang << S::HangRequested << A::RefuseHang << S::Dispatched;
    QTest::newRow("hang-refused-in-disposal")
        << S::Disposing << A::RequestHang << S::HangRequested << A::RefuseHang << S::Disposing;
    QTest::newRow("hang-approved-before-receipt")
        << S::Dispatched << A::RequestHang << S::HangRequested << A::ApproveHang << S::Hung;
    QTest::newRow("hang-approved-in-disposal")
        << S::Disposing << A::RequestHang << S::HangRequested << A::ApproveHang << S::Hung;
}

void tst_CaseStateMachine::resumeRoundTrip()
{
    QFETCH(S, start);
    QFETCH(A, request);
    QFETCH(S, requested);
    QFETCH(A, answer);
    QFETCH(S, end);

    const auto asked = CaseStateMachine::apply({start}, request, R::Department);
    CC_VERIFY_OK(asked);
    QCOMPARE(asked->to, requested);
    QCOMPARE(asked->resumeState, start);

    // 督办 and 催办 while the request waits must not lose where the case returns to.
    CaseSnapshot waiting{asked->to, asked->resumeState};
    const auto supervised = CaseStateMachine::apply(waiting, A::Supervise, R::Supervisor);
    CC_VERIFY_OK(supervised);
    QCOMPARE(supervised->to, requested);
    QCOMPARE(supervised->resumeState, start);
    waiting = {supervised->to, supervised->resumeState};

    const auto answered = CaseStateMachine::apply(waiting, answer, R::ShiftLeader);
    CC_VERIFY_OK(answered);
    QCOMPARE(answered->to, end);
    if (end == S::Hung) {
        // 挂账 keeps the resume state for 解除挂账, which goes back where the case was.
        QCOMPARE(answered->resumeState, start);
        const auto resumed = CaseStateMachine::apply({answered->to, answered->resumeState},
                                                     A::ResumeHang, R::ShiftLeader);
        CC_VERIFY_OK(resumed);
        QCOMPARE(resumed->to, start);
        QCOMPARE(resumed->resumeState, S::Invalid);
        QCOMPARE(resumed->timer, T::Restart);
    } else {
        QCOMPARE(answered->resumeState, S::Invalid);
    }
}

void tst_CaseStateMachine::counters_data()
{
    QTest::addColumn<S>("state");
    QTest::addColumn<A>("action");
    QTest::addColumn<R>("role");
    QTest::addColumn<bool>("dispatch");
    QTest::addColumn<bool>("rework");
    QTest::addColumn<bool>("reopen");

    QTest::newRow("dispatch") << S::Filed << A::Dispatch << R::Dispatcher << true << false << false;
    QTest::newRow("redispatch") << S::Dispatched << A::Redispatch << R::Dispatcher << true << false
                                << false;
    QTest::newRow("check-fail") << S::Checking << A::CheckFail << R::Collector << false << true
                                << false;
    QTest::newRow("check-pass") << S::Checking << A::CheckPass << R::Collector << false << false
                                << false;
    QTest::newRow("dept-accept") << S::Dispatched << A::DeptAccept << R::Department << false
                                 << false << false;
    QTest::newRow("approve-return")
        << S::ReturnRequested << A::ApproveReturn << R::ShiftLeader << false << false << false;
    QTest::newRow("urge") << S::Dispatched << A::Urge << R::Dispatcher << false << false << false;
    QTest::newRow("reopen") << S::Closed << A::Reopen << R::ShiftLeader << false << false << true;
    QTest::newRow("revisit") << S::Closed << A::Revisit << R::Operator << false << false << false;
}

void tst_CaseStateMachine::counters()
{
    QFETCH(S, state);
    QFETCH(A, action);
    QFETCH(R, role);
    QFETCH(bool, dispatch);
    QFETCH(bool, rework);
    QFETCH(bool, reopen);

    const auto result = CaseStateMachine::apply({state, S::Disposing}, action, role);
    CC_VERIFY_OK(result);
    QCOMPARE(result->countsDispatch, dispatch);
    QCOMPARE(result->countsRework, rework);
    QCOMPARE(result->countsReopen, reopen);

    // No other transition counts anything.
    if (action == A::Dispatch) {
        const QSet<A> counting{A::Dispatch, A::Redispatch, A::CheckFail, A::Reopen};
        for (S s : statesWithNew()) {
            for (const CaseSnapshot &snapshot : snapshotsFor(s)) {
                for (A a : CaseStateMachine::allActions()) {
                    for (R r : allRoles()) {
                        const auto t = CaseStateMachine::apply(snapshot, a, r);
                        if (t.ok() && !counting.contains(a))
                            QVERIFY(!t->countsDispatch && !t->countsRework && !t->countsReopen);
                    }
                }
            }
        }
    }
}

void tst_CaseStateMachine::timerEffects_data()
{
    QTest::addColumn<S>("state");
    QTest::addColumn<S>("resume");
    QTest::addColumn<A>("action");
    QTest::addColumn<R>("role");
    QTest::addColumn<T>("timer");

    QTest::newRow("report-restarts")
        << S::Invalid << S::Invalid << A::Report << R::Collector << T::Restart;
    QTest::newRow("dispatch-restarts")
        << S::Filed << S::Invalid << A::Dispatch << R::Dispatcher << T::Restart;
    QTest::newRow("dept-accept-keeps-dispatch-deadline")
        << S::Dispatched << S::Invalid << A::DeptAccept << R::Department << T::Keep;
    QTest::newRow("feedback-restarts")
        << S::Disposing << S::Invalid << A::Feedback << R::Department << T::Restart;
    QTest::newRow("request-return-keeps")
        << S::Disposing << S::Invalid << A::RequestReturn << R::Department << T::Keep;
    QTest::newRow("approve-return-restarts")
        << S::ReturnRequested << S::Disposing << A::ApproveReturn << R::ShiftLeader << T::Restart;
    QTest::newRow("refuse-return-keeps")
        << S::ReturnRequested << S::Disposing << A::RefuseReturn << R::ShiftLeader << T::Keep;
    QTest::newRow("approve-postpone-extends") << S::PostponeRequested << S::Disposing
                                              << A::ApprovePostpone << R::ShiftLeader << T::Extend;
    QTest::newRow("refuse-postpone-keeps")
        << S::PostponeRequested << S::Disposing << A::RefusePostpone << R::ShiftLeader << T::Keep;
    QTest::newRow("approve-hang-stops")
        << S::HangRequested << S::Disposing << A::ApproveHang << R::ShiftLeader << T::Stop;
    QTest::newRow("refuse-hang-keeps")
        << S::HangRequested << S::Disposing << A::RefuseHang << R::ShiftLeader << T::Keep;
    QTest::newRow("resume-hang-restarts")
        << S::Hung << S::Disposing << A::ResumeHang << R::ShiftLeader << T::Restart;
    QTest::newRow("check-fail-restarts")
        << S::Checking << S::Invalid << A::CheckFail << R::Collector << T::Restart;
    QTest::newRow("close-stops") << S::CheckPassed << S::Invalid << A::Close << R::ShiftLeader
                                 << T::Stop;
    QTest::newRow("supervise-keeps")
        << S::Disposing << S::Invalid << A::Supervise << R::Supervisor << T::Keep;
    QTest::newRow("urge-keeps") << S::Dispatched << S::Invalid << A::Urge << R::ShiftLeader
                                << T::Keep;
    QTest::newRow("reject-stops") << S::Reported << S::Invalid << A::Reject << R::Operator
                                  << T::Stop;
    QTest::newRow("cancel-stops") << S::Filed << S::Invalid << A::Cancel << R::ShiftLeader
                                  << T::Stop;
    QTest::newRow("revisit-stays-stopped")
        << S::Closed << S::Invalid << A::Revisit << R::Operator << T::Stop;
    QTest::newRow("reopen-restarts")
        << S::Closed << S::Invalid << A::Reopen << R::ShiftLeader << T::Restart;
}

void tst_CaseStateMachine::timerEffects()
{
    QFETCH(S, state);
    QFETCH(S, resume);
    QFETCH(A, action);
    QFETCH(R, role);
    QFETCH(T, timer);

    const auto result = CaseStateMachine::apply({state, resume}, action, role);
    CC_VERIFY_OK(result);
    QCOMPARE(result->timer, timer);
    // A stopped timer means no stage timer runs in the new state, and the other way round.
    QCOMPARE(timer == T::Stop, CaseStateMachine::timedStage(result->to) == Stage::Invalid);
}

void tst_CaseStateMachine::allowedActionsMatchApply()
{
    for (S state : statesWithNew()) {
        for (const CaseSnapshot &snapshot : snapshotsFor(state)) {
            for (R role : allRoles()) {
                QList<A> expected;
                for (A action : CaseStateMachine::allActions()) {
                    if (CaseStateMachine::apply(snapshot, action, role).ok())
                        expected.append(action);
                }
                QCOMPARE(CaseStateMachine::allowedActions(snapshot, role), expected);
            }
        }
    }
    // Terminal states offer nothing to anybody, except 回访 and 重办 on a closed case; the
    // administrator takes no workflow step.
    for (S state : {S::Closed, S::Rejected, S::Cancelled}) {
        QVERIFY(CaseStateMachine::isTerminal(state));
        QVERIFY(!CaseStateMachine::isOpen(state));
        for (R role : allRoles()) {
            QList<A> expected;
            if (state == S::Closed && role == R::Operator)
                expected = {A::Revisit};
            if (state == S::Closed && role == R::ShiftLeader)
                expected = {A::Reopen};
            QCOMPARE(CaseStateMachine::allowedActions({state}, role), expected);
        }
    }
    for (S state : statesWithNew())
        QVERIFY(CaseStateMachine::allowedActions({state, S::Disposing}, R::Admin).isEmpty());
    QVERIFY(!CaseStateMachine::isOpen(S::Invalid));
    QVERIFY(CaseStateMachine::isOpen(S::Hung));

    QCOMPARE(CaseStateMachine::allowedActions({S::Reported}, R::Operator),
             (QList<A>{A::SendVerify, A::Accept, A::Reject}));
    QCOMPARE(CaseStateMachine::allowedActions({S::Disposing}, R::Department),
             (QList<A>{A::Feedback, A::RequestReturn, A::RequestPostpone, A::RequestHang}));
    QCOMPARE(CaseStateMachine::allowedActions({}, R::Collector), QList<A>{A::Report});
    QCOMPARE(CaseStateMachine::initialState(), S::Reported);
}

void tst_CaseStateMachine::rolesFor()
{
    for (A action : CaseStateMachine::allActions()) {
        const Spec *spec = specFor(action);
        QVERIFY(spec);
        const QList<R> roles = CaseStateMachine::rolesFor(action);
        QCOMPARE(QSet<R>(roles.cbegin(), roles.cend()),
                 QSet<R>(spec->roles.cbegin(), spec->roles.cend()));
    }
}

void tst_CaseStateMachine::timedStage_data()
{
    QTest::addColumn<S>("state");
    QTest::addColumn<Stage>("stage");
    QTest::addColumn<bool>("inDisposal");

    for (S state : statesWithNew()) {
        const Stage stage = expectedTimedStage(state);
        QTest::newRow(qPrintable(state == S::Invalid ? u"new"_s : stateId(state)))
            << state << stage << (stage == Stage::Disposal);
    }
}

void tst_CaseStateMachine::timedStage()
{
    QFETCH(S, state);
    QFETCH(Stage, stage);
    QFETCH(bool, inDisposal);

    QCOMPARE(CaseStateMachine::timedStage(state), stage);
    QCOMPARE(CaseStateMachine::isInDisposal(state), inDisposal);
}

void tst_CaseStateMachine::stageLimits()
{
    // Distinct amounts, so that a limit read from the wrong field shows.
    StageLimits limits;
    limits.accept = {1, TimeLimit::Unit::CalendarMinutes};
    limits.verify = {2, TimeLimit::Unit::CalendarMinutes};
    limits.file = {3, TimeLimit::Unit::CalendarMinutes};
    limits.dispatch = {4, TimeLimit::Unit::CalendarHours};
    limits.sendCheck = {5, TimeLimit::Unit::WorkingHours};
    limits.check = {6, TimeLimit::Unit::CalendarMinutes};
    limits.close = {7, TimeLimit::Unit::WorkingDays};

    QCOMPARE(limits.forState(S::Reported).amount, 1);
    QCOMPARE(limits.forState(S::Verifying).amount, 2);
    QCOMPARE(limits.forState(S::PendingFiling).amount, 3);
    QCOMPARE(limits.forState(S::Filed).amount, 4);
    QCOMPARE(limits.forState(S::Disposed).amount, 5);
    QVERIFY(limits.forState(S::Disposed).unit == TimeLimit::Unit::WorkingHours);
    QCOMPARE(limits.forState(S::Checking).amount, 6);
    QCOMPARE(limits.forState(S::CheckPassed).amount, 7);
    QCOMPARE(limits.forState(S::SelfDisposed).amount, 7);
    for (S state :
         {S::Invalid, S::Dispatched, S::Disposing, S::ReturnRequested, S::PostponeRequested,
          S::HangRequested, S::Hung, S::Closed, S::Rejected, S::Cancelled}) {
        QVERIFY2(!limits.forState(state).isValid(), qPrintable(stateId(state)));
    }

    // Defaults follow docs/domain.md §4: 30 calendar minutes for each of the centre's stages.
    const StageLimits defaults;
    const TimeLimit halfHour{30, TimeLimit::Unit::CalendarMinutes};
    for (S state : CaseStateMachine::allStates()) {
        const TimeLimit limit = defaults.forState(state);
        if (limit.isValid())
            QVERIFY(limit == halfHour);
    }
}

namespace {

const QRegularExpression &kebabCase()
{
    static const QRegularExpression re(u"^[a-z]+(-[a-z]+)*$"_s);
    return re;
}

} // namespace

void tst_CaseStateMachine::stateIds()
{
    QSet<QString> seen;
    for (S state : CaseStateMachine::allStates()) {
        const QString id = stateId(state);
        QVERIFY2(kebabCase().match(id).hasMatch(), qPrintable(id));
        QVERIFY2(!seen.contains(id), qPrintable(id));
        seen.insert(id);
        QCOMPARE(stateFromId(id), state);
        QVERIFY(!stateName(state).isEmpty());
    }
    QCOMPARE(seen.size(), 17);
    QCOMPARE(stateId(S::PendingFiling), u"pending-filing"_s);
    QCOMPARE(stateId(S::CheckPassed), u"check-passed"_s);
    QCOMPARE(stateId(S::HangRequested), u"hang-requested"_s);
    QCOMPARE(stateName(S::PendingFiling), u"Pending filing"_s);
    QVERIFY(stateId(S::Invalid).isEmpty());
    QCOMPARE(stateFromId(u""), S::Invalid);
    QCOMPARE(stateFromId(u"no-such-state"), S::Invalid);
    QVERIFY(stateId(static_cast<S>(999)).isEmpty());
}

void tst_CaseStateMachine::actionIds()
{
    QSet<QString> seen;
    for (A action : CaseStateMachine::allActions()) {
        const QString id = actionId(action);
        QVERIFY2(kebabCase().match(id).hasMatch(), qPrintable(id));
        QVERIFY2(!seen.contains(id), qPrintable(id));
        seen.insert(id);
        QCOMPARE(actionFromId(id), action);
        QVERIFY(!actionName(action).isEmpty());
    }
    QCOMPARE(seen.size(), 31);
    QCOMPARE(actionId(A::Revisit), u"revisit"_s);
    QCOMPARE(actionId(A::Reopen), u"reopen"_s);
    QCOMPARE(actionId(A::RequestPostpone), u"request-postpone"_s);
    QCOMPARE(actionId(A::SendVerify), u"send-verify"_s);
    QCOMPARE(actionId(A::DeptAccept), u"dept-accept"_s);
    QVERIFY(actionId(A::Invalid).isEmpty());
    QCOMPARE(actionFromId(u"Request-Postpone"), A::Invalid);
}

void tst_CaseStateMachine::stageIds()
{
    const QList<Stage> stages{Stage::Collection, Stage::Filing,   Stage::Dispatch,
                              Stage::Disposal,   Stage::Feedback, Stage::CheckClose,
                              Stage::Evaluation};
    QSet<QString> seen;
    for (Stage stage : stages) {
        const QString id = stageId(stage);
        QVERIFY2(kebabCase().match(id).hasMatch(), qPrintable(id));
        QVERIFY2(!seen.contains(id), qPrintable(id));
        seen.insert(id);
        QVERIFY(!stageName(stage).isEmpty());
    }
    QCOMPARE(stageId(Stage::CheckClose), u"check-close"_s);
    QVERIFY(stageId(Stage::Invalid).isEmpty());
    // The stage "dispatch" and the action "dispatch" share an id but not a display name.
    QVERIFY(stageName(Stage::Dispatch) != actionName(A::Dispatch));
}

void tst_CaseStateMachine::roleIds()
{
    QCOMPARE(allRoles().size(), 7);
    QSet<QString> seen;
    for (R role : allRoles()) {
        const QString id = roleId(role);
        QVERIFY2(kebabCase().match(id).hasMatch(), qPrintable(id));
        QVERIFY2(!seen.contains(id), qPrintable(id));
        seen.insert(id);
        QCOMPARE(roleFromId(id), role);
        QVERIFY(!roleName(role).isEmpty());
    }
    QCOMPARE(seen, (QSet<QString>{u"operator"_s, u"shift-leader"_s, u"dispatcher"_s,
                                  u"department"_s, u"collector"_s, u"supervisor"_s, u"admin"_s}));
    QVERIFY(roleId(R::Invalid).isEmpty());
    QVERIFY(roleName(R::Invalid).isEmpty());
    QCOMPARE(roleFromId(u""), R::Invalid);
    QCOMPARE(roleFromId(u"janitor"), R::Invalid);
}

void tst_CaseStateMachine::roleFromChineseTitle_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<R>("role");

    QTest::newRow("operator") << u"受理员"_s << R::Operator;
    QTest::newRow("shift-leader") << u"值班长"_s << R::ShiftLeader;
    QTest::newRow("dispatcher") << u"派遣员"_s << R::Dispatcher;
    QTest::newRow("department") << u"专业部门"_s << R::Department;
    QTest::newRow("collector") << u"监督员"_s << R::Collector;
    QTest::newRow("collector-information") << u"信息采集员"_s << R::Collector;
    QTest::newRow("supervisor") << u"督查员"_s << R::Supervisor;
    QTest::newRow("admin") << u"管理员"_s << R::Admin;
    QTest::newRow("admin-system") << u"系统管理员"_s << R::Admin;
    QTest::newRow("id-with-spaces") << u" shift-leader "_s << R::ShiftLeader;
    QTest::newRow("id-capitalised") << u"Dispatcher"_s << R::Dispatcher;
    QTest::newRow("unknown-title") << u"局长"_s << R::Invalid;
}

void tst_CaseStateMachine::roleFromChineseTitle()
{
    QFETCH(QString, text);
    QFETCH(R, role);
    QCOMPARE(roleFromId(text), role);
}

void tst_CaseStateMachine::walks_data()
{
    QTest::addColumn<QString>("steps");
    QTest::addColumn<int>("dispatches");
    QTest::addColumn<int>("reworks");

    const QString toDispatch = u"report@collector=reported accept@operator=pending-filing "
                               "file@shift-leader=filed dispatch@dispatcher=dispatched "_s;
    const QString toDisposing = toDispatch + u"dept-accept@department=disposing "_s;
    const QString toClose = u"feedback@department=disposed send-check@operator=checking "
                            "check-pass@collector=check-passed close@shift-leader=closed"_s;

    QTest::newRow("happy-path") << toDisposing + toClose << 1 << 0;
    QTest::newRow("public-report-verified")
        << u"report@operator=reported send-verify@operator=verifying "
           "verify-confirm@collector=pending-filing file@shift-leader=filed "
           "dispatch@dispatcher=dispatched dept-accept@department=disposing "_s
               + toClose
        << 1 << 0;
    QTest::newRow("public-report-unfounded")
        << u"report@operator=reported send-verify@operator=verifying "
           "verify-reject@collector=rejected"_s
        << 0 << 0;
    QTest::newRow("not-accepted") << u"report@operator=reported reject@operator=rejected"_s << 0
                                  << 0;
    QTest::newRow("cancelled-before-filing")
        << u"report@collector=reported accept@operator=pending-filing "
           "cancel@shift-leader=cancelled"_s
        << 0 << 0;
    QTest::newRow("cancelled-after-filing")
        << u"report@collector=reported accept@operator=pending-filing "
           "file@shift-leader=filed cancel@shift-leader=cancelled"_s
        << 0 << 0;
    QTest::newRow("return-approved-and-dispatched-again")
        << toDispatch
               + u"request-return@department=return-requested approve-return@shift-leader=filed "
                 "dispatch@dispatcher=dispatched dept-accept@department=disposing "_s
               + toClose
        << 2 << 0;
    QTest::newRow("return-refused-before-receipt")
        << toDispatch
               + u"request-return@department=return-requested "
                 "refuse-return@shift-leader=dispatched dept-accept@department=disposing "_s
               + toClose
        << 1 << 0;
    QTest::newRow("return-refused-in-disposal")
        << toDisposing
               + u"request-return@department=return-requested "
                 "refuse-return@shift-leader=disposing "_s
               + toClose
        << 1 << 0;
    QTest::newRow("postpone-approved") << toDisposing
                                              + u"request-postpone@department=postpone-requested "
                                                "approve-postpone@shift-leader=disposing "_s
                                              + toClose
                                       << 1 << 0;
    QTest::newRow("postpone-refused") << toDisposing
                                             + u"request-postpone@department=postpone-requested "
                                               "refuse-postpone@shift-leader=disposing "_s
                                             + toClose
                                      << 1 << 0;
    QTest::newRow("hang-approved-and-resumed")
        << toDisposing
               + u"request-hang@department=hang-requested approve-hang@shift-leader=hung "
                 "resume-hang@shift-leader=disposing "_s
               + toClose
        << 1 << 0;
    QTest::newRow("hang-refused")
        << toDisposing
               + u"request-hang@department=hang-requested refuse-hang@shift-leader=disposing "_s
               + toClose
        << 1 << 0;
    QTest::newRow("rework-then-closed")
        << toDisposing
               + u"feedback@department=disposed send-check@operator=checking "
                 "check-fail@collector=dispatched dept-accept@department=disposing "_s
               + toClose
        << 1 << 1;
    QTest::newRow("redispatched-before-receipt")
        << toDispatch + u"redispatch@dispatcher=dispatched dept-accept@department=disposing "_s
               + toClose
        << 2 << 0;
    QTest::newRow("self-disposed")
        << u"report@collector=reported self-dispose@collector=self-disposed "
           "close@shift-leader=closed"_s
        << 0 << 0;
    QTest::newRow("revisited-satisfied")
        << toDisposing + toClose + u" revisit@operator=closed"_s << 1 << 0;
    QTest::newRow("revisited-unsatisfied-reopened")
        << toDisposing + toClose
               + u" revisit@operator=closed reopen@shift-leader=dispatched "
                 "dept-accept@department=disposing "_s
               + toClose + u" revisit@operator=closed"_s
        << 1 << 0;
    QTest::newRow("supervised-and-urged")
        << toDispatch
               + u"urge@dispatcher=dispatched supervise@supervisor=dispatched "
                 "dept-accept@department=disposing urge@shift-leader=disposing "
                 "supervise@shift-leader=disposing "_s
               + toClose
        << 1 << 0;
}

void tst_CaseStateMachine::walks()
{
    QFETCH(QString, steps);
    QFETCH(int, dispatches);
    QFETCH(int, reworks);

    static const QRegularExpression step(u"^([a-z-]+)@([a-z-]+)=([a-z-]+)$"_s);
    Walk walk;
    for (const QString &text : steps.split(u' ', Qt::SkipEmptyParts)) {
        const auto match = step.match(text);
        QVERIFY2(match.hasMatch(), qPrintable(text));
        const A action = actionFromId(match.captured(1));
        const R role = roleFromId(match.captured(2));
        const S expected = stateFromId(match.captured(3));
        QVERIFY2(action != A::Invalid && role != R::Invalid && expected != S::Invalid,
                 qPrintable(text));
        QVERIFY2(CaseStateMachine::allowedActions(walk.snapshot, role).contains(action),
                 qPrintable(text));

        const auto result = CaseStateMachine::apply(walk.snapshot, action, role);
        QVERIFY2(result.ok(), qPrintable(text + u": "_s + CcTest::messageOf(result)));
        QCOMPARE(result->from, walk.snapshot.state);
        QCOMPARE(result->to, expected);
        walk.snapshot = {result->to, result->resumeState};
        walk.dispatches += result->countsDispatch ? 1 : 0;
        walk.reworks += result->countsRework ? 1 : 0;
        walk.stages.append(result->stage);
    }
    QVERIFY(CaseStateMachine::isTerminal(walk.snapshot.state));
    QCOMPARE(walk.snapshot.resumeState, S::Invalid);
    QCOMPARE(walk.dispatches, dispatches);
    QCOMPARE(walk.reworks, reworks);
    QCOMPARE(walk.stages.first(), Stage::Collection);
}

QTEST_GUILESS_MAIN(tst_CaseStateMachine)

#include "tst_casestatemachine.moc"

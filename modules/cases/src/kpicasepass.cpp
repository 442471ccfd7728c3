// SPDX-License-Identifier: GPL-3.0-or-later
// SQLite evaluates the published figures' ~100 comparisons per case one opcode at a time: a
// year of 650,000 cases took ~4.5 s of CPU in the statement of countFiguresBySql, of which
// reading the rows is ~0.3 s. Here the rows are read once, for every period and key a caller
// needs (the bulletin's month, previous month and year earlier; streets and departments), and
// the conditions are the same comparisons in C++ (docs/kpi.md, "Performance"). Two threads
// read the table, each with its own connection, taking chunks of the fid range in turn; their
// rows are added up at the end, and the period's results are joined to the cases by id
// through two sorted lists (kpicasejoin.h).
// Times are ISO UTC text compared byte by byte, as SQLite's BINARY collation does; a NULL
// makes every comparison false, as it makes every sum of these AND/OR conditions skip the case.
#include "kpicasepass.h"

#include "kpicasejoin.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>

#include <atomic>
#include <ctime>
#include <limits>
#include <memory>
#include <optional>
#include <string_view>
#include <thread>
#include <vector>

namespace Cc::Cases::Detail {

// What a pass costs, part by part: QT_LOGGING_RULES=cc.kpi.debug=true.
Q_LOGGING_CATEGORY(lcKpi, "cc.kpi", QtWarningMsg)

namespace {

/// CPU time of the calling thread, for the debug lines (the machine may be shared).
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

using View = std::string_view; ///< data() == nullptr: SQL NULL

View view(const Storage::Statement &st, int column)
{
    const QByteArrayView v = st.utf8View(column);
    return v.isNull() ? View() : View(v.data(), size_t(v.size()));
}

bool isNull(View v)
{
    return v.data() == nullptr;
}

/// A time as a number: the canonical ISO UTC text "2026-11-23T10:00:00.000Z" (what the case
/// service writes and isoUtc binds) packed as yyyyMMddhhmmsszzz, which orders as the text
/// does; kNoTime for NULL; nullopt for any other text (then the row is compared as text).
constexpr qint64 kNoTime = std::numeric_limits<qint64>::min();
std::optional<qint64> packed(View v)
{
    if (isNull(v))
        return kNoTime;
    static constexpr char kShape[] = "dddd-dd-ddTdd:dd:dd.dddZ";
    if (v.size() != sizeof kShape - 1)
        return std::nullopt;
    qint64 n = 0;
    for (size_t i = 0; i < v.size(); ++i) {
        const char c = v[i];
        if (kShape[i] != 'd') {
            if (c != kShape[i])
                return std::nullopt;
        } else if (c >= '0' && c <= '9') {
            n = n * 10 + (c - '0');
        } else {
            return std::nullopt;
        }
    }
    return n;
}

bool isNull(qint64 t)
{
    return t == kNoTime;
}

/// x < bound, false when x is NULL (the bound never is).
template<typename Time>
bool before(Time x, Time bound)
{
    return !isNull(x) && x < bound;
}

/// The times of one case, as text or packed.
template<typename Time>
struct Times
{
    Time reported, filed, fa, dispatched, disposed, closed, deadline;
};

/// The other columns of one case that the figures read (the order of kPassSql).
struct CaseView
{
    View state, channel;
    qint64 hung = 0, closedInTime = -1, dispatchCount = 0, reworkCount = 0, postponeCount = 0;
};

constexpr int kIdColumn = 13;
constexpr int kKeyColumn = 14; ///< the first key column of kPassSql
constexpr const char *kPassSql
    = "SELECT c.reported_at, c.filed_at, c.dispatched_at, c.disposed_at, c.closed_at, "
      "c.disposal_deadline, c.state, c.hung, c.closed_in_time, c.dispatch_count, c.rework_count, "
      "c.postpone_count, c.channel, c.id%1 FROM case_record c %2WHERE c.reported_at < ?1%3";

Times<View> readTimes(const Storage::Statement &st)
{
    Times<View> t;
    t.reported = view(st, 0);
    t.filed = view(st, 1);
    t.fa = t.filed;
    t.dispatched = view(st, 2);
    t.disposed = view(st, 3);
    t.closed = view(st, 4);
    t.deadline = view(st, 5);
    return t;
}

/// The times packed; nullopt when one of them is not canonical text.
std::optional<Times<qint64>> packedTimes(const Times<View> &t)
{
    Times<qint64> p;
    const std::pair<View, qint64 *> all[] = {{t.reported, &p.reported},
                                             {t.filed, &p.filed},
                                             {t.fa, &p.fa},
                                             {t.dispatched, &p.dispatched},
                                             {t.disposed, &p.disposed},
                                             {t.closed, &p.closed},
                                             {t.deadline, &p.deadline}};
    for (const auto &[text, number] : all) {
        const auto n = packed(text);
        if (!n)
            return std::nullopt;
        *number = *n;
    }
    return p;
}

CaseView readCase(const Storage::Statement &st)
{
    CaseView c;
    c.state = view(st, 6);
    c.hung = st.integer(7);
    c.closedInTime = st.isNull(8) ? -1 : st.integer(8);
    c.dispatchCount = st.integer(9);
    c.reworkCount = st.integer(10);
    c.postponeCount = st.integer(11);
    c.channel = view(st, 12);
    return c;
}

template<typename Time>
struct Bounds
{
    Time from, to, asOf; ///< asOf: min(to, now), what is overdue
};

/// The conditions of countFiguresBySql (kpifigures.cpp), case by case.
template<typename Time>
void addCase(const Times<Time> &t, const CaseView &c, const Bounds<Time> &b, bool bulletinDue,
             Core::CaseFigures &f)
{
    const Time from = b.from, to = b.to;
    const auto in = [&](Time x) { return !isNull(x) && x >= from && x < to; };
    const bool cancelled = c.state == "cancelled";
    const bool live = !cancelled && c.hung == 0; // neither 作废 nor 挂账
    if (in(t.reported) && !cancelled && c.state != "rejected") {
        ++f.reported;
        f.reportedFiled += !isNull(t.fa);
    }
    if (in(t.fa) && !cancelled) {
        ++f.filed;
        f.selfDisposed += isNull(t.filed);
        f.collectorFiled += c.channel == "collector";
        f.publicFiled += c.channel == "hotline-12319" || c.channel == "hotline-12345"
                         || c.channel == "wechat";
    }
    if (in(t.dispatched)) {
        ++f.dispatched;
        f.dispatchedOnce += c.dispatchCount == 1;
    }
    const bool disposedIn = in(t.disposed);
    if (before(t.dispatched, to) && live
        && (disposedIn || (before(t.deadline, to) && (isNull(t.disposed) || t.disposed >= from)))) {
        ++f.disposalDue;
        if (disposedIn) {
            ++f.disposed;
            f.disposedInTime += isNull(t.deadline) || t.disposed <= t.deadline;
        }
        f.postponed += c.postponeCount > 0;
    }
    const bool closedIn = in(t.closed);
    const bool due = bulletinDue ? before(t.fa, to) && live
                                       && (closedIn
                                           || (before(t.deadline, to)
                                               && (isNull(t.closed) || t.closed >= from)))
                                 : in(t.fa) && live;
    if (due) {
        ++f.due;
        if (bulletinDue ? closedIn : !isNull(t.closed)) {
            ++f.closed;
            f.closedInTime += c.closedInTime == 1;
            f.closedFirstTime += c.reworkCount == 0 && c.dispatchCount <= 1;
            f.closedReworked += c.reworkCount > 0;
        }
    }
    if (before(t.fa, to) && live && (isNull(t.closed) || t.closed >= to)
        && before(t.deadline, b.asOf) && (isNull(t.disposed) || t.disposed > t.deadline))
        ++f.overdueOpen;
    f.hung += before(t.fa, to) && c.hung == 1;
}

/// A target's conditions, shared read-only by the threads that read the cases.
struct Condition
{
    QByteArray from, to, asOf; ///< the bounds' text
    Bounds<View> text;
    Bounds<qint64> numbers;
    bool numeric = false; ///< the bounds are canonical times (isoUtc's always are)
    bool bulletinDue = true;
    int column = 0; ///< its key among the pass's key columns

    void setBounds(const QString &f, const QString &t, const QString &a)
    {
        from = f.toUtf8();
        to = t.toUtf8();
        asOf = a.toUtf8();
        const auto v = [](const QByteArray &b) { return View(b.constData(), size_t(b.size())); };
        text = {v(from), v(to), v(asOf)};
        const auto f1 = packed(text.from), t1 = packed(text.to), a1 = packed(text.asOf);
        numeric = f1 && t1 && a1 && !isNull(*f1) && !isNull(*t1) && !isNull(*a1);
        if (numeric)
            numbers = {*f1, *t1, *a1};
    }
};

/// A target's period events: by department or for the city straight into rows, by case in a
/// list joined to the cases after they are read (kpicasejoin.h).
struct TargetExtras
{
    bool byCase = false;
    QHash<QByteArray, Core::CaseFigures> rows; ///< by department, the city, cases not read
    IdList ids;                                ///< by case: the case of each extras[i]
    std::vector<Extra> extras;
    std::vector<bool> joined;

    Core::CaseFigures &row(View key)
    {
        const QByteArray raw = QByteArray::fromRawData(key.data(), qsizetype(key.size()));
        auto it = rows.find(raw);
        if (it == rows.end())
            it = rows.insert(QByteArray(key.data(), qsizetype(key.size())), {});
        return it.value();
    }
};

/// What one read of a range of the case records gathers: the rows of every target by a dense
/// key number (no string lookup per target and case), and the cases' ids with their key
/// numbers when some target joins its events by case.
struct Part
{
    struct Keys
    {
        QHash<QByteArray, int> index;
        QList<QByteArray> names;
        int intern(View key)
        {
            const QByteArray raw = QByteArray::fromRawData(key.data(), qsizetype(key.size()));
            auto it = index.constFind(raw);
            if (it != index.cend())
                return it.value();
            names << QByteArray(key.data(), qsizetype(key.size()));
            return *index.insert(names.last(), int(names.size() - 1));
        }
    };
    std::vector<Keys> keys;                           ///< per key column
    std::vector<std::vector<Core::CaseFigures>> rows; ///< per target, by key number
    std::vector<std::vector<char>> hasRow;            ///< per target, by key number
    IdList ids;                                       ///< the cases read, when joining by case
    std::vector<std::vector<qint32>> keyOfCase;       ///< per key column, per case read

    Part(size_t targets, size_t columns)
        : keys(columns)
        , rows(targets)
        , hasRow(targets)
        , keyOfCase(columns)
    {}

    Core::CaseFigures &row(size_t target, int key)
    {
        if (size_t(key) >= rows[target].size()) {
            rows[target].resize(size_t(key) + 1);
            hasRow[target].resize(size_t(key) + 1, 0);
        }
        hasRow[target][size_t(key)] = 1;
        return rows[target][size_t(key)];
    }
};

/// What every read of the cases shares, read-only.
struct Plan
{
    QString sql;         ///< kPassSql with the key columns
    QString end;         ///< the latest end of the targets
    bool ranged = false; ///< the statement takes a fid range (?2, ?3)
    size_t columns = 0;
    bool joinByCase = false;
    std::vector<Condition> conditions;
    QHash<QByteArray, QByteArray> selfDisposed; ///< case id → its first self-dispose time
};

/// Adds one case record (a row of kPassSql) to `part`.
void addRecord(const Storage::Statement &row, const Plan &plan, std::vector<int> &key, Part &part)
{
    Times<View> times = readTimes(row);
    const CaseView c = readCase(row);
    const View id = view(row, kIdColumn);
    if (isNull(times.filed)) {
        const auto s = plan.selfDisposed.constFind(
            QByteArray::fromRawData(id.data(), qsizetype(id.size())));
        if (s != plan.selfDisposed.cend())
            times.fa = View(s->constData(), size_t(s->size()));
    }
    for (size_t k = 0; k < plan.columns; ++k) {
        const View v = view(row, kKeyColumn + int(k));
        key[k] = part.keys[k].intern(isNull(v) ? View("") : v);
    }
    const std::optional<Times<qint64>> numbers = packedTimes(times);
    for (size_t i = 0; i < plan.conditions.size(); ++i) {
        const Condition &r = plan.conditions[i];
        const bool numeric = numbers && r.numeric;
        if (!(numeric ? before(numbers->reported, r.numbers.to)
                      : before(times.reported, r.text.to)))
            continue;
        Core::CaseFigures &figures = part.row(i, key[size_t(r.column)]);
        if (numeric)
            addCase(*numbers, c, r.numbers, r.bulletinDue, figures);
        else
            addCase(times, c, r.text, r.bulletinDue, figures);
    }
    if (plan.joinByCase) {
        part.ids.append(isNull(id) ? View("") : id);
        for (size_t k = 0; k < plan.columns; ++k)
            part.keyOfCase[k].push_back(key[k]);
    }
}

/// The fid ranges still to read, taken a chunk at a time by every reader: whichever thread the
/// machine gives more time (or has less else to do) reads more.
class Chunks
{
public:
    Chunks(qint64 first, qint64 last, qint64 size)
        : m_next(first)
        , m_last(last)
        , m_size(std::max<qint64>(1, size))
    {}
    /// The next [first, end), or false when all are taken.
    bool take(qint64 &first, qint64 &end)
    {
        first = m_next.fetch_add(m_size);
        end = std::min(first + m_size, m_last + 1);
        return first <= m_last;
    }

private:
    std::atomic<qint64> m_next;
    const qint64 m_last, m_size;
};

/// Reads cases into `part`: chunk after chunk of fids when the plan is ranged, else all at once.
Result<void> readCases(Storage::Database &db, const Plan &plan, Chunks &chunks, Part &part)
{
    auto st = db.prepare(plan.sql);
    if (!st)
        return st.error();
    std::vector<int> key(plan.columns);
    qint64 first = 0, end = 0;
    while (!plan.ranged || chunks.take(first, end)) {
        st->reset();
        st->bindText(1, plan.end);
        if (plan.ranged)
            st->bindInt(2, first).bindInt(3, end);
        auto read = Storage::forEachRow(st.value(), [&](const Storage::Statement &row) {
            addRecord(row, plan, key, part);
        });
        if (!read)
            return read.error();
        if (!plan.ranged)
            break;
    }
    part.ids.sortByHash();
    return {};
}

Result<bool> hasIndex(Storage::Database &db, const QString &name)
{
    auto st = db.prepare(
        QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?1"));
    if (!st)
        return st.error();
    st->bindText(1, name);
    return st->step();
}

/// The period's results (处理反馈: working minutes) and 回访 answers, by department, by case
/// or for the whole city. The planner without fresh statistics prefers the events' index by
/// action for the results, which reads every result's row; the partial covering index of
/// migration 0014 answers alone.
Result<void> loadExtras(Storage::Database &db, const PassTarget &target, TargetExtras &out)
{
    auto indexed = hasIndex(db, QStringLiteral("case_event_feedback_time"));
    if (!indexed)
        return indexed.error();
    const auto by = [&](const char *table) {
        return target.disposalTimes == DisposalTimesBy::Department
                   ? QStringLiteral("%1.department_id").arg(QLatin1String(table))
               : target.disposalTimes == DisposalTimesBy::Case
                   ? QStringLiteral("%1.case_id").arg(QLatin1String(table))
                   : QStringLiteral("''");
    };
    const QString sql[]
        = {QStringLiteral("SELECT %1, e.used_minutes IS NOT NULL, ifnull(e.used_minutes, 0) FROM "
                          "case_event e %2WHERE e.action = 'feedback' AND e.at >= ?1 AND e.at < ?2")
               .arg(by("e"), indexed.value()
                                 ? QStringLiteral("INDEXED BY case_event_feedback_time ")
                                 : QString()),
           QStringLiteral("SELECT %1, 1, r.result IN ('satisfied', 'basic') FROM case_revisit r "
                          "WHERE r.at >= ?1 AND r.at < ?2")
               .arg(by("r"))};
    out.byCase = target.disposalTimes == DisposalTimesBy::Case;
    for (int part = 0; part < 2; ++part) {
        auto st = db.prepare(sql[part]);
        if (!st)
            return st.error();
        st->bindText(1, target.from);
        st->bindText(2, target.to);
        auto read = Storage::forEachRow(st.value(), [&](const Storage::Statement &row) {
            const View key = view(row, 0);
            Extra e;
            (part == 0 ? e.timed : e.revisited) = row.integer(1);
            (part == 0 ? e.minutes : e.satisfied) = row.integer(2);
            if (!out.byCase) {
                e.addTo(out.row(isNull(key) ? View("") : key));
                return;
            }
            out.ids.append(isNull(key) ? View("") : key);
            out.extras.push_back(e);
        });
        if (!read)
            return read.error();
    }
    out.ids.sortByHash();
    out.joined.assign(out.extras.size(), false);
    return {};
}

/// The first (self-dispose) event of every 自行处置 case: its filing time (docs/kpi.md).
Result<QHash<QByteArray, QByteArray>> selfDisposals(Storage::Database &db)
{
    // In time order along the events' index by action (no sort): a case's first one wins.
    auto st = db.prepare(QStringLiteral("SELECT case_id, at FROM case_event "
                                        "WHERE action = 'self-dispose' ORDER BY at"));
    if (!st)
        return st.error();
    QHash<QByteArray, QByteArray> at;
    auto read = Storage::forEachRow(st.value(), [&](const Storage::Statement &row) {
        const QByteArrayView id = row.utf8View(0);
        if (!at.contains(QByteArray::fromRawData(id.data(), id.size())))
            at.insert(id.toByteArray(), row.utf8View(1).toByteArray());
    });
    if (!read)
        return read.error();
    return at;
}

/// The case records' fids, first and last (0, 0 when there is none).
Result<std::pair<qint64, qint64>> fidRange(Storage::Database &db)
{
    auto st = db.prepare(
        QStringLiteral("SELECT ifnull(min(fid), 0), ifnull(max(fid), 0) FROM case_record"));
    if (!st)
        return st.error();
    if (auto r = st->step(); !r)
        return r.error();
    return std::pair{st->integer(0), st->integer(1)};
}

/// Whether most cases were reported before `to`: then one read of the table in storage order
/// is about twice as fast as following the reported_at index (a year up to now); an older
/// period reads its range through the index. `cases` estimates the number of cases.
Result<bool> mostCasesBefore(Storage::Database &db, const QString &to, qint64 cases)
{
    const qint64 half = cases / 2;
    auto after = db.prepare(QStringLiteral(
        "SELECT count(*) FROM (SELECT 1 FROM case_record WHERE reported_at >= ?1 LIMIT ?2)"));
    if (!after)
        return after.error();
    after->bindText(1, to);
    after->bindInt(2, half + 1);
    if (auto r = after->step(); !r)
        return r.error();
    return after->integer(0) <= half;
}

/// Adds the events joined by case to the rows of the parts that read their cases; the events
/// of cases no part read (reported after the latest end, which the case service never writes,
/// or imported so) find their key case by case.
Result<void> joinByCase(Storage::Database &db, const PassTarget &target, const Condition &cond,
                        size_t index, TargetExtras &extras, std::vector<Part *> parts)
{
    for (Part *part : parts) {
        const std::vector<qint32> &keys = part->keyOfCase[size_t(cond.column)];
        mergeMatches(part->ids, extras.ids, [&](quint32 c, quint32 e) {
            extras.extras[e].addTo(part->row(index, keys[c]));
            extras.joined[e] = true;
        });
    }
    if (std::find(extras.joined.cbegin(), extras.joined.cend(), false) == extras.joined.cend())
        return {};
    auto st = db.prepare(
        QStringLiteral("SELECT %1 FROM case_record c WHERE c.id = ?1").arg(target.keySql));
    if (!st)
        return st.error();
    for (const IdList::Ref &ref : extras.ids.refs()) {
        if (extras.joined[ref.index])
            continue;
        const View id = extras.ids.id(ref);
        st->reset();
        st->bindUtf8View(1, id.data(), qsizetype(id.size()));
        auto found = st->step();
        if (!found)
            return found.error();
        if (found.value())
            extras.extras[ref.index].addTo(
                extras.row(isNull(view(*st, 0)) ? View("") : view(*st, 0)));
    }
    return {};
}

/// The target's rows by key: the parts' and the events' added up.
QHash<QString, Core::CaseFigures> rowsOf(size_t index, const Condition &cond,
                                         const TargetExtras &extras,
                                         const std::vector<Part *> &parts)
{
    QHash<QString, Core::CaseFigures> rows;
    for (const Part *part : parts) {
        const auto &names = part->keys[size_t(cond.column)].names;
        for (size_t k = 0; k < part->rows[index].size(); ++k) {
            if (part->hasRow[index][k])
                rows[QString::fromUtf8(names[qsizetype(k)])] += part->rows[index][k];
        }
    }
    for (auto it = extras.rows.cbegin(); it != extras.rows.cend(); ++it)
        rows[QString::fromUtf8(it.key())] += it.value();
    return rows;
}

/// The plan of a pass: key columns, conditions, the statement.
Result<Plan> planOf(Storage::Database &db, const QList<PassTarget> &targets, bool wholeTable)
{
    Plan plan;
    QStringList keys; // each key expression once
    for (const PassTarget &t : targets) {
        if (!keys.contains(t.keySql))
            keys << t.keySql;
        Condition c;
        c.column = int(keys.indexOf(t.keySql));
        c.bulletinDue = t.bulletinDue;
        c.setBounds(t.from, t.to, std::min(t.to, t.now));
        plan.conditions.push_back(std::move(c));
        plan.end = std::max(plan.end, t.to);
        plan.joinByCase = plan.joinByCase || t.disposalTimes == DisposalTimesBy::Case;
    }
    plan.columns = size_t(keys.size());
    plan.ranged = wholeTable;
    plan.sql = QString::fromLatin1(kPassSql)
                   .arg(QStringLiteral(", ") + keys.join(QStringLiteral(", ")),
                        wholeTable ? QStringLiteral("NOT INDEXED ") : QString(),
                        wholeTable ? QStringLiteral(" AND c.fid >= ?2 AND c.fid < ?3") : QString());
    auto selfDisposed = selfDisposals(db);
    if (!selfDisposed)
        return selfDisposed.error();
    plan.selfDisposed = std::move(selfDisposed.value());
    return plan;
}

/// Below this many cases the pass reads them on the caller's thread alone: a second
/// connection costs a few milliseconds.
constexpr qint64 kCasesPerThread = 500;
/// The fid range is read in this many chunks (a chunk costs one more seek).
constexpr qint64 kChunks = 32;

/// Whether a second reader of the cases may help: a table worth it, read in fid ranges, and a
/// caller's connection without an open transaction (a second connection would not see its
/// uncommitted writes) on a database in a file.
bool secondReaderHelps(Storage::Database &db, const Plan &plan, qint64 firstFid, qint64 lastFid)
{
    return plan.ranged && lastFid - firstFid >= 2 * kCasesPerThread && !db.inTransaction()
           && QFileInfo(db.path()).isFile();
}

/// The second reader: its own read-only connection (opened on its thread, ~0.1 s on a large
/// file), then chunks until none is left. When the connection cannot be opened the caller's
/// reader takes every chunk.
Result<void> readAside(const QString &path, const Plan &plan, Chunks &chunks, Part &part)
{
    auto second = Storage::Database::open(path, Storage::Database::OpenMode::ReadOnly,
                                          Storage::Database::IntegrityCheck::Deferred);
    if (!second)
        return {};
    return readCases(**second, plan, chunks, part);
}

} // namespace

Result<void> countCasePass(Storage::Database &db, QList<PassTarget> &targets)
{
    if (targets.isEmpty())
        return {};
    QElapsedTimer timer;
    timer.start();
    double cpu = threadCpuMs(), workerCpu = 0;
    auto fids = fidRange(db);
    if (!fids)
        return fids.error();
    QString end;
    for (const PassTarget &t : targets)
        end = std::max(end, t.to);
    auto wholeTable = mostCasesBefore(db, end, fids->second);
    if (!wholeTable)
        return wholeTable.error();
    auto plan = planOf(db, targets, wholeTable.value());
    if (!plan)
        return plan.error();
    qCDebug(lcKpi, "plan: %lld ms, CPU %.0f ms", timer.elapsed(), threadCpuMs() - cpu);
    // Two readers over the fid range, a chunk at a time: a worker thread with its own
    // connection from the start, the caller's connection after the period's events.
    const auto [firstFid, lastFid] = fids.value();
    const bool twoThreads = secondReaderHelps(db, *plan, firstFid, lastFid);
    Chunks chunks(firstFid, lastFid, (lastFid - firstFid + 1) / kChunks + 1);
    Part own(size_t(targets.size()), plan->columns), theirs(size_t(targets.size()), plan->columns);
    Result<void> workerRead;
    std::thread worker;
    if (twoThreads)
        worker = std::thread([&] {
            workerRead = readAside(db.path(), *plan, chunks, theirs);
            workerCpu = threadCpuMs();
        });
    std::vector<TargetExtras> extras(size_t(targets.size()));
    Result<void> ownRead;
    for (qsizetype i = 0; i < targets.size() && ownRead; ++i)
        ownRead = loadExtras(db, targets[i], extras[size_t(i)]);
    qCDebug(lcKpi, "plan, results and 回访 of %lld period(s): %lld ms, CPU %.0f ms",
            qint64(targets.size()), timer.elapsed(), threadCpuMs() - cpu);
    cpu = threadCpuMs();
    if (ownRead)
        ownRead = readCases(db, *plan, chunks, own);
    if (worker.joinable())
        worker.join();
    if (!ownRead)
        return ownRead;
    if (!workerRead)
        return workerRead;
    qCDebug(lcKpi, "one read of the cases (%s, %s): %lld ms, CPU %.0f + %.0f ms",
            wholeTable.value() ? "whole table" : "reported_at range",
            twoThreads ? "two threads" : "one thread", timer.restart(), threadCpuMs() - cpu,
            workerCpu);
    cpu = threadCpuMs();
    const std::vector<Part *> parts{&own, &theirs};
    for (qsizetype i = 0; i < targets.size(); ++i) {
        const Condition &cond = plan->conditions[size_t(i)];
        if (extras[size_t(i)].byCase) {
            if (auto r = joinByCase(db, targets[i], cond, size_t(i), extras[size_t(i)], parts); !r)
                return r;
        }
        targets[i].rows = rowsOf(size_t(i), cond, extras[size_t(i)], parts);
    }
    qCDebug(lcKpi, "joined and added up: %lld ms, CPU %.0f ms", timer.elapsed(),
            threadCpuMs() - cpu);
    return {};
}

} // namespace Cc::Cases::Detail

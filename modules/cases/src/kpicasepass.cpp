// SPDX-License-Identifier: GPL-3.0-or-later
// SQLite evaluates the published figures' ~100 comparisons per case one opcode at a time: a
// year of 650,000 cases took ~4.5 s of CPU in the statement of countFiguresBySql, of which
// reading the rows is ~0.3 s. Here the rows are read once, for every period and key a caller
// needs (the bulletin's month, previous month and year earlier; streets and departments), and
// the conditions are the same comparisons in C++ (docs/kpi.md, "Performance").
// Times are ISO UTC text compared byte by byte, as SQLite's BINARY collation does; a NULL
// makes every comparison false, as it makes every sum of these AND/OR conditions skip the case.
#include "kpicasepass.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QLoggingCategory>

#include <limits>
#include <optional>
#include <string_view>
#include <vector>

namespace Cc::Cases::Detail {

// What a pass costs, part by part: QT_LOGGING_RULES=cc.kpi.debug=true.
Q_LOGGING_CATEGORY(lcKpi, "cc.kpi", QtWarningMsg)

namespace {

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
      "c.postpone_count, c.channel, c.id%1 FROM case_record c %2WHERE c.reported_at < ?1";

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

/// What a period's events add to a row besides the case columns.
struct Extra
{
    qint64 minutes = 0, timed = 0, revisited = 0, satisfied = 0;
    void addTo(Core::CaseFigures &f) const
    {
        f.disposalMinutes += minutes;
        f.disposalsTimed += timed;
        f.revisited += revisited;
        f.satisfied += satisfied;
    }
};

/// The period's results and 回访 per case id until the pass reads the case: up to ~600 k
/// ids a year, kept in one buffer and an open-addressing table (no allocation per id; a
/// QHash<QByteArray> of them cost more than the pass itself).
class ExtrasByCase
{
public:
    bool isEmpty() const { return m_pending == 0; }

    Extra &operator[](View id)
    {
        if (2 * (m_entries.size() + 1) > m_slots.size())
            grow();
        const quint32 hash = hashOf(id);
        quint64 &slot = m_slots[probe(id, hash)];
        if (slot == 0) {
            m_entries.push_back({quint32(m_ids.size()), quint32(id.size()), {}, false});
            m_ids.append(id.data(), qsizetype(id.size()));
            slot = (quint64(hash) << 32) | quint64(m_entries.size());
            ++m_pending;
        }
        return m_entries[(slot & 0xffffffffu) - 1].extra;
    }

    /// The case's sums, once: nullptr when it has none or they were taken.
    const Extra *take(View id)
    {
        if (m_pending == 0)
            return nullptr;
        const quint64 slot = m_slots[probe(id, hashOf(id))];
        if (slot == 0)
            return nullptr;
        Entry &e = m_entries[(slot & 0xffffffffu) - 1];
        if (e.taken)
            return nullptr;
        e.taken = true;
        --m_pending;
        return &e.extra;
    }

    /// The ids not taken, with their sums.
    template<typename F>
    void forEachPending(F &&f) const
    {
        for (const Entry &e : m_entries) {
            if (!e.taken)
                f(View(m_ids.constData() + e.offset, e.length), e.extra);
        }
    }

private:
    struct Entry
    {
        quint32 offset = 0, length = 0;
        Extra extra;
        bool taken = false;
    };

    static quint32 hashOf(View id) { return quint32(qHashBits(id.data(), id.size())); }

    /// The slot of `id`, or the empty one where it goes. A slot: the id's hash in the high
    /// half, its entry + 1 in the low half; 0 when empty.
    size_t probe(View id, quint32 hash) const
    {
        const size_t mask = m_slots.size() - 1;
        for (size_t i = hash & mask;; i = (i + 1) & mask) {
            const quint64 slot = m_slots[i];
            if (slot == 0)
                return i;
            if (quint32(slot >> 32) == hash) {
                const Entry &e = m_entries[(slot & 0xffffffffu) - 1];
                if (View(m_ids.constData() + e.offset, e.length) == id)
                    return i;
            }
        }
    }

    void grow()
    {
        std::vector<quint64> old(std::max<size_t>(4096, 2 * m_slots.size()), 0);
        old.swap(m_slots);
        const size_t mask = m_slots.size() - 1;
        for (const quint64 slot : old) {
            if (slot == 0)
                continue;
            size_t i = quint32(slot >> 32) & mask;
            while (m_slots[i] != 0)
                i = (i + 1) & mask;
            m_slots[i] = slot;
        }
    }

    QByteArray m_ids;
    std::vector<Entry> m_entries;
    std::vector<quint64> m_slots;
    size_t m_pending = 0;
};

/// One target while the pass runs: rows by UTF-8 key (no QString per case), the period's
/// results and 回访 by case id until their case is read.
struct Running
{
    QByteArray from, to, asOf; ///< the bounds' text
    Bounds<View> text;
    Bounds<qint64> numbers;
    bool numeric = false; ///< the bounds are canonical times (isoUtc's always are)
    int keyColumn = kKeyColumn;
    QHash<QByteArray, Core::CaseFigures> rows;
    ExtrasByCase byCase;

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

    Core::CaseFigures &row(View key)
    {
        const QByteArray raw = QByteArray::fromRawData(key.data(), qsizetype(key.size()));
        auto it = rows.find(raw);
        if (it == rows.end())
            it = rows.insert(QByteArray(key.data(), qsizetype(key.size())), {});
        return it.value();
    }
};

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
Result<void> loadExtras(Storage::Database &db, const PassTarget &target, Running &run)
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
            if (target.disposalTimes != DisposalTimesBy::Case) {
                e.addTo(run.row(isNull(key) ? View("") : key));
                return;
            }
            Extra &sum = run.byCase[key];
            sum.minutes += e.minutes;
            sum.timed += e.timed;
            sum.revisited += e.revisited;
            sum.satisfied += e.satisfied;
        });
        if (!read)
            return read.error();
    }
    return {};
}

/// The first (self-dispose) event of every 自行处置 case: its filing time (docs/kpi.md).
Result<QHash<QByteArray, QByteArray>> selfDisposals(Storage::Database &db)
{
    auto st = db.prepare(QStringLiteral("SELECT case_id, min(at) FROM case_event "
                                        "WHERE action = 'self-dispose' GROUP BY case_id"));
    if (!st)
        return st.error();
    QHash<QByteArray, QByteArray> at;
    auto read = Storage::forEachRow(st.value(), [&](const Storage::Statement &row) {
        at.insert(row.utf8View(0).toByteArray(), row.utf8View(1).toByteArray());
    });
    if (!read)
        return read.error();
    return at;
}

/// Whether most cases were reported before `to`: then one read of the table in storage order
/// is about twice as fast as following the reported_at index (a year up to now); an older
/// period reads its range through the index. fid estimates the number of cases.
Result<bool> mostCasesBefore(Storage::Database &db, const QString &to)
{
    auto total = db.prepare(QStringLiteral("SELECT ifnull(max(fid), 0) FROM case_record"));
    if (!total)
        return total.error();
    if (auto r = total->step(); !r)
        return r.error();
    const qint64 half = total->integer(0) / 2;
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

/// Results and 回访 of cases the pass did not read (reported after the latest end, which
/// the case service never writes, or imported so): their key case by case.
Result<void> addUnreadCases(Storage::Database &db, const PassTarget &target, Running &run)
{
    if (run.byCase.isEmpty())
        return {};
    auto st = db.prepare(
        QStringLiteral("SELECT %1 FROM case_record c WHERE c.id = ?1").arg(target.keySql));
    if (!st)
        return st.error();
    Result<void> result;
    run.byCase.forEachPending([&](View id, const Extra &extra) {
        if (!result)
            return;
        st->reset();
        st->bindUtf8View(1, id.data(), qsizetype(id.size()));
        auto found = st->step();
        if (!found)
            result = found.error();
        else if (found.value())
            extra.addTo(run.row(isNull(view(*st, 0)) ? View("") : view(*st, 0)));
    });
    return result;
}

} // namespace

Result<void> countCasePass(Storage::Database &db, QList<PassTarget> &targets)
{
    if (targets.isEmpty())
        return {};
    QElapsedTimer timer;
    timer.start();
    QStringList keys; // each key expression once
    QList<Running> running(targets.size());
    QString end;
    for (qsizetype i = 0; i < targets.size(); ++i) {
        const PassTarget &t = targets[i];
        if (!keys.contains(t.keySql))
            keys << t.keySql;
        running[i].keyColumn = kKeyColumn + int(keys.indexOf(t.keySql));
        running[i].setBounds(t.from, t.to, std::min(t.to, t.now));
        if (t.to > end)
            end = t.to;
        if (auto r = loadExtras(db, t, running[i]); !r)
            return r;
    }
    qCDebug(lcKpi, "results and 回访 of %lld period(s): %lld ms", qint64(targets.size()),
            timer.restart());
    auto selfDisposed = selfDisposals(db);
    if (!selfDisposed)
        return selfDisposed.error();
    auto wholeTable = mostCasesBefore(db, end);
    if (!wholeTable)
        return wholeTable.error();
    auto st = db.prepare(
        QString::fromLatin1(kPassSql).arg(QStringLiteral(", ") + keys.join(QStringLiteral(", ")),
                                          wholeTable.value() ? QStringLiteral("NOT INDEXED ")
                                                             : QString()));
    if (!st)
        return st.error();
    st->bindText(1, end);
    auto read = Storage::forEachRow(st.value(), [&](const Storage::Statement &row) {
        Times<View> times = readTimes(row);
        const CaseView c = readCase(row);
        View id;
        if (isNull(times.filed)) {
            id = view(row, kIdColumn);
            const auto s = selfDisposed->constFind(
                QByteArray::fromRawData(id.data(), qsizetype(id.size())));
            if (s != selfDisposed->cend())
                times.fa = View(s->constData(), size_t(s->size()));
        }
        const std::optional<Times<qint64>> numbers = packedTimes(times);
        for (qsizetype i = 0; i < targets.size(); ++i) {
            Running &r = running[i];
            const bool numeric = numbers && r.numeric;
            Core::CaseFigures *figures = nullptr;
            if (numeric ? before(numbers->reported, r.numbers.to)
                        : before(times.reported, r.text.to)) {
                figures = &r.row(view(row, r.keyColumn));
                if (numeric)
                    addCase(*numbers, c, r.numbers, targets[i].bulletinDue, *figures);
                else
                    addCase(times, c, r.text, targets[i].bulletinDue, *figures);
            }
            if (r.byCase.isEmpty())
                continue;
            if (isNull(id))
                id = view(row, kIdColumn);
            if (const Extra *extra = r.byCase.take(id))
                extra->addTo(figures ? *figures : r.row(view(row, r.keyColumn)));
        }
    });
    if (!read)
        return read.error();
    qCDebug(lcKpi, "one read of the cases (%s): %lld ms",
            wholeTable.value() ? "whole table" : "reported_at range", timer.restart());
    for (qsizetype i = 0; i < targets.size(); ++i) {
        if (auto r = addUnreadCases(db, targets[i], running[i]); !r)
            return r;
        for (auto it = running[i].rows.cbegin(); it != running[i].rows.cend(); ++it)
            targets[i].rows.insert(QString::fromUtf8(it.key()), it.value());
    }
    return {};
}

} // namespace Cc::Cases::Detail

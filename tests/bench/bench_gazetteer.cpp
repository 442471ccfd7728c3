// SPDX-License-Identifier: GPL-3.0-or-later
// Address gazetteer benchmark (issue 15, docs/gazetteer.md): a held-back set of addresses
// written from the demo city's streets, places and crossings the way callers and operators say
// them, geocoded by the matcher.
//   targets: the top candidate within 30 m of the true spot for ≥ 95 %; each lookup < 20 ms.
//   baseline "LIKE scan": the longest gazetteer name the text contains, by SQL LIKE over the
//   tables (places first, then streets, the street's row's middle) — what a plain text search
//   gives without parsing numbers, crossings and offsets.
// The set is drawn with a generator of its own (--seed), never from the matcher's code: the
// true spot of a house number is its door (interpolated along its block, ±8 m, 9–15 m back),
// of "X北侧" a spot 0–20 m beyond the place's edge, of an offset the metres along the street.
//
// Not in the set: typos other than homophones, addresses of streets the gazetteer lacks.
//
// Usage: bench_gazetteer [--addresses N] [--seed S] [--db FILE]
#include <cc/core/pinyin.h>
#include <cc/demogen/democity.h>
#include <cc/gazetteer/matcher.h>
#include <cc/geo/distance.h>
#include <cc/storage/database.h>
#include <cc/storage/geometry.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <random>

using namespace Cc;
using Gazetteer::GazetteerData;

namespace {

constexpr double kHitM = 30.0;

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(file.readLine()).section(QLatin1Char(' '), 0, 2);
}

QPointF moved(const QPointF &p, double east, double north)
{
    const double perLat = Geo::metresPerDegree();
    return {p.x() + east / (perLat * std::cos(p.y() * M_PI / 180)), p.y() + north / perLat};
}

struct TestAddress
{
    QString variation, text;
    QPointF truth;
};

/// Writes the held-back set (see the header) from the gazetteer's own rows.
class AddressWriter
{
public:
    AddressWriter(const GazetteerData &data, quint64 seed) : m_data(data), m_random(seed) {}

    QList<TestAddress> write(int n)
    {
        QList<TestAddress> out;
        const std::pair<const char *, int> mix[]
            = {{"house number", 22},    {"missing 号", 12},           {"街/路/大道 swapped", 10},
               {"Chinese numerals", 5}, {"county prefix", 5},         {"pinyin initials", 8},
               {"intersection", 14},    {"offset from crossing", 10}, {"place, gate or side", 10},
               {"place alias", 4},      {"street office prefix", 4},  {"kind dropped", 4},
               {"homophone typo", 5}};
        int total = 0;
        for (const auto &[name, weight] : mix)
            total += weight;
        while (out.size() < n) {
            int pick = int(m_random() % total);
            for (const auto &[name, weight] : mix) {
                if (pick < weight) {
                    if (auto a = one(QString::fromUtf8(name)); !a.text.isEmpty())
                        out << a;
                    break;
                }
                pick -= weight;
            }
        }
        return out;
    }

private:
    double uniform(double lo, double hi)
    {
        return lo + (hi - lo) * double(m_random() % 100000) / 1e5;
    }
    template<typename T>
    const T &any(const QList<T> &list)
    {
        return list[qsizetype(m_random() % list.size())];
    }

    static QString chineseNumber(int n)
    {
        static const QString d = QStringLiteral("零一二三四五六七八九");
        if (n < 10)
            return d[n];
        QString s;
        if (n >= 100) {
            s += d[n / 100] + QStringLiteral("百");
            n %= 100;
            if (n > 0 && n < 10)
                s += QStringLiteral("零");
        }
        if (n >= 10) {
            if (!(s.isEmpty() && n / 10 == 1))
                s += d[n / 10];
            s += QStringLiteral("十");
            n %= 10;
        }
        if (n > 0)
            s += d[n];
        return s;
    }

    static QString initials(const QString &name)
    {
        QString out;
        for (QChar c : name) {
            const QStringList r = Core::Pinyin::builtin().readings(c);
            out += r.isEmpty() ? QString(c) : QString(r.first().front());
        }
        return out;
    }

    static QString withoutKind(const QString &name)
    {
        for (const QString &kind : {QStringLiteral("大道"), QStringLiteral("路"),
                                    QStringLiteral("街"), QStringLiteral("巷")})
            if (name.endsWith(kind))
                return name.chopped(kind.size());
        return name;
    }

    /// One character of the name replaced by another read the same (the input method's
    /// wrong pick: 仁民路 for 人民路); empty when none is found.
    QString homophone(const QString &name)
    {
        static const QHash<QString, QString> byReading = [] {
            // The common characters only: the first two thousand a reading offers.
            QHash<QString, QString> out;
            for (char16_t c = 0x4e00; c <= 0x9fa5; ++c) {
                const QStringList r = Core::Pinyin::builtin().readings(QChar(c));
                if (!r.isEmpty() && out[r.first()].size() < 8)
                    out[r.first()] += QChar(c);
            }
            return out;
        }();
        const qsizetype at = qsizetype(m_random() % std::max<qsizetype>(1, name.size() - 1));
        const QStringList r = Core::Pinyin::builtin().readings(name[at]);
        if (r.isEmpty())
            return {};
        const QString same = byReading.value(r.first()).remove(name[at]);
        if (same.isEmpty())
            return {};
        QString out = name;
        out[at] = same[qsizetype(m_random() % same.size())];
        return out;
    }

    static QString swapped(const QString &name)
    {
        if (name.endsWith(QStringLiteral("大道")))
            return name.chopped(2) + QStringLiteral("路");
        if (name.endsWith(u'路'))
            return name.chopped(1) + QStringLiteral("街");
        if (name.endsWith(u'街'))
            return name.chopped(1) + QStringLiteral("路");
        return name;
    }

    /// A door on a random block: its street name, number and true spot.
    std::tuple<QString, int, QPointF> door()
    {
        // A side with doors (the edge of town has none on its outer side).
        const Gazetteer::Street *street = nullptr;
        bool left = false;
        while (!street) {
            const Gazetteer::Street &candidate = any(m_data.streets);
            left = m_random() % 2;
            if ((left ? candidate.leftFrom : candidate.rightFrom) > 0)
                street = &candidate;
        }
        const Gazetteer::Street &s = *street;
        const int from = left ? s.leftFrom : s.rightFrom, to = left ? s.leftTo : s.rightTo;
        const int doors = std::abs(to - from) / 2 + 1;
        const int k = int(m_random() % doors);
        const int number = from + (to >= from ? 2 : -2) * k;
        const double t = doors == 1 ? 0.5 : double(k) / (doors - 1);
        // Along the centreline (the demo's streets bend), then back from it on that side.
        const auto metres = [](const QPointF &a, const QPointF &b) {
            return QPointF((b.x() - a.x()) * Geo::metresPerDegree() * std::cos(a.y() * M_PI / 180),
                           (b.y() - a.y()) * Geo::metresPerDegree());
        };
        double len = 0;
        for (qsizetype i = 0; i + 1 < s.line.size(); ++i) {
            const QPointF d = metres(s.line[i], s.line[i + 1]);
            len += std::hypot(d.x(), d.y());
        }
        double along = std::clamp(t * len + uniform(-8, 8), 0.0, len);
        qsizetype i = 0;
        QPointF d = metres(s.line[0], s.line[1]);
        while (i + 2 < s.line.size() && along > std::hypot(d.x(), d.y())) {
            along -= std::hypot(d.x(), d.y());
            ++i;
            d = metres(s.line[i], s.line[i + 1]);
        }
        const double segment = std::hypot(d.x(), d.y());
        const QPointF unit(d.x() / segment, d.y() / segment);
        const double back = uniform(9, 15) * (left ? 1 : -1);
        const QPointF p = moved(s.line[i], unit.x() * along - unit.y() * back,
                                unit.y() * along + unit.x() * back);
        return {s.name, number, p};
    }

    TestAddress one(const QString &variation)
    {
        static const QStringList crossingWords = {QStringLiteral("交叉口"), QStringLiteral("路口"),
                                                  QStringLiteral("交叉口"),
                                                  QStringLiteral("十字路口")};
        static const QStringList joins = {QStringLiteral("与"), QStringLiteral("和"),
                                          QStringLiteral("与"), QStringLiteral("、")};
        if (variation.startsWith(QStringLiteral("intersection"))
            || variation.startsWith(QStringLiteral("offset"))) {
            const Gazetteer::Intersection &x = any(m_data.intersections);
            const bool swap = m_random() % 2;
            const QString a = swap ? x.streetB : x.streetA, b = swap ? x.streetA : x.streetB;
            QString text = a + any(joins) + b + any(crossingWords);
            if (variation.startsWith(QStringLiteral("intersection")))
                return {variation, text, x.point};
            // Along one of the two streets (the demo's run west–east or north–south).
            static const QStringList dirs = {QStringLiteral("东"), QStringLiteral("西"),
                                             QStringLiteral("南"), QStringLiteral("北")};
            const QString dir = any(dirs);
            const bool eastWest = dir == QStringLiteral("东") || dir == QStringLiteral("西");
            const QString side = eastWest ? (m_random() % 2 ? QStringLiteral("北")
                                                            : QStringLiteral("南"))
                                          : (m_random() % 2 ? QStringLiteral("东")
                                                            : QStringLiteral("西"));
            const int metres = 10 * int(5 + m_random() % 26);
            const double off = uniform(8, 20);
            const double sign = (dir == QStringLiteral("东") || dir == QStringLiteral("北")) ? 1
                                                                                             : -1;
            const double sideSign = (side == QStringLiteral("北") || side == QStringLiteral("东"))
                                        ? 1
                                        : -1;
            const QPointF truth = eastWest ? moved(x.point, sign * metres, sideSign * off)
                                           : moved(x.point, sideSign * off, sign * metres);
            text += (m_random() % 2 ? QStringLiteral("向") : QStringLiteral("往")) + dir
                    + QString::number(metres) + QStringLiteral("米") + side + QStringLiteral("侧");
            return {variation, text, truth};
        }
        if (variation.startsWith(QStringLiteral("place"))) {
            const Gazetteer::Place &p = any(m_data.places);
            QString name = p.name;
            if (variation == QStringLiteral("place alias")) {
                if (p.aliases.isEmpty())
                    return {};
                name = any(p.aliases);
            }
            static const QStringList dirs = {QStringLiteral("东"), QStringLiteral("西"),
                                             QStringLiteral("南"), QStringLiteral("北")};
            const int form = int(m_random() % 3);
            const QString dir = any(dirs);
            const double e = dir == QStringLiteral("东") ? 1 : dir == QStringLiteral("西") ? -1 : 0;
            const double nn = dir == QStringLiteral("北")   ? 1
                              : dir == QStringLiteral("南") ? -1
                                                            : 0;
            if (form == 0 || variation == QStringLiteral("place alias"))
                return {variation, name, p.point};
            if (form == 1)
                return {variation, name + dir + QStringLiteral("门"),
                        moved(p.point, e * p.extentM, nn * p.extentM)};
            const double beyond = p.extentM + uniform(0, 20);
            return {variation, name + dir + QStringLiteral("侧"),
                    moved(p.point, e * beyond, nn * beyond)};
        }
        auto [street, number, truth] = door();
        QString text = street + QString::number(number) + QStringLiteral("号");
        if (variation == QStringLiteral("missing 号"))
            text = street + QString::number(number);
        else if (variation.startsWith(QStringLiteral("街"))) {
            if (swapped(street) == street)
                return {}; // an alley (巷) has no other kind to be mistaken for
            text = swapped(street) + QString::number(number) + QStringLiteral("号");
        } else if (variation == QStringLiteral("Chinese numerals"))
            text = street + chineseNumber(number) + QStringLiteral("号");
        else if (variation == QStringLiteral("county prefix"))
            text = QStringLiteral("汤阴县") + text;
        else if (variation == QStringLiteral("pinyin initials"))
            text = initials(street) + QString::number(number);
        else if (variation == QStringLiteral("street office prefix")) // as the case addresses
            text = QStringLiteral("城关街道") + text;
        else if (variation == QStringLiteral("kind dropped"))
            text = withoutKind(street) + QString::number(number) + QStringLiteral("号");
        else if (variation == QStringLiteral("homophone typo")) {
            const QString typo = homophone(street);
            if (typo.isEmpty())
                return {};
            text = typo + QString::number(number) + QStringLiteral("号");
        }
        return {variation, text, truth};
    }

    const GazetteerData &m_data;
    std::mt19937_64 m_random;
};

/// The baseline: the longest name the text contains (places, then streets), by LIKE.
class LikeScan
{
public:
    explicit LikeScan(Storage::Database &db) : m_db(db) {}
    std::optional<QPointF> locate(const QString &text)
    {
        for (const char *sql :
             {"SELECT geom FROM gazetteer_place WHERE ?1 LIKE '%' || name || '%' "
              "ORDER BY length(name) DESC, fid LIMIT 1",
              "SELECT geom FROM gazetteer_street WHERE ?1 LIKE '%' || name || '%' "
              "ORDER BY length(name) DESC, fid LIMIT 1"}) {
            auto st = m_db.prepare(QString::fromLatin1(sql));
            st->bindText(1, text);
            if (!st->step().value())
                continue;
            const QByteArray blob = st->blob(0);
            if (auto p = Storage::Gpkg::decodePoint(blob))
                return p.value();
            if (auto line = Storage::Gpkg::decodeLineString(blob))
                return (line->first() + line->last()) / 2;
        }
        return std::nullopt;
    }

private:
    Storage::Database &m_db;
};

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min<qsizetype>(v.size() - 1, qsizetype(p * v.size()))];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&](const char *name, const QString &fallback) {
        const qsizetype at = args.indexOf(QString::fromLatin1(name));
        return at > 0 && at + 1 < args.size() ? args[at + 1] : fallback;
    };
    const int count = option("--addresses", QStringLiteral("1500")).toInt();
    const quint64 seed = option("--seed", QStringLiteral("15015")).toULongLong();
    QTemporaryDir dir;
    const QString path = option("--db", dir.filePath(QStringLiteral("demo.gpkg")));
    const QString loadBefore = loadAverage();

    const bool exists = QFileInfo::exists(path);
    auto db = Storage::Database::open(path, exists ? Storage::Database::OpenMode::ReadWrite
                                                   : Storage::Database::OpenMode::Create);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    if (!exists) {
        Demo::DemoOptions options;
        options.cases = 0; // the streets and places do not depend on the cases
        options.components = 0;
        if (auto r = Demo::writeDemoCity(**db, options); !r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
            return 1;
        }
    }
    QElapsedTimer timer;
    timer.start();
    auto data = Gazetteer::GazetteerStore(**db).load();
    if (!data) {
        std::fprintf(stderr, "%s\n", qPrintable(data.error().message));
        return 1;
    }
    const QList<TestAddress> set = AddressWriter(data.value(), seed).write(count);
    const double loadMs = timer.nsecsElapsed() / 1e6;
    timer.restart();
    const Gazetteer::Matcher matcher(data.value());
    const double buildMs = timer.nsecsElapsed() / 1e6;

    struct Tally
    {
        int n = 0, hits = 0, baselineHits = 0;
        QString example;
    };
    std::map<QString, Tally> byVariation;
    QList<double> ms, baselineMs;
    Tally all;
    LikeScan baseline(**db);
    QStringList misses;
    for (const TestAddress &a : set) {
        timer.restart();
        const QList<Gazetteer::Candidate> found = matcher.match(a.text, 5);
        ms << timer.nsecsElapsed() / 1e6;
        timer.restart();
        const std::optional<QPointF> naive = baseline.locate(a.text);
        baselineMs << timer.nsecsElapsed() / 1e6;
        const double off = found.isEmpty() ? 1e9
                                           : Geo::groundDistanceM(found.first().point, a.truth);
        const bool hit = off <= kHitM;
        const bool naiveHit = naive && Geo::groundDistanceM(*naive, a.truth) <= kHitM;
        for (Tally *t : {&byVariation[a.variation], &all}) {
            if (t->example.isEmpty())
                t->example = a.text;
            ++t->n;
            t->hits += hit;
            t->baselineHits += naiveHit;
        }
        if (!hit && misses.size() < 12)
            misses << QStringLiteral("  %1 → %2 (%3 m)")
                          .arg(a.text, found.isEmpty() ? QStringLiteral("—") : found.first().label)
                          .arg(off > 1e8 ? -1 : qRound(off));
    }
    const auto pct = [](int a, int n) { return n ? 100.0 * a / n : 0.0; };
    std::printf("Address gazetteer benchmark (docs/gazetteer.md)\n");
    std::printf("gazetteer: %lld street rows, %lld places, %lld intersections (demo city, %s)\n",
                qint64(data->streets.size()), qint64(data->places.size()),
                qint64(data->intersections.size()), qPrintable(path));
    std::printf("held-back set: %d addresses, seed %llu; read %.1f ms, matcher built in %.1f ms\n",
                all.n, seed, loadMs, buildMs);
    std::printf("\n%-24s %6s %10s %10s   %s\n", "variation", "n", "matcher", "LIKE scan", "e.g.");
    for (const auto &[name, t] : byVariation)
        std::printf("%-24s %6d %9.1f%% %9.1f%%   %s\n", qPrintable(name), t.n, pct(t.hits, t.n),
                    pct(t.baselineHits, t.n), qPrintable(t.example));
    std::printf("%-24s %6d %9.1f%% %9.1f%%   (top-1 within %.0f m; target >= 95 %%)\n", "all",
                all.n, pct(all.hits, all.n), pct(all.baselineHits, all.n), kHitM);
    std::printf("\nlatency per lookup   p50 %.3f ms  p95 %.3f ms  max %.3f ms  (target < 20 ms)\n",
                percentile(ms, 0.5), percentile(ms, 0.95), percentile(ms, 1.0));
    std::printf("LIKE scan baseline   p50 %.3f ms  p95 %.3f ms  max %.3f ms\n",
                percentile(baselineMs, 0.5), percentile(baselineMs, 0.95),
                percentile(baselineMs, 1.0));
    std::printf("ratio matcher/baseline p50: %.2f\n",
                percentile(ms, 0.5) / std::max(1e-6, percentile(baselineMs, 0.5)));
    std::printf("\nload average (1/5/15 min) before %s, after %s; %d cores\n",
                qPrintable(loadBefore), qPrintable(loadAverage()), QThread::idealThreadCount());
    if (!misses.isEmpty())
        std::printf("\nfirst misses:\n%s\n", qPrintable(misses.join(u'\n')));
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Each refusal of the grid validator, with the spot it points at, and the GEOS editing
// operations (split, merge) the map's commands are built on.
#include <cc/geo/operations.h>
#include <cc/geo/validation.h>

#include "resultcheck.h"

#include <QTest>

using namespace Cc::Geo;

namespace {

const double X0 = 114.30, Y0 = 35.90, S = 0.002; // a cell is ~180 m × 220 m

QPointF at(double i, double j)
{
    return QPointF(X0 + i * S, Y0 + j * S);
}

Ring cell(double i0, double j0, double i1, double j1)
{
    return {at(i0, j0), at(i1, j0), at(i1, j1), at(i0, j1), at(i0, j0)};
}

const QString kCommunity = QStringLiteral("410523001001");

/// A community of 2 × 2 unit grids, one responsibility grid over all of it.
struct City
{
    QList<GridFeature> grids{
        {kCommunity + "01", kCommunity, "R01", {cell(0, 0, 1, 1)}},
        {kCommunity + "02", kCommunity, "R01", {cell(1, 0, 2, 1)}},
        {kCommunity + "03", kCommunity, "R01", {cell(0, 1, 1, 2)}},
        {kCommunity + "04", kCommunity, "R01", {cell(1, 1, 2, 2)}},
    };
    QList<ParentArea> communities{{kCommunity, {cell(0, 0, 2, 2)}}};
    QList<ParentArea> responsibility{{"R01", {cell(0, 0, 2, 2)}}};
};

bool near(QPointF a, QPointF b, double tolerance = S / 1000)
{
    return std::abs(a.x() - b.x()) < tolerance && std::abs(a.y() - b.y()) < tolerance;
}

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void validCityHasNoProblems()
    {
        const City c;
        const QList<Problem> problems = GridValidator().all(c.grids, c.communities,
                                                            c.responsibility);
        for (const Problem &p : problems)
            qWarning() << p.kind << p.message;
        QVERIFY(problems.isEmpty());
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("feature");
        QTest::addColumn<QPointF>("where");
        // The spot: the crossing of a bow-tie, a point inside the overlap or gap.
        QTest::newRow("self-intersection") << "bowtie"
                                           << "geo.invalid" << (kCommunity + "04") << at(1.5, 1.5);
        QTest::newRow("overlap") << "overlap"
                                 << "geo.overlap" << (kCommunity + "01") << at(1.1, 0.5);
        QTest::newRow("gap") << "gap"
                             << "geo.gap" << kCommunity << at(1.9, 1.5);
        QTest::newRow("outside-parent")
            << "outside"
            << "geo.outside-parent" << (kCommunity + "02") << at(2.1, 0.5);
        QTest::newRow("duplicate-code") << "duplicate"
                                        << "code.duplicate" << (kCommunity + "01") << at(0.5, 1.5);
        QTest::newRow("malformed-code") << "malformed"
                                        << "code.malformed"
                                        << "41052300100A" << at(0.5, 0.5);
        QTest::newRow("short-code") << "short"
                                    << "code.malformed"
                                    << "4105230010011" << at(0.5, 0.5);
        QTest::newRow("code-not-nested") << "foreign"
                                         << "code.not-nested"
                                         << "41052300100201" << at(0.5, 0.5);
        QTest::newRow("unknown-responsibility")
            << "no-resp"
            << "code.not-nested" << (kCommunity + "02") << at(1.5, 0.5);
        QTest::newRow("unclosed-ring") << "unclosed"
                                       << "geo.invalid" << (kCommunity + "03") << at(0, 2);
    }

    void refusals()
    {
        QFETCH(QString, edit);
        QFETCH(QString, kind);
        QFETCH(QString, feature);
        QFETCH(QPointF, where);
        City c;
        if (edit == "bowtie") // 04's two top corners swapped: the ring crosses itself at its centre
            c.grids[3].geom = {{at(1, 1), at(2, 1), at(1, 2), at(2, 2), at(1, 1)}};
        else if (edit == "overlap") // 01 grown east into 02 by 0.2 cells
            c.grids[0].geom = {cell(0, 0, 1.2, 1)};
        else if (edit == "gap") // 04 shrunk from the east: a strip of the community left bare
            c.grids[3].geom = {cell(1, 1, 1.8, 2)};
        else if (edit == "outside") // 02 grown east beyond the community
            c.grids[1].geom = {cell(1, 0, 2.2, 1)};
        else if (edit == "duplicate")
            c.grids[2].code = c.grids[0].code;
        else if (edit == "malformed")
            c.grids[0].code = "41052300100A";
        else if (edit == "short")
            c.grids[0].code = "4105230010011";
        else if (edit == "foreign")
            c.grids[0].code = "41052300100201";
        else if (edit == "no-resp")
            c.grids[1].responsibilityCode = "R99";
        else if (edit == "unclosed")
            c.grids[2].geom = {{at(0, 1), at(1, 1), at(1, 2), at(0, 2)}};

        const QList<Problem> problems = GridValidator().all(c.grids, c.communities,
                                                            c.responsibility);
        QVERIFY2(!problems.isEmpty(), qPrintable(edit));
        bool found = false;
        for (const Problem &p : problems) {
            if (p.kind != kind || p.featureCode != feature)
                continue;
            found = true;
            QVERIFY2(!p.message.isEmpty(), qPrintable(p.kind));
            if (kind == "geo.overlap" || kind == "geo.gap" || kind == "geo.outside-parent") {
                // A point inside the offending strip (0.2 cells wide, one cell high).
                QVERIFY2(std::abs(p.where.x() - where.x()) <= S * 0.1 + 1e-12
                             && std::abs(p.where.y() - where.y()) <= S * 0.5 + 1e-12,
                         qPrintable(
                             QStringLiteral("%1 at %2").arg(p.message, formatLonLat(p.where))));
            } else {
                QVERIFY2(near(p.where, where, kind.startsWith("code.") ? S * 0.5 : S / 1000),
                         qPrintable(
                             QStringLiteral("%1 at %2").arg(p.message, formatLonLat(p.where))));
            }
            // The message points at the spot in the words a user reads.
            QVERIFY2(p.message.contains(formatLonLat(p.where)) || kind == "geo.invalid",
                     qPrintable(p.message));
        }
        if (!found) {
            for (const Problem &p : problems)
                qWarning() << p.kind << p.featureCode << p.message;
        }
        QVERIFY(found);
    }

    void split()
    {
        const PolygonRings square{cell(0, 0, 2, 1)};
        auto pieces = splitPolygon(square, {at(1, -0.5), at(1, 1.5)});
        CC_VERIFY_OK(pieces);
        QCOMPARE(pieces->size(), 2);
        const double total = areaM2(square);
        QVERIFY(std::abs(areaM2(pieces->at(0)) + areaM2(pieces->at(1)) - total) < total * 1e-9);
        QVERIFY(std::abs(areaM2(pieces->at(0)) - total / 2) < total * 1e-6);
        // The pieces tile the original: no overlap, no gap.
        QList<GridFeature> grids{{kCommunity + "01", kCommunity, "R01", pieces->at(0)},
                                 {kCommunity + "02", kCommunity, "R01", pieces->at(1)}};
        QVERIFY(GridValidator().all(grids, {{kCommunity, square}}, {}).isEmpty());
    }

    void splitRefusesALineThatDoesNotCross()
    {
        auto pieces = splitPolygon({cell(0, 0, 1, 1)}, {at(0.2, 0.5), at(0.8, 0.5)});
        QVERIFY(!pieces.ok());
        QCOMPARE(CcTest::codeOf(pieces), QStringLiteral("geo.split-line"));
    }

    void merge()
    {
        auto merged = mergePolygons({{cell(0, 0, 1, 1)}, {cell(1, 0, 2, 1)}});
        CC_VERIFY_OK(merged);
        QVERIFY(checkValidity(*merged).valid);
        QVERIFY(std::abs(areaM2(*merged) - areaM2({cell(0, 0, 2, 1)})) < 1e-3);
        // Corners only: two parts, refused.
        auto apart = mergePolygons({{cell(0, 0, 1, 1)}, {cell(1, 1, 2, 2)}});
        QVERIFY(!apart.ok());
        QCOMPARE(CcTest::codeOf(apart), QStringLiteral("geo.merge"));
    }

    void areaOfACell()
    {
        // 0.002° × 0.002° at 35.9° N ≈ 180.4 m × 222.4 m.
        const double a = areaM2({cell(0, 0, 1, 1)});
        QVERIFY2(a > 40000 && a < 40300, qPrintable(QString::number(a)));
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"

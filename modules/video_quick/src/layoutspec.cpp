// SPDX-License-Identifier: GPL-3.0-or-later
#include "cc/video_quick/layoutspec.h"

namespace Cc::VideoQuick {

namespace {

LayoutSpec square(int n)
{
    LayoutSpec l{QString::number(n * n), n, n, {}};
    for (int r = 0; r < n; ++r)
        for (int c = 0; c < n; ++c)
            l.cells << QRect(c, r, 1, 1);
    return l;
}

// One big cell of `big`×`big` in the top-left corner of an n×n grid, the rest single cells.
LayoutSpec merged(int n, int big)
{
    LayoutSpec l{QStringLiteral("1+%1").arg(n * n - big * big), n, n, {QRect(0, 0, big, big)}};
    for (int r = 0; r < n; ++r)
        for (int c = 0; c < n; ++c)
            if (r >= big || c >= big)
                l.cells << QRect(c, r, 1, 1);
    return l;
}

} // namespace

QList<LayoutSpec> LayoutSpec::builtin()
{
    QList<LayoutSpec> all;
    for (int n = 1; n <= 6; ++n)
        all << square(n);
    all << merged(3, 2) << merged(4, 3);
    // Two large cells on top, eight small ones below (a common command-hall preset).
    LayoutSpec twoPlusEight{QStringLiteral("2+8"), 4, 4, {QRect(0, 0, 2, 2), QRect(2, 0, 2, 2)}};
    for (int r = 2; r < 4; ++r)
        for (int c = 0; c < 4; ++c)
            twoPlusEight.cells << QRect(c, r, 1, 1);
    all << twoPlusEight;
    return all;
}

std::optional<LayoutSpec> LayoutSpec::find(const QString &name)
{
    for (const LayoutSpec &l : builtin()) {
        if (l.name == name)
            return l;
    }
    return std::nullopt;
}

int LayoutSpec::maxTiles()
{
    return 36;
}

} // namespace Cc::VideoQuick

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRect>
#include <QString>

#include <optional>

namespace Cc::VideoQuick {

/// A wall layout: a grid of columns × rows and the cells on it (a cell may span several grid
/// squares: the merged-cell layouts). Cell i is tile i.
struct LayoutSpec
{
    QString name; ///< "1", "4", … "36", "1+5", "1+7", "2+8"
    int columns = 1, rows = 1;
    QList<QRect> cells; ///< in grid units

    static QList<LayoutSpec> builtin();
    static std::optional<LayoutSpec> find(const QString &name);
    /// The largest tile count of any layout (tiles beyond a layout's cells are hidden).
    static int maxTiles();
};

} // namespace Cc::VideoQuick

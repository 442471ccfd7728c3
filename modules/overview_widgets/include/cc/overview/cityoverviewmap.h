// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/overview/citysnapshot.h>

#include <QImage>
#include <QWidget>

namespace Cc::Overview {

/// A read-only overview of the city for the shell: responsibility and unit grids, open cases
/// (red when overdue) and cameras. The interactive GIS canvas replaces it (grid-map issue).
class CityOverviewMap : public QWidget
{
    Q_OBJECT
public:
    explicit CityOverviewMap(QWidget *parent = nullptr);
    void setSnapshot(const CitySnapshot *snapshot);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void render();
    QPointF toPixel(const QPointF &lonLat) const;

    const CitySnapshot *m_snapshot = nullptr;
    QImage m_image; ///< rendered once per size or snapshot, not per paint
    QRectF m_extent;
    double m_scale = 1;
    QPointF m_offset;
};

} // namespace Cc::Overview

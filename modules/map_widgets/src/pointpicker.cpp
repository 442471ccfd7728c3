// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/map_widgets/pointpicker.h>

#include <cc/map_widgets/mapcanvas.h>
#include <cc/map_widgets/mappanel.h>

#include <QDialogButtonBox>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QVBoxLayout>

namespace Cc::MapWidgets {

namespace {
constexpr double kPickZoomMetresPerPixel = 2.0; // a street and its doors
constexpr int kClickSlopPx = 5;                 // further is a drag (pan), not a pick
} // namespace

PointPickerDialog::PointPickerDialog(MapPanel &map, std::optional<QPointF> current, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("pointPicker"));
    setWindowTitle(tr("Pick the place on the map"));
    m_canvas = new MapCanvas(map.document());
    m_canvas->setObjectName(QStringLiteral("pickerCanvas"));
    m_canvas->setData(map.canvas()->data());
    m_canvas->setViewport(map.canvas()->viewport());
    m_canvas->installEventFilter(this);
    connect(m_canvas, &MapCanvas::viewportChanged, this, &PointPickerDialog::placeMarker);

    m_marker = new QLabel(QStringLiteral("✚"), m_canvas);
    m_marker->setObjectName(QStringLiteral("pickedMarker"));
    m_marker->setStyleSheet(QStringLiteral(
        "color: #ff3b30; font-size: 26px; font-weight: bold; background: transparent;"));
    m_marker->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_marker->adjustSize();
    m_marker->hide();
    m_where = new QLabel(tr("Click the place; drag to pan, wheel to zoom."));
    m_where->setObjectName(QStringLiteral("pickedPoint"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("ok"));
    m_ok->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_canvas, 1);
    layout->addWidget(m_where);
    layout->addWidget(buttons);
    resize(960, 720);
    if (current) {
        m_canvas->zoomToPoint(*current, kPickZoomMetresPerPixel);
        setPoint(*current);
    }
}

std::optional<QPointF> PointPickerDialog::pick(MapPanel &map, QWidget *parent,
                                               std::optional<QPointF> current)
{
    PointPickerDialog dialog(map, current, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.point();
}

void PointPickerDialog::pickAt(const QPointF &px)
{
    setPoint(m_canvas->toMap(px));
}

void PointPickerDialog::setPoint(const QPointF &lonLat)
{
    m_point = lonLat;
    m_where->setText(tr("Point %1, %2 — OK takes it, or click elsewhere.")
                         .arg(lonLat.x(), 0, 'f', 6)
                         .arg(lonLat.y(), 0, 'f', 6));
    m_ok->setEnabled(true);
    placeMarker();
}

void PointPickerDialog::placeMarker()
{
    if (!m_point)
        return;
    const QPointF px = m_canvas->toPixel(*m_point);
    m_marker->move(int(px.x()) - m_marker->width() / 2, int(px.y()) - m_marker->height() / 2);
    m_marker->show();
    m_marker->raise();
}

bool PointPickerDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_canvas)
        return QDialog::eventFilter(watched, event);
    // The canvas pans and zooms as usual; a click without a drag picks.
    const auto *mouse = static_cast<QMouseEvent *>(event);
    switch (event->type()) {
    case QEvent::MouseButtonPress:
        if (mouse->button() == Qt::LeftButton)
            m_pressedAt = mouse->position();
        break;
    case QEvent::MouseButtonRelease:
        if (mouse->button() == Qt::LeftButton
            && (mouse->position() - m_pressedAt).manhattanLength() < kClickSlopPx)
            pickAt(mouse->position());
        break;
    case QEvent::MouseButtonDblClick:
        if (m_point) {
            accept();
            return true;
        }
        break;
    case QEvent::Resize:
        placeMarker();
        break;
    default:
        break;
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace Cc::MapWidgets

// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/map_widgets/hotspotpanel.h>

#include <cc/city/citycontext.h>
#include <cc/map_widgets/mapcanvas.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

namespace Cc::MapWidgets {

namespace {

constexpr int kPlaceRole = Qt::UserRole + 1; ///< index into the places (top-level items)
constexpr int kCaseRole = Qt::UserRole + 2;  ///< case id (items that open a case)

/// 本月, 上月, 本季度, 本年, 近 12 个月 (presets of the period, as in the evaluation tab).
enum Preset { ThisMonth = 0, LastMonth, ThisQuarter, ThisYear, Last12Months, Custom };

QString day(const City::CityContext &city, const QDateTime &at)
{
    return city.local(at).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

HotspotPanel::HotspotPanel(const City::CityContext &city, MapCanvas *canvas, QWidget *parent)
    : QWidget(parent)
    , m_city(city)
    , m_canvas(canvas)
{
    buildControls();
    applyPreset(ThisYear);
}

QColor HotspotPanel::classColor(int k, int classes)
{
    // ColorBrewer YlOrRd (5 classes), translucent so streets and grids show through.
    static const QColor ramp[] = {QColor(0xff, 0xff, 0xb2), QColor(0xfe, 0xcc, 0x5c),
                                  QColor(0xfd, 0x8d, 0x3c), QColor(0xf0, 0x3b, 0x20),
                                  QColor(0xbd, 0x00, 0x26)};
    const int at = classes <= 1 ? 4 : std::clamp(int(std::lround(4.0 * k / (classes - 1))), 0, 4);
    QColor c = ramp[at];
    c.setAlpha(175);
    return c;
}

void HotspotPanel::buildControls()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    m_toggle = new QCheckBox(tr("Hotspot layer (case density)"));
    m_toggle->setObjectName(QStringLiteral("hotspotToggle"));
    layout->addWidget(m_toggle);
    auto *form = new QFormLayout;
    m_preset = new QComboBox;
    m_preset->setObjectName(QStringLiteral("hotspotPeriod"));
    m_preset->addItems({tr("This month"), tr("Last month"), tr("This quarter"), tr("This year"),
                        tr("Last 12 months"), tr("Custom")});
    form->addRow(tr("Period"), m_preset);
    m_from = new QDateEdit;
    m_to = new QDateEdit;
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    form->addRow(tr("From"), m_from);
    form->addRow(tr("To"), m_to);
    m_category = new QComboBox;
    m_category->setObjectName(QStringLiteral("hotspotCategory"));
    m_category->addItem(tr("All categories"), QString());
    for (const Core::CaseKind kind : {Core::CaseKind::Event, Core::CaseKind::Component}) {
        m_category->addItem(Core::kindName(kind), Core::kindId(kind));
        for (const Core::MajorCategory &major : m_city.categories().majors(kind)) {
            m_category->addItem(QStringLiteral("  %1 %2").arg(major.code, major.nameZh),
                                QStringLiteral("%1:%2").arg(Core::kindId(kind), major.code));
            for (const Core::Category &c : m_city.categories().categories(kind, major.code))
                m_category->addItem(QStringLiteral("    %1 %2").arg(c.code, c.nameZh), c.key());
        }
    }
    form->addRow(tr("Category"), m_category);
    m_cell = new QSpinBox;
    m_cell->setRange(int(Cases::kMinCellM), int(Cases::kMaxCellM));
    m_cell->setSingleStep(50);
    m_cell->setValue(250);
    m_cell->setSuffix(tr(" m"));
    m_cell->setToolTip(tr("Distance between the centres of neighbouring cells"));
    form->addRow(tr("Cell size"), m_cell);
    layout->addLayout(form);
    m_legend = new QWidget;
    m_legend->setObjectName(QStringLiteral("hotspotLegend"));
    new QVBoxLayout(m_legend);
    m_legend->layout()->setContentsMargins(0, 0, 0, 0);
    m_legend->layout()->setSpacing(1);
    layout->addWidget(m_legend);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    layout->addWidget(
        new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Recurring problems (老不改)"))));
    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("recurringList"));
    m_list->setHeaderLabels({tr("Problem"), tr("Reports")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    layout->addWidget(m_list, 1);

    connect(m_toggle, &QCheckBox::toggled, this, [this] { refresh(); });
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (!m_updating && i != Custom)
            applyPreset(i);
    });
    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_updating)
                return;
            m_updating = true;
            m_preset->setCurrentIndex(Custom);
            m_updating = false;
            refresh();
        });
    }
    connect(m_category, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_cell, &QSpinBox::editingFinished, this, [this] {
        if (m_cell->value() != int(m_layer.query.cellM))
            refresh();
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(0, kPlaceRole).isValid())
            showPlace(item->data(0, kPlaceRole).toInt());
    });
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        if (const QString id = item->data(0, kCaseRole).toString(); !id.isEmpty())
            emit openCaseRequested(id);
    });
}

void HotspotPanel::applyPreset(int index)
{
    const QDate today = m_city.dateAt(QDateTime::currentDateTimeUtc());
    const QDate monthStart(today.year(), today.month(), 1);
    QDate first = monthStart, last = today;
    switch (index) {
    case LastMonth:
        first = monthStart.addMonths(-1);
        last = monthStart.addDays(-1);
        break;
    case ThisQuarter:
        first = QDate(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
        break;
    case ThisYear:
        first = QDate(today.year(), 1, 1);
        break;
    case Last12Months:
        first = today.addYears(-1).addDays(1);
        break;
    default:
        break;
    }
    m_updating = true;
    m_preset->setCurrentIndex(index);
    m_from->setDate(first);
    m_to->setDate(last);
    m_updating = false;
    refresh();
}

void HotspotPanel::setLayerVisible(bool visible)
{
    m_toggle->setChecked(visible);
}

bool HotspotPanel::isLayerVisible() const
{
    return m_toggle->isChecked();
}

void HotspotPanel::setPeriod(const QDate &first, const QDate &last)
{
    m_updating = true;
    m_preset->setCurrentIndex(Custom);
    m_from->setDate(first);
    m_to->setDate(last);
    m_updating = false;
    refresh();
}

bool HotspotPanel::setCategory(const QString &key)
{
    const int i = m_category->findData(key);
    if (i < 0)
        return false;
    m_category->setCurrentIndex(i);
    refresh(); // also when it was already chosen
    return true;
}

void HotspotPanel::setCellM(int metres)
{
    m_cell->setValue(metres);
    refresh();
}

QString HotspotPanel::statusText() const
{
    return m_status->text();
}

void HotspotPanel::refresh()
{
    if (!m_toggle->isChecked()) {
        m_layer = {};
        m_recurring = {};
        m_selectedPlace = -1;
        m_canvas->setDensity({});
        m_canvas->setPlaceMarks({});
        m_list->clear();
        updateLegend();
        m_status->clear();
        return;
    }
    Cases::HotspotQuery query;
    query.from = m_city.startOfDay(m_from->date());
    query.to = m_city.startOfDay(m_to->date().addDays(1));
    query.category = m_category->currentData().toString();
    query.cellM = m_cell->value();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    QElapsedTimer timer;
    timer.start();
    auto layer = Cases::hotspotLayer(m_city.database(), query, m_city.categories());
    const qint64 layerMs = timer.elapsed();
    auto thresholds = m_city.settings().recurringThresholds();
    auto recurring = thresholds ? Cases::recurringProblems(m_city.database(), query.from, query.to,
                                                           thresholds.value())
                                : Result<Cases::RecurringList>(thresholds.error());
    QGuiApplication::restoreOverrideCursor();
    m_layer = layer ? layer.value() : Cases::HotspotLayer{};
    m_recurring = recurring ? recurring.value() : Cases::RecurringList{};
    m_selectedPlace = -1;
    drawLayer();
    fillList();
    updateLegend();
    if (!layer || !recurring) {
        m_status->setText(
            QStringLiteral("<span style='color:#c0392b'>%1</span>")
                .arg((!layer ? layer.error() : recurring.error()).message.toHtmlEscaped()));
        return;
    }
    m_status->setText(
        tr("%1 cases in %2 cells (%3 ms); %4 recurring places, %5 reworked or reopened cases")
            .arg(m_layer.total)
            .arg(m_layer.cells.size())
            .arg(layerMs)
            .arg(m_recurring.places.size())
            .arg(m_recurring.reopened.size()));
}

void HotspotPanel::drawLayer()
{
    const Geo::HexGrid grid = m_layer.grid();
    QList<MapCanvas::DensityCell> cells;
    cells.reserve(m_layer.cells.size());
    for (const Cases::HotspotCell &c : m_layer.cells) {
        const QList<QPointF> corners = grid.corners(c.cell);
        cells.append(
            {QPolygonF(corners), classColor(m_layer.classOf(c.count), int(m_layer.breaks.size()))});
    }
    m_canvas->setDensity(cells);
    QList<MapCanvas::PlaceMark> marks;
    for (int i = 0; i < m_recurring.places.size(); ++i)
        marks.append({m_recurring.places[i].centre, int(m_recurring.places[i].reports.size()),
                      i == m_selectedPlace});
    m_canvas->setPlaceMarks(marks);
}

void HotspotPanel::fillList()
{
    m_list->clear();
    const auto categoryName = [this](const QString &key) {
        const Core::Category *c = m_city.categories().findByKey(key);
        return c ? c->nameZh : key;
    };
    // The list shows the busiest places; the map marks all of them.
    constexpr int kListed = 500;
    for (int i = 0; i < std::min<int>(kListed, m_recurring.places.size()); ++i) {
        const Cases::RecurringPlace &place = m_recurring.places[i];
        auto *item = new QTreeWidgetItem(
            {tr("%1, %2 – %3")
                 .arg(categoryName(place.categoryKey),
                      m_city.local(place.first()).toString(QStringLiteral("MM-dd")),
                      m_city.local(place.last()).toString(QStringLiteral("MM-dd"))),
             QString::number(place.reports.size())});
        item->setData(0, kPlaceRole, i);
        for (const Cases::RecurringReport &r : place.reports) {
            auto *child = new QTreeWidgetItem(
                {QStringLiteral("%1  %2").arg(r.number, day(m_city, r.reportedAt)), QString()});
            child->setData(0, kCaseRole, r.caseId);
            item->addChild(child);
        }
        m_list->addTopLevelItem(item);
    }
    for (const Cases::ReopenedCase &c : m_recurring.reopened) {
        auto *item = new QTreeWidgetItem({QStringLiteral("%1  %2  %3")
                                              .arg(Cases::reasonName(c.reason), c.report.number,
                                                   categoryName(c.report.categoryKey)),
                                          QString::number(c.times)});
        item->setData(0, kCaseRole, c.report.caseId);
        item->setToolTip(0,
                         tr("Last on %1; double-click opens the case").arg(day(m_city, c.lastAt)));
        m_list->addTopLevelItem(item);
    }
}

void HotspotPanel::updateLegend()
{
    QLayout *layout = m_legend->layout();
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QList<int> &breaks = m_layer.breaks;
    for (int k = int(breaks.size()) - 1; k >= 0; --k) {
        const int low = k == 0 ? 1 : breaks[k - 1] + 1;
        auto *row = new QLabel(
            QStringLiteral("<span style='background:%1'>&nbsp;&nbsp;&nbsp;&nbsp;</span>&nbsp;%2")
                .arg(classColor(k, int(breaks.size())).name(),
                     low == breaks[k] ? tr("%1 per cell").arg(low)
                                      : tr("%1–%2 per cell").arg(low).arg(breaks[k])));
        layout->addWidget(row);
    }
}

void HotspotPanel::showPlace(int index)
{
    if (index < 0 || index >= m_recurring.places.size())
        return;
    m_selectedPlace = index;
    drawLayer();
    m_canvas->zoomToPoint(m_recurring.places[index].centre, 1.0);
}

} // namespace Cc::MapWidgets

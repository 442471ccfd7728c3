// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/cases_widgets/campaigndialog.h>

#include <cc/cases/surveys.h>
#include <cc/geo/operations.h>

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Cc::CasesWidgets {

namespace {

constexpr int kCodeRole = Qt::UserRole;

void addCheckable(QListWidget *list, const QString &code, const QString &text)
{
    auto *item = new QListWidgetItem(text, list);
    item->setData(kCodeRole, code);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Unchecked);
}

QStringList ticked(const QListWidget *list)
{
    QStringList codes;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            codes << list->item(i)->data(kCodeRole).toString();
    }
    return codes;
}

QListWidget *newList(const char *name)
{
    auto *list = new QListWidget;
    list->setObjectName(QString::fromLatin1(name));
    list->setUniformItemSizes(true); // thousands of unit grids
    return list;
}

} // namespace

CampaignDialog::CampaignDialog(const City::CityContext &city, const QString &login, Core::Role role,
                               QWidget *parent)
    : QDialog(parent)
    , m_city(city)
    , m_login(login)
    , m_role(role)
{
    setWindowTitle(tr("New campaign (专项整治 / 专项普查)"));
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("campaignName"));
    m_name->setMaxLength(Cases::kMaxCampaignNameChars);
    m_name->setPlaceholderText(tr("e.g. 占道经营专项整治"));
    const QDate today = city.dateAt(QDateTime::currentDateTimeUtc());
    m_from = new QDateEdit(today);
    m_to = new QDateEdit(today.addMonths(1));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setObjectName(QStringLiteral("campaignFrom"));
    m_to->setObjectName(QStringLiteral("campaignTo"));
    auto *period = new QHBoxLayout;
    period->addWidget(m_from);
    period->addWidget(new QLabel(QStringLiteral("–")));
    period->addWidget(m_to);

    m_areaKind = new QComboBox;
    m_areaKind->addItems(
        {tr("Streets"), tr("Communities"), tr("Responsibility grids"), tr("Unit grids")});
    m_areaFilter = new QLineEdit;
    m_areaFilter->setPlaceholderText(tr("Filter by code or name"));
    auto *areaStack = new QStackedWidget;
    for (const char *name : {"areaStreets", "areaCommunities", "areaResponsibility", "areaGrids"}) {
        m_areaLists << newList(name);
        areaStack->addWidget(m_areaLists.last());
    }
    connect(m_areaKind, &QComboBox::currentIndexChanged, areaStack,
            &QStackedWidget::setCurrentIndex);
    connect(m_areaKind, &QComboBox::currentIndexChanged, this, [this] {
        filter(m_areaLists.value(m_areaKind->currentIndex()), m_areaFilter->text());
    });
    connect(m_areaFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        filter(m_areaLists.value(m_areaKind->currentIndex()), text);
    });
    auto *areaHead = new QHBoxLayout;
    areaHead->addWidget(m_areaKind);
    areaHead->addWidget(m_areaFilter, 1);
    auto *area = new QVBoxLayout;
    area->addLayout(areaHead);
    area->addWidget(areaStack);

    m_categories = newList("campaignCategories");
    m_categoryFilter = new QLineEdit;
    m_categoryFilter->setPlaceholderText(tr("Filter; none ticked: all categories"));
    connect(m_categoryFilter, &QLineEdit::textChanged, this,
            [this](const QString &text) { filter(m_categories, text); });
    auto *categories = new QVBoxLayout;
    categories->addWidget(m_categoryFilter);
    categories->addWidget(m_categories);

    m_items = new QLineEdit;
    m_items->setObjectName(QStringLiteral("surveyItems"));
    m_items->setPlaceholderText(tr("专项普查 only: items to count, e.g. 排水井, 防汛墙"));

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("campaignError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Period"), period);
    form->addRow(tr("Area"), area);
    form->addRow(tr("Drawn area"), newDrawnAreaRow());
    form->addRow(tr("Categories"), categories);
    form->addRow(tr("Survey items"), m_items);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CampaignDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    fillAreas();
    fillCategories();
    resize(640, 620);
}

QLayout *CampaignDialog::newDrawnAreaRow()
{
    m_drawnArea = new QLabel;
    m_drawnArea->setObjectName(QStringLiteral("drawnArea"));
    m_draw = new QPushButton(tr("Draw on the map…"));
    m_draw->setObjectName(QStringLiteral("drawArea"));
    m_draw->setEnabled(false);
    m_draw->setToolTip(tr("Only where the city's map is at hand."));
    connect(m_draw, &QPushButton::clicked, this, &CampaignDialog::drawArea);
    m_clearDrawn = new QPushButton(tr("Remove"));
    m_clearDrawn->setObjectName(QStringLiteral("clearDrawnArea"));
    connect(m_clearDrawn, &QPushButton::clicked, this, [this] {
        m_polygon.clear();
        showDrawnArea();
    });
    auto *row = new QHBoxLayout;
    row->addWidget(m_drawnArea, 1);
    row->addWidget(m_draw);
    row->addWidget(m_clearDrawn);
    showDrawnArea();
    return row;
}

void CampaignDialog::setAreaDrawer(AreaDrawer drawer)
{
    m_drawer = std::move(drawer);
    m_draw->setEnabled(bool(m_drawer));
    m_draw->setToolTip(m_drawer ? tr("Click the corners of the campaign's area on the map.")
                                : tr("Only where the city's map is at hand."));
}

void CampaignDialog::drawArea()
{
    if (!m_drawer)
        return;
    if (auto drawn = m_drawer(this, m_polygon)) {
        m_polygon = *drawn;
        showDrawnArea();
    }
}

void CampaignDialog::showDrawnArea()
{
    m_clearDrawn->setEnabled(!m_polygon.isEmpty());
    if (m_polygon.isEmpty()) {
        m_drawnArea->setText(tr("None (the area is what is ticked above)"));
        return;
    }
    const int corners = int(m_polygon.first().size()) - 1; // closed: the first corner twice
    m_drawnArea->setText(tr("%n corner(s), about %1 km²", nullptr, corners)
                             .arg(Geo::areaM2(m_polygon) / 1e6, 0, 'f', 3));
}

void CampaignDialog::fillAreas()
{
    auto choices = Cases::campaignAreaChoices(m_city.database());
    if (!choices) {
        m_error->setText(choices.error().message);
        m_error->show();
        return;
    }
    const QList<std::pair<QString, QString>> *lists[] = {&choices->streets, &choices->communities,
                                                         &choices->responsibilityGrids,
                                                         &choices->unitGrids};
    for (int i = 0; i < 4; ++i) {
        for (const auto &[code, name] : *lists[i])
            addCheckable(m_areaLists[i], code, QStringLiteral("%1  %2").arg(code, name));
    }
}

void CampaignDialog::fillCategories()
{
    const bool chinese = QLocale().language() == QLocale::Chinese;
    const Core::CategoryDictionary &dict = m_city.categories();
    for (Core::CaseKind kind : {Core::CaseKind::Event, Core::CaseKind::Component}) {
        for (const Core::MajorCategory &major : dict.majors(kind)) {
            addCheckable(m_categories, Core::kindId(kind) + QLatin1Char(':') + major.code,
                         tr("%1 %2 %3 (whole class)")
                             .arg(Core::kindName(kind), major.code,
                                  chinese ? major.nameZh : major.nameEn));
            for (const Core::Category &c : dict.categories(kind, major.code))
                addCheckable(m_categories, c.key(),
                             QStringLiteral("    %1 %2")
                                 .arg(c.code, chinese ? c.nameZh : c.nameEn));
        }
    }
}

void CampaignDialog::filter(QListWidget *list, const QString &text)
{
    if (!list)
        return;
    for (int i = 0; i < list->count(); ++i)
        list->item(i)->setHidden(!text.isEmpty()
                                 && !list->item(i)->text().contains(text, Qt::CaseInsensitive));
}

Cases::Campaign CampaignDialog::campaign() const
{
    Cases::Campaign c;
    c.name = m_name->text().trimmed();
    c.startsOn = m_from->date();
    c.endsOn = m_to->date();
    c.streetCodes = ticked(m_areaLists[0]);
    c.communityCodes = ticked(m_areaLists[1]);
    c.responsibilityCodes = ticked(m_areaLists[2]);
    c.gridCodes = ticked(m_areaLists[3]);
    c.polygon = m_polygon;
    c.categories = ticked(m_categories);
    return c;
}

QStringList CampaignDialog::surveyItems() const
{
    QStringList items;
    static const QRegularExpression separators(QStringLiteral("[,，、;；]"));
    for (const QString &part : m_items->text().split(separators, Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            items << part.trimmed();
    }
    return items;
}

bool CampaignDialog::tick(const QString &code)
{
    QList<QListWidget *> lists = m_areaLists;
    lists << m_categories;
    for (QListWidget *list : lists) {
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->data(kCodeRole).toString() == code) {
                list->item(i)->setCheckState(Qt::Checked);
                return true;
            }
        }
    }
    return false;
}

QString CampaignDialog::lastError() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void CampaignDialog::accept()
{
    const QStringList items = surveyItems();
    Cases::CampaignStore campaigns(m_city.database(), m_city.categories(), m_city.calendar());
    // The items are checked before anything is stored, so that a bad list stores nothing.
    if (auto r = items.isEmpty() ? Result<void>() : Cases::SurveyStore::checkItems(items); !r) {
        m_error->setText(tr("%1 [%2]").arg(r.error().message, r.error().code));
        m_error->show();
        return;
    }
    auto added = campaigns.add(campaign(), m_login, m_role);
    if (!added) {
        m_error->setText(tr("%1 [%2]").arg(added.error().message, added.error().code));
        m_error->show();
        return;
    }
    m_saved = added.value();
    if (!items.isEmpty()) {
        Cases::SurveyStore surveys(m_city.database(), m_city.categories(), m_city.calendar());
        if (auto r = surveys.setItems(m_saved.id, items, m_login, m_role); !r) {
            // The campaign stands; its items can be set again (cityctl survey items).
            m_error->setText(tr("The campaign is saved, its survey items are not: %1 [%2]")
                                 .arg(r.error().message, r.error().code));
            m_error->show();
            return;
        }
    }
    QDialog::accept();
}

} // namespace Cc::CasesWidgets

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/cases/campaigns.h>
#include <cc/city/citycontext.h>

#include <QDialog>

#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
QT_END_NAMESPACE

namespace Cc::CasesWidgets {

/// 新建专项: a campaign's name, period, area (streets, communities, responsibility or unit grids
/// of the city, ticked in lists, and/or an outline drawn on the map) and categories (大类 or 小类 of the city's dictionary), and
/// for a 专项普查 the items collectors count. Saving goes through Cases::CampaignStore::add
/// and Cases::SurveyStore::setItems, which check everything (also the user's role); a refusal
/// is shown in the dialog with everything typed kept.
class CampaignDialog : public QDialog
{
    Q_OBJECT

public:
    /// Draws an area on the city's map (the app gives the map's AreaDrawDialog; this module
    /// knows no map): the outline drawn (one closed ring), nothing when cancelled.
    using AreaDrawer = std::function<
        std::optional<Core::PolygonRings>(QWidget *parent, const Core::PolygonRings &current)>;

    CampaignDialog(const City::CityContext &city, const QString &login, Core::Role role,
                   QWidget *parent = nullptr);

    /// The campaign as filled in (no id yet).
    Cases::Campaign campaign() const;
    /// The survey items typed (comma- or 、-separated); empty: not a survey.
    QStringList surveyItems() const;
    /// Ticks an area code (street, community, responsibility or unit grid) or a category key;
    /// false when the lists hold no such code (tests and scripted use).
    bool tick(const QString &code);
    /// The campaign saved by accept(); empty before.
    const Cases::Campaign &saved() const { return m_saved; }
    QString lastError() const;
    /// Offers 在地图上画范围… (without a drawer the button stays disabled).
    void setAreaDrawer(AreaDrawer drawer);
    /// Runs the drawer and keeps the outline it gives (the button's action).
    void drawArea();

public slots:
    /// Saves through the stores; stays open with the reason shown when refused.
    void accept() override;

private:
    void fillAreas();
    void fillCategories();
    void filter(QListWidget *list, const QString &text);
    QLayout *newDrawnAreaRow();
    void showDrawnArea();

    const City::CityContext &m_city;
    QString m_login;
    Core::Role m_role;
    QLineEdit *m_name = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_areaKind = nullptr;
    QLineEdit *m_areaFilter = nullptr;
    QList<QListWidget *> m_areaLists; ///< streets, communities, responsibility grids, unit grids
    QLineEdit *m_categoryFilter = nullptr;
    QListWidget *m_categories = nullptr;
    QLineEdit *m_items = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_drawnArea = nullptr;
    QPushButton *m_draw = nullptr;
    QPushButton *m_clearDrawn = nullptr;
    AreaDrawer m_drawer;
    Core::PolygonRings m_polygon; ///< the drawn outline; empty: none
    Cases::Campaign m_saved;
};

} // namespace Cc::CasesWidgets

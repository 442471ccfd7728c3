// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityplan.h"

#include "names.h"

#include <cc/cases/auth.h>
#include <cc/city/citycontext.h>
#include <cc/core/category.h>
#include <cc/core/role.h>
#include <cc/core/uuid.h>
#include <cc/core/workcalendar.h>
#include <cc/storage/repositories.h>
#include <cc/storage/settings.h>

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <future>
#include <map>

namespace Cc::Demo {

namespace {

// The county sits where 汤阴 is; cells are ~149 m squares (≈ 2.2 ha, a 万米单元网格).
constexpr double kLon0 = 114.357;
constexpr double kLat0 = 35.925;
constexpr double kCellM = 149.0;
constexpr double kMetersPerDegLat = 111320.0;
const double kDegLat = kCellM / kMetersPerDegLat;
const double kDegLon = kCellM / (kMetersPerDegLat * std::cos(kLat0 * M_PI / 180.0));
constexpr int kLatticeCols = 60, kLatticeRows = 50;
constexpr int kCellsPerCommunity = 55; // GB/T 30428.1 allows 99 per community
constexpr int kResponsibilityCols = 7, kResponsibilityRows = 3;

QPointF vertexLonLat(int col, int row)
{
    return {kLon0 + (col - kLatticeCols / 2) * kDegLon, kLat0 + (row - kLatticeRows / 2) * kDegLat};
}

/// Splits sorted values into n bands of about equal count; returns each band's first value.
QList<int> quantileStarts(QList<int> values, int n)
{
    std::sort(values.begin(), values.end());
    QList<int> starts{values.first()};
    for (int k = 1; k < n; ++k) {
        const int v = values[int(qint64(values.size()) * k / n)];
        if (v > starts.last())
            starts << v;
    }
    return starts;
}

int bandOf(const QList<int> &starts, int value)
{
    int band = 0;
    while (band + 1 < starts.size() && value >= starts[band + 1])
        ++band;
    return band;
}

template<typename T>
Result<void> insertAll(Storage::SpatialRepository &repo, const QList<T> &rows)
{
    for (const T &row : rows) {
        if (auto r = repo.insert(row); !r)
            return r;
    }
    return {};
}

QString newId()
{
    return Core::uuidText(Core::makeUuidV7());
}

/// Relative frequency of components per 小类 in a county (manhole covers, lamps and trees
/// dominate real inventories); unlisted classes get a small share.
double componentWeight(const QString &nameZh)
{
    static const std::map<QString, double> weights
        = {{"上水井盖", 6},   {"污水井盖", 8},   {"雨水井盖", 8},  {"雨水箅子", 7},
           {"电力井盖", 3},   {"路灯井盖", 2},   {"通讯井盖", 4},  {"燃气井盖", 1},
           {"路灯", 12},      {"立杆", 4},       {"行道树", 12},   {"垃圾箱", 6},
           {"交通标志牌", 3}, {"交通护栏", 3},   {"路名牌", 2},    {"绿地", 2},
           {"消防设施", 1.5}, {"电力设施", 1.5}, {"宣传栏", 1},    {"街头坐椅", 1},
           {"公交站亭", 0.6}, {"公共厕所", 0.3}, {"停车咪表", 0.5}};
    const auto it = weights.find(nameZh);
    return it == weights.end() ? 0.15 : it->second;
}

} // namespace

QPointF latticeVertex(int col, int row)
{
    return vertexLonLat(col, row);
}

Storage::Ring outline(const QList<const Cell *> &cells)
{
    // Boundary edges of a union of lattice squares: every cell contributes its four edges
    // counter-clockwise; an edge shared with a neighbour appears once in each direction and
    // cancels. The rest chain into the outline (orthogonally convex: one ring, no holes).
    using Vertex = std::pair<int, int>;
    std::map<std::pair<Vertex, Vertex>, bool> edges;
    for (const Cell *cell : cells) {
        const int c = cell->col, r = cell->row;
        const Vertex v[4] = {{c, r}, {c + 1, r}, {c + 1, r + 1}, {c, r + 1}};
        for (int i = 0; i < 4; ++i) {
            const auto edge = std::make_pair(v[i], v[(i + 1) % 4]);
            const auto reverse = std::make_pair(edge.second, edge.first);
            if (auto it = edges.find(reverse); it != edges.end())
                edges.erase(it);
            else
                edges.emplace(edge, true);
        }
    }
    std::map<Vertex, Vertex> next;
    for (const auto &[edge, unused] : edges)
        next[edge.first] = edge.second;
    Storage::Ring ring;
    if (next.empty())
        return ring;
    const Vertex start = next.begin()->first;
    Vertex at = start;
    QList<Vertex> path;
    do {
        path << at;
        at = next.at(at);
    } while (at != start && path.size() <= int(next.size()));
    // Keep only corners: drop vertices in the middle of a straight run.
    const qsizetype n = path.size();
    for (qsizetype i = 0; i < n; ++i) {
        const Vertex &p = path[(i + n - 1) % n], &q = path[i], &s = path[(i + 1) % n];
        const bool straight = (p.first == q.first && q.first == s.first)
                              || (p.second == q.second && q.second == s.second);
        if (!straight)
            ring << vertexLonLat(q.first, q.second);
    }
    ring << ring.first();
    return ring;
}

namespace {

/// writeCityPlan's steps, in the order they draw from the random source (the same seed
/// must give the same city): the layout in memory first, then the rows in one transaction.
class CityPlanWriter
{
public:
    CityPlanWriter(Storage::Database &db, const DemoOptions &options, std::mt19937_64 &random,
                   const std::function<void(int, int, const QString &)> &progress)
        : m_db(db)
        , m_options(options)
        , m_random(random)
        , m_progress(progress)
    {}

    Result<CityPlan> write();

private:
    void layOutCounty();
    void divideIntoStreets();
    void divideStreetIntoCommunities(const QString &streetCode, const QList<Cell *> &cells);
    void divideIntoResponsibilityGrids();
    void nameRoadsAndGrids();
    Result<void> writeLayers(Storage::SpatialRepository &spatial);
    Result<void> writeCategoriesAndCalendar();
    Result<void> writeDepartments();
    Result<void> assignCategoriesToDepartments();
    Result<void> writeUsers(const QString &passwordHash);
    Result<Person> addUser(const QString &passwordHash, const QString &login, const QString &role,
                           const QString &departmentId, const QString &responsibility);
    QString departmentFor(const QString &categoryKey);
    Result<void> writeComponents(Storage::SpatialRepository &spatial);
    Result<void> writeCameras(Storage::SpatialRepository &spatial);
    Result<void> writeSettings();

    Storage::Database &m_db;
    const DemoOptions &m_options;
    std::mt19937_64 &m_random;
    const std::function<void(int, int, const QString &)> &m_progress;
    const Core::CategoryDictionary &m_dictionary = City::CityContext::nationalCategories();
    const QString m_county = QString::fromLatin1(kCountyCode);
    const QStringList m_streets = streetNames();
    const QStringList m_communityPool = communityNames();
    const QStringList m_ewRoads = roadNamesEastWest(), m_nsRoads = roadNamesNorthSouth();
    const QDate m_installedBase{2012, 1, 1};

    CityPlan m_plan;
    QList<int> m_cols, m_rows; ///< of the county's cells, for the quantile bands
    QList<Storage::StreetRow> m_streetRows;
    QList<Storage::CommunityRow> m_communityRows;
    int m_communityName = 0;
    QList<Storage::ResponsibilityGridRow> m_respRows;
    QHash<QString, int> m_streetOfResponsibility;
    QList<Storage::UnitGridRow> m_gridRows;
    QHash<QString, QStringList> m_departmentsByType;
    QHash<QString, QString> m_departmentIdByCode;
    QStringList m_departmentCodes; ///< in the order of departmentSpecs()
    QString m_fallbackDepartment;
};

Result<CityPlan> CityPlanWriter::write()
{
    // argon2id is slow on purpose (~0.1 s and 64 MiB per hash): hash the demo password once,
    // for every demo user, rather than 109 times with their own salts; and on another thread,
    // while the lattice and the spatial layers are written, so the city is not later for it.
    std::future<Result<QString>> demoHash = std::async(std::launch::async, [] {
        return Cases::AuthService::hashPassword(QString::fromLatin1(kDemoPassword));
    });
    layOutCounty();
    divideIntoStreets();
    divideIntoResponsibilityGrids();
    nameRoadsAndGrids();

    Storage::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    Storage::SpatialRepository spatial(m_db);
    if (auto r = writeLayers(spatial); !r)
        return r.error();
    if (auto r = writeCategoriesAndCalendar(); !r)
        return r.error();
    if (auto r = writeDepartments(); !r)
        return r.error();
    if (auto r = assignCategoriesToDepartments(); !r)
        return r.error();
    const Result<QString> passwordHash = demoHash.get();
    if (!passwordHash)
        return passwordHash.error();
    if (auto r = writeUsers(passwordHash.value()); !r)
        return r.error();
    if (auto r = writeComponents(spatial); !r)
        return r.error();
    if (auto r = writeCameras(spatial); !r)
        return r.error();
    if (auto r = writeSettings(); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return std::move(m_plan);
}

// 1. The county: the lattice cells nearest an egg-shaped outline, wider to the east.
void CityPlanWriter::layOutCounty()
{
    struct Candidate
    {
        int col, row;
        double d;
    };
    QList<Candidate> candidates;
    for (int c = 0; c < kLatticeCols; ++c) {
        for (int r = 0; r < kLatticeRows; ++r) {
            const double x = c + 0.5 - kLatticeCols / 2.0, y = r + 0.5 - kLatticeRows / 2.0;
            const double a = x > 0 ? 27.0 : 23.0, b = 21.0;
            candidates.append({c, r, (x * x) / (a * a) + (y * y) / (b * b)});
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &l, const Candidate &r) { return l.d < r.d; });
    const int cellCount = std::min<int>(m_options.unitGrids, int(candidates.size()));
    for (int i = 0; i < cellCount; ++i) {
        Cell cell;
        cell.col = candidates[i].col;
        cell.row = candidates[i].row;
        const QPointF sw = vertexLonLat(cell.col, cell.row),
                      ne = vertexLonLat(cell.col + 1, cell.row + 1);
        cell.lonLat = QRectF(sw, ne);
        m_plan.cells << cell;
        m_cols << cell.col;
        m_rows << cell.row;
    }
}

// 2. Streets are west-east bands; communities split each street north-south.
void CityPlanWriter::divideIntoStreets()
{
    const QList<int> streetStarts = quantileStarts(m_cols, int(m_streets.size()));
    QList<QList<Cell *>> streetCells(streetStarts.size());
    for (Cell &cell : m_plan.cells) {
        cell.street = bandOf(streetStarts, cell.col);
        streetCells[cell.street] << &cell;
    }
    for (int s = 0; s < streetCells.size(); ++s) {
        const QString streetCode = m_county
                                   + QStringLiteral("%1").arg(s + 1, 3, 10, QLatin1Char('0'));
        QList<const Cell *> inStreet(streetCells[s].cbegin(), streetCells[s].cend());
        m_streetRows << Storage::StreetRow{newId(), streetCode, m_streets[s], {outline(inStreet)}};
        divideStreetIntoCommunities(streetCode, streetCells[s]);
    }
}

// Unit grids are numbered within their community north to south, west to east.
void CityPlanWriter::divideStreetIntoCommunities(const QString &streetCode,
                                                 const QList<Cell *> &cells)
{
    QList<int> northFirst;
    for (const Cell *cell : cells)
        northFirst << -cell->row;
    const int bands = int(std::ceil(double(cells.size()) / kCellsPerCommunity));
    const QList<int> communityStarts = quantileStarts(northFirst, bands);
    QList<QList<Cell *>> communityCells(communityStarts.size());
    for (Cell *cell : cells)
        communityCells[bandOf(communityStarts, -cell->row)] << cell;
    for (int k = 0; k < communityCells.size(); ++k) {
        QList<Cell *> &members = communityCells[k];
        const QString communityCode = streetCode
                                      + QStringLiteral("%1").arg(k + 1, 3, 10, QLatin1Char('0'));
        std::sort(members.begin(), members.end(), [](const Cell *a, const Cell *b) {
            return a->row != b->row ? a->row > b->row : a->col < b->col;
        });
        for (int i = 0; i < members.size(); ++i) {
            members[i]->communityCode = communityCode;
            members[i]->code = communityCode
                               + QStringLiteral("%1").arg(i + 1, 2, 10, QLatin1Char('0'));
        }
        const QString name = m_communityPool[m_communityName++ % m_communityPool.size()]
                             + QStringLiteral("社区");
        m_communityRows << Storage::CommunityRow{newId(),
                                                 communityCode,
                                                 name,
                                                 streetCode,
                                                 {outline({members.cbegin(), members.cend()})}};
    }
}

// 3. Responsibility grids: a 7 × 3 partition of equal shares, each with the street most of
//    its cells lie in (its street office handles the street-office categories there).
void CityPlanWriter::divideIntoResponsibilityGrids()
{
    const QList<int> respColStarts = quantileStarts(m_cols, kResponsibilityCols);
    const QList<int> respRowStarts = quantileStarts(m_rows, kResponsibilityRows);
    std::map<std::pair<int, int>, QList<Cell *>> respCells;
    for (Cell &cell : m_plan.cells)
        respCells[{kResponsibilityRows - 1 - bandOf(respRowStarts, cell.row),
                   bandOf(respColStarts, cell.col)}]
            << &cell;
    for (auto &[key, members] : respCells) {
        const QString code = QStringLiteral("R%1").arg(m_respRows.size() + 1, 2, 10,
                                                       QLatin1Char('0'));
        QList<int> streetVotes(m_streets.size(), 0);
        for (Cell *cell : members) {
            cell->responsibilityCode = code;
            ++streetVotes[cell->street];
        }
        m_streetOfResponsibility.insert(code,
                                        int(std::max_element(streetVotes.begin(), streetVotes.end())
                                            - streetVotes.begin()));
        m_respRows << Storage::ResponsibilityGridRow{
            newId(),
            code,
            QCoreApplication::translate("Cc::Demo", "Responsibility grid %1").arg(code.mid(1)),
            {outline({members.cbegin(), members.cend()})}};
        m_plan.responsibilityCodes << code;
    }
}

// Roads every four cells each way name the addresses.
void CityPlanWriter::nameRoadsAndGrids()
{
    const double cellAreaM2 = kCellM * kCellM;
    for (int i = 0; i < m_plan.cells.size(); ++i) {
        const Cell &cell = m_plan.cells[i];
        m_plan.cellByCode.insert(cell.code, i);
        const bool ew = (cell.row % 4) <= (cell.col % 4);
        m_plan.roadOfCell.insert(cell.code, ew ? m_ewRoads[(cell.row / 4) % m_ewRoads.size()]
                                               : m_nsRoads[(cell.col / 4) % m_nsRoads.size()]);
        const QPointF sw = vertexLonLat(cell.col, cell.row),
                      se = vertexLonLat(cell.col + 1, cell.row);
        const QPointF ne = vertexLonLat(cell.col + 1, cell.row + 1),
                      nw = vertexLonLat(cell.col, cell.row + 1);
        const Storage::Ring ring{sw, se, ne, nw, sw};
        m_gridRows << Storage::UnitGridRow{newId(),
                                           cell.code,
                                           cell.communityCode,
                                           cell.responsibilityCode,
                                           cellAreaM2,
                                           1,
                                           {ring}};
    }
}

Result<void> CityPlanWriter::writeLayers(Storage::SpatialRepository &spatial)
{
    if (auto r = insertAll(spatial, m_streetRows); !r)
        return r;
    if (auto r = insertAll(spatial, m_communityRows); !r)
        return r;
    if (auto r = insertAll(spatial, m_respRows); !r)
        return r;
    if (auto r = insertAll(spatial, m_gridRows); !r)
        return r;
    m_plan.streets = int(m_streetRows.size());
    m_plan.communities = int(m_communityRows.size());
    return {};
}

// 4. Reference data: categories, calendar, departments, users.
Result<void> CityPlanWriter::writeCategoriesAndCalendar()
{
    Storage::CategoryRepository categoryRepo(m_db);
    for (const Core::Category &c : m_dictionary.categories()) {
        if (auto r = categoryRepo.upsert({c.key(), Core::kindId(c.kind), c.code, c.majorCode(),
                                          c.nameZh, c.nameEn, c.limitUrgent.toString(),
                                          c.limitNormal.toString(), c.filingConditions,
                                          c.closingConditions, c.departmentType});
            !r)
            return r;
    }
    return Storage::CalendarRepository(m_db).save(City::CityContext::nationalCalendar().toJson());
}

Result<void> CityPlanWriter::writeDepartments()
{
    Storage::DepartmentRepository departmentRepo(m_db);
    for (const DepartmentSpec &spec : departmentSpecs()) {
        Storage::DepartmentRow row{newId(),
                                   QString::fromLatin1(spec.code),
                                   QString::fromUtf8(spec.nameZh),
                                   QString::fromUtf8(spec.nameEn),
                                   spec.level,
                                   {},
                                   QString::fromLatin1(spec.type),
                                   QStringLiteral("0372-62%1").arg(m_plan.departments + 10000)};
        if (auto r = departmentRepo.upsert(row); !r)
            return r;
        m_departmentsByType[row.departmentType] << row.id;
        m_departmentIdByCode.insert(row.code, row.id);
        m_departmentCodes << row.code;
        ++m_plan.departments;
    }
    m_fallbackDepartment = m_departmentIdByCode.value(QStringLiteral("D07"));
    return {};
}

// A street-office category goes, in each responsibility grid, to the office of that grid's
// street; any other to the departments of its type (the first is the primary one, which
// suggestDepartment takes), else to the fallback department.
Result<void> CityPlanWriter::assignCategoriesToDepartments()
{
    Storage::DepartmentRepository departmentRepo(m_db);
    for (const Core::Category &c : m_dictionary.categories()) {
        if (c.departmentType == QLatin1String("street-office")) {
            for (const QString &resp : std::as_const(m_plan.responsibilityCodes)) {
                const QString office = m_departmentIdByCode.value(
                    QStringLiteral("S%1").arg(m_streetOfResponsibility.value(resp) + 1, 2, 10,
                                              QLatin1Char('0')));
                if (auto r = departmentRepo.addCategory({office, c.key(), resp}); !r)
                    return r;
            }
            continue;
        }
        const QStringList ids = m_departmentsByType.value(c.departmentType, {m_fallbackDepartment});
        if (auto r = departmentRepo.addCategory({ids.first(), c.key(), QString()}); !r)
            return r;
    }
    return {};
}

Result<Person> CityPlanWriter::addUser(const QString &passwordHash, const QString &login,
                                       const QString &role, const QString &departmentId,
                                       const QString &responsibility)
{
    Person p{newId(), login, personName(m_random), departmentId, responsibility};
    Storage::UserRow row{p.id,
                         login,
                         p.name,
                         passwordHash,
                         departmentId,
                         responsibility,
                         QStringLiteral("139%1").arg(quint32(m_random() % 100000000), 8, 10,
                                                     QLatin1Char('0')),
                         true,
                         {role}};
    if (auto r = Storage::UserRepository(m_db).upsert(row); !r)
        return r.error();
    ++m_plan.users;
    return p;
}

// The command hall's posts, the admin, the collectors (spread over the responsibility
// grids) and one user per department.
Result<void> CityPlanWriter::writeUsers(const QString &passwordHash)
{
    struct Post
    {
        const char *prefix;
        Core::Role role;
        int count;
        QList<Person> *list;
    };
    const Post posts[] = {{"op", Core::Role::Operator, 6, &m_plan.operators},
                          {"sl", Core::Role::ShiftLeader, 4, &m_plan.shiftLeaders},
                          {"dp", Core::Role::Dispatcher, 4, &m_plan.dispatchers},
                          {"sv", Core::Role::Supervisor, 2, &m_plan.supervisors}};
    for (const Post &post : posts) {
        for (int i = 1; i <= post.count; ++i) {
            auto p = addUser(passwordHash,
                             QStringLiteral("%1%2")
                                 .arg(QLatin1String(post.prefix))
                                 .arg(i, 2, 10, QLatin1Char('0')),
                             Core::roleId(post.role), {}, {});
            if (!p)
                return p.error();
            *post.list << p.value();
        }
    }
    if (auto p = addUser(passwordHash, QStringLiteral("admin"), Core::roleId(Core::Role::Admin), {},
                         {});
        !p)
        return p.error();
    for (int i = 0; i < m_options.collectors; ++i) {
        const QString resp = m_plan.responsibilityCodes[i % m_plan.responsibilityCodes.size()];
        auto p = addUser(passwordHash, QStringLiteral("col%1").arg(i + 1, 2, 10, QLatin1Char('0')),
                         Core::roleId(Core::Role::Collector), {}, resp);
        if (!p)
            return p.error();
        m_plan.collectorsByGrid[resp] << p.value();
    }
    // In the departments' order, not a hash's (which differs from run to run): the names
    // and phones drawn for them must follow the seed alone.
    for (const QString &code : std::as_const(m_departmentCodes)) {
        const QString id = m_departmentIdByCode.value(code);
        auto p = addUser(passwordHash, code.toLower(), Core::roleId(Core::Role::Department), id,
                         {});
        if (!p)
            return p.error();
        m_plan.departmentUsers.insert(id, p.value());
    }
    return {};
}

QString CityPlanWriter::departmentFor(const QString &categoryKey)
{
    auto found = Storage::DepartmentRepository(m_db).responsibleFor(categoryKey, QString());
    return found && !found->isEmpty() ? found->first().id : m_fallbackDepartment;
}

// 5. Components along the streets of every cell (the cameras, 部件 0136, come apart).
Result<void> CityPlanWriter::writeComponents(Storage::SpatialRepository &spatial)
{
    QList<const Core::Category *> partCategories;
    QList<double> weights;
    for (const Core::Category &c : m_dictionary.categories(Core::CaseKind::Component)) {
        if (c.code == QLatin1String("0136"))
            continue;
        partCategories << m_dictionary.find(c.kind, c.code);
        weights << componentWeight(c.nameZh);
    }
    std::discrete_distribution<int> pickCategory(weights.cbegin(), weights.cend());
    std::uniform_int_distribution<int> pickCell(0, int(m_plan.cells.size()) - 1);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    QHash<QString, int> sequence;
    QHash<QString, QString> departmentOfCategory;
    for (int i = 0; i < m_options.components; ++i) {
        const Core::Category *category = partCategories[pickCategory(m_random)];
        const Cell &cell = m_plan.cells[pickCell(m_random)];
        // Components line the cell's edges (the streets), not its middle.
        const double t = unit(m_random), side = unit(m_random) < 0.5 ? 0.05 : 0.95;
        const bool alongX = unit(m_random) < 0.5;
        const QPointF p(cell.lonLat.left() + cell.lonLat.width() * (alongX ? t : side),
                        cell.lonLat.top() + cell.lonLat.height() * (alongX ? side : t));
        const int seq = ++sequence[category->code];
        const QString code = m_county + category->code
                             + QStringLiteral("%1").arg(seq, 6, 10, QLatin1Char('0'));
        if (!departmentOfCategory.contains(category->key()))
            departmentOfCategory.insert(category->key(), departmentFor(category->key()));
        Storage::ComponentRow row{newId(),
                                  code,
                                  category->code,
                                  category->nameZh,
                                  unit(m_random) < 0.96 ? QStringLiteral("完好")
                                                        : QStringLiteral("破损"),
                                  departmentOfCategory.value(category->key()),
                                  cell.code,
                                  m_installedBase.addDays(qint64(m_random() % 4000)),
                                  p};
        if (auto r = spatial.insert(row); !r)
            return r;
        m_plan.componentsByCategory[category->code] << ComponentRef{code, cell.code, p};
        if (m_progress && i % 20000 == 0)
            m_progress(i, m_options.components,
                       QCoreApplication::translate("Cc::Demo", "components"));
    }
    m_plan.components = m_options.components;
    return {};
}

// Cameras at road crossings spread over the county, grouped by street.
Result<void> CityPlanWriter::writeCameras(Storage::SpatialRepository &spatial)
{
    QList<const Cell *> crossings;
    for (const Cell &cell : std::as_const(m_plan.cells)) {
        if (cell.col % 4 == 0 && cell.row % 4 == 0)
            crossings << &cell;
    }
    std::shuffle(crossings.begin(), crossings.end(), m_random);
    const QString cameraCategory = QStringLiteral("0136");
    const QString cameraDepartment = departmentFor(QStringLiteral("part:0136"));
    for (int i = 0; i < m_options.cameras && i < crossings.size(); ++i) {
        const Cell &cell = *crossings[i];
        const QString name = m_ewRoads[(cell.row / 4) % m_ewRoads.size()] + QStringLiteral("与")
                             + m_nsRoads[(cell.col / 4) % m_nsRoads.size()]
                             + QStringLiteral("路口");
        const QString code = m_county + cameraCategory
                             + QStringLiteral("%1").arg(i + 1, 6, 10, QLatin1Char('0'));
        const QString mount = QStringLiteral("%1/cam%2")
                                  .arg(m_options.cameraUrlBase)
                                  .arg(i + 1, 2, 10, QLatin1Char('0'));
        const QPointF at = cell.lonLat.topLeft();
        if (auto r = spatial.insert(Storage::ComponentRow{newId(), code, cameraCategory,
                                                          QStringLiteral("监控电子眼"),
                                                          QStringLiteral("完好"), cameraDepartment,
                                                          cell.code, m_installedBase, at});
            !r)
            return r;
        if (auto r = spatial.insert(Storage::CameraRow{newId(), code, name,
                                                       mount + QStringLiteral("/main"),
                                                       mount + QStringLiteral("/sub"), cell.code,
                                                       m_streets[cell.street], i % 5 == 0, at});
            !r)
            return r;
        ++m_plan.cameras;
    }
    return {};
}

Result<void> CityPlanWriter::writeSettings()
{
    Storage::Settings settings(m_db);
    const QString zone = QString::fromLatin1(City::CityContext::nationalCalendar().timeZone().id());
    for (const Result<void> &r :
         {settings.setCityName(QString::fromUtf8(kCountyName)), settings.setCountyCode(m_county),
          settings.setTimeZoneId(zone), settings.setDemoSeed(m_options.seed)}) {
        if (!r)
            return r;
    }
    return {};
}

} // namespace

Result<CityPlan> writeCityPlan(Storage::Database &db, const DemoOptions &options,
                               std::mt19937_64 &random,
                               const std::function<void(int, int, const QString &)> &progress)
{
    return CityPlanWriter(db, options, random, progress).write();
}

} // namespace Cc::Demo

// SPDX-License-Identifier: GPL-3.0-or-later
// The administrator's window of the centre's rules: the document into the three tables and
// back. Cells hold what a person types (部件/事件, 一般/紧急, "4wh"); the service's checks
// say what is wrong when the document is checked or published.
#include <cc/cases_widgets/configdialog.h>

#include <cc/core/category.h>
#include <cc/core/cityrules.h>

#include <QJsonArray>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableWidget>

namespace Cc::CasesWidgets {

namespace {

enum CategoryColumn { Kind, Code, Name, NameEn, LimitNormal, LimitUrgent, Level };
enum RouteColumn { RouteCategory, RouteArea, RouteDepartment, RoutePriority };
constexpr int kStandardsRole = Qt::UserRole; ///< on the Name cell: {filing, closing}
constexpr int kEntryRole = Qt::UserRole + 1; ///< on the Kind cell: the entry as loaded

QTableWidgetItem *cell(const QString &text)
{
    return new QTableWidgetItem(text);
}

QString text(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

QStringList lines(const QString &text)
{
    QStringList out;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            out.append(line.trimmed());
    }
    return out;
}

QJsonArray toArray(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

QStringList toList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out.append(v.toString());
    return out;
}

/// A kind or level as typed: the Chinese word or the file's id.
QString kindText(const QString &id)
{
    const Core::CaseKind kind = Core::kindFromId(id);
    return kind == Core::CaseKind::Component ? QStringLiteral("部件")
           : kind == Core::CaseKind::Event   ? QStringLiteral("事件")
                                             : id;
}

QString stageName(const QString &id)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("accept"),
         QT_TRANSLATE_NOOP("Cc::CasesWidgets::ConfigDialog", "Acceptance")},
        {QStringLiteral("verify"),
         QT_TRANSLATE_NOOP("Cc::CasesWidgets::ConfigDialog", "Verification")},
        {QStringLiteral("file"), QT_TRANSLATE_NOOP("Cc::CasesWidgets::ConfigDialog", "Filing")},
        {QStringLiteral("dispatch"),
         QT_TRANSLATE_NOOP("Cc::CasesWidgets::ConfigDialog", "Dispatching")},
        {QStringLiteral("send-check"),
         QT_TRANSLATE_NOOP("Cc::CasesWidgets::ConfigDialog", "Sending for checking")},
        {QStringLiteral("check"), QT_TRANSLATE_NOOP("Cc::CasesWidgets::ConfigDialog", "Checking")},
        {QStringLiteral("close"), QT_TRANSLATE_NOOP("Cc::CasesWidgets::ConfigDialog", "Closing")}};
    return ConfigDialog::tr(names.value(id, ""));
}

} // namespace

void ConfigDialog::fill(const QJsonObject &document)
{
    m_filling = true;
    m_base = document;
    fillCategories(document);
    fillStages(document);
    fillRouting(document);
    m_filling = false;
    if (m_categories->rowCount() > 0)
        m_categories->setCurrentCell(0, Name);
    categorySelected();
}

void ConfigDialog::fillCategories(const QJsonObject &document)
{
    const QJsonArray list = document.value(QStringLiteral("categories")).toArray();
    m_categories->setRowCount(int(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        const QJsonObject c = list.at(row).toObject();
        auto *kind = cell(kindText(c.value(QStringLiteral("kind")).toString()));
        kind->setData(kEntryRole, c);
        m_categories->setItem(row, Kind, kind);
        m_categories->setItem(row, Code, cell(c.value(QStringLiteral("code")).toString()));
        auto *name = cell(c.value(QStringLiteral("nameZh")).toString());
        name->setData(kStandardsRole, QVariantList{toList(c.value(QStringLiteral("filing"))),
                                                   toList(c.value(QStringLiteral("closing")))});
        m_categories->setItem(row, Name, name);
        m_categories->setItem(row, NameEn, cell(c.value(QStringLiteral("nameEn")).toString()));
        m_categories->setItem(row, LimitNormal,
                              cell(c.value(QStringLiteral("limitNormal")).toString()));
        m_categories->setItem(row, LimitUrgent,
                              cell(c.value(QStringLiteral("limitUrgent")).toString()));
        const Core::CaseLevel level = Core::levelFromId(
            c.value(QStringLiteral("defaultLevel")).toString());
        m_categories->setItem(row, Level,
                              cell(level == Core::CaseLevel::Urgent ? QStringLiteral("紧急")
                                                                    : QStringLiteral("一般")));
    }
    m_categories->resizeColumnToContents(Code);
}

void ConfigDialog::fillStages(const QJsonObject &document)
{
    const QJsonObject stages = document.value(QStringLiteral("stageLimits")).toObject();
    const QStringList ids = Core::CityRules::stageIds();
    m_stages->setRowCount(int(ids.size()));
    QStringList names;
    for (int row = 0; row < ids.size(); ++row) {
        const QJsonObject levels = stages.value(ids[row]).toObject();
        m_stages->setItem(row, 0, cell(levels.value(QStringLiteral("urgent")).toString()));
        m_stages->setItem(row, 1, cell(levels.value(QStringLiteral("normal")).toString()));
        names.append(stageName(ids[row]));
    }
    m_stages->setVerticalHeaderLabels(names);
}

void ConfigDialog::fillRouting(const QJsonObject &document)
{
    const QJsonObject routing = document.value(QStringLiteral("routing")).toObject();
    const QJsonArray routes = routing.value(QStringLiteral("routes")).toArray();
    m_routes->setRowCount(int(routes.size()));
    for (int row = 0; row < routes.size(); ++row) {
        const QJsonObject r = routes.at(row).toObject();
        m_routes->setItem(row, RouteCategory, cell(r.value(QStringLiteral("category")).toString()));
        m_routes->setItem(row, RouteArea, cell(r.value(QStringLiteral("area")).toString()));
        m_routes->setItem(row, RouteDepartment,
                          cell(r.value(QStringLiteral("department")).toString()));
        m_routes->setItem(row, RoutePriority,
                          cell(QString::number(r.value(QStringLiteral("priority")).toInt())));
    }
    m_defaultDepartment->setText(routing.value(QStringLiteral("default")).toString());
}

QJsonArray ConfigDialog::categoriesJson() const
{
    QJsonArray list;
    for (int row = 0; row < m_categories->rowCount(); ++row) {
        // What the table does not show (departmentType …) stays as loaded.
        QJsonObject c = m_categories->item(row, Kind)
                            ? m_categories->item(row, Kind)->data(kEntryRole).toJsonObject()
                            : QJsonObject();
        const Core::CaseKind kind = Core::kindFromId(text(m_categories, row, Kind));
        c.insert(QStringLiteral("kind"), kind == Core::CaseKind::Invalid
                                             ? text(m_categories, row, Kind)
                                             : Core::kindId(kind));
        c.insert(QStringLiteral("code"), text(m_categories, row, Code));
        c.insert(QStringLiteral("nameZh"), text(m_categories, row, Name));
        c.insert(QStringLiteral("nameEn"), text(m_categories, row, NameEn));
        c.insert(QStringLiteral("limitNormal"), text(m_categories, row, LimitNormal));
        c.insert(QStringLiteral("limitUrgent"), text(m_categories, row, LimitUrgent));
        const Core::CaseLevel level = Core::levelFromId(text(m_categories, row, Level));
        c.insert(QStringLiteral("defaultLevel"), level == Core::CaseLevel::Invalid
                                                     ? text(m_categories, row, Level)
                                                     : Core::levelId(level));
        const QVariantList standards
            = m_categories->item(row, Name)
                  ? m_categories->item(row, Name)->data(kStandardsRole).toList()
                  : QVariantList();
        c.insert(QStringLiteral("filing"), toArray(standards.value(0).toStringList()));
        c.insert(QStringLiteral("closing"), toArray(standards.value(1).toStringList()));
        list.append(c);
    }
    return list;
}

QJsonObject ConfigDialog::stagesJson() const
{
    QJsonObject stages;
    const QStringList ids = Core::CityRules::stageIds();
    for (int row = 0; row < m_stages->rowCount() && row < ids.size(); ++row)
        stages.insert(ids[row], QJsonObject{{QStringLiteral("urgent"), text(m_stages, row, 0)},
                                            {QStringLiteral("normal"), text(m_stages, row, 1)}});
    return stages;
}

QJsonObject ConfigDialog::routingJson() const
{
    QJsonArray routes;
    for (int row = 0; row < m_routes->rowCount(); ++row) {
        bool ok = false;
        const int priority = text(m_routes, row, RoutePriority).toInt(&ok);
        routes.append(
            QJsonObject{{QStringLiteral("category"), text(m_routes, row, RouteCategory)},
                        {QStringLiteral("area"), text(m_routes, row, RouteArea)},
                        {QStringLiteral("department"), text(m_routes, row, RouteDepartment)},
                        // Not a number: sent as typed, for the service to name it.
                        {QStringLiteral("priority"),
                         ok ? QJsonValue(priority)
                            : QJsonValue(text(m_routes, row, RoutePriority))}});
    }
    QJsonObject routing{{QStringLiteral("routes"), routes}};
    if (!m_defaultDepartment->text().trimmed().isEmpty())
        routing.insert(QStringLiteral("default"), m_defaultDepartment->text().trimmed());
    return routing;
}

void ConfigDialog::categorySelected()
{
    const int row = m_categories->currentRow();
    const QTableWidgetItem *name = row >= 0 ? m_categories->item(row, Name) : nullptr;
    const QVariantList standards = name ? name->data(kStandardsRole).toList() : QVariantList();
    m_filling = true;
    m_filing->setPlainText(standards.value(0).toStringList().join(QLatin1Char('\n')));
    m_closing->setPlainText(standards.value(1).toStringList().join(QLatin1Char('\n')));
    m_filing->setEnabled(name);
    m_closing->setEnabled(name);
    m_filling = false;
}

void ConfigDialog::standardsEdited()
{
    const int row = m_categories->currentRow();
    if (m_filling || row < 0 || !m_categories->item(row, Name))
        return;
    m_categories->item(row, Name)->setData(kStandardsRole,
                                           QVariantList{lines(m_filing->toPlainText()),
                                                        lines(m_closing->toPlainText())});
}

void ConfigDialog::addCategory()
{
    const int row = m_categories->rowCount();
    m_categories->insertRow(row);
    const QStringList defaults{QStringLiteral("事件"),
                               QString(),
                               QString(),
                               QString(),
                               QStringLiteral("4wh"),
                               QStringLiteral("2wh"),
                               QStringLiteral("一般")};
    for (int column = 0; column < defaults.size(); ++column)
        m_categories->setItem(row, column, cell(defaults[column]));
    m_categories->item(row, Name)->setData(kStandardsRole,
                                           QVariantList{QStringList(), QStringList()});
    m_categories->setCurrentCell(row, Code);
    m_categories->editItem(m_categories->item(row, Code));
}

void ConfigDialog::addRoute()
{
    const int row = m_routes->rowCount();
    m_routes->insertRow(row);
    for (int column = 0; column < 4; ++column)
        m_routes->setItem(row, column,
                          cell(column == RoutePriority ? QStringLiteral("0") : QString()));
    m_routes->setCurrentCell(row, RouteCategory);
    m_routes->editItem(m_routes->item(row, RouteCategory));
}

void ConfigDialog::removeSelected(QTableWidget *table)
{
    if (table->currentRow() >= 0)
        table->removeRow(table->currentRow());
}

} // namespace Cc::CasesWidgets

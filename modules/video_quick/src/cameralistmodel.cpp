// SPDX-License-Identifier: GPL-3.0-or-later
#include "cc/video_quick/cameralistmodel.h"

#include <algorithm>

namespace Cc::VideoQuick {

CameraListModel::CameraListModel(QObject *parent) : QAbstractListModel(parent) {}

void CameraListModel::setCameras(const QList<Storage::CameraRow> &cameras)
{
    m_all = cameras;
    rebuild();
}

const Storage::CameraRow *CameraListModel::camera(const QString &id) const
{
    for (const auto &c : m_all) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

void CameraListModel::setFilter(const QString &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    rebuild();
    emit filterChanged();
}

void CameraListModel::setByGrid(bool byGrid)
{
    if (byGrid == m_byGrid)
        return;
    m_byGrid = byGrid;
    rebuild();
    emit byGridChanged();
}

QString CameraListModel::sectionOf(const Storage::CameraRow &c) const
{
    return m_byGrid ? c.gridCode : c.groupName;
}

void CameraListModel::rebuild()
{
    beginResetModel();
    m_visible.clear();
    const QString f = m_filter.trimmed();
    for (int i = 0; i < m_all.size(); ++i) {
        const auto &c = m_all[i];
        if (f.isEmpty() || c.name.contains(f, Qt::CaseInsensitive)
            || c.groupName.contains(f, Qt::CaseInsensitive) || c.gridCode.contains(f))
            m_visible << i;
    }
    std::stable_sort(m_visible.begin(), m_visible.end(),
                     [this](int a, int b) { return sectionOf(m_all[a]) < sectionOf(m_all[b]); });
    endResetModel();
    emit countChanged();
}

int CameraListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

QVariant CameraListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_visible.size())
        return {};
    const auto &c = m_all[m_visible[index.row()]];
    switch (role) {
    case IdRole:
        return c.id;
    case Qt::DisplayRole:
    case NameRole:
        return c.name;
    case GroupRole:
        return c.groupName;
    case GridRole:
        return c.gridCode;
    case SectionRole:
        return sectionOf(c);
    case PtzRole:
        return c.ptz;
    default:
        return {};
    }
}

QHash<int, QByteArray> CameraListModel::roleNames() const
{
    return {{IdRole, "cameraId"}, {NameRole, "name"},       {GroupRole, "group"},
            {GridRole, "grid"},   {SectionRole, "section"}, {PtzRole, "ptz"}};
}

QStringList CameraListModel::idsOfSection(const QString &section) const
{
    QStringList ids;
    for (const auto &c : m_all) {
        if (section.isEmpty() || sectionOf(c) == section)
            ids << c.id;
    }
    return ids;
}

QStringList CameraListModel::sections() const
{
    QStringList s;
    for (const auto &c : m_all) {
        if (!s.contains(sectionOf(c)))
            s << sectionOf(c);
    }
    return s;
}

} // namespace Cc::VideoQuick

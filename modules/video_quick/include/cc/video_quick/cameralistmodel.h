// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/storage/rows.h>

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace Cc::VideoQuick {

/// The city's cameras for the wall's camera tree: grouped by street group or by unit grid
/// (the `section` role, sorted so sections are contiguous), filtered by a search text that
/// matches name, group or grid code. Stream URLs are not exposed to QML (credentials).
class CameraListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The camera list belongs to the wall")
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)
    Q_PROPERTY(bool byGrid READ byGrid WRITE setByGrid NOTIFY byGridChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    enum Role { IdRole = Qt::UserRole + 1, NameRole, GroupRole, GridRole, SectionRole, PtzRole };

    explicit CameraListModel(QObject *parent = nullptr);

    void setCameras(const QList<Storage::CameraRow> &cameras);
    const QList<Storage::CameraRow> &cameras() const { return m_all; }
    const Storage::CameraRow *camera(const QString &id) const;

    QString filter() const { return m_filter; }
    void setFilter(const QString &filter);
    bool byGrid() const { return m_byGrid; }
    void setByGrid(bool byGrid);
    int count() const { return int(m_visible.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Camera ids of one section (a group or a grid), in list order: a tour's cameras.
    Q_INVOKABLE QStringList idsOfSection(const QString &section) const;
    Q_INVOKABLE QStringList sections() const;

signals:
    void filterChanged();
    void byGridChanged();
    void countChanged();

private:
    void rebuild();
    QString sectionOf(const Storage::CameraRow &c) const;

    QList<Storage::CameraRow> m_all;
    QList<int> m_visible; // indexes into m_all
    QString m_filter;
    bool m_byGrid = false;
};

} // namespace Cc::VideoQuick

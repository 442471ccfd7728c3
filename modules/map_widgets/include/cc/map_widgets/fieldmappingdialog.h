// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QHash>

class QComboBox;

namespace Cc::MapWidgets {

/// The field-mapping step of an import: for each of our fields, the file's field that
/// holds it (preselected when the names match, ignoring case; "—" for none).
class FieldMappingDialog : public QDialog
{
    Q_OBJECT
public:
    FieldMappingDialog(const QString &title, const QStringList &ourFields,
                       const QStringList &theirFields, QWidget *parent = nullptr);
    QHash<QString, QString> mapping() const;
    void setMapping(const QString &ours, const QString &theirs);

private:
    QHash<QString, QComboBox *> m_boxes;
};

} // namespace Cc::MapWidgets

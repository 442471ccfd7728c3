// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/map_widgets/fieldmappingdialog.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Cc::MapWidgets {

FieldMappingDialog::FieldMappingDialog(const QString &title, const QStringList &ourFields,
                                       const QStringList &theirFields, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Which field of the file holds each of ours?")));
    auto *form = new QFormLayout;
    for (const QString &ours : ourFields) {
        auto *box = new QComboBox;
        box->addItem(tr("—"), QString());
        for (const QString &theirs : theirFields)
            box->addItem(theirs, theirs);
        for (int i = 1; i < box->count(); ++i)
            if (box->itemData(i).toString().compare(ours, Qt::CaseInsensitive) == 0)
                box->setCurrentIndex(i);
        m_boxes.insert(ours, box);
        form->addRow(ours, box);
    }
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QHash<QString, QString> FieldMappingDialog::mapping() const
{
    QHash<QString, QString> out;
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it)
        if (const QString theirs = it.value()->currentData().toString(); !theirs.isEmpty())
            out.insert(it.key(), theirs);
    return out;
}

void FieldMappingDialog::setMapping(const QString &ours, const QString &theirs)
{
    if (QComboBox *box = m_boxes.value(ours))
        box->setCurrentIndex(std::max(0, box->findData(theirs)));
}

} // namespace Cc::MapWidgets

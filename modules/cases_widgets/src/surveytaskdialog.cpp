// SPDX-License-Identifier: GPL-3.0-or-later
#include "surveytaskdialog.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Cc::CasesWidgets {

SurveyTaskDialog::SurveyTaskDialog(const QString &campaignName, const QStringList &grids,
                                   const QList<std::pair<QString, QString>> &collectors,
                                   Assign assign, QWidget *parent)
    : QDialog(parent)
    , m_assign(std::move(assign))
{
    setWindowTitle(tr("Give a survey task — %1").arg(campaignName));
    m_grid = new QComboBox;
    m_grid->setEditable(true); // type a code: the completer finds it among thousands
    m_grid->addItems(grids);
    m_grid->completer()->setFilterMode(Qt::MatchContains);
    m_collector = new QComboBox;
    for (const auto &[login, name] : collectors)
        m_collector->addItem(QStringLiteral("%1 (%2)").arg(name, login), login);
    m_error = new QLabel;
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_error->hide();
    auto *form = new QFormLayout;
    form->addRow(tr("Unit grid"), m_grid);
    form->addRow(tr("Collector"), m_collector);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &SurveyTaskDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void SurveyTaskDialog::accept()
{
    auto task = m_assign(m_grid->currentText().trimmed(), m_collector->currentData().toString());
    if (!task) {
        m_error->setText(tr("%1 [%2]").arg(task.error().message, task.error().code));
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace Cc::CasesWidgets

// SPDX-License-Identifier: GPL-3.0-or-later
// The form of one user on the 部门与人员 page. It only collects: every check is the
// service's when the page saves it.
#include <cc/cases_widgets/orgpage.h>

#include <cc/core/role.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLineEdit>

namespace Cc::CasesWidgets {

OrgUserForm::OrgUserForm(const Cases::OrgChart &chart, const Cases::OrgUser &user, bool add,
                         QWidget *parent)
    : QDialog(parent)
    , m_user(user)
{
    setObjectName(QStringLiteral("orgUserForm"));
    setWindowTitle(add ? tr("Add user") : tr("User %1").arg(user.login));
    auto *layout = new QFormLayout(this);
    m_login = new QLineEdit(user.login);
    m_login->setObjectName(QStringLiteral("login"));
    m_login->setEnabled(add); // it ties the user to their hub login
    m_name = new QLineEdit(user.name);
    m_name->setObjectName(QStringLiteral("name"));
    layout->addRow(tr("Login:"), m_login);
    layout->addRow(tr("Name:"), m_name);
    auto *roles = new QWidget;
    auto *grid = new QGridLayout(roles);
    grid->setContentsMargins(0, 0, 0, 0);
    for (Core::Role role : Core::allRoles()) {
        auto *box = new QCheckBox(Core::roleName(role));
        box->setObjectName(QStringLiteral("role-") + Core::roleId(role));
        box->setProperty("roleId", Core::roleId(role));
        box->setChecked(user.roles.contains(Core::roleId(role)));
        grid->addWidget(box, int(m_roles.size()) / 4, int(m_roles.size()) % 4);
        m_roles.append(box);
    }
    //: 岗位
    layout->addRow(tr("Posts:"), roles);
    m_department = new QComboBox;
    m_department->setObjectName(QStringLiteral("department"));
    //: 无（中心人员）
    m_department->addItem(tr("none (the centre's staff)"), QString());
    for (const Cases::OrgDepartment &d : chart.departments) {
        if (d.active || d.code == user.departmentCode)
            m_department->addItem(QStringLiteral("%1 %2").arg(d.code, d.nameZh), d.code);
    }
    m_department->setCurrentIndex(std::max(0, m_department->findData(user.departmentCode)));
    layout->addRow(tr("Department:"), m_department);
    m_grid = new QLineEdit(user.grid);
    m_grid->setObjectName(QStringLiteral("grid"));
    m_grid->setPlaceholderText(tr("a collector's responsibility grid, e.g. R03"));
    layout->addRow(tr("Grid:"), m_grid);
    m_phone = new QLineEdit(user.phone);
    m_phone->setObjectName(QStringLiteral("phone"));
    layout->addRow(tr("Phone:"), m_phone);
    //: 单位正职（派遣时短信通知）
    m_unitHead = new QCheckBox(tr("Unit head of the department (texted on dispatch)"));
    m_unitHead->setObjectName(QStringLiteral("unitHead"));
    m_unitHead->setChecked(user.unitHead);
    layout->addRow(QString(), m_unitHead);
    if (add) {
        m_password = new QLineEdit;
        m_password->setObjectName(QStringLiteral("password"));
        m_password->setEchoMode(QLineEdit::Password);
        m_password->setPlaceholderText(tr("at least 8 characters"));
        layout->addRow(tr("First password:"), m_password);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addRow(buttons);
}

Cases::OrgUser OrgUserForm::user() const
{
    Cases::OrgUser u = m_user;
    u.login = m_login->text().trimmed();
    u.name = m_name->text().trimmed();
    u.roles.clear();
    for (const QCheckBox *box : m_roles) {
        if (box->isChecked())
            u.roles.append(box->property("roleId").toString());
    }
    u.departmentCode = m_department->currentData().toString();
    u.grid = m_grid->text().trimmed();
    u.phone = m_phone->text().trimmed();
    u.unitHead = m_unitHead->isChecked();
    return u;
}

QString OrgUserForm::password() const
{
    return m_password ? m_password->text() : QString();
}

} // namespace Cc::CasesWidgets

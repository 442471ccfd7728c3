// SPDX-License-Identifier: GPL-3.0-or-later
// 部门与人员: two tables and the buttons that change them, one checked change at a time.
// The user form is in orguserform.cpp.
#include <cc/cases_widgets/orgpage.h>

#include <cc/core/role.h>

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Cc::CasesWidgets {

namespace {

QTableWidget *makeTable(const QString &name, const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()));
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->setWordWrap(false);
    return table;
}

void setRow(QTableWidget *table, int row, const QStringList &cells, bool active)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells[c]);
        if (!active)
            item->setForeground(QColor(0x88, 0x88, 0x88)); // retired / deactivated
        table->setItem(row, c, item);
    }
}

QString roleNames(const QStringList &ids)
{
    QStringList names;
    for (const QString &id : ids)
        names.append(Core::roleName(Core::roleFromId(id)));
    return names.join(QStringLiteral("、"));
}

QPushButton *button(const QString &text, const char *name)
{
    auto *b = new QPushButton(text);
    b->setObjectName(QLatin1String(name));
    return b;
}

} // namespace

OrgPage::OrgPage(Storage::Database &db, const QString &login, QWidget *parent)
    : QWidget(parent)
    , m_store(db)
    , m_login(login)
{
    setObjectName(QStringLiteral("orgPage"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Each change here takes effect at once and goes to the hub as "
                                "one change, checked again there. Users who acted on cases are "
                                "deactivated, never deleted."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(buildDepartments());
    split->addWidget(buildUsers());
    split->setStretchFactor(1, 2);
    split->setSizes({500, 640});
    layout->addWidget(split, 1);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("orgStatus"));
    layout->addWidget(m_status);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("orgError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_error->hide();
    layout->addWidget(m_error);
    reload();
}

QWidget *OrgPage::buildDepartments()
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    //: 部门
    layout->addWidget(new QLabel(tr("Departments")));
    m_departments = makeTable(QStringLiteral("departmentTable"),
                              {tr("Code"), tr("Name"), tr("Type"), tr("Phone"), tr("State"),
                               //: 派遣规则（条）
                               tr("Routes")});
    m_departments->horizontalHeaderItem(5)->setToolTip(
        tr("How many routing rules of the rules in force send cases to it (tab Routing); a "
           "department they name cannot be retired."));
    m_departments->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_departments->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    layout->addWidget(m_departments, 1);
    auto *row = new QHBoxLayout;
    //: 新增部门
    auto *add = button(tr("Add…"), "addDepartment");
    //: 修改部门（名称、类型、电话）
    auto *edit = button(tr("Edit…"), "editDepartment");
    //: 撤销部门
    auto *retire = button(tr("Retire"), "retireDepartment");
    connect(add, &QPushButton::clicked, this, [this] { editDepartment(true); });
    connect(edit, &QPushButton::clicked, this, [this] { editDepartment(false); });
    connect(retire, &QPushButton::clicked, this, [this] {
        const QString code = selectedCode();
        if (!code.isEmpty()
            && QMessageBox::question(this, tr("Retire department"),
                                     tr("Retire department %1? Its cases keep naming it.")
                                         .arg(code))
                   == QMessageBox::Yes)
            retireDepartment(code);
    });
    for (QPushButton *b : {add, edit, retire})
        row->addWidget(b);
    row->addStretch(1);
    layout->addLayout(row);
    return box;
}

QWidget *OrgPage::buildUsers()
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    //: 人员
    layout->addWidget(new QLabel(tr("Users")));
    m_users = makeTable(QStringLiteral("userTable"),
                        {tr("Login"), tr("Name", "of a person"), tr("Posts"), tr("Department"),
                         tr("Grid"), tr("Unit head"), tr("State")});
    m_users->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_users->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    layout->addWidget(m_users, 1);
    auto *row = new QHBoxLayout;
    auto *add = button(tr("Add user…"), "addUser");
    //: 修改岗位与部门
    auto *edit = button(tr("Posts and department…"), "editUser");
    auto *password = button(tr("Reset password…"), "resetPassword");
    //: 停用/启用
    auto *toggle = button(tr("Deactivate / activate"), "toggleUser");
    auto *remove = button(tr("Delete"), "deleteUser");
    connect(add, &QPushButton::clicked, this, [this] { editUser(true); });
    connect(edit, &QPushButton::clicked, this, [this] { editUser(false); });
    connect(password, &QPushButton::clicked, this, &OrgPage::askPassword);
    connect(toggle, &QPushButton::clicked, this, [this] {
        if (const Cases::OrgUser *u = m_chart.user(selectedLogin()))
            setUserActive(u->login, !u->active);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const QString login = selectedLogin();
        if (!login.isEmpty()
            && QMessageBox::question(this, tr("Delete user"),
                                     tr("Delete %1? Only a user who never acted on a case can "
                                        "be deleted; otherwise deactivate them.")
                                         .arg(login))
                   == QMessageBox::Yes)
            deleteUser(login);
    });
    for (QPushButton *b : {add, edit, password, toggle, remove})
        row->addWidget(b);
    row->addStretch(1);
    layout->addLayout(row);
    return box;
}

void OrgPage::reload()
{
    auto chart = m_store.chart();
    if (!chart) {
        m_error->setText(QStringLiteral("[%1] %2").arg(chart.error().code, chart.error().message));
        m_error->show();
        return;
    }
    m_chart = chart.value();
    const auto routes = m_store.routeCounts();
    m_departments->setRowCount(int(m_chart.departments.size()));
    for (int i = 0; i < m_chart.departments.size(); ++i) {
        const Cases::OrgDepartment &d = m_chart.departments[i];
        const int n = routes ? routes->value(d.code) : 0;
        //: 部门状态：在用/已撤销
        setRow(m_departments, i,
               {d.code, d.nameZh, d.type, d.phone, d.active ? tr("active") : tr("retired"),
                n > 0 ? QString::number(n) : QString()},
               d.active);
    }
    m_users->setRowCount(int(m_chart.users.size()));
    for (int i = 0; i < m_chart.users.size(); ++i) {
        const Cases::OrgUser &u = m_chart.users[i];
        const Cases::OrgDepartment *d = m_chart.department(u.departmentCode);
        setRow(m_users, i,
               {u.login, u.name, roleNames(u.roles), d ? d->nameZh : QString(), u.grid,
                //: 单位正职
                u.unitHead ? tr("unit head") : QString(),
                u.active ? tr("active") : tr("deactivated")},
               u.active);
    }
}

QString OrgPage::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

QString OrgPage::statusText() const
{
    return m_status->text();
}

QString OrgPage::selectedCode() const
{
    const int row = m_departments->currentRow();
    return row < 0 ? QString() : m_departments->item(row, 0)->text();
}

QString OrgPage::selectedLogin() const
{
    const int row = m_users->currentRow();
    return row < 0 ? QString() : m_users->item(row, 0)->text();
}

bool OrgPage::done(const Result<Cases::OrgChangeResult> &change)
{
    if (!change) {
        m_error->setText(
            QStringLiteral("[%1] %2").arg(change.error().code, change.error().message));
        m_error->show();
        return false;
    }
    m_error->hide();
    m_status->setText(
        change->id.isEmpty()
            ? tr("Nothing to change.")
            : tr("Saved: %1. It goes to the hub with the next sync.").arg(change->summary));
    reload();
    return true;
}

bool OrgPage::saveDepartment(const Cases::OrgDepartment &department)
{
    return done(m_store.saveDepartment(department, m_login));
}

bool OrgPage::retireDepartment(const QString &code)
{
    return done(m_store.retireDepartment(code, m_login));
}

bool OrgPage::saveUser(const Cases::OrgUser &user, const QString &newPassword)
{
    // A new user with a first password is one change: the hub never has them without it.
    return done(m_store.saveUser(user, m_login, newPassword));
}

bool OrgPage::resetPassword(const QString &login, const QString &password)
{
    return done(m_store.resetPassword(login, password, m_login));
}

bool OrgPage::setUserActive(const QString &login, bool active)
{
    return done(m_store.setUserActive(login, active, m_login));
}

bool OrgPage::deleteUser(const QString &login)
{
    return done(m_store.deleteUser(login, m_login));
}

void OrgPage::editDepartment(bool add)
{
    const Cases::OrgDepartment *selected = add ? nullptr : m_chart.department(selectedCode());
    if (!add && !selected)
        return;
    Cases::OrgDepartment d = selected ? *selected : Cases::OrgDepartment{};
    QDialog form(this);
    form.setWindowTitle(add ? tr("Add department") : tr("Edit department %1").arg(d.code));
    auto *layout = new QFormLayout(&form);
    auto *code = new QLineEdit(d.code);
    code->setEnabled(add); // cases and routes name it
    auto *name = new QLineEdit(d.nameZh);
    auto *type = new QLineEdit(d.type);
    type->setPlaceholderText(tr("sanitation, gardens, roads … (matches the categories)"));
    auto *phone = new QLineEdit(d.phone);
    layout->addRow(tr("Code:"), code);
    layout->addRow(tr("Name:"), name);
    layout->addRow(tr("Type:"), type);
    layout->addRow(tr("Phone:"), phone);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, &form, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &form, &QDialog::reject);
    layout->addRow(buttons);
    if (form.exec() != QDialog::Accepted)
        return;
    d.code = code->text().trimmed();
    d.nameZh = name->text().trimmed();
    d.type = type->text().trimmed();
    d.phone = phone->text().trimmed();
    saveDepartment(d);
}

void OrgPage::editUser(bool add)
{
    const Cases::OrgUser *selected = add ? nullptr : m_chart.user(selectedLogin());
    if (!add && !selected)
        return;
    OrgUserForm form(m_chart, selected ? *selected : Cases::OrgUser{}, add, this);
    if (form.exec() == QDialog::Accepted)
        saveUser(form.user(), form.password());
}

void OrgPage::askPassword()
{
    const QString login = selectedLogin();
    if (login.isEmpty())
        return;
    bool ok = false;
    const QString password
        = QInputDialog::getText(this, tr("Reset password"),
                                tr("New password for %1 (at least 8 characters; tell them to "
                                   "change it):")
                                    .arg(login),
                                QLineEdit::Password, {}, &ok);
    if (ok)
        resetPassword(login, password);
}

} // namespace Cc::CasesWidgets

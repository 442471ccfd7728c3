// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/cases/orgstore.h>
#include <cc/storage/database.h>

#include <QDialog>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace Cc::CasesWidgets {

/// 部门与人员: the departments and users of the centre, edited by an administrator (docs/org.md).
/// Each edit is one change, checked by the service (Cases::OrgStore), written at once and
/// sent to the hub; a refusal shows its code and message and changes nothing.
class OrgPage : public QWidget
{
    Q_OBJECT

public:
    OrgPage(Storage::Database &db, const QString &login, QWidget *parent = nullptr);

    /// Reads the departments and users again (after a change from the hub, too).
    void reload();
    QString errorText() const;
    QString statusText() const;

    // What the buttons do once their forms are filled; false (reason shown) when refused.
    bool saveDepartment(const Cases::OrgDepartment &department);
    bool retireDepartment(const QString &code);
    bool saveUser(const Cases::OrgUser &user, const QString &newPassword = {});
    bool resetPassword(const QString &login, const QString &password);
    bool setUserActive(const QString &login, bool active);
    bool deleteUser(const QString &login);

private:
    QWidget *buildDepartments();
    QWidget *buildUsers();
    QString selectedCode() const;
    QString selectedLogin() const;
    void editDepartment(bool add);
    void editUser(bool add);
    void askPassword();
    bool done(const Result<Cases::OrgChangeResult> &change);

    Cases::OrgStore m_store;
    QString m_login;
    Cases::OrgChart m_chart;
    QTableWidget *m_departments = nullptr;
    QTableWidget *m_users = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_error = nullptr;
};

/// The form of one user: login (new users only: a login ties the user to their hub login),
/// name, posts, department, grid, phone, unit head, and a first password for a new user.
class OrgUserForm : public QDialog
{
    Q_OBJECT

public:
    OrgUserForm(const Cases::OrgChart &chart, const Cases::OrgUser &user, bool add,
                QWidget *parent = nullptr);
    Cases::OrgUser user() const;
    QString password() const;

private:
    Cases::OrgUser m_user;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_name = nullptr;
    QList<QCheckBox *> m_roles;
    QComboBox *m_department = nullptr;
    QLineEdit *m_grid = nullptr;
    QLineEdit *m_phone = nullptr;
    QCheckBox *m_unitHead = nullptr;
    QLineEdit *m_password = nullptr;
};

} // namespace Cc::CasesWidgets

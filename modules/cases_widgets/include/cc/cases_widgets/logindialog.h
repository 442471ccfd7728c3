// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/cases/auth.h>

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Cc::CasesWidgets {

/// Asks for a login and password and checks them with AuthService (argon2id). On success
/// session() holds the user and their roles and the dialog is accepted; a refusal is shown in
/// the dialog (red, under the fields) with the login kept and the password cleared, so only
/// the wrong password has to be typed again. The fields are named "login", "password" and
/// "error" for tests.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(Storage::Database &db, QWidget *parent = nullptr);
    ~LoginDialog() override;

    /// The logged-in user; valid once the dialog was accepted.
    const Cases::Session &session() const { return m_session; }
    /// Fills the login field (the last user of this workstation) and focuses the password.
    void setLogin(const QString &login);
    /// The hub to check logins against first (a joined workstation; see Cases::AuthService).
    void setAuthority(Cases::LoginAuthority authority)
    {
        m_auth.setAuthority(std::move(authority));
    }

private:
    void tryLogin();
    void showError(const QString &message);

    Cases::AuthService m_auth;
    Cases::Session m_session;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_submit = nullptr;
};

} // namespace Cc::CasesWidgets

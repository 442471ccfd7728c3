// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/cases/auth.h>

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Cc::CasesWidgets {

/// A user changes their own password: the current one, the new one twice. The current one is
/// checked first (argon2id), then AuthService::setPassword stores the new hash with its outbox
/// entry, so it reaches the hub and the other workstations. A refusal stays in the dialog
/// (fields "current", "new", "repeat", "error" for tests); the fields are cleared on success.
class PasswordDialog : public QDialog
{
    Q_OBJECT
public:
    PasswordDialog(Storage::Database &db, const QString &login, QWidget *parent = nullptr);

private:
    void tryChange();
    void refuse(const QString &message, QLineEdit *focus);

    Cases::AuthService m_auth;
    QString m_login;
    QLineEdit *m_current = nullptr;
    QLineEdit *m_new = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_submit = nullptr;
};

} // namespace Cc::CasesWidgets

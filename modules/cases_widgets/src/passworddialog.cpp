// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/cases_widgets/passworddialog.h>

#include "busycursor.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Cc::CasesWidgets {

PasswordDialog::PasswordDialog(Storage::Database &db, const QString &login, QWidget *parent)
    : QDialog(parent)
    , m_auth(db)
    , m_login(login)
{
    setWindowTitle(tr("Change my password"));
    const auto secret = [this](const char *name) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(name));
        edit->setEchoMode(QLineEdit::Password);
        edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoAutoUppercase
                                  | Qt::ImhNoPredictiveText);
        return edit;
    };
    m_current = secret("current");
    m_new = secret("new");
    m_repeat = secret("repeat");
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("User:"), new QLabel(login, this));
    form->addRow(tr("&Current password:"), m_current);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("&Repeat the new password:"), m_repeat);
    auto *hint
        = new QLabel(tr("At least %1 characters. The new password holds on every workstation "
                        "once this one has synced with the hub.")
                         .arg(Cases::AuthService::kMinPasswordLength),
                     this);
    hint->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    m_submit = buttons->addButton(tr("Change"), QDialogButtonBox::AcceptRole);
    m_submit->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_submit, &QPushButton::clicked, this, &PasswordDialog::tryChange);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_current, m_new, m_repeat})
        connect(edit, &QLineEdit::textEdited, m_error, &QWidget::hide);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(380);
    m_current->setFocus();
}

void PasswordDialog::refuse(const QString &message, QLineEdit *focus)
{
    m_error->setText(message);
    m_error->show();
    focus->setFocus();
}

void PasswordDialog::tryChange()
{
    if (m_current->text().isEmpty())
        return refuse(tr("Type your current password."), m_current);
    if (m_new->text() != m_repeat->text()) {
        m_repeat->clear();
        return refuse(tr("The two new passwords differ; type the new one again."), m_repeat);
    }
    if (m_new->text() == m_current->text())
        return refuse(tr("The new password is the current one."), m_new);
    m_submit->setEnabled(false);
    const Result<void> changed = [&]() -> Result<void> {
        const Internal::BusyCursor busy;
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        if (auto checked = m_auth.login(m_login, m_current->text()); !checked)
            return makeError(QStringLiteral("auth.wrong-current"),
                             tr("The current password is wrong."));
        return m_auth.setPassword(m_login, m_new->text());
    }();
    m_submit->setEnabled(true);
    if (!changed) {
        const bool wrongCurrent = changed.error().code == QLatin1String("auth.wrong-current");
        (wrongCurrent ? m_current : m_new)->clear();
        return refuse(changed.error().message, wrongCurrent ? m_current : m_new);
    }
    for (QLineEdit *edit : {m_current, m_new, m_repeat})
        edit->clear(); // the clear text has no business staying in a widget
    accept();
}

} // namespace Cc::CasesWidgets

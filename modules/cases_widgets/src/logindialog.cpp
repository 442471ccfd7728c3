// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/cases_widgets/logindialog.h>

#include "busycursor.h"

#include <cc/storage/repositories.h>
#include <cc/storage/settings.h>

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Cc::CasesWidgets {

using Internal::BusyCursor;

LoginDialog::LoginDialog(Storage::Database &db, QWidget *parent) : QDialog(parent), m_auth(db)
{
    QString city;
    if (auto name = Storage::Settings(db).cityName())
        city = name.value();
    setWindowTitle(city.isEmpty() ? tr("CityCommand — Log in") : city);

    auto *heading = new QLabel(city.isEmpty() ? tr("CityCommand") : city, this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto *subtitle = new QLabel(tr("Digital city management command centre"), this);

    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("login"));
    m_login->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData
                                    | Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setTextFormat(Qt::PlainText); // messages may quote what the user typed
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);

    auto *buttons = new QDialogButtonBox(this);
    m_submit = buttons->addButton(tr("Log in"), QDialogButtonBox::AcceptRole);
    m_submit->setDefault(true); // Enter in either field logs in
    buttons->addButton(QDialogButtonBox::Cancel);
    // The accept role goes through tryLogin(), never straight to accept().
    connect(m_submit, &QPushButton::clicked, this, &LoginDialog::tryLogin);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(subtitle);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(360);

    // A typed correction makes an old refusal stale.
    connect(m_login, &QLineEdit::textEdited, m_error, &QWidget::hide);
    connect(m_password, &QLineEdit::textEdited, m_error, &QWidget::hide);
    m_login->setFocus();
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::setLogin(const QString &login)
{
    m_login->setText(login);
    (login.isEmpty() ? m_login : m_password)->setFocus();
}

void LoginDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void LoginDialog::tryLogin()
{
    const QString login = m_login->text().trimmed();
    if (login.isEmpty()) {
        showError(tr("Type your login."));
        m_login->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        showError(tr("Type your password."));
        m_password->setFocus();
        return;
    }

    m_submit->setEnabled(false);
    auto result = [&] {
        const BusyCursor busy;
        // Let the cursor and the greyed button show before the GUI thread is busy; user
        // input waits, so nothing can be typed into the fields meanwhile.
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        return m_auth.login(login, m_password->text());
    }();
    m_submit->setEnabled(true);
    if (!result) {
        // Keep the login (only the password was wrong, or the user mistyped the login and
        // sees it), drop the password so the next attempt starts clean.
        showError(result.error().message);
        m_password->clear();
        m_password->setFocus();
        return;
    }
    m_password->clear(); // the clear text has no business staying in a widget
    m_error->hide();
    m_session = std::move(result).value();
    accept();
}

} // namespace Cc::CasesWidgets

// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/sync_widgets/joinhubdialog.h>

#include <cc/sync/credentialstore.h>
#include <cc/sync/syncclient.h>

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

namespace Cc::SyncWidgets {

JoinHubDialog::JoinHubDialog(const QString &suggestedPath, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Join a hub"));
    m_url = new QLineEdit;
    m_url->setPlaceholderText(QStringLiteral("postgresql://hub.example:5432/city"));
    m_user = new QLineEdit;
    m_password = new QLineEdit;
    m_password->setEchoMode(QLineEdit::Password);
    m_file = new QLineEdit(suggestedPath);
    m_url->setObjectName(QStringLiteral("hubUrl"));
    m_user->setObjectName(QStringLiteral("hubUser"));
    m_password->setObjectName(QStringLiteral("hubPassword"));
    m_file->setObjectName(QStringLiteral("hubFile"));
    m_progress = new QProgressBar;
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_message = new QLabel(
        tr("The workstation downloads a snapshot of the city into a new local database, "
           "then keeps it in step with the hub."));
    m_message->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Hub address:"), m_url);
    form->addRow(tr("Login:"), m_user);
    form->addRow(tr("Password:"), m_password);
    form->addRow(tr("New database file:"), m_file);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton *join = m_buttons->addButton(tr("Join"), QDialogButtonBox::AcceptRole);
    join->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(join, &QPushButton::clicked, this, &JoinHubDialog::join);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(520, sizeHint().height());
}

void JoinHubDialog::join()
{
    const Sync::HubCredentials c{m_url->text().trimmed(), m_user->text().trimmed(),
                                 m_password->text(), 5};
    const QString path = m_file->text().trimmed();
    if (c.url.isEmpty() || c.user.isEmpty() || path.isEmpty()) {
        m_message->setText(tr("Fill in the hub address, the login and the file."));
        return;
    }
    m_buttons->setEnabled(false);
    m_message->setText(tr("Downloading the city…"));
    // The download blocks: run it on a worker thread, progress comes back queued.
    auto *worker = QThread::create([this, c, path] {
        auto report = Sync::SyncClient::join(path, c, [this](qint64 done, qint64 total) {
            const int percent = total > 0 ? int(done * 100 / total) : 100;
            QMetaObject::invokeMethod(
                m_progress, [this, percent] { m_progress->setValue(percent); },
                Qt::QueuedConnection);
        });
        QString error;
        if (!report)
            error = report.error().message;
        else if (auto r = Sync::CredentialStore().save(c.url, c.user, c.password); !r)
            error = r.error().message;
        QMetaObject::invokeMethod(
            this,
            [this, error, path] {
                m_buttons->setEnabled(true);
                if (!error.isEmpty()) {
                    m_message->setText(error); // what was typed stays, to correct and retry
                    return;
                }
                m_progress->setValue(100);
                m_joinedPath = path;
                accept();
            },
            Qt::QueuedConnection);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

} // namespace Cc::SyncWidgets

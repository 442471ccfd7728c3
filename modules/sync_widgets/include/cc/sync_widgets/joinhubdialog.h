// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace Cc::SyncWidgets {

/// Joins this workstation to a hub: URL, login and password, the new local database file;
/// downloads the snapshot on a worker thread with a progress bar. The password goes to the
/// keyring (or an owner-only file), never into the settings.
class JoinHubDialog : public QDialog
{
    Q_OBJECT
public:
    explicit JoinHubDialog(const QString &suggestedPath, QWidget *parent = nullptr);
    QString joinedPath() const { return m_joinedPath; }

private:
    void join();

    QLineEdit *m_url, *m_user, *m_password, *m_file;
    QProgressBar *m_progress;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QString m_joinedPath;
};

} // namespace Cc::SyncWidgets

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The notification settings page (docs/notify.md, "Setup"): the rules as a table with add
// and remove, the quiet hours, and the outbox at a glance. Every check is RuleStore's.

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace Cc::Storage {
class Database;
}

namespace Cc::NotifyWidgets {

class NotifySettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NotifySettingsDialog(Storage::Database &db, QWidget *parent = nullptr);

    /// For tests: the rule table and the form's parts.
    QTableWidget *rulesTable() const { return m_rules; }

public slots:
    void reload();
    void addRule();
    void removeSelected();
    void saveQuietHours();

private:
    QWidget *buildForm();
    void showError(const QString &message);

    Storage::Database &m_db;
    QTableWidget *m_rules;
    QLineEdit *m_name;
    QComboBox *m_trigger;
    QComboBox *m_recipientKind;
    QLineEdit *m_recipientRef;
    QComboBox *m_channel;
    QLineEdit *m_template;
    QCheckBox *m_urgent;
    QLineEdit *m_quietHours;
    QLabel *m_outbox;
    QLabel *m_status;
};

} // namespace Cc::NotifyWidgets

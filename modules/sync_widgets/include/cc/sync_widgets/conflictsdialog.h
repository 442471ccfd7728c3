// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QJsonObject>

class QPlainTextEdit;
class QTableWidget;

namespace Cc::SyncWidgets {

/// The actions and edits the hub refused on this workstation: when, which case (or grid) and
/// step, why, and
/// both versions side by side (this workstation's action and the hub's case). Marking one
/// resolved keeps it in the database with the time.
class ConflictsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConflictsDialog(const QString &databasePath, QWidget *parent = nullptr);
    int count() const;
    /// The stored reason ("code: hub message") in the user's language.
    static QString describeReason(const QString &reason);
    /// "Unit grid changed", "Component added" … for a row change's outbox payload.
    static QString changeName(const QString &entity, const QJsonObject &change);

private:
    void reload();
    void showCurrent();
    void resolveCurrent();

    QString m_path;
    QTableWidget *m_table;
    QPlainTextEdit *m_local, *m_remote;
    QStringList m_ids, m_localTexts, m_remoteTexts;
};

} // namespace Cc::SyncWidgets

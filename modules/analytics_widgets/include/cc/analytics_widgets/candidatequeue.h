// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/analytics/candidatereview.h>

#include <QHash>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Cc::AnalyticsWidgets {

/// 视频发现: the findings of the video analytics waiting for the operator — snapshot, camera,
/// zone, kind, time — with Accept (a video case through CandidateReview: snapshot as photo,
/// clip as evidence) and Reject (remembered, so the same object in the zone is not raised
/// again). The analyser is another process writing the same database: the queue looks for
/// its commits every few seconds (SQLite's data_version, no reading when nothing changed).
class CandidateQueue : public QWidget
{
    Q_OBJECT
public:
    /// Who decides, asked at each click (nobody logged in: nullopt).
    using ActorSource = std::function<std::optional<Cases::Actor>()>;

    CandidateQueue(Analytics::AnalyticsStore &store, Analytics::CandidateReview &review,
                   Storage::Database &db, ActorSource actor, QWidget *parent = nullptr);

    /// Camera names for the list (id → name).
    void setCameraNames(const QHash<QString, QString> &names);
    /// Reads the pending findings again.
    void refresh();
    int pendingCount() const;
    /// Decides the selected finding (what the buttons do; the tests call them too).
    bool acceptSelected();
    bool rejectSelected(const QString &note);
    QString message() const;

signals:
    void caseFiled(const QString &caseNumber);
    void pendingChanged(int count);

private:
    void showSelected();
    void say(const QString &text, bool error = false);
    QString selectedId() const;

    Analytics::AnalyticsStore &m_store;
    Analytics::CandidateReview &m_review;
    Storage::Database &m_db;
    ActorSource m_actor;
    QHash<QString, QString> m_cameraNames;
    QHash<QString, QString> m_zoneNames;
    QList<Analytics::Candidate> m_pending;
    qint64 m_seenVersion = -1;
    QTimer m_poll;
    QTableWidget *m_table = nullptr;
    QLabel *m_preview = nullptr, *m_message = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_accept = nullptr, *m_reject = nullptr;
};

} // namespace Cc::AnalyticsWidgets

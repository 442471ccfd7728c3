// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/cases/auth.h>
#include <cc/cases/caseservice.h>
#include <cc/storage/database.h>

#include <QDateTime>
#include <QDialog>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Cc::CasesWidgets {

class PhotoStrip;

/// 新建上报: registers a report from a channel (受理员) or the field (监督员). The grids are
/// filled from the typed point, possible duplicates are listed before saving (saving anyway
/// is allowed), and a refusal keeps the dialog open with everything typed.
class IntakeDialog : public QDialog
{
    Q_OBJECT
public:
    IntakeDialog(Storage::Database &db, Cases::CaseService &service, const Cases::Session &session,
                 const QDateTime &now, QWidget *parent = nullptr);

    /// The role the report is made in: 受理员 when the user holds it, else 监督员.
    Core::Role role() const { return m_role; }
    Cases::NewReport report() const;
    /// Pre-fills the form, e.g. from a video snapshot (channel video, camera position, the
    /// frame as a photo); the user completes it and saves.
    void setDraft(const Cases::NewReport &draft);
    /// Offers "Pick on map…" next to the typed point (see CasePanel::PointPicker).
    void setPointPicker(std::function<std::optional<QPointF>(QWidget *, std::optional<QPointF>)> picker);
    /// The case saved, once accepted.
    const std::optional<Storage::CaseRow> &created() const { return m_created; }
    QString errorText() const;
    /// Numbers of the possible duplicates listed now.
    QStringList duplicateNumbers() const { return m_duplicateNumbers; }

public slots:
    void save();

private:
    void filterCategories(const QString &text);
    void categoryChosen();
    void locationChanged();
    void updateDuplicates();
    std::optional<QPointF> location() const;
    QString categoryKey() const;
    void showError(const QString &message);

    Storage::Database &m_db;
    Cases::CaseService &m_service;
    Cases::Session m_session;
    Core::Role m_role = Core::Role::Invalid;
    QDateTime m_now;
    std::optional<Storage::CaseRow> m_created;
    QStringList m_duplicateNumbers;

    QComboBox *m_channel;
    QLineEdit *m_categorySearch;
    QListWidget *m_categories;
    QLabel *m_categoryInfo;
    QComboBox *m_level;
    QLineEdit *m_address;
    QLineEdit *m_lon;
    QLineEdit *m_lat;
    QLabel *m_grid;
    QLineEdit *m_reporter;
    QPlainTextEdit *m_description;
    QListWidget *m_duplicates;
    PhotoStrip *m_photos;
    QPushButton *m_pick;
    std::function<std::optional<QPointF>(QWidget *, std::optional<QPointF>)> m_pointPicker;
    QLabel *m_duplicateTitle;
    QLabel *m_error;
};

} // namespace Cc::CasesWidgets

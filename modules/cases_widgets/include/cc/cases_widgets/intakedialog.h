// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/cases/auth.h>
#include <cc/cases/caseservice.h>
#include <cc/storage/database.h>

#include <QDateTime>
#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace Cc::CasesWidgets {

class AddressField;
class PhotoStrip;
class PlaceNames;

/// 新建上报: registers a report from a channel (受理员) or the field (监督员). The grids are
/// filled from the typed point, possible duplicates are listed before saving (saving anyway
/// is allowed), and a refusal keeps the dialog open with everything typed.
///
/// Keyboard first: the category search has the focus, Up/Down walk the categories, Enter
/// confirms the field it is in (in the search: takes the highlighted category) and moves
/// on, Ctrl+Enter saves. Closing with something typed asks whether to keep it as a draft.
class IntakeDialog : public QDialog
{
    Q_OBJECT
public:
    IntakeDialog(Storage::Database &db, Cases::CaseService &service, const Cases::Session &session,
                 const QDateTime &now, QWidget *parent = nullptr);
    ~IntakeDialog() override;

    /// What closing with something typed does (the question's answer).
    enum class CloseChoice { KeepDraft, Discard, ContinueEditing };

    /// The role the report is made in: 受理员 when the user holds it, else 监督员.
    Core::Role role() const { return m_role; }
    Cases::NewReport report() const;
    /// Pre-fills the form, e.g. from a video snapshot (channel video, camera position, the
    /// frame as a photo) or a kept draft; the user completes it and saves.
    void setDraft(const Cases::NewReport &draft);
    /// Whether anything was typed or chosen beyond what the dialog opened with.
    bool hasInput() const;
    /// Offers "Pick on map…" next to the typed point (see CasePanel::PointPicker).
    void setPointPicker(
        std::function<std::optional<QPointF>(QWidget *, std::optional<QPointF>)> picker);
    /// A small map the chosen place is shown on (the app wires the grid map in; a logic
    /// module may not): `show` centres it on a point.
    struct PlacePreview
    {
        QWidget *widget = nullptr;
        std::function<void(const QPointF &)> show;
    };
    void setPlacePreview(PlacePreview preview);
    /// Replaces the question asked on closing with input (tests answer it without a box).
    void setCloseQuestion(std::function<CloseChoice(IntakeDialog *)> ask)
    {
        m_askOnClose = std::move(ask);
    }
    /// Shows a line above the form (e.g. "draft restored").
    void setNotice(const QString &text);
    /// The case saved, once accepted.
    const std::optional<Storage::CaseRow> &created() const { return m_created; }
    /// The closing answer, once closed without saving (KeepDraft when nothing was typed).
    CloseChoice closeChoice() const { return m_closeChoice; }
    QString errorText() const;
    /// The fields still missing (translated names), as the message lists them.
    QStringList missingFields() const;
    /// Numbers of the possible duplicates listed now.
    QStringList duplicateNumbers() const { return m_duplicateNumbers; }

public slots:
    void save();
    /// Escape, Cancel and the window's close: with input, asks first (see CloseChoice).
    void reject() override;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QFormLayout *buildWhatColumn();
    QFormLayout *buildWhereColumn();
    QWidget *buildPointRow();
    void buildButtons(QVBoxLayout *layout);
    void connectValidation();
    void filterCategories(const QString &text);
    void categoryChosen();
    bool takeHighlightedCategory();
    void locationChanged();
    void pointPicked(const QPointF &lonLat);
    void addressChosen(const QPointF &lonLat);
    void updateDuplicates();
    void revalidate();
    std::optional<QPointF> location() const;
    QString categoryKey() const;
    void showError(const QString &message);
    CloseChoice askOnClose();

    Storage::Database &m_db;
    Cases::CaseService &m_service;
    Cases::Session m_session;
    Core::Role m_role = Core::Role::Invalid;
    QDateTime m_now;
    std::optional<Storage::CaseRow> m_created;
    QStringList m_duplicateNumbers;
    std::unique_ptr<PlaceNames> m_places;
    QString m_autoAddress;     ///< the address a map pick filled in (replaced by the next pick)
    bool m_validating = false; ///< after the first save attempt the message follows every edit
    CloseChoice m_closeChoice = CloseChoice::KeepDraft;
    std::function<CloseChoice(IntakeDialog *)> m_askOnClose;

    QLabel *m_notice = nullptr;
    QComboBox *m_channel = nullptr;
    QLineEdit *m_categorySearch = nullptr;
    QListWidget *m_categories = nullptr;
    QLabel *m_categoryInfo = nullptr;
    QComboBox *m_level = nullptr;
    AddressField *m_addressField = nullptr; ///< the address with the gazetteer's matches
    QLineEdit *m_address = nullptr;
    QFormLayout *m_whatForm = nullptr; ///< the category column, which also shows the map
    PlacePreview m_preview;
    QLineEdit *m_lon = nullptr;
    QLineEdit *m_lat = nullptr;
    QLabel *m_grid = nullptr;
    QLineEdit *m_reporter = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QListWidget *m_duplicates = nullptr;
    PhotoStrip *m_photos = nullptr;
    QPushButton *m_pick = nullptr;
    std::function<std::optional<QPointF>(QWidget *, std::optional<QPointF>)> m_pointPicker;
    QLabel *m_duplicateTitle = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace Cc::CasesWidgets

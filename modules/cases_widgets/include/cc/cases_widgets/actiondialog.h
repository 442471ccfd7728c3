// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/cases/caseservice.h>
#include <cc/core/casestatemachine.h>
#include <cc/core/result.h>

#include <QDateTime>
#include <QDialog>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace Cc::CasesWidgets {

class PhotoStrip;

/// Asks for what one workflow action needs (note, department, working hours, result) and
/// submits it. A refusal is shown in the dialog, which stays open with everything typed; it
/// closes (accepted) only when the action succeeded.
class ActionDialog : public QDialog
{
    Q_OBJECT
public:
    /// Runs the request; the dialog fills in the note, department, hours and payload.
    using Submit = std::function<Result<void>(const Cases::ActionRequest &request)>;

    ActionDialog(Cases::CaseService &service, const Storage::CaseRow &row, Core::CaseAction action,
                 Core::Role role, const QDateTime &now, Submit submit, QWidget *parent = nullptr);

    /// The departments to choose from (派遣/二次派遣); the suggested one comes first.
    void setDepartments(const QList<Storage::DepartmentRow> &departments);

    Core::CaseAction action() const { return m_action; }
    Core::Role role() const { return m_role; }
    /// Whether this action refuses to go without a reason.
    static bool needsNote(Core::CaseAction action);
    /// Whether this action offers photos (after disposal, of the verification or check).
    static bool takesPhotos(Core::CaseAction action);
    /// The request as the fields say now.
    Cases::ActionRequest request() const;
    QString errorText() const; ///< the refusal shown, empty when none

public slots:
    /// Checks the fields and submits; accept()s on success, shows the refusal otherwise.
    void submit();

private:
    void showError(const QString &message);
    void updateDeadline();
    /// What the step still needs, every missing field in one message; empty when complete.
    QString missingInput() const;
    void revalidate();

    Cases::CaseService &m_service;
    Storage::CaseRow m_row;
    Core::CaseAction m_action;
    Core::Role m_role;
    QDateTime m_now;
    Submit m_submit;
    QPlainTextEdit *m_note = nullptr;
    QPlainTextEdit *m_result = nullptr;
    PhotoStrip *m_photos = nullptr;
    QComboBox *m_department = nullptr;
    QComboBox *m_revisitResult = nullptr; ///< 回访: 满意 / 基本满意 / 不满意
    QLabel *m_deadline = nullptr;
    QSpinBox *m_hours = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_validating = false; ///< after the first submit the message follows the typing
};

} // namespace Cc::CasesWidgets

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/cases/duty.h>

#include <QDialog>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QComboBox;
class QLineEdit;
class QCheckBox;
class QTableWidget;

namespace Cc::CasesWidgets {

/// 交接班: to whom of the next shift, the note, and what goes with it (as the service will
/// record it at the moment of handing over).
class HandoverDialog : public QDialog
{
    Q_OBJECT

public:
    HandoverDialog(Cases::DutyBook &book, const QString &login, const QDateTime &now,
                   QWidget *parent = nullptr);
    void setNote(const QString &note); ///< tests
    void selectRecipient(const QString &login);
    QString error() const;

    void accept() override;

private:
    Cases::DutyBook &m_book;
    QString m_login;
    QDateTime m_now;
    QComboBox *m_to = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_error = nullptr;
};

/// 确认接班: the handover as it was written, and the receiving side's note.
class ConfirmHandoverDialog : public QDialog
{
    Q_OBJECT

public:
    ConfirmHandoverDialog(Cases::DutyBook &book, const Cases::Handover &handover,
                          const QString &login, const QDateTime &now, QWidget *parent = nullptr);
    void accept() override;

private:
    Cases::DutyBook &m_book;
    QString m_id, m_login;
    QDateTime m_now;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_error = nullptr;
};

/// 值班日志: today's entries, a new one (about a case, to follow up), follow-ups marked done.
class DutyLogDialog : public QDialog
{
    Q_OBJECT

public:
    DutyLogDialog(Cases::DutyBook &book, const QString &login, const QDateTime &now,
                  const QTimeZone &zone, QWidget *parent = nullptr);
    void addEntry(const QString &text, const QString &caseNumber, bool followUp); ///< tests too
    int rows() const;

private:
    void reload();
    void markDone();

    Cases::DutyBook &m_book;
    QString m_login;
    QDateTime m_now;
    QTimeZone m_zone;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_text = nullptr, *m_case = nullptr;
    QCheckBox *m_followUp = nullptr;
    QLabel *m_error = nullptr;
};

/// The hall's work by shift over a period (the evaluation's 按班次).
class ShiftFiguresDialog : public QDialog
{
    Q_OBJECT

public:
    ShiftFiguresDialog(Cases::DutyBook &book, const QDate &from, const QDate &to,
                       QWidget *parent = nullptr);
    int rows() const;

private:
    QTableWidget *m_table = nullptr;
};

} // namespace Cc::CasesWidgets

// SPDX-License-Identifier: GPL-3.0-or-later
#include "dutydialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Cc::CasesWidgets {

namespace {

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("dutyError"));
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

void showError(QLabel *label, const Error &error)
{
    label->setText(error.message);
    label->show();
}

QDialogButtonBox *okCancel(QDialog *dialog, const QString &okText)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

QTableWidget *table(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->setVisible(false);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void addRow(QTableWidget *t, const QStringList &cells, const QVariant &key = {})
{
    const int row = t->rowCount();
    t->insertRow(row);
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells[c]);
        item->setData(Qt::UserRole, key);
        t->setItem(row, c, item);
    }
}

} // namespace

// --- 交接班 --------------------------------------------------------------------------

HandoverDialog::HandoverDialog(Cases::DutyBook &book, const QString &login, const QDateTime &now,
                               QWidget *parent)
    : QDialog(parent)
    , m_book(book)
    , m_login(login)
    , m_now(now)
{
    setWindowTitle(tr("Hand over the shift"));
    auto *form = new QFormLayout;
    m_to = new QComboBox(this);
    // The people of this shift and the next: the service decides which shift is ending.
    if (auto slot = book.slotAt(now)) {
        QList<Cases::ShiftSlot> both{slot.value()};
        if (auto next = book.nextSlot(slot.value()))
            both.append(next.value());
        for (const Cases::ShiftSlot &s : both) {
            auto people = book.roster(s.day, s.shift.code);
            for (const Cases::OnDuty &p : people ? people.value() : QList<Cases::OnDuty>()) {
                if (p.login != login)
                    m_to->addItem(tr("%1 (%2)").arg(p.displayName, s.label()), p.login);
            }
        }
    }
    form->addRow(tr("To:"), m_to);
    m_note = new QPlainTextEdit(this);
    m_note->setPlaceholderText(
        tr("What the next shift must know: events, calls, what to follow up"));
    form->addRow(tr("Note:"), m_note);
    auto *items = new QListWidget(this);
    if (auto open = book.openItems(now)) {
        for (const Cases::HandoverItem &i : open.value())
            items->addItem(i.text);
    }
    form->addRow(tr("Carried over (%1):").arg(items->count()), items);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    m_error = errorLabel(this);
    layout->addWidget(m_error);
    layout->addWidget(okCancel(this, tr("Hand over")));
    resize(560, 480);
}

void HandoverDialog::setNote(const QString &note)
{
    m_note->setPlainText(note);
}

void HandoverDialog::selectRecipient(const QString &login)
{
    m_to->setCurrentIndex(m_to->findData(login));
}

QString HandoverDialog::error() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void HandoverDialog::accept()
{
    auto h = m_book.handOver(m_login, m_to->currentData().toString(), m_note->toPlainText(), m_now);
    if (!h)
        return showError(m_error, h.error());
    QDialog::accept();
}

// --- 确认接班 ------------------------------------------------------------------------

ConfirmHandoverDialog::ConfirmHandoverDialog(Cases::DutyBook &book, const Cases::Handover &h,
                                             const QString &login, const QDateTime &now,
                                             QWidget *parent)
    : QDialog(parent)
    , m_book(book)
    , m_id(h.id)
    , m_login(login)
    , m_now(now)
{
    setWindowTitle(tr("Confirm the handover"));
    auto *form = new QFormLayout;
    form->addRow(tr("Shift:"), new QLabel(h.outgoing.label(), this));
    form->addRow(tr("From:"), new QLabel(h.fromName, this));
    auto *note = new QLabel(h.note, this);
    note->setWordWrap(true);
    form->addRow(tr("Note:"), note);
    auto *items = new QListWidget(this);
    for (const Cases::HandoverItem &i : h.items)
        items->addItem(i.text);
    form->addRow(tr("Carried over (%1):").arg(items->count()), items);
    m_note = new QPlainTextEdit(this);
    m_note->setPlaceholderText(tr("Optional: what you found different"));
    m_note->setMaximumHeight(80);
    form->addRow(tr("Your note:"), m_note);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    m_error = errorLabel(this);
    layout->addWidget(m_error);
    layout->addWidget(okCancel(this, tr("Confirm handover")));
    resize(560, 480);
}

void ConfirmHandoverDialog::accept()
{
    if (auto r = m_book.confirmHandover(m_id, m_login, m_note->toPlainText(), m_now); !r)
        return showError(m_error, r.error());
    QDialog::accept();
}

// --- 值班日志 ------------------------------------------------------------------------

DutyLogDialog::DutyLogDialog(Cases::DutyBook &book, const QString &login, const QDateTime &now,
                             const QTimeZone &zone, QWidget *parent)
    : QDialog(parent)
    , m_book(book)
    , m_login(login)
    , m_now(now)
    , m_zone(zone)
{
    setWindowTitle(tr("Duty log"));
    m_table = table({tr("Time"), tr("By"), tr("Case"), tr("Follow-up"), tr("Entry")}, this);
    auto *add = new QHBoxLayout;
    m_text = new QLineEdit(this);
    m_text->setPlaceholderText(tr("A notable event of the shift"));
    m_case = new QLineEdit(this);
    m_case->setPlaceholderText(tr("Case number (optional)"));
    m_case->setMaximumWidth(180);
    m_followUp = new QCheckBox(tr("Follow up"), this);
    auto *addButton = new QPushButton(tr("Add"), this);
    connect(addButton, &QPushButton::clicked, this,
            [this] { addEntry(m_text->text(), m_case->text(), m_followUp->isChecked()); });
    for (QWidget *w : {static_cast<QWidget *>(m_text), static_cast<QWidget *>(m_case),
                       static_cast<QWidget *>(m_followUp), static_cast<QWidget *>(addButton)})
        add->addWidget(w, w == m_text ? 1 : 0);
    auto *done = new QPushButton(tr("Mark follow-up done"), this);
    connect(done, &QPushButton::clicked, this, &DutyLogDialog::markDone);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(add);
    m_error = errorLabel(this);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(done, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 420);
    reload();
}

void DutyLogDialog::reload()
{
    m_table->setRowCount(0);
    const QDateTime midnight = QDateTime(m_now.toTimeZone(m_zone).date(), QTime(0, 0), m_zone);
    auto entries = m_book.logBetween(midnight.addDays(-1).toUTC(), midnight.addDays(1).toUTC());
    if (!entries)
        return showError(m_error, entries.error());
    for (const Cases::DutyLogEntry &e : entries.value()) {
        const QString state = !e.followUp          ? QString()
                              : e.doneAt.isValid() ? tr("done")
                                                   : tr("open");
        addRow(m_table,
               {e.at.toTimeZone(m_zone).toString(QStringLiteral("MM-dd HH:mm")), e.userName,
                e.caseNumber, state, e.text},
               e.id);
    }
    m_table->resizeColumnsToContents();
}

void DutyLogDialog::addEntry(const QString &text, const QString &caseNumber, bool followUp)
{
    auto id = m_book.log(m_login, text, caseNumber, followUp, m_now);
    if (!id)
        return showError(m_error, id.error());
    m_error->hide();
    m_text->clear();
    m_case->clear();
    m_followUp->setChecked(false);
    reload();
}

int DutyLogDialog::rows() const
{
    return m_table->rowCount();
}

void DutyLogDialog::markDone()
{
    const QTableWidgetItem *item = m_table->currentItem();
    if (!item)
        return;
    if (auto r = m_book.markDone(item->data(Qt::UserRole).toString(), m_login, m_now); !r)
        return showError(m_error, r.error());
    m_error->hide();
    reload();
}

// --- 按班次 --------------------------------------------------------------------------

ShiftFiguresDialog::ShiftFiguresDialog(Cases::DutyBook &book, const QDate &from, const QDate &to,
                                       QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(
        tr("By shift: %1 – %2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    //: 受理 立案 派遣 结案: the hall's steps in the shift
    m_table = table({tr("Shift"), tr("Registered"), tr("Filed"), tr("Dispatched"), tr("Closed"),
                     tr("Cases handled"), tr("Steps")},
                    this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    auto *error = errorLabel(this);
    layout->addWidget(error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 520);
    auto rows = book.figures(from, to);
    if (!rows) {
        showError(error, rows.error());
        return;
    }
    for (const Cases::ShiftFigures &f : rows.value())
        addRow(m_table, {f.slot.label(), QString::number(f.reported), QString::number(f.filed),
                         QString::number(f.dispatched), QString::number(f.closed),
                         QString::number(f.casesHandled), QString::number(f.steps)});
    m_table->resizeColumnsToContents();
}

int ShiftFiguresDialog::rows() const
{
    return m_table->rowCount();
}

} // namespace Cc::CasesWidgets

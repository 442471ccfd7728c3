// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/cases_widgets/batchfiledialog.h>

#include <cc/core/casestatemachine.h>

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace Cc::CasesWidgets {

BatchFileDialog::BatchFileDialog(const QStringList &numbers, QWidget *parent)
    : QDialog(parent)
    , m_numbers(numbers)
{
    setObjectName(QStringLiteral("batchConfirm"));
    //: 批量立案
    setWindowTitle(tr("Batch filing"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(tr("File these %n case(s)?", nullptr, int(numbers.size())));
    m_summary->setObjectName(QStringLiteral("summary"));
    layout->addWidget(m_summary);
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("numbers"));
    m_list->addItems(numbers);
    m_list->setMaximumHeight(200);
    layout->addWidget(m_list);
    //: 备注 (the same note as single-case 立案)
    layout->addWidget(new QLabel(tr("Note (for every case):")));
    m_note = new QPlainTextEdit;
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setPlaceholderText(tr("Optional"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(90);
    layout->addWidget(m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("ok"));
    //: 立案 %n 件
    ok->setText(tr("File %n case(s)", nullptr, int(numbers.size())));
    ok->setToolTip(tr("Ctrl+Enter"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (const QKeySequence &key :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(key, this), &QShortcut::activated, this, &QDialog::accept);
    layout->addWidget(buttons);
    m_note->setFocus();
}

QString BatchFileDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

QString BatchFileDialog::summaryText() const
{
    return m_summary->text();
}

} // namespace Cc::CasesWidgets

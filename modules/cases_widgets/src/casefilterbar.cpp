// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/cases_widgets/casefilterbar.h>

#include <cc/cases/caseservice.h>
#include <cc/core/casestatemachine.h>

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace Cc::CasesWidgets {

CaseFilterBar::CaseFilterBar(const Core::CategoryDictionary &categories, const QTimeZone &zone,
                             QWidget *parent)
    : QWidget(parent)
    , m_dictionary(categories)
    , m_zone(zone)
{
    setObjectName(QStringLiteral("filterBar"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);

    m_text = new QLineEdit;
    m_text->setObjectName(QStringLiteral("search"));
    //: 全文检索 (描述和地址)
    m_text->setPlaceholderText(tr("Search description and address, Enter to search (Ctrl+F)"));
    m_text->setClearButtonEnabled(true);
    connect(m_text, &QLineEdit::returnPressed, this, &CaseFilterBar::filterChanged);

    m_state = new QComboBox;
    m_state->setObjectName(QStringLiteral("filterState"));
    m_state->addItem(tr("Any state"), QString());
    for (Core::CaseState s : Core::CaseStateMachine::allStates())
        m_state->addItem(Core::stateName(s), Core::stateId(s));
    m_channel = new QComboBox;
    m_channel->setObjectName(QStringLiteral("filterChannel"));
    m_channel->addItem(tr("Any channel"), QString());
    for (const QString &id : Cases::channelIds())
        m_channel->addItem(Cases::channelName(id), id);

    m_category = new QLineEdit;
    m_category->setObjectName(QStringLiteral("filterCategory"));
    m_category->setPlaceholderText(tr("Category: code or name"));
    m_category->setClearButtonEnabled(true);
    QStringList names;
    for (const Core::Category &c : categories.categories())
        names.append(QStringLiteral("%1 %2 %3 (%4)")
                         .arg(c.code, c.nameZh, c.nameEn, Core::kindName(c.kind)));
    auto *completer = new QCompleter(names, m_category);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_category->setCompleter(completer);
    connect(m_category, &QLineEdit::returnPressed, this, &CaseFilterBar::filterChanged);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this,
            &CaseFilterBar::filterChanged);

    m_grid = new QLineEdit;
    m_grid->setObjectName(QStringLiteral("filterGrid"));
    //: 单元网格编码
    m_grid->setPlaceholderText(tr("Unit grid code"));
    m_grid->setClearButtonEnabled(true);
    connect(m_grid, &QLineEdit::returnPressed, this, &CaseFilterBar::filterChanged);

    m_department = new QComboBox;
    m_department->setObjectName(QStringLiteral("filterDepartment"));
    m_department->addItem(tr("Any department"), QString());

    m_useDates = new QCheckBox(tr("Reported"));
    m_useDates->setObjectName(QStringLiteral("filterDates"));
    m_from = new QDateEdit;
    m_from->setObjectName(QStringLiteral("filterFrom"));
    m_to = new QDateEdit;
    m_to->setObjectName(QStringLiteral("filterTo"));
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(m_zone).date();
    m_from->setDate(today.addDays(-30));
    m_to->setDate(today);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
        connect(edit, &QDateEdit::dateChanged, this, &CaseFilterBar::filterChanged);
    }
    connect(m_useDates, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useDates, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(m_useDates, &QCheckBox::toggled, this, &CaseFilterBar::filterChanged);

    //: 仅超期
    m_overdue = new QCheckBox(tr("Overdue only"));
    m_overdue->setObjectName(QStringLiteral("filterOverdue"));
    connect(m_overdue, &QCheckBox::toggled, this, &CaseFilterBar::filterChanged);
    connect(m_state, &QComboBox::currentIndexChanged, this, &CaseFilterBar::filterChanged);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &CaseFilterBar::filterChanged);
    connect(m_department, &QComboBox::currentIndexChanged, this, &CaseFilterBar::filterChanged);

    auto *clear = new QPushButton(tr("Clear"));
    clear->setObjectName(QStringLiteral("filterClear"));
    connect(clear, &QPushButton::clicked, this, [this] {
        clearFields();
        emit filterChanged();
    });
    auto *exportButton = new QPushButton(tr("Export CSV…"));
    exportButton->setObjectName(QStringLiteral("exportCsv"));
    exportButton->setToolTip(tr("Export the current list to CSV (Ctrl+E)"));
    exportButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(exportButton, &QPushButton::clicked, this, &CaseFilterBar::exportRequested);

    grid->addWidget(m_text, 0, 0, 1, 4);
    grid->addWidget(m_overdue, 0, 4);
    grid->addWidget(clear, 0, 5);
    grid->addWidget(exportButton, 0, 6);
    grid->addWidget(m_state, 1, 0);
    grid->addWidget(m_channel, 1, 1);
    grid->addWidget(m_category, 1, 2);
    grid->addWidget(m_grid, 1, 3);
    grid->addWidget(m_department, 1, 4);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_useDates);
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(QStringLiteral("–")));
    dates->addWidget(m_to);
    grid->addLayout(dates, 1, 5, 1, 2);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(2, 2);
}

void CaseFilterBar::setDepartments(const QList<Storage::DepartmentRow> &departments)
{
    const QSignalBlocker block(m_department);
    const QString current = m_department->currentData().toString();
    while (m_department->count() > 1)
        m_department->removeItem(1);
    for (const Storage::DepartmentRow &d : departments)
        m_department->addItem(d.nameZh, d.id);
    m_department->setCurrentIndex(std::max(0, m_department->findData(current)));
}

QString CaseFilterBar::categoryKey() const
{
    const QString text = m_category->text().trimmed();
    if (text.isEmpty())
        return {};
    // The completer's text starts with the code; a typed name or code works as well.
    const QString first = text.section(QLatin1Char(' '), 0, 0);
    const QList<Core::Category> found = m_dictionary.search(first);
    for (const Core::Category &c : found) {
        if (c.code == first && text.contains(c.nameZh))
            return c.key();
    }
    return found.isEmpty() ? QStringLiteral("none:") + text : found.first().key();
}

Cases::CaseFilter CaseFilterBar::filter() const
{
    Cases::CaseFilter f;
    if (const QString state = m_state->currentData().toString(); !state.isEmpty())
        f.states = {state};
    f.channel = m_channel->currentData().toString();
    f.categoryKey = categoryKey();
    f.gridCode = m_grid->text().trimmed();
    f.departmentId = m_department->currentData().toString();
    if (m_useDates->isChecked()) {
        f.reportedFrom = QDateTime(m_from->date(), QTime(0, 0), m_zone).toUTC();
        f.reportedTo = QDateTime(m_to->date().addDays(1), QTime(0, 0), m_zone).toUTC();
    }
    f.overdueOnly = m_overdue->isChecked();
    f.text = m_text->text().trimmed();
    return f;
}

void CaseFilterBar::clearFields()
{
    const QSignalBlocker b1(m_state), b2(m_channel), b3(m_department), b4(m_useDates),
        b5(m_overdue);
    m_state->setCurrentIndex(0);
    m_channel->setCurrentIndex(0);
    m_department->setCurrentIndex(0);
    m_category->clear();
    m_grid->clear();
    m_text->clear();
    m_useDates->setChecked(false);
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    m_overdue->setChecked(false);
}

} // namespace Cc::CasesWidgets

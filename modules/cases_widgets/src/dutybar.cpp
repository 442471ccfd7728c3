// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/cases_widgets/dutybar.h>

#include "dutydialogs.h"

#include <cc/city/citycontext.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>

namespace Cc::CasesWidgets {

DutyBar::DutyBar(City::CityContext &city, const QString &login, QWidget *parent)
    : QWidget(parent)
    , m_city(city)
    , m_login(login)
    , m_book(std::make_unique<Cases::DutyBook>(city.database(), city.timeZone()))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    setObjectName(QStringLiteral("dutyBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    m_label = new QLabel(this);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_label, 1);
    //: 确认接班
    m_confirm = new QPushButton(tr("Confirm handover…"), this);
    m_confirm->setStyleSheet(QStringLiteral("QPushButton { background: #f9a825; }"));
    connect(m_confirm, &QPushButton::clicked, this, &DutyBar::openConfirm);
    layout->addWidget(m_confirm);
    //: 交接班
    auto *handover = new QPushButton(tr("Hand over…"), this);
    connect(handover, &QPushButton::clicked, this, &DutyBar::openHandover);
    layout->addWidget(handover);
    //: 值班日志
    auto *log = new QPushButton(tr("Duty log…"), this);
    connect(log, &QPushButton::clicked, this, &DutyBar::openLog);
    layout->addWidget(log);
    auto *timer = new QTimer(this);
    timer->setInterval(60 * 1000);
    connect(timer, &QTimer::timeout, this, &DutyBar::refresh);
    timer->start();
    refresh();
}

DutyBar::~DutyBar() = default;

void DutyBar::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    refresh();
}

QString DutyBar::text() const
{
    return m_label->text();
}

void DutyBar::refresh()
{
    const QDateTime now = m_clock();
    auto slot = m_book->slotAt(now);
    if (!slot) {
        m_label->setText(slot.error().message);
        m_confirm->hide();
        return;
    }
    QString leader;
    QStringList staff;
    if (auto people = m_book->roster(slot->day, slot->shift.code)) {
        for (const Cases::OnDuty &p : people.value()) {
            if (p.leader)
                leader = p.displayName;
            else
                staff.append(p.displayName);
        }
    }
    //: 当前班次 … · 带班领导 … · 值班 …
    m_label->setText(
        tr("On duty: %1 · Leader: %2 · Staff: %3")
            .arg(slot->label(), leader.isEmpty() ? tr("—") : leader,
                 staff.isEmpty() ? tr("nobody rostered") : QLocale().createSeparatedList(staff)));
    auto pending = m_book->pendingHandoverFor(m_login);
    m_confirm->setVisible(pending && pending->has_value());
}

void DutyBar::openHandover()
{
    HandoverDialog dialog(*m_book, m_login, m_clock(), this);
    dialog.exec();
    refresh();
}

void DutyBar::openConfirm()
{
    auto pending = m_book->pendingHandoverFor(m_login);
    if (!pending || !pending->has_value())
        return refresh();
    ConfirmHandoverDialog dialog(*m_book, **pending, m_login, m_clock(), this);
    dialog.exec();
    refresh();
}

void DutyBar::openLog()
{
    DutyLogDialog dialog(*m_book, m_login, m_clock(), m_city.timeZone(), this);
    dialog.exec();
}

} // namespace Cc::CasesWidgets

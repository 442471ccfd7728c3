// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/core/role.h>
#include <cc/notify/deliverylog.h>
#include <cc/notify/notifysettings.h>
#include <cc/notify/rules.h>
#include <cc/notify_widgets/notifysettingsdialog.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Cc::NotifyWidgets {

namespace {

enum Column { Name, Trigger, Recipient, Channel, Urgent, Enabled, Template, Columns };

QString recipientKindName(Notify::RecipientKind kind)
{
    switch (kind) {
    case Notify::RecipientKind::Department:
        return NotifySettingsDialog::tr("department users");
    case Notify::RecipientKind::Role:
        return NotifySettingsDialog::tr("role");
    case Notify::RecipientKind::Person:
        return NotifySettingsDialog::tr("person (login)");
    case Notify::RecipientKind::UnitHead:
        //: 单位正职
        return NotifySettingsDialog::tr("unit head");
    case Notify::RecipientKind::Invalid:
        break;
    }
    return {};
}

/// "unit head D07", "role 值班长", "department users" (the case's own).
QString recipientText(const Notify::Rule &r)
{
    QString ref = r.recipientRef;
    if (r.recipientKind == Notify::RecipientKind::Role)
        ref = Core::roleName(Core::roleFromId(ref));
    return ref.isEmpty() ? recipientKindName(r.recipientKind)
                         : recipientKindName(r.recipientKind) + QLatin1Char(' ') + ref;
}

} // namespace

NotifySettingsDialog::NotifySettingsDialog(Storage::Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setWindowTitle(tr("Notifications"));
    resize(980, 620);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(
        tr("Who is told what, and how, when a case is dispatched, nears or passes its deadline, "
           "is supervised, urged, returned or closed. Empty department: the case's own.")));
    m_rules = new QTableWidget(0, Columns);
    m_rules->setObjectName(QStringLiteral("notifyRules"));
    m_rules->setHorizontalHeaderLabels(
        {tr("Name"), tr("When"), tr("To"), tr("Channel"), tr("Urgent"), tr("On"), tr("Text")});
    m_rules->horizontalHeader()->setStretchLastSection(true);
    m_rules->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rules->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rules->verticalHeader()->hide();
    layout->addWidget(m_rules, 1);
    auto *remove = new QPushButton(tr("Remove the selected rule"));
    remove->setObjectName(QStringLiteral("removeRule"));
    connect(remove, &QPushButton::clicked, this, &NotifySettingsDialog::removeSelected);
    layout->addWidget(remove, 0, Qt::AlignLeft);
    layout->addWidget(buildForm());
    m_outbox = new QLabel;
    layout->addWidget(m_outbox);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("notifyStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    reload();
}

QWidget *NotifySettingsDialog::buildForm()
{
    auto *box = new QWidget;
    auto *form = new QFormLayout(box);
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("ruleName"));
    m_trigger = new QComboBox;
    m_trigger->setObjectName(QStringLiteral("ruleTrigger"));
    for (const QString &id : Notify::triggerIds())
        m_trigger->addItem(Notify::triggerName(Notify::triggerFromId(id)), id);
    m_recipientKind = new QComboBox;
    for (auto kind : {Notify::RecipientKind::Department, Notify::RecipientKind::UnitHead,
                      Notify::RecipientKind::Role, Notify::RecipientKind::Person})
        m_recipientKind->addItem(recipientKindName(kind), Notify::recipientKindId(kind));
    m_recipientRef = new QLineEdit;
    m_recipientRef->setObjectName(QStringLiteral("ruleRecipientRef"));
    m_recipientRef->setPlaceholderText(
        tr("department code, role or login; empty: the case's department"));
    auto *recipient = new QHBoxLayout;
    recipient->addWidget(m_recipientKind);
    recipient->addWidget(m_recipientRef, 1);
    m_channel = new QComboBox;
    for (const QString &id : Notify::channelIds())
        m_channel->addItem(Notify::channelName(id), id);
    m_template = new QLineEdit;
    m_template->setObjectName(QStringLiteral("ruleTemplate"));
    m_template->setPlaceholderText(
        tr("e.g. 【数字城管】案件{number}（{category}，{address}）已派遣，请于{deadline}前处置。"));
    m_template->setToolTip(
        tr("Fields: %1").arg(Notify::templateFields().join(QStringLiteral(", "))));
    m_urgent = new QCheckBox(tr("Urgent (sent in quiet hours too)"));
    auto *add = new QPushButton(tr("Add rule"));
    add->setObjectName(QStringLiteral("addRule"));
    connect(add, &QPushButton::clicked, this, &NotifySettingsDialog::addRule);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("When"), m_trigger);
    form->addRow(tr("To"), recipient);
    form->addRow(tr("Channel"), m_channel);
    form->addRow(tr("Text"), m_template);
    form->addRow(QString(), m_urgent);
    form->addRow(QString(), add);
    m_quietHours = new QLineEdit;
    m_quietHours->setPlaceholderText(QStringLiteral("22:00-07:00"));
    auto *saveQuiet = new QPushButton(tr("Save"));
    connect(saveQuiet, &QPushButton::clicked, this, &NotifySettingsDialog::saveQuietHours);
    auto *quiet = new QHBoxLayout;
    quiet->addWidget(m_quietHours, 1);
    quiet->addWidget(saveQuiet);
    form->addRow(tr("Quiet hours"), quiet);
    return box;
}

void NotifySettingsDialog::reload()
{
    auto rules = Notify::RuleStore(m_db).all();
    if (!rules)
        return showError(rules.error().message);
    m_rules->setRowCount(0);
    for (const Notify::Rule &r : rules.value()) {
        const int row = m_rules->rowCount();
        m_rules->insertRow(row);
        const QStringList cells = {r.name,
                                   Notify::triggerName(r.trigger),
                                   recipientText(r),
                                   Notify::channelName(r.channel),
                                   r.urgent ? tr("yes") : tr("no"),
                                   r.enabled ? tr("yes") : tr("no"),
                                   r.templateText};
        for (int col = 0; col < cells.size(); ++col)
            m_rules->setItem(row, col, new QTableWidgetItem(cells[col]));
    }
    m_rules->resizeColumnsToContents();
    auto hours = Notify::NotifySettings(m_db).quietHours();
    if (hours)
        m_quietHours->setText(hours->toString());
    auto counts = Notify::DeliveryLog(m_db).counts();
    if (counts)
        m_outbox->setText(tr("Outbox: %1 waiting, %2 sent, %3 failed, %4 unreachable")
                              .arg(counts->value(QStringLiteral("queued")))
                              .arg(counts->value(QStringLiteral("sent")))
                              .arg(counts->value(QStringLiteral("failed")))
                              .arg(counts->value(QStringLiteral("undeliverable"))));
}

void NotifySettingsDialog::addRule()
{
    Notify::Rule rule;
    rule.name = m_name->text().trimmed();
    rule.trigger = Notify::triggerFromId(m_trigger->currentData().toString());
    rule.recipientKind = Notify::recipientKindFromId(m_recipientKind->currentData().toString());
    rule.recipientRef = m_recipientRef->text().trimmed();
    rule.channel = m_channel->currentData().toString();
    rule.templateText = m_template->text();
    rule.urgent = m_urgent->isChecked();
    auto added = Notify::RuleStore(m_db).add(rule);
    if (!added)
        return showError(added.error().message);
    m_status->setText(tr("Rule “%1” added.").arg(rule.name));
    m_name->clear();
    m_template->clear();
    reload();
}

void NotifySettingsDialog::removeSelected()
{
    const int row = m_rules->currentRow();
    if (row < 0)
        return showError(tr("Select a rule first."));
    const QString name = m_rules->item(row, Name)->text();
    if (auto r = Notify::RuleStore(m_db).remove(name); !r)
        return showError(r.error().message);
    m_status->setText(tr("Rule “%1” removed.").arg(name));
    reload();
}

void NotifySettingsDialog::saveQuietHours()
{
    auto hours = Notify::QuietHours::parse(m_quietHours->text());
    if (!hours)
        return showError(hours.error().message);
    if (auto r = Notify::NotifySettings(m_db).setQuietHours(hours.value()); !r)
        return showError(r.error().message);
    m_status->setText(hours->isSet() ? tr("Quiet hours %1 saved.").arg(hours->toString())
                                     : tr("No quiet hours."));
}

void NotifySettingsDialog::showError(const QString &message)
{
    m_status->setText(
        QStringLiteral("<span style='color:#d9363e'>%1</span>").arg(message.toHtmlEscaped()));
}

} // namespace Cc::NotifyWidgets

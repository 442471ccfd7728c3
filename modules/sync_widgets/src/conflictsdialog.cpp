// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/sync_widgets/conflictsdialog.h>

#include <cc/storage/database.h>
#include <cc/storage/repositories.h>

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Cc::SyncWidgets {

namespace {

QString pretty(const QString &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    return doc.isNull() ? json : QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

} // namespace

QString ConflictsDialog::describeReason(const QString &reason)
{
    // "code: the hub's message" (the hub speaks English); the code says it in the user's language.
    const qsizetype colon = reason.indexOf(QLatin1String(": "));
    const QString code = colon > 0 ? reason.left(colon) : reason;
    const QString detail = colon > 0 ? reason.mid(colon + 2) : QString();
    QString text;
    if (code == QLatin1String("case.stale"))
        text = tr("Someone else changed the case first.");
    else if (code == QLatin1String("workflow.out-of-scope"))
        text = tr("The case belongs to another department.");
    else if (code == QLatin1String("workflow.forbidden-role") || code == QLatin1String("auth.role-not-held"))
        text = tr("Your role may not take this step.");
    else if (code == QLatin1String("workflow.illegal-step"))
        text = tr("This step is not possible in the case's state on the hub.");
    else if (code == QLatin1String("sync.actor-mismatch"))
        text = tr("The step was taken by another user than the one connected.");
    else if (code == QLatin1String("case.not-found"))
        text = tr("The hub does not have this case.");
    else if (code == QLatin1String("grid.stale"))
        text = tr("Someone else changed the grid first.");
    else if (code == QLatin1String("grid.invalid-geometry"))
        text = tr("The new outline is not a valid polygon.");
    else if (code == QLatin1String("sync.unsupported"))
        text = tr("The hub does not take this kind of change yet.");
    else
        return reason;
    return detail.isEmpty() ? text : tr("%1 (hub: %2)").arg(text, detail);
}

ConflictsDialog::ConflictsDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent), m_path(databasePath)
{
    setWindowTitle(tr("Conflicts with the hub"));
    m_table = new QTableWidget(0, 4);
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Case / grid"), tr("Step"), tr("Why the hub refused")});
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_local = new QPlainTextEdit;
    m_local->setReadOnly(true);
    m_remote = new QPlainTextEdit;
    m_remote->setReadOnly(true);
    m_local->setObjectName(QStringLiteral("localVersion"));
    m_remote->setObjectName(QStringLiteral("hubVersion"));
    auto *versions = new QSplitter(Qt::Horizontal);
    auto titled = [](const QString &title, QWidget *w) {
        auto *box = new QWidget;
        auto *l = new QVBoxLayout(box);
        l->setContentsMargins(0, 0, 0, 0);
        l->addWidget(new QLabel(title));
        l->addWidget(w);
        return box;
    };
    versions->addWidget(titled(tr("This workstation's action"), m_local));
    versions->addWidget(titled(tr("The case on the hub"), m_remote));
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_table);
    split->addWidget(versions);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *resolve = buttons->addButton(tr("Mark resolved"), QDialogButtonBox::ActionRole);
    connect(resolve, &QPushButton::clicked, this, &ConflictsDialog::resolveCurrent);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ConflictsDialog::showCurrent);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);
    layout->addWidget(buttons);
    resize(900, 600);
    reload();
}

int ConflictsDialog::count() const
{
    return m_table->rowCount();
}

void ConflictsDialog::reload()
{
    m_table->setRowCount(0);
    m_ids.clear();
    m_localTexts.clear();
    m_remoteTexts.clear();
    auto db = Storage::Database::open(m_path, Storage::Database::OpenMode::ReadOnly);
    if (!db)
        return;
    auto rows = Storage::ConflictRepository(*db.value()).unresolved();
    if (!rows)
        return;
    for (const Storage::ConflictRow &c : rows.value()) {
        const QJsonObject local = QJsonDocument::fromJson(c.localPayload.toUtf8()).object();
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        m_table->setItem(r, 0, new QTableWidgetItem(QLocale().toString(c.createdAt.toLocalTime(), QLocale::ShortFormat)));
        // A case action names its case; a row edit (a grid) its code.
        const bool isCase = local.contains(QStringLiteral("after"));
        m_table->setItem(r, 1, new QTableWidgetItem(isCase ? local.value(QStringLiteral("after")).toObject().value(QStringLiteral("number")).toString()
                                                           : local.value(QStringLiteral("code")).toString()));
        m_table->setItem(r, 2, new QTableWidgetItem(isCase ? local.value(QStringLiteral("action")).toString() : c.entity));
        auto *why = new QTableWidgetItem(describeReason(c.reason));
        why->setToolTip(c.reason);
        m_table->setItem(r, 3, why);
        m_ids.append(c.id);
        m_localTexts.append(pretty(c.localPayload));
        m_remoteTexts.append(pretty(c.remotePayload));
    }
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(0, 0);
    showCurrent();
}

void ConflictsDialog::showCurrent()
{
    const int r = m_table->currentRow();
    m_local->setPlainText(r >= 0 ? m_localTexts.value(r) : QString());
    m_remote->setPlainText(r >= 0 ? m_remoteTexts.value(r) : QString());
}

void ConflictsDialog::resolveCurrent()
{
    const int r = m_table->currentRow();
    if (r < 0)
        return;
    auto db = Storage::Database::open(m_path, Storage::Database::OpenMode::ReadWrite);
    if (!db)
        return;
    if (Storage::ConflictRepository(*db.value()).resolve(m_ids[r], QDateTime::currentDateTimeUtc()))
        reload();
}

} // namespace Cc::SyncWidgets

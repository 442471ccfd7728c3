// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/sync_widgets/conflictsdialog.h>

#include <cc/storage/database.h>
#include <cc/storage/geometry.h>
#include <cc/storage/repositories.h>

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
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

/// A geometry (GPKG hex) in words: where a point is, how many corners an outline has.
QString shapeSummary(const QString &hex)
{
    const QByteArray blob = QByteArray::fromHex(hex.toLatin1());
    if (auto p = Storage::Gpkg::decodePoint(blob))
        return QStringLiteral("%1, %2").arg(p->x(), 0, 'f', 6).arg(p->y(), 0, 'f', 6);
    if (auto rings = Storage::Gpkg::decodePolygon(blob); rings && !rings->isEmpty())
        return ConflictsDialog::tr("outline of %n corner(s)", nullptr,
                                   int(rings->first().size()) - 1)
               + QStringLiteral(" (%1, %2 …)")
                     .arg(rings->first().first().x(), 0, 'f', 6)
                     .arg(rings->first().first().y(), 0, 'f', 6);
    return hex;
}

/// A row as "column: value" lines; the ones that differ from `other` marked with ●.
QString rowText(const QJsonObject &row, const QJsonObject &other)
{
    QStringList lines;
    for (auto it = row.begin(); it != row.end(); ++it) {
        const QJsonValue v = it.value();
        QString text;
        if (it.key() == QLatin1String("geom") && v.isString())
            text = shapeSummary(v.toString());
        else if (v.isString())
            text = v.toString();
        else if (v.isDouble())
            text = QString::number(v.toDouble(), 'g', 12);
        else if (v.isNull() || v.isUndefined())
            text = QStringLiteral("—");
        else if (v.isArray()) // a user's roles
            text = QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
        else
            text = v.toVariant().toString();
        const bool differs = !other.isEmpty() && other.value(it.key()) != v;
        lines.append((differs ? QStringLiteral("● ") : QStringLiteral("   ")) + it.key()
                     + QStringLiteral(": ") + text);
    }
    return lines.join(QLatin1Char('\n'));
}

QString rowLabel(const QString &rowId, const QJsonObject &change)
{
    const QJsonObject row = change
                                .value(change.value(QStringLiteral("row")).isObject()
                                           ? QStringLiteral("row")
                                           : QStringLiteral("base"))
                                .toObject();
    for (const char *column : {"code", "object_code", "login", "name"}) {
        const QString v = row.value(QLatin1String(column)).toString();
        if (!v.isEmpty())
            return v;
    }
    return rowId;
}

} // namespace

QString ConflictsDialog::changeName(const QString &entity, const QJsonObject &change)
{
    QString what = entity;
    if (entity == QLatin1String("grid_unit"))
        what = tr("Unit grid");
    else if (entity == QLatin1String("component"))
        what = tr("Component");
    else if (entity == QLatin1String("camera"))
        what = tr("Camera");
    else if (entity == QLatin1String("app_user"))
        what = tr("User");
    else if (entity == QLatin1String("collector_position"))
        what = tr("Collector position");
    else if (entity == QLatin1String("attachment_content"))
        what = tr("Photo");
    else if (entity == QLatin1String("org_change")) // docs/org.md
        //: 部门与人员的一次变更
        what = tr("Departments and users");
    if (change.value(QStringLiteral("base")).isNull()
        && change.value(QStringLiteral("row")).isObject())
        return tr("%1 added").arg(what);
    if (change.value(QStringLiteral("row")).isNull()
        && change.value(QStringLiteral("base")).isObject())
        return tr("%1 deleted").arg(what);
    return tr("%1 changed").arg(what);
}

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
    else if (code == QLatin1String("workflow.forbidden-role")
             || code == QLatin1String("auth.role-not-held"))
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
    else if (code == QLatin1String("row.stale"))
        text = tr("Someone else changed it first.");
    else if (code == QLatin1String("row.invalid-geometry"))
        text = tr("The new shape is not valid.");
    else if (code == QLatin1String("row.exists") || code == QLatin1String("grid.exists"))
        text = tr("The hub has it already.");
    else if (code == QLatin1String("row.not-found") || code == QLatin1String("grid.not-found"))
        text = tr("The hub does not have it (any more).");
    else if (code == QLatin1String("sync.group-refused"))
        text = tr(
            "It was saved together with a change the hub refused, so none of them was taken.");
    else if (code == QLatin1String("org.stale"))
        text = tr("Someone changed these departments or users on the hub first; reload and edit "
                  "again.");
    else if (code == QLatin1String("sync.unsupported"))
        text = tr("The hub does not take this kind of change.");
    else
        return reason;
    return detail.isEmpty() ? text : tr("%1 (hub: %2)").arg(text, detail);
}

ConflictsDialog::ConflictsDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent)
    , m_path(databasePath)
{
    setWindowTitle(tr("Conflicts with the hub"));
    m_table = new QTableWidget(0, 4);
    m_table->setHorizontalHeaderLabels(
        {tr("When"), tr("Case / row"), tr("Change"), tr("Why the hub refused")});
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
    versions->addWidget(titled(tr("This workstation's change"), m_local));
    versions->addWidget(titled(tr("The hub's version"), m_remote));
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
    auto db = Storage::Database::open(m_path, Storage::Database::OpenMode::ReadOnly,
                                      Storage::Database::IntegrityCheck::Deferred);
    if (!db)
        return;
    auto rows = Storage::ConflictRepository(*db.value()).unresolved();
    if (!rows)
        return;
    for (const Storage::ConflictRow &c : rows.value()) {
        const QJsonObject local = QJsonDocument::fromJson(c.localPayload.toUtf8()).object();
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        m_table->setItem(r, 0,
                         new QTableWidgetItem(
                             QLocale().toString(c.createdAt.toLocalTime(), QLocale::ShortFormat)));
        // A case action names its case; a row change its row (by code where it has one).
        const bool isCase = local.contains(QStringLiteral("after"));
        m_table->setItem(r, 1,
                         new QTableWidgetItem(isCase ? local.value(QStringLiteral("after"))
                                                           .toObject()
                                                           .value(QStringLiteral("number"))
                                                           .toString()
                                                     : rowLabel(c.rowId, local)));
        m_table->setItem(r, 2,
                         new QTableWidgetItem(isCase
                                                  ? local.value(QStringLiteral("action")).toString()
                                                  : changeName(c.entity, local)));
        auto *why = new QTableWidgetItem(describeReason(c.reason));
        why->setToolTip(c.reason);
        m_table->setItem(r, 3, why);
        m_ids.append(c.id);
        if (isCase) {
            m_localTexts.append(pretty(c.localPayload));
            m_remoteTexts.append(pretty(c.remotePayload));
            continue;
        }
        // A row change: the row as this workstation had it against the hub's, field by field.
        const QJsonObject mine = local
                                     .value(local.value(QStringLiteral("row")).isObject()
                                                ? QStringLiteral("row")
                                                : QStringLiteral("base"))
                                     .toObject();
        const QJsonObject hubs = QJsonDocument::fromJson(c.remotePayload.toUtf8())
                                     .object()
                                     .value(QStringLiteral("row"))
                                     .toObject();
        m_localTexts.append(changeName(c.entity, local) + QStringLiteral("\n\n")
                            + rowText(mine, hubs));
        m_remoteTexts.append(hubs.isEmpty() ? tr("The hub has no such row.") : rowText(hubs, mine));
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
    auto db = Storage::Database::open(m_path, Storage::Database::OpenMode::ReadWrite,
                                      Storage::Database::IntegrityCheck::Deferred);
    if (!db)
        return;
    if (Storage::ConflictRepository(*db.value()).resolve(m_ids[r], QDateTime::currentDateTimeUtc()))
        reload();
}

} // namespace Cc::SyncWidgets

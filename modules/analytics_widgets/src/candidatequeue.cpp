// SPDX-License-Identifier: GPL-3.0-or-later
// The operator's queue of findings (docs/video.md "Video analytics").
#include "cc/analytics_widgets/candidatequeue.h"

#include <cc/storage/database.h>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Cc::AnalyticsWidgets {

namespace {
constexpr int kPollMs = 3000;
constexpr int kThumbHeight = 54;
} // namespace

CandidateQueue::CandidateQueue(Analytics::AnalyticsStore &store, Analytics::CandidateReview &review,
                               Storage::Database &db, ActorSource actor, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_review(review)
    , m_db(db)
    , m_actor(std::move(actor))
{
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("candidates"));
    m_table->setHorizontalHeaderLabels(
        {tr("Snapshot"), tr("Camera"), tr("Zone"), tr("Kind"), tr("Found at")});
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(kThumbHeight + 4);
    m_table->setIconSize(QSize(kThumbHeight * 16 / 9, kThumbHeight));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setMinimumSize(480, 270);
    m_preview->setAlignment(Qt::AlignCenter);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("rejectNote"));
    m_note->setPlaceholderText(tr("Why rejected (optional): e.g. a kiosk with a permit"));
    m_accept = new QPushButton(tr("Accept: file a case"), this);
    m_accept->setObjectName(QStringLiteral("accept"));
    m_reject = new QPushButton(tr("Reject"), this);
    m_reject->setObjectName(QStringLiteral("reject"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);

    auto *side = new QVBoxLayout;
    side->addWidget(m_preview, 1);
    side->addWidget(m_note);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_accept);
    buttons->addWidget(m_reject);
    side->addLayout(buttons);
    side->addWidget(m_message);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_table, 3);
    layout->addLayout(side, 2);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CandidateQueue::showSelected);
    connect(m_accept, &QPushButton::clicked, this, [this] { acceptSelected(); });
    connect(m_reject, &QPushButton::clicked, this, [this] { rejectSelected(m_note->text()); });
    connect(&m_poll, &QTimer::timeout, this, [this] {
        auto version = m_db.dataVersion();
        if (version && *version != m_seenVersion)
            refresh();
    });
    m_poll.start(kPollMs);
    refresh();
}

void CandidateQueue::setCameraNames(const QHash<QString, QString> &names)
{
    m_cameraNames = names;
    refresh();
}

int CandidateQueue::pendingCount() const
{
    return int(m_pending.size());
}

QString CandidateQueue::message() const
{
    return m_message->text();
}

void CandidateQueue::say(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #e05050") : QString());
    m_message->setText(text);
}

void CandidateQueue::refresh()
{
    if (auto version = m_db.dataVersion())
        m_seenVersion = *version;
    const QString keep = selectedId();
    auto pending = m_store.candidates(Analytics::Candidate::State::Pending);
    if (!pending) {
        say(pending.error().message, true);
        return;
    }
    m_pending = *pending;
    if (auto zones = m_store.zones())
        for (const auto &z : *zones)
            m_zoneNames.insert(z.id, z.name);
    m_table->setRowCount(0);
    for (const Analytics::Candidate &c : m_pending) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        QPixmap thumb;
        thumb.loadFromData(c.snapshotJpeg, "JPEG");
        auto *snap = new QTableWidgetItem;
        snap->setIcon(QIcon(thumb.scaledToHeight(kThumbHeight, Qt::SmoothTransformation)));
        snap->setData(Qt::UserRole, c.id);
        m_table->setItem(row, 0, snap);
        m_table->setItem(row, 1, new QTableWidgetItem(m_cameraNames.value(c.cameraId, c.cameraId)));
        m_table->setItem(row, 2, new QTableWidgetItem(m_zoneNames.value(c.zoneId, c.zoneId)));
        m_table->setItem(row, 3, new QTableWidgetItem(Analytics::candidateKindLabel(c.kind)));
        m_table->setItem(row, 4,
                         new QTableWidgetItem(c.detectedAt.toLocalTime().toString(
                             QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
        if (c.id == keep)
            m_table->selectRow(row);
    }
    if (m_table->currentRow() < 0 && m_table->rowCount() > 0)
        m_table->selectRow(0);
    showSelected();
    emit pendingChanged(int(m_pending.size()));
}

QString CandidateQueue::selectedId() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || !m_table->item(rows.first().row(), 0))
        return {};
    return m_table->item(rows.first().row(), 0)->data(Qt::UserRole).toString();
}

void CandidateQueue::showSelected()
{
    const QString id = selectedId();
    m_accept->setEnabled(!id.isEmpty());
    m_reject->setEnabled(!id.isEmpty());
    m_preview->clear();
    for (const Analytics::Candidate &c : m_pending)
        if (c.id == id) {
            QPixmap picture;
            picture.loadFromData(c.snapshotJpeg, "JPEG");
            m_preview->setPixmap(
                picture.scaled(m_preview->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
            m_preview->setToolTip(c.clipFile.isEmpty() ? tr("No clip: the recorder had no "
                                                            "recording of it")
                                                       : tr("Clip: %1").arg(c.clipFile));
        }
}

bool CandidateQueue::acceptSelected()
{
    const QString id = selectedId();
    const auto actor = m_actor ? m_actor() : std::nullopt;
    if (id.isEmpty() || !actor) {
        say(tr("Log in as an operator to decide findings"), true);
        return false;
    }
    auto accepted = m_review.accept(id, *actor);
    if (!accepted) {
        say(accepted.error().message, true);
        return false;
    }
    const QString number = accepted->caseRow.number;
    say(accepted->clipError.isEmpty()
            ? tr("Case %1 filed").arg(number)
            : tr("Case %1 filed without its clip: %2").arg(number, accepted->clipError));
    refresh();
    emit caseFiled(number);
    return true;
}

bool CandidateQueue::rejectSelected(const QString &note)
{
    const QString id = selectedId();
    const auto actor = m_actor ? m_actor() : std::nullopt;
    if (id.isEmpty() || !actor) {
        say(tr("Log in as an operator to decide findings"), true);
        return false;
    }
    if (auto r = m_review.reject(id, *actor, note); !r) {
        say(r.error().message, true);
        return false;
    }
    m_note->clear();
    say(tr("Rejected: this object in this zone is not raised again for %n hour(s)", nullptr,
           Analytics::AnalyticsStore::kSuppressHours));
    refresh();
    return true;
}

} // namespace Cc::AnalyticsWidgets

// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/cases_widgets/photostrip.h>

#include <QBuffer>
#include <QDialog>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageReader>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Cc::CasesWidgets {

namespace {
constexpr int kThumb = 96;
enum Role { DataRole = Qt::UserRole, FileNameRole };

QImage decode(const QByteArray &data, QSize scaledTo = {})
{
    QBuffer buffer;
    buffer.setData(data);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true); // phone photos carry their rotation in EXIF
    if (scaledTo.isValid()) {
        const QSize size = reader.size();
        if (size.isValid())
            reader.setScaledSize(size.scaled(scaledTo, Qt::KeepAspectRatio));
    }
    return reader.read();
}
} // namespace

PhotoStrip::PhotoStrip(Mode mode, QWidget *parent) : QWidget(parent), m_mode(mode)
{
    setObjectName(QStringLiteral("photoStrip"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("photos"));
    m_list->setViewMode(QListView::IconMode);
    m_list->setIconSize(QSize(kThumb, kThumb));
    m_list->setGridSize(QSize(kThumb + 16, kThumb + 28));
    m_list->setFlow(QListView::LeftToRight);
    m_list->setWrapping(mode == Mode::Editable);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Read-only: one row that scrolls sideways, so the case's fields keep their room.
    m_list->setMinimumHeight(kThumb + 36);
    if (m_mode == Mode::ReadOnly) {
        m_list->setMaximumHeight(kThumb + 48);
    } else {
        m_list->setMaximumHeight(2 * (kThumb + 28) + 8);
    }
    m_list->installEventFilter(this);
    layout->addWidget(m_list);
    m_empty = new QLabel;
    m_empty->setObjectName(QStringLiteral("photosEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setStyleSheet(QStringLiteral("color: #8fa3bd;"));
    layout->addWidget(m_empty);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &PhotoStrip::open);

    if (m_mode == Mode::Editable) {
        setAcceptDrops(true);
        auto *buttons = new QHBoxLayout;
        auto *add = new QPushButton(tr("Add photos…"));
        add->setObjectName(QStringLiteral("addPhotos"));
        m_remove = new QPushButton(tr("Remove"));
        m_remove->setObjectName(QStringLiteral("removePhotos"));
        m_remove->setEnabled(false);
        buttons->addWidget(add);
        buttons->addWidget(m_remove);
        buttons->addStretch(1);
        layout->addLayout(buttons);
        connect(add, &QPushButton::clicked, this, &PhotoStrip::choose);
        connect(m_remove, &QPushButton::clicked, this, &PhotoStrip::removeSelected);
        connect(m_list, &QListWidget::itemSelectionChanged, this,
                [this] { m_remove->setEnabled(!m_list->selectedItems().isEmpty()); });
        setEmptyText(tr("No photos. Add them or drop image files here."));
    } else {
        setEmptyText(tr("No photos."));
    }
}

QString PhotoStrip::tooLarge(const QString &fileName)
{
    return tr("“%1” is larger than %2 MB.")
        .arg(fileName)
        .arg(Cases::kMaxAttachmentBytes / (1024 * 1024));
}

void PhotoStrip::setEmptyText(const QString &text)
{
    m_empty->setText(text);
    updateEmpty();
}

bool PhotoStrip::addPhoto(const QString &fileName, const QByteArray &data, QString *error)
{
    const auto refuse = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (data.size() > Cases::kMaxAttachmentBytes)
        return refuse(tooLarge(fileName));
    const QImage thumb = decode(data, QSize(kThumb, kThumb));
    if (thumb.isNull())
        return refuse(tr("“%1” is not a photo this program can read.").arg(fileName));
    auto *item = new QListWidgetItem(QIcon(QPixmap::fromImage(thumb)), fileName);
    item->setData(DataRole, data);
    item->setData(FileNameRole, fileName);
    item->setToolTip(tr("%1 (%2 KB) — double-click to view").arg(fileName).arg(data.size() / 1024));
    m_list->addItem(item);
    updateEmpty();
    emit photosChanged();
    return true;
}

bool PhotoStrip::addFile(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (info.size() > Cases::kMaxAttachmentBytes) { // not read at all
        if (error)
            *error = tooLarge(info.fileName());
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read “%1”: %2").arg(info.fileName(), file.errorString());
        return false;
    }
    return addPhoto(info.fileName(), file.readAll(), error);
}

void PhotoStrip::clear()
{
    m_list->clear();
    updateEmpty();
    emit photosChanged();
}

int PhotoStrip::count() const
{
    return m_list->count();
}

QList<Cases::NewAttachment> PhotoStrip::attachments(const QString &kind) const
{
    QList<Cases::NewAttachment> result;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem *item = m_list->item(i);
        result.append(
            {kind, item->data(FileNameRole).toString(), item->data(DataRole).toByteArray()});
    }
    return result;
}

void PhotoStrip::choose()
{
    const QStringList files
        = QFileDialog::getOpenFileNames(this, tr("Add photos"),
                                        QStandardPaths::writableLocation(
                                            QStandardPaths::PicturesLocation),
                                        tr("Photos (*.jpg *.jpeg *.png *.webp *.bmp)"));
    for (const QString &path : files) {
        QString error;
        if (!addFile(path, &error))
            emit refused(error);
    }
}

void PhotoStrip::removeSelected()
{
    qDeleteAll(m_list->selectedItems());
    updateEmpty();
    emit photosChanged();
}

void PhotoStrip::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void PhotoStrip::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (!url.isLocalFile())
            continue;
        QString error;
        if (!addFile(url.toLocalFile(), &error))
            emit refused(error);
    }
    event->acceptProposedAction();
}

bool PhotoStrip::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && m_mode == Mode::Editable && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
            removeSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PhotoStrip::open(QListWidgetItem *item)
{
    const QImage image = decode(item->data(DataRole).toByteArray());
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(item->data(FileNameRole).toString());
    auto *label = new QLabel;
    label->setPixmap(QPixmap::fromImage(image));
    auto *scroll = new QScrollArea;
    scroll->setWidget(label);
    scroll->setAlignment(Qt::AlignCenter);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(scroll);
    dialog->resize(image.size().boundedTo(QSize(1280, 900)) + QSize(40, 40));
    dialog->open();
}

void PhotoStrip::updateEmpty()
{
    m_empty->setVisible(m_list->count() == 0);
}

} // namespace Cc::CasesWidgets

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/cases/caseservice.h>

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace Cc::CasesWidgets {

/// A row of photo thumbnails. Editable (intake, 处理反馈): photos come from "Add photos…",
/// or are dropped on it as files, and Delete removes the selected ones; read-only (case
/// detail): it shows a case's photos. Double-click opens a photo at full size.
class PhotoStrip : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Invalid = 0, Editable, ReadOnly };
    explicit PhotoStrip(Mode mode, QWidget *parent = nullptr);

    /// Adds one photo; refuses (with the reason in `error`) what is not an image or too large.
    bool addPhoto(const QString &fileName, const QByteArray &data, QString *error = nullptr);
    bool addFile(const QString &path, QString *error = nullptr);
    void clear();
    int count() const;
    /// The photos as attachments of the given kind (empty: the step's default).
    QList<Cases::NewAttachment> attachments(const QString &kind = {}) const;

signals:
    void photosChanged();
    /// A photo was refused (dropped or chosen): the message says why.
    void refused(const QString &message);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static QString tooLarge(const QString &fileName);
    void setEmptyText(const QString &text);
    void choose();
    void removeSelected();
    void open(QListWidgetItem *item);
    void updateEmpty();

    Mode m_mode;
    QListWidget *m_list;
    QLabel *m_empty;
    QPushButton *m_remove = nullptr;
};

} // namespace Cc::CasesWidgets

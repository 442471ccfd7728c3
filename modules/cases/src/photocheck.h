// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/cases/caseservice.h>
#include <cc/core/result.h>

#include <QByteArray>
#include <QString>

namespace Cc::Cases::Internal {

/// Whether `data` is a whole photo: its structure complete (a JPEG up to its end marker, a
/// PNG up to IEND with every chunk inside the file) and every pixel decodable. A file cut
/// short or padded with zeros after a valid header decodes "successfully" as grey in Qt,
/// hence the structural walk first. Refusals name `fileName`: "attachment.damaged-image".
Result<void> checkWholeImage(const QByteArray &data, const QString &mime, const QString &fileName);

/// The kind of an attachment that did not say: what the step brings.
QString defaultAttachmentKind(Core::CaseAction action, const QString &channel);

/// The MIME type of an attachment's bytes, or why they are refused. Judged by content, not
/// by the file name; SVG is refused (it can carry script). `stepDocument`: a step observer's
/// document (the 督办单, docs/notify.md), a PDF and nothing else.
Result<QString> attachmentMime(const NewAttachment &a, bool stepDocument);

} // namespace Cc::Cases::Internal

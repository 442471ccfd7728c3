// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/result.h>

#include <QByteArray>
#include <QString>

namespace Cc::Cases::Internal {

/// Whether `data` is a whole photo: its structure complete (a JPEG up to its end marker, a
/// PNG up to IEND with every chunk inside the file) and every pixel decodable. A file cut
/// short or padded with zeros after a valid header decodes "successfully" as grey in Qt,
/// hence the structural walk first. Refusals name `fileName`: "attachment.damaged-image".
Result<void> checkWholeImage(const QByteArray &data, const QString &mime, const QString &fileName);

} // namespace Cc::Cases::Internal

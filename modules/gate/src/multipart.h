// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/result.h>
#include <cc/gate/fieldservice.h>

#include <QByteArray>
#include <QList>
#include <QString>

namespace Cc::Gate {

/// Splits a multipart/form-data body by the boundary of `contentType`. Refuses a body that is
/// not multipart, has no boundary, is cut short, or has more than kMaxFormParts parts
/// ("field.bad-multipart", naming what is wrong).
Result<QList<FormPart>> parseMultipart(const QByteArray &contentType, const QByteArray &body);

} // namespace Cc::Gate

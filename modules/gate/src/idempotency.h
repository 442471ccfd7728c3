// SPDX-License-Identifier: GPL-3.0-or-later
// Idempotency-Key replay, shared by the field API and the citizens' intake (docs/citygate.md,
// "Idempotency-Key").
#pragma once

#include <cc/cases/caseservice.h>
#include <cc/gate/open311service.h>

#include <functional>

namespace Cc::Gate::FieldDetail {

/// Runs `write` once per (`owner`, Idempotency-Key): a key seen before with the same request
/// gets its first answer back and writes nothing; with another path or request it is refused
/// (422 "<api>.idempotency-reused"). The answer is stored in `field_idempotency` in the same
/// transaction as the write (a batch of `cases`), so either both are there or neither; a
/// refused write is not stored. `owner` is a field login, or "key:NAME" for an API key (a
/// login holds no colon). Without the header, `write` simply runs.
HttpResponse runOnce(Storage::Database &db, Cases::CaseService &cases, const HttpRequest &request,
                     const QString &owner, const QString &api,
                     const std::function<HttpResponse()> &write);

} // namespace Cc::Gate::FieldDetail

// SPDX-License-Identifier: GPL-3.0-or-later
#include "idempotency.h"

#include "fieldcall.h"
#include "fieldform.h"
#include "gatetr.h"

#include <cc/gate/fieldservice.h>
#include <cc/storage/database.h>

#include <QRegularExpression>

namespace Cc::Gate::FieldDetail {

HttpResponse runOnce(Storage::Database &db, Cases::CaseService &cases, const HttpRequest &request,
                     const QString &owner, const QString &api,
                     const std::function<HttpResponse()> &write)
{
    const QString key = QString::fromLatin1(request.idempotencyKey);
    static const QRegularExpression printable(QStringLiteral("^[\\x21-\\x7e]{1,128}$"));
    if (request.idempotencyKey.isEmpty())
        return write();
    if (!printable.match(key).hasMatch())
        return errorResponse(400,
                             makeError(api + QStringLiteral(".bad-idempotency-key"),
                                       Tr::tr("The Idempotency-Key must be 1 to %1 printable "
                                              "ASCII characters.")
                                           .arg(kMaxIdempotencyKeyChars)),
                             QStringLiteral("Idempotency-Key"));
    auto seen = db.prepare(
        QStringLiteral("SELECT route, status, body, request_sha256 FROM field_idempotency "
                       "WHERE login = ?1 AND idem_key = ?2"));
    if (!seen)
        return errorResponse(503, seen.error());
    seen->bindText(1, owner).bindText(2, key);
    auto found = seen->step();
    if (!found)
        return errorResponse(503, found.error());
    const QString digest = requestDigest(request);
    if (found.value()) {
        // Another path, or another request under the same key (a phone's bug, or a replay
        // with a changed body): refused, never answered with the first request's answer.
        if (seen->text(0) != request.path || (!seen->isNull(3) && seen->text(3) != digest))
            return errorResponse(422,
                                 makeError(api + QStringLiteral(".idempotency-reused"),
                                           Tr::tr("This Idempotency-Key was used for "
                                                  "another request.")),
                                 QStringLiteral("Idempotency-Key"));
        return {int(seen->integer(1)), "application/json; charset=utf-8", seen->text(2).toUtf8()};
    }
    // The answer is kept in the write's own transaction: either both are there or neither.
    if (auto begun = cases.beginBatch(); !begun)
        return errorResponse(503, begun.error());
    const HttpResponse answer = write();
    if (answer.status >= 300) {
        cases.rollbackBatch(); // a refused request may be sent again, corrected
        return answer;
    }
    auto keep = db.prepare(QStringLiteral("INSERT INTO field_idempotency (login, idem_key, "
                                          "route, status, body, created_at, request_sha256) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (!keep) {
        cases.rollbackBatch();
        return errorResponse(503, keep.error());
    }
    keep->bindText(1, owner).bindText(2, key).bindText(3, request.path);
    keep->bindInt(4, answer.status).bindText(5, QString::fromUtf8(answer.body));
    keep->bindText(6, Storage::isoUtc(QDateTime::currentDateTimeUtc())).bindText(7, digest);
    if (auto r = keep->exec(); !r) {
        cases.rollbackBatch();
        return errorResponse(503, r.error());
    }
    if (auto committed = cases.commitBatch(); !committed)
        return errorResponse(503, committed.error());
    return answer;
}

} // namespace Cc::Gate::FieldDetail

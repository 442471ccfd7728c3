// SPDX-License-Identifier: GPL-3.0-or-later
// Cases linked to outside platforms (docs/citygate.md, "12345 platform").
#include <cc/gate/caseexternal.h>

#include <cc/storage/database.h>

namespace Cc::Gate {

Result<std::optional<ExternalLink>> CaseExternal::find(const QString &platform,
                                                       const QString &externalId)
{
    auto st = m_db.prepare(QStringLiteral(
        "SELECT c.id, c.number, e.callback_url, e.created_at FROM case_external e "
        "JOIN case_record c ON c.fid = e.case_id WHERE e.platform = ?1 AND e.external_id = ?2"));
    if (!st)
        return st.error();
    st->bindText(1, platform).bindText(2, externalId);
    auto found = st->step();
    if (!found)
        return found.error();
    if (!found.value())
        return std::optional<ExternalLink>();
    return std::optional<ExternalLink>(ExternalLink{st->text(0), st->text(1), platform, externalId,
                                                    st->isNull(2) ? QString() : st->text(2),
                                                    Storage::fromIsoUtc(st->text(3))});
}

Result<void> CaseExternal::link(const ExternalLink &link)
{
    auto st = m_db.prepare(QStringLiteral(
        "INSERT INTO case_external (case_id, platform, external_id, callback_url, created_at) "
        "SELECT fid, ?1, ?2, ?3, ?4 FROM case_record WHERE id = ?5"));
    if (!st)
        return st.error();
    st->bindText(1, link.platform).bindText(2, link.externalId);
    if (link.callbackUrl.isEmpty())
        st->bindNull(3);
    else
        st->bindText(3, link.callbackUrl);
    st->bindText(4, Storage::isoUtc(QDateTime::currentDateTimeUtc())).bindText(5, link.caseId);
    if (auto r = st->exec(); !r)
        return r.error();
    if (m_db.changes() != 1)
        return makeError("database.no-case", QStringLiteral("The case to link is not there."));
    return {};
}

} // namespace Cc::Gate

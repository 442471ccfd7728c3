// SPDX-License-Identifier: GPL-3.0-or-later
// CaseService's step observers (docs/notify.md): told of every step inside its transaction,
// they may hand back documents to attach to it (the 督办单 of a 督办).
#include <cc/cases/caseservice.h>

namespace Cc::Cases {

/// The documents travel like the step's photos: their bytes in the step's push group (an
/// outbox entry each, written by writeAttachments) and their descriptions in the step's own
/// entry, so every workstation gets them through the hub (hub schema 11, docs/hub.md).
Result<QJsonArray> CaseService::notifyObservers(const Storage::CaseRow &row,
                                                const Storage::CaseEventRow &event)
{
    QList<NewAttachment> documents;
    for (const StepObserver &observer : std::as_const(m_stepObservers)) {
        auto more = observer(row, event);
        if (!more)
            return more.error();
        documents += more.value();
    }
    if (documents.isEmpty())
        return QJsonArray();
    m_writingDocuments = true; // PDFs, which no caller of the service may attach
    auto written = writeAttachments(event, documents);
    m_writingDocuments = false;
    return written;
}

} // namespace Cc::Cases

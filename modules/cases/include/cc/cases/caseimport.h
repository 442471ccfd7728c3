// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/cases/caseservice.h>

#include <QIODevice>

#include <functional>

namespace Cc::Cases {

/// The outcome of one input line.
struct ImportLine
{
    int line = 0;
    bool applied = false;
    QString caseNumber; ///< the case created or acted on
    Error error;        ///< when refused
};

struct ImportSummary
{
    int applied = 0;
    int refused = 0;
};

/// Bulk path for integrations (e.g. a 12345 platform export): JSON lines, each a report or a
/// workflow action with its actor, role and timestamp, applied in batches through the same
/// CaseService (state machine, roles, scope, deadlines). A refused line is reported with its
/// reason and leaves nothing behind; the others are applied. Line formats:
///   {"type":"report","ref":"EXT-1","actor":"op01","role":"operator","at":"2026-03-01T08:00:00Z",
///    "channel":"hotline-12345","category":"event:0102","level":"normal","lon":114.36,
///    "lat":35.92,"grid":"41052300100101","address":"…","description":"…","reporter":"…"}
///   {"type":"action","case":"2026-000123" | "ref":"EXT-1","action":"accept","actor":"op01",
///    "role":"operator","at":"…","note":"…","department":"D01","extensionHours":8}
/// "ref" names a case reported earlier in the same input (a ref used twice is refused).
/// A database failure (not a refusal) stops the import and says which lines are applied;
/// the lines applied before it stay (unless the database is damaged: then nothing more is
/// written). Times, points and extensions are judged by CaseService (its CaseRules).
class CaseImporter
{
public:
    explicit CaseImporter(CaseService &service, int batchSize = 1000)
        : m_service(service)
        , m_batchSize(batchSize)
    {}

    /// Reads to the end of `input`; onLine is called for every line (applied or refused).
    Result<ImportSummary> run(QIODevice &input,
                              const std::function<void(const ImportLine &)> &onLine);

    /// A longer line is refused ("import.line-too-long") without being held in memory;
    /// NUL bytes stop the import ("import.not-text": the input is not text at all).
    static constexpr qsizetype kMaxLineBytes = 1024 * 1024;

private:
    ImportLine applyLine(int lineNumber, const QByteArray &line);
    Result<QJsonObject> parseLine(const QByteArray &line);
    Result<QString> applyReport(const QJsonObject &o, const Actor &actor, const QDateTime &at);
    Result<QString> applyAction(const QJsonObject &o, const Actor &actor, const QDateTime &at);
    Result<Actor> actorFor(const QJsonObject &object);
    Error stop(int lineNumber, const Error &error);

    CaseService &m_service;
    int m_batchSize;
    int m_committedThrough = 0;     ///< the last line of the last committed batch
    QHash<QString, QString> m_refs; ///< external ref → case id
    QHash<QString, Actor> m_actors; ///< "login/role" → actor
};

} // namespace Cc::Cases

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/storage/geometry.h>

#include <QDateTime>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>

namespace Cc::Storage {

/// Rows of the local database, one struct per table (migrations/0001_initial.sql). Ids are
/// UUID text, enums are stored by their stable ids (Core::stateId …), times are UTC
/// QDateTimes (invalid = NULL).

struct CategoryRow
{
    QString key, kind, code, majorCode, nameZh, nameEn, limitUrgent, limitNormal;
    QStringList filingConditions, closingConditions;
    QString departmentType;
};

struct DepartmentRow
{
    QString id, code, nameZh, nameEn;
    int level = 1;
    QString parentId, departmentType, phone;
    bool active = true; ///< false: retired (docs/org.md); cases keep naming it
};

struct DepartmentCategoryRow
{
    QString departmentId, categoryKey, responsibilityCode;
};

struct UserRow
{
    QString id, login, displayName, passwordHash, departmentId, responsibilityCode, phone;
    bool active = true;
    QStringList roles; ///< Core::roleId values, stored in user_role
};

struct StreetRow
{
    QString id, code, name;
    PolygonRings geom;
};
struct CommunityRow
{
    QString id, code, name, streetCode;
    PolygonRings geom;
};
struct ResponsibilityGridRow
{
    QString id, code, name;
    PolygonRings geom;
};

struct UnitGridRow
{
    QString id, code, communityCode, responsibilityCode;
    double areaM2 = 0;
    int version = 1;
    PolygonRings geom;
};

struct ComponentRow
{
    QString id, objectCode, categoryCode, name, state, departmentId, gridCode;
    QDate installedOn;
    QPointF geom;
};

struct CameraRow
{
    QString id, componentCode, name, urlMain, urlSub, gridCode, groupName;
    bool ptz = false;
    QPointF geom;
};

struct CollectorPositionRow
{
    QString id, userId;
    QDateTime at;
    double accuracyM = 0;
    QPointF geom;
};

struct CaseRow
{
    QString id, number, channel, kind, categoryKey, level, description, address, componentCode;
    QString gridCode, responsibilityCode, communityCode, reporter;
    QString state, resumeState, departmentId, stage;
    QDateTime stageStartedAt, stageDeadline, disposalDeadline;
    QDateTime reportedAt, filedAt, dispatchedAt, disposedAt, closedAt;
    std::optional<bool> closedInTime;
    bool hung = false;
    int reworkCount = 0, dispatchCount = 0, postponeCount = 0, superviseCount = 0, urgeCount = 0;
    QString createdBy;
    int version = 1;
    QDateTime updatedAt;
    std::optional<QPointF> geom;
};

struct CaseEventRow
{
    QString id, caseId;
    int seq = 0;
    QString stage, action, fromState, toState, actorId, actorName, role, departmentId;
    QDateTime at, deadline;
    std::optional<bool> inTime;
    std::optional<qint64> usedMinutes;
    QString note;
    QString payload = QStringLiteral("{}"); ///< JSON object text
};

struct AttachmentRow
{
    QString id, caseId, eventId, kind, sha256, mime, fileName;
    QDateTime createdAt;
};

struct OutboxRow
{
    qint64 seq = 0;
    QString entity, rowId, op, payload;
    QDateTime createdAt;
};

struct ConflictRow
{
    QString id, entity, rowId, localPayload, remotePayload, reason;
    QDateTime createdAt, resolvedAt;
};

} // namespace Cc::Storage

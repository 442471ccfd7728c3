// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/city/citycontext.h>
#include <cc/core/result.h>
#include <cc/storage/database.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace Cc::Cli {

/// Translation context "Tr" (see modules/core/src/coretr.h for why).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Tr)
};

/// Exit codes: 0 done, 1 refused or failed (the message says why), 2 bad usage.
enum ExitCode { Ok = 0, Refused = 1, Usage = 2 };

QTextStream &out();
QTextStream &err();

/// Prints "cityctl: <message>" to stderr and returns Refused.
int fail(const Error &error);
int usage(const QCommandLineParser &parser, const QString &message);

/// Parses `args` (the subcommand's own arguments, args[0] = "cityctl <cmd>") with the common
/// --db option added; on --help prints help and returns Ok through `exitCode`.
bool parse(QCommandLineParser &parser, const QStringList &args, int &exitCode);
QCommandLineOption dbOption();
Result<std::unique_ptr<Storage::Database>> openDb(const QCommandLineParser &parser,
                                                  Storage::Database::OpenMode mode);

/// A database opened with its city (categories, calendar), for the commands that need both.
struct Opened
{
    std::unique_ptr<Storage::Database> db;
    std::unique_ptr<City::CityContext> city;
};
Result<Opened> openCity(const QCommandLineParser &parser, Storage::Database::OpenMode mode);
/// --as LOGIN and --role ROLE (default shift-leader): who acts, checked by the service.
QCommandLineOption asOption();
QCommandLineOption roleOption();

int runInitDemo(const QStringList &args);
int runInfo(const QStringList &args);
int runCase(const QStringList &args);
int runCampaign(const QStringList &args);
int runCalendar(const QStringList &args);
int runConfig(const QStringList &args);
int runOrg(const QStringList &args);
int runSurvey(const QStringList &args);
int runKpi(const QStringList &args);
int runBulletin(const QStringList &args);
int runHotspots(const QStringList &args);
int runRecurring(const QStringList &args);
int runCategories(const QStringList &args);
int runUser(const QStringList &args);
int runGeocode(const QStringList &args);
/// cityctl geocode --address TEXT: the gazetteer's candidates with score, point, grid and
/// community (gazetteercommands.cpp).
int printAddressCandidates(Storage::Database &db, const QString &text, int limit, bool json);
/// cityctl gazetteer import|info (地名地址, docs/gazetteer.md).
int runGazetteer(const QStringList &args);
int runExport(const QStringList &args);
int runLayerImport(const QStringList &args);

int runHub(const QStringList &args);
int runSync(const QStringList &args);
int runApi(const QStringList &args);
int runNotify(const QStringList &args);
int runDuty(const QStringList &args);

/// A regular file of at most `maxBytes`, read whole (a FIFO would block); `tooLarge` says why a
/// bigger one is refused.
Result<QByteArray> readSmallFile(const QString &path, qint64 maxBytes,
                                 const std::function<Error(qint64 size)> &tooLarge);
/// One line of standard input, not echoed on a terminal (passwords).
Result<QString> readSecret(const QString &prompt);

} // namespace Cc::Cli

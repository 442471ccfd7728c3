// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// camsim's incident script (docs/video.md "The script"): which camera shows what, when, for
// how long. Read strictly: an unknown key, a wrong type or a value out of range is an error,
// so a typo never silently drops an incident from a benchmark's ground truth.

#include "incidents.h"

#include <optional>
#include <string>
#include <vector>

namespace CamSim {

struct ScriptedIncident
{
    int index = 0;      // 1-based, in the script's order
    std::string camera; // first mount-path segment or full main mount path
    IncidentKind kind = IncidentKind::Stall;
    double atS = 0, durationS = 0;
    std::optional<double> x; // horizontal centre 0..1
};

struct IncidentScript
{
    std::string name;   // the file's path, or "demo"
    double repeatS = 0; // 0: plays once
    std::vector<ScriptedIncident> incidents;
};

/// The built-in script `--incidents demo` plays.
const char *demoScript();

/// Reads the script at `path` ("demo": the built-in one). On failure returns false and says why.
bool readIncidentScript(const std::string &path, IncidentScript &out, std::string &error);

/// Parses script text (`name` is kept for messages and the truth).
bool parseIncidentScript(const std::string &text, const std::string &name, IncidentScript &out,
                         std::string &error);

} // namespace CamSim

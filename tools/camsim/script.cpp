// SPDX-License-Identifier: GPL-3.0-or-later
#include "script.h"

#include "minijson.h"

#include <cmath>
#include <fstream>
#include <sstream>

namespace CamSim {

namespace {

constexpr std::size_t kMaxScriptBytes = 1 << 20;
constexpr std::size_t kMaxIncidents = 10000;
constexpr double kMaxSeconds = 30.0 * 24 * 3600; // a month

bool number(const Json::Value *v, const std::string &what, double lo, double hi, double &out,
            std::string &error)
{
    if (!v || v->type != Json::Value::Number || !std::isfinite(v->number)) {
        error = what + " must be a number";
        return false;
    }
    if (v->number < lo || v->number > hi) {
        std::ostringstream s;
        s << what << " must be between " << lo << " and " << hi;
        error = s.str();
        return false;
    }
    out = v->number;
    return true;
}

bool onlyKeys(const Json::Value &object, std::initializer_list<const char *> keys,
              const std::string &where, std::string &error)
{
    for (const auto &[key, value] : object.object) {
        bool known = false;
        for (const char *k : keys)
            known = known || key == k;
        if (!known) {
            error = where + "unknown key \"" + key + "\"";
            return false;
        }
    }
    return true;
}

bool incident(const Json::Value &v, int index, ScriptedIncident &out, std::string &error)
{
    const std::string where = "incident " + std::to_string(index) + ": ";
    if (v.type != Json::Value::Object) {
        error = where + "must be an object";
        return false;
    }
    if (!onlyKeys(v, {"camera", "kind", "at_s", "duration_s", "x"}, where, error))
        return false;
    out.index = index;
    const Json::Value *camera = v.find("camera"), *kind = v.find("kind");
    if (!camera || camera->type != Json::Value::String || camera->string.empty()) {
        error = where + "\"camera\" must be a camera's name or main mount path";
        return false;
    }
    out.camera = camera->string;
    const auto k = kind && kind->type == Json::Value::String ? kindFromName(kind->string)
                                                             : std::nullopt;
    if (!k) {
        error = where + "\"kind\" must be one of stall, rubbish, parking, crowd";
        return false;
    }
    out.kind = *k;
    if (!number(v.find("at_s"), where + "\"at_s\"", 0, kMaxSeconds, out.atS, error)
        || !number(v.find("duration_s"), where + "\"duration_s\"", 0, kMaxSeconds, out.durationS,
                   error))
        return false;
    if (const Json::Value *x = v.find("x")) {
        double value = 0;
        if (!number(x, where + "\"x\"", 0, 1, value, error))
            return false;
        out.x = value;
    }
    return true;
}

} // namespace

const char *demoScript()
{
    return R"({
  "repeat_s": 1200,
  "incidents": [
    {"camera": "cam02", "kind": "stall",   "at_s": 60,  "duration_s": 300},
    {"camera": "cam03", "kind": "rubbish", "at_s": 120, "duration_s": 360},
    {"camera": "cam04", "kind": "parking", "at_s": 180, "duration_s": 240},
    {"camera": "cam05", "kind": "crowd",   "at_s": 240, "duration_s": 180},
    {"camera": "cam07", "kind": "stall",   "at_s": 300, "duration_s": 300}
  ]
})";
}

bool parseIncidentScript(const std::string &text, const std::string &name, IncidentScript &out,
                         std::string &error)
{
    out = IncidentScript{};
    out.name = name;
    Json::Value root;
    if (!Json::parse(text, root, error)) {
        error = "not JSON: " + error;
        return false;
    }
    if (root.type != Json::Value::Object) {
        error = "the script must be a JSON object";
        return false;
    }
    if (!onlyKeys(root, {"incidents", "repeat_s"}, "", error))
        return false;
    if (const Json::Value *repeat = root.find("repeat_s"))
        if (!number(repeat, "\"repeat_s\"", 1, kMaxSeconds, out.repeatS, error))
            return false;
    const Json::Value *list = root.find("incidents");
    if (!list || list->type != Json::Value::Array) {
        error = "\"incidents\" must be an array";
        return false;
    }
    if (list->array.size() > kMaxIncidents) {
        error = "more than " + std::to_string(kMaxIncidents) + " incidents";
        return false;
    }
    for (std::size_t i = 0; i < list->array.size(); ++i) {
        out.incidents.emplace_back();
        if (!incident(list->array[i], int(i + 1), out.incidents.back(), error))
            return false;
    }
    return true;
}

bool readIncidentScript(const std::string &path, IncidentScript &out, std::string &error)
{
    if (path == "demo")
        return parseIncidentScript(demoScript(), path, out, error);
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = "cannot read the file";
        return false;
    }
    std::string text(kMaxScriptBytes + 1, '\0');
    in.read(text.data(), std::streamsize(text.size()));
    text.resize(std::size_t(in.gcount()));
    if (text.size() > kMaxScriptBytes) {
        error = "larger than 1 MiB";
        return false;
    }
    return parseIncidentScript(text, path, out, error);
}

} // namespace CamSim

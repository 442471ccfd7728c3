// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A small JSON reader for camsim's incident scripts (camsim has no Qt and Debian's GLib has
// no JSON): objects, arrays, strings (with \u escapes of the Basic Multilingual Plane),
// numbers, true/false/null. Nesting is limited, so a hostile file cannot exhaust the stack.

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace CamSim::Json {

struct Value
{
    enum Type { Null, Bool, Number, String, Array, Object };
    Type type = Null;
    bool boolean = false;
    double number = 0;
    std::string string;
    std::vector<Value> array;
    std::vector<std::pair<std::string, Value>> object; // in file order; duplicates refused

    const Value *find(const std::string &key) const;
};

/// Parses `text`; on failure returns false and says what and where ("at byte N").
bool parse(const std::string &text, Value &out, std::string &error);

/// `text` as a JSON string literal, quotes included.
std::string quote(const std::string &text);

} // namespace CamSim::Json

// SPDX-License-Identifier: GPL-3.0-or-later
#include "minijson.h"

#include <cstdlib>

namespace CamSim::Json {

namespace {

constexpr int kMaxDepth = 32;

class Parser
{
public:
    explicit Parser(const std::string &text) : m_text(text) {}

    bool document(Value &out)
    {
        if (!value(out, 0))
            return false;
        skipSpace();
        return m_pos == m_text.size() || fail("text after the end of the document");
    }
    std::string error() const { return m_error + " at byte " + std::to_string(m_pos); }

private:
    bool fail(const std::string &what)
    {
        if (m_error.empty())
            m_error = what;
        return false;
    }
    void skipSpace()
    {
        while (m_pos < m_text.size()
               && (m_text[m_pos] == ' ' || m_text[m_pos] == '\n' || m_text[m_pos] == '\t'
                   || m_text[m_pos] == '\r'))
            ++m_pos;
    }
    bool literal(const char *word)
    {
        const std::string w(word);
        if (m_text.compare(m_pos, w.size(), w) != 0)
            return fail("unexpected character");
        m_pos += w.size();
        return true;
    }
    bool value(Value &out, int depth)
    {
        if (depth > kMaxDepth)
            return fail("nested too deeply");
        skipSpace();
        if (m_pos >= m_text.size())
            return fail("unexpected end");
        const char c = m_text[m_pos];
        if (c == '{')
            return object(out, depth);
        if (c == '[')
            return array(out, depth);
        if (c == '"') {
            out.type = Value::String;
            return string(out.string);
        }
        if (c == 't' || c == 'f') {
            out.type = Value::Bool;
            out.boolean = c == 't';
            return literal(c == 't' ? "true" : "false");
        }
        if (c == 'n') {
            out.type = Value::Null;
            return literal("null");
        }
        return number(out);
    }
    bool number(Value &out)
    {
        const char *begin = m_text.c_str() + m_pos;
        char *end = nullptr;
        if (!(*begin == '-' || (*begin >= '0' && *begin <= '9')))
            return fail("unexpected character");
        out.type = Value::Number;
        out.number = std::strtod(begin, &end);
        if (end == begin)
            return fail("bad number");
        m_pos += std::size_t(end - begin);
        return true;
    }
    void appendUtf8(std::string &s, unsigned cp)
    {
        if (cp < 0x80) {
            s += char(cp);
        } else if (cp < 0x800) {
            s += char(0xC0 | (cp >> 6));
            s += char(0x80 | (cp & 0x3F));
        } else {
            s += char(0xE0 | (cp >> 12));
            s += char(0x80 | ((cp >> 6) & 0x3F));
            s += char(0x80 | (cp & 0x3F));
        }
    }
    bool string(std::string &out)
    {
        ++m_pos; // the opening quote
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos++];
            if (c == '"')
                return true;
            if (static_cast<unsigned char>(c) < 0x20)
                return fail("control character in a string");
            if (c != '\\') {
                out += c;
                continue;
            }
            if (m_pos >= m_text.size())
                break;
            const char e = m_text[m_pos++];
            switch (e) {
            case '"':
            case '\\':
            case '/':
                out += e;
                break;
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case 'n':
                out += '\n';
                break;
            case 'r':
                out += '\r';
                break;
            case 't':
                out += '\t';
                break;
            case 'u': {
                if (m_pos + 4 > m_text.size())
                    return fail("bad \\u escape");
                const std::string hex = m_text.substr(m_pos, 4);
                char *end = nullptr;
                const unsigned long cp = std::strtoul(hex.c_str(), &end, 16);
                if (end != hex.c_str() + 4)
                    return fail("bad \\u escape");
                appendUtf8(out, unsigned(cp));
                m_pos += 4;
                break;
            }
            default:
                return fail("bad escape");
            }
        }
        return fail("unterminated string");
    }
    bool array(Value &out, int depth)
    {
        out.type = Value::Array;
        ++m_pos;
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == ']')
            return ++m_pos, true;
        while (true) {
            out.array.emplace_back();
            if (!value(out.array.back(), depth + 1))
                return false;
            skipSpace();
            if (m_pos < m_text.size() && m_text[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_pos < m_text.size() && m_text[m_pos] == ']')
                return ++m_pos, true;
            return fail("expected ',' or ']'");
        }
    }
    bool object(Value &out, int depth)
    {
        out.type = Value::Object;
        ++m_pos;
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == '}')
            return ++m_pos, true;
        while (true) {
            skipSpace();
            std::string key;
            if (m_pos >= m_text.size() || m_text[m_pos] != '"')
                return fail("expected a key");
            if (!string(key))
                return false;
            if (out.find(key))
                return fail("duplicate key \"" + key + "\"");
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != ':')
                return fail("expected ':'");
            ++m_pos;
            out.object.emplace_back(key, Value{});
            if (!value(out.object.back().second, depth + 1))
                return false;
            skipSpace();
            if (m_pos < m_text.size() && m_text[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_pos < m_text.size() && m_text[m_pos] == '}')
                return ++m_pos, true;
            return fail("expected ',' or '}'");
        }
    }

    const std::string &m_text;
    std::size_t m_pos = 0;
    std::string m_error;
};

} // namespace

const Value *Value::find(const std::string &key) const
{
    for (const auto &[k, v] : object)
        if (k == key)
            return &v;
    return nullptr;
}

bool parse(const std::string &text, Value &out, std::string &error)
{
    Parser parser(text);
    out = Value{};
    if (parser.document(out))
        return true;
    error = parser.error();
    return false;
}

std::string quote(const std::string &text)
{
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            static constexpr char hex[] = "0123456789abcdef";
            out += "\\u00";
            out += hex[(c >> 4) & 0xf];
            out += hex[c & 0xf];
        } else {
            out += c;
        }
    }
    return out + "\"";
}

} // namespace CamSim::Json

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Wall-clock stamp carried in every H.264 access unit that tools/camsim serves: an SEI
// "user data unregistered" NAL (payload type 5). Plain C++ (no Qt, no GStreamer) because both
// camsim and the client use it. The payload is a 16-byte UUID followed by the CLOCK_REALTIME
// time in microseconds as 16 lower-case hex digits: none of those bytes is 0x00, so the NAL
// needs no emulation-prevention bytes and can be found by a plain byte search in either
// byte-stream or length-prefixed (avc) framing.

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string_view>
#include <vector>

namespace Cc::Video::FrameStamp {

inline constexpr std::string_view kUuid = "CityCommandStamp"; // exactly 16 bytes
inline constexpr std::size_t kDigits = 16;

/// The complete SEI NAL unit with a 4-byte Annex-B start code.
inline std::vector<std::uint8_t> seiNal(std::int64_t unixMicros)
{
    std::vector<std::uint8_t> nal;
    nal.reserve(8 + kUuid.size() + kDigits);
    for (std::uint8_t b :
         {0x00, 0x00, 0x00, 0x01, 0x06 /* SEI */, 0x05 /* user data unregistered */})
        nal.push_back(b);
    nal.push_back(static_cast<std::uint8_t>(kUuid.size() + kDigits)); // payload size
    for (char c : kUuid)
        nal.push_back(static_cast<std::uint8_t>(c));
    static constexpr char hex[] = "0123456789abcdef";
    const auto value = static_cast<std::uint64_t>(unixMicros);
    for (int shift = 60; shift >= 0; shift -= 4)
        nal.push_back(static_cast<std::uint8_t>(hex[(value >> shift) & 0xf]));
    nal.push_back(0x80); // rbsp_trailing_bits
    return nal;
}

/// The stamp in the first `limit` bytes of an access unit, if any.
inline std::optional<std::int64_t> find(const std::uint8_t *data, std::size_t size,
                                        std::size_t limit = 1024)
{
    const std::size_t n = std::min(size, limit);
    const auto *end = data + n;
    const auto *hit = std::search(data, end, kUuid.begin(), kUuid.end());
    if (hit == end || static_cast<std::size_t>(end - hit) < kUuid.size() + kDigits)
        return std::nullopt;
    std::uint64_t value = 0;
    for (std::size_t i = 0; i < kDigits; ++i) {
        const std::uint8_t c = hit[kUuid.size() + i];
        int digit = -1;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        if (digit < 0)
            return std::nullopt;
        value = (value << 4) | static_cast<std::uint64_t>(digit);
    }
    return static_cast<std::int64_t>(value);
}

} // namespace Cc::Video::FrameStamp

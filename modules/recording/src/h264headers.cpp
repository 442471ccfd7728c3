// SPDX-License-Identifier: GPL-3.0-or-later
#include "h264headers.h"

namespace Cc::Recording::H264 {

namespace {
const QByteArray kStartCode("\x00\x00\x00\x01", 4);
}

QByteArray parameterSetsFromAvcC(const guint8 *data, gsize size)
{
    // avcC: version, profile, compatibility, level, length size, then the SPS count (low 5
    // bits) and each SPS with a 16-bit length, then the PPS count and each PPS likewise.
    if (size < 7 || data[0] != 1)
        return {};
    QByteArray out;
    gsize i = 5;
    for (int list = 0; list < 2; ++list) {
        if (i >= size)
            return {};
        int count = list == 0 ? (data[i] & 0x1f) : data[i];
        ++i;
        while (count-- > 0) {
            if (i + 2 > size)
                return {};
            const gsize length = (gsize(data[i]) << 8) | data[i + 1];
            i += 2;
            if (length == 0 || i + length > size)
                return {};
            out += kStartCode;
            out += QByteArray(reinterpret_cast<const char *>(data + i), qsizetype(length));
            i += length;
        }
    }
    return out;
}

QByteArray parameterSetsOf(const guint8 *data, gsize size, bool &hasSps)
{
    hasSps = false;
    QByteArray out;
    gsize start = 0;
    int type = -1;
    const auto close = [&](gsize end) {
        if (type == 7 || type == 8) {
            // Trailing zero bytes belong to the next start code.
            while (end > start && data[end - 1] == 0)
                --end;
            out += kStartCode;
            out += QByteArray(reinterpret_cast<const char *>(data + start), qsizetype(end - start));
        }
    };
    for (gsize i = 0; i + 3 <= size; ++i) {
        if (data[i] == 0 && data[i + 1] == 0 && data[i + 2] == 1) {
            if (type >= 0)
                close(i);
            start = i + 3;
            type = start < size ? (data[start] & 0x1f) : -1;
            hasSps = hasSps || type == 7;
            i += 2;
        }
    }
    if (type >= 0)
        close(size);
    return out;
}

GstBuffer *withParameterSets(GstBuffer *accessUnit, const QByteArray &headers)
{
    GstBuffer *out = gst_buffer_new_allocate(nullptr, gsize(headers.size()), nullptr);
    gst_buffer_fill(out, 0, headers.constData(), gsize(headers.size()));
    gst_buffer_copy_into(out, accessUnit,
                         GstBufferCopyFlags(GST_BUFFER_COPY_FLAGS | GST_BUFFER_COPY_TIMESTAMPS
                                            | GST_BUFFER_COPY_META | GST_BUFFER_COPY_MEMORY),
                         0, gsize(-1));
    return out;
}

} // namespace Cc::Recording::H264

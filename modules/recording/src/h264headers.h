// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SPS/PPS before every keyframe of a recording, put there by the recorder itself
// (docs/video.md "Recording"): h264parse's config-interval=-1 inserted them before EACH slice
// of an IDR picture made of several slices, and such a segment read back as pictures split
// apart (the lower slices lost, the GOP smeared).

#include <gst/gst.h>

#include <QByteArray>

namespace Cc::Recording::H264 {

/// SPS and PPS in Annex B (start codes) from an avcC record (caps' codec_data); empty if
/// malformed.
QByteArray parameterSetsFromAvcC(const guint8 *data, gsize size);
/// The SPS and PPS NAL units (with start codes) of an Annex-B access unit; `hasSps` says
/// whether there was an SPS.
QByteArray parameterSetsOf(const guint8 *data, gsize size, bool &hasSps);
/// A new buffer: `headers` then the access unit, with the access unit's timestamps and flags.
GstBuffer *withParameterSets(GstBuffer *accessUnit, const QByteArray &headers);

} // namespace Cc::Recording::H264

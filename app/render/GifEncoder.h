#pragma once
// Encodes frames as an animated GIF with giflib: one palette of up to 256
// colours for every frame (so colours do not flicker between frames), no
// dithering, looping forever, and each frame after the first storing only the
// rectangle that changed. The same frames give the same bytes.

#include <QByteArray>
#include <QImage>
#include <QSize>

#include <functional>

class GifEncoder
{
public:
    // The i-th frame (0 <= i < count), of the size given to encode(). Frames
    // are asked for one at a time rather than passed as a list so that a long
    // series is never held in memory whole: each is asked for once, except
    // the few the palette is sampled from, which are kept until written.
    using FrameSource = std::function<QImage(int index)>;

    // count frames of size, each shown delayMs; empty if giflib fails.
    static QByteArray encode(int count, const QSize &size, int delayMs, const FrameSource &frame);
};

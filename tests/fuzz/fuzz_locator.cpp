// libFuzzer: FeatureLocator::scan directly, on any bytes (the SAX pass that
// maps features and properties to lines). Invariants: lines are within the
// text, an error has a line and a reason, counts are never negative.

#include "FeatureLocator.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const int lines = int(text.count('\n')) + 1;
    FeatureLocator locator;
    const bool ok = locator.scan(text);
    if (!ok) {
        if (locator.errorLine() < 1 || locator.errorLine() > lines || locator.errorString().isEmpty()
            || !locator.features().empty())
            std::abort();
        return 0;
    }
    for (const FeatureLocator::Feature &f : locator.features()) {
        if (f.line < 1 || f.line > lines || f.geometryLine < 0 || f.geometryLine > lines)
            std::abort();
        for (int l : f.propertyLine)
            if (l < 1 || l > lines)
                std::abort();
    }
    if (locator.positionCount() < 0 || locator.largestFeaturePositions() > locator.positionCount()
        || locator.longestString() < 0 || locator.longestString() > qint64(size))
        std::abort();
    return 0;
}

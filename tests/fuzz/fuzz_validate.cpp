// libFuzzer: any bytes as one of the viewer's own data files, through the
// validator (AtlasLoader::validateFiles: LayerReader, SchemaReader and the
// checks across features), with the bundled data as the reference for ids.
// The first byte picks the kind, which the validator takes from the name:
// flashpoints, places, lines or events.

#include "Atlas.h"
#include "AtlasLoader.h"
#include "FuzzInput.h"
#include "LayerReader.h"

#include <cstdlib>
#include <memory>

namespace {
std::shared_ptr<Atlas> reference;
}

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    LayerReader::configureGdal();
    DataErrors errors;
    reference = AtlasLoader().load(QStringLiteral(LAC_GEODATA), &errors);
    if (!reference)
        std::abort(); // the bundled data must load
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static fuzz::Cleanup cleanup;
    static const char *const kinds[] = {"events", "places", "lines", "flashpoints"};
    if (size < 1)
        return 0;
    const QString name = QLatin1String(kinds[data[0] % 4]) + QStringLiteral(".geojson");
    const QString path = fuzz::writeInput(data + 1, size - 1, name);
    const DataErrors errors = AtlasLoader().validateFiles({path}, reference.get());
    for (const DataError &e : errors)
        if (e.file != path || e.line < 0 || e.message.isEmpty() || e.toString().isEmpty())
            std::abort();
    return 0;
}

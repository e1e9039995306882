#pragma once
// What the benchmark programs share: the bundled record, loaded once.

#include "AtlasLoader.h"

namespace BenchSupport {

inline AtlasPtr bundled()
{
    static AtlasPtr a = [] {
        DataErrors errors;
        return AtlasPtr(AtlasLoader().load(AtlasLoader::defaultDataDir(), &errors));
    }();
    return a;
}

} // namespace BenchSupport

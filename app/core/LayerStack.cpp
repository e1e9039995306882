#include "LayerStack.h"

QStringList LayerStack::files() const
{
    QStringList out;
    for (const LayerEntry &e : user)
        if (e.layer && !e.layer->path.isEmpty())
            out << e.layer->path;
    if (terrain && !terrain->path.isEmpty())
        out << terrain->path;
    return out;
}

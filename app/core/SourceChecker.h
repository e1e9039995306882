#pragma once
// Holds every citation of a data file to the source policy: a refused source
// is an error at the line of its address, an unknown domain a warning, and
// an event must cite at least one primary source (a government's release, or
// the outlet that did the reporting, on its own site).

#include "DataError.h"
#include "RawLayer.h"
#include "SourcePolicy.h"
#include "SourceRef.h"

#include <QStringList>

class SourceChecker
{
public:
    SourceChecker(const SourcePolicy &policy, const RawLayer &layer, DataErrors *errors,
                  DataErrors *warnings);

    // Checks feature index's sources; needPrimary for events.
    void check(int index, const QList<SourceRef> &sources, bool needPrimary);

private:
    int lineOfUrl(int index, const QString &url);

    const SourcePolicy &m_policy;
    const RawLayer &m_layer;
    DataErrors *m_errors;
    DataErrors *m_warnings;
    QList<QByteArray> m_lines;   // the file's text, read only when a line must be found
    bool m_read = false;
};

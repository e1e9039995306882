#pragma once
// One problem found in outside data, with where it is: the file, the line
// (1-based; 0 when unknown) and the feature index (-1 when not about a feature).

#include <QList>
#include <QString>

struct DataError
{
    QString file;
    int line = 0;
    int feature = -1;
    QString message;

    // "FILE:LINE: message", the format compilers use, so editors can jump to it.
    QString toString() const;

    // Messages quote a file's own text (ids, values, URLs, GDAL's reasons):
    // control characters and bidi overrides are written as \uXXXX escapes, so
    // a message stays one line and a hostile file cannot send escape sequences
    // to a terminal through "lacviewer --validate", nor reorder it.
    static QString escapeControls(const QString &text);
};

using DataErrors = QList<DataError>;

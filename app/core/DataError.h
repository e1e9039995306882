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
};

using DataErrors = QList<DataError>;

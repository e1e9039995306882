#pragma once
// Makes a PDF's bytes depend on its inputs only. QPdfWriter stamps the
// document with the clock's time (/CreationDate); that one value is set to
// the date the document shows (midnight UTC), so the same map, record and
// options give the same file on any machine, as PNG and SVG already do.

#include <QByteArray>
#include <QDate>

namespace ReproduciblePdf {
// Rewrites /CreationDate in place; the length stays the same, so the
// cross-reference offsets stay valid. Returns false if none was found.
bool stamp(QByteArray *pdf, const QDate &date);
}

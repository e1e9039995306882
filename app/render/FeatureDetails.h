#pragma once
// What a feature is, where, what happened there and who says so, as HTML:
// the Details panel shows it, and a PDF export with a selection prints it on
// a page of its own, so the two cannot say different things. Every data
// string is escaped; links are emitted only for http(s) sources (and
// internal lac:event/N links); nothing is loaded.

#include "Atlas.h"
#include "MapHitTester.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

namespace FeatureDetails {

// A user event's attributes in file order (name, value).
using Row = QList<QPair<QString, QString>>;

// The HTML for a hit as of date; coordinates receives the position as plain
// text (empty when it has none). For a user event, row is its attributes when
// already read (else they are read from the file).
QString html(const Atlas &atlas, const MapHit &hit, const QDate &date, QString *coordinates,
             const Row *row = nullptr);

// Each side's casualty claims, kept apart and never added up ("<br>"-led lines).
QString casualtiesHtml(const Event &e);

// The same HTML for paper: every web link written out after its text
// ("title <https://...>"), internal links as plain text, so a printed page
// still says where each fact comes from.
QString forPrint(const QString &html);

} // namespace FeatureDetails

#pragma once
// A briefing as of a date, as one multi-page PDF: a cover with the region map
// and the status legend; a status table (each flashpoint's status, since
// when, set by which event); a page per flashpoint with its zoomed map, its
// status history and the events since a date, each with a neutral summary,
// each government's account where they differ, and numbered citations; and
// the list of every citation with its address. Every page carries the
// disclaimer, the record's checked-to date and its number. The maps are
// painted by MapRenderer, vector like every PDF export; the text is laid out
// with the PDF's own metrics, so it is selectable and the fonts embedded.

#include "Atlas.h"
#include "Citations.h"
#include "ExportPage.h"

#include <QByteArray>
#include <QDate>
#include <QStringList>

class QPainter;
class QPdfWriter;
class QTextDocument;

class BriefingWriter
{
public:
    struct Options {
        QDate date;                // the briefing is as of this date
        QDate since;               // events from this date; invalid: each flashpoint's
                                   // last status change before date
        ExportPage page{QPageSize::A4, QPageLayout::Portrait, 15.0};
        double dpi = 300.0;
    };

    explicit BriefingWriter(AtlasPtr atlas);

    // The PDF's bytes (empty if the device could not be opened). The same
    // atlas and options give the same bytes.
    QByteArray pdf(const Options &options);
    int pageCount() const { return m_pages; }

private:
    struct Section {
        QString html;
        QString mapFlashpoint;     // a map on top of the section's first page: "" none, "all" the region
    };
    QString statusTableHtml(const QDate &date);
    QString flashpointHtml(const Flashpoint &f, const Options &o);
    QString eventHtml(const Event &e);
    QString sourcesHtml() const;
    QList<Section> sections(const Options &o);
    void paintMap(QPainter &p, const QRectF &rect, const QString &flashpoint, const Options &o) const;

    AtlasPtr m_atlas;
    Citations m_citations;               // numbered from 1 in order of first use
    int m_pages = 0;
};

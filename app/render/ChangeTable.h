#pragma once
// What changed between two dates (ChangeList) as the table a comparison
// export prints beneath its two maps: each flashpoint whose status changed,
// with every step on the way (date, status, the event that set it); the
// lines and buffer zones that appeared or ended; the events in between; then
// every source those cite, numbered in order of first use, with its address,
// and where the map's own data comes from.
//
// Painted with QPainter text, so a PDF or SVG keeps it as selectable text.
// Laid out for a width, it is cut into pages between rows, never through
// one, and a section that goes on over a page break repeats its column
// headings there; a PNG or SVG takes it whole.

#include "Atlas.h"
#include "Citations.h"

#include <QDate>
#include <QFont>
#include <QList>
#include <QPair>
#include <QPointF>
#include <QString>
#include <QTextLayout>

class ChangeList;
class QPainter;

class ChangeTable
{
public:
    // scale: the device's dots per 96-dpi pixel (dpi / 96). atlas must
    // outlive the table.
    ChangeTable(const Atlas &atlas, const QDate &a, const QDate &b, double scale);

    // Lays every row out width wide; call before height(), pages() and paint().
    void layout(double width);
    double width() const { return m_width; }
    double height() const;
    int rowCount() const { return int(m_rows.size()); }

    // The rows of each page, [first, end): the first page has firstHeight
    // for the table, every other page pageHeight.
    QList<QPair<int, int>> pages(double firstHeight, double pageHeight) const;
    // Rows [from, to) with the table's top left at origin (a section that
    // goes on from an earlier page gets its column headings first).
    void paint(QPainter &p, const QPointF &origin, int from, int to) const;

    // The sources the table cites, source n at index n - 1.
    const QList<SourceRef> &sources() const { return m_citations.sources(); }

    // "1 June 2020": how the comparison's titles write a date, in English
    // whatever the machine's locale.
    static QString longDate(const QDate &date);

private:
    enum class Symbol { None, Status, Event, Line };
    struct Cell {
        explicit Cell(const QString &t = QString()) : text(t) {}
        QString text;
        QList<QTextLayout::FormatRange> formats;
        Symbol symbol = Symbol::None;
        Status status = Status::None;
        QString kind;              // the event type or the line kind drawn
    };
    enum class Kind { Title, Header, Group, Data, Note };
    struct Row {
        Kind kind = Kind::Data;
        int section = 0;
        QList<Cell> cells;         // Title, Group, Note: one cell across the table
        bool stripe = false;
        double height = 0;         // laid out
    };

    void addTitle(const QString &text);
    void addHeader(const QStringList &columns);
    void addGroup(const QString &name, const QString &rest);
    void addData(const QList<Cell> &cells);
    void addNote(const QString &text);
    Cell cited(const QString &text, const QList<SourceRef> &sources);
    void addStatuses(const ChangeList &changes);
    void addLines(const ChangeList &changes);
    void addEvents(const ChangeList &changes);
    void addSources();

    QFont fontOf(Kind kind) const;
    QList<double> columnWidths(const Row &row) const;
    double textHeight(const Cell &cell, const QFont &font, double width, QPainter *p = nullptr,
                      const QPointF &at = QPointF()) const;
    double rowHeight(const Row &row) const;
    // Whether row i heads a page in the middle of its section, so its
    // column headings are repeated above it; their height, else 0.
    double repeatedHeader(int i) const;
    void paintRow(QPainter &p, const Row &row, double y) const;
    void paintSymbol(QPainter &p, const Cell &cell, const QPointF &centre) const;

    const Atlas &m_atlas;
    double m_k;
    double m_width = 0;
    Citations m_citations;
    QList<Row> m_rows;
    QList<int> m_headerOf;         // per section: its Header row, or -1
    QList<QList<double>> m_columns; // per section with columns: their widths, laid out
};

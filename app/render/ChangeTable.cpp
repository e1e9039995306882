#include "ChangeTable.h"

#include "ChangeList.h"
#include "IsoDate.h"
#include "MapDecorations.h"
#include "MapStyle.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QTextOption>
#include <algorithm>

namespace {

// Padding inside a cell, the room a cell's symbol takes, the space above a
// section's title: in pixels at 96 dpi.
constexpr double kPadX = 5, kPadY = 3.5, kSymbol = 18, kTitleGap = 12;

QTextLayout::FormatRange range(qsizetype start, qsizetype length, const QColor &colour, bool bold = false)
{
    QTextLayout::FormatRange r;
    r.start = int(start);
    r.length = int(length);
    r.format.setForeground(colour);
    if (bold)
        r.format.setFontWeight(QFont::Bold);
    return r;
}

} // namespace

QString ChangeTable::longDate(const QDate &date)
{
    // English month names whatever the machine's locale: the same bytes
    // everywhere; in a translated program, that language's long date.
    if (Translations::current() == QLatin1String("en"))
        return QLocale::c().toString(date, QStringLiteral("d MMMM yyyy"));
    return QLocale(Translations::current())
        .toString(date, QCoreApplication::translate("ChangeTable", "d MMMM yyyy", "long date format (QLocale::toString)"));
}

ChangeTable::ChangeTable(const Atlas &atlas, const QDate &a, const QDate &b, double scale)
    : m_atlas(atlas), m_k(scale)
{
    const ChangeList changes(atlas, a, b);
    addStatuses(changes);
    addLines(changes);
    addEvents(changes);
    addSources();
}

// ------------------------------------------------------------ the rows ---

void ChangeTable::addTitle(const QString &text)
{
    m_headerOf << -1;
    Row r;
    r.kind = Kind::Title;
    r.section = int(m_headerOf.size()) - 1;
    r.cells << Cell{text};
    m_rows << r;
}

void ChangeTable::addHeader(const QStringList &columns)
{
    Row r;
    r.kind = Kind::Header;
    r.section = int(m_headerOf.size()) - 1;
    for (const QString &c : columns)
        r.cells << Cell{c};
    m_headerOf.back() = int(m_rows.size());
    m_rows << r;
}

void ChangeTable::addGroup(const QString &name, const QString &rest)
{
    Row r;
    r.kind = Kind::Group;
    r.section = int(m_headerOf.size()) - 1;
    Cell c{name + rest};
    c.formats << range(0, name.size(), MapStyle::labelColor(), true);
    r.cells << c;
    m_rows << r;
}

void ChangeTable::addData(const QList<Cell> &cells)
{
    Row r;
    r.kind = Kind::Data;
    r.section = int(m_headerOf.size()) - 1;
    r.cells = cells;
    // Every other row of a section tinted, counted from its headings.
    const int header = m_headerOf.back();
    r.stripe = header >= 0 && (m_rows.size() - header) % 2 == 0;
    m_rows << r;
}

void ChangeTable::addNote(const QString &text)
{
    Row r;
    r.kind = Kind::Note;
    r.section = int(m_headerOf.size()) - 1;
    r.cells << Cell{text};
    m_rows << r;
}

// text with its citation numbers after it, in the note colour.
ChangeTable::Cell ChangeTable::cited(const QString &text, const QList<SourceRef> &sources)
{
    const QString numbers = m_citations.cite(sources);
    Cell c{text + numbers};
    if (!numbers.isEmpty())
        c.formats << range(text.size(), numbers.size(), MapStyle::noteTextColor());
    return c;
}

void ChangeTable::addStatuses(const ChangeList &changes)
{
    addTitle(QCoreApplication::translate("ChangeTable", "Status changes from %1 to %2").arg(longDate(changes.from()), longDate(changes.to())));
    if (changes.statuses().isEmpty()) {
        addNote(QCoreApplication::translate("ChangeTable", "No flashpoint's status changed."));
        return;
    }
    addHeader({QCoreApplication::translate("ChangeTable", "On"), QCoreApplication::translate("ChangeTable", "Became"), QCoreApplication::translate("ChangeTable", "Set by")});
    for (const ChangeList::StatusChange &c : changes.statuses()) {
        const Flashpoint *f = m_atlas.flashpoint(c.flashpoint);
        addGroup(f ? f->name : c.flashpoint,
                 QStringLiteral(": %1 → %2").arg(StatusInfo::label(c.from), StatusInfo::label(c.to)));
        for (const StatusTimeline::Change &s : c.steps) {
            // The day, or the window it fell in, as the status panel says it.
            StatusTimeline::State when;
            when.since = s.date;
            when.sinceEnd = s.dateEnd;
            Cell status{StatusInfo::label(s.status)};
            status.symbol = Symbol::Status;
            status.status = s.status;
            const Event &e = m_atlas.events[s.event];
            addData({Cell{when.sinceText()}, status,
                     cited((s.afterClash ? QCoreApplication::translate("ChangeTable", "after ") : QString()) + e.markedTitle(), e.sources)});
        }
    }
}

void ChangeTable::addLines(const ChangeList &changes)
{
    addTitle(QCoreApplication::translate("ChangeTable", "Lines and buffer zones that appeared or ended"));
    if (changes.lines().isEmpty()) {
        addNote(QCoreApplication::translate("ChangeTable", "No line or buffer zone appeared or ended."));
        return;
    }
    addHeader({QCoreApplication::translate("ChangeTable", "On"), QCoreApplication::translate("ChangeTable", "Change"), QCoreApplication::translate("ChangeTable", "Line or zone")});
    for (const ChangeList::LineChange &l : changes.lines()) {
        const MapLine &line = m_atlas.lines[l.line];
        Cell change{l.appeared ? QStringLiteral("appeared") : QStringLiteral("ended")};
        change.symbol = Symbol::Line;
        change.kind = line.kind;
        addData({Cell{IsoDate::format(l.date)}, change, cited(line.name, line.sources)});
    }
}

void ChangeTable::addEvents(const ChangeList &changes)
{
    const QList<int> events = changes.events();
    addTitle(QCoreApplication::translate("ChangeTable", "Events after %1, up to %2 (%3)")
                 .arg(longDate(changes.from()), longDate(changes.to()))
                 .arg(events.size()));
    if (events.isEmpty()) {
        addNote(QCoreApplication::translate("ChangeTable", "No event is recorded in these dates."));
        return;
    }
    addHeader({QCoreApplication::translate("ChangeTable", "Date"), QCoreApplication::translate("ChangeTable", "Type"), QCoreApplication::translate("ChangeTable", "Event")});
    for (int i : events) {
        const Event &e = m_atlas.events[i];
        Cell type{MapStyle::eventTypeLabel(e.type)};
        type.symbol = Symbol::Event;
        type.kind = e.type;
        addData({Cell{e.dateText()}, type, cited(e.markedTitle(), e.sources)});
    }
}

void ChangeTable::addSources()
{
    addTitle(QCoreApplication::translate("ChangeTable", "Sources"));
    const QList<SourceRef> &cited = m_citations.sources();
    if (cited.isEmpty()) {
        addNote(QCoreApplication::translate("ChangeTable", "Nothing above cites a source."));
    } else {
        addNote(QCoreApplication::translate("ChangeTable", "The numbers in brackets above refer to these. A government's statement is cited "
                               "at its own release where one could be read, otherwise at the outlet that "
                               "reported it."));
        addHeader({QCoreApplication::translate("ChangeTable", "No."), QCoreApplication::translate("ChangeTable", "Source and its address")});
        for (int i = 0; i < cited.size(); ++i) {
            const SourceRef &s = cited[i];
            const QString kind = Citations::kindOf(m_atlas.policy.get(), s.url);
            const QString what = QStringLiteral("%1 — %2%3%4.")
                                     .arg(s.publisher, s.title.isEmpty() ? s.url : s.title,
                                          s.date.isEmpty() ? QString() : QStringLiteral(", ") + s.date,
                                          kind.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(kind));
            Cell source{what + QChar(QChar::LineSeparator) + s.url};
            QTextLayout::FormatRange address = range(what.size() + 1, s.url.size(), MapStyle::citationAddressColor());
            // No ligatures in an address: copied from the PDF, it must still open.
            address.format.setFontStyleStrategy(QFont::StyleStrategy(QFont::NoSubpixelAntialias | QFont::PreferNoShaping));
            source.formats << address;
            addData({Cell{QStringLiteral("[%1]").arg(i + 1)}, source});
        }
    }
    addNote(MapDecorations::attribution());
}

// ---------------------------------------------------------- the layout ---

QFont ChangeTable::fontOf(Kind kind) const
{
    switch (kind) {
    case Kind::Title: return MapStyle::font(14, m_k, true);
    case Kind::Header: return MapStyle::font(10.5, m_k, true);
    case Kind::Group:
    case Kind::Data:
    case Kind::Note: break;
    }
    return MapStyle::font(11, m_k);
}

double ChangeTable::textHeight(const Cell &cell, const QFont &font, double width, QPainter *p, const QPointF &at) const
{
    QTextLayout layout(cell.text, font);
    QTextOption option;
    // An address has no spaces: it breaks anywhere rather than run over.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.setFormats(cell.formats);
    layout.beginLayout();
    double y = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(std::max(1.0, width));
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    if (p)
        layout.draw(p, at);
    return y;
}

QList<double> ChangeTable::columnWidths(const Row &row) const
{
    const int header = m_headerOf.value(row.section, -1);
    return header < 0 ? QList<double>{m_width} : m_columns.value(row.section);
}

double ChangeTable::rowHeight(const Row &row) const
{
    const double padX = kPadX * m_k, padY = kPadY * m_k;
    const QFont font = fontOf(row.kind);
    if (row.kind == Kind::Title)
        return kTitleGap * m_k + textHeight(row.cells.front(), font, m_width) + padY;
    if (row.kind == Kind::Group || row.kind == Kind::Note)
        return textHeight(row.cells.front(), font, m_width - 2 * padX) + 2 * padY;
    const QList<double> widths = columnWidths(row);
    double h = 0;
    for (qsizetype i = 0; i < row.cells.size() && i < widths.size(); ++i) {
        const double symbol = row.cells[i].symbol == Symbol::None ? 0 : kSymbol * m_k;
        h = std::max(h, textHeight(row.cells[i], font, widths[i] - 2 * padX - symbol));
    }
    return h + 2 * padY;
}

void ChangeTable::layout(double width)
{
    m_width = width;
    const double padX = kPadX * m_k, symbol = kSymbol * m_k;
    const QFontMetricsF fm(fontOf(Kind::Data));
    // The change sections share their columns: a date (or the window it
    // fell in), a status, type or change with its symbol, each as wide as
    // the widest there is (up to a share of the width), and the rest for
    // the text.
    double when = 0, what = 0;
    for (int header : m_headerOf) {
        if (header < 0 || m_rows[header].cells.size() != 3)
            continue;
        for (int i = header; i < m_rows.size() && m_rows[i].section == m_rows[header].section; ++i) {
            const Row &row = m_rows[i];
            if (row.kind != Kind::Data && row.kind != Kind::Header)
                continue;
            const QFontMetricsF rowMetrics(fontOf(row.kind));
            when = std::max(when, rowMetrics.horizontalAdvance(row.cells[0].text));
            what = std::max(what, rowMetrics.horizontalAdvance(row.cells[1].text)
                                      + (row.cells[1].symbol == Symbol::None ? 0 : symbol));
        }
    }
    when = std::min(when + 2 * padX, width * 0.3);
    what = std::min(what + 2 * padX, width * 0.32);
    const double number = fm.horizontalAdvance(QStringLiteral("[0000]")) + 2 * padX;
    m_columns.clear();
    for (int header : m_headerOf) {
        const qsizetype columns = header < 0 ? 0 : m_rows[header].cells.size();
        if (columns == 3)
            m_columns << QList<double>{when, what, width - when - what};
        else if (columns == 2)
            m_columns << QList<double>{number, width - number};
        else
            m_columns << QList<double>{width};
    }
    for (Row &row : m_rows)
        row.height = rowHeight(row);
}

double ChangeTable::height() const
{
    double h = 0;
    for (const Row &row : m_rows)
        h += row.height;
    return h;
}

double ChangeTable::repeatedHeader(int i) const
{
    if (i < 0 || i >= m_rows.size())
        return 0;
    const Row &row = m_rows[i];
    const int header = m_headerOf.value(row.section, -1);
    const bool inside = row.kind == Kind::Data || row.kind == Kind::Group;
    return inside && header >= 0 && header < i ? m_rows[header].height : 0;
}

QList<QPair<int, int>> ChangeTable::pages(double firstHeight, double pageHeight) const
{
    auto keepsWithNext = [](Kind k) { return k == Kind::Title || k == Kind::Header || k == Kind::Group; };
    QList<QPair<int, int>> out;
    const int n = rowCount();
    int start = 0;
    double room = firstHeight, y = 0;
    for (int i = 0; i < n; ++i) {
        if (i == start)
            y = repeatedHeader(i);
        // A title, the column headings and a flashpoint's first line never
        // end a page: they go over with the row they introduce.
        double need = m_rows[i].height;
        for (int j = i; keepsWithNext(m_rows[j].kind) && j + 1 < n; ++j)
            need += m_rows[j + 1].height;
        // A first page too short for even its first rows starts the table
        // on the next one.
        if (y + need > room && (i > start || room < pageHeight)) {
            out << qMakePair(start, i);
            start = i;
            room = pageHeight;
            y = repeatedHeader(i);
        }
        y += m_rows[i].height;
    }
    out << qMakePair(start, n);
    return out;
}

// ---------------------------------------------------------- the painting ---

void ChangeTable::paintSymbol(QPainter &p, const Cell &cell, const QPointF &c) const
{
    const double k = m_k;
    p.save();
    p.translate(c);
    switch (cell.symbol) {
    case Symbol::None:
        break;
    case Symbol::Status:
        // As the legend draws it.
        p.setPen(QPen(MapStyle::symbolOutlineColor(), 1.2 * k));
        p.setBrush(MapStyle::statusColor(cell.status));
        p.drawPath(MapStyle::statusMarker(cell.status, 6 * k));
        break;
    case Symbol::Event: {
        const MapStyle::SymbolSize size = MapStyle::eventSymbol();
        p.setPen(QPen(MapStyle::symbolOutlineColor(), size.outline * k));
        p.setBrush(MapStyle::eventColor(cell.kind));
        p.drawPath(MapStyle::eventMarker(cell.kind, 5.5 * k));
        break;
    }
    case Symbol::Line: {
        const MapStyle::LineStyle ls = MapStyle::lineStyle(cell.kind, k);
        p.setPen(ls.pen);
        if (ls.brush.style() != Qt::NoBrush) {
            p.setBrush(ls.brush);
            p.drawRect(QRectF(-6.5 * k, -5 * k, 13 * k, 10 * k));
        } else {
            p.drawLine(QPointF(-6.5 * k, 0), QPointF(6.5 * k, 0));
        }
        break;
    }
    }
    p.restore();
}

void ChangeTable::paintRow(QPainter &p, const Row &row, double y) const
{
    const double k = m_k, padX = kPadX * k, padY = kPadY * k;
    const QFont font = fontOf(row.kind);
    const QRectF band(0, y, m_width, row.height);
    p.setPen(MapStyle::labelColor());
    switch (row.kind) {
    case Kind::Title:
        textHeight(row.cells.front(), font, m_width, &p, QPointF(0, y + kTitleGap * k));
        return;
    case Kind::Group:
        p.setPen(QPen(MapStyle::tableRuleColor(), 1 * k));
        p.drawLine(band.topLeft(), band.topRight());
        p.setPen(MapStyle::labelColor());
        textHeight(row.cells.front(), font, m_width - 2 * padX, &p, QPointF(padX, y + padY));
        return;
    case Kind::Note:
        p.setPen(MapStyle::noteTextColor());
        textHeight(row.cells.front(), font, m_width - 2 * padX, &p, QPointF(padX, y + padY));
        return;
    case Kind::Header:
        p.fillRect(band, MapStyle::tableHeaderFill());
        break;
    case Kind::Data:
        if (row.stripe)
            p.fillRect(band, MapStyle::tableStripeFill());
        break;
    }
    const QList<double> widths = columnWidths(row);
    const double firstLine = QFontMetricsF(font).height();
    double x = 0;
    for (qsizetype i = 0; i < row.cells.size() && i < widths.size(); ++i) {
        const Cell &cell = row.cells[i];
        double textX = x + padX;
        if (cell.symbol != Symbol::None) {
            paintSymbol(p, cell, QPointF(textX + kSymbol * k / 2 - 2 * k, y + padY + firstLine / 2));
            textX += kSymbol * k;
        }
        p.setPen(MapStyle::labelColor());
        textHeight(cell, font, x + widths[i] - padX - textX, &p, QPointF(textX, y + padY));
        x += widths[i];
    }
    if (row.kind == Kind::Data) {
        p.setPen(QPen(MapStyle::tableRuleColor(), 0.6 * k));
        p.drawLine(band.bottomLeft(), band.bottomRight());
    }
}

void ChangeTable::paint(QPainter &p, const QPointF &origin, int from, int to) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    p.translate(origin);
    double y = 0;
    if (const double h = repeatedHeader(from)) {
        paintRow(p, m_rows[m_headerOf[m_rows[from].section]], y);
        y += h;
    }
    for (int i = std::max(0, from); i < std::min(to, rowCount()); ++i) {
        paintRow(p, m_rows[i], y);
        y += m_rows[i].height;
    }
    p.restore();
}

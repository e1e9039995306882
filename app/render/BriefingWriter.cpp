#include "BriefingWriter.h"

#include "FeatureDetails.h"
#include "IsoDate.h"
#include "MapDecorations.h"
#include "MapRenderer.h"
#include "MapStyle.h"
#include "PageFooter.h"
#include "ReproduciblePdf.h"

#include <QCoreApplication>
#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>
#include <QUrl>
#include <memory>
#include <vector>

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// The share of a page's body a section's map takes.
constexpr double kMapShare = 0.46;
const QUrl kMapSlot(QStringLiteral("lac-map:slot"));

} // namespace

BriefingWriter::BriefingWriter(AtlasPtr atlas) : m_atlas(std::move(atlas))
{
}

QString BriefingWriter::statusTableHtml(const QDate &date)
{
    const Atlas &a = *m_atlas;
    QString h = QCoreApplication::translate("BriefingWriter", "<h2>Status of each flashpoint on %1</h2>").arg(IsoDate::format(date));
    h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"4\" border=\"1\" width=\"100%\">"
                        "<tr><th align=\"left\">Flashpoint</th><th align=\"left\">Status</th>"
                        "<th align=\"left\">Since</th><th align=\"left\">Set by</th></tr>");
    for (const Flashpoint &f : a.flashpoints) {
        const auto st = a.statuses.stateAt(f.id, date);
        QString setBy = QStringLiteral("—");
        if (st.event >= 0) {
            const Event &e = a.events[st.event];
            setBy = (st.afterClash ? QCoreApplication::translate("BriefingWriter", "after ") : QString()) + esc(e.markedTitle())
                    + QStringLiteral(" (%1)").arg(esc(e.dateText())) + m_citations.cite(e.sources);
        }
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                 .arg(esc(f.name), esc(StatusInfo::label(st.status)),
                      st.since.isValid() ? esc(st.sinceText()) : QStringLiteral("—"), setBy);
    }
    h += QStringLiteral("</table>");
    const auto phase = a.statuses.frontPhaseAt(date);
    h += QStringLiteral("<p><b>%1</b>").arg(esc(FrontPhaseInfo::label(phase.phase)));
    if (phase.event >= 0)
        h += QCoreApplication::translate("BriefingWriter", ", since %1 (%2)").arg(IsoDate::format(phase.date), esc(a.events[phase.event].markedTitle()))
             + m_citations.cite(a.events[phase.event].sources);
    return h + QStringLiteral(".</p>");
}

QString BriefingWriter::eventHtml(const Event &e)
{
    QString h = QStringLiteral("<p><b>%1 · %2 — %3</b><br>%4%5")
                    .arg(esc(e.dateText()), esc(MapStyle::eventTypeLabel(e.type)), esc(e.markedTitle()), esc(e.summary),
                         m_citations.cite(e.sources));
    h += FeatureDetails::casualtiesHtml(e) + QStringLiteral("</p>");
    for (const Event::Claim &c : e.claims) {
        QList<SourceRef> source;
        for (const SourceRef &s : e.sources)
            if (s.url == c.sourceUrl)
                source << s;
        h += QCoreApplication::translate("BriefingWriter", "<p style=\"margin-left:24px\"><b>%1's account</b> — %2%3: %4%5</p>")
                 .arg(esc(Event::sideLabel(c.side)), esc(c.by),
                      c.date.isEmpty() ? QString() : QStringLiteral(", ") + esc(c.date), esc(c.text), m_citations.cite(source));
    }
    return h;
}

QString BriefingWriter::flashpointHtml(const Flashpoint &f, const Options &o)
{
    const Atlas &a = *m_atlas;
    QString h = QStringLiteral("<h2>%1</h2>").arg(esc(f.name));
    if (!f.nameOther.isEmpty())
        h += QCoreApplication::translate("BriefingWriter", "<p>Other name: %1 · %2</p>").arg(esc(f.nameOther), esc(f.sector));
    const auto st = a.statuses.stateAt(f.id, o.date);
    h += QCoreApplication::translate("BriefingWriter", "<p><b>Status on %1: %2</b>").arg(IsoDate::format(o.date), esc(StatusInfo::label(st.status)));
    if (st.since.isValid())
        h += QCoreApplication::translate("BriefingWriter", ", since %1 (%2 “%3”)")
                 .arg(esc(st.sinceText()), st.afterClash ? QCoreApplication::translate("BriefingWriter", "after") : QCoreApplication::translate("BriefingWriter", "set by"),
                      esc(a.events[st.event].markedTitle()));
    h += QStringLiteral(".</p><p>%1%2</p>").arg(esc(f.description), m_citations.cite(f.sources));
    h += QCoreApplication::translate("BriefingWriter", "<h3>Status history to %1</h3><ul>").arg(IsoDate::format(o.date));
    for (const StatusTimeline::Change &c : a.statuses.history(f.id)) {
        if (c.date > o.date)
            break;
        h += QStringLiteral("<li>%1: %2 (%3%4)</li>")
                 .arg(c.dateEnd.isValid() ? QCoreApplication::translate("BriefingWriter", "between %1 and %2").arg(IsoDate::format(c.date), IsoDate::format(c.dateEnd))
                                          : IsoDate::format(c.date),
                      esc(StatusInfo::label(c.status)), c.afterClash ? QCoreApplication::translate("BriefingWriter", "after ") : QString(),
                      esc(a.events[c.event].markedTitle()));
    }
    h += QStringLiteral("</ul>");
    // Since the date asked for, else since the status the flashpoint is in began.
    const QDate since = o.since.isValid() ? o.since : st.since.isValid() ? st.since : a.eventIndex.firstDate();
    h += QCoreApplication::translate("BriefingWriter", "<h3>Events from %1 to %2</h3>").arg(IsoDate::format(since), IsoDate::format(o.date));
    int shown = 0;
    for (const Event &e : a.events) {
        if (e.date < since || e.date > o.date || !e.flashpoints.contains(f.id))
            continue;
        h += eventHtml(e);
        ++shown;
    }
    if (!shown)
        h += QCoreApplication::translate("BriefingWriter", "<p><i>No event at this flashpoint in these dates.</i></p>");
    return h;
}

QString BriefingWriter::sourcesHtml() const
{
    QString h = QCoreApplication::translate("BriefingWriter", "<h2>Sources</h2><p>Every source cited above, by number. A government's "
                               "statement is cited at its own release where one could be read, otherwise "
                               "at the outlet that reported it.</p>");
    const QList<SourceRef> &cited = m_citations.sources();
    for (int i = 0; i < cited.size(); ++i) {
        const SourceRef &s = cited[i];
        const QString kind = Citations::kindOf(m_atlas->policy.get(), s.url);
        h += QStringLiteral("<p>[%1] %2 — %3%4%5.<br><span style=\"color:%6\">%7</span></p>")
                 .arg(i + 1)
                 .arg(esc(s.publisher), esc(s.title.isEmpty() ? s.url : s.title),
                      s.date.isEmpty() ? QString() : QStringLiteral(", ") + esc(s.date),
                      kind.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(esc(kind)),
                      MapStyle::citationAddressColor().name(), esc(s.url));
    }
    return h;
}

QList<BriefingWriter::Section> BriefingWriter::sections(const Options &o)
{
    QList<Section> out;
    const QString record = m_atlas->recordCheckedTo.isValid() ? IsoDate::format(m_atlas->recordCheckedTo)
                                                              : QCoreApplication::translate("BriefingWriter", "an unknown date");
    out << Section{QCoreApplication::translate("BriefingWriter", "<h1>Eastern Ladakh: the LAC flashpoints as of %1</h1>"
                                  "<p>A briefing from the LAC Viewer record, checked to %2. Numbers in "
                                  "brackets refer to the list of sources at the end. Where the two "
                                  "governments' accounts differ, each is given as its own, labelled by "
                                  "side.</p>")
                       .arg(IsoDate::format(o.date), record),
                   QStringLiteral("all")};
    out.back().html += statusTableHtml(o.date);
    for (const Flashpoint &f : m_atlas->flashpoints)
        out << Section{flashpointHtml(f, o), f.id};
    out << Section{sourcesHtml(), QString()};
    return out;
}

// The region, or one flashpoint framed as --view frames it, as of the date,
// with the status legend; the page footer carries the disclaimer.
void BriefingWriter::paintMap(QPainter &p, const QRectF &rect, const QString &flashpoint, const Options &o) const
{
    MapSettings s;
    s.size = rect.size().toSize();
    s.dpi = o.dpi;
    s.date = o.date;
    s.setDecorations(true);
    s.disclaimer = false;
    s.showTitle = false;
    // The region map carries the legend; a flashpoint's status is in its text.
    s.legend = flashpoint == QLatin1String("all");
    s.selection = flashpoint == QLatin1String("all") ? QString() : flashpoint;
    const Flashpoint *f = m_atlas->flashpoint(flashpoint);
    s = MapRenderer::withUserLegend(*m_atlas, s);
    MapDecorations::frameClearOfDecorations(&s, f ? Atlas::flashpointView(*f) : m_atlas->flashpointExtent());
    p.save();
    p.translate(rect.topLeft());
    p.setClipRect(QRectF(QPointF(0, 0), rect.size()));
    MapRenderer(m_atlas).paint(p, s);
    p.restore();
}

QByteArray BriefingWriter::pdf(const Options &o)
{
    m_citations.clear();
    m_pages = 0;
    const QList<Section> secs = sections(o);

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(int(std::lround(o.dpi)));
    writer.setPageLayout(o.page.layout());
    writer.setTitle(QCoreApplication::translate("BriefingWriter", "Eastern Ladakh: the LAC flashpoints as of %1").arg(IsoDate::format(o.date)));
    writer.setCreator(QStringLiteral("LAC Viewer %1").arg(QStringLiteral(LAC_VERSION)));

    const double k = o.dpi / 96.0;
    const QSizeF page = QSizeF(o.page.pixels(o.dpi));
    const PageFooter footer(*m_atlas, k);
    const double footerHeight = footer.height(page.width());
    const double bodyHeight = page.height() - footerHeight;

    // Lay every section out first: the footers say "page n of N".
    std::vector<std::unique_ptr<QTextDocument>> docs;
    for (const Section &sec : secs) {
        auto doc = std::make_unique<QTextDocument>();
        doc->documentLayout()->setPaintDevice(&writer);
        doc->setDefaultFont(MapStyle::font(10.5, k));
        doc->setDocumentMargin(0);
        QString html = sec.html;
        if (!sec.mapFlashpoint.isEmpty()) {
            // A transparent slot the map is painted into, after the heading.
            QImage slot(1, 1, QImage::Format_ARGB32);
            slot.fill(Qt::transparent);
            doc->addResource(QTextDocument::ImageResource, kMapSlot, slot);
            // Image sizes in rich text are in 96-dpi pixels, scaled to the device.
            const QString img = QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%3\"></p>")
                                    .arg(kMapSlot.toString())
                                    .arg(int(page.width() / k))
                                    .arg(int(bodyHeight * kMapShare / k));
            const int afterHeading = html.indexOf(QStringLiteral("</h"));
            const int at = afterHeading < 0 ? 0 : html.indexOf(QLatin1Char('>'), afterHeading) + 1;
            html.insert(at, img);
        }
        doc->setHtml(html);
        doc->setTextWidth(page.width());
        doc->setPageSize(QSizeF(page.width(), bodyHeight));
        m_pages += doc->pageCount();
        docs.push_back(std::move(doc));
    }

    QPainter painter;
    if (!painter.begin(&writer))
        return QByteArray();
    int pageNumber = 0;
    for (size_t d = 0; d < docs.size(); ++d) {
        QTextDocument &doc = *docs[d];
        QRectF mapRect;
        if (!secs[int(d)].mapFlashpoint.isEmpty()) {
            // The block that holds the slot: the second one, after the heading.
            for (QTextBlock b = doc.begin(); b.isValid(); b = b.next())
                if (b.text().contains(QChar::ObjectReplacementCharacter)) {
                    mapRect = doc.documentLayout()->blockBoundingRect(b).intersected(
                        QRectF(0, 0, page.width(), bodyHeight));
                    break;
                }
        }
        for (int i = 0; i < doc.pageCount(); ++i) {
            if (pageNumber > 0)
                writer.newPage();
            ++pageNumber;
            painter.save();
            painter.translate(0, -i * bodyHeight);
            doc.drawContents(&painter, QRectF(0, i * bodyHeight, page.width(), bodyHeight));
            painter.restore();
            if (i == 0 && !mapRect.isEmpty())
                paintMap(painter, mapRect, secs[int(d)].mapFlashpoint, o);
            footer.paint(painter, QRectF(0, bodyHeight, page.width(), footerHeight), pageNumber, m_pages);
        }
    }
    painter.end();
    buffer.close();
    ReproduciblePdf::stamp(&bytes, o.date);
    return bytes;
}

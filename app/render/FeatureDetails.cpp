#include "FeatureDetails.h"

#include "EventLayerLoader.h"
#include "IsoDate.h"
#include "MapStyle.h"
#include "Projection.h"

#include "Translations.h"
#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QUrl>
#include <cmath>

namespace {

// Text from the data, made inert: every character that means something in
// HTML is escaped, newlines become breaks.
QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString dms(double value, QChar positive, QChar negative)
{
    const QChar hemisphere = value >= 0 ? positive : negative;
    double v = std::abs(value);
    int d = int(v);
    v = (v - d) * 60;
    int m = int(v);
    double s = (v - m) * 60;
    if (s >= 59.95) { s = 0; ++m; }
    if (m >= 60) { m = 0; ++d; }
    return QStringLiteral("%1°%2′%3″%4").arg(d).arg(m, 2, 10, QLatin1Char('0'))
        .arg(s, 4, 'f', 1, QLatin1Char('0')).arg(hemisphere);
}

QString coordinates(const GeoPoint &p, double uncertaintyKm, QString *plain)
{
    QString text = QStringLiteral("%1, %2  (%3 %4)")
                       .arg(p.lat, 0, 'f', 5).arg(p.lon, 0, 'f', 5)
                       .arg(dms(p.lat, QLatin1Char('N'), QLatin1Char('S')), dms(p.lon, QLatin1Char('E'), QLatin1Char('W')));
    if (uncertaintyKm > 0)
        text += QCoreApplication::translate("FeatureDetails", " — estimate ±%1 km").arg(uncertaintyKm);
    if (plain)
        *plain = text;
    return esc(text);
}

QString sourcesHtml(const QList<SourceRef> &sources, const SourcePolicy *policy)
{
    QString html = QStringLiteral("<ul>");
    for (const SourceRef &s : sources) {
        QString line = SourceRef::isWebUrl(s.url)
                           ? QStringLiteral("<a href=\"%1\">%2</a>")
                                 .arg(QString::fromUtf8(QUrl(s.url).toEncoded()).toHtmlEscaped(),
                                      esc(s.title.isEmpty() ? s.url : s.title))
                           : esc(s.url);
        line += QStringLiteral(" — ") + esc(s.publisher);
        line += s.date.isEmpty() ? QCoreApplication::translate("FeatureDetails", ", date not known") : QStringLiteral(", ") + esc(s.date);
        if (policy) {
            const SourcePolicy::Verdict v = policy->classify(s.url);
            if (v.result == SourcePolicy::Verdict::Result::Known)
                line += QStringLiteral(" <span style=\"color:%1\">(%2)</span>")
                            .arg(MapStyle::noteTextColor().name(), esc(v.kindLabel));
        }
        if (!s.unconfirmed.isEmpty())
            line += QCoreApplication::translate("FeatureDetails", " <i>— unconfirmed: %1</i>").arg(esc(s.unconfirmed));
        html += QStringLiteral("<li>") + line + QStringLiteral("</li>");
    }
    return html + QStringLiteral("</ul>");
}

// An event of the user's own layer: when, where, and every
// attribute of its row as the file has it, re-read from the file. Said to be
// the user's data, not the viewer's sourced data.
QString userEventHtml([[maybe_unused]] const Atlas &atlas, const MapHit &hit, const QDate &date, QString *coords,
                      const FeatureDetails::Row &attrs)
{
    const UserLayer *layer = MapHitTester::userLayerOf(hit);
    if (!layer)
        return {};
    const EventLayer &e = *layer->events;
    const size_t i = size_t(hit.index);
    QString h = QStringLiteral("<h2>%1</h2>").arg(esc(MapHitTester::userEventTitle(attrs, hit.index)));
    h += QCoreApplication::translate("FeatureDetails", "<p>Event %L1 of %L2 in your layer <b>%3</b></p>")
             .arg(i + 1).arg(qulonglong(e.size())).arg(esc(layer->name));
    const bool future = date.isValid() && QDate::fromJulianDay(e.start[i]) > date;
    h += QCoreApplication::translate("FeatureDetails", "<p>Date: %1 <i>(field “%2”%3)</i>%4</p>")
             .arg(esc(MapHitTester::userEventWhen(e, i)), esc(e.dateField),
                  e.endField.isEmpty() ? QString() : QCoreApplication::translate("FeatureDetails", " to “%1”").arg(esc(e.endField)),
                  future ? QCoreApplication::translate("FeatureDetails", " · <i>after the current date</i>") : QString());
    GeoPoint geo;
    if (Projection::instance().inverse(QPointF(e.x[i], e.y[i]), &geo))
        h += QStringLiteral("<p>%1</p>").arg(coordinates(geo, 0, coords));
    h += QStringLiteral("<h3>Attributes</h3>");
    if (attrs.isEmpty()) {
        h += QCoreApplication::translate("FeatureDetails", "<p><i>The row cannot be read again: the file has changed or gone since it "
                            "was opened. Open it again to see its attributes.</i></p>");
    } else {
        h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
        for (const auto &a : attrs)
            h += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(a.first), esc(a.second.left(4000)));
        h += QStringLiteral("</table>");
    }
    h += QCoreApplication::translate("FeatureDetails", "<p><i>From your own file, %1; its content is not checked or sourced by "
                        "LAC Viewer.</i></p>").arg(esc(QDir::toNativeSeparators(e.path)));
    return h;
}

// Each government's own account, labelled by side, never in the narrator's voice.
QString claimsHtml(const Event &e)
{
    if (e.claims.isEmpty())
        return {};
    QString html = QCoreApplication::translate("FeatureDetails", "<p><b>Each side's account</b></p><table cellspacing=\"0\" cellpadding=\"3\">");
    for (const Event::Claim &c : e.claims) {
        const QString colour = MapStyle::sideColor(c.side).name();
        html += QStringLiteral("<tr><td valign=\"top\" style=\"color:%1\"><b>%2</b></td><td>%3%4: %5 "
                               "<a href=\"%6\">[source]</a></td></tr>")
                    .arg(colour, esc(Event::sideLabel(c.side)), esc(c.by),
                         c.date.isEmpty() ? QString() : QStringLiteral(", ") + esc(c.date), esc(c.text),
                         SourceRef::isWebUrl(c.sourceUrl)
                             ? QString::fromUtf8(QUrl(c.sourceUrl).toEncoded()).toHtmlEscaped() : QString());
    }
    return html + QStringLiteral("</table>");
}

// What is the user's own, and not the bundled record's, says so.
QString ownRecordNote()
{
    return QCoreApplication::translate("FeatureDetails", "<b style=\"color:%1\">◯ From your record</b> (not the bundled record)")
        .arg(MapStyle::ownRecordColor().name());
}

QString eventHtml(const Event &e, int index, const QDate &date, const SourcePolicy *policy)
{
    const bool future = date.isValid() && e.date > date;
    QString html = QStringLiteral("<p%1><b><a href=\"lac:event/%2\">%3</a></b> · %4%5<br>%6")
                       .arg(future ? QStringLiteral(" style=\"color:%1\"").arg(MapStyle::futureTextColor().name())
                                   : QString())
                       .arg(index)
                       .arg(esc(e.dateText()), esc(MapStyle::eventTypeLabel(e.type)),
                            future ? QCoreApplication::translate("FeatureDetails", " · <i>after the current date</i>") : QString(),
                            esc(e.title) + QStringLiteral(": ") + esc(e.summary));
    if (e.own)
        html += QStringLiteral("<br>") + ownRecordNote();
    html += FeatureDetails::casualtiesHtml(e);
    if (!e.dateNote.isEmpty())
        html += QCoreApplication::translate("FeatureDetails", "<br><i>Date: ") + esc(e.dateNote) + QStringLiteral("</i>");
    for (const Event::DateAlternative &alt : e.dateAlternatives)
        html += QCoreApplication::translate("FeatureDetails", "<br><i>Other date given: %1 %2</i>").arg(esc(alt.date), esc(alt.note));
    html += QStringLiteral("</p>") + claimsHtml(e) + sourcesHtml(e.sources, policy);
    return html;
}

} // namespace

QString FeatureDetails::html(const Atlas &atlas, const MapHit &hit, const QDate &date, QString *coords,
                           const Row *row)
{
    QString h;
    coords->clear();
    switch (hit.kind) {
    case MapHit::Kind::Flashpoint: {
        const Flashpoint &f = atlas.flashpoints[hit.index];
        h += QStringLiteral("<h2>%1</h2>").arg(esc(Translations::displayName(f.name, f.nameOther)));
        if (!f.nameOther.isEmpty())
            h += QCoreApplication::translate("FeatureDetails", "<p>Other name: %1</p>").arg(esc(f.nameOther));
        h += QCoreApplication::translate("FeatureDetails", "<p>Flashpoint · %1</p>").arg(esc(f.sector));
        h += QCoreApplication::translate("FeatureDetails", "<p>Marker: %1</p>").arg(coordinates(f.marker, f.markerUncertaintyKm, coords));
        h += QCoreApplication::translate("FeatureDetails", "<p><i>The area drawn is %1, not a surveyed boundary.</i></p>")
                 .arg(esc(f.areaBasis.isEmpty() ? QStringLiteral("approximate") : f.areaBasis));
        const auto st = atlas.statuses.stateAt(f.id, date);
        h += QCoreApplication::translate("FeatureDetails", "<h3>Status on %1: %2</h3>").arg(IsoDate::format(date), esc(StatusInfo::label(st.status)));
        if (st.since.isValid())
            h += QCoreApplication::translate("FeatureDetails", "<p>Since %1, %2 “%3”%4.</p>")
                     .arg(esc(st.sinceText()), st.afterClash ? QCoreApplication::translate("FeatureDetails", "after") : QCoreApplication::translate("FeatureDetails", "set by"),
                          esc(atlas.events[st.event].title),
                          atlas.events[st.event].own ? QStringLiteral(" — ") + ownRecordNote() : QString());
        h += QStringLiteral("<p>%1</p>").arg(esc(f.description));
        h += QCoreApplication::translate("FeatureDetails", "<h3>Status history</h3><ul>");
        for (const auto &c : atlas.statuses.history(f.id))
            h += QStringLiteral("<li>%1%2: %3 (%4%5)</li>")
                     .arg(c.dateEnd.isValid() ? QCoreApplication::translate("FeatureDetails", "between %1 and %2").arg(IsoDate::format(c.date), IsoDate::format(c.dateEnd))
                                              : IsoDate::format(c.date),
                          c.date > date ? QStringLiteral(" <i>(future)</i>") : QString(),
                          esc(StatusInfo::label(c.status)), c.afterClash ? QCoreApplication::translate("FeatureDetails", "after ") : QString(),
                          esc(atlas.events[c.event].title));
        h += QStringLiteral("</ul><h3>Events</h3>");
        for (int i = 0; i < atlas.events.size(); ++i)
            if (atlas.events[i].flashpoints.contains(f.id))
                h += eventHtml(atlas.events[i], i, date, atlas.policy.get());
        h += QCoreApplication::translate("FeatureDetails", "<h3>Sources for the flashpoint</h3>") + sourcesHtml(f.sources, atlas.policy.get());
        break;
    }
    case MapHit::Kind::Place: {
        const Place &p = atlas.places[hit.index];
        h += QStringLiteral("<h2>%1</h2>").arg(esc(Translations::displayName(p.name, p.nameOther)));
        if (p.own)
            h += QStringLiteral("<p>%1</p>").arg(ownRecordNote());
        if (!p.nameOther.isEmpty())
            h += QCoreApplication::translate("FeatureDetails", "<p>Other name: %1</p>").arg(esc(p.nameOther));
        h += QStringLiteral("<p>%1%2</p>").arg(esc(p.kind),
              p.flashpoint.isEmpty() ? QString() : QStringLiteral(" · ") + esc(p.flashpoint));
        h += QStringLiteral("<p>%1</p>").arg(coordinates(p.position, p.estimate ? p.uncertaintyKm : 0, coords));
        if (p.estimate)
            h += QCoreApplication::translate("FeatureDetails", "<p><i>This position is an estimate worked out from sourced distances "
                                "and directions, drawn as a circle of ±%1 km.</i></p>").arg(p.uncertaintyKm);
        h += QStringLiteral("<p>%1</p>").arg(esc(p.description));
        if (!p.notes.isEmpty())
            h += QCoreApplication::translate("FeatureDetails", "<p><b>Notes:</b> %1</p>").arg(esc(p.notes));
        h += QStringLiteral("<h3>Sources</h3>") + sourcesHtml(p.sources, atlas.policy.get());
        break;
    }
    case MapHit::Kind::Context: {
        // Roads, towns, posts and passes: context, sourced like places.
        const ContextFeature &c = atlas.context[hit.index];
        h += QStringLiteral("<h2>%1</h2>").arg(esc(Translations::displayName(c.name, c.nameOther)));
        if (!c.nameOther.isEmpty())
            h += QCoreApplication::translate("FeatureDetails", "<p>Other name: %1</p>").arg(esc(c.nameOther));
        h += QCoreApplication::translate("FeatureDetails", "<p>%1 · context (not part of the standoff record)</p>").arg(esc(c.kind));
        if (!c.isRoad())
            h += QStringLiteral("<p>%1</p>").arg(coordinates(c.position, c.uncertaintyKm, coords));
        if (!c.description.isEmpty())
            h += QStringLiteral("<p>%1</p>").arg(esc(c.description));
        if (c.isRoad() && !c.course.isEmpty())
            h += QCoreApplication::translate("FeatureDetails", "<p><b>Course:</b> %1 (within about %2 km)</p>").arg(esc(c.course)).arg(c.uncertaintyKm);
        if (!c.notes.isEmpty())
            h += QCoreApplication::translate("FeatureDetails", "<p><b>Notes:</b> %1</p>").arg(esc(c.notes));
        h += QStringLiteral("<h3>Sources</h3>") + sourcesHtml(c.sources, atlas.policy.get());
        break;
    }
    case MapHit::Kind::Line: {
        const MapLine &l = atlas.lines[hit.index];
        h += QStringLiteral("<h2>%1</h2>").arg(esc(l.name));
        h += QCoreApplication::translate("FeatureDetails", "<p>%1 · drawn by: %2 · geometry: %3</p>")
                 .arg(esc(MapStyle::lineStyle(l.kind).label), esc(l.drawnBy), esc(l.geometryBasis));
        h += QCoreApplication::translate("FeatureDetails", "<p><b>Accuracy:</b> %1</p>").arg(esc(l.accuracy));
        h += QCoreApplication::translate("FeatureDetails", "<p>Valid %1 – %2</p>")
                 .arg(l.validFrom.isValid() ? IsoDate::format(l.validFrom) : QStringLiteral("(always)"),
                      l.validTo.isValid() ? IsoDate::format(l.validTo) : QStringLiteral("now"));
        h += QStringLiteral("<p>%1</p>").arg(esc(l.description));
        h += QStringLiteral("<h3>Sources</h3>") + sourcesHtml(l.sources, atlas.policy.get());
        break;
    }
    case MapHit::Kind::Event: {
        const Event &e = atlas.events[hit.index];
        h += QStringLiteral("<h2>%1</h2>").arg(esc(e.title));
        if (e.hasPosition)
            h += QStringLiteral("<p>%1</p>").arg(coordinates(e.position, 0, coords));
        h += QCoreApplication::translate("FeatureDetails", "<p>Flashpoints: %1</p>").arg(esc(e.flashpoints.isEmpty() ? e.scope : e.flashpoints.join(QStringLiteral(", "))));
        h += eventHtml(e, hit.index, date, atlas.policy.get());
        break;
    }
    case MapHit::Kind::UserEvent:
        if (row)
            h += userEventHtml(atlas, hit, date, coords, *row);
        else if (const UserLayer *layer = MapHitTester::userLayerOf(hit))
            h += userEventHtml(atlas, hit, date, coords,
                               EventLayerLoader::orderedAttributes(*layer->events, size_t(hit.index)));
        break;
    }
    return h;
}

QString FeatureDetails::forPrint(const QString &html)
{
    // Only this file writes the anchors, and every data string in them is
    // escaped, so the pattern sees exactly what html() emitted.
    static const QRegularExpression web(QStringLiteral("<a href=\"(https?://[^\"]*)\">(.*?)</a>"));
    static const QRegularExpression internal(QStringLiteral("<a href=\"lac:[^\"]*\">(.*?)</a>"));
    QString out = html;
    out.replace(web, QStringLiteral("\\2 <span style=\"color:%1\">&lt;\\1&gt;</span>")
                         .arg(MapStyle::addressTextColor().name()));
    out.replace(internal, QStringLiteral("\\1"));
    out.replace(QStringLiteral("[source] <span"), QStringLiteral("source: <span"));
    return out;
}

QString FeatureDetails::casualtiesHtml(const Event &e)
{
    QString html;
    if (!e.casualtiesIndia.isEmpty())
        html += QCoreApplication::translate("FeatureDetails", "<br>Casualties, India's side: ") + esc(e.casualtiesIndia);
    if (!e.casualtiesChina.isEmpty())
        html += QCoreApplication::translate("FeatureDetails", "<br>Casualties, China's side: ") + esc(e.casualtiesChina);
    if (!e.casualtiesOther.isEmpty())
        html += QCoreApplication::translate("FeatureDetails", "<br>Other estimates: ") + esc(e.casualtiesOther);
    return html;
}

#include "ViewRequest.h"

#include <QCoreApplication>

#include "IsoDate.h"

#include <QFileInfo>

bool ViewRequest::frame(const Atlas &atlas, QRectF *projected, QString *error) const
{
    if (!extent.isNull()) {
        *projected = Atlas::projectedBounds(extent);
        return true;
    }
    if (view == QLatin1String("all")) {
        *projected = atlas.flashpointExtent();
        return true;
    }
    if (const Flashpoint *f = atlas.flashpoint(view)) {
        *projected = Atlas::flashpointView(*f);
        return true;
    }
    QStringList ids{QStringLiteral("all")};
    for (const Flashpoint &fp : atlas.flashpoints)
        ids << fp.id;
    *error = QCoreApplication::translate("ViewRequest", "--view: unknown flashpoint \"%1\"; expected one of: %2")
                 .arg(view, ids.join(QStringLiteral(", ")));
    return false;
}

bool ViewRequest::selectionKnown(const Atlas &atlas, QString *error) const
{
    const Atlas::FeatureRef ref = atlas.find(selection);
    if (selection.isEmpty() || ref.kind == Atlas::FeatureRef::Kind::Flashpoint
        || ref.kind == Atlas::FeatureRef::Kind::Place || ref.kind == Atlas::FeatureRef::Kind::Line)
        return true;
    *error = QCoreApplication::translate("ViewRequest", "--select: no flashpoint, place or line has the id \"%1\"").arg(selection);
    return false;
}

bool ViewRequest::parseWindow(const QString &text, TimeCursor::Window *window, int *days)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("cumulative")) {
        *window = TimeCursor::Window::Cumulative;
        return true;
    }
    if (t == QLatin1String("instant")) {
        *window = TimeCursor::Window::Instant;
        return true;
    }
    bool ok = false;
    const int n = t.toInt(&ok);
    if (!ok || n < 1 || n > 3650)
        return false;
    *window = TimeCursor::Window::LastDays;
    *days = n;
    return true;
}

QString ViewRequest::parseDatePair(const QString &text, QDate *a, QDate *b)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 2)
        return QCoreApplication::translate("ViewRequest", "not two dates A,B (YYYY-MM-DD,YYYY-MM-DD)");
    QDate dates[2];
    for (int i = 0; i < 2; ++i) {
        const QString why = IsoDate::whyInvalid(parts[i].trimmed());
        if (!why.isEmpty())
            return why;
        dates[i] = IsoDate::parseDay(parts[i].trimmed());
    }
    if (dates[0] == dates[1])
        return QCoreApplication::translate("ViewRequest", "A and B are the same day; compare two different dates");
    if (dates[1] < dates[0])
        return QCoreApplication::translate("ViewRequest", "A %1 is after B %2; give the earlier date first")
            .arg(IsoDate::format(dates[0]), IsoDate::format(dates[1]));
    *a = dates[0];
    *b = dates[1];
    return {};
}

QString ViewRequest::colourSpecFor(const QString &path) const
{
    QString spec;
    const QString name = QFileInfo(path).fileName();
    // The last that names it (or every file) wins, as the last of an option does.
    for (const Colouring &c : colourBy)
        if (c.layer.isEmpty() || c.layer == name)
            spec = c.spec;
    return spec;
}

bool ViewRequest::applyColouring(LayerStack *layers, QString *error, bool *badOption) const
{
    *badOption = true;
    for (LayerEntry &entry : layers->user) {
        const QString spec = colourSpecFor(entry->path);
        if (spec.isEmpty())
            continue;
        const QString name = QFileInfo(entry->path).fileName();
        if (!entry->events) {
            *error = QCoreApplication::translate("ViewRequest",
                "--colour-by: %1 is not a layer of dated events; only event layers are "
                "coloured by a field")
                         .arg(name);
            return false;
        }
        const QStringList &fields = entry->events->fieldNames;
        ColourBy by;
        QString why;
        if (!ColourBy::parse(spec, fields, &by, &why)) {
            *error = QCoreApplication::translate("ViewRequest", "--colour-by \"%1\": %2").arg(spec, why);
            return false;
        }
        if (!fields.contains(by.field)) {
            *error = QCoreApplication::translate(
                "ViewRequest", "--colour-by: no field \"%1\" in %2; its fields: %3")
                         .arg(by.field, name, fields.join(QStringLiteral(", ")));
            return false;
        }
        QString readError;
        auto categories = CategoryIndex::build(*entry->events, by, {}, &readError);
        if (!categories) {
            *badOption = false;
            *error = readError;
            return false;
        }
        entry.colourBy = by;
        entry.categories = std::move(categories);
    }
    return true;
}

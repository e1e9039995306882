#pragma once
// Finds where each feature of a GeoJSON text starts, and where each of its
// properties is, so that errors can name a line. GDAL reads the features; it
// does not report source lines, so this second, SAX-only pass (RapidJSON,
// no document tree) maps feature index -> line and property -> line and JSON type.

#include <QByteArray>
#include <QHash>
#include <QString>
#include <vector>

class FeatureLocator
{
public:
    enum class JsonKind { Missing, Null, Bool, Number, String, Array, Object };

    struct Feature {
        int line = 0;
        int geometryLine = 0;
        QHash<QString, int> propertyLine;
        QHash<QString, JsonKind> propertyKind;
    };

    // Scans text; returns false for text that is not valid JSON, with the
    // line and reason in errorLine()/errorString().
    bool scan(const QByteArray &text);

    const std::vector<Feature> &features() const { return m_features; }
    int errorLine() const { return m_errorLine; }
    QString errorString() const { return m_errorString; }
    // Line of a named top-level member such as "crs" (0 if absent).
    int topLevelLine(const QString &key) const { return m_topLevel.value(key); }
    bool hasTopLevel(const QString &key) const { return m_topLevel.contains(key); }
    int lineAt(size_t offset) const;

    static QString kindName(JsonKind kind);

private:
    friend struct LocatorHandler;
    std::vector<size_t> m_lineStarts;
    std::vector<Feature> m_features;
    QHash<QString, int> m_topLevel;
    int m_errorLine = 0;
    QString m_errorString;
};

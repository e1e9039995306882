#pragma once
// Finds where each feature of a GeoJSON text starts, and where each of its
// properties is, so that errors can name a line. GDAL reads the features; it
// does not report source lines, so this second, SAX-only pass (RapidJSON,
// no document tree) maps feature index -> line and property -> line and JSON type.
//
// The same pass is the first line of defence against hostile text: it
// rejects invalid UTF-8, NUL bytes and nesting deeper than maxDepth() with
// the line, and counts what GDAL would have to build (features, positions,
// the longest string) so LayerReader can refuse a file over its limits
// before GDAL parses it.

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
        // The "type" of the feature's geometry object as written (empty
        // when the geometry is null or has no string type): GDAL drops a
        // geometry of a type it does not know without a word.
        QString geometryType;
        int geometryTypeLine = 0;
        QHash<QString, int> propertyLine;
        QHash<QString, JsonKind> propertyKind;
    };

    // Scans text; returns false for text that is not valid JSON (or not
    // UTF-8, or nested too deeply, or with a member named twice in the root,
    // a feature, its properties or the crs: parsers disagree on which one
    // counts), with the line and reason in errorLine()/errorString().
    bool scan(const QByteArray &text);

    // One entry per feature object in the top-level "features" array; for a
    // text whose root is a single Feature or a bare geometry, one entry for
    // the root.
    const std::vector<Feature> &features() const { return m_features; }
    int errorLine() const { return m_errorLine; }
    QString errorString() const { return m_errorString; }
    // Line of a named top-level member such as "crs" (0 if absent).
    int topLevelLine(const QString &key) const { return m_topLevel.value(key); }
    bool hasTopLevel(const QString &key) const { return m_topLevel.contains(key); }
    // The root object's "type" string ("FeatureCollection", "Feature",
    // "Point"...), empty when absent or not a string.
    QString rootType() const { return m_rootType; }

    // The top-level "crs" member (GeoJSON 2008): its "type" and, for a
    // "link" CRS, the href GDAL would fetch. Lines are 0 when absent.
    QString crsType() const { return m_crsType; }
    QString crsName() const { return m_crsName; }
    QString crsLink() const { return m_crsLink; }
    int crsLinkLine() const { return m_crsLinkLine; }

    // What GDAL would have to build: positions (arrays of numbers) inside
    // geometries, and the longest string value (bytes) with its line.
    qint64 positionCount() const { return m_positions; }
    qint64 largestFeaturePositions() const { return m_largestFeature; }
    int largestFeatureLine() const { return m_largestFeatureLine; }
    qint64 longestString() const { return m_longestString; }
    int longestStringLine() const { return m_longestStringLine; }

    // Arrays and objects nested deeper than this are refused with the line.
    static int maxDepth() { return 256; }

    static QString kindName(JsonKind kind);

private:
    friend struct LocatorHandler;
    // 1-based line of a byte offset in the text being scanned. Offsets come
    // in increasing order during a scan, so lines are counted on the way
    // (no table of line starts: a file of newlines must not cost 8 bytes each).
    int lineAt(size_t offset) const;
    const char *m_text = nullptr;
    size_t m_size = 0;
    mutable size_t m_cursor = 0;
    mutable int m_cursorLine = 1;
    std::vector<Feature> m_features;
    Feature m_root;                 // properties/geometry of a root Feature
    QHash<QString, int> m_topLevel;
    QString m_rootType;
    QString m_crsType;
    QString m_crsName;
    QString m_crsLink;
    int m_crsLinkLine = 0;
    qint64 m_positions = 0;
    qint64 m_largestFeature = 0;
    int m_largestFeatureLine = 0;
    qint64 m_longestString = 0;
    int m_longestStringLine = 0;
    int m_errorLine = 0;
    QString m_errorString;
};

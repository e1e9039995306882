#pragma once
// One piece of ParallelGeoJsonReader's: bytes of a file, wrapped as one JSON
// array (a GeoJSONSeq piece's line separators turned into commas), parsed by
// simdjson's DOM parser and replayed, value by value, as SAX events into a
// GeoJsonPointHandler. Reuses its buffer and parser from piece to piece (one
// per thread). Private to ParallelGeoJsonReader.

#include <QtGlobal>

#include <atomic>
#include <memory>
#include <vector>

struct GeoJsonPointHandler;

class GeoJsonPiece
{
public:
    GeoJsonPiece();
    ~GeoJsonPiece();
    GeoJsonPiece(const GeoJsonPiece &) = delete;
    GeoJsonPiece &operator=(const GeoJsonPiece &) = delete;

    // Where to put the piece's size bytes (the buffer grows as needed).
    char *bytes(qint64 size);

    // Parses the size bytes put there (the file's from offset begin) and
    // replays them into h; false when they are not a run of whole values
    // (in a sequence: one a line), when h stops, or when stop is set.
    bool read(qint64 size, qint64 begin, bool sequence, GeoJsonPointHandler &h, const std::atomic<bool> &stop);

private:
    struct Parser;
    std::unique_ptr<Parser> m_parser;
    std::vector<char> m_buf;
    std::vector<quint32> m_lineStarts;   // a sequence's values, where the lines say they start
    std::vector<quint32> m_valueStarts;  // the array's elements, where simdjson found them

    void joinLines(char *text, qint64 size);
};

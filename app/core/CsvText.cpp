#include "CsvText.h"

#include <QFile>

#include <algorithm>

namespace CsvText {

char separatorOf(const QByteArray &firstLine)
{
    const qsizetype tabs = firstLine.count('\t'), semicolons = firstLine.count(';'), commas = firstLine.count(',');
    if (tabs > commas && tabs >= semicolons)
        return '\t';
    if (semicolons > commas)
        return ';';
    return ',';
}

bool forEachRecord(const QString &path, const Visitor &visit)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    char sep = 0;
    qint64 record = 0;
    int line = 1;
    QList<QByteArray> fields;
    QByteArray field;
    bool quoted = false;
    int recordLine = 1;
    while (!file.atEnd()) {
        QByteArray text = file.readLine();
        if (!sep)
            sep = separatorOf(text);
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char c = text[i];
            if (quoted) {
                if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field += c;
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == sep) {
                fields << field;
                field.clear();
            } else if (c != '\n' && c != '\r') {
                field += c;
            }
        }
        ++line;
        if (quoted)
            continue; // a line break inside a quoted field
        fields << field;
        field.clear();
        if (!visit(record++, recordLine, fields))
            return true;
        fields.clear();
        recordLine = line;
    }
    if (quoted || !field.isEmpty() || !fields.isEmpty()) {
        fields << field;
        visit(record, recordLine, fields);
    }
    return true;
}

QStringList firstRecord(const QString &path)
{
    QStringList out;
    forEachRecord(path, [&out](qint64, int, const QList<QByteArray> &fields) {
        for (const QByteArray &f : fields)
            out << QString::fromUtf8(f).trimmed();
        return false;
    });
    return out;
}

bool isHeaderlessGdelt(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = file.readLine(1 << 20);
    if (separatorOf(line) != '\t')
        return false;
    const QList<QByteArray> f = line.trimmed().split('\t');
    if (f.size() != 57 && f.size() != 58 && f.size() != 61)
        return false;
    auto digits = [](const QByteArray &t) {
        return !t.isEmpty() && std::all_of(t.cbegin(), t.cend(), [](char c) { return c >= '0' && c <= '9'; });
    };
    return digits(f[0]) && digits(f[1]) && f[1].size() == 8;
}

} // namespace CsvText

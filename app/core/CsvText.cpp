#include "CsvText.h"

#include <QFile>

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

} // namespace CsvText

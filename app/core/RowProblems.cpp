#include "RowProblems.h"

#include "CsvText.h"
#include "GdalOpen.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>
#include <tuple>

RowProblems::Column &RowProblems::column(const QString &name, bool isDate)
{
    for (Column &c : m_columns)
        if (c.name == name && c.isDate == isDate)
            return c;
    Column c;
    c.name = name;
    c.isDate = isDate;
    m_columns.append(c);
    return m_columns.back();
}

void RowProblems::date(const QString &field, DateText::Form form, const QString &value, qint64 row, int line,
                       int rows)
{
    Column &c = column(field, true);
    c.form = form;
    if (c.rows == 0) {
        c.example = value;
        c.row = row;
        c.line = line;
    }
    c.rows += rows;
}

void RowProblems::position(const QString &columns, const QString &value, qint64 row, int line)
{
    Column &c = column(columns, false);
    if (c.rows++ == 0) {
        c.example = value;
        c.row = row;
        c.line = line;
    }
}

DataErrors RowProblems::report(const QString &file) const
{
    DataErrors out;
    const QLocale english(QLocale::English);
    for (const Column &c : m_columns) {
        const QString where = c.line > 0
            ? QCoreApplication::translate("RowProblems", "the first is here")
            : QCoreApplication::translate("RowProblems", "the first is row %1").arg(c.row);
        // Whole sentences, one or many rows, so a translation can order them.
        QString text;
        if (c.isDate && c.rows == 1)
            text = QCoreApplication::translate("RowProblems",
                "1 row has a date in \"%1\" that is not a day written "
                "like %2, e.g. \"%3\" (%4); left out")
                       .arg(c.name, DateText::example(c.form), c.example.left(60), where);
        else if (c.isDate)
            text = QCoreApplication::translate("RowProblems",
                "%1 rows have a date in \"%2\" that is not a day "
                "written like %3, e.g. \"%4\" (%5); left out")
                       .arg(english.toString(c.rows), c.name, DateText::example(c.form), c.example.left(60),
                           where);
        else if (c.rows == 1)
            text = QCoreApplication::translate("RowProblems",
                "1 row has a position in \"%1\" that is not a "
                "longitude/latitude, e.g. \"%2\" (%3); left out")
                       .arg(c.name, c.example.left(60), where);
        else
            text = QCoreApplication::translate("RowProblems",
                "%1 rows have a position in \"%2\" that is not a "
                "longitude/latitude, e.g. \"%3\" (%4); left out")
                       .arg(english.toString(c.rows), c.name, c.example.left(60), where);
        out << DataError { file, c.line, -1, DataError::escapeControls(text) };
    }
    return out;
}

bool RowProblems::isNumber(const QByteArray &text, double *value)
{
    QByteArray t = text.trimmed();
    if (t.count(',') == 1 && !t.contains('.'))
        t.replace(',', '.');
    bool ok = false;
    *value = t.toDouble(&ok);
    return ok && std::isfinite(*value);
}

void RowProblems::checkCsv(const QString &path, const QString &dateField, DateText::Form dateForm,
                           const QString &endField, DateText::Form endForm)
{
    const QStringList header = CsvText::firstRecord(path);
    auto first = [&header](const QStringList &names) {
        for (const QString &n : names)
            if (const int i = int(header.indexOf(n)); i >= 0)
                return i;
        return -1;
    };
    using C = GdalOpen::Coordinate;
    const int lon = first(GdalOpen::csvCoordinateNames(C::Longitude));
    const int lat = first(GdalOpen::csvCoordinateNames(C::Latitude));
    const int start = int(header.indexOf(dateField));
    const int end = endField.isEmpty() ? -1 : int(header.indexOf(endField));
    const QString columns = lat >= 0 && lon >= 0 ? header[lat] + QLatin1Char('/') + header[lon] : QString();
    CsvText::forEachRecord(path, [&](qint64 record, int line, const QList<QByteArray> &f) {
        if (record == 0)
            return true; // the header
        for (const auto &[index, name, form] : {std::tuple{start, dateField, dateForm}, std::tuple{end, endField, endForm}}) {
            if (index < 0 || index >= f.size() || f[index].trimmed().isEmpty())
                continue;
            qint32 jd;
            if (!DateText::julianDayOf(f[index].constData(), form, &jd))
                date(name, form, QString::fromUtf8(f[index]), record, line);
        }
        if (!columns.isEmpty() && lat < f.size() && lon < f.size()
            && !(f[lat].trimmed().isEmpty() && f[lon].trimmed().isEmpty())) {
            double y = 0, x = 0;
            const bool okY = isNumber(f[lat], &y) && std::abs(y) <= 90;
            const bool okX = isNumber(f[lon], &x) && std::abs(x) <= 180;
            if (!okY || !okX)
                position(columns, QString::fromUtf8(okY ? f[lon] : f[lat]), record, line);
        }
        return true;
    });
}

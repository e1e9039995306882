#include "ReproduciblePdf.h"

#include <QRegularExpression>

bool ReproduciblePdf::stamp(QByteArray *pdf, const QDate &date)
{
    if (!date.isValid())
        return false;
    // Qt writes "/CreationDate (D:YYYYMMDDHHmmSS" then "Z)" or an offset.
    static const QRegularExpression re(QStringLiteral("/CreationDate \\(D:(\\d{14})"));
    // The PDF header is ASCII; the match is on a Latin-1 view of the bytes.
    const QString text = QString::fromLatin1(pdf->left(4096));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return false;
    const QByteArray fixed = date.toString(QStringLiteral("yyyyMMdd")).toLatin1() + "000000";
    pdf->replace(m.capturedStart(1), 14, fixed);
    return true;
}

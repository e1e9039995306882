// libFuzzer: IsoDate's strict parsing of dates from data files. Invariants:
// a parsed day is valid, has no reason to be invalid, and prints back as the
// same text; a text with a reason is never a valid day. And DateText's
// reading of the forms exports use: a text is read in exactly the forms
// formsOf names, each time as a real calendar day, the ISO form as IsoDate
// reads it.

#include "DateText.h"
#include "IsoDate.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QDate day = IsoDate::parseDay(text);
    const QString why = IsoDate::whyInvalid(text);
    if (day.isValid() != why.isEmpty())
        std::abort();
    if (day.isValid() && IsoDate::format(day) != text)
        std::abort();
    bool isMonth = false;
    const QDate dm = IsoDate::parseDayOrMonth(text, &isMonth);
    if (day.isValid() && (dm != day || isMonth))
        std::abort();
    if (isMonth && (!dm.isValid() || dm.day() != 1))
        std::abort();

    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size)); // NUL-terminated
    const unsigned forms = DateText::formsOf(bytes.constData(), true);
    if (forms & ~DateText::formsOf(bytes.constData(), false) & ~(1u << unsigned(DateText::Form::Epoch)))
        std::abort(); // only the epoch form depends on the field's name
    for (unsigned f = 0; f < 8; ++f) {
        qint32 jd = 0;
        const bool read = DateText::julianDayOf(bytes.constData(), DateText::Form(f), &jd);
        if (read != bool(forms & (1u << f)))
            std::abort();
        if (read && !QDate::fromJulianDay(jd).isValid())
            std::abort();
    }
    qint32 iso = 0, viaForm = 0;
    if (IsoDate::julianDayOf(bytes.constData(), &iso)
        != DateText::julianDayOf(bytes.constData(), DateText::Form::Iso, &viaForm) || iso != viaForm)
        std::abort();
    return 0;
}

// libFuzzer: IsoDate's strict parsing of dates from data files. Invariants:
// a parsed day is valid, has no reason to be invalid, and prints back as the
// same text; a text with a reason is never a valid day.

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
    return 0;
}

#pragma once
// The main window as the window tests need it: on its own time cursor and
// document over an atlas, at a date and a size, shown. The default size
// follows the screen, and offscreen's is 800x600: tests that click where a
// marker is drawn give theirs.
//
//     WindowFixture fixture(m_atlas, QDate(2024, 11, 20), {1500, 950});
//     QVERIFY(fixture.show());
//     auto &[time, doc, w] = fixture;

#include "Document.h"
#include "MainWindow.h"
#include "TimeCursor.h"

#include <QDate>
#include <QSize>
#include <QTest>

struct WindowFixture
{
    TimeCursor time;
    Document doc;
    MainWindow w;

    explicit WindowFixture(AtlasPtr atlas, const QDate &date = {}, const QSize &size = {})
        : doc(std::move(atlas)), w(&doc, datedCursor(date))
    {
        if (size.isValid())
            w.resize(size);
    }
    bool show()
    {
        w.show();
        return QTest::qWaitForWindowExposed(&w);
    }

private:
    // Dated before the window is made, so it opens at that date.
    TimeCursor *datedCursor(const QDate &date)
    {
        if (date.isValid())
            time.setDate(date);
        return &time;
    }
};

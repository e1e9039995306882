// Dark mode as a user sees it: View › Theme sets the window's palette and
// the map's dark style (basemap dark, labels light), the timeline follows,
// the choice is remembered; exports stay light unless --theme dark; and the
// default palettes and map text meet WCAG 2.1 contrast, computed from the
// colours the code actually uses.

#include "ExportDialog.h"
#include "MainWindow.h"
#include "MapCanvas.h"
#include "MapLegend.h"
#include "MapRenderer.h"
#include "MapStyle.h"
#include "TestSupport.h"
#include "ThemeController.h"
#include "TimelinePlot.h"
#include "WindowFixture.h"

#include <QComboBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QAbstractScrollArea>
#include <QtTest>
#include <qcustomplot.h>

namespace {

// WCAG 2.1 relative luminance and contrast ratio.
double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// A translucent colour as it shows over an opaque one.
QColor over(const QColor &top, const QColor &under)
{
    const double a = top.alphaF();
    return QColor::fromRgbF(float(top.redF() * a + under.redF() * (1 - a)),
                            float(top.greenF() * a + under.greenF() * (1 - a)),
                            float(top.blueF() * a + under.blueF() * (1 - a)));
}

double meanLightness(const QImage &image)
{
    double sum = 0;
    int n = 0;
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4, ++n)
            sum += QColor(image.pixel(x, y)).lightnessF();
    return sum / n;
}

QList<QColor> mapFills()
{
    QList<QColor> fills{MapStyle::background()};
    for (const char *name : {"India", "China", "Pakistan", "Nepal"})
        fills << MapStyle::countryFill(QString::fromLatin1(name));
    return fills;
}

} // namespace

class TestTheme : public QObject
{
    Q_OBJECT
    AtlasPtr m_atlas;
    QTemporaryDir m_dir;

    MapSettings galwanView(MapStyle::Theme theme) const
    {
        MapSettings s;
        s.size = QSize(900, 700);
        s.date = QDate(2020, 6, 20);
        s.theme = theme;
        s.frame(Atlas::flashpointView(*m_atlas->flashpoint(QStringLiteral("galwan"))));
        return s;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("lacviewer-test"));
        QCoreApplication::setApplicationName(QStringLiteral("lacviewer-theme"));
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QString error;
        m_atlas = TestSupport::bundledAtlas(&error);
        QVERIFY2(m_atlas, qPrintable(error));
        QVERIFY(m_dir.isValid());
    }

    void palettesMeetWcagForText_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << ThemeController::lightPalette();
        QTest::newRow("dark") << ThemeController::darkPalette();
    }

    void palettesMeetWcagForText()
    {
        QFETCH(QPalette, palette);
        const struct { QPalette::ColorRole text, back; } pairs[] = {
            {QPalette::WindowText, QPalette::Window}, {QPalette::Text, QPalette::Base},
            {QPalette::Text, QPalette::AlternateBase}, {QPalette::ButtonText, QPalette::Button},
            {QPalette::HighlightedText, QPalette::Highlight}, {QPalette::ToolTipText, QPalette::ToolTipBase},
            {QPalette::Link, QPalette::Base}};
        for (const auto &pair : pairs) {
            const double ratio = contrast(palette.color(QPalette::Active, pair.text), palette.color(QPalette::Active, pair.back));
            QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("role %1 on %2: %3:1").arg(pair.text).arg(pair.back).arg(ratio)));
        }
        // The timeline drawn in this palette: its text and its cursor.
        const MapStyle::TimelineColors t = MapStyle::timelineColors(palette);
        QVERIFY(contrast(t.text, t.background) >= 4.5);
        QVERIFY(contrast(t.cursor, t.background) >= 3.0);   // a graphic: WCAG 1.4.11
        QVERIFY(contrast(t.histogram, t.background) >= 3.0);
        QVERIFY(contrast(palette.color(QPalette::Text), t.invalidInput) >= 4.5);
    }

    void mapTextMeetsWcag_data()
    {
        QTest::addColumn<int>("theme");
        QTest::newRow("light") << int(MapStyle::Theme::Light);
        QTest::newRow("dark") << int(MapStyle::Theme::Dark);
    }

    void mapTextMeetsWcag()
    {
        QFETCH(int, theme);
        const MapStyle::ThemeScope scope{MapStyle::Theme(theme)};
        for (const QColor &fill : mapFills()) {
            // Labels over the bare map, and over their halo there.
            for (const QColor &text : {MapStyle::labelColor(), MapStyle::majorLabelColor(), MapStyle::minorLabelColor()}) {
                QVERIFY2(contrast(text, fill) >= 4.5, qPrintable(QStringLiteral("%1 on %2: %3").arg(text.name(), fill.name()).arg(contrast(text, fill))));
                QVERIFY(contrast(text, over(MapStyle::haloColor(), fill)) >= 4.5);
            }
            // The legend's and footer's text on their panels.
            QVERIFY(contrast(MapStyle::labelColor(), over(MapStyle::panelFill(), fill)) >= 4.5);
            QVERIFY(contrast(MapStyle::footerTextColor(), over(MapStyle::footerFill(), fill)) >= 4.5);
        }
        // The scale bar and the measure line are graphics: 3:1.
        QVERIFY(contrast(MapStyle::scaleBarColor(), over(MapStyle::panelFill(), MapStyle::background())) >= 3.0);
        QVERIFY(contrast(MapStyle::measureColor(), over(MapStyle::measureLabelBackground(), MapStyle::background())) >= 4.5);
    }

    void statusColoursStandOutOnTheDarkMap()
    {
        // On the dark basemap every status marker reads (3:1, a graphic),
        // and is outlined in a colour that parts it from the fill.
        const MapStyle::ThemeScope scope(MapStyle::Theme::Dark);
        for (Status st : MapStyle::legendStatuses()) {
            if (st == Status::None)
                continue;   // "no standoff yet": grey on purpose, told by its ring shape
            for (const QColor &fill : mapFills())
                QVERIFY2(contrast(MapStyle::statusColor(st), fill) >= 3.0,
                         qPrintable(QStringLiteral("%1 on %2: %3").arg(StatusInfo::label(st), fill.name())
                                        .arg(contrast(MapStyle::statusColor(st), fill))));
        }
        for (const QString &kind : MapStyle::lineKindsInLegendOrder())
            QVERIFY2(contrast(MapStyle::lineStyle(kind).pen.color(), MapStyle::background()) >= 3.0, qPrintable(kind));
    }

    void darkMapIsDarkWithLightLabels()
    {
        MapRenderer renderer(m_atlas);
        MapSettings dark = galwanView(MapStyle::Theme::Dark);
        const QImage image = renderer.renderImage(dark);
        const QImage light = renderer.renderImage(galwanView(MapStyle::Theme::Light));
        QVERIFY(meanLightness(image) < 0.3);
        QVERIFY(meanLightness(light) > 0.8);
        // Labels: what labels add to the map is light on dark.
        MapSettings bare = dark;
        bare.labels = false;
        const QImage unlabelled = renderer.renderImage(bare);
        int changed = 0, bright = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                if (image.pixel(x, y) != unlabelled.pixel(x, y)) {
                    ++changed;
                    bright += QColor(image.pixel(x, y)).lightnessF() > 0.8;
                }
        // (Most of what changes is the dark halo and the text's soft edge.)
        QVERIFY(changed > 500);
        QVERIFY2(bright > 150, qPrintable(QStringLiteral("%1 of %2").arg(bright).arg(changed)));
        MapSettings lightBare = galwanView(MapStyle::Theme::Light);
        lightBare.labels = false;
        const QImage lightUnlabelled = renderer.renderImage(lightBare);
        int darkInk = 0;
        for (int y = 0; y < light.height(); ++y)
            for (int x = 0; x < light.width(); ++x)
                if (light.pixel(x, y) != lightUnlabelled.pixel(x, y)) {
                    darkInk += QColor(light.pixel(x, y)).lightnessF() < 0.25;
                }
        QVERIFY2(darkInk > 150, qPrintable(QString::number(darkInk)));   // the light map's labels are dark
        // The legend's panel is dark too, a few pixels in from its corner.
        const MapSettings placed = MapRenderer::withUserLegend(*m_atlas, dark);
        const QRectF legend = MapLegend::rect(placed);
        QVERIFY(!legend.isEmpty());
        QVERIFY(QColor(image.pixel(legend.topLeft().toPoint() + QPoint(6, legend.height() / 2))).lightnessF() < 0.3);
        QVERIFY(QColor(light.pixel(legend.topLeft().toPoint() + QPoint(6, legend.height() / 2))).lightnessF() > 0.85);
    }

    void viewThemeSetsWindowMapAndTimeline()
    {
        WindowFixture fixture(m_atlas, QDate(2020, 6, 20), {1300, 850});
        QVERIFY(fixture.show());
        auto &[time, doc, w] = fixture;
        ThemeController *themes = w.themes();
        QCOMPARE(themes->choice(), ThemeController::Choice::System);
        const QColor systemWindow = QApplication::palette().color(QPalette::Window);

        auto *darkAction = w.findChild<QAction *>(QStringLiteral("theme-dark"));
        QVERIFY(darkAction);
        darkAction->trigger();
        QVERIFY(darkAction->isChecked());
        QVERIFY(MapStyle::isDark(QApplication::palette()));
        QTRY_COMPARE(w.palette().color(QPalette::Window), ThemeController::darkPalette().color(QPalette::Window));
        QTRY_COMPARE(w.timeline()->palette().color(QPalette::Base), ThemeController::darkPalette().color(QPalette::Base));
        QCOMPARE(w.canvas()->settings().theme, MapStyle::Theme::Dark);
        QTRY_VERIFY_WITH_TIMEOUT(!w.canvas()->isRenderPending(), 10000);
        QVERIFY(meanLightness(w.canvas()->renderedImage()) < 0.3);
        // The timeline: its background, where nothing is drawn (the top left corner).
        w.timeline()->plot()->replot();
        const QImage plot = w.timeline()->plot()->grab().toImage();
        QVERIFY(QColor(plot.pixel(2, 2)).lightnessF() < 0.2);
        QCOMPARE(w.timeline()->plot()->xAxis->tickLabelColor(), ThemeController::darkPalette().color(QPalette::Text));
        QCOMPARE(QSettings().value(QStringLiteral("view/theme")).toString(), QStringLiteral("dark"));

        // A new window starts dark: the choice is remembered.
        {
            TimeCursor t2;
            Document d2(m_atlas);
            MainWindow again(&d2, &t2);
            QCOMPARE(again.themes()->choice(), ThemeController::Choice::Dark);
            QCOMPARE(again.canvas()->settings().theme, MapStyle::Theme::Dark);
        }

        w.findChild<QAction *>(QStringLiteral("theme-light"))->trigger();
        QVERIFY(!MapStyle::isDark(QApplication::palette()));
        QTRY_VERIFY(!MapStyle::isDark(w.timeline()->palette()));
        QCOMPARE(w.canvas()->settings().theme, MapStyle::Theme::Light);
        w.timeline()->plot()->replot();
        QVERIFY(QColor(w.timeline()->plot()->grab().toImage().pixel(2, 2)).lightnessF() > 0.8);

        w.findChild<QAction *>(QStringLiteral("theme-system"))->trigger();
        QCOMPARE(QApplication::palette().color(QPalette::Window), systemWindow);
        QTRY_COMPARE(w.palette().color(QPalette::Window), systemWindow);
        QCOMPARE(QSettings().value(QStringLiteral("view/theme")).toString(), QStringLiteral("system"));
    }

    // As `lacviewer --theme dark` does: the theme chosen after the window
    // is made and before it shows. Every panel's list and text turns dark,
    // those with a style sheet of their own (focus frames) too.
    void darkChosenAtStartDarkensEveryPanel()
    {
        WindowFixture fixture(m_atlas, QDate(2020, 6, 20), {1300, 850});
        auto &[time, doc, w] = fixture;
        w.themes()->choose(ThemeController::Choice::Dark, false);
        QVERIFY(fixture.show());
        w.select(QStringLiteral("galwan"));
        QCoreApplication::processEvents();
        int panels = 0;
        for (QAbstractScrollArea *area : w.findChildren<QAbstractScrollArea *>()) {
            if (!area->isVisibleTo(&w))
                continue;
            const QImage pixels = area->viewport()->grab().toImage();
            if (pixels.width() < 40 || pixels.height() < 40)
                continue;
            ++panels;
            QVERIFY2(meanLightness(pixels) < 0.4,
                     qPrintable(QStringLiteral("a light panel in the dark theme: %1 \"%2\" (%3)")
                                    .arg(QLatin1String(area->metaObject()->className()), area->objectName())
                                    .arg(meanLightness(pixels))));
        }
        QVERIFY(panels >= 2);   // the Status list and Details at least (Layers is a tab behind Details)
        w.themes()->choose(ThemeController::Choice::System, false);
    }

    void windowExportIsLightUnlessChosen()
    {
        MapSettings view = galwanView(MapStyle::Theme::Dark);   // a dark window's view
        ExportDialog dialog(view);
        QCOMPARE(dialog.settings().theme, MapStyle::Theme::Light);
        auto *theme = dialog.findChild<QComboBox *>(QStringLiteral("theme"));
        QVERIFY(theme);
        theme->setCurrentIndex(theme->findData(int(MapStyle::Theme::Dark)));
        QCOMPARE(dialog.settings().theme, MapStyle::Theme::Dark);
        dialog.setThemeChoice(false);   // a comparison: light only
        QCOMPARE(dialog.settings().theme, MapStyle::Theme::Light);
        QVERIFY(!theme->isEnabled());
    }

    void commandLineThemeDark()
    {
        const QString plain = m_dir.filePath(QStringLiteral("plain.png")),
                      light = m_dir.filePath(QStringLiteral("light.png")),
                      dark = m_dir.filePath(QStringLiteral("dark.png"));
        const QStringList common{QStringLiteral("--view"), QStringLiteral("galwan"), QStringLiteral("--date"),
                                 QStringLiteral("2020-06-20"), QStringLiteral("--size"), QStringLiteral("800x600")};
        QCOMPARE(TestSupport::lacviewer(QStringList{QStringLiteral("--export"), plain} + common).code, 0);
        QCOMPARE(TestSupport::lacviewer(QStringList{QStringLiteral("--export"), light, QStringLiteral("--theme"),
                                                    QStringLiteral("light")} + common).code, 0);
        const auto run = TestSupport::lacviewer(QStringList{QStringLiteral("--export"), dark, QStringLiteral("--theme"),
                                                            QStringLiteral("dark")} + common);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        // The default is the light style, byte for byte.
        QCOMPARE(TestSupport::contents(plain), TestSupport::contents(light));
        QVERIFY(TestSupport::contents(dark) != TestSupport::contents(plain));
        QVERIFY(meanLightness(QImage(dark)) < 0.3);
        QVERIFY(meanLightness(QImage(plain)) > 0.8);

        for (const QStringList &bad : {QStringList{QStringLiteral("--export"), plain, QStringLiteral("--theme"), QStringLiteral("dim")},
                                       QStringList{QStringLiteral("--status"), QStringLiteral("--theme"), QStringLiteral("dark")},
                                       QStringList{QStringLiteral("--export"), plain, QStringLiteral("--compare"),
                                                   QStringLiteral("2020-06-01,2024-11-20"), QStringLiteral("--theme"), QStringLiteral("dark")}}) {
            const auto r = TestSupport::lacviewer(bad);
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.startsWith(QStringLiteral("lacviewer: --theme")), qPrintable(r.err));
        }
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"

#include "AboutBox.h"

#include "MapDecorations.h"

#include <QCoreApplication>
#include <QMessageBox>

void AboutBox::show(QWidget *parent)
{
    QMessageBox::about(
        parent, QCoreApplication::translate("AboutBox", "About LAC Viewer"),
        QCoreApplication::translate("AboutBox", "<h3>LAC Viewer %1</h3>"
           "<p>A map of the India–China Line of Actual Control flashpoints in eastern Ladakh, "
           "their disengagement status over time, the events there and their sources.</p>"
           "<p>%2</p><p>%3</p><p>Licensed under the GNU GPL, version 3 or later.</p>")
            .arg(QStringLiteral(LAC_VERSION), MapDecorations::disclaimer().toHtmlEscaped(),
                 MapDecorations::attribution().toHtmlEscaped()));
}

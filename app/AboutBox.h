#pragma once
// Help › About LAC Viewer: the version, what the viewer shows, the
// disclaimer that the LAC is not jointly delineated, the data's attribution
// and the licence.

class QWidget;

namespace AboutBox {
void show(QWidget *parent);
}

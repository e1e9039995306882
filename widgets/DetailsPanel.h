#pragma once
// What the selection is, where, what happened there and who says so, from
// FeatureDetails. Links open in the system browser only when clicked and only
// for http(s); the view never loads anything (no images, no remote resources).

#include "Document.h"
#include "FeatureDetails.h"
#include "MapHitTester.h"

#include <QDate>
#include <QWidget>

class QTextBrowser;
class QPushButton;

class DetailsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DetailsPanel(QWidget *parent = nullptr);

    // Follows the document's record.
    void setDocument(const Document *document);
    void setAtlas(AtlasPtr atlas);
    // Where a user event's row comes from without waiting on its file.
    void setFeatureRows(FeatureRows *rows);
    void setDate(const QDate &date);
    // Shows a feature (or nothing for an empty id). Ids are unique across kinds.
    void show(const MapHit &hit);
    void clear();

    QTextBrowser *view() const { return m_view; }
    QString plainText() const;
    QString coordinatesText() const { return m_coordinates; }


signals:
    // The user clicked an event in the panel (internal link).
    void eventActivated(int eventIndex);

protected:
    // The text's greys follow a change of theme.
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void onAnchor(const QUrl &url);

    AtlasPtr m_atlas;
    QDate m_date;
    MapHit m_hit;
    bool m_hasHit = false;
    FeatureDetails::Row m_userRow;   // a user event's attributes, read once in show(), not per date
    FeatureRows *m_rows = nullptr;
    bool m_rowPending = false;       // the row is being read: shown when rowReady()
    QString m_coordinates;
    QTextBrowser *m_view;
    QPushButton *m_copy;
    QPushButton *m_copyCoordinates;
};

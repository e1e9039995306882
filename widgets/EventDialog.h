#pragma once
// New Event / Edit Event of the user's own record: when and what, where
// (its own point, a place or its first flashpoint), an optional status
// change, and the sources, at least one. OK runs the record's own check (the
// one --validate and every save run): the dialog stays open and lists what
// is wrong until it passes, so nothing the user typed is lost to a refusal.

#include "Atlas.h"
#include "DataError.h"
#include "EventDraft.h"
#include "LoadResult.h"

#include <QDialog>
#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class ProblemList;
class SourcesEditor;

class EventDialog : public QDialog
{
    Q_OBJECT
public:
    using Check = std::function<LoadResult(const EventDraft &, DataErrors *warnings)>;

    EventDialog(const Atlas &atlas, const EventDraft &draft, Check check, QWidget *parent = nullptr);

    EventDraft draft() const;
    // What the last check said (errors, then warnings), as shown.
    QString problems() const;

    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *typeBox() const { return m_type; }
    QDateEdit *dateEdit() const { return m_date; }
    QComboBox *precisionBox() const { return m_precision; }
    QDateEdit *endEdit() const { return m_end; }
    QListWidget *flashpointList() const { return m_flashpoints; }
    QComboBox *placeBox() const { return m_place; }
    QCheckBox *pointBox() const { return m_usePoint; }
    QDoubleSpinBox *lonEdit() const { return m_lon; }
    QDoubleSpinBox *latEdit() const { return m_lat; }
    QPlainTextEdit *summaryEdit() const { return m_summary; }
    QComboBox *statusFlashpointBox() const { return m_statusFlashpoint; }
    QComboBox *statusBox() const { return m_status; }
    SourcesEditor *sourcesEditor() const { return m_sources; }

public slots:
    void accept() override;

private:
    void setDraft(const EventDraft &draft);
    void updateEnabled();

    Check m_check;
    QLineEdit *m_title;
    QComboBox *m_type;
    QDateEdit *m_date;
    QComboBox *m_precision;
    QDateEdit *m_end;
    QComboBox *m_scope;
    QListWidget *m_flashpoints;
    QComboBox *m_place;
    QCheckBox *m_usePoint;
    QDoubleSpinBox *m_lon, *m_lat;
    QPlainTextEdit *m_summary;
    QComboBox *m_statusFlashpoint, *m_status;
    SourcesEditor *m_sources;
    ProblemList *m_problems;
    QString m_id;
};

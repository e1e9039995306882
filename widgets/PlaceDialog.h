#pragma once
// New Place / Edit Place of the user's own record: name, kind, position
// (sourced or an estimate with its uncertainty), the flashpoint it belongs
// to, and the sources. OK runs the record's check and stays open on a
// problem, as the event dialog does.

#include "Atlas.h"
#include "DataError.h"
#include "LoadResult.h"
#include "PlaceDraft.h"

#include <QDialog>
#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;
class ProblemList;
class SourcesEditor;

class PlaceDialog : public QDialog
{
    Q_OBJECT
public:
    using Check = std::function<LoadResult(const PlaceDraft &, DataErrors *warnings)>;

    PlaceDialog(const Atlas &atlas, const PlaceDraft &draft, Check check, QWidget *parent = nullptr);

    PlaceDraft draft() const;
    QString problems() const;

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *flashpointBox() const { return m_flashpoint; }
    QDoubleSpinBox *lonEdit() const { return m_lon; }
    QDoubleSpinBox *latEdit() const { return m_lat; }
    QCheckBox *estimateBox() const { return m_estimate; }
    QDoubleSpinBox *uncertaintyEdit() const { return m_uncertainty; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    SourcesEditor *sourcesEditor() const { return m_sources; }

public slots:
    void accept() override;

private:
    Check m_check;
    QLineEdit *m_name, *m_nameOther;
    QComboBox *m_kind, *m_flashpoint;
    QDoubleSpinBox *m_lon, *m_lat;
    QCheckBox *m_estimate;
    QDoubleSpinBox *m_uncertainty;
    QPlainTextEdit *m_description;
    SourcesEditor *m_sources;
    ProblemList *m_problems;
    QString m_id;
};

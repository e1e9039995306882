#pragma once
// A flashpoint's disengagement status, and the front-wide phase that sits on
// top of all of them. The ids are the ones the data files and the JSON output use.

#include <QString>
#include <QStringList>

enum class Status {
    None,                         // no standoff reported yet at this date
    Standoff,
    Clash,
    Disengaging,                  // disengagement begun or being verified
    DisengagedBufferZone,
    DisengagedPatrollingRestored,
};

namespace StatusInfo {
QString id(Status s);
QString label(Status s);          // text for badges and legends
// Parses an id; returns false for an unknown one.
bool fromId(const QString &id, Status *out);
QStringList allIds();             // the ids a data file may use (not "none")
}

enum class FrontPhase { None, Disengagement, DeEscalationPending };

namespace FrontPhaseInfo {
QString id(FrontPhase p);
QString label(FrontPhase p);
bool fromId(const QString &id, FrontPhase *out);
}

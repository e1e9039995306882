#include "Status.h"

#include <QCoreApplication>

namespace StatusInfo {

QString id(Status s)
{
    switch (s) {
    case Status::None: return QStringLiteral("none");
    case Status::Standoff: return QStringLiteral("standoff");
    case Status::Clash: return QStringLiteral("clash");
    case Status::Disengaging: return QStringLiteral("disengaging");
    case Status::DisengagedBufferZone: return QStringLiteral("disengaged-buffer-zone");
    case Status::DisengagedPatrollingRestored:
        return QStringLiteral("disengaged-patrolling-restored");
    }
    return {};
}

QString label(Status s)
{
    switch (s) {
    case Status::None: return QCoreApplication::translate("StatusInfo", "No standoff reported");
    case Status::Standoff: return QCoreApplication::translate("StatusInfo", "Standoff");
    case Status::Clash: return QCoreApplication::translate("StatusInfo", "Clash");
    case Status::Disengaging: return QCoreApplication::translate("StatusInfo", "Disengaging");
    case Status::DisengagedBufferZone: return QCoreApplication::translate("StatusInfo", "Disengaged (buffer zone)");
    case Status::DisengagedPatrollingRestored:
        return QCoreApplication::translate("StatusInfo", "Disengaged (patrolling restored)");
    }
    return {};
}

bool fromId(const QString &text, Status *out)
{
    for (Status s : {Status::Standoff, Status::Clash, Status::Disengaging,
                     Status::DisengagedBufferZone, Status::DisengagedPatrollingRestored}) {
        if (id(s) == text) {
            *out = s;
            return true;
        }
    }
    return false;
}

QStringList allIds()
{
    return {id(Status::Standoff), id(Status::Clash), id(Status::Disengaging),
            id(Status::DisengagedBufferZone), id(Status::DisengagedPatrollingRestored)};
}

} // namespace StatusInfo

namespace FrontPhaseInfo {

QString id(FrontPhase p)
{
    switch (p) {
    case FrontPhase::None: return QStringLiteral("none");
    case FrontPhase::Disengagement: return QStringLiteral("disengagement");
    case FrontPhase::DeEscalationPending: return QStringLiteral("de-escalation-pending");
    }
    return {};
}

QString label(FrontPhase p)
{
    switch (p) {
    case FrontPhase::None: return QCoreApplication::translate("FrontPhaseInfo", "No front-wide phase reported");
    case FrontPhase::Disengagement:
        return QCoreApplication::translate("FrontPhaseInfo", "Front-wide: disengagement talks under way");
    case FrontPhase::DeEscalationPending:
        return QCoreApplication::translate("FrontPhaseInfo", "Front-wide: de-escalation pending (troop pullback not yet agreed)");
    }
    return {};
}

bool fromId(const QString &text, FrontPhase *out)
{
    for (FrontPhase p : {FrontPhase::Disengagement, FrontPhase::DeEscalationPending}) {
        if (id(p) == text) {
            *out = p;
            return true;
        }
    }
    return false;
}

} // namespace FrontPhaseInfo
